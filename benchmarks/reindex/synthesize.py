#!/usr/bin/env python3
"""Inputs for the reindex benchmark, made from a real JSON-lines corpus (nothing generated is committed).

  synthesize.py CORPUS --change F  > edited.jsonl    the same articles with a fraction F of them edited (a sentence
                                                     added to the body): the input of an incremental run.
The seed is fixed (--seed), so a run is reproducible.
"""
import argparse
import json
import random
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--change", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.corpus, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    out = sys.stdout
    for record in records:
        if args.change and rng.random() < args.change:
            record["body"] = (record.get("body") or "") + "\n\nBerita ini telah diperbarui."
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
