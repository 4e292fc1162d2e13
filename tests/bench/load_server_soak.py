#!/usr/bin/env python3
"""telusur-serve soak: mixed valid and hostile requests from several clients
while telusur-index adds and deletes articles in the served database.

  tests/bench/load_server_soak.py [--db /work/data/clickid.db] [--bin build]
                                  [--minutes 10] [--clients 8] [--threads 2]

The database is copied to a temporary folder first (the original is only
read). Every --index-every seconds telusur-index adds --batch new articles
(ids soak-N, each with its own made-up word) and deletes some of those added
before. Client requests: searches (clickid titles, with and without facets,
date sort, paging), POST /search, POST /batch, /analyze, /stats, and hostile
ones (invalid UTF-8, unbalanced quotes, negative and huge limits, bad dates,
a 9,000-byte query, a 2 MB body, unknown paths). An error is a 5xx, a
dropped connection, a body that is not JSON, or a 4xx for a valid request /
a 2xx for a hostile one. Prints requests and errors by kind, the server's RSS
after the first minute and at the end, and whether every added article is
found (and every deleted one gone) at the end.
"""
import argparse, gzip, http.client, json, os, random, shutil, socket, subprocess, sys, tempfile, threading, time
import urllib.parse

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..'))
shared = os.path.normpath(os.path.join(root, '..', 'shared'))


def titles(count, seed=17):
    out = []
    with gzip.open(os.path.join(shared, 'corpus', 'clickid', 'articles.jsonl.gz'), 'rt', encoding='utf-8') as f:
        for line in f:
            t = ' '.join(json.loads(line).get('title', '').split())
            if t:
                out.append(t)
    return random.Random(seed).sample(out, count)


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def rss_kb(pid, field='VmRSS'):
    """VmRSS, or its parts: RssAnon (heap, stacks) and RssFile (the binary's
    pages touched so far, shared libraries)."""
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith(field + ':'):
                return int(line.split()[1])
    return 0


def made_up_word(n):
    # A word no article has: letters only, so the analyzer keeps it whole.
    letters = 'bcdfghjklmnpqrstvwxyz'
    word = ''
    n += 1000
    while n:
        word += letters[n % len(letters)]
        n //= len(letters)
    return 'soakzq' + word


def requests_for(queries, rng):
    """(kind, method, path, body, expect_ok) for one request."""
    q = rng.choice(queries)
    enc = lambda params: urllib.parse.urlencode(params)
    choice = rng.randrange(14)
    if choice == 0:
        return 'search', 'GET', '/search?' + enc({'q': q}), None, True
    if choice == 1:
        return 'search+facets', 'GET', '/search?' + enc({'q': q, 'facets': 1}), None, True
    if choice == 2:
        return 'search+sort+page', 'GET', '/search?' + enc({'q': q, 'sort': 'date', 'offset': 10, 'limit': 20}), None, True
    if choice == 3:
        return 'post-search', 'POST', '/search', json.dumps({'q': q, 'limit': 5, 'facets': True}), True
    if choice == 4:
        body = ''.join(json.dumps({'qid': str(i), 'query': rng.choice(queries)}) + '\n' for i in range(5))
        return 'batch', 'POST', '/batch?limit=3', body, True
    if choice == 5:
        return 'analyze', 'GET', '/analyze?' + enc({'text': q}), None, True
    if choice == 6:
        return 'stats', 'GET', '/stats', None, True
    if choice == 7:
        return 'hostile-utf8', 'GET', '/search?q=' + urllib.parse.quote(q) + '%FF%FE', None, False
    if choice == 8:
        return 'hostile-quote', 'GET', '/search?' + enc({'q': '"' + q}), None, False
    if choice == 9:
        return 'hostile-limit', 'GET', '/search?' + enc({'q': q, 'limit': rng.choice([-1, 0, 10**9, 'x'])}), None, False
    if choice == 10:
        return 'hostile-date', 'GET', '/search?' + enc({'q': q, 'from': '2024-13-45'}), None, False
    if choice == 11:
        return 'hostile-long', 'POST', '/search', json.dumps({'q': ('kata ' * 1800)}), False
    if choice == 12:
        return 'hostile-body', 'POST', '/batch', ' ' * (2 << 20), False
    return 'hostile-path', 'GET', rng.choice(['/../../etc/passwd', '/search/../x', '/admin', '/%00']), None, False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--db', default='/work/data/clickid.db')
    ap.add_argument('--bin', default=os.path.join(root, 'build'))
    ap.add_argument('--minutes', type=float, default=10)
    ap.add_argument('--clients', type=int, default=8)
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--index-every', type=float, default=10)
    ap.add_argument('--batch', type=int, default=20)
    ap.add_argument('--server-prefix', default='',
                    help="command the server runs under, e.g. 'heaptrack -o /tmp/serve' (where memory goes)")
    a = ap.parse_args()
    queries = titles(2000)
    work = tempfile.mkdtemp(prefix='telusur-soak-')
    db = os.path.join(work, 'db')
    shutil.copytree(a.db, db)
    port = free_port()
    server = subprocess.Popen(a.server_prefix.split() + [os.path.join(a.bin, 'server', 'telusur-serve'), '--db', db, '--threads',
                               str(a.threads), '--listen', f'127.0.0.1:{port}'], stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(('127.0.0.1', port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)

    stop = threading.Event()
    lock = threading.Lock()
    counts, errors, samples = {}, {}, []

    def client(seed):
        rng = random.Random(seed)
        conn = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
        while not stop.is_set():
            kind, method, path, body, expect_ok = requests_for(queries, rng)
            problem = None
            try:
                headers = {'Content-Type': 'application/json'} if body is not None else {}
                conn.request(method, path, body=body.encode() if body else None, headers=headers)
                response = conn.getresponse()
                data = response.read()
                status = response.status
                if status >= 500:
                    problem = f'{status}'
                elif expect_ok and status != 200:
                    problem = f'{status} for a valid request'
                elif not expect_ok and status < 400:
                    problem = f'{status} for a hostile request'
                elif kind != 'batch':
                    json.loads(data)
                if response.getheader('Connection', '').lower() == 'close':
                    conn.close()
                    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
            except (OSError, http.client.HTTPException, ValueError) as e:
                # The server closes the connection after refusing a 2 MB body
                # it did not read: a reset there is the refusal, not an error.
                if kind != 'hostile-body':
                    problem = type(e).__name__
                conn.close()
                conn = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
            with lock:
                counts[kind] = counts.get(kind, 0) + 1
                if problem:
                    errors[kind] = errors.get(kind, 0) + 1
                    if len(samples) < 10:
                        samples.append(f'{kind} {method} {path[:80]}: {problem}')
        conn.close()

    added, deleted = [], []
    index_runs, index_failures = [0], [0]

    def indexer():
        n = 0
        rng = random.Random(5)
        while not stop.wait(a.index_every):
            lines = []
            for _ in range(a.batch):
                word = made_up_word(n)
                lines.append(json.dumps({'id': f'soak-{n}', 'title': f'Artikel uji {word}', 'date': '2024-12-31',
                                         'source': 'Soak', 'body': f'Artikel uji ketahanan dengan kata {word}.'}))
                added.append((n, word))
                n += 1
            path = os.path.join(work, 'add.jsonl')
            with open(path, 'w') as f:
                f.write('\n'.join(lines) + '\n')
            args = [os.path.join(a.bin, 'indexer', 'telusur-index'), '-q', '--db', db, path]
            live = [x for x in added[:-a.batch] if x not in deleted]
            gone = rng.sample(live, min(len(live), a.batch // 4))
            if gone:
                args += ['--delete'] + [f'soak-{i}' for i, _ in gone]
            ok = subprocess.run(args, stderr=subprocess.DEVNULL).returncode == 0
            index_runs[0] += 1
            if ok:
                deleted.extend(gone)
            else:
                index_failures[0] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(a.clients)] + [threading.Thread(target=indexer)]
    start = time.monotonic()
    rss_start = rss_kb(server.pid)
    for t in threads:
        t.start()
    # RSS each minute: a leak grows steadily, a cache or the allocator's
    # retained pages level off.
    rss_by_minute, anon_by_minute, file_by_minute = [], [], []
    while time.monotonic() - start < a.minutes * 60:
        time.sleep(max(0.0, min(60.0 * (len(rss_by_minute) + 1), a.minutes * 60) - (time.monotonic() - start)))
        rss_by_minute.append(rss_kb(server.pid))
        anon_by_minute.append(rss_kb(server.pid, 'RssAnon'))
        file_by_minute.append(rss_kb(server.pid, 'RssFile'))
    rss_first_minute = rss_by_minute[0]
    stop.set()
    for t in threads:
        t.join()
    rss_end = rss_kb(server.pid)
    elapsed = time.monotonic() - start

    time.sleep(1)  # the last commit reaches every searcher
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
    missing, present_deleted = [], []
    for i, word in added:
        conn.request('GET', '/search?' + urllib.parse.urlencode({'q': word}))
        ids = [r['id'] for r in json.loads(conn.getresponse().read())['results']]
        want = [] if (i, word) in deleted else [f'soak-{i}']
        if ids != want:
            (present_deleted if (i, word) in deleted else missing).append(f'soak-{i}')
    conn.close()
    alive = server.poll() is None
    server.terminate()
    server.wait()
    shutil.rmtree(work, ignore_errors=True)

    total = sum(counts.values())
    print(f'{elapsed / 60:.1f} min, {a.clients} clients, {a.threads} searching threads, {total} requests '
          f'({total / elapsed:.1f}/s), {sum(errors.values())} errors; server alive at the end: {alive}')
    print(f'indexing runs: {index_runs[0]} ({index_failures[0]} failed); articles added {len(added)}, '
          f'deleted {len(deleted)}; added not found: {len(missing)}; deleted still found: {len(present_deleted)}')
    print(f'RSS: start {rss_start / 1024:.0f} MB, after 1 min {rss_first_minute / 1024:.0f} MB, '
          f'end {rss_end / 1024:.0f} MB ({100 * (rss_end - rss_first_minute) / max(1, rss_first_minute):+.1f} %)')
    print('RSS by minute (MB): ' + ' '.join(f'{kb / 1024:.0f}' for kb in rss_by_minute))
    print('  of which RssAnon: ' + ' '.join(f'{kb / 1024:.0f}' for kb in anon_by_minute))
    print('  of which RssFile: ' + ' '.join(f'{kb / 1024:.0f}' for kb in file_by_minute))
    print('\n| request | count | errors |\n|---|---:|---:|')
    for kind in sorted(counts):
        print(f'| {kind} | {counts[kind]} | {errors.get(kind, 0)} |')
    for s in samples:
        print('error:', s)
    return 0 if alive and not errors and not missing and not present_deleted else 1


if __name__ == '__main__':
    sys.exit(main())
