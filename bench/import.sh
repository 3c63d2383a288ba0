#!/usr/bin/env bash
# Recipe apply time and peak memory for a generated site of N articles.
# Usage: bench/import.sh N [sqlite|postgres] [DATA-FOLDER]
#   postgres uses a database "bench<N>" on 127.0.0.1 (role usta/usta, created afresh).
# Prints wall time, CPU time and peak RSS (/usr/bin/time -v); the data folder is kept for bench/pages.sh.
# With STATEMENTS=1 it also counts the SQL commands (EF's command log; slower, use N <= 1000).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?articles}; provider=${2:-sqlite}; data=${3:-$(mktemp -d)}
mkdir -p "$data"
recipe=/tmp/usta-bench-$n.recipe.json
dotnet build src/UstaOrchard.Web -c Release -v q -nologo >/dev/null
dotnet build bench/UstaOrchard.Bench -c Release -v q -nologo >/dev/null
[ -f "$recipe" ] || bench/UstaOrchard.Bench/bin/Release/net10.0/UstaOrchard.Bench generate "$n" "$recipe"

args=(--App:DataPath "$data")
if [ "$provider" = postgres ]; then
  export PGPASSWORD=usta
  psql -h 127.0.0.1 -U usta -d postgres -qc "DROP DATABASE IF EXISTS bench$n" -c "CREATE DATABASE bench$n"
  args+=(--Database:Provider Postgres --ConnectionStrings:Default "Host=127.0.0.1;Username=usta;Password=usta;Database=bench$n")
fi
if [ "${STATEMENTS:-0}" = 1 ]; then
  args+=(--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information)
fi

/usr/bin/time -v dotnet src/UstaOrchard.Web/bin/Release/net10.0/UstaOrchard.Web.dll recipe apply "$recipe" "${args[@]}" \
  >"$data/import.log" 2>"$data/import.time"
grep -E 'Content:' "$data/import.log" || true
grep -E 'Elapsed|User time|System time|Maximum resident' "$data/import.time"
if [ "${STATEMENTS:-0}" = 1 ]; then
  echo "SQL commands: $(grep -c 'Executed DbCommand' "$data/import.log") for $n articles (+7 categories)"
fi
echo "data folder: $data"
