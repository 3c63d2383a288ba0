#!/usr/bin/env bash
# Query plans and timings of the list queries on a SQLite site: bench/plans/run-sqlite.sh DB FILE.sql
# Prints each statement's EXPLAIN QUERY PLAN, then its best time of five runs.
set -euo pipefail
db=$1; sql=$2
params=$(grep '^\.parameter' "$sql")
grep -v '^\.parameter' "$sql" | grep -v '^--' | grep -v '^$' | while IFS= read -r stmt; do
  echo "## $stmt"
  printf '%s\nEXPLAIN QUERY PLAN %s\n' "$params" "$stmt" | sqlite3 "$db" | sed 's/^/    /'
  best=999999
  for _ in 1 2 3 4 5; do
    t=$(printf '%s\n.timer on\n%s\n' "$params" "$stmt" | sqlite3 "$db" | grep '^Run Time' | awk '{print $4}')
    best=$(echo "if ($t < $best) $t else $best" | bc -l)
  done
  printf '    best of 5: %.2f ms\n' "$(echo "$best * 1000" | bc -l)"
done
