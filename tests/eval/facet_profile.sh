#!/bin/sh
# Where a faceted query's time goes: `perf record` (DWARF call graphs) of one
# --batch run per binary, without and with --facets, over the query file
# repeated REPEAT times (10; entity names are memoized after the first
# round), then for each stage the samples whose stack passes through it, in
# ms of CPU per query. Stages overlap (pread is inside the others).
# Usage: tests/eval/facet_profile.sh DB QUERIES BIN [BIN...]
# (QUERIES without comment lines: grep -v "^#" tests/eval/data/facet_queries.tsv;
# needs perf, linux-perf on Debian)
DB=$1 Q=$2; shift 2
REPEAT=${REPEAT:-10} FREQ=${FREQ:-1999}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
i=0
while [ $i -lt "$REPEAT" ]; do cat "$Q"; i=$((i + 1)); done > "$tmp/q"
queries=$(wc -l < "$tmp/q")
printf "%-28s" stage
for bin in "$@"; do printf " %14s %14s" "plain" "facets"; done
echo
for bin in "$@"; do
  for mode in plain facets; do
    args=""; [ $mode = facets ] && args=--facets
    perf record -q -F "$FREQ" --call-graph dwarf,16384 -o "$tmp/perf.data" \
      "$bin" --db "$DB" --batch "$tmp/q" --format jsonl $args > /dev/null 2>&1
    perf script -i "$tmp/perf.data" -F ip,sym 2> /dev/null | awk -v hz="$FREQ" -v q="$queries" '
      BEGIN {
        RS = ""  # one sample (its stack) per paragraph
        n = split("total|Searcher::run|Enquire::Internal::get_mset|Searcher::answer_facets|ValueIterator::skip_to|" \
                  "EntityTally::add|EntityTally::top|Searcher::page|read_result|resolve_entity_names|" \
                  "Reranker::rerank|parse_with_entities|EntityNames::|pread", stage, "|")
      }
      { for (s = 1; s <= n; s++) if (s == 1 || index($0, stage[s])) count[s]++ }
      END { for (s = 1; s <= n; s++) printf "%s\t%.3f\n", stage[s], count[s] / hz / q * 1000 }
    ' > "$tmp/$mode.$(echo "$bin" | tr / _)"
  done
done
first=$(echo "$1" | tr / _)
cut -f1 "$tmp/plain.$first" | while read -r stage; do
  printf "%-28s" "$stage"
  for bin in "$@"; do
    b=$(echo "$bin" | tr / _)
    for mode in plain facets; do printf " %14s" "$(grep -F "$stage	" "$tmp/$mode.$b" | cut -f2)"; done
  done
  echo
done
echo "(ms of CPU per query; columns: plain and facets of each of: $*)"
