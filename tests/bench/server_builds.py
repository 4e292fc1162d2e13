#!/usr/bin/env python3
"""Several builds' telusur-serve side by side on one database, in one run:
the server's CPU time per request (user + system, from /proc), throughput
and RSS, one thread and one client, after a warm-up that fills the caches.
CPU per request is the figure to read on a shared machine: other processes
slow the wall clock, much less the CPU a request needs. Rounds alternate
between the builds; prints medians and each build's ratio to the first.

  tests/bench/server_builds.py --db DB NAME=BINDIR [NAME=BINDIR ...]
                               [--rounds 3] [--warmup 1000] [--queries 1000]

BINDIR is a build folder (holding server/telusur-serve). Queries: those of
load_server.py (clickid titles and facqa questions, half each).
"""
import argparse, http.client, os, statistics, sys, time, urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import load_server  # noqa: E402


def cpu_seconds(pid):
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def rss_mb(pid):
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) / 1024
    return float('nan')


def send_all(port, queries):
    conn = http.client.HTTPConnection('127.0.0.1', port)
    for q in queries:
        conn.request('GET', '/search?' + urllib.parse.urlencode({'q': q, 'limit': 10}))
        reply = conn.getresponse()
        reply.read()
        if reply.status != 200:
            raise SystemExit(f'HTTP {reply.status} for {q!r}')
    conn.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--db', required=True)
    ap.add_argument('--rounds', type=int, default=3)
    ap.add_argument('--warmup', type=int, default=1000)
    ap.add_argument('--queries', type=int, default=1000)
    ap.add_argument('builds', nargs='+', help='NAME=BINDIR')
    a = ap.parse_args()
    builds = [b.split('=', 1) for b in a.builds]
    queries = load_server.load_queries(a.warmup + a.queries)
    warmup, measured = queries[:a.warmup], queries[a.warmup:]
    figures = {name: {'cpu_ms': [], 'qps': [], 'rss_mb': []} for name, _ in builds}
    for round_ in range(a.rounds):
        for name, bin_dir in builds:
            proc, port = load_server.start_server(bin_dir, a.db, 1)
            try:
                send_all(port, warmup)
                cpu0, start = cpu_seconds(proc.pid), time.monotonic()
                send_all(port, measured)
                wall, cpu = time.monotonic() - start, cpu_seconds(proc.pid) - cpu0
                figures[name]['cpu_ms'].append(1000 * cpu / len(measured))
                figures[name]['qps'].append(len(measured) / wall)
                figures[name]['rss_mb'].append(rss_mb(proc.pid))
            finally:
                proc.terminate()
                proc.wait()
            f = figures[name]
            print(f'round {round_ + 1} {name}: {f["cpu_ms"][-1]:.2f} ms CPU/request, {f["qps"][-1]:.0f} q/s, '
                  f'RSS {f["rss_mb"][-1]:.0f} MB', file=sys.stderr)
    first = builds[0][0]
    med = {name: {k: statistics.median(v) for k, v in f.items()} for name, f in figures.items()}
    print(f'{os.path.basename(os.path.normpath(a.db))}, {a.queries} requests after {a.warmup} warm-up, '
          f'1 thread, 1 client, median of {a.rounds} alternating rounds\n')
    print(f'| build | CPU ms / request | vs {first} | q/s | vs {first} | RSS MB |')
    print('|---|---:|---:|---:|---:|---:|')
    for name, _ in builds:
        m = med[name]
        print(f'| {name} | {m["cpu_ms"]:.2f} | {m["cpu_ms"] / med[first]["cpu_ms"]:.2f}x | {m["qps"]:.0f} | '
              f'{m["qps"] / med[first]["qps"]:.2f}x | {m["rss_mb"]:.0f} |')


if __name__ == '__main__':
    main()
