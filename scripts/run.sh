#!/usr/bin/env bash
# `make run`: the development server and, beside it, the worker that sends webhooks (and
# retries them later, which an immediate task backend could not). Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
PORT=${PORT:-8000}

PYTHON="$PYTHON" scripts/webhook_worker.sh &
WORKER_PID=$!
trap 'kill -TERM "$WORKER_PID" 2>/dev/null || true; wait "$WORKER_PID" 2>/dev/null || true' EXIT
"$PYTHON" manage.py runserver "127.0.0.1:$PORT"
