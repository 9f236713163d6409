#!/usr/bin/env bash
# The worker that sends webhooks (django-tasks' db_worker on the "webhooks" backend), started
# again whenever it stops, e.g. after losing its database connection: `make run` and
# `make serve` run it beside the web server. In containers the orchestrator restarts it.
set -uo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
child=""
trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null; wait; exit 0' TERM INT
while :; do
    "$PYTHON" manage.py db_worker --backend webhooks --no-reload -v0 &
    child=$!
    wait "$child"
    echo "webhook worker stopped (exit status $?); starting it again in 2 s" >&2
    sleep 2
done
