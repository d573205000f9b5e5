#!/usr/bin/env python3
"""Split the known-item queries that name an entity by whether the known item itself names it.

    split_by_target.py CLASSES CORPUS DB QRELS KIND OUT_PREFIX

CLASSES is the output of `entity_mentions queries` (qid, class, mentions, query); KIND is place or agency. The
known item's entities are read from the index DB (terms XP<code> / XA<id>, see indexer/schema.hpp) with
xapian-delve; Xapian document ids are taken to be the line numbers of CORPUS, as `telusur index` assigns them
when it indexes one JSON-lines file into an empty database with nothing rejected. Writes OUT_PREFIX-in-target.tsv
and OUT_PREFIX-not-in-target.tsv (qid<TAB>query), ready for `telusur eval --topics`.
"""
import json
import re
import subprocess
import sys


def main(classes, corpus, db, qrels, kind, out_prefix):
    line_of = {}
    with open(corpus, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line_of[json.loads(line)['id']] = number
    target = {}
    with open(qrels) as f:
        for line in f:
            qid, _, doc, grade = line.split()
            if int(grade) > 0:
                target[qid] = line_of[doc]
    postings = {}

    def docs_with(term):
        if term not in postings:
            out = subprocess.run(['xapian-delve', db, '-1', '-t', term], capture_output=True, text=True).stdout
            postings[term] = {int(x) for x in out.split('\n')[1:] if re.fullmatch(r'\d+', x.strip())}
        return postings[term]

    inside, outside = [], []
    with open(classes, encoding='utf-8') as f:
        for line in f:
            qid, cls, mentions, query = line.rstrip('\n').split('\t')
            if cls != kind:
                continue
            codes = [m.split('=', 1)[1].split(' ')[0] for m in mentions.split('; ')]
            is_place = [c[:1].isdigit() for c in codes]
            terms = [('XP' if p else 'XA') + c for c, p in zip(codes, is_place) if p == (kind == 'place')]
            (inside if any(target[qid] in docs_with(t) for t in terms) else outside).append(f'{qid}\t{query}\n')
    for name, rows in (('in-target', inside), ('not-in-target', outside)):
        with open(f'{out_prefix}-{name}.tsv', 'w', encoding='utf-8') as f:
            f.writelines(rows)
    print(f'{kind}: the known item names the entity in {len(inside)} queries, not in {len(outside)}')


if __name__ == '__main__':
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    main(*sys.argv[1:])
