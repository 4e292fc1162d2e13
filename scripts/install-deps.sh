#!/usr/bin/env bash
# Installs, from Debian's archive, every package Telusur needs to build, test and
# run its demo. Idempotent: packages already present are left alone, and
# `apt-get update` only runs when something is missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libxapian-dev xapian-tools       # search library; xapian-delve, xapian-check, quest, xapian-tcpsrv
  libicu-dev                       # normalization and word breaking
  libcli11-dev                     # command-line parsing
  nlohmann-json3-dev               # JSON Lines input and JSON output
  zlib1g-dev                       # gzip input
  libjemalloc-dev                  # allocator for the tools: less indexing CPU than glibc malloc
  libgtest-dev libgmock-dev        # unit tests
  libbenchmark-dev                 # micro benchmarks
  hunspell-id                      # Indonesian roots + affix classes: the stemmer lexicon (build time)
  apertium-ind-zlm                 # Indonesian morphological analyzer (lt-proc): lemma classes for the lexicon (build time)
  python3                          # end-to-end test helpers
  libcpp-httplib-dev               # telusur-serve's HTTP server (and the tests' client)
  chromium                         # the search page's headless-browser test and docs/serve.png
  clang libfuzzer-14-dev           # sanitizer + fuzz step (scripts/sanitize.sh): clang, ASan/UBSan, libFuzzer
  linux-perf valgrind              # facet cost by stage and in instructions (tests/eval/facet_profile.sh, facet_cost.sh IR=1)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
