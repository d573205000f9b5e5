#!/usr/bin/env python3
"""Reindex benchmark (issue 6): `telusur reindex` against the plain-Xapian single-writer baseline, same input, same run.

  benchmarks/reindex/run.py --build build --corpus ../shared/data/corpora/click-id.jsonl --runs 3

Each run, alternating: the baseline (xapian_baseline_index, TermGenerator + Snowball, one writer), a full telusur
reindex on all cores (--jobs N --shards N, N = nproc), the same with one shard (--shards 1: analysis on N threads,
one writer), then an incremental reindex of that index with 1% of the articles edited. Every program is timed with
/usr/bin/time (wall, user+sys CPU, peak RSS). Then peak memory of a full reindex at two corpus sizes (the corpus and
a synthetic archive --scale times its size made by ../scale/generate_archive.py) and two --commit-every settings, and with --queries the search latency
of each size (telusur_query_latency --snippets: 2000 queries after 100 untimed). --growth-only skips the comparison.
Prints markdown tables for RESULTS.md.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile


def timed(command):
    """Runs command; returns (wall s, cpu s, peak RSS MB)."""
    result = subprocess.run(["/usr/bin/time", "-f", "TIME %e %U %S %M"] + command,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    line = [l for l in result.stderr.splitlines() if l.startswith("TIME ")][-1]
    if result.returncode not in (0, 3):
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
    wall, user, system, rss = line.split()[1:]
    return float(wall), float(user) + float(system), int(rss) / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scale", type=int, default=3, help="the larger archive for the memory measurement, in multiples of the corpus")
    parser.add_argument("--work", default=None, help="scratch folder (default: a temporary one)")
    parser.add_argument("--queries", default=None, help="qid<TAB>query file for search latency at each size")
    parser.add_argument("--growth-only", action="store_true", help="only the memory and latency by size")
    parser.add_argument("--compare-only", action="store_true", help="only the comparison with the baseline")
    parser.add_argument("--commit-every", default=None, help="for telusur's full runs (default: the command's)")
    args = parser.parse_args()

    cores = os.cpu_count()
    telusur = os.path.join(args.build, "cli", "telusur")
    baseline = os.path.join(args.build, "benchmarks", "reindex", "xapian_baseline_index")
    here = os.path.dirname(os.path.abspath(__file__))
    work = args.work or tempfile.mkdtemp(prefix="reindex-bench-")
    os.makedirs(work, exist_ok=True)
    mb = os.path.getsize(args.corpus) / 1e6
    articles = sum(1 for _ in open(args.corpus, encoding="utf-8"))

    edited = os.path.join(work, "edited.jsonl")
    with open(edited, "w") as out:
        subprocess.run([sys.executable, os.path.join(here, "synthesize.py"), args.corpus, "--change", "0.01"],
                       stdout=out, check=True)

    def reindex(db, inputs, *options):
        return timed([telusur, "reindex", "--quiet", "--db", db] + list(options) + inputs)

    if not args.growth_only:
        compare(args, cores, telusur, baseline, work, mb, articles, edited, reindex)
    if not args.compare_only:
        growth(args, cores, here, work, reindex)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


def compare(args, cores, telusur, baseline, work, mb, articles, edited, reindex):
    rows = {"baseline": [], "full": [], "full1": [], "incremental": []}
    batch = ["--commit-every", args.commit_every] if args.commit_every else []
    for run in range(1, args.runs + 1):
        db = os.path.join(work, f"db-{run}")
        rows["baseline"].append(timed([baseline, args.corpus, db + "-baseline"]))
        rows["full"].append(reindex(db, [args.corpus], "--full", "--jobs", str(cores), "--shards", str(cores), *batch))
        rows["incremental"].append(reindex(db, [edited]))
        rows["full1"].append(reindex(db + "-one", [args.corpus], "--full", "--jobs", str(cores), "--shards", "1",
                                     *batch))
        print(f"run {run}: " + ", ".join(f"{k} {v[-1][0]:.1f} s" for k, v in rows.items()), file=sys.stderr)
        for path in (db, db + "-baseline", db + "-one"):
            shutil.rmtree(path, ignore_errors=True)

    base_wall = statistics.median(r[0] for r in rows["baseline"])
    base_cpu = statistics.median(r[1] for r in rows["baseline"])
    full_wall = statistics.median(r[0] for r in rows["full"])
    print(f"Corpus: {args.corpus} ({articles:,} articles, {mb:.1f} MB); {cores} cores; medians of {args.runs} runs; "
          f"commit-every {args.commit_every or 'default'}.\n")
    print("| run | wall s | cpu s | MB/s | x baseline MB/s | cpu x baseline | peak RSS MB | each run, wall s |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    names = {"baseline": "xapian baseline (1 writer)",
             "full": f"telusur reindex --full --jobs {cores} --shards {cores}",
             "full1": f"telusur reindex --full --jobs {cores} --shards 1",
             "incremental": "telusur reindex, 1% edited"}
    for key, name in names.items():
        wall = statistics.median(r[0] for r in rows[key])
        cpu = statistics.median(r[1] for r in rows[key])
        rss = statistics.median(r[2] for r in rows[key])
        each = ", ".join(f"{r[0]:.1f}" for r in rows[key])
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {mb / wall:.2f} | {base_wall / wall:.2f} | {cpu / base_cpu:.2f} "
              f"| {rss:.0f} | {each} |")
    incremental = statistics.median(r[0] for r in rows["incremental"])
    print(f"\nIncremental (1% edited) / full: {incremental / full_wall:.3f} of the full run's wall time.\n")



def growth(args, cores, here, work, reindex):
    bigger = os.path.join(work, f"x{args.scale}.jsonl")
    with open(bigger, "w") as out:
        # A synthetic archive of `scale` times the articles, from the corpus's vocabulary and lengths (copies of the
        # corpus itself would be near-duplicates, which search folds together).
        articles = args.scale * sum(1 for line in open(args.corpus, encoding="utf-8") if line.strip())
        subprocess.run([sys.executable, os.path.join(here, "..", "scale", "generate_archive.py"), "--articles",
                        str(articles), args.corpus], stdout=out, check=True)
    latency = os.path.join(args.build, "benchmarks", "scale", "telusur_query_latency")
    print("| input | articles | MB | commit-every | wall s | peak RSS MB | search p50 ms | search p99 ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, path in (("corpus", args.corpus), (f"synthetic x{args.scale} (generate_archive.py)", bigger)):
        count = sum(1 for _ in open(path, encoding="utf-8"))
        for commit_every in (10000, 1000):
            db = os.path.join(work, "memory")
            wall, _, rss = reindex(db, [path], "--full", "--jobs", str(cores), "--shards", str(cores),
                                   "--commit-every", str(commit_every))
            p50 = p99 = "-"
            if args.queries and commit_every == 10000:
                out = subprocess.run([latency, "--db", db, "--queries", args.queries, "--snippets"], capture_output=True, text=True, check=True).stdout
                fields = out.split()
                p50, p99 = fields[fields.index("p50_ms") + 1], fields[fields.index("p99_ms") + 1]
            shutil.rmtree(db, ignore_errors=True)
            print(f"| {name} | {count:,} | {os.path.getsize(path) / 1e6:.1f} | {commit_every} | {wall:.1f} | {rss:.0f} "
                  f"| {p50} | {p99} |", flush=True)

if __name__ == "__main__":
    main()
