#!/usr/bin/env bash
# How indexing and search cost grow with the archive: synthetic archives (generate_archive.py, from the vocabulary
# and lengths of ../shared/data/corpora) of each size given, indexed from scratch, then searched with the indosum
# title queries. Prints one line per size: articles, input MB, index seconds, peak memory, index size, and query
# latency (p50/p99, ms) with and without snippets. Indexing is a full batch reindex on every core
# (`telusur reindex --full --jobs N --shards N`; INDEX_SHARDS=1 for one database).
#   benchmarks/scale/run.sh [BUILD_DIR] [SIZES...]     (default: build 100000 300000 1000000)
# Archives and indexes land in ${SCALE_WORK:-/tmp/telusur-scale} (about 2 GB of input and 6 GB of index per
# million articles) and are kept, so a rerun only measures.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 300000 1000000)
data=$root/../shared/data
work=${SCALE_WORK:-/tmp/telusur-scale}
queries=$data/ir/known-item/indosum.queries.title.tsv
mkdir -p "$work"

printf '%-9s %8s %9s %9s %9s %12s %12s\n' articles input_MB index_s peak_MB index_MB "p50/p99 ms" "+snippets"
for n in "${sizes[@]}"; do
  archive=$work/archive-$n.jsonl
  db=$work/db-$n
  [ -s "$archive" ] || "$root/benchmarks/scale/generate_archive.py" --articles "$n" \
      "$data/corpora/click-id.jsonl" "$data/corpora/indosum.jsonl" > "$archive"
  if [ ! -d "$db" ]; then
    cores=$(nproc)
    /usr/bin/time -f '%e %M' -o "$work/time-$n" "$build/cli/telusur" reindex --quiet --full --jobs "$cores" \
        --shards "${INDEX_SHARDS:-$cores}" --db "$db" "$archive" > "$work/index-$n.log"
  fi
  read -r seconds peak_kb < "$work/time-$n"
  plain=$("$build/benchmarks/scale/telusur_query_latency" --db "$db" --queries "$queries")
  snippets=$("$build/benchmarks/scale/telusur_query_latency" --db "$db" --queries "$queries" --snippets)
  latency() { awk '{for (i = 1; i < NF; ++i) { if ($i == "p50_ms") p50 = $(i+1); if ($i == "p99_ms") p99 = $(i+1) } }
                   END { printf "%.2f/%.2f", p50, p99 }' <<< "$1"; }
  printf '%-9s %8.0f %9.0f %9.0f %9.0f %12s %12s\n' "$n" "$(($(stat -c %s "$archive") / 1000000))" "$seconds" \
    "$((peak_kb / 1024))" "$(($(du -sk "$db" | cut -f1) / 1024))" "$(latency "$plain")" "$(latency "$snippets")"
done
