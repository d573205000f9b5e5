#!/bin/sh
# Ranking quality (MRR@10, nDCG@10, Recall@100 by telusur's own evaluation) and click-id query latency of telusur,
# plain Xapian and SQLite FTS5, each indexing the same corpora, in one run; prints one table (RESULTS.md).
#   benchmarks/quality/run.sh [--reuse] [--latency-only] [--latency-pair] [--latency-queries N]
# Indexes land in ${TMPDIR:-/tmp}/telusur-quality; --reuse keeps those of an earlier run of the same code.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$repo/build-bench}
data=${TELUSUR_BENCH_DATA:-$repo/../shared/data}

cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -DTELUSUR_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target quality_bench >/dev/null
exec "$build/benchmarks/quality/quality_bench" --data "$data" --work "${TMPDIR:-/tmp}/telusur-quality" "$@"
