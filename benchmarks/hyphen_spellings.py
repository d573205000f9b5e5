#!/usr/bin/env python3
# Words news writes both with a hyphen and without (K-pop and Kpop, start-up and startup), counted in JSON-lines
# corpora: the evidence for indexing a two-part hyphenated word under the term of its letters written together
# (schema 14, indexer/analyzer.cpp). Prints how many such words there are, their uses in each spelling, and the
# most used.
#   python3 benchmarks/hyphen_spellings.py ../shared/data/corpora/click-id.jsonl ../shared/data/corpora/indosum.jsonl
import collections
import json
import re
import sys

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def main(paths):
    hyphenated, together = collections.Counter(), collections.Counter()
    for path in paths:
        with open(path, encoding="utf-8") as corpus:
            for line in corpus:
                article = json.loads(line)
                text = (article.get("title") or "") + "\n" + (article.get("body") or "")
                for word in WORD.findall(text.lower()):
                    (hyphenated if "-" in word else together)[word] += 1
    pairs = []
    for word, uses in hyphenated.items():
        parts = word.split("-")
        # As the index reads them: two parts, not numbers (1-0), not a reduplication (anak-anak).
        if len(parts) != 2 or all(part.isdigit() for part in parts) or parts[0] == parts[1]:
            continue
        joined = "".join(parts)
        if together[joined]:
            pairs.append((uses + together[joined], word, uses, joined, together[joined]))
    pairs.sort(reverse=True)
    print(f"{len(pairs)} words written both ways: {sum(p[2] for p in pairs)} uses with the hyphen, "
          f"{sum(p[4] for p in pairs)} without")
    for _, word, uses, joined, joined_uses in pairs[:40]:
        print(f"{word} {uses} / {joined} {joined_uses}")


if __name__ == "__main__":
    main(sys.argv[1:])
