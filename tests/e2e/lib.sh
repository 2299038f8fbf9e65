# Helpers for end-to-end tests: run the real drill binary and check what a user would see.
# Usage: source lib.sh; DRILL=path/to/drill
set -u
: "${DRILL:?set DRILL to the drill binary}"
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
FIX="$ROOT/tests/fixtures"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export NO_COLOR=1 XDG_STATE_HOME="$TMP/state" HOME="$TMP/home"
unset DRILL_BANKS DRILL_STORE DRILL_PATH
passed=0
failed=0

ok() { passed=$((passed + 1)); printf 'ok %d - %s\n' $((passed + failed)) "$1"; }
not_ok() {
  failed=$((failed + 1))
  printf 'not ok %d - %s\n' $((passed + failed)) "$1"
  shift
  for line in "$@"; do printf '#   %s\n' "$line"; done
}

# run [drill args...]: runs drill with stdin from $IN (default empty); sets out, err, rc
run() {
  out=$("$DRILL" "$@" <"${IN:-/dev/null}" 2>"$TMP/stderr")
  rc=$?
  err=$(cat "$TMP/stderr")
}

expect_rc() { # name expected
  if [ "$rc" -eq "$2" ]; then ok "$1"; else not_ok "$1" "exit $rc, expected $2" "stdout: ${out:0:400}" "stderr: ${err:0:400}"; fi
}

expect_in() { # name haystack needle
  case "$2" in
    *"$3"*) ok "$1" ;;
    *) not_ok "$1" "expected to find: $3" "in: ${2:0:600}" ;;
  esac
}

expect_not_in() { # name haystack needle
  case "$2" in
    *"$3"*) not_ok "$1" "did not expect: $3" "in: ${2:0:600}" ;;
    *) ok "$1" ;;
  esac
}

expect_eq() { # name actual expected
  if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1" "got: ${2:0:400}" "expected: ${3:0:400}"; fi
}

finish() {
  printf '%d passed, %d failed\n' "$passed" "$failed"
  [ "$failed" -eq 0 ]
}
