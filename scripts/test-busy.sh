#!/usr/bin/env bash
# Runs the README's test command N times in a row (default 5) while one core
# is kept busy, to show the suite does not depend on timing or load. Prints
# each run's result and time, and exits non-zero if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
( while :; do :; done ) &
busy=$!
trap 'kill $busy 2>/dev/null' EXIT
failed=0
for i in $(seq "$runs"); do
  start=$(date +%s)
  if bash scripts/test.sh >"/tmp/drill-test-busy.$i.log" 2>&1; then result=passed; else result=FAILED; failed=$((failed + 1)); fi
  echo "run $i: $result in $(($(date +%s) - start)) s ($(grep -c 'tests passed' "/tmp/drill-test-busy.$i.log") ctest summaries; log /tmp/drill-test-busy.$i.log)"
done
echo "$((runs - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
