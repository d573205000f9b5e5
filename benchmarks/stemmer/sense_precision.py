#!/usr/bin/env python3
"""How many of a search's top hits hold the sense the query asked for, one index per telusur binary, in one run.

    benchmarks/stemmer/sense_precision.py [--corpus FILE] [--queries FILE] [--limit N] BINARY[@STEMMER]...

Each binary (with its index's --stemmer after an @, full by default) indexes the corpus (default
../shared/data/corpora/click-id.jsonl) into ${TMPDIR:-/tmp}/sense-precision and answers each query of
sense_queries.tsv; a hit counts when its title or body holds one of the query's sense words. A stemmer that pours a
derived word into a frequent root of another sense (pendekatan "approach" into dekat "near") ranks articles that only
hold the root. The known-item sets hardly notice such words: their queries are titles.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
CLITICS = ("", "nya", "lah", "pun", "kah")


def read_queries(path):
    queries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[1].split():
            sys.exit(f"{path}:{number}: expected a query, a tab and its sense words")
        queries.append((fields[0], {w + c for w in fields[1].split() for c in CLITICS}))
    return queries


def read_words(path):
    texts = {}
    with path.open(encoding="utf-8") as corpus:
        for number, line in enumerate(corpus, 1):
            try:
                article = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"{path}:{number}: not JSON: {error}")
            text = article.get("title", "") + "\n" + article.get("body", "")
            texts[article["id"]] = set(WORD.findall(text.lower()))
    return texts


def hits(binary, db, query, limit):
    """The top hits of `query` as `telusur search --json` gives them: id, title, snippet, ..."""
    out = subprocess.run([binary, "search", "--db", db, "--json", "--limit", str(limit), "--", query],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["hits"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/data/corpora/click-id.jsonl")
    parser.add_argument("--queries", type=Path, default=Path(__file__).with_name("sense_queries.tsv"))
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("binaries", nargs="+")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"skipped: {args.corpus} is absent (../shared/data is not beside this checkout)")
    if not args.queries.exists():
        sys.exit(f"{args.queries}: no such file")
    queries = read_queries(args.queries)
    texts = read_words(args.corpus)
    work = Path(os.environ.get("TMPDIR", "/tmp")) / "sense-precision"
    work.mkdir(parents=True, exist_ok=True)
    columns = []
    for number, run in enumerate(args.binaries):
        binary, _, stemmer = run.partition("@")
        db = str(work / f"index-{number}")
        shutil.rmtree(db, ignore_errors=True)
        subprocess.run([binary, "index", "--db", db, "--stemmer", stemmer or "full", str(args.corpus)], check=True,
                       stdout=subprocess.DEVNULL)
        columns.append([sum(1 for hit in hits(binary, db, q, args.limit) if texts[hit["id"]] & sense)
                        for q, sense in queries])
    print("| query | " + " | ".join(args.binaries) + " |")
    print("|---|" + "---:|" * len(args.binaries))
    for i, (query, _) in enumerate(queries):
        print(f"| {query} | " + " | ".join(f"{column[i]}/{args.limit}" for column in columns) + " |")
    total = len(queries) * args.limit
    print("| all | " + " | ".join(f"{sum(column)}/{total}" for column in columns) + " |")


if __name__ == "__main__":
    main()
