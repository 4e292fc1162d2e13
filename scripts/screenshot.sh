#!/usr/bin/env bash
# Makes docs/serve.png, the search page in README's "Serving" section: indexes
# corpus/ into a temporary database, starts telusur-serve on a free loopback
# port, and has headless chromium photograph a search.
#
#   scripts/screenshot.sh [BUILD_DIR] [OUTPUT.png]   (default: build docs/serve.png)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
output=${2:-$root/docs/serve.png}
query=${SCREENSHOT_QUERY:-pasukan Korea Utara Kursk}

work=$(mktemp -d /tmp/telusur-screenshot-XXXXXX)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"$build/indexer/telusur-index" -q --db "$work/db" "$root/corpus/articles.jsonl"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$build/server/telusur-serve" --db "$work/db" --listen "127.0.0.1:$port" --threads 1 2>"$work/serve.log" &
server_pid=$!
for _ in $(seq 100); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.1)" 2>/dev/null && break
  sleep 0.1
done

url="http://127.0.0.1:$port/?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$query")"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
  --virtual-time-budget=15000 --window-size=1280,1000 --screenshot="$output" "$url" 2>"$work/chromium.log"
echo "screenshot.sh: wrote $output ($url)"
