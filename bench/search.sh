#!/usr/bin/env bash
# Search: index build, query and suggestion latency, recall against a scan of the generated text.
# Usage: bench/search.sh [N] [QUERIES-PER-CLASS] [SITE-DATA] [sample|zipf] [INDEX-FOLDER] [RECALL-PER-SHAPE]
#   N articles (default 100000) are generated from the sample content's syllable model (seed 2021),
#   indexed on disk in a temporary folder with the site's analyzer and writer, then queried.
#   SITE-DATA (optional): a COPY of a site's data folder (bench/import.sh made one); the search
#   index is also rebuilt from its database (the copy gets the search tables; never pass an original).
#   sample (default): the sample's bigram model, 958 distinct words; zipf: half of its words drawn from
#   6,000 Vietnamese-shaped syllables with Zipf frequencies (a vocabulary closer to real news).
#   INDEX-FOLDER (optional): keep the index there; a later run with the same N, seed and corpus reuses it
#   (an index kept with several segments is force-merged to one first, as the site's rebuild leaves it).
#   RECALL-PER-SHAPE (default 6): queries per shape checked against the scan; 0 skips the scan.
#   SITE-DATA may be "" to skip the rebuild from a database.
# Prints the figures (tables in Markdown) and /usr/bin/time's wall, CPU and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}; queries=${2:-1000}; site=${3:-}; corpus=${4:-sample}; kept=${5:-}; recall=${6:-6}
dotnet build bench/UstaOrchard.Bench -c Release -v q -nologo >/dev/null
bench=bench/UstaOrchard.Bench/bin/Release/net10.0/UstaOrchard.Bench
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT

/usr/bin/time -v "$bench" search "$n" "${kept:-$folder/generated}" 2021 "$queries" "$recall" "$corpus" 2>"$folder/search.time"
grep -E 'Elapsed|User time|System time|Maximum resident' "$folder/search.time"
if [ -n "$site" ]; then
  echo
  /usr/bin/time -v "$bench" search-rebuild "$site" "$folder/rebuilt" 2>"$folder/rebuild.time" | grep -v '^info:\|^      '
  grep -E 'Elapsed|User time|System time|Maximum resident' "$folder/rebuild.time"
fi
