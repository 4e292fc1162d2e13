#!/usr/bin/env python3
"""Two builds of bench_stemmer side by side, in one run: words/s of Snowball,
the telusur stemmer uncached and with its per-thread cache. Runs alternate
between the builds (base, new, base, new, ...) so that the shared machine's
drifting load hits both alike; prints the median over --runs of each
benchmark and the ratio new/base.

  tests/bench/compare_stemmer.py --base OLD/bench_stemmer --new build/tests/bench/bench_stemmer [--runs 5]

The base binary is a build of the commit to compare with (e.g. main in a
separate build directory). Snowball does not depend on the build, so its
ratio shows how much the load alone moves the figures.
"""
import argparse, json, statistics, subprocess

BENCHMARKS = ['BM_Snowball/real_time', 'BM_TelusurUncached/real_time', 'BM_TelusurThreadLocalCache/real_time']


def run(binary):
    out = subprocess.run([binary, '--benchmark_format=json',
                          '--benchmark_filter=^(' + '|'.join(BENCHMARKS) + ')$'],
                         check=True, capture_output=True, text=True).stdout
    return {b['name']: b['words/s'] for b in json.loads(out)['benchmarks']}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--base', required=True)
    ap.add_argument('--new', required=True)
    ap.add_argument('--runs', type=int, default=5)
    args = ap.parse_args()
    results = {'base': {b: [] for b in BENCHMARKS}, 'new': {b: [] for b in BENCHMARKS}}
    for i in range(args.runs):
        for side in ('base', 'new'):
            for name, rate in run(getattr(args, side)).items():
                results[side][name].append(rate)
        print(f'run {i + 1}/{args.runs} done', flush=True)
    print(f'\n{"benchmark (words/s, median of %d)" % args.runs:44} {"base":>12} {"new":>12} {"new/base":>9}')
    for name in BENCHMARKS:
        base, new = statistics.median(results['base'][name]), statistics.median(results['new'][name])
        print(f'{name:44} {base / 1e6:11.2f}M {new / 1e6:11.2f}M {new / base:9.3f}')
        print(f'{"  runs base":44} ' + ' '.join(f'{r / 1e6:.2f}' for r in results['base'][name]))
        print(f'{"  runs new":44} ' + ' '.join(f'{r / 1e6:.2f}' for r in results['new'][name]))


if __name__ == '__main__':
    main()
