#!/usr/bin/env python3
"""The cost of facets, two builds side by side in one run (issue 14: facets
add at most 20 % to a query's median time).

  chrt -f 10 tests/bench/facet_latency.py --base /tmp/base8/query_latency \\
      [--this build/tests/bench/query_latency] [--db /work/data/clickid-m8.db] \\
      [--queries /tmp/br-q.tsv] [--rounds 5]

Each round runs, for the base build then this one, `query_latency --mode
telusur` without and with --facets, timed two ways:
  wall  the wall clock: the latency a user sees (a faceted query's second
        thread, search.cpp FacetThread, overlaps the page where a core is free);
  cpu   the process's CPU time (--process-cpu-time): the work per query, the
        second thread's included (what a saturated server pays).
Both builds need --process-cpu-time for the cpu rows; a base without it
(before session 19) is timed by its thread's CPU time (--cpu-time), which
is the same there: it searches on one thread. Prints per round and the
medians over rounds of p50 / p90 (ms) and the faceted / plain ratios.
"""
import argparse, math, os, statistics, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..'))


def supports(binary, flag):
    usage = subprocess.run([binary, '--help'], capture_output=True, text=True)
    return flag in usage.stdout + usage.stderr


def percentile(values, p):
    """Nearest rank, as query_latency's."""
    values = sorted(values)
    return values[min(len(values), max(1, math.ceil(p / 100 * len(values) - 1e-6))) - 1]


def run(binary, db, queries, clock, facets):
    """(p50, p90) ms of one run, from each query's time (--per-query: a base
    build may print no p90)."""
    with tempfile.NamedTemporaryFile('r', suffix='.tsv') as per_query:
        cmd = [binary, '--db', db, '--queries', queries, '--mode', 'telusur', '--per-query', per_query.name]
        if clock:
            cmd.append(clock)
        if facets:
            cmd.append('--facets')
        subprocess.run(cmd, check=True, capture_output=True)
        ms = [float(line.split('\t')[1]) for line in per_query if line.startswith('telusur\t')]
    return percentile(ms, 50), percentile(ms, 90)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--base', required=True, help='query_latency of the base build')
    ap.add_argument('--this', default=os.path.join(root, 'build', 'tests', 'bench', 'query_latency'))
    ap.add_argument('--db', default='/work/data/clickid-m8.db')
    ap.add_argument('--queries', default='/tmp/br-q.tsv')
    ap.add_argument('--rounds', type=int, default=5)
    a = ap.parse_args()
    builds = {'base': a.base, 'this': a.this}
    clocks = {name: {'wall': None,
                     'cpu': '--process-cpu-time' if supports(b, '--process-cpu-time') else '--cpu-time'}
              for name, b in builds.items()}
    # (build, clock, facets) -> [(p50, p90) per round]
    results = {}
    for r in range(a.rounds):
        for name, binary in builds.items():
            for clock, flag in clocks[name].items():
                for facets in (False, True):
                    results.setdefault((name, clock, facets), []).append(run(binary, a.db, a.queries, flag, facets))
        row = []
        for name in builds:
            for clock in ('wall', 'cpu'):
                plain, faceted = results[(name, clock, False)][-1], results[(name, clock, True)][-1]
                row.append(f'{name} {clock} {plain[0]:.2f}/{faceted[0]:.2f} ({faceted[0] / plain[0]:.2f}x)')
        print(f'round {r + 1}: ' + '; '.join(row) + f'; load {os.getloadavg()[0]:.1f}', file=sys.stderr)

    def med(key, i):
        return statistics.median(v[i] for v in results[key])

    print(f'{a.queries} on {a.db}, medians of {a.rounds} rounds (ms); cpu: {clocks["base"]["cpu"]} (base), '
          f'{clocks["this"]["cpu"]} (this)\n')
    print('| build | clock | plain p50 | faceted p50 | p50 ratio | plain p90 | faceted p90 | p90 ratio |')
    print('|---|---|---:|---:|---:|---:|---:|---:|')
    for name in builds:
        for clock in ('wall', 'cpu'):
            p50 = [med((name, clock, f), 0) for f in (False, True)]
            p90 = [med((name, clock, f), 1) for f in (False, True)]
            # The ratio of each round, then its median: rounds drift together.
            r50 = statistics.median(f[0] / p[0] for p, f in zip(results[(name, clock, False)],
                                                                 results[(name, clock, True)]))
            r90 = statistics.median(f[1] / p[1] for p, f in zip(results[(name, clock, False)],
                                                                 results[(name, clock, True)]))
            print(f'| {name} | {clock} | {p50[0]:.2f} | {p50[1]:.2f} | {r50:.2f} | {p90[0]:.2f} | {p90[1]:.2f} '
                  f'| {r90:.2f} |')
    print(f'\nload average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores')


if __name__ == '__main__':
    main()
