#!/usr/bin/env python3
"""Candidates for kept_derivations.txt: derived words whose neighbours in news differ most from those of the rest of
their stem's family, so that conflating them may pour one sense into another (kejadian "incident" into the jadi of
menjadi "to become", atasan "boss" into the preposition atas "on").

Each word seen at least --min-count times is described by the stems of the words within --window places of it
(stopwords left out), weighted by positive pointwise mutual information; a derived word is compared by cosine with
the sum of the rest of its family. The lowest similarities come first. A low score is a hint, not a verdict: loanwords
of another field (pemrosesan beside proses) and clitic forms score low too. Each word taken was checked in KBBI and
by a search with benchmarks/stemmer/sense_precision.py; kept_derivations.txt records what was taken and why.

Python 3 standard library only; about half a minute for click-id and IndoSum.

    python3 stemmer/data/find_sense_splits.py build/cli/telusur ../shared/data/corpora/click-id.jsonl \
        ../shared/data/corpora/indosum.jsonl [--min-count 40] [--min-family 80] [--limit 300]
"""

import argparse
import collections
import math
import re
import subprocess
import sys
from pathlib import Path

from news_corpus import articles

WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
STOPWORDS = Path(__file__).resolve().parents[2] / "indexer/data/stopwords.txt"


def read_stopwords():
    return {line.strip() for line in STOPWORDS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def read_texts(paths):
    """The lower-cased words of each article's title and body, article by article."""
    for article in articles(paths):
        yield WORD.findall((str(article.get("title", "")) + "\n" + article["body"]).lower())


def stem_all(telusur, words):
    stems = {}
    words = sorted(words)
    for start in range(0, len(words), 5000):
        try:
            out = subprocess.run([telusur, "stem", "--", *words[start:start + 5000]], capture_output=True, text=True,
                                 check=True).stdout
        except (OSError, subprocess.CalledProcessError) as error:
            sys.exit(f"{telusur}: cannot stem the vocabulary ({error})")
        stems.update(row.split("\t") for row in out.splitlines())
    return stems


def context_vectors(paths, targets, stems, stopwords, window, contexts):
    vectors = collections.defaultdict(collections.Counter)
    for words in read_texts(paths):
        neighbours = [None if w in stopwords else stems.get(w) for w in words]
        for i, word in enumerate(words):
            if word not in targets:
                continue
            vector = vectors[word]
            for j in range(max(0, i - window), min(len(words), i + window + 1)):
                if j != i and neighbours[j] in contexts:
                    vector[neighbours[j]] += 1
    return vectors


def ppmi(vector, context_weight, total_weight):
    size = sum(vector.values())
    weights = {}
    for context, count in vector.items():
        score = math.log((count / size) / (context_weight[context] / total_weight))
        if score > 0:
            weights[context] = score
    return weights


def cosine(a, b):
    if not a or not b:
        return 0.0
    dot = sum(x * b.get(c, 0.0) for c, x in a.items())
    return dot / math.sqrt(sum(x * x for x in a.values()) * sum(x * x for x in b.values()))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("telusur", help="the built telusur command")
    parser.add_argument("corpora", nargs="+", help="articles as JSON lines; title and body are read")
    parser.add_argument("--min-count", type=int, default=40, help="occurrences of a derived word to list it")
    parser.add_argument("--min-family", type=int, default=80, help="occurrences of the rest of its family")
    parser.add_argument("--window", type=int, default=4)
    parser.add_argument("--contexts", type=int, default=4000, help="how many of the commonest stems describe a word")
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()

    stopwords = read_stopwords()
    counts = collections.Counter()
    for words in read_texts(args.corpora):
        counts.update(words)
    vocabulary = [w for w, n in counts.items() if n >= 2 and len(w) <= 60]
    stems = stem_all(args.telusur, vocabulary)
    stem_counts = collections.Counter()
    for word in vocabulary:
        if word not in stopwords and len(word) >= 3:
            stem_counts[stems[word]] += counts[word]
    contexts = {stem for stem, _ in stem_counts.most_common(args.contexts)}
    targets = {w for w in vocabulary if counts[w] >= min(20, args.min_count)}
    vectors = context_vectors(args.corpora, targets, stems, stopwords, args.window, contexts)

    # Context weights smoothed by the power 0.75, as word2vec does, so that rare contexts do not dominate.
    context_counts = collections.Counter()
    for vector in vectors.values():
        context_counts.update(vector)
    context_weight = {c: n ** 0.75 for c, n in context_counts.items()}
    total_weight = sum(context_weight.values())

    families = collections.defaultdict(list)
    for word in vectors:
        families[stems[word]].append(word)
    rows = []
    for stem, members in families.items():
        for word in members:
            rest_count = sum(counts[m] for m in members if m != word)
            if word == stem or counts[word] < args.min_count or rest_count < args.min_family:
                continue
            rest = collections.Counter()
            for member in members:
                if member != word:
                    rest.update(vectors[member])
            similarity = cosine(ppmi(vectors[word], context_weight, total_weight),
                                ppmi(rest, context_weight, total_weight))
            rows.append((similarity, word, stem, counts[word], rest_count))
    rows.sort()
    print("similarity\tword\tstem\tword count\trest of family")
    for similarity, word, stem, count, rest_count in rows[:args.limit]:
        print(f"{similarity:.3f}\t{word}\t{stem}\t{count}\t{rest_count}")


if __name__ == "__main__":
    main()
