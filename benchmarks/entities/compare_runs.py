#!/usr/bin/env python3
"""Per-query comparison of two TREC run files (from `telusur eval --run`) on known-item or graded qrels.

    compare_runs.py QRELS TOPICS RUN_A RUN_B [EXAMPLES]

Counts the topics whose reciprocal rank at 10 got better, worse or stayed the same from RUN_A to RUN_B, and
prints up to EXAMPLES (default 10) of each as (qid, first relevant rank in A, in B, query).
"""
import collections
import sys


def main(qrels_path, topics_path, run_a, run_b, examples=10):
    relevant = collections.defaultdict(set)
    for line in open(qrels_path):
        qid, _, doc, grade = line.split()
        if int(grade) > 0:
            relevant[qid].add(doc)
    topics = dict(line.rstrip('\n').split('\t', 1) for line in open(topics_path, encoding='utf-8') if line.strip())

    def load(path):
        ranking = collections.defaultdict(list)
        for line in open(path):
            qid, _, doc, *_ = line.split()
            ranking[qid].append(doc)
        return ranking

    a, b = load(run_a), load(run_b)

    def first_relevant(run, qid):
        return next((i + 1 for i, d in enumerate(run[qid]) if d in relevant[qid]), None)

    better, worse, same = [], [], 0
    for qid, query in topics.items():
        ra, rb = first_relevant(a, qid), first_relevant(b, qid)
        rr_a = 1 / ra if ra and ra <= 10 else 0
        rr_b = 1 / rb if rb and rb <= 10 else 0
        if rr_b > rr_a:
            better.append((qid, ra, rb, query))
        elif rr_b < rr_a:
            worse.append((qid, ra, rb, query))
        else:
            same += 1
    print(f'{len(topics)} topics: better {len(better)}, worse {len(worse)}, same RR@10 {same}')
    for row in worse[:int(examples)]:
        print('  worse ', row)
    for row in better[:int(examples)]:
        print('  better', row)


if __name__ == '__main__':
    if len(sys.argv) not in (5, 6):
        sys.exit(__doc__)
    main(*sys.argv[1:])
