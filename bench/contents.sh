#!/usr/bin/env bash
# The admin content list (filters, title search, deep pages) and an editor's create + publish,
# timed one request at a time on a site that bench/import.sh filled.
# Usage: bench/import.sh 100000 sqlite DATA; bench/contents.sh DATA [requests-per-url]
#   The site is set up on its first start here with the administrator password Bench-2021!
#   (a folder already set up: ADMIN_PASSWORD=its-password bench/contents.sh DATA).
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1; requests=${2:-200}
dotnet build src/UstaOrchard.Web -c Release -v q -nologo >/dev/null
dotnet build bench/UstaOrchard.Bench -c Release -v q -nologo >/dev/null
dotnet src/UstaOrchard.Web/bin/Release/net10.0/UstaOrchard.Web.dll --App:DataPath "$data" --urls http://127.0.0.1:5184 \
  --Setup:AdminPassword "${ADMIN_PASSWORD:-Bench-2021!}" \
  --Logging:LogLevel:Default Warning >"$data/contents.log" 2>&1 &
site=$!
trap 'kill $site 2>/dev/null' EXIT
until curl -fs -o /dev/null http://127.0.0.1:5184/; do sleep 0.2; done
echo "items in the list index: $(sqlite3 "$data/usta.db" 'SELECT COUNT(*) FROM "ContentListIndex"')"
bench/UstaOrchard.Bench/bin/Release/net10.0/UstaOrchard.Bench contents http://127.0.0.1:5184 admin "${ADMIN_PASSWORD:-Bench-2021!}" "$requests"
