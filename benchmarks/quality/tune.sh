#!/usr/bin/env bash
# BM25 tuning on TRAINING queries only (never the evaluation sets quality_bench reports):
#   facqa: queries.train.tsv / qrels.train.txt over the facqa corpus;
#   click-id: known-item titles 2,001-5,000 (the evaluation uses the first 2,000) over the bodies-only index.
# Needs the indexes of a quality_bench run in ${TMPDIR:-/tmp}/telusur-quality (run.sh first).
#   benchmarks/quality/tune.sh "K1S" "BS" [extra telusur eval flags]    e.g.  tune.sh "0.8 1.2" "0.5 0.75"
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
telusur=${TELUSUR:-$root/build/cli/telusur}
data=${TELUSUR_BENCH_DATA:-$root/../shared/data}
work=${TMPDIR:-/tmp}/telusur-quality
k1s=${1:-"0.6 0.9 1.2 1.5 2.0"}
bs=${2:-"0.3 0.5 0.75 0.9"}
shift 2 || true
sed -n 2001,5000p "$data/ir/known-item/click-id.queries.title.tsv" > "$work/click-id.train.tsv"

mrr() { "$telusur" eval "$@" 2>/dev/null | awk '/^MRR/ {m=$2} /^Recall/ {r=$2} END {printf "%s %s", m, r}'; }
echo "k1 b facqa-train(MRR@10 R@100) click-id-train(MRR@10 R@100)"
for k1 in $k1s; do
  for b in $bs; do
    facqa=$(mrr --db "$work/facqa.telusur" --topics "$data/ir/facqa/queries.train.tsv" \
                --qrels "$data/ir/facqa/qrels.train.txt" --bm25-k1 "$k1" --bm25-b "$b" "$@")
    click=$(mrr --db "$work/click-id.telusur" --topics "$work/click-id.train.tsv" \
                --qrels "$data/ir/known-item/click-id.qrels.txt" --bm25-k1 "$k1" --bm25-b "$b" "$@")
    echo "$k1 $b $facqa $click"
  done
done
