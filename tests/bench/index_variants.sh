#!/usr/bin/env bash
# Indexing time of telusur-index variants on one dump, side by side in one
# run: stemmer (telusur vs snowball vs none), entity extraction on/off, and
# threads, and a new database (parallel part writers merged at the end) vs
# adding the dump to an existing one (one writer fed by analysis threads).
# Runs are interleaved (run 1 of every variant, then run 2, ...) so that the
# shared machine's drifting load hits all variants alike. Prints median wall
# and CPU seconds over --runs runs and each variant's ratio to the first
# (the baseline).
#
#   tests/bench/index_variants.sh [--build DIR] [--runs N] [--dump FILE] [VARIANT...]
#   VARIANT is NAME:telusur-index options, e.g. "snowball-1t:--stemmer snowball --no-entities --threads 1";
#   the pseudo-option --existing first creates the database with one small
#   article, so the dump is added to an existing database.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build="$here/../../build"
runs=3
dump="$here/../../../shared/corpus/clickid/articles.jsonl.gz"
variants=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --dump) dump=$2; shift 2 ;;
    *) variants+=("$1"); shift ;;
  esac
done
if [ ${#variants[@]} -eq 0 ]; then
  variants=(
    "snowball,no-entities,1-thread:--stemmer snowball --no-entities --threads 1"
    "telusur,no-entities,1-thread:--stemmer telusur --no-entities --threads 1"
    "telusur,entities,1-thread:--stemmer telusur --threads 1"
    "telusur,entities,2-threads:--stemmer telusur --threads 2"
    "telusur,entities,2-threads,existing-db:--stemmer telusur --threads 2 --existing"
    "none,no-entities,2-threads:--stemmer none --no-entities --threads 2"
  )
fi
index="$build/indexer/telusur-index"
[ -x "$index" ] || { echo "no $index: build first (scripts/build.sh)" >&2; exit 2; }
[ -f "$dump" ] || { echo "no dump $dump" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "dump: $dump ($(du -h "$dump" | cut -f1)), runs: $runs, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-32s %10s %10s %10s %12s %8s\n' variant wall_s cpu_s peak_MB index_MB ratio
declare -A walls cpus mems sizes
seed='{"id":"bench-seed","title":"Awal","body":"Artikel pertama basis data ini."}'
for ((r = 1; r <= runs; r++)); do
  for v in "${variants[@]}"; do
    name=${v%%:*}; opts=${v#*:}
    rm -rf "$work/db" "$work/db.parts"
    if [[ " $opts " == *" --existing "* ]]; then
      opts=${opts//--existing/}
      echo "$seed" | "$index" -q --threads 1 --db "$work/db" -
    fi
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$index" -q --db "$work/db" $opts "$dump"
    read -r wall user sys mem < "$work/time"
    walls[$name]+="$wall "; cpus[$name]+="$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}') "; mems[$name]+="$mem "
    sizes[$name]=$(du -sm "$work/db" | cut -f1)
  done
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
base=""
for v in "${variants[@]}"; do
  name=${v%%:*}
  # shellcheck disable=SC2086
  wall=$(median ${walls[$name]}); cpu=$(median ${cpus[$name]}); mem=$(median ${mems[$name]})
  [ -n "$base" ] || base=$wall
  printf '%-32s %10.2f %10.2f %10.0f %12s %8.2f\n' "$name" "$wall" "$cpu" "$((mem / 1024))" "${sizes[$name]}" "$(awk -v w="$wall" -v b="$base" 'BEGIN {print w / b}')"
done
