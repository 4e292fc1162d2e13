#!/bin/sh
# Facet cost, side by side: each binary answers the query file in one --batch
# run without and with --facets, alternating, 5 times (RUNS=N to change);
# prints the median wall time of each and the ratio facets / plain.
# Usage: tests/eval/facet_cost.sh DB QUERIES BIN[@DB] [BIN[@DB]...] [-- extra facet args]
# (QUERIES without comment lines: grep -v "^#" tests/eval/data/facet_queries.tsv;
# a baseline binary, e.g. main's, as another BIN runs in the same rounds;
# BIN@DB answers from its own database, e.g. one of an older schema version;
# REPEAT=N answers the query file N times over in each run: longer runs, and
# after the first round the entity names are memoized, as in a server;
# CPU=1 times the process's user + system CPU instead of wall time, which
# other work on a shared machine disturbs less; needs /usr/bin/time)
DB=$1 Q=$2; shift 2
REPEAT=${REPEAT:-1}
if [ "$REPEAT" -gt 1 ]; then
  repeated=$(mktemp) || exit 1
  trap 'rm -f "$repeated"' EXIT
  i=0
  while [ $i -lt "$REPEAT" ]; do cat "$Q"; i=$((i + 1)); done > "$repeated"
  Q=$repeated
fi
BINS=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do BINS="$BINS $1"; shift; done
[ "$1" = "--" ] && shift
RUNS=${RUNS:-5}
i=0
while [ $i -lt "$RUNS" ]; do
  i=$((i + 1))
  n=0
  for bin in $BINS; do
    n=$((n + 1))
    for mode in plain facets; do
      args=""; [ $mode = facets ] && args="--facets $*"
      db=$DB; exe=$bin
      case $bin in *@*) exe=${bin%%@*}; db=${bin#*@} ;; esac
      if [ "${CPU:-0}" = 1 ]; then
        t=$(/usr/bin/time -f "%U + %S" "$exe" --db "$db" --batch "$Q" --format jsonl $args 2>&1 > /dev/null | tail -1)
      else
        s=$(date +%s.%N); $exe --db "$db" --batch "$Q" --format jsonl $args > /dev/null; e=$(date +%s.%N)
        t="$e - $s"
      fi
      echo "$n $mode $(echo "$t" | bc)"
    done
  done
done | sort -k1,1n -k2,2 -k3n | awk -v bins="$BINS" '
  { t[$1 " " $2] = t[$1 " " $2] " " $3 }
  END {
    split(bins, name, " ")
    printf "%-50s %9s %9s %6s\n", "binary", "plain_s", "facets_s", "ratio"
    for (b = 1; b in name; b++) {
      for (m = 0; m < 2; m++) {
        mode = m ? "facets" : "plain"
        k = split(substr(t[b " " mode], 2), v, " ")
        med[mode] = k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
      }
      printf "%-50s %9.3f %9.3f %6.2f\n", name[b], med["plain"], med["facets"], med["facets"] / med["plain"]
    }
  }'
