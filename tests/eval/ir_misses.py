#!/usr/bin/env python3
"""Why the first result of a benchmark query is not a judged document.

Reads a TREC run written by `telusur-eval ir --run FILE` and the benchmark's
files, tokenizes documents and queries with Telusur's own analyzer
(`telusur-index analyze --format json`, the stems the index uses), and sorts
every query whose first result is not judged relevant into:

  lower coverage  the judged document holds a smaller idf-weighted share of
                  the query's stems than the first result (by > 0.05)
  near copy       the first result is a near-copy of a judged document (word
                  Jaccard > 0.8)
  comparable      the rest

It then prints the nDCG@10 of an oracle that ranks first every judged
document covering at least as much of the query as the best of the run's
top 20 (within 0.05), leaving near copies as they are: an upper bound for
re-ranking on the query's words alone (docs/ranking.md, "The facqa
ceiling").

    tests/eval/ir_misses.py --index-bin build/indexer/telusur-index \\
        --docs ../shared/ir/facqa-news/docs.jsonl.gz \\
        --queries ../shared/ir/facqa-news/queries.tsv \\
        --qrels ../shared/ir/facqa-news/qrels.txt --run facqa.trec
"""
import argparse
import collections
import gzip
import json
import math
import re
import subprocess

SEPARATOR = "zzsepzz"  # a word no text contains, between texts in one analyzer call
MARGIN = 0.05
NEAR_COPY = 0.8
DEPTH = 20


def stems_of(index_bin, texts, batch=500):
    """Each text's stems (stopwords left out), with one analyzer call per batch."""
    out = []
    for start in range(0, len(texts), batch):
        chunk = [t.replace(SEPARATOR, " ") for t in texts[start:start + batch]]
        result = subprocess.run([index_bin, "analyze", "--format", "json", "-"], check=True,
                                input=f" {SEPARATOR} ".join(chunk), capture_output=True, text=True)
        current = [[]]
        for token in json.loads(result.stdout)["tokens"]:
            if token["term"] == SEPARATOR:
                current.append([])
            elif token["stem"]:
                current[-1].append(token["stem"])
        if len(current) != len(chunk):
            raise SystemExit(f"analyzer split {len(chunk)} texts into {len(current)}")
        out.extend(current)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--index-bin", required=True)
    ap.add_argument("--docs", action="append", required=True, help="gzip JSONL; repeat for distractors")
    ap.add_argument("--queries", required=True)
    ap.add_argument("--qrels", required=True)
    ap.add_argument("--run", required=True)
    args = ap.parse_args()

    relevant = collections.defaultdict(dict)
    for line in open(args.qrels, encoding="utf-8"):
        qid, _, docid, rel = line.split()
        if int(rel) > 0:
            relevant[qid][docid] = int(rel)
    queries = {}
    for line in open(args.queries, encoding="utf-8"):
        qid, text = line.rstrip("\n").split("\t", 1)
        if qid in relevant:
            queries[qid] = text
    run = collections.defaultdict(list)
    for line in open(args.run, encoding="utf-8"):
        qid, _, docid, _rank, _score, _name = line.split()
        run[qid].append(docid)

    texts = {}
    for path in args.docs:
        for line in gzip.open(path, "rt", encoding="utf-8"):
            d = json.loads(line)
            texts[str(d["id"])] = (d.get("title") or "") + "\n" + d["body"]
    all_ids = list(texts)
    doc_stems = dict(zip(all_ids, (set(s) for s in stems_of(args.index_bin, [texts[d] for d in all_ids]))))
    query_stems = dict(zip(queries, (set(s) for s in stems_of(args.index_bin, list(queries.values())))))
    words = {}
    # idf over the whole collection, as BM25 counts it.
    df = collections.Counter(s for stems in doc_stems.values() for s in stems)
    n = len(all_ids)

    def idf(stem):
        return math.log((n - df[stem] + 0.5) / (df[stem] + 0.5) + 1)

    def jaccard(a, b):
        for d in (a, b):
            if d not in words:
                words[d] = set(re.findall(r"\w+", texts[d].lower()))
        return len(words[a] & words[b]) / max(1, len(words[a] | words[b]))

    def coverage(qid, docid):
        q = query_stems[qid]
        total = sum(idf(s) for s in q) or 1
        return sum(idf(s) for s in q if s in doc_stems.get(docid, ())) / total

    def ndcg10(qid, ranking):
        ideal = sorted(relevant[qid].values(), reverse=True)[:10]
        idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
        return sum(relevant[qid].get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranking[:10])) / idcg

    kinds = collections.Counter()
    current = oracle = 0.0
    for qid in queries:
        ranking = run[qid]
        score = ndcg10(qid, ranking)
        current += score
        if ranking and ranking[0] not in relevant[qid]:
            top = ranking[0]
            judged = [d for d in relevant[qid] if d in doc_stems]
            best_top = max(coverage(qid, d) for d in ranking[:DEPTH])
            best_judged = max((coverage(qid, d) for d in judged), default=0)
            if any(jaccard(top, d) > NEAR_COPY for d in judged):
                kinds["near copy"] += 1
            elif best_judged < coverage(qid, top) - MARGIN:
                kinds["lower coverage"] += 1
            else:
                kinds["comparable"] += 1
                if best_judged >= best_top - MARGIN:
                    score = max(score, ndcg10(qid, [max(judged, key=lambda d: coverage(qid, d))]))
        oracle += score
    print(f"queries {len(queries)}, first result not judged: {sum(kinds.values())}")
    for kind in ("lower coverage", "near copy", "comparable"):
        print(f"  {kind:15s} {kinds[kind]}")
    print(f"nDCG@10 of the run {current / len(queries):.4f}; "
          f"coverage oracle (near copies left as they are) {oracle / len(queries):.4f}")


if __name__ == "__main__":
    main()
