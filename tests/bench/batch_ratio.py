#!/usr/bin/env python3
"""Batch latency against the bare Xapian loop (issue 15), side by side.

Runs build/tests/bench/query_latency on one database, RUNS times, each run
timing in turn: Telusur's batch path (Searcher::search(), what
`telusur-query --batch` runs per query) with snippets and without (the TREC
path), the same with Xapian's pruning back on (`--ranking prune=on`, the
ranking before issue 15), and the bare Xapian Enquire loop (QueryParser,
get_mset(0, 10), nothing else). Prints p50/p99 per mode and run and the p99
ratios to the bare loop of the same run.

    tests/bench/batch_ratio.py --db /work/data/clickid.db [--runs 3] [--queries 1000]

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


def run(tool, db, queries, modes, ranking=None):
    cmd = [tool, "--db", db, "--queries", queries, "--mode", modes, "--limit", "10", "--cpu-time"]
    if ranking:
        cmd += ["--ranking", ranking]
    result = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)["modes"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--ir-dir", default=os.path.join(ROOT, "..", "shared", "ir"))
    parser.add_argument("--tool", default=os.path.join(ROOT, "build", "tests", "bench", "query_latency"))
    args = parser.parse_args()

    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
        queries = sample(args.ir_dir, args.queries)
        f.write("\n".join(queries) + "\n")
        path = f.name
    try:
        print(f"{len(queries)} queries, {args.db}, CPU ms per query (nearest-rank percentiles)\n")
        print("| run | mode | p50 ms | p99 ms | p99 / bare loop |")
        print("|---|---|---|---|---|")
        ratios = {}
        for r in range(1, args.runs + 1):
            modes = run(args.tool, args.db, path, "xapian,telusur,telusur-nosnippet")
            pruned = run(args.tool, args.db, path, "telusur,telusur-nosnippet", "prune=on")
            rows = [("bare Xapian loop", modes["xapian"])]
            rows += [("telusur --batch (snippets)", modes["telusur"]),
                     ("telusur TREC path (no snippets)", modes["telusur-nosnippet"]),
                     ("before: prune=on, snippets", pruned["telusur"]),
                     ("before: prune=on, no snippets", pruned["telusur-nosnippet"])]
            bare = modes["xapian"]["p99_ms"]
            for name, m in rows:
                ratio = m["p99_ms"] / bare if bare else float("nan")
                ratios.setdefault(name, []).append(ratio)
                print(f"| {r} | {name} | {m['p50_ms']:.2f} | {m['p99_ms']:.2f} | {ratio:.2f}x |")
        print("\np99 / bare loop per run:")
        for name, values in ratios.items():
            if name != "bare Xapian loop":
                print(f"  {name}: " + ", ".join(f"{v:.2f}x" for v in values))
    finally:
        os.unlink(path)


if __name__ == "__main__":
    sys.exit(main())
