#!/usr/bin/env bash
# Start-up time of `drill list.lua` (all built-in banks loaded and listed)
# against a bare `lua5.4 -e ''`: the median of RUNS runs of each, in ms.
#   scripts/bench-startup.sh [RUNS]     (default 31; run scripts/setup.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-31}
drill=build/drill
[ -x "$drill" ] || { echo "bench-startup: build first (scripts/setup.sh)" >&2; exit 66; }

median_ms() { # command...
  local times=()
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s%N)
    "$@" >/dev/null
    e=$(date +%s%N)
    times+=($(((e - s) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}'
}

"$drill" --no-store list.lua >/dev/null # warm the page cache
lua_ms=$(median_ms lua5.4 -e '')
list_ms=$(median_ms "$drill" --no-store list.lua)
json_ms=$(median_ms "$drill" --no-store list.lua --format json --full)
ver_ms=$(median_ms "$drill" --version)
n=$("$drill" --no-store list.lua --format json | grep -c '"id"')
echo "start-up, median of $runs runs ($n questions in the banks):"
printf '  %-40s %8s ms\n' "lua5.4 -e ''" "$lua_ms" "drill --version" "$ver_ms" \
  "drill list.lua" "$list_ms" "drill list.lua --format json --full" "$json_ms"
