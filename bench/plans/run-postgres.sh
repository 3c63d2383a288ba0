#!/usr/bin/env bash
# Query plans with real timings (EXPLAIN ANALYZE) of the list queries on a PostgreSQL site.
# Usage: bench/plans/run-postgres.sh DATABASE FILE.sql   (role usta/usta on 127.0.0.1)
set -euo pipefail
PGPASSWORD=usta psql -h 127.0.0.1 -U usta -d "$1" -c "ANALYZE" -q
PGPASSWORD=usta psql -h 127.0.0.1 -U usta -d "$1" -e -f "$2" | grep -vE '^\s*(Planning Time|QUERY PLAN|-+|\(\d+ rows\))\s*$' | grep -v '^$'
