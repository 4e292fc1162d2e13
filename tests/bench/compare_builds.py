#!/usr/bin/env python3
"""Two builds of Telusur side by side on one dump, in one run: indexing wall
time, and per-query latency of the batch path (query_latency's `telusur`
mode: what `telusur-query --batch` runs per query, snippets included).
Runs alternate between the builds (base, new, base, new, ...) so that the
shared machine's drifting load hits both alike; prints medians over --runs
and each figure's ratio new/base.

  tests/bench/compare_builds.py --base DIR --new DIR [--runs 3] [--dump FILE]
                                [--queries FILE ...] [--max-queries 1000]
                                [--db DB]

--db times the queries of both builds on one database already built (a
change that leaves the index alone), without indexing.

DIR holds telusur-index and query_latency (for the working tree:
build/indexer/telusur-index and build/tests/bench/query_latency, e.g. copied
into one folder). Default queries: IndoSum headlines and facqa questions
from ../shared/ir, half each.
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, '..', '..', '..', 'shared')


def index(bin_dir, dump, db):
    shutil.rmtree(db, ignore_errors=True)
    start = time.monotonic()
    subprocess.run([os.path.join(bin_dir, 'telusur-index'), '-q', '--db', db, dump], check=True)
    return time.monotonic() - start


def latency(bin_dir, db, queries):
    out = subprocess.run([os.path.join(bin_dir, 'query_latency'), '--db', db, '--queries', queries,
                          '--mode', 'telusur'], check=True, capture_output=True, text=True).stdout
    return json.loads(out)['modes']['telusur']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--base', required=True)
    ap.add_argument('--new', required=True)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--dump', default=os.path.join(shared, 'corpus', 'clickid', 'articles.jsonl.gz'))
    ap.add_argument('--queries', nargs='*', default=[os.path.join(shared, 'ir', 'indosum-headline', 'queries.tsv'),
                                                     os.path.join(shared, 'ir', 'facqa-news', 'queries.tsv')])
    ap.add_argument('--max-queries', type=int, default=1000)
    ap.add_argument('--db', help='time queries on this database; no indexing')
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix='telusur-compare-')
    try:
        per_file = a.max_queries // len(a.queries)
        lines = []
        for path in a.queries:
            with open(path, encoding='utf-8') as f:
                lines += [l for l in f if l.strip()][:per_file]
        qfile = os.path.join(work, 'queries.tsv')
        with open(qfile, 'w', encoding='utf-8') as f:
            f.writelines(lines)
        results = {'base': {'index_s': [], 'p50_ms': [], 'p99_ms': []},
                   'new': {'index_s': [], 'p50_ms': [], 'p99_ms': []}}
        for run in range(a.runs):
            for name in ('base', 'new'):
                bin_dir = getattr(a, name)
                db = a.db or os.path.join(work, name + '.db')
                if not a.db:
                    results[name]['index_s'].append(index(bin_dir, a.dump, db))
                m = latency(bin_dir, db, qfile)
                results[name]['p50_ms'].append(m['p50_ms'])
                results[name]['p99_ms'].append(m['p99_ms'])
                indexed = '' if a.db else f'index {results[name]["index_s"][-1]:.1f} s, '
                print(f'run {run + 1} {name}: {indexed}p50 {m["p50_ms"]:.2f} ms, p99 {m["p99_ms"]:.2f} ms',
                      file=sys.stderr)
        print(f'{os.path.basename(a.db or a.dump)}, {len(lines)} queries, median of {a.runs} alternating runs')
        print(f'{"figure":10} {"base":>10} {"new":>10} {"new/base":>9}')
        for key in ('p50_ms', 'p99_ms') if a.db else ('index_s', 'p50_ms', 'p99_ms'):
            b = statistics.median(results['base'][key])
            n = statistics.median(results['new'][key])
            print(f'{key:10} {b:10.2f} {n:10.2f} {n / b:9.2f}')
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
