#!/bin/sh
# Times `recipe export` of a site (default: a copy of the 100,000-article bench site) with peak memory.
# Usage: bench/export.sh [SITE_DATA_FOLDER] [OUT_FILE] [extra export options]
set -eu
source_data=${1:-/work/bench-data/F-100k}
out=${2:-/tmp/usta-export-bench.json}
shift 2 2>/dev/null || true
data=$(mktemp -d /tmp/usta-export-bench-XXXXXX)
# Never write into the shared bench data: export from a copy.
cp -a "$source_data"/usta.db "$data"/
cp -a "$source_data"/Media "$data"/ 2>/dev/null || true
rm -f "$out"
dotnet build src/UstaOrchard.Web -c Release -v q >/dev/null
/usr/bin/time -v dotnet src/UstaOrchard.Web/bin/Release/net10.0/UstaOrchard.Web.dll recipe export "$out" "$@" --App:DataPath "$data" \
  2>&1 | grep -E "Exported|Đã xuất|Content:|Elapsed|Maximum resident" || true
ls -l "$out"
rm -rf "$data"
