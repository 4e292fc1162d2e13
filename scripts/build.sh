#!/usr/bin/env bash
# Installs what is missing (scripts/install-deps.sh), then configures and
# builds Telusur into build/ (override with BUILD_DIR). Extra arguments go
# to cmake's configure step, e.g. -DTELUSUR_SANITIZERS=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
