#!/usr/bin/env bash
# Page benchmark (issue 13): `make serve`'s stack (Varnish, gunicorn with production
# settings, PostgreSQL with the demo, Redis), wrk against the pages visitors ask for most:
# through Varnish, straight to gunicorn with the page cache, and to a gunicorn without it.
# Each row gives the share of the cheapest answer's (robots.txt) throughput on the same
# path. Then the time a publish takes to show through Varnish, over 20 publishes.
#
#   scripts/bench_pages.sh                  # BENCH_DURATION=15s, 16 connections
#
# Needs wrk and varnish (Debian: apt-get install wrk varnish), PostgreSQL and Redis.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
export DATABASE_URL=${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/kreativorte_bench}
export REDIS_URL=${BENCH_REDIS_URL:-redis://127.0.0.1:6379/5}
export PORT=${BENCH_PORT:-8780} BACKEND_PORT=${BENCH_BACKEND_PORT:-8781}
UNCACHED_PORT=${BENCH_UNCACHED_PORT:-8782}
DURATION=${BENCH_DURATION:-15s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
export WEB_CONCURRENCY=${BENCH_WORKERS:-2}
export DJANGO_SETTINGS_MODULE=kreativorte.settings.production
export SECRET_KEY="bench-only-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$PORT" VARNISH_BAN_URLS="http://127.0.0.1:$PORT/"
export MEDIA_ROOT=${BENCH_MEDIA_ROOT:-/tmp/kreativorte-bench-media}
export RATELIMIT_SEARCH=off RATELIMIT_API=off LOG_LEVEL=WARNING
WORK=$(mktemp -d)
export STATIC_ROOT="$WORK/static"

SERVE_PID="" UNCACHED_PID=""
cleanup() {
    for pid in $SERVE_PID $UNCACHED_PID; do
        kill -TERM -- "-$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

scripts/ensure_database.sh "$DATABASE_URL"
"$PYTHON" -c "import redis, os; redis.Redis.from_url(os.environ['REDIS_URL']).flushdb()"

setsid scripts/serve.sh >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!
for _ in $(seq 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break
    kill -0 "$SERVE_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
    sleep 0.5
done
# Started once serve.sh has collected the static files: their manifest is read at start.
PAGE_CACHE_SECONDS=0 setsid "$PYTHON" -m gunicorn kreativorte.wsgi:application \
    --config python:kreativorte.gunicorn --bind "127.0.0.1:$UNCACHED_PORT" \
    >"$WORK/uncached.log" 2>&1 &
UNCACHED_PID=$!
for _ in $(seq 100); do
    curl -fs -o /dev/null "http://127.0.0.1:$UNCACHED_PORT/healthz" && break
    sleep 0.2
done

api="http://127.0.0.1:$PORT/api/v1"
path_of() {
    curl -fs "$api/$1/?limit=1" | "$PYTHON" -c \
        'import json, sys, urllib.parse; print(urllib.parse.urlsplit(json.load(sys.stdin)["results"][0]["url"]).path)'
}
urls=("/robots.txt" "/" "/orte/" "$(path_of places)" "$(path_of guides)" "/suche/?q=Denkmalschutz"
    "/api/v1/places/?limit=20" "/api/v1/places/geojson/")

echo "Machine: $(nproc) cores, $(uname -sr); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk -t2 -c$CONNECTIONS -d$DURATION; gunicorn $WEB_CONCURRENCY workers per server"
failed=0
for target in "Varnish:$PORT" "gunicorn, page cache:$BACKEND_PORT" "gunicorn, no cache:$UNCACHED_PORT"; do
    name=${target%:*} port=${target##*:}
    echo
    echo "$name (127.0.0.1:$port)"
    echo "| URL | requests/s | p50 ms | p99 ms | errors | share of robots.txt |"
    echo "|---|---|---|---|---|---|"
    reference=""
    for url in "${urls[@]}"; do
        curl -fsS -o /dev/null "http://127.0.0.1:$port$url" ||  # warm the caches
            { tail -n 40 "$WORK/serve.log" "$WORK/uncached.log" >&2; exit 1; }
        wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$port$url" >"$WORK/wrk.txt"
        rate=$("$PYTHON" scripts/wrk_summary.py "$url" "$WORK/wrk.txt" $reference 2>&1 >"$WORK/row" ) ||
            { failed=1; cat "$WORK/wrk.txt" >&2; }
        cat "$WORK/row"
        [ -n "$reference" ] || reference=$rate
    done
done
echo
"$PYTHON" manage.py benchmark_publish "http://127.0.0.1:$PORT" --rounds 20
exit $failed
