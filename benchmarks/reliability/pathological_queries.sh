#!/usr/bin/env bash
# The longest queries telusur accepts (256 words; QueryParser::max_query_words) against an ordinary one: median wall
# time and peak memory of `telusur search` over RUNS runs each, on an index of the corpus. Figures: RESULTS.md here.
#   benchmarks/reliability/pathological_queries.sh TELUSUR INDEX_DIR CORPUS.jsonl [RUNS]
# INDEX_DIR is built from CORPUS first if absent. The query words are the first 256 different words of 4+ letters
# in the corpus's bodies, so that most of them match many articles.
set -euo pipefail
telusur=${1:?usage: $0 TELUSUR INDEX_DIR CORPUS.jsonl [RUNS]}
index=${2:?}
corpus=${3:?}
runs=${4:-5}
[ -d "$index" ] || "$telusur" index --db "$index" "$corpus" > /dev/null

words=$(python3 - "$corpus" <<'PY'
import json, re, sys
seen, words = set(), []
with open(sys.argv[1]) as f:
    for line in f:
        for w in re.findall(r"[a-zA-Z]{4,}", json.loads(line)["body"]):
            w = w.lower()
            if w not in seen and w not in ("and", "not"):
                seen.add(w)
                words.append(w)
        if len(words) >= 256:
            break
print(" ".join(words[:256]))
PY
)
declare -A queries=(
  [ordinary]="banjir jakarta"
  [and-256]="$words"
  [or-256]="${words// / OR }"
  [phrase-256]="\"$words\""
)
printf '%-12s %12s %14s\n' query "median s" "peak MiB"
for name in ordinary and-256 or-256 phrase-256; do
  times=() peaks=()
  for _ in $(seq "$runs"); do
    out=$( { /usr/bin/time -f '%e %M' "$telusur" search --db "$index" --limit 10 "${queries[$name]}" > /dev/null; } 2>&1 | tail -1)
    times+=("${out% *}") peaks+=("${out#* }")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  peak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1)
  awk -v n="$name" -v t="$median" -v p="$peak" 'BEGIN { printf "%-12s %12s %14.1f\n", n, t, p / 1024 }'
done
