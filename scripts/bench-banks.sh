#!/usr/bin/env bash
# Bank load speed on one-line (minified) banks: generates banks of 1k, 16k and
# 100k questions (scripts/gen-bank.py) and times `drill lint.lua` and
# `drill list.lua` on each, with peak memory. Measures only; asserts nothing.
#   scripts/bench-banks.sh [BUILD_DIR] [COUNTS...]   (default: build 1000 16000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1000 16000 100000)
[ -x "$build/drill" ] || { echo "bench-banks: build first (scripts/setup.sh)" >&2; exit 66; }
command -v /usr/bin/time >/dev/null || {
  echo "bench-banks: installing GNU time"; apt-get install -y -qq time >/dev/null; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in "${counts[@]}"; do
  bank="$tmp/bank-$n.json"
  python3 scripts/gen-bank.py "$n" "$bank"
  size=$(wc -c <"$bank")
  for cmd in lint list; do
    if [ "$cmd" = lint ]; then
      args=(--no-store lint.lua "$bank")
    else
      args=(--no-store --bank "$bank" list.lua --format json)
    fi
    status=0
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$build/drill" "${args[@]}" \
      >"$tmp/out" 2>"$tmp/err" || status=$?
    read -r wall kib < <(tail -n 1 "$tmp/time")
    note=""
    [ "$status" -eq 0 ] || note=" (exit $status: $(grep -v '^Command exited' "$tmp/err" | tail -n 1 | cut -c1-100))"
    awk -v c="$cmd" -v n="$n" -v s="$size" -v w="$wall" -v k="$kib" -v note="$note" \
      'BEGIN { printf "%-4s %6d questions (%5.1f MB): %7.2f s, peak %6.1f MiB%s\n", c, n, s / 1e6, w, k / 1024, note }'
  done
done
