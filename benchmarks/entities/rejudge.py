#!/usr/bin/env python3
"""Scores entity_mentions sample output against the gold place mentions of place_judgments.tsv.

    rejudge.py place_judgments.tsv mentions.tsv

The gold list (rows whose gold_id is not "-") is what a careful reader marks and does not depend on the tagger; the
system side is read afresh from `entity_mentions sample` output (place rows only). A mention is keyed by article,
field and byte offset; a dateline mention is the same mention as the body's first gold mention with the same words
(the dateline counts once, as in the first judging). Ids of one mention are pooled: Kabupaten and Kota of one name
are a lenient TP when either is the gold id, and an FP plus an FN when strict. System mentions with no gold mention
at their key are FPs; when the earlier judging saw the same mention its error type is reused, otherwise the row is
printed as NEW for a person to judge. Prints the counts and every non-TP row.
"""
import sys
from collections import defaultdict


def read_judgments(path):
    gold, seen = {}, {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("article\t"):
            continue
        f = line.rstrip("\n").split("\t")
        article, field, offset, mention, ctx, system_id, gold_id, verdict, error = f
        key = (article, field, int(offset))
        if gold_id != "-":
            gold[key] = (gold_id, mention, ctx, error)
        else:
            seen[key] = (mention, ctx, error)
    return gold, seen


def read_mentions(path, gold):
    system = defaultdict(lambda: {"ids": set(), "words": "", "ctx": ""})
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) < 9 or f[4] != "place":
            continue
        article, field, offset, words, _, pid, _, _, ctx = f[:9]
        key = (article, field, int(offset))
        if field == "dateline":
            same = sorted(k for k, g in gold.items() if k[0] == article and k[1] == "body" and g[1] == words)
            if same:
                key = same[0]
        system[key]["ids"].add(pid)
        system[key]["words"] = words
        system[key]["ctx"] = ctx
    return system


def main():
    gold, seen = read_judgments(sys.argv[1])
    system = read_mentions(sys.argv[2], gold)
    rows = []
    counts = {m: {"TP": 0, "FP": 0, "FN": 0} for m in ("lenient", "strict")}
    for key, (gold_id, mention, ctx, error) in sorted(gold.items()):
        ids = system.get(key, {"ids": set()})["ids"]
        if not ids:
            for m in counts:
                counts[m]["FN"] += 1
            rows.append(("FN", key, mention, "-", gold_id, error if error != "-" else "NEW: missed now", ctx))
            continue
        if gold_id in ids:
            counts["lenient"]["TP"] += 1
        else:
            counts["lenient"]["FP"] += 1
            counts["lenient"]["FN"] += 1
        if ids == {gold_id}:
            counts["strict"]["TP"] += 1
        else:
            counts["strict"]["FP"] += 1
            counts["strict"]["FN"] += 1
            rows.append(("TP~" if gold_id in ids else "WRONG", key, mention, "|".join(sorted(ids)), gold_id,
                         "kabupaten and kota both output" if gold_id in ids else "wrong place", ctx))
    for key, s in sorted(system.items()):
        if key in gold:
            continue
        for m in counts:
            counts[m]["FP"] += 1
        error = seen[key][2] if key in seen else "NEW: judge by hand"
        rows.append(("FP", key, s["words"], "|".join(sorted(s["ids"])), "-", error, s["ctx"]))

    n_gold = len(gold)
    print(f"gold mentions {n_gold}")
    for m, c in counts.items():
        p = c["TP"] / (c["TP"] + c["FP"]) if c["TP"] + c["FP"] else 0
        r = c["TP"] / (c["TP"] + c["FN"]) if c["TP"] + c["FN"] else 0
        print(f"{m}\tTP {c['TP']}\tFP {c['FP']}\tFN {c['FN']}\tprecision {p:.3f}\trecall {r:.3f}")
    for row in rows:
        verdict, (article, field, offset), words, ids, gold_id, error, ctx = row
        print("\t".join([verdict, article, field, str(offset), words, ids, gold_id, error, ctx]))


if __name__ == "__main__":
    main()
