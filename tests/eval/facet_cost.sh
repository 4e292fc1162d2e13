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
# other work on a shared machine disturbs less; needs /usr/bin/time;
# IR=1 counts instead the instructions each run executes (valgrind's
# callgrind, one run each: the same count on a busy machine as on an idle
# one; system calls and waiting not included), in millions per query;
# PREADS=1 counts the B-tree block reads (pread64 system calls, strace -c; one
# run each), per query: what callgrind leaves out, and about a quarter of a
# query's CPU on this machine)
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
[ "${IR:-0}" = 1 ] || [ "${PREADS:-0}" = 1 ] && RUNS=1
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
      if [ "${IR:-0}" = 1 ]; then
        t=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$exe" --db "$db" --batch "$Q" --format jsonl \
              $args 2>&1 > /dev/null | sed -n 's/.*Collected : //p')
        t="$t / $(grep -c . "$Q") / 1000000"
      elif [ "${PREADS:-0}" = 1 ]; then
        counts=$(mktemp) || exit 1
        strace -f -c -e trace=pread64 -o "$counts" "$exe" --db "$db" --batch "$Q" --format jsonl $args > /dev/null
        t="$(awk '/pread64/ {print $4}' "$counts") / $(grep -c . "$Q")"
        rm -f "$counts"
      elif [ "${CPU:-0}" = 1 ]; then
        t=$(/usr/bin/time -f "%U + %S" "$exe" --db "$db" --batch "$Q" --format jsonl $args 2>&1 > /dev/null | tail -1)
      else
        s=$(date +%s.%N); $exe --db "$db" --batch "$Q" --format jsonl $args > /dev/null; e=$(date +%s.%N)
        t="$e - $s"
      fi
      echo "$n $mode $(echo "scale=6; $t" | bc)"
    done
  done
done | sort -k1,1n -k2,2 -k3n | awk -v bins="$BINS" -v unit="$([ "${IR:-0}" = 1 ] && echo Minstr || { [ "${PREADS:-0}" = 1 ] && echo preads; } || echo s)" '
  { t[$1 " " $2] = t[$1 " " $2] " " $3 }
  END {
    split(bins, name, " ")
    printf "%-50s %9s %9s %6s\n", "binary", "plain_" unit, "facets_" unit, "ratio"
    for (b = 1; b in name; b++) {
      for (m = 0; m < 2; m++) {
        mode = m ? "facets" : "plain"
        k = split(substr(t[b " " mode], 2), v, " ")
        med[mode] = k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
      }
      printf "%-50s %9.3f %9.3f %6.2f\n", name[b], med["plain"], med["facets"], med["facets"] / med["plain"]
    }
  }'
