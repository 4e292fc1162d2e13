#!/usr/bin/env python3
"""Cold start: one telusur-query process per query, side by side with Xapian's
`quest` over scriptindex's database of the same dump, in one run.

Each query runs once per system per round, systems interleaved, so machine
noise falls on all of them alike. Reports, per system, the median wall time
and peak RSS over every (query, round), and the ratio of wall times to quest.
Called by startup.sh (which installs xapian-omega and GNU time). Python 3
standard library only; see docs/benchmarks.md ("Cold start").
"""

import argparse
import os
import random
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_peers  # noqa: E402  (measuring children, inputs, scriptindex)


def systems(args, telusur_db, quest_db):
    q = args.telusur_query
    found = {
        "quest (scriptindex db)": lambda text: ["quest", "-d", quest_db, "-s", "indonesian", "-m", "10", text],
        "telusur-query (default)": lambda text: [q, "--db", telusur_db, text],
        "telusur-query --format trec": lambda text: [q, "--db", telusur_db, "--format", "trec", text],
        "telusur-query --entity-boost 0": lambda text: [q, "--db", telusur_db, "--entity-boost", "0", text],
    }
    if args.base_query:  # another build (and its database, if the schema differs), side by side
        b, bdb = args.base_query, args.base_db or telusur_db
        found["base: telusur-query (default)"] = lambda text: [b, "--db", bdb, text]
        found["base: telusur-query --format trec"] = lambda text: [b, "--db", bdb, "--format", "trec", text]
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build", help="build folder with query/telusur-query and indexer/telusur-index")
    ap.add_argument("--dump", default="../shared/corpus/clickid/articles.jsonl.gz")
    ap.add_argument("--db", help="an existing telusur database of the dump (else indexed into the work folder)")
    ap.add_argument("--ir", default="../shared/ir", help="IR gold folders: queries are sampled from them")
    ap.add_argument("--queries", type=int, default=50)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--base-query", help="a second telusur-query binary to compare (e.g. an older build)")
    ap.add_argument("--base-db", help="its database (default: --db)")
    ap.add_argument("--work", help="scratch folder (default: a temporary one, removed at the end)")
    args = ap.parse_args()
    args.telusur_query = os.path.join(args.build, "query", "telusur-query")
    args.telusur_index = os.path.join(args.build, "indexer", "telusur-index")
    args.telusur_arg = []

    work = args.work or tempfile.mkdtemp(prefix="telusur-startup-")
    run_peers.RSS_DIR[0] = work
    articles = run_peers.read_dump(args.dump, 0)
    inp = run_peers.prepare_inputs(articles, 1, os.path.join(work, "input"))
    run_peers.log(f"{len(articles)} articles; indexing with scriptindex")
    quest_db = run_peers.index_scriptindex(args, inp, work)["db"]
    telusur_db = args.db
    if not telusur_db:
        run_peers.log("indexing with telusur-index")
        telusur_db = run_peers.index_telusur(args, inp, work)["db"]
    queries_tsv = os.path.join(work, "queries.tsv")
    run_peers.sample_queries(args.ir, args.queries, args.seed, queries_tsv)
    with open(queries_tsv, encoding="utf-8") as f:
        queries = [line.rstrip("\n").split("\t", 1)[1] for line in f if "\t" in line]

    cmds = systems(args, telusur_db, quest_db)
    samples = {name: [] for name in cmds}
    rng = random.Random(args.seed)
    for r in range(args.runs):
        run_peers.log(f"round {r + 1}/{args.runs}: {len(queries)} queries x {len(cmds)} systems")
        for text in queries:
            order = list(cmds)
            rng.shuffle(order)
            for name in order:
                samples[name].append(run_peers.run_measured(cmds[name](text)))

    quest_wall = statistics.median(m["wall_s"] for m in samples["quest (scriptindex db)"])
    print(f"Cold start, one process per query: {len(articles)} articles of {os.path.basename(args.dump)}, "
          f"{len(queries)} queries x {args.runs} rounds; medians")
    print()
    print("| command | wall (ms) | peak RSS (MB) | wall / quest |")
    print("|---|---|---|---|")
    for name, ms in samples.items():
        wall = statistics.median(m["wall_s"] for m in ms)
        rss = statistics.median(m["rss_mb"] for m in ms)
        print(f"| {name} | {wall * 1000:.1f} | {rss:.1f} | {wall / quest_wall:.2f} |")
    if not args.work:
        run_peers.rmrf(work)


if __name__ == "__main__":
    main()
