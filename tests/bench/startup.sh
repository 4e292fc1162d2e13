#!/usr/bin/env bash
# Cold start of telusur-query against Xapian's quest, one process per query:
#   tests/bench/startup.sh [--build DIR] [--db DB] [--queries 50] [--runs 5] ...
# (all options: tests/bench/startup.py --help). Installs what it needs.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PACKAGES=(xapian-omega xapian-tools python3 time)  # scriptindex, quest, GNU time (peak RSS)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=(); [[ $(id -u) -eq 0 ]] || SUDO=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >&2 ||
    { "${SUDO[@]}" apt-get update >&2 && "${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >&2; }
fi
exec python3 "$HERE/startup.py" "$@"
