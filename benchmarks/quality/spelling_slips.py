#!/usr/bin/env python3
"""How "Did you mean" treats slips that land on a rare word of the index, and queries typed right, in one run.

    benchmarks/quality/spelling_slips.py [--corpus FILE] [--titles N] [--slips N] BINARY...

Each binary indexes the corpus (default ../shared/data/corpora/click-id.jsonl, titles and bodies) into
${TMPDIR:-/tmp}/spelling-slips. The queries are the first three words of the first N headlines of the click-id
known-item set, typed right; and slips made from them by leaving out one letter of a word of four letters or more,
where what is left is a word that one to five articles hold (by their words, lower-cased): "kabut asp" for "kabut
asap". Prints, per binary, how many slips got the query meant as their suggestion, another one, or none, and how many
queries typed right got a suggestion at all.
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(r"[a-z]+")


def article_frequencies(corpus):
    frequencies = Counter()
    with corpus.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                article = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"{corpus}:{number}: not JSON: {error}")
            text = (article.get("title", "") + "\n" + article.get("body", "")).lower()
            frequencies.update(set(WORD.findall(text)))
    return frequencies


def headline_prefixes(titles, count):
    prefixes = []
    with titles.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if number > count:
                break
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 2:
                sys.exit(f"{titles}:{number}: expected a query id, a tab and a query")
            words = WORD.findall(fields[1].lower())
            if len(words) >= 3:
                prefixes.append(" ".join(words[:3]))
    return prefixes


def slips_of(queries, frequencies, count):
    slips = {}
    for query in queries:
        words = query.split()
        for i, word in enumerate(words):
            if len(word) < 4:
                continue
            for at in range(len(word)):
                slipped = word[:at] + word[at + 1:]
                if 1 <= frequencies[slipped] <= 5:
                    slips.setdefault(" ".join(words[:i] + [slipped] + words[i + 1:]), query)
    chosen = sorted(slips.items())
    random.Random(7).shuffle(chosen)
    return chosen[:count]


def suggestion(binary, db, query):
    out = subprocess.run([binary, "search", "--db", db, "--json", "--limit", "1", "--", query],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out).get("suggestion", "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/data/corpora/click-id.jsonl")
    parser.add_argument("--titles", type=int, default=600)
    parser.add_argument("--slips", type=int, default=150)
    parser.add_argument("binaries", nargs="+")
    args = parser.parse_args()
    titles = ROOT.parent / "shared/data/ir/known-item/click-id.queries.title.tsv"
    for needed in (args.corpus, titles):
        if not needed.exists():
            sys.exit(f"skipped: {needed} is absent (../shared/data is not beside this checkout)")
    queries = headline_prefixes(titles, args.titles)
    slips = slips_of(queries, article_frequencies(args.corpus), args.slips)
    work = Path(os.environ.get("TMPDIR", "/tmp")) / "spelling-slips"
    work.mkdir(parents=True, exist_ok=True)
    print(f"{len(slips)} slips, {len(queries)} queries typed right")
    print("| binary | slip: the query meant | another | none | typed right: a suggestion |")
    print("|---|---:|---:|---:|---:|")
    for number, binary in enumerate(args.binaries):
        db = str(work / f"index-{number}")
        shutil.rmtree(db, ignore_errors=True)
        subprocess.run([binary, "index", "--db", db, str(args.corpus)], check=True, stdout=subprocess.DEVNULL)
        outcome = Counter()
        for slipped, meant in slips:
            offered = suggestion(binary, db, slipped)
            outcome["meant" if offered == meant else "none" if not offered else "another"] += 1
        suggested = sum(1 for query in queries if suggestion(binary, db, query))
        print(f"| {binary} | {outcome['meant']} | {outcome['another']} | {outcome['none']} | {suggested} of "
              f"{len(queries)} |")


if __name__ == "__main__":
    main()
