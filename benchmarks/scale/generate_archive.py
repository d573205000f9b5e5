#!/usr/bin/env python3
"""Writes a synthetic news archive of N articles as JSON lines, for measuring telusur at archive scale.

The articles are not text anyone wrote: each is a sequence of words drawn from the real corpora's vocabulary with
the corpora's word frequencies (so common words are common and the long tail is long), with body lengths drawn
from the real distribution of body lengths, titles from the vocabulary of real titles, paragraphs of 30-80 words,
sources drawn from the real outlets and dates spread over 2000-2026. That gives the index the term distribution,
posting-list lengths and document sizes of a real archive of that size, which is what indexing and search cost
depends on. Deterministic for a given --seed. Not committed: generate it where the benchmark runs.

    benchmarks/scale/generate_archive.py --articles 1000000 ../shared/data/corpora/*.jsonl > /tmp/archive-1m.jsonl
"""
import argparse
import bisect
import datetime
import itertools
import json
import random
import sys


def read_corpora(paths):
    body_words, title_words, lengths, sources = {}, {}, [], {}
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                article = json.loads(line)
                words = str(article.get("body") or "").split()
                if not words:
                    continue
                lengths.append(len(words))
                for word in words:
                    body_words[word] = body_words.get(word, 0) + 1
                for word in str(article.get("title") or "").split():
                    title_words[word] = title_words.get(word, 0) + 1
                source = article.get("source") or ""
                if source:
                    sources[source] = sources.get(source, 0) + 1
    return body_words, title_words, lengths, sources


class Sampler:
    """Draws items with the given counts as weights."""

    def __init__(self, counts, rng):
        self.items = list(counts)
        self.cumulative = list(itertools.accumulate(counts[item] for item in self.items))
        self.rng = rng

    def draw(self, k):
        return self.rng.choices(self.items, cum_weights=self.cumulative, k=k)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", help="real JSON-lines corpora to take vocabulary and lengths from")
    parser.add_argument("--articles", type=int, required=True, help="how many articles to write")
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    body_words, title_words, lengths, sources = read_corpora(args.corpora)
    if not lengths:
        sys.exit("generate_archive.py: no articles with a body in " + ", ".join(args.corpora))
    bodies, titles, outlets = Sampler(body_words, rng), Sampler(title_words, rng), Sampler(sources, rng)
    first_day = datetime.date(2000, 1, 1).toordinal()
    days = datetime.date(2026, 11, 27).toordinal() - first_day
    out = sys.stdout
    for n in range(args.articles):
        words = bodies.draw(rng.choice(lengths))
        paragraphs, start = [], 0
        while start < len(words):
            end = start + rng.randint(30, 80)
            paragraphs.append(" ".join(words[start:end]))
            start = end
        source = outlets.draw(1)[0]
        article = {
            "id": "synth-%08d" % n,
            "title": " ".join(titles.draw(rng.randint(6, 12))),
            "body": "\n\n".join(paragraphs),
            "date": datetime.date.fromordinal(first_day + rng.randrange(days)).isoformat(),
            "source": source,
            "url": "https://%s/synthetic/%d" % (source, n),
        }
        out.write(json.dumps(article, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
