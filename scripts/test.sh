#!/usr/bin/env bash
# Install, build, and run the whole test suite with ctest. Tests that need
# ../shared skip with a message where it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
build_dir=${BUILD_DIR:-build}
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"
