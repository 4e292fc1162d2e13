#!/usr/bin/env python3
"""Peer benchmark: Telusur against Omega's scriptindex (Xapian), PostgreSQL 15
full-text search and SQLite FTS5 on the same dump, same machine, same run.

Called by run_peers.sh (which installs the Debian packages and cleans up);
python3 standard library only. See docs/benchmarks.md for what each number
means. Internal sub-commands (_sqlite_index, _sqlite_query) run the SQLite
side in a child process so that its CPU time and peak RSS are its own.
"""

import argparse
import csv
import datetime
import glob
import gzip
import json
import os
import random
import re
import resource
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time

PG_BIN = "/usr/lib/postgresql/15/bin"
WARMUP = 100  # queries run untimed before each timed batch (the first ones of the sample)
SYSTEMS = ["telusur", "telusur-noent", "scriptindex", "postgresql", "sqlite"]

# Omega index script, mirroring what telusur-index writes as far as
# scriptindex can: title under S and unprefixed (weight 3), body, unique Q id,
# hashed U url, source and category as boolean terms, display fields stored
# as document data (body included, as Telusur stores it for snippets).
SCRIPTINDEX_SCRIPT = """\
id : field boolean=Q unique=Q
title : field weight=3 index=S index
body : field index
url : field hash boolean=U
source : field lower boolean=XSRC
category : field lower boolean=XCAT
date : field
"""


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# measuring child processes

def run_measured(cmd, stdout=subprocess.DEVNULL, stdin=None, env=None, cwd=None):
    """Runs cmd; returns dict(wall, cpu, rss_mb) from wait4's rusage."""
    # Peak RSS through GNU time: a child of this (large) python process
    # inherits its high-water mark across exec, so wait4's ru_maxrss would
    # never report less than python's own RSS.
    rss_file = os.path.join(RSS_DIR[0], f"rss.{os.getpid()}.{time.monotonic_ns()}")
    cmd = ["/usr/bin/time", "-f", "%M", "-o", rss_file] + list(cmd)
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, stdin=stdin, env=env, cwd=cwd)
    err_chunks = []
    t = threading.Thread(target=lambda: err_chunks.append(p.stderr.read()))
    t.start()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    t.join()
    p.returncode = os.waitstatus_to_exitcode(status)
    err = b"".join(err_chunks).decode(errors="replace")
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[5]} failed with status {p.returncode}:\n{err[-3000:]}")
    try:
        with open(rss_file) as f:
            rss_mb = int(f.read().split()[-1]) / 1024.0
        os.remove(rss_file)
    except (OSError, ValueError, IndexError):
        rss_mb = ru.ru_maxrss / 1024.0
    return {"wall_s": wall, "cpu_s": ru.ru_utime + ru.ru_stime, "rss_mb": rss_mb, "stderr": err}


RSS_DIR = ["/tmp"]  # set to the work directory by main()


def du_mb(path):
    total = 0
    if os.path.isfile(path):
        return os.path.getsize(path) / 1e6
    for root, _, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(root, f))
            except OSError:
                pass
    return total / 1e6


def rmrf(path):
    if os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)
    elif os.path.exists(path):
        os.remove(path)


# --------------------------------------------------------------------------
# input preparation (untimed)

def read_dump(path, limit):
    opener = gzip.open if open(path, "rb").read(2) == b"\x1f\x8b" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if not isinstance(d, dict) or not d.get("body"):
                continue
            out.append(d)
            if limit and len(out) >= limit:
                break
    return out


def si_value(v):
    v = str(v).replace("\r\n", "\n").replace("\r", "\n")
    return v.replace("\n", "\n=")


def prepare_inputs(articles, factor, outdir):
    """Writes the dump repeated factor times (copies get id suffix -rN) in
    each system's input format. Returns paths and sizes."""
    os.makedirs(outdir, exist_ok=True)
    p = {k: os.path.join(outdir, n) for k, n in
         [("jsonl", "articles.jsonl"), ("si", "articles.scriptindex"), ("csv", "articles.csv")]}
    n = 0
    text_bytes = 0
    with open(p["jsonl"], "w", encoding="utf-8") as fj, open(p["si"], "w", encoding="utf-8") as fs, \
            open(p["csv"], "w", encoding="utf-8", newline="") as fc:
        cw = csv.writer(fc, quoting=csv.QUOTE_ALL, lineterminator="\n")
        for r in range(1, factor + 1):
            for a in articles:
                a = dict(a)
                base = str(a.get("id") or "")
                a["id"] = base if r == 1 else f"{base}-r{r}"
                title, body = str(a.get("title") or ""), str(a.get("body") or "")
                text_bytes += len(title.encode()) + len(body.encode())
                fj.write(json.dumps(a, ensure_ascii=False) + "\n")
                for key in ("id", "title", "body", "date", "source", "url", "category"):
                    if a.get(key):
                        fs.write(f"{key}={si_value(a[key])}\n")
                fs.write("\n")
                cw.writerow([a["id"], title.replace("\x00", ""), body.replace("\x00", "")])
                n += 1
    for f in p.values():
        os.chmod(f, 0o644)
    p["articles"] = n
    p["text_mb"] = text_bytes / 1e6
    return p


def sample_queries(ir_dir, count, seed, out_path):
    pool = []
    sources = []
    for path in sorted(glob.glob(os.path.join(ir_dir, "*", "queries.tsv"))):
        bench = os.path.basename(os.path.dirname(path))
        n0 = len(pool)
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n").rstrip("\r")
                if "\t" not in line:
                    continue
                qid, q = line.split("\t", 1)
                q = " ".join(q.split())
                if q:
                    pool.append((f"{bench}:{qid}", q))
        sources.append(f"{bench} ({len(pool) - n0})")
    if not pool:
        raise SystemExit(f"no queries.tsv under {ir_dir}")
    rng = random.Random(seed)
    sample = rng.sample(pool, min(count, len(pool)))
    with open(out_path, "w", encoding="utf-8") as f:
        for qid, q in sample:
            f.write(f"{qid}\t{q}\n")
    os.chmod(out_path, 0o644)
    return sample, sources


# --------------------------------------------------------------------------
# PostgreSQL: a throwaway cluster in the work directory

class Postgres:
    def __init__(self, workdir):
        self.dir = os.path.join(workdir, "pg")
        self.data = os.path.join(self.dir, "data")
        self.sock = os.path.join(self.dir, "sock")
        self.port = free_port()
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.started = False

    def start(self):
        os.makedirs(self.sock, exist_ok=True)
        if self.as_user:
            shutil.chown(self.dir, "postgres", "postgres")
            shutil.chown(self.sock, "postgres", "postgres")
        subprocess.run(self.as_user + [f"{PG_BIN}/initdb", "-D", self.data, "-U", "postgres", "--auth=trust",
                                       "-E", "UTF8", "--locale=C.UTF-8"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        opts = f"-c listen_addresses='' -c unix_socket_directories='{self.sock}' -p {self.port}"
        subprocess.run(self.as_user + [f"{PG_BIN}/pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "log"),
                                       "-o", opts, "-w", "start"],
                       check=True, stdout=subprocess.DEVNULL)
        self.started = True
        self.psql_cmd(["-d", "postgres", "-c", "CREATE DATABASE bench"])

    def stop(self):
        if self.started:
            subprocess.run(self.as_user + [f"{PG_BIN}/pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.started = False

    def psql(self, db="bench"):
        return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", self.sock, "-p", str(self.port),
                "-U", "postgres", "-d", db]

    def psql_cmd(self, args, db="bench"):
        args = list(args)
        if "-d" in args:
            i = args.index("-d")
            db = args[i + 1]
            del args[i:i + 2]
        r = subprocess.run(self.psql(db) + ["-At"] + args, check=True, capture_output=True, text=True)
        return r.stdout.strip()

    def postmaster_pid(self):
        with open(os.path.join(self.data, "postmaster.pid")) as f:
            return int(f.readline())

    def cluster_cpu_s(self):
        """CPU seconds of the postmaster, its live children and its reaped
        children (backends that exited)."""
        tick = os.sysconf("SC_CLK_TCK")
        pm = self.postmaster_pid()
        total = 0
        st = proc_stat(pm)
        if st:
            total += st[13] + st[14] + st[15] + st[16]  # utime stime cutime cstime
        for pid in children(pm):
            st = proc_stat(pid)
            if st:
                total += st[13] + st[14]
        return total / tick


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def proc_stat(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            s = f.read()
        rest = s[s.rindex(")") + 2:].split()
        return [None, None] + [int(x) if x.lstrip("-").isdigit() else x for x in rest]
    except (OSError, ValueError):
        return None


def children(pid):
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            st = proc_stat(int(d))
            if st and st[3] == pid:
                out.append(int(d))
    return out


def vm_hwm_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


class BackendRssPoller:
    """Polls the peak RSS (VmHWM, shared buffers included) of the cluster's
    backends while a load runs."""

    def __init__(self, pg):
        self.pg, self.peak, self._stop = pg, 0.0, threading.Event()
        self.t = threading.Thread(target=self.run, daemon=True)

    def run(self):
        pm = self.pg.postmaster_pid()
        while not self._stop.is_set():
            for pid in children(pm):
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as f:
                        cmd = f.read()
                except OSError:
                    continue
                if b"bench" in cmd:
                    self.peak = max(self.peak, vm_hwm_mb(pid))
            self._stop.wait(0.05)

    def __enter__(self):
        self.t.start()
        return self

    def __exit__(self, *a):
        self._stop.set()
        self.t.join()


# --------------------------------------------------------------------------
# the systems: index (timed), size, queries

def record_xapian_size(m, db):
    """Adds the database's size, and its size and time after xapian-compact, to m."""
    m["size_mb"] = du_mb(db)
    comp = db + ".compact"
    rmrf(comp)
    t0 = time.perf_counter()
    subprocess.run(["xapian-compact", db, comp], check=True, stdout=subprocess.DEVNULL)
    m["compact_s"] = time.perf_counter() - t0
    m["compacted_mb"] = du_mb(comp)
    rmrf(comp)
    m["db"] = db
    return m


def index_telusur(args, inp, work, extra=()):
    db = os.path.join(work, "telusur.db")
    rmrf(db)
    cmd = [args.telusur_index, "--db", db, "-q"] + args.telusur_arg + list(extra) + [inp["jsonl"]]
    m = run_measured(cmd)
    return record_xapian_size(m, db)


def index_scriptindex(args, inp, work):
    db = os.path.join(work, "scriptindex.db")
    script = os.path.join(work, "telusur.script")
    with open(script, "w") as f:
        f.write(SCRIPTINDEX_SCRIPT)
    rmrf(db)
    m = run_measured(["scriptindex", "--stemmer=indonesian", "--overwrite", db, script, inp["si"]])
    return record_xapian_size(m, db)


PG_LOAD = """\
SET client_min_messages = warning;
DROP TABLE IF EXISTS docs;
CREATE TABLE docs (
  id text PRIMARY KEY,
  title text,
  body text,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('indonesian', coalesce(title, '') || ' ' || body)) STORED
);
COPY docs (id, title, body) FROM '{csv}' WITH (FORMAT csv);
CREATE INDEX docs_tsv ON docs USING gin (tsv);
"""

PG_QUERIES = """\
SET client_min_messages = warning;
DROP TABLE IF EXISTS q; DROP TABLE IF EXISTS qt;
CREATE TABLE q (n int, qid text, query text);
COPY q (qid, query) FROM '{tsv}' WITH (FORMAT text);
UPDATE q SET n = s.n FROM (SELECT ctid AS c, row_number() OVER () AS n FROM q) s WHERE q.ctid = s.c;
CREATE TABLE qt (n int, ms float8, hits int);
ANALYZE;
DO $$
DECLARE r record; t0 timestamptz; c int; tq tsquery;
BEGIN
  FOR pass IN 1..2 LOOP  -- pass 1 (first {warmup} queries) warms the caches, pass 2 is timed
    FOR r IN SELECT n, query FROM q WHERE pass = 2 OR n <= {warmup} ORDER BY n LOOP
      t0 := clock_timestamp();
      -- any-word (OR) query, as the other systems run it
      tq := replace(plainto_tsquery('indonesian', r.query)::text, ' & ', ' | ')::tsquery;
      SELECT count(*) INTO c FROM (
        SELECT id FROM docs WHERE tsv @@ tq ORDER BY ts_rank(tsv, tq) DESC LIMIT 10) s;
      IF pass = 2 THEN
        INSERT INTO qt VALUES (r.n, extract(epoch FROM clock_timestamp() - t0) * 1000, c);
      END IF;
    END LOOP;
  END LOOP;
END $$;
"""


def index_postgres(args, inp, work, pg):
    sql = os.path.join(work, "pg_load.sql")
    with open(sql, "w") as f:
        f.write(PG_LOAD.format(csv=inp["csv"]))
    os.chmod(sql, 0o644)
    pg.psql_cmd(["-c", "DROP TABLE IF EXISTS docs"])
    pg.psql_cmd(["-c", "CHECKPOINT"])
    cpu0 = pg.cluster_cpu_s()
    with BackendRssPoller(pg) as poller:
        m = run_measured(pg.psql() + ["-f", sql])
    time.sleep(0.3)  # let the postmaster reap the backend (its CPU time counts then)
    m["cpu_s"] += pg.cluster_cpu_s() - cpu0
    m["rss_mb"] = max(m["rss_mb"], poller.peak)
    m["size_mb"] = int(pg.psql_cmd(["-c", "SELECT pg_total_relation_size('docs')"])) / 1e6
    m["gin_mb"] = int(pg.psql_cmd(["-c", "SELECT pg_relation_size('docs_tsv')"])) / 1e6
    return m


def query_postgres(args, queries_tsv, work, pg):
    sql = os.path.join(work, "pg_queries.sql")
    # COPY text format: the queries file is qid<TAB>query, no backslashes expected
    clean = os.path.join(work, "queries_pg.tsv")
    with open(queries_tsv, encoding="utf-8") as f, open(clean, "w", encoding="utf-8") as g:
        for line in f:
            g.write(line.replace("\\", "\\\\"))
    os.chmod(clean, 0o644)
    with open(sql, "w") as f:
        f.write(PG_QUERIES.replace("{tsv}", clean).replace("{warmup}", str(WARMUP)))
    os.chmod(sql, 0o644)
    t0 = time.perf_counter()
    subprocess.run(pg.psql() + ["-f", sql], check=True, stdout=subprocess.DEVNULL)
    total = time.perf_counter() - t0
    out = pg.psql_cmd(["-c", "SELECT count(*), percentile_disc(0.5) WITHIN GROUP (ORDER BY ms), "
                             "percentile_disc(0.95) WITHIN GROUP (ORDER BY ms), "
                             "percentile_disc(0.99) WITHIN GROUP (ORDER BY ms), avg(ms), sum(hits) FROM qt"])
    n, p50, p95, p99, mean, hits = out.split("|")
    return {"count": int(n), "p50_ms": float(p50), "p95_ms": float(p95), "p99_ms": float(p99),
            "mean_ms": float(mean), "results": int(hits or 0), "errors": 0, "script_s": total}


def index_sqlite(args, inp, work):
    db = os.path.join(work, "fts5.sqlite")
    rmrf(db)
    m = run_measured([sys.executable, os.path.abspath(__file__), "_sqlite_index", db, inp["jsonl"]])
    m["size_mb"] = du_mb(db)
    m["db"] = db
    return m


def query_latency_tool(args, db, queries_tsv, modes, stemmer=None):
    cmd = [args.query_latency, "--db", db, "--queries", queries_tsv, "--mode", modes, "--limit", "10",
           "--warmup", str(WARMUP)]
    if stemmer:
        cmd += ["--stemmer", stemmer]
    r = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(r.stdout)["modes"]


def query_telusur_batch(args, db, queries_tsv):
    m = run_measured([args.telusur_query, "--db", db, "--batch", queries_tsv, "--format", "jsonl",
                      "--limit", "10", "--highlight", "none"])
    return m


def query_sqlite(args, db, queries_tsv):
    r = subprocess.run([sys.executable, os.path.abspath(__file__), "_sqlite_query", db, queries_tsv],
                       check=True, capture_output=True, text=True)
    return json.loads(r.stdout)


# SQLite children -----------------------------------------------------------

def sqlite_index_main(db, jsonl):
    con = sqlite3.connect(db)
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body)")  # unicode61, no stemming

    def rows():
        with open(jsonl, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                yield d.get("id"), d.get("title") or "", d.get("body") or ""

    with con:
        con.executemany("INSERT INTO docs (id, title, body) VALUES (?, ?, ?)", rows())
    con.close()


def percentiles(ms):
    s = sorted(ms)

    def p(q):
        if not s:
            return 0.0
        k = max(1, min(len(s), int(q / 100.0 * len(s) + 0.999999)))
        return s[k - 1]
    return {"count": len(s), "p50_ms": p(50), "p95_ms": p(95), "p99_ms": p(99),
            "mean_ms": sum(s) / len(s) if s else 0.0}


def sqlite_query_main(db, queries_tsv):
    con = sqlite3.connect(db)
    qs = []
    with open(queries_tsv, encoding="utf-8") as f:
        for line in f:
            q = line.rstrip("\n").split("\t", 1)[-1]
            toks = re.findall(r"\w+", q.lower())
            qs.append(" OR ".join('"' + t.replace('"', '""') + '"' for t in toks))
    sql = "SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10"
    for q in qs[:WARMUP]:  # warm-up, untimed
        if q:
            con.execute(sql, (q,)).fetchall()
    ms, hits, errors = [], 0, 0
    for q in qs:
        t0 = time.perf_counter()
        try:
            if q:
                hits += len(con.execute(sql, (q,)).fetchall())
        except sqlite3.Error:
            errors += 1
        ms.append((time.perf_counter() - t0) * 1000)
    r = percentiles(ms)
    r.update(results=hits, errors=errors)
    print(json.dumps(r))


# --------------------------------------------------------------------------
# one scale factor: runs, medians

def median_of(runs, key):
    vals = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(vals) if vals else None


def run_scale(args, articles, factor, queries_tsv, work, pg, systems, nruns):
    sdir = os.path.join(work, f"x{factor}")
    log(f"scale {factor}x: writing inputs ({len(articles) * factor} articles) ...")
    inp = prepare_inputs(articles, factor, sdir)
    log(f"scale {factor}x: {inp['articles']} articles, {inp['text_mb']:.1f} MB of title+body text")
    rows = {}  # row name -> list of per-run dicts
    nq = args.queries
    if factor > 1 and 0 < args.scale_queries < args.queries:
        # Every system gets the same first N queries of the sample.
        nq = args.scale_queries
        short = os.path.join(sdir, "queries.tsv")
        with open(queries_tsv, encoding="utf-8") as f, open(short, "w", encoding="utf-8") as g:
            g.writelines(line for _, line in zip(range(nq), f))
        queries_tsv = short
        log(f"scale {factor}x: the first {nq} queries of the sample")

    def add(name, d):
        rows.setdefault(name, []).append(d)

    for run in range(1, nruns + 1):
        for system in systems:
            log(f"scale {factor}x run {run}/{nruns}: {system}")
            if system == "telusur":
                m = index_telusur(args, inp, sdir)
                lat = query_latency_tool(args, m["db"], queries_tsv, "telusur,telusur-nosnippet,xapian")
                b = query_telusur_batch(args, m["db"], queries_tsv)
                add("telusur", dict(m, **{k: lat["telusur"][k] for k in ("p50_ms", "p95_ms", "p99_ms", "mean_ms")},
                                    q_errors=lat["telusur"]["errors"], q_results=lat["telusur"]["results"]))
                add("telusur Searcher, no snippets", {k: lat["telusur-nosnippet"][k] for k in (
                    "p50_ms", "p95_ms", "p99_ms", "mean_ms")})
                add("telusur db, bare Xapian loop", {k: lat["xapian"][k] for k in ("p50_ms", "p95_ms", "p99_ms",
                                                                                    "mean_ms")})
                add("telusur-query --batch", {"batch_wall_s": b["wall_s"], "batch_cpu_s": b["cpu_s"],
                                              "rss_mb": b["rss_mb"],
                                              "mean_ms": b["wall_s"] * 1000 / nq})
                rmrf(m["db"])
            elif system == "telusur-noent":
                # The same without entity tagging (work the peers do not do).
                m = index_telusur(args, inp, sdir, ["--no-entities"])
                lat = query_latency_tool(args, m["db"], queries_tsv, "telusur")
                add("telusur --no-entities", dict(m, **{k: lat["telusur"][k] for k in ("p50_ms", "p95_ms", "p99_ms",
                                                                                      "mean_ms")}))
                rmrf(m["db"])
            elif system == "scriptindex":
                m = index_scriptindex(args, inp, sdir)
                lat = query_latency_tool(args, m["db"], queries_tsv, "xapian", stemmer="indonesian")
                add("scriptindex (Omega)", dict(m, **{k: lat["xapian"][k] for k in ("p50_ms", "p95_ms", "p99_ms",
                                                                                    "mean_ms")}))
                rmrf(m["db"])
            elif system == "postgresql":
                m = index_postgres(args, inp, sdir, pg)
                q = query_postgres(args, queries_tsv, sdir, pg)
                add("postgresql 15", dict(m, **{k: q[k] for k in ("p50_ms", "p95_ms", "p99_ms", "mean_ms")}))
                pg.psql_cmd(["-c", "DROP TABLE docs"])
            elif system == "sqlite":
                m = index_sqlite(args, inp, sdir)
                q = query_sqlite(args, m["db"], queries_tsv)
                add("sqlite fts5", dict(m, **{k: q[k] for k in ("p50_ms", "p95_ms", "p99_ms", "mean_ms")}))
                rmrf(m["db"])
    for f in ("jsonl", "si", "csv"):
        rmrf(inp[f])

    keys = ["wall_s", "cpu_s", "rss_mb", "size_mb", "compacted_mb", "gin_mb", "compact_s", "p50_ms", "p95_ms",
            "p99_ms", "mean_ms", "batch_wall_s", "batch_cpu_s"]
    med = {}
    for name, rs in rows.items():
        d = {k: median_of(rs, k) for k in keys}
        d = {k: v for k, v in d.items() if v is not None}
        if "wall_s" in d and name not in ("telusur-query --batch",):
            d["articles_per_s"] = inp["articles"] / d["wall_s"]
            d["mb_per_s"] = inp["text_mb"] / d["wall_s"]
        med[name] = d
    clean_runs = {n: [{k: v for k, v in r.items() if k not in ("stderr", "db")} for r in rs]
                  for n, rs in rows.items()}
    return {"factor": factor, "synthetic": factor > 1, "articles": inp["articles"], "text_mb": inp["text_mb"],
            "runs": nruns, "queries": nq, "median": med, "per_run": clean_runs, "ratios": ratios(med)}


def ratios(med):
    t = med.get("telusur")
    if not t:
        return {}
    out = {}
    for name, d in med.items():
        if name in ("telusur", "telusur-query --batch"):
            continue
        r = {}
        if "wall_s" in d:
            r["index_speed_x"] = d["wall_s"] / t["wall_s"]       # >1: telusur indexes faster
            r["index_cpu_x"] = d["cpu_s"] / t["cpu_s"]
            r["size_x"] = t["size_mb"] / d["size_mb"]             # <1: telusur's index is smaller
        for p in ("p50_ms", "p95_ms", "p99_ms"):
            if p in d and d[p] > 0:
                r[p.replace("_ms", "_x")] = t[p] / d[p]           # >1: telusur is slower per query
        out[name] = r
    return out


# --------------------------------------------------------------------------
# output

def fmt(v, nd=1):
    if v is None:
        return "-"
    if isinstance(v, float):
        if abs(v) >= 1000:
            return f"{v:,.0f}"
        return f"{v:.{nd}f}"
    return str(v)


def print_table(res, out=sys.stdout):
    f = res["factor"]
    syn = " (synthetic: the dump repeated with new ids)" if res["synthetic"] else ""
    print(f"\n## {f}x: {res['articles']:,} articles, {res['text_mb']:.1f} MB title+body text{syn}; "
          f"median of {res['runs']} run(s); {res.get('queries', 1000):,} queries timed\n", file=out)
    hdr = ["system", "articles/s", "MB/s", "wall s", "CPU s", "peak RSS MB", "index MB", "compacted MB",
           "q p50 ms", "q p95 ms", "q p99 ms"]
    print("| " + " | ".join(hdr) + " |", file=out)
    print("|" + "|".join(["---"] + ["---:"] * (len(hdr) - 1)) + "|", file=out)
    for name, d in res["median"].items():
        if name == "telusur-query --batch":
            cells = [name + f" ({res.get('queries', 1000):,} queries, one process)", "-", "-", fmt(d.get("batch_wall_s"), 2),
                     fmt(d.get("batch_cpu_s"), 2), fmt(d.get("rss_mb"), 0), "-", "-",
                     f"mean {fmt(d.get('mean_ms'), 2)}", "-", "-"]
        else:
            cells = [name, fmt(d.get("articles_per_s"), 0), fmt(d.get("mb_per_s"), 2), fmt(d.get("wall_s"), 2),
                     fmt(d.get("cpu_s"), 2), fmt(d.get("rss_mb"), 0), fmt(d.get("size_mb"), 0),
                     fmt(d.get("compacted_mb"), 0), fmt(d.get("p50_ms"), 3), fmt(d.get("p95_ms"), 3),
                     fmt(d.get("p99_ms"), 3)]
        print("| " + " | ".join(cells) + " |", file=out)
    if res["ratios"]:
        print("\nRatios (other / telusur for indexing time; telusur / other for size and latency):\n", file=out)
        print("| telusur vs | indexing: telusur N x faster | CPU N x less | index size x | "
              "p50 x | p95 x | p99 x |", file=out)
        print("|---|---:|---:|---:|---:|---:|---:|", file=out)
        for name, r in res["ratios"].items():
            print(f"| {name} | {fmt(r.get('index_speed_x'), 2)} | {fmt(r.get('index_cpu_x'), 2)} | "
                  f"{fmt(r.get('size_x'), 2)} | {fmt(r.get('p50_x'), 2)} | {fmt(r.get('p95_x'), 2)} | "
                  f"{fmt(r.get('p99_x'), 2)} |", file=out)


def print_growth(results, out=sys.stdout):
    if len(results) < 2:
        return
    base = results[0]
    print(f"\n## Growth relative to {base['factor']}x (time, size, p50, p99 as multiples)\n", file=out)
    print("| system | scale | articles | wall x | index size x | p50 x | p99 x |", file=out)
    print("|---|---:|---:|---:|---:|---:|---:|", file=out)
    for name in base["median"]:
        if name == "telusur-query --batch":
            continue
        b = base["median"][name]
        for res in results[1:]:
            d = res["median"].get(name)
            if not d:
                continue

            def x(k):
                return fmt(d[k] / b[k], 2) if d.get(k) and b.get(k) else "-"
            print(f"| {name} | {res['factor']}x | {res['articles']:,} | {x('wall_s')} | {x('size_mb')} | "
                  f"{x('p50_ms')} | {x('p99_ms')} |", file=out)


def versions(args):
    def first_line(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except Exception:
            return "?"
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return {
        "telusur_git": first_line(["git", "-C", repo, "describe", "--always", "--dirty"]),
        "telusur_index": first_line([args.telusur_index, "--version"]),
        "scriptindex": first_line(["scriptindex", "--version"]),
        "xapian_compact": first_line(["xapian-compact", "--version"]),
        "postgres": first_line([f"{PG_BIN}/postgres", "--version"]),
        "sqlite": sqlite3.sqlite_version,
        "python": sys.version.split()[0],
        "nproc": os.cpu_count(),
        "loadavg_at_start": open("/proc/loadavg").read().split()[:3],
        "kernel": os.uname().release,
    }


# --------------------------------------------------------------------------

def main():
    if len(sys.argv) > 1 and sys.argv[1] == "_sqlite_index":
        return sqlite_index_main(*sys.argv[2:4])
    if len(sys.argv) > 1 and sys.argv[1] == "_sqlite_query":
        return sqlite_query_main(*sys.argv[2:4])

    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser(description="Telusur vs scriptindex, PostgreSQL FTS and SQLite FTS5")
    ap.add_argument("--dump", default=os.path.join(repo, "..", "shared", "corpus", "clickid", "articles.jsonl.gz"))
    ap.add_argument("--build", default=os.path.join(repo, "build"), help="Telusur build directory")
    ap.add_argument("--ir", default=os.path.join(repo, "..", "shared", "ir"), help="folder of */queries.tsv")
    ap.add_argument("--runs", type=int, default=3, help="runs at 1x (medians are reported)")
    ap.add_argument("--scale", default="1", help="comma-separated factors, e.g. 1,4,10 (>1: synthetic copies)")
    ap.add_argument("--scale-runs", type=int, default=1, help="runs at factors > 1")
    ap.add_argument("--systems", default=",".join(SYSTEMS))
    ap.add_argument("--scale-systems", default=",".join(SYSTEMS), help="systems measured at factors > 1")
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--scale-queries", type=int, default=0,
                    help="at factors > 1, time only the first N queries of the sample (PostgreSQL's take "
                         "~1.5 s each at 10x)")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N articles of the dump")
    ap.add_argument("--quick", action="store_true", help="1 run on a 2,000-article slice")
    ap.add_argument("--telusur-arg", action="append", default=[], help="extra telusur-index argument")
    ap.add_argument("--json-out")
    ap.add_argument("--md-out", help="also write the tables as Markdown to this file")
    ap.add_argument("--workdir", required=True, help="scratch folder (run_peers.sh makes and removes it)")
    args = ap.parse_args()
    if args.quick:
        args.runs, args.limit, args.scale_runs = 1, args.limit or 2000, 1

    args.telusur_index = os.path.join(args.build, "indexer", "telusur-index")
    args.telusur_query = os.path.join(args.build, "query", "telusur-query")
    args.query_latency = os.path.join(args.build, "tests", "bench", "query_latency")
    for b in (args.telusur_index, args.telusur_query, args.query_latency):
        if not os.access(b, os.X_OK):
            raise SystemExit(f"missing {b}: build first, e.g. cmake --build {args.build} "
                             "--target telusur-index telusur-query query_latency")
    systems = [s for s in args.systems.split(",") if s]
    scale_systems = [s for s in args.scale_systems.split(",") if s and s in systems]
    for s in systems:
        if s not in SYSTEMS:
            raise SystemExit(f"unknown system {s} ({', '.join(SYSTEMS)})")
    factors = [int(x) for x in args.scale.split(",") if x]

    work = args.workdir
    RSS_DIR[0] = work
    os.chmod(work, 0o755)  # the postgres user reads the CSV and query files
    t_start = time.time()
    log(f"reading {args.dump}")
    articles = read_dump(args.dump, args.limit)
    queries_tsv = os.path.join(work, "queries.tsv")
    sample, qsources = sample_queries(args.ir, args.queries, args.seed, queries_tsv)
    log(f"{len(articles)} articles; {len(sample)} queries sampled (seed {args.seed}) from {', '.join(qsources)}")

    pg = None
    results = []
    try:
        if "postgresql" in systems:
            pg = Postgres(work)
            pg.start()
        for f in factors:
            sys_f = systems if f == 1 else scale_systems
            results.append(run_scale(args, articles, f, queries_tsv, work, pg, sys_f,
                                     args.runs if f == 1 else args.scale_runs))
            print_table(results[-1], sys.stderr)
            if args.json_out:  # after every scale, so an interrupted suite keeps what it measured
                with open(args.json_out, "w") as f:
                    json.dump({"meta": {"partial": True, "versions": versions(args)}, "results": results}, f,
                              indent=1)
    finally:
        if pg:
            pg.stop()

    cmdline = "tests/bench/run_peers.sh " + " ".join(a for a in sys.argv[1:] if not a.startswith("--workdir"))
    cmdline = re.sub(r"\s+/tmp/\S+", "", cmdline)
    meta = {"command": os.environ.get("RUN_PEERS_COMMAND", cmdline), "date": datetime.datetime.now().isoformat(
        timespec="seconds"), "dump": os.path.abspath(args.dump), "queries": len(sample), "query_seed": args.seed,
        "query_sources": qsources, "suite_seconds": time.time() - t_start, "versions": versions(args)}
    out = sys.stdout
    print(f"# Telusur peer benchmark\n\n{meta['date']}, `{meta['command']}`, suite took "
          f"{meta['suite_seconds'] / 60:.1f} min; {meta['versions']['nproc']} cores, load at start "
          f"{' '.join(meta['versions']['loadavg_at_start'])}; {meta['versions']['telusur_git']}", file=out)
    for r in results:
        print_table(r, out)
    print_growth(results, out)
    if args.md_out:
        with open(args.md_out, "w") as f:
            for r in results:
                print_table(r, f)
            print_growth(results, f)
    if args.json_out:
        with open(args.json_out, "w") as f:
            json.dump({"meta": meta, "results": results}, f, indent=1)
        log(f"wrote {args.json_out}")


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(143))
    main()
