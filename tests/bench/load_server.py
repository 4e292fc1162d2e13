#!/usr/bin/env python3
"""telusur-serve under load, side by side with the batch path in one run.

  tests/bench/load_server.py [--db /work/data/clickid.db] [--bin build]
                             [--queries 1000] [--clients 1,4,16] [--threads 1,2]
                             [--runs 3] [--facets]

Queries: half clickid titles (../shared/corpus/clickid/articles.jsonl.gz,
seeded sample), half facqa questions (../shared/ir/facqa-news/queries.tsv).
For each --threads value a telusur-serve is started on a free loopback port
and each client count sends all the queries (GET /search, limit 10, the
default snippets, keep-alive connections, queries dealt round-robin to the
clients). The batch path is timed in the same run: `telusur-query --batch
--format json` (throughput, wall time of the process, start-up included) and
query_latency --mode telusur (per-query latency of the same
Searcher::search(), what --batch runs per query). "server CPU" is the server's
user+system CPU time over the wall time of the round (1.0 = one core busy),
"client CPU" the load client's (it shares the 2 cores with the server: what it
eats, the server cannot use). The default client is tests/bench/load_client
(C++, httplib, one keep-alive connection per client thread); --client python
keeps the earlier Python threads, which used about half a core.
Each figure is the median over --runs; rounds alternate between the servers and the batch path so a
drifting machine load hits all alike. Prints a Markdown table.
"""
import argparse, gzip, http.client, json, os, random, socket, statistics, subprocess, sys, tempfile, threading, time
import urllib.parse

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..'))
shared = os.path.normpath(os.path.join(root, '..', 'shared'))


def load_queries(count, seed=16):
    rng = random.Random(seed)
    titles = []
    with gzip.open(os.path.join(shared, 'corpus', 'clickid', 'articles.jsonl.gz'), 'rt', encoding='utf-8') as f:
        for line in f:
            title = json.loads(line).get('title', '').strip()
            if title:
                titles.append(' '.join(title.split()))
    questions = []
    with open(os.path.join(shared, 'ir', 'facqa-news', 'queries.tsv'), encoding='utf-8') as f:
        for line in f:
            if '\t' in line:
                questions.append(' '.join(line.split('\t', 1)[1].split()))
    half = count // 2
    return rng.sample(titles, half) + rng.sample(questions, count - half)


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def percentile(sorted_values, p):
    if not sorted_values:
        return float('nan')
    k = min(len(sorted_values) - 1, max(0, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def start_server(bin_dir, db, threads):
    port = free_port()
    proc = subprocess.Popen([os.path.join(bin_dir, 'server', 'telusur-serve'), '--db', db, '--threads', str(threads),
                             '--listen', f'127.0.0.1:{port}'], stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(('127.0.0.1', port), timeout=0.1).close()
            return proc, port
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit('telusur-serve did not start')


def search_paths(queries, facets=False):
    params = {'limit': 10, 'facets': 1} if facets else {'limit': 10}
    return ['/search?' + urllib.parse.urlencode({'q': q, **params}) for q in queries]


def run_clients_cpp(client_bin, port, queries, clients, work, facets=False):
    """All queries from the C++ load client's `clients` threads; returns (wall s, sorted latencies ms, errors,
    client CPU s)."""
    paths_file = os.path.join(work, f'paths-{len(queries)}.txt')
    if not os.path.exists(paths_file):
        with open(paths_file, 'w', encoding='utf-8') as f:
            f.write('\n'.join(search_paths(queries, facets)) + '\n')
    out = json.loads(subprocess.run([client_bin, '--port', str(port), '--paths', paths_file, '--clients', str(clients)],
                                    check=True, capture_output=True, text=True).stdout)
    return out['wall_s'], out['latencies_ms'], out['errors'], out['client_cpu_s']


def run_clients(port, queries, clients, facets=False):
    """All queries from `clients` Python threads; returns (wall s, sorted latencies ms, errors)."""
    latencies, errors = [], []
    lock = threading.Lock()
    paths = search_paths(queries, facets)

    def client(mine):
        conn = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
        local, bad = [], 0
        for path in mine:
            start = time.perf_counter()
            try:
                conn.request('GET', path)
                response = conn.getresponse()
                body = response.read()
                if response.status != 200 or not body.startswith(b'{'):
                    bad += 1
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
            local.append((time.perf_counter() - start) * 1000)
        conn.close()
        with lock:
            latencies.extend(local)
            errors.append(bad)

    threads = [threading.Thread(target=client, args=(paths[i::clients],)) for i in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, sorted(latencies), sum(errors)


def cpu_seconds(pid):
    """User + system CPU time of a process so far."""
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def run_batch(bin_dir, db, qfile, work):
    start = time.perf_counter()
    with open(os.path.join(work, 'batch.out'), 'w') as out:
        subprocess.run([os.path.join(bin_dir, 'query', 'telusur-query'), '--db', db, '--format', 'json', '--batch',
                        qfile], stdout=out, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def batch_latency(bin_dir, db, qfile):
    out = subprocess.run([os.path.join(bin_dir, 'tests', 'bench', 'query_latency'), '--db', db, '--queries', qfile,
                          '--mode', 'telusur', '--warmup', '0'], check=True, capture_output=True, text=True).stdout
    return json.loads(out)['modes']['telusur']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--db', default='/work/data/clickid.db')
    ap.add_argument('--bin', default=os.path.join(root, 'build'))
    ap.add_argument('--queries', type=int, default=1000)
    ap.add_argument('--clients', default='1,4,16')
    ap.add_argument('--threads', default='1,2')
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--client', choices=['cpp', 'python'], default='cpp',
                    help='load client: tests/bench/load_client of --bin (C++, little CPU) or Python threads')
    ap.add_argument('--facets', action='store_true', help='the servers\' searches with facets (facets=1)')
    a = ap.parse_args()
    client_bin = os.path.join(a.bin, 'tests', 'bench', 'load_client')
    if a.client == 'cpp' and not os.access(client_bin, os.X_OK):
        raise SystemExit(f'{client_bin} is missing: build the load_client target, or pass --client python')
    queries = load_queries(a.queries)
    clients = [int(c) for c in a.clients.split(',')]
    thread_counts = [int(t) for t in a.threads.split(',')]
    work = tempfile.mkdtemp(prefix='telusur-load-')
    qfile = os.path.join(work, 'queries.tsv')
    with open(qfile, 'w', encoding='utf-8') as f:
        for i, q in enumerate(queries):
            f.write(f'q{i}\t{q}\n')

    servers = {t: start_server(a.bin, a.db, t) for t in thread_counts}
    rows = {}  # (label, clients) -> lists of (qps, p50, p95, p99, errors)
    try:
        for t, (_, port) in servers.items():  # warm both servers' caches and searchers
            run_clients(port, queries[:200], 4, a.facets)
        for run in range(a.runs):
            wall = run_batch(a.bin, a.db, qfile, work)
            lat = batch_latency(a.bin, a.db, qfile)
            rows.setdefault(('telusur-query --batch', 1), []).append(
                (len(queries) / wall, lat['p50_ms'], lat['p95_ms'], lat['p99_ms'], 0, float('nan'), float('nan'),
                 os.getloadavg()[0]))
            for t, (proc, port) in servers.items():
                for c in clients:
                    cpu_before, client_before = cpu_seconds(proc.pid), time.process_time()
                    if a.client == 'cpp':
                        seconds, lat_ms, errors, client_cpu = run_clients_cpp(client_bin, port, queries, c, work,
                                                                              a.facets)
                    else:
                        seconds, lat_ms, errors = run_clients(port, queries, c, a.facets)
                        client_cpu = time.process_time() - client_before
                    cores = (cpu_seconds(proc.pid) - cpu_before) / seconds
                    client_cores = client_cpu / seconds
                    rows.setdefault((f'telusur-serve --threads {t}', c), []).append(
                        (len(queries) / seconds, percentile(lat_ms, 50), percentile(lat_ms, 95),
                         percentile(lat_ms, 99), errors, cores, client_cores, os.getloadavg()[0]))
            print(f'run {run + 1}/{a.runs} done', file=sys.stderr)
    finally:
        for proc, _ in servers.values():
            proc.terminate()
            proc.wait()

    med = {k: tuple(statistics.median(r[i] for r in v) for i in range(4)) + (sum(r[4] for r in v),) +
           tuple(statistics.median(r[i] for r in v) for i in range(5, 8))
           for k, v in rows.items()}
    base = med[('telusur-query --batch', 1)]
    print(f'{len(queries)} queries on {a.db}, {a.client} load client, medians of {a.runs} runs; '
          'errors summed over runs\n')
    print('| path | clients | queries/s | p50 ms | p95 ms | p99 ms | p99 / batch p99 | errors | server CPU (cores) '
          '| client CPU (cores) | load avg |')
    print('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
    blank = lambda x, f: '' if x != x else f'{x:{f}}'
    for (label, c), (qps, p50, p95, p99, errors, cores, client_cores, load) in med.items():
        print(f'| {label} | {c} | {qps:.1f} | {p50:.2f} | {p95:.2f} | {p99:.2f} | {p99 / base[3]:.2f} | {errors} '
              f'| {blank(cores, ".2f")} | {blank(client_cores, ".2f")} | {load:.1f} |')
    print(f'\nmachine load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores')
    if len(thread_counts) >= 2:
        lo, hi = min(thread_counts), max(thread_counts)
        for c in clients:
            ratio = med[(f'telusur-serve --threads {hi}', c)][0] / med[(f'telusur-serve --threads {lo}', c)][0]
            print(f'\nthroughput {hi} threads / {lo} thread at {c} clients: {ratio:.2f}x', end='')
        print()


if __name__ == '__main__':
    main()
