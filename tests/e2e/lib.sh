# Helpers for end-to-end tests: run the real drill binary and check what a user would see.
# Usage: source lib.sh; DRILL=path/to/drill
set -u
: "${DRILL:?set DRILL to the drill binary}"
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
FIX="$ROOT/tests/fixtures"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export NO_COLOR=1 XDG_STATE_HOME="$TMP/state" HOME="$TMP/home"
unset DRILL_BANKS DRILL_STORE DRILL_PATH DRILL_CACHE XDG_CACHE_HOME
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

expect_match() { # name haystack extended-regex
  if grep -qE -- "$3" <<<"$2"; then ok "$1"; else not_ok "$1" "no line matches: $3" "in: ${2:0:600}"; fi
}

# The text with each clock reading ("0:07", "12:40") as "M:SS": how long a run took differs from
# run to run on a loaded machine, and no test compares it.
noclock() { sed -E 's/(^|[^0-9:])[0-9]+:[0-9]{2}([^0-9:]|$)/\1M:SS\2/g'; }

finish() {
  printf '%d passed, %d failed\n' "$passed" "$failed"
  [ "$failed" -eq 0 ]
}

# ---------------------------------------------------------------- a real terminal (tmux)
# tmux_server: a private tmux server for this test, killed at exit; T runs tmux on it.
# A pane's command starts with "trap : INT": Ctrl-C goes to the pane's whole process group, and
# the shell that runs drill must outlive it to print drill's exit status (drill itself gets the
# default handling back when it starts, and sets its own). The
# server itself runs in UTF-8 (-u), so keys sent with send-keys reach the pane as UTF-8.
# A session "keep" lives as long as the test: killing the last session makes the server exit,
# and a session started meanwhile could go down with it. Returns 1 when tmux is not installed.
tmux_server() {
  command -v tmux >/dev/null || return 1
  SOCK="drill-$(basename "$0" .sh)-$$"
  trap 'T kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
  T new-session -d -s keep "sleep 86400"
}
T() { LC_ALL=C.UTF-8 tmux -u -L "$SOCK" "$@"; }

# wait_for TEXT [SECONDS]: until the pane $PANE (default "drill") shows TEXT, 60 s at most (a
# ceiling for a loaded machine: it returns as soon as TEXT is there);
# $screen is what it showed (lines a narrow pane wrapped are joined when JOIN=1).
wait_for() {
  local end=$((SECONDS + ${2:-60}))
  while [ $SECONDS -lt $end ]; do
    screen=$(T capture-pane -p ${JOIN:+-J} -t "${PANE:-drill}" -S -400)
    [[ "$screen" == *"$1"* ]] && return 0
    sleep 0.1
  done
  screen=$(T capture-pane -p ${JOIN:+-J} -t "${PANE:-drill}" -S -400)
  return 1
}

# ---------------------------------------------------------------- a browser (headless Chromium)
# chrome ARGS... URL: headless Chromium with a throwaway profile, at $CHROME_SIZE (default 1200,900).
# Now and then Chromium exits with nothing done (one of its processes dies); a run that fails
# so, by its exit status, an empty --dump-dom or a missing --screenshot, is made again, up to
# three times in all, and the last run's errors are shown.
chrome() {
  local try out rc arg shot="" dump="" err="$TMP/chrome.err"
  for arg in "$@"; do
    case $arg in
      --screenshot=*) shot=${arg#--screenshot=} ;;
      --dump-dom) dump=1 ;;
    esac
  done
  for try in 1 2 3; do
    [ -z "$shot" ] || rm -f "$shot"
    out=$(timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage \
      --user-data-dir="$(mktemp -d "$TMP/chrome.XXXXXX")" --window-size="${CHROME_SIZE:-1200,900}" "$@" 2>"$err")
    rc=$?
    if [ "$rc" = 0 ] && { [ -z "$dump" ] || [ -n "$out" ]; } && { [ -z "$shot" ] || [ -s "$shot" ]; }; then
      [ -z "$out" ] || printf '%s\n' "$out"
      return 0
    fi
    echo "chrome: try $try of 3 failed (exit $rc)" >&2
  done
  tail -n 20 "$err" >&2
  [ -z "$out" ] || printf '%s\n' "$out"
  return $((rc ? rc : 1))
}
# png_stats FILE [COLOUR...]: width, height, distinct colours, pixels of each colour (png_stats.py)
png_stats() { "${PY:-python3}" "$ROOT/tests/e2e/png_stats.py" "$@"; }
