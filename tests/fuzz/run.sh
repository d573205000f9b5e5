#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time from its seed corpus; fails on a crash, leak or timeout.
#   tests/fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
# BUILD_DIR was configured with -DTELUSUR_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++. A fuzzer uses one core, so as many
# run at once as there are cores (nproc); each still runs SECONDS. New inputs the fuzzer finds go to a scratch
# directory, not into the seed corpus; a crashing input is kept as BUILD_DIR/fuzz-crashes/<target>/crash-*.
set -euo pipefail

build=${1:?usage: $0 BUILD_DIR [SECONDS] [TARGET...]}
seconds=${2:-25}
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json_reader page_reader analyzer stemmer query_parser)
seeds=$(cd "$(dirname "$0")" && pwd)/corpus
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# One target's run; its exit status is the fuzzer's, its output in BUILD_DIR/fuzz-crashes/<target>.log.
fuzz() {
  local target=$1
  mkdir -p "$scratch/$target" "$build/fuzz-crashes/$target"
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$build/fuzz-crashes/$target/" "$scratch/$target" "$seeds/$target" \
    > "$build/fuzz-crashes/$target.log" 2>&1
}

declare -A pid_of
for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$(nproc)" ]; do wait -n || true; done
  fuzz "$target" &
  pid_of[$target]=$!
done

# Reported in the order given, each once it has finished.
failed=0
for target in "${targets[@]}"; do
  log="$build/fuzz-crashes/$target.log"
  if ! wait "${pid_of[$target]}"; then
    tail -40 "$log"
    echo "fuzz_$target: FAILED (input kept in $build/fuzz-crashes/$target/)"
    failed=$((failed + 1))
    continue
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  echo "fuzz_$target: ok, $runs runs in ${seconds} s"
done
echo "fuzz: $(( ${#targets[@]} - failed )) passed, $failed failed"
[ "$failed" -eq 0 ]
