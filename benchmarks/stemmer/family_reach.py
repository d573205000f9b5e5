#!/usr/bin/env python3
"""How many articles a stemmer change brings into a word family, that a search for another of its words now finds.

    benchmarks/stemmer/family_reach.py [--corpus FILE] [--top N] BEFORE_BINARY AFTER_BINARY

Both telusur binaries stem every lower-case word of the corpus (default ../shared/data/corpora/click-id.jsonl; words
written in lower case, as a query gives them). An article joins a family when it writes a word whose stem changed
to one that some word of the corpus already had, and no word of the article had that stem before: a search for
minimalisasi did not find the article that writes only meminimalisir, and now does. Splits (a word leaving a
family that other words shared, for a stem no word had) are counted apart. Prints the totals, then the families
that gain most.
"""
import argparse
import collections
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(r"(?<![\w-])[a-z]+(?:-[a-z]+)*(?![\w-])")


def article_words(path):
    with path.open(encoding="utf-8") as corpus:
        for number, line in enumerate(corpus, 1):
            try:
                article = json.loads(line)
                yield set(WORD.findall(article.get("title", "") + "\n" + article["body"]))
            except (ValueError, KeyError, TypeError) as error:
                sys.exit(f"{path}:{number}: not a JSON article with a body ({error})")


def stems(binary, words):
    """word -> stem, by `telusur stem`, in batches that fit a command line."""
    result = {}
    for start in range(0, len(words), 2000):
        batch = words[start:start + 2000]
        out = subprocess.run([binary, "stem", "--", *batch], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            word, _, stem = line.partition("\t")
            result[word] = stem
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/data/corpora/click-id.jsonl")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("before")
    parser.add_argument("after")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"skipped: {args.corpus} is absent (../shared/data is not beside this checkout)")
    articles = list(article_words(args.corpus))
    vocabulary = sorted(set().union(*articles))
    before, after = stems(args.before, vocabulary), stems(args.after, vocabulary)
    changed = {w for w in vocabulary if before[w] != after[w]}
    families_before = collections.Counter(before.values())  # stem -> how many words had it
    joined = collections.Counter()
    left = joined_articles = 0
    for words in articles:
        had = {before[w] for w in words}
        gained = {after[w] for w in words & changed if after[w] in families_before and after[w] not in had}
        joined.update(gained)
        joined_articles += bool(gained)
        left += any(families_before[before[w]] > 1 and after[w] not in families_before for w in words & changed)
    print(f"{len(vocabulary)} lower-case words, {len(changed)} change stem")
    print(f"{joined_articles} of {len(articles)} articles join a family ({sum(joined.values())} article-families)")
    print(f"{left} articles write a word that leaves its family for a stem of its own")
    for family, count in joined.most_common(args.top):
        print(f"  {family}\t{count}")


if __name__ == "__main__":
    main()
