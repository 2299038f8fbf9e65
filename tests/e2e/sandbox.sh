#!/usr/bin/env bash
# Plugins are guests: every plugin of the hostile corpus ends with a clear
# message and its expected exit code, and --trust lifts the sandbox for the
# user's own scripts. A hang is caught by `timeout`; the time each took is
# printed, not asserted (scripts/bench-sandbox.sh measures it).
DRILL=$1
source "$(dirname "$0")/lib.sh"

# Limits low enough that every runaway meets its instruction limit long
# before any time limit, however slow or busy the machine (a sanitizer build
# on one free core): which limit fires never depends on timing.
export DRILL_LIMITS="call-instructions=20000000,main-instructions=100000000,memory=128,call-seconds=300,main-seconds=600"
for f in "$ROOT"/tests/plugins/hostile/*.lua; do
  name=$(basename "$f")
  want=$(sed -n 's/^-- expect: //p' "$f")
  code=$(sed -n 's/^-- exit: //p' "$f")
  start=$(date +%s%N)
  timeout 30 "$DRILL" --no-store "$f" >"$TMP/out" 2>&1 </dev/null
  rc=$?
  out=$(tail -c 2000 "$TMP/out")
  ms=$((($(date +%s%N) - start) / 1000000))
  if [ "$rc" -eq "$code" ] && grep -qF -- "$want" "$TMP/out"; then
    ok "$name: stopped with '$want' in ${ms} ms"
  else
    not_ok "$name" "exit $rc (want $code; 124 is a hang) after ${ms} ms" "want: $want" "got: ${out:0:500}"
  fi
done
[ ! -e /tmp/drill-hostile-was-here ] && ok "os.execute ran nothing" || not_ok "os.execute ran something"

# --trust: the user's own script gets the full standard library
printf 'local f = assert(io.open(arg[1], "w")); f:write("x"); f:close(); print(os.getenv("HOME") ~= nil)\n' >"$TMP/own.lua"
run --trust "$TMP/own.lua" "$TMP/written"
expect_rc "--trust runs a script with io and os" 0
[ -f "$TMP/written" ] && ok "--trust script wrote its file" || not_ok "--trust script wrote its file"

# a guest's require finds modules beside it, not elsewhere
mkdir -p "$TMP/mods"
printf 'return { answer = 42 }\n' >"$TMP/mods/helper.lua"
printf 'print(require("helper").answer)\nprint(pcall(require, "nonexistent"))\n' >"$TMP/mods/main.lua"
run "$TMP/mods/main.lua"
expect_in "require loads a module beside the script" "$out" "42"
expect_in "require of an unknown module fails clearly" "$out" "module 'nonexistent' not found"

finish
