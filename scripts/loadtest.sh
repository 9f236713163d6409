#!/usr/bin/env bash
# Load test (issue 11): gunicorn with the image's config and production settings, PostgreSQL
# with the demo content, Redis; wrk against six URLs. Fails on any non-2xx/3xx response or
# socket error. Rate limits are off: this measures capacity, not the limiter.
#
#   scripts/loadtest.sh                     # defaults below
#   LOADTEST_DURATION=10s scripts/loadtest.sh
#
# Needs wrk (Debian: apt-get install wrk), PostgreSQL and Redis. The database is created
# if missing, migrated and seeded (seed_demo changes nothing on a second run).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
DATABASE_URL=${LOADTEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/kreativorte_loadtest}
REDIS_URL=${LOADTEST_REDIS_URL:-redis://127.0.0.1:6379/3}
PORT=${LOADTEST_PORT:-8765}
DURATION=${LOADTEST_DURATION:-60s}
CONNECTIONS=${LOADTEST_CONNECTIONS:-50}
WORKERS=${LOADTEST_WORKERS:-2}
# A request counts as failed after gunicorn's worker timeout (30 s), not wrk's default 2 s:
# 50 connections queue on 2 workers, so waiting is expected; giving up is not.
TIMEOUT=${LOADTEST_TIMEOUT:-30s}
BASE="http://127.0.0.1:${PORT}"
WORK=$(mktemp -d)

export DJANGO_SETTINGS_MODULE=kreativorte.settings.production
export SECRET_KEY="loadtest-only-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false WAGTAILADMIN_BASE_URL="$BASE"
# The demo's generated images stay with the database they belong to.
export MEDIA_ROOT=${LOADTEST_MEDIA_ROOT:-/tmp/kreativorte-loadtest-media}
export DATABASE_URL REDIS_URL STATIC_ROOT="$WORK/static"
export RATELIMIT_SEARCH=off RATELIMIT_API=off LOG_LEVEL=WARNING

GUNICORN_PID=""
cleanup() {
    if [ -n "$GUNICORN_PID" ]; then
        kill "$GUNICORN_PID" 2>/dev/null || true
        wait "$GUNICORN_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

scripts/ensure_database.sh "$DATABASE_URL"
"$PYTHON" manage.py migrate --noinput -v0
# seed_demo is a development command (dev settings); --force: the database is PostgreSQL.
DJANGO_SETTINGS_MODULE=kreativorte.settings.dev "$PYTHON" manage.py seed_demo --force -v0
"$PYTHON" manage.py collectstatic --noinput -v0

# The image's gunicorn config (worker class, threads), bound to loopback.
WEB_CONCURRENCY=$WORKERS "$PYTHON" -m gunicorn kreativorte.wsgi:application \
    --config python:kreativorte.gunicorn --bind "127.0.0.1:${PORT}" \
    --access-logfile "$WORK/access.log" >"$WORK/gunicorn.log" 2>&1 &
GUNICORN_PID=$!
for _ in $(seq 100); do
    curl -fs "$BASE/healthz" >/dev/null && break
    sleep 0.2
done
curl -fs "$BASE/readyz"
echo

place=$(curl -fs "$BASE/api/v1/places/?limit=1" |
    "$PYTHON" -c 'import json, sys, urllib.parse; print(urllib.parse.urlsplit(json.load(sys.stdin)["results"][0]["url"]).path)')
urls=("/" "/orte/" "$place" "/suche/?q=Denkmalschutz" "/api/v1/places/?limit=20" "/healthz")

echo "Machine: $(nproc) cores, $(uname -sr); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk -t2 -c${CONNECTIONS} -d${DURATION} --timeout ${TIMEOUT}; gunicorn ${WORKERS} workers"
echo "| URL | requests/s | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|"
failed=0
for url in "${urls[@]}"; do
    curl -fs -o /dev/null "$BASE$url"  # warm the worker caches
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency "$BASE$url" >"$WORK/wrk.txt"
    "$PYTHON" scripts/wrk_summary.py "$url" "$WORK/wrk.txt" 2>/dev/null ||
        { failed=1; cat "$WORK/wrk.txt" >&2; }
done
if [ "$failed" -ne 0 ]; then
    echo "Errors under load (wrk output above); the server log:" >&2
    cat "$WORK/gunicorn.log" >&2
    exit 1
fi
