#!/usr/bin/env bash
# Batch-check speed: generates FILES answer files of ANSWERS answers each and
# times `drill check.lua --no-cache` (every answer graded) over them at --jobs 1
# and --jobs 2, reporting answers per second, wall time and peak memory (largest
# process).
#   scripts/bench-check.sh [FILES] [ANSWERS]     (default 2000 x 50; run scripts/setup.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-2000}
answers=${2:-50}
[ -x build/drill ] || { echo "bench-check: build first (scripts/setup.sh)" >&2; exit 66; }
command -v /usr/bin/time >/dev/null || {
  echo "bench-check: installing GNU time"; apt-get install -y -qq time >/dev/null; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build/drill --trust --seed 1 scripts/gen-answers.lua "$tmp/answers" "$files" "$answers"
total=$((files * answers))
for jobs in 1 2; do
  /usr/bin/time -f '%e %M' -o "$tmp/time" build/drill --no-store check.lua --no-cache --jobs "$jobs" \
    --format json --output "$tmp/report.json" "$tmp/answers" >/dev/null || true
  read -r wall kib < <(tail -n 1 "$tmp/time")
  awk -v j="$jobs" -v n="$total" -v w="$wall" -v k="$kib" \
    'BEGIN { printf "--jobs %d: %d answers in %.2f s = %.0f answers/s, peak memory %.1f MiB\n", j, n, w, n / w, k / 1024 }'
done
echo "report: $(wc -c <"$tmp/report.json") bytes of JSON"
