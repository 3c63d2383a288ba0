#!/usr/bin/env bash
# First start and public-page throughput of a site set up from usta-setup, on this machine.
# Usage: bench/first-run.sh [seconds-per-page]   (needs wrk: apt-get install wrk)
# Builds Release, starts the site on an empty data folder, times the first start (tables,
# migrations, setup recipe) to the first 200 on "/", then loads three pages with wrk on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
port=5190
data=$(mktemp -d)
dotnet build src/UstaOrchard.Web -c Release -v q -nologo >/dev/null

start=$(date +%s.%N)
dotnet src/UstaOrchard.Web/bin/Release/net10.0/UstaOrchard.Web.dll --App:DataPath "$data" \
  --Setup:AdminPassword "Bench-2021!" --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default Warning >"$data/site.log" 2>&1 &
site=$!
trap 'kill $site 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.05; done
printf 'first start to first page: %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
printf 'memory after first start: %s MiB RSS\n' "$(( $(ps -o rss= -p $site) / 1024 ))"

article=$(curl -fs "http://127.0.0.1:$port/" | grep -o 'href="/tin-tuc/[^"]*"' | head -n 1 | cut -d'"' -f2)
pages=(/ "$article" /chuyen-muc/tin-tuc-su-kien)
# Warm-up: tiered JIT compiles the hot paths during the first seconds of load.
for _ in 1 2; do for page in "${pages[@]}"; do wrk -t2 -c16 -d4s "http://127.0.0.1:$port$page" >/dev/null; done; done
for page in "${pages[@]}"; do
  echo "== $page"
  wrk -t2 -c16 -d"${seconds}s" --latency "http://127.0.0.1:$port$page" | grep -E 'Requests/sec|50%|99%|Non-2xx'
done
printf 'memory after load: %s MiB RSS\n' "$(( $(ps -o rss= -p $site) / 1024 ))"
