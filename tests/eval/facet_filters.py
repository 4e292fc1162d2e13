#!/usr/bin/env python3
"""Whether following an entity facet selects the articles it counted.

For each query (every STEP-th of a facet query file): the facets over the top
100 answers; for each person, organization and place value, the query again
with the value's filter (the JSON's "filter", or with --shown-name-only a
filter on the shown name alone, as before facets listed their other names),
and how many of the first answer's top 100 it keeps. A value counted over N
of them should keep N: fewer means the filter misses articles the facet
counted (names joined within the answer only), more means the facet left a
rare form of the name uncounted (EntityTally resolves only the most frequent
names). Starts telusur-serve on a free loopback port and stops it.

  tests/eval/facet_filters.py --serve build/server/telusur-serve --db DB \\
      --queries tests/eval/data/facet_queries.tsv [--step 15] [--shown-name-only]
"""
import argparse
import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

FIELDS = {"person": "orang", "organization": "organisasi", "location": "lokasi"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--serve", required=True, help="telusur-serve binary")
    ap.add_argument("--db", required=True)
    ap.add_argument("--queries", required=True, help="qid<TAB>query file")
    ap.add_argument("--step", type=int, default=1, help="every STEP-th query")
    ap.add_argument("--shown-name-only", action="store_true", help='filter on the shown name, not "filter"')
    ap.add_argument("--list", action="store_true", help="print each value whose filter keeps another number")
    args = ap.parse_args()
    queries = [line.rstrip("\n").split("\t")[-1] for line in open(args.queries, encoding="utf-8")
               if line.strip() and not line.startswith("#")][::args.step]
    port = free_port()
    server = subprocess.Popen([args.serve, "--db", args.db, "--listen", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"

    def search(query, **params):
        url = base + "/search?" + urllib.parse.urlencode({"q": query, "snippet_length": 0, **params})
        with urllib.request.urlopen(url) as r:
            return json.load(r)

    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/health").close()
                break
            except OSError:
                time.sleep(0.1)
        values = fewer = more = 0
        for query in queries:
            answer = search(query, facets=1, limit=100)
            top = {r["id"] for r in answer["results"]}
            for facet, field in FIELDS.items():
                for value in answer["facets"].get(facet, []):
                    shown = field + ':"' + value["value"].replace('"', " ") + '"'
                    filter_ = shown if args.shown_name_only else value["filter"]
                    kept = len(top & {r["id"] for r in search(query + " " + filter_, limit=10000)["results"]})
                    values += 1
                    fewer += kept < value["count"]
                    more += kept > value["count"]
                    if args.list and kept != value["count"]:
                        print(f"{query}\t{facet}\t{value['value']}\t{value['count']}\t{kept}")
    finally:
        server.terminate()
        server.wait()
    print(f"queries {len(queries)}, facet values {values}: the filter keeps fewer of the top 100 than counted "
          f"{fewer} ({100 * fewer / max(values, 1):.1f} %), more {more} ({100 * more / max(values, 1):.1f} %)")


if __name__ == "__main__":
    sys.exit(main())
