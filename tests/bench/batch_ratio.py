#!/usr/bin/env python3
"""Batch latency against the bare Xapian loop (issue 15), side by side.

Runs build/tests/bench/query_latency on one database, RUNS times, each run
timing in turn: Telusur's batch path (Searcher::search(), what
`telusur-query --batch` runs per query) with snippets and entity names
(--format json/text) and fitted to --format trec (no snippets, no entity
names), and two bare Xapian Enquire loops:
  - "bare loop, same query" (the fair one, the ratio's denominator):
    Telusur's own parsed query for each query text, prepared before timing,
    Xapian's default BM25Weight, get_mset(0, 10), each result's document
    data read;
  - "bare loop, QueryParser" (the loop of earlier sessions): Xapian's
    QueryParser on the text (STEM_SOME, default OR), get_mset(0, 10),
    nothing read.
With --base TOOL (query_latency of another build, e.g. main's) the Telusur
modes of that build run in the same run, before this build's.
Prints p50/p99 per mode and run and the p99 ratios to the bare loops.

    tests/bench/batch_ratio.py --db /work/data/clickid-final.db [--runs 3] [--queries 1000] [--base TOOL] [--repeat 5]
    tests/bench/batch_ratio.py --db DB --stages [--slowest 20]

A query's time is the median of --repeat timings (default 5), one per pass;
the percentiles are over queries. Each pass is one query_latency process per
mode (fresh handles, as a new batch process has), the modes taking turns
pass by pass, so a noisy stretch of the machine falls on one pass of each
mode instead of on one mode's only timing. In a pass every mode first runs
the same --warmup queries (99: 33 a set) untimed (other lines of the same query sets,
never timed: a timed query meets the per-process caches its predecessors
in the batch left, never its own earlier run), then the batch in order.
One untimed pass of every mode runs first (page cache, code). The tool's
own --warmup runs the file's first lines before timing them all; the script
puts the warm-up queries there and keeps only the batch's timings, so it
times main's query_latency (--base) the same way.

--stages: where the slowest TREC queries go instead. The TREC path per
stage switch (all stages; --no-entity-boost; --no-collapse; no re-ranking
bonuses; none of the three) and the bare loop, measured as above; prints
the mean CPU ms and block reads (read system calls; per-query medians) over
the --slowest queries of the one with all stages, and over all.

Queries: every k-th line of ../shared/ir/{facqa-news,tydiqa-goldp-id,
indosum-headline}/queries.tsv (questions and headlines), deterministic.
Times are CPU time per query (--cpu-time: steadier on a shared machine).
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SETS = ("facqa-news", "tydiqa-goldp-id", "indosum-headline")


def sample(ir_dir, count, warmup):
    """(the batch, warm-up queries from lines between the batch's), as `qid<TAB>query` lines."""
    per_set, warm_per_set = count // len(SETS), warmup // len(SETS)
    batch, warm = [], []
    for name in SETS:
        with open(os.path.join(ir_dir, name, "queries.tsv"), encoding="utf-8") as f:
            lines = [line.rstrip("\n") for line in f if "\t" in line and line.split("\t", 1)[1].strip()]
        step = max(1, len(lines) // per_set)
        batch += lines[::step][:per_set]
        if step > 1:
            warm += lines[step // 2::step][:warm_per_set]
    return batch, warm


def timed_pass(tool, db, path, warmup, mode, extra):
    """One process, one mode: (CPU ms, block reads) of each query of the batch, in order."""
    with tempfile.NamedTemporaryFile("r", suffix=".tsv", encoding="utf-8") as out:
        subprocess.run([tool, "--db", db, "--queries", path, "--mode", mode, "--limit", "10", "--cpu-time",
                        "--warmup", str(warmup), "--per-query", out.name] + extra,
                       capture_output=True, text=True, check=True)
        rows = [line.rstrip("\n").split("\t", 3) for line in out]
    return [(float(ms), int(reads)) for _, ms, reads, _ in rows[warmup:]]


def percentile(values, p):
    """Nearest rank, as query_latency's."""
    ranked = sorted(values)
    return ranked[max(1, min(len(ranked), math.ceil(p / 100 * len(ranked) - 1e-9))) - 1]


def measure(jobs, db, path, warmup, repeat):
    """jobs: name -> (tool, mode, extra arguments). Per name, each query's
    median (CPU ms, block reads) over `repeat` passes after one untimed pass."""
    timings = {name: [] for name in jobs}
    for r in range(repeat + 1):
        for name, (tool, mode, extra) in jobs.items():
            one = timed_pass(tool, db, path, warmup, mode, extra)
            if r > 0:
                timings[name].append(one)
    return {name: [(statistics.median(p[i][0] for p in passes), statistics.median(p[i][1] for p in passes))
                   for i in range(len(passes[0]))]
            for name, passes in timings.items()}


STAGES = (("all stages", []), ("no entity boost", ["--no-entity-boost"]), ("no collapsing", ["--no-collapse"]),
          ("no re-ranking", ["--ranking", "lead=0,coverage=0,answer=0,topic_lead=0"]),
          ("none of the three", ["--no-entity-boost", "--no-collapse", "--ranking",
                                 "lead=0,coverage=0,answer=0,topic_lead=0"]))


def stages(args, path, warmup):
    jobs = {name: (args.tool, "telusur-nosnippet", extra) for name, extra in STAGES}
    jobs["bare loop, same query"] = (args.tool, "xapian-same", [])
    runs = measure(jobs, args.db, path, warmup, args.repeat)
    every = runs["all stages"]
    slowest = sorted(range(len(every)), key=lambda i: -every[i][0])[:args.slowest]
    print(f"TREC path by stage, CPU ms / block reads per query (mean of per-query medians of {args.repeat}), "
          f"{len(every)} queries, {args.db}\n")
    print("| queries | " + " | ".join(runs) + " |")
    print("|---|" + "---:|" * len(runs))
    for label, queries in ((f"{len(slowest)} slowest", slowest), ("all", range(len(every)))):
        cells = []
        for times in runs.values():
            ms = sum(times[q][0] for q in queries) / len(queries)
            reads = sum(times[q][1] for q in queries) / len(queries)
            cells.append(f"{ms:.2f} / {reads:.0f}")
        print(f"| {label} | " + " | ".join(cells) + " |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--ir-dir", default=os.path.join(ROOT, "..", "shared", "ir"))
    parser.add_argument("--tool", default=os.path.join(ROOT, "build", "tests", "bench", "query_latency"))
    parser.add_argument("--base", help="query_latency of a base build, timed in the same runs")
    parser.add_argument("--stages", action="store_true", help="the slowest TREC queries' time and reads by stage")
    parser.add_argument("--slowest", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5, help="passes per mode; a query's time is their median")
    parser.add_argument("--warmup", type=int, default=100, help="untimed warm-up queries at each pass's start")
    args = parser.parse_args()

    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
        queries, warm = sample(args.ir_dir, args.queries, args.warmup)
        f.write("\n".join(warm + queries) + "\n")
        path = f.name
    try:
        if args.stages:
            return stages(args, path, len(warm))
        jobs = {"bare loop, same query": (args.tool, "xapian-same", []),
                "bare loop, QueryParser": (args.tool, "xapian", [])}
        if args.base:
            jobs["base build: --batch json (snippets, names)"] = (args.base, "telusur", [])
            jobs["base build: --batch trec"] = (args.base, "telusur-nosnippet", [])
        jobs["--batch json (snippets, names)"] = (args.tool, "telusur", [])
        jobs["--batch trec"] = (args.tool, "telusur-nosnippet", [])
        print(f"{len(queries)} queries, {args.db}, CPU ms per query: the median of {args.repeat} passes "
              f"(nearest-rank percentiles over queries)\n")
        print("| run | mode | p50 ms | p99 ms | p99 / bare loop, same query | p99 / bare loop, QueryParser |")
        print("|---|---|---|---|---|---|")
        ratios = {}
        for r in range(1, args.runs + 1):
            times = measure(jobs, args.db, path, len(warm), args.repeat)
            p99 = {name: percentile([ms for ms, _ in t], 99) for name, t in times.items()}
            same, parser_loop = p99["bare loop, same query"], p99["bare loop, QueryParser"]
            for name, t in times.items():
                ratio = p99[name] / same if same else float("nan")
                ratios.setdefault(name, []).append(ratio)
                print(f"| {r} | {name} | {percentile([ms for ms, _ in t], 50):.2f} | {p99[name]:.2f} | {ratio:.2f}x | "
                      f"{p99[name] / parser_loop if parser_loop else float('nan'):.2f}x |")
        print("\np99 / bare loop (same query) per run:")
        for name, values in ratios.items():
            if not name.startswith("bare loop, same"):
                print(f"  {name}: " + ", ".join(f"{v:.2f}x" for v in values))
        print(f"load average after the runs: {os.getloadavg()[0]:.2f}")
    finally:
        os.unlink(path)


if __name__ == "__main__":
    sys.exit(main())
