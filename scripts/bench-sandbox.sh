#!/usr/bin/env bash
# How long drill takes to stop each plugin of the hostile corpus
# (tests/plugins/hostile), median of RUNS runs, in ms.
#   scripts/bench-sandbox.sh [RUNS] [DRILL]    (default 5, build/drill)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
drill=${2:-build/drill}
for f in tests/plugins/hostile/*.lua; do
  times=()
  for _ in $(seq "$runs"); do
    s=$(date +%s%N)
    timeout 60 "$drill" --no-store "$f" >/dev/null 2>&1 </dev/null || true
    times+=($((($(date +%s%N) - s) / 1000000)))
  done
  printf '%6d ms  %s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")" "$(basename "$f")"
done
