#!/usr/bin/env bash
# Runs once, on the first start of the postgres container (empty volume), from
# /docker-entrypoint-initdb.d: the same roles and databases as
# deploy/local/postgres.sh provision, from the same SQL.
set -euo pipefail

SQL_DIR=/mentoring-sql

grep -Ev '^\s*(#|$)' "$SQL_DIR/services.txt" | while read -r svc; do
  psql -X -q -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v svc="$svc" -v db="$svc" -f "$SQL_DIR/provision.sql"
done
