#!/usr/bin/env python3
"""pick.py SEED N [DUMP]: N random headlines of a dump (id, date, category,
title), to write held-out facet queries from (docs/facets.md)."""
import gzip, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
seed, n = int(sys.argv[1]), int(sys.argv[2])
dump = sys.argv[3] if len(sys.argv) > 3 else os.path.join(HERE, '../../../../shared/corpus/clickid/articles.jsonl.gz')
rows = [json.loads(line) for line in gzip.open(dump, 'rt')]
for row in random.Random(seed).sample(rows, n):
    print(f"{row['id']}\t{row.get('date', '')[:10]}\t{row.get('category', '')}\t{row['title']}")
