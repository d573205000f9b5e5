#!/usr/bin/env python3
"""Candidates for whole_names.txt: words news nearly always capitalises in mid-sentence, that is names, which the
stemmer, given them in lower case and unmarked as a query gives them, would reduce (teheran -> heran "surprised").

A word counts as capitalised in mid-sentence after a lower-case letter, digit, comma or semicolon and a space; every
lower-case occurrence counts against it. The list it prints is for review by hand: whole_names.txt records what was
taken and what was left out, and why. A word already listed stems to itself and is not printed again.

Python 3 standard library only.

    python3 stemmer/data/find_whole_names.py build/cli/telusur ../shared/data/corpora/click-id.jsonl \
        ../shared/data/corpora/indosum.jsonl [--min-capitalised 5] [--max-lower-share 0.05]
"""

import argparse
import collections
import re
import subprocess
import sys

from news_corpus import articles

MID_SENTENCE = re.compile(r"(?<=[a-z0-9,;] )([A-Za-z]+)\b(?!-)")
LOWER_CASE = re.compile(r"(?<![A-Za-z-])([a-z]+)\b(?!-)")


def count_cases(paths):
    """How often each word is written capitalised in mid-sentence, and how often in lower case, in the bodies."""
    capitalised, lower = collections.Counter(), collections.Counter()
    for article in articles(paths):
        body = article["body"]
        for match in MID_SENTENCE.finditer(body):
            word = match.group(1)
            if word[0].isupper() and word[1:].islower():
                capitalised[word.lower()] += 1
        lower.update(match.group(1) for match in LOWER_CASE.finditer(body))
    return capitalised, lower


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("telusur", help="the built telusur command")
    parser.add_argument("corpora", nargs="+", help="articles as JSON lines; the body field is read")
    parser.add_argument("--min-capitalised", type=int, default=5)
    parser.add_argument("--max-lower-share", type=float, default=0.05)
    args = parser.parse_args()

    capitalised, lower = count_cases(args.corpora)
    names = sorted(word for word, count in capitalised.items()
                   if count >= args.min_capitalised and lower[word] <= args.max_lower_share * (count + lower[word]))
    try:
        stems = subprocess.run([args.telusur, "stem", *names], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        sys.exit(f"{args.telusur}: cannot stem the candidates ({error})")
    print("word\tstem\tcapitalised\tlower case")
    for row in stems.splitlines():
        word, stem = row.split("\t")
        if stem != word:
            print(f"{word}\t{stem}\t{capitalised[word]}\t{lower[word]}")


if __name__ == "__main__":
    main()
