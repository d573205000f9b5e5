#!/bin/sh
# Builds telusur_bench in its own build directory and runs it on the click-id corpus, as recorded in RESULTS.md.
# Extra arguments go to telusur_bench, e.g.  benchmarks/run.sh --runs 3   or   benchmarks/run.sh --limit-docs 5000
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$repo/build-bench}
data=${TELUSUR_BENCH_DATA:-$repo/../shared/data}

cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -DTELUSUR_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target telusur_bench >/dev/null
exec "$build/benchmarks/telusur_bench" \
  --corpus "$data/corpora/click-id.jsonl" \
  --queries "$data/ir/known-item/indosum.queries.title.tsv" "$@"
