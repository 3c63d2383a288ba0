#!/usr/bin/env bash
# Page latency of a generated site next to a bare Kestrel endpoint, in the same run.
# Usage: bench/pages.sh DATA-FOLDER [seconds-per-page] [postgres-database]
#   DATA-FOLDER: one that bench/import.sh filled (SQLite), or any folder with a PostgreSQL database name.
# Needs wrk (apt-get install -y wrk). Ports 5182 (bare) and 5183 (site).
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1; seconds=${2:-10}; pg=${3:-}
dotnet build src/UstaOrchard.Web -c Release -v q -nologo >/dev/null
dotnet build bench/UstaOrchard.Bench -c Release -v q -nologo >/dev/null

args=(--App:DataPath "$data" --urls http://127.0.0.1:5183 --Logging:LogLevel:Default Warning --Setup:AdminPassword "Bench-2021!")
sql() { sqlite3 "$data/usta.db" "$1"; }
if [ -n "$pg" ]; then
  args+=(--Database:Provider Postgres --ConnectionStrings:Default "Host=127.0.0.1;Username=usta;Password=usta;Database=$pg")
  sql() { PGPASSWORD=usta psql -h 127.0.0.1 -U usta -d "$pg" -Atc "$1"; }
fi

bench/UstaOrchard.Bench/bin/Release/net10.0/UstaOrchard.Bench bare http://127.0.0.1:5182 &
bare=$!
dotnet src/UstaOrchard.Web/bin/Release/net10.0/UstaOrchard.Web.dll "${args[@]}" >"$data/pages.log" 2>&1 &
site=$!
trap 'kill $bare $site 2>/dev/null' EXIT
until curl -fs -o /dev/null http://127.0.0.1:5183/; do sleep 0.2; done
until curl -fs -o /dev/null http://127.0.0.1:5182/; do sleep 0.2; done

article=$(sql "SELECT \"Path\" FROM \"AutorouteIndex\" WHERE \"ContentType\" = 'Article' AND \"Published\" = true ORDER BY \"Id\" DESC LIMIT 1 OFFSET 1000")
day=$(sql "SELECT substr(CAST(\"PublishedUtc\" AS text), 1, 10) FROM \"ArticleIndex\" WHERE \"Published\" = true ORDER BY \"Id\" LIMIT 1 OFFSET 500")
pages=(
  "bare|http://127.0.0.1:5182/"
  "home|http://127.0.0.1:5183/"
  "home page 50|http://127.0.0.1:5183/?trang=50"
  "category (one)|http://127.0.0.1:5183/chuyen-muc/hoat-dong-lien-hiep-hoi"
  "category (with children)|http://127.0.0.1:5183/chuyen-muc/tin-tuc-su-kien"
  "day|http://127.0.0.1:5183/ngay/$day"
  "article|http://127.0.0.1:5183/$article"
  "bare (again)|http://127.0.0.1:5182/"
)
echo "| page | req/s | p50 | p99 |"
echo "|---|---|---|---|"
for entry in "${pages[@]}"; do
  name=${entry%%|*}; url=${entry#*|}
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  wrk -t1 -c4 -d3s "$url" >/dev/null
  out=$(wrk -t2 -c8 -d"${seconds}s" --latency "$url")
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  echo "| $name ($code) | $rps | $p50 | $p99 |"
done
echo "site RSS after load: $(( $(ps -o rss= -p $site) / 1024 )) MiB"
