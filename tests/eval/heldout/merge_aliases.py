#!/usr/bin/env python3
"""merge_aliases.py BASE NEW OUT: BASE's groups with NEW's added; a new group
sharing a name (case/space-insensitive) with an older one joins it."""
import sys, re
def norm(s): return re.sub(r'\s+', ' ', s.strip().lower())
lines = [l.rstrip('\n') for l in open(sys.argv[1])]
groups = []  # (index in lines, [names])
idx = {}
for i, l in enumerate(lines):
    if not l or l.startswith('#'): continue
    names = [n for n in l.split('|') if n]
    for n in names: idx[norm(n)] = i
joined = added = 0
for l in open(sys.argv[2]):
    l = l.rstrip('\n')
    if not l or l.startswith('#'): continue
    names = [n.strip() for n in l.split('|') if n.strip()]
    hits = sorted({idx[norm(n)] for n in names if norm(n) in idx})
    if hits:
        i = hits[0]
        have = lines[i].split('|')
        for j in hits[1:]:  # two older groups bridged: fold into the first
            have += [n for n in lines[j].split('|') if norm(n) not in {norm(h) for h in have}]
            for n in lines[j].split('|'): idx[norm(n)] = i
            lines[j] = '#merged into line %d: ' % (i + 1) + lines[j]
        for n in names:
            if norm(n) not in {norm(h) for h in have}: have.append(n)
        lines[i] = '|'.join(have); joined += 1
        for n in names: idx[norm(n)] = i
    else:
        lines.append('|'.join(names)); added += 1
        for n in names: idx[norm(n)] = len(lines) - 1
open(sys.argv[3], 'w').write('\n'.join(l for l in lines if not l.startswith('#merged')) + '\n')
print(f"joined {joined}, added {added}", file=sys.stderr)
