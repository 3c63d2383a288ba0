#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile profile, the default) on the home page and an article, with Debian's Chromium.
# Usage: bench/lighthouse.sh DATA-FOLDER [port] [path...]
#   DATA-FOLDER: a SQLite site (bench/import.sh); never written to: the site runs on a copy in a temporary
#   folder, started here in Production with Site:BaseUrl set to the address Lighthouse loads, as a deployed
#   site sets it (its canonical and Open Graph links are absolute only then; never taken from the Host header).
#   Paths: default the home page and the 1,001st newest article (the one bench/public.sh measures).
# Installs Lighthouse from bench/lighthouse/package.json (kept apart from the root one: CI never installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
source=${1%/}; port=${2:-5364}; shift $(( $# < 2 ? $# : 2 ))
base="http://127.0.0.1:$port"
copy=$(mktemp -d "${TMPDIR:-/tmp}/lighthouse-bench.XXXXXX")
data="$copy/site"
trap 'rm -rf "$copy"' EXIT
cp -a "$source" "$data"
(cd bench/lighthouse && { [ -d node_modules/lighthouse ] || npm ci --no-audit --no-fund >/dev/null; })
dotnet build src/UstaOrchard.Web -c Release -v q -nologo >/dev/null

ASPNETCORE_ENVIRONMENT=Production dotnet src/UstaOrchard.Web/bin/Release/net10.0/UstaOrchard.Web.dll --App:DataPath "$data" \
  --urls "$base" --Site:BaseUrl "$base" --Logging:LogLevel:Default Warning >"$copy/site.log" 2>&1 &
site=$!
trap 'kill $site 2>/dev/null; wait $site 2>/dev/null; rm -rf "$copy"' EXIT
until curl -fs -o /dev/null "$base/"; do sleep 1; done

paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  article=$(sqlite3 "$data/usta.db" "SELECT \"Path\" FROM \"AutorouteIndex\" WHERE \"ContentType\" = 'Article' AND \"Published\" = 1 ORDER BY \"Id\" DESC LIMIT 1 OFFSET 1000")
  paths=(/ "/$article")
fi

out=$(mktemp -d)
echo "| page | performance | accessibility | best practices | SEO |"
echo "|---|---|---|---|---|"
for path in "${paths[@]}"; do
  file="$out/$(echo "$path" | tr '/?=&' '____').json"
  (cd bench/lighthouse && CHROME_PATH=/usr/bin/chromium npx lighthouse "$base$path" --quiet --output=json --output-path="$file" \
    --chrome-flags="--headless --no-sandbox --disable-gpu" >/dev/null 2>&1) || true
  (cd bench/lighthouse && node -e '
    const r = require(process.argv[1]); const c = r.categories; const s = k => Math.round(c[k].score * 100);
    const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual").map(a => a.id);
    console.log(`| ${process.argv[2]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |`);
    console.error(`${process.argv[2]}: below 1: ${failed.join(", ")}`);
  ' "$file" "$path")
done
echo "(reports: $out)"
