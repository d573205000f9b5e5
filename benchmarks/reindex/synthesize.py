#!/usr/bin/env python3
"""Inputs for the reindex benchmark, made from a real JSON-lines corpus (nothing generated is committed).

  synthesize.py CORPUS --copies K  > bigger.jsonl    K copies of every article: copy 0 as it is, copy c with id
                                                     "<id>~c" and its paragraphs (and the sentences in each) shuffled,
                                                     so the archive has the real vocabulary, lengths and sources but
                                                     K times the articles and distinct documents.
  synthesize.py CORPUS --change F  > edited.jsonl    the same articles with a fraction F of them edited (a sentence
                                                     added to the body): the input of an incremental run.
The seed is fixed (--seed), so a run is reproducible.
"""
import argparse
import json
import random
import sys


def shuffled_body(body, rng):
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    out = []
    for paragraph in paragraphs:
        sentences = [s for s in paragraph.split(". ") if s]
        rng.shuffle(sentences)
        out.append(". ".join(sentences))
    rng.shuffle(out)
    return "\n\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--change", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.corpus, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    out = sys.stdout
    for copy in range(args.copies):
        for record in records:
            record = dict(record)
            if copy:
                record["id"] = f"{record['id']}~{copy}"
                record["body"] = shuffled_body(record.get("body") or "", rng)
            if args.change and rng.random() < args.change:
                record["body"] = (record.get("body") or "") + "\n\nBerita ini telah diperbarui."
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
