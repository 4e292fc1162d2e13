#!/bin/sh
# Facet cost, side by side: each binary answers the query file in one --batch
# run without and with --facets, alternating, 5 times; prints the median
# wall time of each. Usage: tests/eval/facet_cost.sh BIN DB QUERIES [extra facet args]
# (QUERIES without comment lines: grep -v "^#" tests/eval/data/facet_queries.tsv)
BIN=$1 DB=$2 Q=$3; shift 3
for i in 1 2 3 4 5; do
  for mode in plain facets; do
    args=""; [ $mode = facets ] && args="--facets $*"
    s=$(date +%s.%N); $BIN --db $DB --batch $Q --format jsonl $args > /dev/null; e=$(date +%s.%N)
    echo "$mode $(echo "$e - $s" | bc)"
  done
done | sort -k1,1 -k2n | awk '{t[$1]=t[$1]" "$2} END {for (m in t) {split(substr(t[m],2),a," "); print m, "median_s", a[3]}}'
