#!/usr/bin/env python3
"""Candidates for kept_derivations.txt and indexer/data/function_homographs.txt: derived words whose own search is
swamped by the rest of their stem's family (pendapat "opinion" by mendapat "to get", mengalami "to undergo" by alam
"nature", melebihi "to exceed" by the adverb lebih "more").

The corpus is indexed with the given telusur into a scratch directory; then each word that is not a stopword, is in
at least --min-articles articles and stems to something else is searched alone, and the top 10 hits whose title or
body hold the word itself (alone or with -nya, -lah, -pun, -kah) are counted. The fewest come first. Most low counts
are words of the same sense as a commoner word of their family (dijalankan beside menjalankan): each word taken was
read by hand and measured with benchmarks/stemmer/sense_precision.py (benchmarks/stemmer/RESULTS.md).

Python 3 standard library only; about 80 s for click-id at --min-articles 60, 140 s at 30.

    python3 stemmer/data/find_swamped_words.py build/cli/telusur ../shared/data/corpora/click-id.jsonl \
        [--min-articles 60] [--max-hits 4]
"""

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from find_sense_splits import WORD, read_stopwords, stem_all
from news_corpus import articles

CLITICS = ("", "nya", "lah", "pun", "kah")


def run(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        sys.exit(f"{command[0]}: {' '.join(command[1:3])} failed ({error})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("telusur", help="the built telusur command")
    parser.add_argument("corpus", help="articles as JSON lines; title and body are read")
    parser.add_argument("--min-articles", type=int, default=60, help="articles a word must be in to be searched")
    parser.add_argument("--max-hits", type=int, default=4, help="list words whose top 10 hold them this often or less")
    args = parser.parse_args()

    texts = {}
    article_counts = collections.Counter()
    for article in articles([args.corpus]):
        words = set(WORD.findall((str(article.get("title", "")) + "\n" + article["body"]).lower()))
        texts[str(article["id"])] = words
        article_counts.update(words)
    stopwords = read_stopwords()
    candidates = [w for w, n in article_counts.items()
                  if n >= args.min_articles and w not in stopwords and len(w) > 4 and len(w) <= 60]
    stems = stem_all(args.telusur, candidates)
    derived = sorted(w for w in candidates if stems[w] != w)

    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        db = str(Path(scratch) / "index")
        run([args.telusur, "index", "--db", db, args.corpus])
        for word in derived:
            hits = json.loads(run([args.telusur, "search", "--db", db, "--json", "--limit", "10", "--", word]))["hits"]
            forms = {word + clitic for clitic in CLITICS}
            held = sum(1 for hit in hits if texts.get(hit["id"], set()) & forms)
            if held <= args.max_hits:
                rows.append((held, word, stems[word], article_counts[word], article_counts.get(stems[word], 0)))
    rows.sort()
    print("top-10 hits holding the word\tword\tstem\tarticles with the word\tarticles with the stem as a word")
    for row in rows:
        print("\t".join(str(field) for field in row))


if __name__ == "__main__":
    main()
