#!/usr/bin/env bash
# Fuzzes the parsers: builds the libFuzzer harnesses of tests/fuzz with clang in build-fuzz/
# and runs each for SECONDS (default 600), one after another, one process each; or, with
# --runs N, on N inputs each, from a fixed random seed and the seeds alone, so a slow or busy
# machine fuzzes as much as a fast one (what scripts/test.sh does).
#   scripts/fuzz.sh [SECONDS | --runs N] [HARNESS...]   harnesses: answers_markdown answers_json
#                                                       bank rubric saved
# Seeds come from tests/fixtures and banks/; what a timed run learns is kept in build-fuzz/corpus/.
# An input that crashes a harness is written to build-fuzz/crashes/HARNESS/ and the script
# exits 1: keep it as a regression fixture (tests/fixtures/fuzz/HARNESS/, run by the unit tests).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=
if [ "${1:-}" = --runs ]; then
  runs=${2:-}
  shift $(($# < 2 ? $# : 2))
  case "$runs" in '' | *[!0-9]*) echo "fuzz.sh: --runs needs a whole number, not '$runs'" >&2; exit 64 ;; esac
else
  secs=${1:-600}
  [ $# -gt 0 ] && shift
  case "$secs" in '' | *[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number, not '$secs'" >&2; exit 64 ;; esac
fi
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(answers_markdown answers_json bank rubric saved)
command -v clang >/dev/null || { echo "fuzz.sh: needs clang (apt-get install clang)" >&2; exit 69; }

targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
CC=clang cmake -S . -B build-fuzz -DDRILL_FUZZ=ON -DDRILL_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]}" drill >/dev/null

status=0
for h in "${harnesses[@]}"; do
  case "$h" in
    answers_markdown) seeds=(tests/fixtures/answers) dict=markdown.dict ;;
    answers_json) seeds=(tests/fixtures/answers) dict=json.dict ;;
    bank) seeds=(banks tests/fixtures/banks) dict=bank.dict ;;
    rubric) seeds=() dict=rubric.dict ;;
    saved)
      # the banks as the cache keeps them (a light document, then the whole one), each less
      # the check the harness appends
      seeds=(build-fuzz/seeds/saved) dict=json.dict
      rm -rf build-fuzz/seeds && mkdir -p build-fuzz/seeds/saved
      for b in banks/*.json tests/fixtures/banks/*/*.json; do
        DRILL_CACHE=build-fuzz/seeds/cache build-fuzz/drill --no-store --bank "$b" list.lua \
          >/dev/null 2>&1 || true
      done
      for f in build-fuzz/seeds/cache/bank-*.cache; do
        [ -f "$f" ] || continue
        at=$(grep -abo 'drill json doc' "$f" | head -n 1 | cut -d: -f1)
        size=$(stat -c %s "$f")
        light=$(od -An -t u8 -j $((at - 8)) -N 8 "$f" | tr -d ' ')
        dd if="$f" of="build-fuzz/seeds/saved/light-${f##*/}" bs=64K iflag=skip_bytes,count_bytes \
          skip="$at" count=$((light - 8)) status=none
        dd if="$f" of="build-fuzz/seeds/saved/${f##*/}" bs=64K iflag=skip_bytes,count_bytes \
          skip=$((at + light)) count=$((size - at - light - 8)) status=none
      done
      ;;
    *) echo "fuzz.sh: unknown harness '$h'" >&2; exit 64 ;;
  esac
  [ -d "tests/fixtures/fuzz/$h" ] && seeds+=("tests/fixtures/fuzz/$h")
  log="build-fuzz/$h.log"
  # New inputs go to the first corpus directory only; the seed directories are read. A run of
  # --runs starts from an empty one, so what earlier runs learnt changes nothing, and does not
  # read it again while it runs (-reload=0).
  if [ -n "$runs" ]; then
    corpus="build-fuzz/corpus-runs/$h"
    rm -rf "$corpus"
    how=(-runs="$runs" -seed=1 -reload=0)
    echo "== fuzz $h on $runs inputs (log: $log)"
  else
    corpus="build-fuzz/corpus/$h"
    how=(-max_total_time="$secs")
    echo "== fuzz $h for ${secs}s (log: $log)"
  fi
  mkdir -p "$corpus" "build-fuzz/crashes/$h"
  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "build-fuzz/tests/fuzz/fuzz_$h" "${how[@]}" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -dict="tests/fuzz/$dict" \
    -artifact_prefix="build-fuzz/crashes/$h/" "$corpus" "${seeds[@]}" >"$log" 2>&1; then
    grep -E '^Done [0-9]+ runs' "$log" || true
    grep -E 'stat::(number_of_executed_units|new_units_added|peak_rss_mb)' "$log" || true
  else
    status=1
    echo "fuzz.sh: $h found a problem:" >&2
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" >&2 || tail -n 30 "$log" >&2
  fi
done
exit $status
