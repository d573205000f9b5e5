#!/usr/bin/env python3
"""How often a hit's snippet marks every query word as it was typed, one telusur binary after another, same index.

    benchmarks/stemmer/snippet_words.py --db INDEX [--queries FILE] [--limit N] BINARY...

Each binary searches INDEX (built by a binary of the same schema; sense_precision.py leaves its indexes in
${TMPDIR:-/tmp}/sense-precision) for each query of sense_queries.tsv and keeps its top hits' snippets. A snippet
counts when each query word appears marked (**word**) as typed, a particle or possessive aside: a search for
menjalani whose snippet marks only "jalan" ("road") shows the reader the wrong passage. Prints the count per binary
and how many snippets differ from the first binary's.
"""
import argparse
import re
from pathlib import Path

from sense_precision import hits, read_queries

CLITICS = "(?:nya|lah|pun|kah|ku|mu)?"


def marks_every_word(snippet, words):
    low = snippet.lower()
    return all(re.search(r"\*\*" + re.escape(word) + CLITICS + r"\*\*", low) for word in words)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--queries", type=Path, default=Path(__file__).with_name("sense_queries.tsv"))
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("binaries", nargs="+")
    args = parser.parse_args()

    queries = [query for query, _ in read_queries(args.queries)]
    results = {binary: [[hit["snippet"] for hit in hits(binary, args.db, q, args.limit)] for q in queries]
               for binary in args.binaries}
    first = results[args.binaries[0]]
    for binary in args.binaries:
        marked = total = differ = 0
        for query, mine, theirs in zip(queries, results[binary], first):
            for index, snippet in enumerate(mine):
                total += 1
                marked += marks_every_word(snippet, query.lower().split())
                differ += index >= len(theirs) or snippet != theirs[index]
        print(f"{binary}: {marked} of {total} snippets mark every query word as typed; {differ} differ from "
              f"{args.binaries[0]}'s")


if __name__ == "__main__":
    main()
