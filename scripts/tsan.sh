#!/usr/bin/env bash
# ThreadSanitizer run over the code that uses threads: the parallel indexer
# (a new database: one writer per thread, then the merge; an update:
# analysis threads feeding one writer), readers reopening while an indexer
# commits, the server's worker pool, remote and slow shards, and the shared
# caches. Not part of scripts/test.sh (its tree alone takes about 15 min to
# build on 2 cores); run it by hand after changing threaded code.
#
# Environment: TSAN_BUILD_DIR (build-tsan).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
build_dir=${TSAN_BUILD_DIR:-build-tsan}
cmake -S . -B "$build_dir" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" \
  -DTELUSUR_SANITIZERS=thread -DTELUSUR_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target telusur_tests telusur-index telusur-query telusur-serve

export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1 second_deadlock_stack=1}
threaded='Indexing\.|IndexCli\.Interrupted|Concurrency\.|Server(Corpus\.(Json|Batch|Errors)|Updates|Shards)'
threaded+='|Scale\.(Threaded|Sharded|Remote|AShard|Slow)|EntityExtractor\.Concurrent|BoundedQueue|StemmerTest\.ThreadSafe'
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" -R "$threaded"

# The indexer itself, two writer threads, then an update of the result.
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
"$build_dir/indexer/telusur-index" --db "$db/new" --threads 2 -q corpus/articles.jsonl
"$build_dir/indexer/telusur-index" --db "$db/new" --threads 2 -q corpus/articles.jsonl
echo "tsan: no data race reported"
