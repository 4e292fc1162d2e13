#!/usr/bin/env bash
# Peer benchmark: telusur-index / Searcher against Omega's scriptindex,
# PostgreSQL 15 full-text search and SQLite FTS5 on one dump, in one run.
#
#   tests/bench/run_peers.sh [--build DIR] [--dump FILE] [--runs 3] [--quick]
#                            [--scale 1,4,10] [--json-out FILE] [--md-out FILE] ...
#   tests/bench/run_peers.sh --help      (all options: tests/bench/run_peers.py)
#
# Installs the Debian packages below when missing, runs a throwaway
# PostgreSQL cluster in a scratch folder (as the postgres user when root) and
# removes the cluster and the scratch folder at the end, also on failure or
# Ctrl-C. See docs/benchmarks.md.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# Everything the suite needs besides the Telusur build itself.
PACKAGES=(xapian-omega xapian-tools postgresql-15 postgresql-client-15 sqlite3 python3 time util-linux)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "run_peers: installing ${missing[*]}" >&2
  SUDO=(); [[ $(id -u) -eq 0 ]] || SUDO=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >&2 ||
    { "${SUDO[@]}" apt-get update >&2 && "${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >&2; }
  # The Debian package starts a system cluster; the suite uses its own.
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/telusur-peers.XXXXXX")
cleanup() {
  local rc=$?
  if [[ -f "$WORK/pg/data/postmaster.pid" ]]; then
    if [[ $(id -u) -eq 0 ]]; then
      runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$WORK/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    else
      /usr/lib/postgresql/15/bin/pg_ctl -D "$WORK/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export RUN_PEERS_COMMAND="tests/bench/run_peers.sh $*"
python3 "$HERE/run_peers.py" --workdir "$WORK" "$@"
