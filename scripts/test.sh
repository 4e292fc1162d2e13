#!/usr/bin/env bash
# Install, build, and run the whole test suite with ctest, then the
# sanitizer and fuzz step (scripts/sanitize.sh; TELUSUR_SANITIZE=0 leaves it
# out). Tests that need ../shared skip with a message where it is absent.
# Arguments go to cmake for the normal build (BUILD_DIR, default build/).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh "$@"
build_dir=${BUILD_DIR:-build}
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"
if [ "${TELUSUR_SANITIZE:-1}" != 0 ]; then
  ./scripts/sanitize.sh
fi
