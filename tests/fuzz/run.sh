#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time from its seed corpus; fails on the first crash, leak or timeout.
#   tests/fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
# BUILD_DIR was configured with -DTELUSUR_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++. New inputs the fuzzer finds go to a
# scratch directory, not into the seed corpus; a crashing input is kept as BUILD_DIR/fuzz-crashes/<target>/crash-*.
set -euo pipefail

build=${1:?usage: $0 BUILD_DIR [SECONDS] [TARGET...]}
seconds=${2:-25}
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json_reader page_reader analyzer stemmer query_parser)
seeds=$(cd "$(dirname "$0")" && pwd)/corpus
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

for target in "${targets[@]}"; do
  mkdir -p "$scratch/$target" "$build/fuzz-crashes/$target"
  log="$build/fuzz-crashes/$target.log"
  if ! "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -print_final_stats=1 -artifact_prefix="$build/fuzz-crashes/$target/" "$scratch/$target" "$seeds/$target" \
       > "$log" 2>&1; then
    tail -40 "$log"
    echo "fuzz_$target: FAILED (input kept in $build/fuzz-crashes/$target/)"
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  echo "fuzz_$target: ok, $runs runs in ${seconds} s"
done
echo "fuzz: ${#targets[@]} passed, 0 failed"
