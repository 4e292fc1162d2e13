#!/usr/bin/env bash
# Install, build, and run the whole test suite with ctest. Tests that need
# ../shared skip with a message where it is absent. Arguments go to cmake,
# e.g. for the sanitizer build:
#   BUILD_DIR=build-asan scripts/test.sh -DTELUSUR_SANITIZERS=ON -DCMAKE_BUILD_TYPE=Debug
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh "$@"
build_dir=${BUILD_DIR:-build}
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"
