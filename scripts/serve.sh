#!/usr/bin/env bash
# `make serve` (issue 13): a production-like stack on one machine. Varnish on PORT (default
# 8000) in front of gunicorn with production settings on 127.0.0.1:BACKEND_PORT (8001),
# PostgreSQL (DATABASE_URL) and Redis (REDIS_URL), both required. Migrates, collects static
# files, seeds the demo into an empty database. Ctrl-C stops everything it started.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/kreativorte \
#   REDIS_URL=redis://127.0.0.1:6379/0 make serve
#
# Needs Varnish (Debian: sudo apt-get install varnish). Production settings come from the
# environment; only what a local run cannot know gets a default here.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
PORT=${PORT:-8000}
BACKEND_PORT=${BACKEND_PORT:-8001}
# Debian installs varnishd to /usr/sbin, which is not on a normal user's PATH.
VARNISHD=${VARNISHD:-$(command -v varnishd || echo /usr/sbin/varnishd)}

fail() {
    echo "make serve: $*" >&2
    exit 1
}
case "${DATABASE_URL:-sqlite}" in
sqlite*) fail "DATABASE_URL must name a PostgreSQL database that all workers share, e.g." \
    "DATABASE_URL=postgres://postgres@127.0.0.1:5432/kreativorte" ;;
esac
[ -n "${REDIS_URL:-}" ] || fail "REDIS_URL must name a Redis database, e.g. REDIS_URL=redis://127.0.0.1:6379/0"
[ -x "$VARNISHD" ] || fail "varnishd is not installed (Debian/Ubuntu: sudo apt-get install varnish)"

export DJANGO_SETTINGS_MODULE=kreativorte.settings.production
export DATABASE_URL REDIS_URL PORT
export WEB_CONCURRENCY=${WEB_CONCURRENCY:-2}
# Kept across runs, so that sessions survive a restart; .venv/ is not in git.
if [ -z "${SECRET_KEY:-}" ]; then
    key_file=.venv/serve-secret-key
    [ -s "$key_file" ] || (umask 077 && "$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(50))' >"$key_file")
    SECRET_KEY=$(cat "$key_file")
fi
export SECRET_KEY
export WAGTAILADMIN_BASE_URL=${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$PORT}
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost}
# Plain HTTP on this machine; everything else stays as in production.
export SECURE_SSL_REDIRECT=${SECURE_SSL_REDIRECT:-false}
# Varnish appends the visitor's address to X-Forwarded-For (rate limits, login lockout).
export TRUSTED_PROXY_COUNT=${TRUSTED_PROXY_COUNT:-1}

# Created if missing, where psql is installed; migrate fills it.
if command -v psql >/dev/null; then scripts/ensure_database.sh "$DATABASE_URL"; fi
"$PYTHON" manage.py migrate --noinput -v0
"$PYTHON" manage.py collectstatic --noinput -v0
# The demo only into a database without content (SEED_DEMO=false: never); seed_demo and
# create_local_admin are development commands, --force: the database is not SQLite.
no_content() {  # no page but the root and Wagtail's placeholder
    [ "$("$PYTHON" manage.py shell -v0 -c 'from wagtail.models import Page
print(Page.objects.filter(depth__gt=1).exclude(content_type__model="page").exists())')" = False ]
}
seeded=false
if [ "${SEED_DEMO:-true}" != false ] && no_content; then
    seeded=true
    DJANGO_SETTINGS_MODULE=kreativorte.settings.dev "$PYTHON" manage.py seed_demo --force -v0
    DJANGO_SETTINGS_MODULE=kreativorte.settings.dev "$PYTHON" manage.py create_local_admin --force
fi

WORK=$(mktemp -d -t kreativorte-serve.XXXXXX)
chmod 755 "$WORK"  # varnishd compiles the VCL as an unprivileged user when started as root
GUNICORN_PID="" VARNISH_PID="" WORKER_PID=""
stop() {
    trap - EXIT INT TERM
    # Each runs in a session of its own (setsid), so Ctrl-C reaches only this script: it
    # stops them (gunicorn lets its workers finish their requests), then their leftovers.
    for pid in $VARNISH_PID $GUNICORN_PID $WORKER_PID; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in $VARNISH_PID $GUNICORN_PID $WORKER_PID; do
        wait "$pid" 2>/dev/null || true
        kill -KILL -- "-$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

answers() {
    "$PYTHON" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "$1" \
        2>/dev/null
}
wait_until_up() {  # url pid name
    for _ in $(seq 150); do
        answers "$1" && return
        kill -0 "$2" 2>/dev/null || fail "$3 did not start (see above)"
        sleep 0.2
    done
    fail "$3 did not answer $1 within 30 seconds"
}

# Content changes ban the pages cached in this Varnish.
VARNISH_BAN_URLS=${VARNISH_BAN_URLS:-http://127.0.0.1:$PORT/} setsid "$PYTHON" -m gunicorn \
    kreativorte.wsgi:application --config python:kreativorte.gunicorn \
    --bind "127.0.0.1:$BACKEND_PORT" &
GUNICORN_PID=$!
wait_until_up "http://127.0.0.1:$BACKEND_PORT/healthz" "$GUNICORN_PID" gunicorn

# The worker that sends webhooks (and retries them): the same settings, its own process,
# restarted if it stops.
PYTHON="$PYTHON" setsid scripts/webhook_worker.sh &
WORKER_PID=$!

sed -e "s/\.port = \"8001\";/.port = \"$BACKEND_PORT\";/" deploy/varnish/default.vcl >"$WORK/default.vcl"
setsid "$VARNISHD" -F -n "$WORK/varnish" -f "$WORK/default.vcl" -a "127.0.0.1:$PORT" -s malloc,256m &
VARNISH_PID=$!
wait_until_up "http://127.0.0.1:$PORT/healthz" "$VARNISH_PID" varnishd

site="http://127.0.0.1:$PORT"
cat <<EOF

Kreativorte Sachsen, production settings (Ctrl-C stops everything):
  Site        $site/  (English: $site/en/)
  Admin       $site/admin/
  API docs    $site/api/v1/docs/
  Varnish     127.0.0.1:$PORT, ${WEB_CONCURRENCY} gunicorn workers behind it; watch it with
              varnishlog -n $WORK/varnish   (or varnishncsa -n …)
  gunicorn    http://127.0.0.1:$BACKEND_PORT/  (direct, without Varnish)
  PostgreSQL  $(echo "$DATABASE_URL" | sed -E 's#//([^:/@]*):[^@]*@#//\1:***@#')
  Redis       $REDIS_URL
  Webhooks    sent by manage.py db_worker --backend webhooks (scripts/webhook_worker.sh)
EOF
[ "$seeded" = true ] || echo "  Sign-in     a new password for the account admin:" \
    "DJANGO_SETTINGS_MODULE=kreativorte.settings.dev $PYTHON manage.py create_local_admin --force"
echo

# Until Ctrl-C, or until one of them exits.
wait -n "$GUNICORN_PID" "$VARNISH_PID" || true
fail "a server stopped; stopping the other"
