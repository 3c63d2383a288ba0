#!/usr/bin/env bash
# Public pages at full size next to a bare Kestrel endpoint answering a fixed 20 KB page, in one run:
# home, an article and a category page, uncached and (once the output cache exists) cached.
# Usage: bench/public.sh DATA-FOLDER [seconds-per-page] [site-port] [bare-port]
#   DATA-FOLDER: a SQLite site bench/import.sh filled (App:DataPath layout). Needs wrk and sqlite3.
#   It is never written to: the site runs on a copy in a temporary folder (removed at the end), since a
#   running site writes its database (visits, migrations) and search index.
# A data folder the code has not started on yet first has its index tables and search index rebuilt
# (minutes at 100,000 articles, and the search rebuild goes on after the site answers): the script
# waits until the site is idle before measuring.
# Uncached: the URL with a query key no page reads (?bench=…), which the output cache never answers
# (before the cache exists every request is uncached anyway). CPU ms a request: the site process's
# user + system time over the measured run divided by its requests (the steadier figure on a busy machine).
set -euo pipefail
cd "$(dirname "$0")/.."
source=${1%/}; seconds=${2:-10}; port=${3:-5363}; bareport=${4:-5362}
copy=$(mktemp -d "${TMPDIR:-/tmp}/public-bench.XXXXXX")
data="$copy/site"
trap 'rm -rf "$copy"' EXIT
cp -a "$source" "$data"
dotnet build src/UstaOrchard.Web -c Release -v q -nologo >/dev/null
dotnet build bench/UstaOrchard.Bench -c Release -v q -nologo >/dev/null

bench/UstaOrchard.Bench/bin/Release/net10.0/UstaOrchard.Bench bare "http://127.0.0.1:$bareport" 20480 &
bare=$!
ASPNETCORE_ENVIRONMENT=Production dotnet src/UstaOrchard.Web/bin/Release/net10.0/UstaOrchard.Web.dll --App:DataPath "$data" \
  --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default Warning >"$data/public.log" 2>&1 &
site=$!
trap 'kill $bare $site 2>/dev/null; wait $site 2>/dev/null; rm -rf "$copy"' EXIT
# The first start on an older site may rebuild index tables (minutes at 100,000 articles).
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 1; done
until curl -fs -o /dev/null "http://127.0.0.1:$bareport/"; do sleep 0.2; done
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # clock ticks (user + system)
ticks=$(getconf CLK_TCK)
# Idle: under a tenth of a core over 5 s (a search index rebuild in the background would be counted as the pages' CPU).
while :; do a=$(cpu "$site"); sleep 5; b=$(cpu "$site"); [ $((b - a)) -lt $((ticks / 2)) ] && break; done

sql() { sqlite3 "$data/usta.db" "$1"; }
article=$(sql "SELECT \"Path\" FROM \"AutorouteIndex\" WHERE \"ContentType\" = 'Article' AND \"Published\" = 1 ORDER BY \"Id\" DESC LIMIT 1 OFFSET 1000")
category=$(sql "SELECT \"Path\" FROM \"CategoryIndex\" WHERE \"Published\" = 1 AND \"ContentItemId\" NOT IN (SELECT \"ParentContentItemId\" FROM \"CategoryIndex\" WHERE \"ParentContentItemId\" IS NOT NULL) ORDER BY \"Order\" LIMIT 1")

run() { # name url pid
  local name=$1 url=$2 pid=$3
  local code size; read -r code size < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "$url")
  wrk -t2 -c16 -d5s "$url" >/dev/null   # warm-up: tiered JIT, caches
  local before; before=$(cpu "$pid")
  local out; out=$(wrk -t2 -c16 -d"${seconds}s" --latency "$url")
  local after; after=$(cpu "$pid")
  local requests rps p50 p99
  requests=$(echo "$out" | awk '/requests in/{print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  printf '| %s (%s, %s B) | %s | %s | %s | %s |\n' "$name" "$code" "$size" "$rps" "$p50" "$p99" \
    "$(echo "scale=3; ($after - $before) * 1000 / $ticks / $requests" | bc)"
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| page | req/s | p50 | p99 | CPU ms a request |"
echo "|---|---|---|---|---|"
run "bare 20 KB" "http://127.0.0.1:$bareport/" "$bare"
run "home, uncached" "http://127.0.0.1:$port/?bench=1" "$site"
run "article, uncached" "http://127.0.0.1:$port/$article?bench=1" "$site"
run "category, uncached" "http://127.0.0.1:$port/$category?bench=1" "$site"
run "category page 200, uncached" "http://127.0.0.1:$port/$category?trang=200&bench=1" "$site"
run "home, cached" "http://127.0.0.1:$port/" "$site"
run "article, cached" "http://127.0.0.1:$port/$article" "$site"
run "category, cached" "http://127.0.0.1:$port/$category" "$site"
run "bare 20 KB (again)" "http://127.0.0.1:$bareport/" "$bare"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "site RSS after load: $(( $(ps -o rss= -p $site) / 1024 )) MiB"
