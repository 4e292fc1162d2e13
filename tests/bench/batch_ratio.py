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

    tests/bench/batch_ratio.py --db /work/data/clickid-final.db [--runs 3] [--queries 1000] [--base TOOL]
    tests/bench/batch_ratio.py --db DB --stages [--slowest 20]

--stages: where the slowest TREC queries go instead. One run of the TREC
path per stage switch (all stages; --no-entity-boost; --no-collapse; no
re-ranking bonuses; none of the three) and of the bare loop, each with
--per-query; prints the mean CPU ms and block reads (read system calls)
over the --slowest queries of the run with all stages, and over all.

Queries: every k-th line of ../shared/ir/{facqa-news,tydiqa-goldp-id,
indosum-headline}/queries.tsv (questions and headlines), deterministic.
Times are CPU time per query (--cpu-time: steadier on a shared machine).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SETS = ("facqa-news", "tydiqa-goldp-id", "indosum-headline")


def sample(ir_dir, count):
    per_set = count // len(SETS)
    out = []
    for name in SETS:
        with open(os.path.join(ir_dir, name, "queries.tsv"), encoding="utf-8") as f:
            lines = [line.rstrip("\n") for line in f if "\t" in line]
        step = max(1, len(lines) // per_set)
        out += lines[::step][:per_set]
    return out


def run(tool, db, queries, modes):
    cmd = [tool, "--db", db, "--queries", queries, "--mode", modes, "--limit", "10", "--cpu-time"]
    result = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)["modes"]


STAGES = (("all stages", []), ("no entity boost", ["--no-entity-boost"]), ("no collapsing", ["--no-collapse"]),
          ("no re-ranking", ["--ranking", "lead=0,coverage=0,answer=0,topic_lead=0"]),
          ("none of the three", ["--no-entity-boost", "--no-collapse", "--ranking",
                                 "lead=0,coverage=0,answer=0,topic_lead=0"]))


def per_query(tool, db, queries, mode, extra, work):
    """query text -> (CPU ms, block reads) of one run."""
    out = os.path.join(work, "per-query.tsv")
    subprocess.run([tool, "--db", db, "--queries", queries, "--mode", mode, "--limit", "10", "--cpu-time",
                    "--per-query", out] + extra, capture_output=True, text=True, check=True)
    times = {}
    with open(out, encoding="utf-8") as f:
        for line in f:
            _, ms, reads, query = line.rstrip("\n").split("\t", 3)
            times[query] = (float(ms), int(reads))
    return times


def stages(args, path):
    work = tempfile.mkdtemp(prefix="batch-stages-")
    try:
        runs = [(name, per_query(args.tool, args.db, path, "telusur-nosnippet", extra, work)) for name, extra in STAGES]
        runs.append(("bare loop, same query", per_query(args.tool, args.db, path, "xapian-same", [], work)))
    finally:
        for name in os.listdir(work):
            os.unlink(os.path.join(work, name))
        os.rmdir(work)
    every = runs[0][1]
    slowest = sorted(every, key=lambda q: -every[q][0])[:args.slowest]
    print(f"TREC path by stage, CPU ms / block reads per query (mean), {len(every)} queries, {args.db}\n")
    print("| queries | " + " | ".join(name for name, _ in runs) + " |")
    print("|---|" + "---:|" * len(runs))
    for label, queries in ((f"{len(slowest)} slowest", slowest), ("all", list(every))):
        cells = []
        for _, times in runs:
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
    args = parser.parse_args()

    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
        queries = sample(args.ir_dir, args.queries)
        f.write("\n".join(queries) + "\n")
        path = f.name
    try:
        if args.stages:
            return stages(args, path)
        print(f"{len(queries)} queries, {args.db}, CPU ms per query (nearest-rank percentiles)\n")
        print("| run | mode | p50 ms | p99 ms | p99 / bare loop, same query | p99 / bare loop, QueryParser |")
        print("|---|---|---|---|---|---|")
        ratios = {}
        for r in range(1, args.runs + 1):
            rows = []
            if args.base:
                base = run(args.base, args.db, path, "telusur,telusur-nosnippet")
                rows += [("base build: --batch json (snippets, names)", base["telusur"]),
                         ("base build: --batch trec", base["telusur-nosnippet"])]
            modes = run(args.tool, args.db, path, "xapian-same,xapian,telusur,telusur-nosnippet")
            rows = [("bare loop, same query", modes["xapian-same"]),
                    ("bare loop, QueryParser", modes["xapian"])] + rows
            rows += [("--batch json (snippets, names)", modes["telusur"]),
                     ("--batch trec", modes["telusur-nosnippet"])]
            same, parser_loop = modes["xapian-same"]["p99_ms"], modes["xapian"]["p99_ms"]
            for name, m in rows:
                ratio = m["p99_ms"] / same if same else float("nan")
                ratios.setdefault(name, []).append(ratio)
                print(f"| {r} | {name} | {m['p50_ms']:.2f} | {m['p99_ms']:.2f} | {ratio:.2f}x | "
                      f"{m['p99_ms'] / parser_loop if parser_loop else float('nan'):.2f}x |")
        print("\np99 / bare loop (same query) per run:")
        for name, values in ratios.items():
            if not name.startswith("bare loop, same"):
                print(f"  {name}: " + ", ".join(f"{v:.2f}x" for v in values))
        print(f"load average after the runs: {os.getloadavg()[0]:.2f}")
    finally:
        os.unlink(path)


if __name__ == "__main__":
    sys.exit(main())
