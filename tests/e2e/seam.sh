#!/usr/bin/env bash
# The seam between C and Lua, end to end: drill.bank.check and --bank stay
# inside the paths named on the command line (symbolic links included) and
# quote nothing from outside; the progress store can be read when it cannot
# be written, reports every attempt a locked store did not record, and caps
# what a run may write. Guest plugins come from tests/plugins/hostile/with-args.
DRILL=$1
source "$(dirname "$0")/lib.sh"
H="$ROOT/tests/plugins/hostile/with-args"
SECRET="TOPSECRET-5e1f"

# ---------------------------------------------------------------- bank confinement
B="$TMP/banks"
mkdir -p "$B" "$TMP/outside"
cp "$FIX/banks/mini/mini.json" "$B/a-mini.json"
printf '{"format": 1, "bank": "x", "title": "t", "questions": [], "%s": 1}\n' "$SECRET" >"$TMP/outside/secret.json"
ln -s "$TMP/outside/secret.json" "$B/b-secret.json"
ln -s /etc/passwd "$B/c-passwd.json"
ln -s "$TMP/outside" "$B/d-dir.json"

run "$H/bank_check_links.lua" "$B"
expect_rc "bank.check with links out: the run goes on" 0
expect_in "bank.check names the link to a file outside" "$out" "$B/b-secret.json: not read: it leads outside"
expect_in "bank.check names the link to /etc/passwd" "$out" "$B/c-passwd.json: not read: it leads outside"
expect_in "bank.check names the link to a directory outside" "$out" "$B/d-dir.json: not read"
expect_not_in "bank.check quotes nothing from the secret file" "$out$err" "$SECRET"
expect_not_in "bank.check quotes nothing from /etc/passwd" "$out$err" "root:"
expect_in "bank.check still checks the bank inside" "$out" "ok=false files=1"
expect_in "bank.check of the link itself is refused" "$out" "c-passwd.json: not a path named on the command line"

run lint.lua "$B"
expect_rc "lint.lua of a directory with links out fails" 66
expect_in "lint.lua names the link" "$err" "$B/b-secret.json: not read"
expect_not_in "lint.lua quotes nothing from outside" "$out$err" "$SECRET"
expect_not_in "lint.lua quotes nothing from /etc/passwd" "$out$err" "root:"

run --bank "$B" list.lua
expect_rc "--bank with links out is refused" 66
expect_in "--bank names the link" "$err" "$B/c-passwd.json: not read"
expect_not_in "--bank quotes nothing from outside" "$out$err" "$SECRET"

run --trust lint.lua "$B"
expect_in "--trust lifts the confinement (the secret file is read, and quoted)" "$err" "unknown key \"$SECRET\""

# ---------------------------------------------------------------- the store
S="$TMP/state/store/progress.db"
run --store "$S" "$H/store_use.lua"
expect_rc "store: records in a writable store" 0
expect_in "store: progress of a new store is empty" "$out" "progress:	0"
expect_in "store: record returns true" "$out" "record:	true"
printf 'print(next(assert(drill.store.progress())) == nil)\n' >"$TMP/read.lua"
run --store "$TMP/state/none/progress.db" "$TMP/read.lua"
expect_in "store: reading a store that does not exist gives nothing" "$out" "true"
[ ! -e "$TMP/state/none" ] && ok "store: reading creates no store" || not_ok "store: reading creates no store"

# read-only: a file and directory its user may not write (as root: run as nobody)
AS=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
    AS=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups)
  fi
fi
if [ "$(id -u)" -ne 0 ] || [ ${#AS[@]} -gt 0 ]; then
  chmod 0755 "$TMP" "$TMP/state" "$TMP/state/store"
  chmod 0444 "$S"
  chmod 0555 "$TMP/state/store"
  out=$("${AS[@]}" "$DRILL" --store "$S" "$H/store_use.lua" 2>"$TMP/stderr" </dev/null)
  rc=$?
  err=$(cat "$TMP/stderr")
  chmod 0755 "$TMP/state/store"
  chmod 0644 "$S"
  expect_rc "read-only store: the run goes on" 0
  expect_in "read-only store: progress is read" "$out" "progress:	2"
  expect_in "read-only store: record fails naming the store" "$out" "record:	nil	$S: the progress store is read-only: 1 attempt not recorded (1 in this run)"
  expect_in "read-only store: every lost attempt is counted" "$out" "(2 in this run)"
  expect_in "read-only store: a warning at the end" "$err" "drill: warning: $S: 2 attempts were not recorded in this run"
else
  ok "# SKIP read-only store: no unprivileged user to run as"
fi

# locked: another process holds the write lock for as long as this test needs
if command -v sqlite3 >/dev/null && command -v stdbuf >/dev/null; then
  mkfifo "$TMP/lock.in"
  stdbuf -o0 sqlite3 "$S" <"$TMP/lock.in" >"$TMP/lock.out" 2>&1 &
  holder=$!
  exec 7>"$TMP/lock.in"
  printf "BEGIN IMMEDIATE;\nSELECT 'held';\n" >&7
  for _ in $(seq 600); do grep -q held "$TMP/lock.out" && break; sleep 0.05; done
  run --store "$S" "$H/store_use.lua"
  printf 'ROLLBACK;\n.quit\n' >&7
  exec 7>&-
  wait "$holder"
  expect_rc "locked store: the run goes on" 0
  expect_in "locked store: progress is still read" "$out" "progress:	2"
  expect_in "locked store: record says it was locked" "$out" "$S: locked by another process for over"
  expect_in "locked store: and counts what was lost" "$out" "1 attempt not recorded (1 in this run)"
  expect_in "locked store: a warning at the end" "$err" "$S: 2 attempts were not recorded in this run"
  run --store "$S" "$TMP/read.lua"
  printf 'local p = assert(drill.store.progress()); print("attempts", p["q.one"].attempts)\n' >"$TMP/count.lua"
  run --store "$S" "$TMP/count.lua"
  expect_in "locked store: nothing half-written" "$out" "attempts	2"
else
  ok "# SKIP locked store: no sqlite3 or stdbuf"
fi

# the per-run caps hold with a real store: the flood stops at the limit
run --store "$S" "$ROOT/tests/plugins/hostile/record_flood.lua"
expect_rc "record flood: stopped" 70
expect_in "record flood: names the limit" "$err" "DRILL_STORE_MAX_RECORDS_PER_RUN"
printf 'local n = 0; for _, v in pairs(assert(drill.store.progress())) do n = n + v.attempts end; print("total", n)\n' >"$TMP/total.lua"
run --store "$S" "$TMP/total.lua"
expect_in "record flood: exactly the limit was written" "$out" "total	100002"
run --store "$S" "$ROOT/tests/plugins/hostile/record_huge_field.lua"
expect_rc "huge field: refused" 70
size=$(stat -c %s "$S")
[ "$size" -lt 16000000 ] && ok "store stays small ($size bytes)" || not_ok "store stays small" "$size bytes"

finish
