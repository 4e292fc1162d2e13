#!/usr/bin/env bash
# Indexing time of telusur-index variants on one dump, side by side in one
# run: stemmer (telusur vs snowball vs none), entity extraction on/off, and
# analysis threads. Prints median wall and CPU seconds over --runs runs and
# each variant's ratio to the first (the baseline).
#
#   tests/bench/index_variants.sh [--build DIR] [--runs N] [--dump FILE] [VARIANT...]
#   VARIANT is NAME:telusur-index options, e.g. "snowball-1t:--stemmer snowball --no-entities --threads 1"
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
    "none,no-entities,2-threads:--stemmer none --no-entities --threads 2"
  )
fi
index="$build/indexer/telusur-index"
[ -x "$index" ] || { echo "no $index: build first (scripts/build.sh)" >&2; exit 2; }
[ -f "$dump" ] || { echo "no dump $dump" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "dump: $dump ($(du -h "$dump" | cut -f1)), runs: $runs, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-32s %10s %10s %10s %12s %8s\n' variant wall_s cpu_s peak_MB index_MB ratio
base=""
for v in "${variants[@]}"; do
  name=${v%%:*}; opts=${v#*:}
  walls=(); cpus=(); mems=()
  for ((r = 1; r <= runs; r++)); do
    rm -rf "$work/db"
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$index" -q --db "$work/db" $opts "$dump"
    read -r wall user sys mem < "$work/time"
    walls+=("$wall"); cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')"); mems+=("$mem")
  done
  median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  wall=$(median "${walls[@]}"); cpu=$(median "${cpus[@]}"); mem=$(median "${mems[@]}")
  size=$(du -sm "$work/db" | cut -f1)
  [ -n "$base" ] || base=$wall
  printf '%-32s %10.2f %10.2f %10.0f %12s %8.2f\n' "$name" "$wall" "$cpu" "$((mem / 1024))" "$size" "$(awk -v w="$wall" -v b="$base" 'BEGIN {print w / b}')"
done
