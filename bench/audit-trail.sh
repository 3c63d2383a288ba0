#!/usr/bin/env bash
# The audit trail list at ROWS rows (default 1,000,000): a new site is set up, its AuditEvents table
# filled by UstaOrchard.Bench audit-fill (rows over the last 360 days, so retention keeps them), then
# the list's filters, first pages and deep pages are timed one request at a time.
# Usage: bench/audit-trail.sh [ROWS] [sqlite|postgres] [requests-per-url]
#   postgres: database benchaudit on 127.0.0.1 (role usta / password usta), dropped first.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}; provider=${2:-sqlite}; requests=${3:-50}
port=5451; password='Bench-2021!'
data=$(mktemp -d /tmp/usta-audit-bench.XXXXXX)
pg="Host=127.0.0.1;Username=usta;Password=usta;Database=benchaudit"
site_args=(--App:DataPath "$data" --urls "http://127.0.0.1:$port" --Setup:AdminPassword "$password" --Logging:LogLevel:Default Warning)
if [ "$provider" = postgres ]; then
  PGPASSWORD=usta psql -h 127.0.0.1 -U usta -d postgres -qc 'DROP DATABASE IF EXISTS benchaudit' >/dev/null
  site_args+=(--Database:Provider Postgres --ConnectionStrings:Default "$pg")
  target="postgres:$pg"
else
  target="sqlite:$data/usta.db"
fi
dotnet build src/UstaOrchard.Web -c Release -v q -nologo >/dev/null
dotnet build bench/UstaOrchard.Bench -c Release -v q -nologo >/dev/null
web=src/UstaOrchard.Web/bin/Release/net10.0/UstaOrchard.Web.dll
bench=bench/UstaOrchard.Bench/bin/Release/net10.0/UstaOrchard.Bench
site=
trap '[ -n "$site" ] && kill $site 2>/dev/null; true' EXIT
start_site() {
  dotnet "$web" "${site_args[@]}" >>"$data/site.log" 2>&1 &
  site=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.2; done
}
# First start: tables (AuditEvents with its indexes) and the setup recipe; then stopped while filling.
start_site; kill $site; wait $site 2>/dev/null || true; site=
"$bench" audit-fill "$target" "$rows"
start_site
echo "data folder: $data"
"$bench" audit-trail "http://127.0.0.1:$port" admin "$password" "$requests"
