#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile profile, the default) on pages of a running site, with Debian's Chromium.
# Usage: bench/lighthouse.sh BASE-URL PATH... (e.g. bench/lighthouse.sh http://127.0.0.1:5363 / /tin-tuc/x)
# Installs Lighthouse from bench/lighthouse/package.json (kept apart from the root one: CI never installs it).
set -euo pipefail
cd "$(dirname "$0")/lighthouse"
[ -d node_modules/lighthouse ] || npm ci --no-audit --no-fund >/dev/null
base=$1; shift
out=$(mktemp -d)
echo "| page | performance | accessibility | best practices | SEO |"
echo "|---|---|---|---|---|"
for path in "$@"; do
  file="$out/$(echo "$path" | tr '/?=&' '____').json"
  CHROME_PATH=/usr/bin/chromium npx lighthouse "$base$path" --quiet --output=json --output-path="$file" \
    --chrome-flags="--headless --no-sandbox --disable-gpu" >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]); const c = r.categories; const s = k => Math.round(c[k].score * 100);
    const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual").map(a => a.id);
    console.log(`| ${process.argv[2]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |`);
    console.error(`${process.argv[2]}: below 1: ${failed.join(", ")}`);
  ' "$file" "$path"
done
echo "(reports: $out)"
