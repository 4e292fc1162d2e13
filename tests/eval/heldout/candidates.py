#!/usr/bin/env python3
"""candidates.py QUERY_BIN DB QUERIES ALIASES: pairs of names that may name
one thing twice in each query's facet lists and top-100 result entity
lists, not yet one alias group: names sharing a rare word (four letters or
more, in at most 60 distinct names of all the lists), one inside the other,
or an acronym of the other's initials. For writing alias groups by hand;
count before each pair: how many lists hold it."""
import collections, json, re, subprocess, sys

query_bin, db, queries_path, aliases_path = sys.argv[1:5]


def norm(name):
    return re.sub(r'\s+', ' ', name.strip().lower())


group = {}
for number, line in enumerate(open(aliases_path, encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if line and not line.startswith('#'):
        for name in line.split('|'):
            if name:
                group[norm(name)] = number

answers = []
for line in open(queries_path, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    qid, query = line.split('\t', 1)
    out = subprocess.run([query_bin, '--db', db, '--facets', '--format', 'json', '--limit', '100',
                          '--snippet-length', '0', query], capture_output=True, text=True, check=True).stdout
    answers.append((qid, query, json.loads(out)))

TYPES = ('person', 'organization', 'location')
names = {n for _, _, d in answers for t in TYPES
         for n in [x['value'] for x in d['facets'].get(t, [])] +
         [m for r in d['results'] for m in r.get('entities', {}).get(t, [])]}
word_names = collections.Counter(w for n in names for w in set(norm(n).split()))


def rare_words(name):
    return {w for w in re.findall(r"[\w']+", name.lower()) if len(w) >= 4 and word_names[w] <= 60}


def candidate(a, b):
    if group.get(norm(a), norm(a)) == group.get(norm(b), norm(b)):
        return False
    if rare_words(a) & rare_words(b) or norm(a) in norm(b) or norm(b) in norm(a):
        return True
    initials = lambda n: ''.join(w[0] for w in re.findall(r"[\w']+", n.lower()))
    return any(re.fullmatch(r'[A-Z]{2,7}', s.strip()) and s.lower() in initials(l) for s, l in ((a, b), (b, a)))


for qid, query, d in answers:
    pairs = collections.Counter()
    for t in TYPES:
        lists = [('F', [x['value'] for x in d['facets'].get(t, [])])]
        lists += [('R', r.get('entities', {}).get(t, [])) for r in d['results']]
        for kind, entries in lists:
            for i, a in enumerate(entries):
                for b in entries[i + 1:]:
                    if candidate(a, b):
                        pairs[f"{kind} {t[:3]}: {a} / {b}"] += 1
    print(f"=== {qid}\t{query}")
    for pair, count in sorted(pairs.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {count:3d} {pair}")
