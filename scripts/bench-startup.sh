#!/usr/bin/env bash
# Start-up time of `drill list.lua` (all built-in banks loaded and listed)
# against a bare `lua5.4 -e ''`: the median of RUNS runs of each, in ms.
#   scripts/bench-startup.sh [RUNS]     (default 31; run scripts/setup.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-31}
drill=build/drill
[ -x "$drill" ] || { echo "bench-startup: build first (scripts/setup.sh)" >&2; exit 66; }
command -v lua5.4 >/dev/null || { # the bare interpreter start-up is measured against
  echo "bench-startup: installing lua5.4"; apt-get install -y -qq lua5.4 >/dev/null; }

# The commands take turns, run after run, so a change in the machine's load while the
# benchmark runs weighs on each of them alike; each one's median, in ms. The clock is the shell's
# own ($EPOCHREALTIME): reading it starts no process, whose start-up would be timed with each
# command and make them all look alike.
export LC_ALL=C # a '.' in $EPOCHREALTIME
declare -A times
cmds=(lua version list json)
run_one() { # name
  case $1 in
  lua) lua5.4 -e '' ;;
  version) "$drill" --version ;;
  list) "$drill" --no-store list.lua ;;
  json) "$drill" --no-store list.lua --format json --full ;;
  esac >/dev/null
}
"$drill" --no-store list.lua >/dev/null # warm the page cache and the bank cache
for _ in $(seq "$runs"); do
  for c in "${cmds[@]}"; do
    s=$EPOCHREALTIME
    run_one "$c"
    e=$EPOCHREALTIME
    times[$c]+="$((${e/./} - ${s/./})) "
  done
done
median_ms() { # name
  printf '%s\n' ${times[$1]} | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}'
}
lua_ms=$(median_ms lua)
list_ms=$(median_ms list)
json_ms=$(median_ms json)
ver_ms=$(median_ms version)
n=$("$drill" --no-store list.lua --format json | grep -c '"id"')
echo "start-up, median of $runs runs ($n questions in the banks):"
printf '  %-40s %8s ms\n' "lua5.4 -e ''" "$lua_ms" "drill --version" "$ver_ms" \
  "drill list.lua" "$list_ms" "drill list.lua --format json --full" "$json_ms"
awk -v l="$list_ms" -v b="$lua_ms" 'BEGIN { printf "drill list.lua takes %.2fx the time of lua5.4 -e '"''"'\n", l / b }'
