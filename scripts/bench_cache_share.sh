#!/usr/bin/env bash
# Cache share while editors work (issue 22): `make serve`'s stack (Varnish, gunicorn with
# production settings, PostgreSQL with the demo, Redis), Zipf-distributed reads of the
# demo's pages while an editor autosaves a draft every 10 s and a place is published every
# 5 minutes (manage.py benchmark_cache_share); prints the share answered from Varnish.
#
#   scripts/bench_cache_share.sh            # BENCH_SECONDS=600, 4 readers
#
# Needs varnish (Debian: apt-get install varnish), PostgreSQL and Redis.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
export DATABASE_URL=${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/kreativorte_bench}
export REDIS_URL=${BENCH_REDIS_URL:-redis://127.0.0.1:6379/5}
export PORT=${BENCH_PORT:-8780} BACKEND_PORT=${BENCH_BACKEND_PORT:-8781}
export WEB_CONCURRENCY=${BENCH_WORKERS:-2}
export DJANGO_SETTINGS_MODULE=kreativorte.settings.production
export SECRET_KEY="bench-only-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$PORT" VARNISH_BAN_URLS="http://127.0.0.1:$PORT/"
export MEDIA_ROOT=${BENCH_MEDIA_ROOT:-/tmp/kreativorte-bench-media}
export RATELIMIT_SEARCH=off RATELIMIT_API=off LOG_LEVEL=WARNING
WORK=$(mktemp -d)
export STATIC_ROOT="$WORK/static"

SERVE_PID=""
cleanup() {
    [ -z "$SERVE_PID" ] || kill -TERM -- "-$SERVE_PID" 2>/dev/null || true
    [ -z "$SERVE_PID" ] || wait "$SERVE_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

scripts/ensure_database.sh "$DATABASE_URL"
"$PYTHON" -c "import redis, os; redis.Redis.from_url(os.environ['REDIS_URL']).flushdb()"

setsid scripts/serve.sh >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!
for _ in $(seq 1200); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break
    kill -0 "$SERVE_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
    sleep 0.5
done

echo "Machine: $(nproc) cores, $(uname -sr); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "gunicorn $WEB_CONCURRENCY workers behind Varnish 127.0.0.1:$PORT"
"$PYTHON" manage.py benchmark_cache_share "http://127.0.0.1:$PORT" \
    --seconds "${BENCH_SECONDS:-600}" --readers "${BENCH_READERS:-4}" ||
    { tail -n 40 "$WORK/serve.log" >&2; exit 1; }
