#!/usr/bin/env bash
# Creates the PostgreSQL database named by the URL (e.g. postgres://postgres@host/name)
# unless it exists.
set -euo pipefail
url=$1
name=${url##*/}
server=${url%/*}/postgres
if ! psql "$server" -Atqc "SELECT 1 FROM pg_database WHERE datname = '${name}'" | grep -q 1; then
    psql "$server" -qc "CREATE DATABASE \"${name}\""
fi
