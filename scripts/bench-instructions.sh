#!/usr/bin/env bash
# Work done, counted in instructions (valgrind's cachegrind): the same on a
# loaded machine as on a quiet one, where timings can vary by a quarter from
# one minute to the next. Counts `check.lua --jobs 1` over FILES answer files
# of 50 distinct answers each, `check.lua` on one file, and `list.lua`; with
# BASE, the same for that binary beside it. Each runs with --trust, so that
# its work items run in its own process and every instruction is counted once
# (a forked worker would start from its parent's count); the batch check runs
# once more as users run it, in the sandbox, its worker's count added to its
# parent's (the few million instructions before the fork counted twice).
#   scripts/bench-instructions.sh [FILES] [BASE]   (default 40; run scripts/setup.sh first)
# BASE: another drill binary, built from an earlier commit, say. Each binary
# reads the plugins and banks of the tree it was built from.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-40}
base=${2:-}
[ -x build/drill ] || { echo "bench-instructions: build first (scripts/setup.sh)" >&2; exit 66; }
[ -z "$base" ] || [ -x "$base" ] || { echo "bench-instructions: $base: not an executable" >&2; exit 66; }
command -v valgrind >/dev/null || {
  echo "bench-instructions: installing valgrind"; apt-get install -y -qq valgrind >/dev/null; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build/drill --trust --seed 1 scripts/gen-answers.lua "$tmp/answers" "$files" 50 >/dev/null
one=$(ls "$tmp/answers" | sed -n 1p) # sed reads it all: head would end ls early (SIGPIPE)

count() { # binary args... -> millions of instructions, all processes summed
  rm -f "$tmp"/cg.*
  valgrind --tool=cachegrind --cache-sim=no --trace-children=yes \
    --cachegrind-out-file="$tmp/cg.%p" "$@" >/dev/null 2>"$tmp/valgrind.log" || true
  cat "$tmp"/cg.* | awk '/^summary:/ {s += $2} END {printf "%.1f", s / 1e6}'
}

# the banks and the rubrics' patterns as a user's later runs read them: worked out once, then
# kept (DRILL_CACHE); a binary run under valgrind is another binary to the cache, so it is
# warmed under valgrind. Each binary has a cache directory of its own: under valgrind both
# are valgrind to the cache, and one whose formats differ would write every entry anew.
cached() { # which binary args...
  local which=$1
  shift
  DRILL_CACHE="$tmp/cache-$which" "$@"
}
cached new count build/drill --no-store --trust check.lua --jobs 1 "$tmp/answers" >/dev/null
cached new count build/drill --no-store check.lua --no-cache --jobs 1 "$tmp/answers" >/dev/null
cached new count build/drill --no-store --trust list.lua >/dev/null
if [ -n "$base" ]; then
  cached base count "$base" --no-store --trust check.lua --jobs 1 "$tmp/answers" >/dev/null
  cached base count "$base" --no-store check.lua --no-cache --jobs 1 "$tmp/answers" >/dev/null
  cached base count "$base" --no-store --trust list.lua >/dev/null
fi

echo "millions of instructions (cachegrind), with the banks and what compiling the"
echo "rubrics works out read back from the cache where the binary keeps them:"
printf '  %-42s %12s' "" "build/drill"
[ -z "$base" ] || printf ' %12s' "base"
printf '\n'
row() { # label args...
  local label=$1
  shift
  printf '  %-42s %12s' "$label" "$(cached new count build/drill "$@")"
  [ -z "$base" ] || printf ' %12s' "$(cached base count "$base" "$@")"
  printf '\n'
}
row "check.lua --jobs 1, $files files x 50 answers" --no-store --trust check.lua --jobs 1 "$tmp/answers"
row "... in the sandbox (worker and parent)" --no-store check.lua --no-cache --jobs 1 "$tmp/answers"
row "check.lua, one file of 50 answers" --no-store --trust check.lua "$tmp/answers/$one"
row "list.lua" --no-store --trust list.lua
