#!/usr/bin/env bash
# Retrieval effect of the analysis: MRR@10, nDCG@10 and Recall@100 of `telusur eval` on the known-item sets of
# ../shared/data/ir (bodies only indexed, since the queries are the titles), once per stemmer, in one run.
#   benchmarks/known_item_eval.sh [TELUSUR_BINARY] [STEMMERS...]     (default: build/cli/telusur full light snowball)
# Indexes land in ${TMPDIR:-/tmp}/telusur-known-item and are kept for reruns with other flags.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
telusur=${1:-$root/build/cli/telusur}
shift || true
stemmers=("$@")
[ ${#stemmers[@]} -gt 0 ] || stemmers=(full light snowball)
data=$root/../shared/data
work=${TMPDIR:-/tmp}/telusur-known-item
mkdir -p "$work"

# Bodies only: the title is the query.
for corpus in indosum click-id; do
  [ -f "$work/$corpus.bodies.jsonl" ] ||
    python3 -c 'import json,sys
for line in sys.stdin:
    a = json.loads(line); a["title"] = ""; print(json.dumps(a, ensure_ascii=False))' \
      < "$data/corpora/$corpus.jsonl" > "$work/$corpus.bodies.jsonl"
done
head -n 2000 "$data/ir/known-item/click-id.queries.title.tsv" > "$work/click-id.first2000.tsv"

for stemmer in "${stemmers[@]}"; do
  for corpus in indosum click-id; do
    db=$work/$corpus.$stemmer
    rm -rf "$db"
    "$telusur" index --db "$db" --stemmer "$stemmer" "$work/$corpus.bodies.jsonl" > /dev/null
  done
  echo "== stemmer $stemmer"
  echo "-- indosum titles (3,463 queries)"
  "$telusur" eval --db "$work/indosum.$stemmer" --topics "$data/ir/known-item/indosum.queries.title.tsv" \
    --qrels "$data/ir/known-item/indosum.qrels.txt" 2>/dev/null
  echo "-- click-id titles (first 2,000 queries)"
  "$telusur" eval --db "$work/click-id.$stemmer" --topics "$work/click-id.first2000.tsv" \
    --qrels "$data/ir/known-item/click-id.qrels.txt" 2>/dev/null
done
