#!/usr/bin/env bash
# The main job on the sample corpus: install, build, index corpus/ into
# demo.db, then run the sample query.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
build_dir=${BUILD_DIR:-build}
"$build_dir"/indexer/telusur-index --db demo.db corpus/articles.jsonl corpus/teks
echo
"$build_dir"/query/telusur-query --db demo.db --facets "pasukan Korea Utara Kursk"
