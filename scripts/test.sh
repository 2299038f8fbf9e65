#!/usr/bin/env bash
# Sets up (with the test tools), builds, and runs the whole test suite:
# first the normal build, then each parser's fuzzer on 100,000 inputs (with clang),
# then a build with AddressSanitizer and UndefinedBehaviorSanitizer. Ends
# with ctest's own summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
jobs=$(nproc)

echo "== tests (build/)"
(cd build && ctest --output-on-failure -j"$jobs")

# The parsers' fuzzers, briefly: a fixed number of inputs from a fixed seed, not a time, so a
# slow or busy machine fuzzes as much as a fast one. Long runs are scripts/fuzz.sh's (600 s each
# by default).
if command -v clang >/dev/null; then
  echo "== fuzzing each parser on 100,000 inputs (build-fuzz/)"
  bash scripts/fuzz.sh --runs 100000
else
  echo "== fuzzing skipped: clang is not installed"
fi

echo "== tests under AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/)"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DDRILL_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$jobs" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# The sanitizers make drill several times slower, and a busy machine slower again: a plugin's
# time limits, which are wall-clock, are made generous here so that no outcome depends on the
# machine's load (a first answer, which compiles its rubric, took over 5 s on a loaded machine).
# The instruction limits still stop a runaway; a test that is about a limit sets its own.
export DRILL_LIMITS=call-seconds=60,main-seconds=600
(cd build-asan && ctest --output-on-failure -j"$jobs")

