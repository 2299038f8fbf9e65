#!/usr/bin/env bash
# Sets up (with the test tools), builds, and runs the whole test suite:
# first the normal build, then 20 s of each parser's fuzzer (with clang),
# then a build with AddressSanitizer and UndefinedBehaviorSanitizer. Ends
# with ctest's own summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
jobs=$(nproc)

echo "== tests (build/)"
(cd build && ctest --output-on-failure -j"$jobs")

# The parsers' fuzzers, briefly: long runs are scripts/fuzz.sh's (600 s each by default).
if command -v clang >/dev/null; then
  echo "== fuzzing each parser for 20 s (build-fuzz/)"
  bash scripts/fuzz.sh 20
else
  echo "== fuzzing skipped: clang is not installed"
fi

echo "== tests under AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/)"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DDRILL_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$jobs" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j"$jobs")

