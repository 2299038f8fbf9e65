#!/usr/bin/env bash
# Output is never lost silently: a full disk or a closed standard output ends the run with exit 74
# and one line naming it; a reader that stops early (head) ends drill quietly; --output files are
# made safely (mkstemp beside the target, then a rename) or refused with exit 73 and one line.
DRILL=$1
source "$(dirname "$0")/lib.sh"
A="$FIX/answers/team"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

# ---------------------------------------------------------------- standard output
for fmt in text json junit tap; do
  "$DRILL" --no-store check.lua --format "$fmt" "$A" >/dev/full 2>"$TMP/err"; rc=$?; err=$(cat "$TMP/err")
  expect_rc "check.lua --format $fmt >/dev/full exits 74" 74
  expect_eq "... with one line naming the cause" "$err" "drill: standard output: No space left on device"
  "$DRILL" --no-store check.lua --format "$fmt" "$A" >&- 2>"$TMP/err"; rc=$?; err=$(cat "$TMP/err")
  expect_rc "check.lua --format $fmt with standard output closed exits 74" 74
  expect_eq "... with one line naming the cause" "$err" "drill: standard output: Bad file descriptor"
done
for fmt in text json; do
  "$DRILL" --no-store list.lua --format "$fmt" >/dev/full 2>"$TMP/err"; rc=$?; err=$(cat "$TMP/err")
  expect_rc "list.lua --format $fmt >/dev/full exits 74" 74
  expect_eq "... with one line" "$err" "drill: standard output: No space left on device"
  "$DRILL" --no-store list.lua --format "$fmt" >&- 2>"$TMP/err"; rc=$?; err=$(cat "$TMP/err")
  expect_rc "list.lua --format $fmt with standard output closed exits 74" 74
done
"$DRILL" --help >/dev/full 2>"$TMP/err"; rc=$?
expect_rc "drill --help >/dev/full exits 74" 74
printf 'print("hello")\n' >"$TMP/hello.lua"
"$DRILL" --no-store "$TMP/hello.lua" >/dev/full 2>"$TMP/err"; rc=$?; err=$(cat "$TMP/err")
expect_rc "a plugin's print to a full disk exits 74" 74
expect_in "... naming standard output" "$err" "drill: standard output: No space left on device"
printf 'drill.term.write(("x"):rep(1 << 20))\nerror("not reached")\n' >"$TMP/big.lua"
"$DRILL" --no-store "$TMP/big.lua" >/dev/full 2>"$TMP/err"; rc=$?; err=$(cat "$TMP/err")
expect_rc "drill.term.write fails at once on a full disk" 74
expect_not_in "... before the script goes on" "$err" "not reached"

# a closed stdout must not turn into a file drill opens (here: the report of --output)
"$DRILL" --no-store check.lua --format json --output "$TMP/closed.json" "$A" >&- 2>"$TMP/err"; rc=$?
expect_rc "with stdout closed, --output still works" 1
expect_eq "... and the report is whole" "$(jq '.files | length' "$TMP/closed.json")" 3

# A pipe whose reader has gone: drill ends by SIGPIPE, quietly, as other tools do (even when the
# caller ignored SIGPIPE). The read end is closed before drill starts, so this is deterministic.
closed_pipe() { # label drill-args...: runs drill with stdout a pipe nobody reads
  local label=$1 ignore
  shift
  for ignore in 0 1; do
    got=$("$PY" - "$ignore" "$DRILL" "$@" <<'PYEOF'
import os, signal, subprocess, sys
ignore, cmd = sys.argv[1] == "1", sys.argv[2:]
r, w = os.pipe()
os.close(r)
pre = (lambda: signal.signal(signal.SIGPIPE, signal.SIG_IGN)) if ignore else None
p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=w, stderr=subprocess.PIPE, preexec_fn=pre)
print(p.returncode, repr(p.stderr.decode()))
PYEOF
)
    expect_eq "$label | (closed pipe)$([ $ignore = 1 ] && echo ', SIGPIPE ignored by the caller'): quiet SIGPIPE" \
      "$got" "-13 ''"
  done
}
closed_pipe "list.lua" --no-store list.lua
closed_pipe "list.lua --format json" --no-store list.lua --format json
for fmt in text json junit tap; do closed_pipe "check.lua --format $fmt" --no-store check.lua --format "$fmt" "$A"; done
out=$("$DRILL" --no-store list.lua | head -1); st=("${PIPESTATUS[@]}")
case ${st[0]} in 0 | 141) ok "drill list.lua | head -1 exits quietly (${st[0]})" ;; *) not_ok "drill list.lua | head -1" "exit ${st[0]}" ;; esac

# ---------------------------------------------------------------- --output
run --no-store check.lua --output "$TMP/nosuch/report.html" --format html "$A"
expect_rc "--output in a missing directory exits 73" 73
expect_eq "... with one line and no traceback" "$err" \
  "drill: $TMP/nosuch/report.html: cannot create: No such file or directory"
mkdir "$TMP/dir"
run --no-store check.lua --output "$TMP/dir" "$A"
expect_rc "--output naming a directory exits 73" 73
expect_eq "... with one line" "$err" "drill: $TMP/dir: cannot create: Is a directory"
expect_eq "... and leaves nothing behind" "$(ls -A "$TMP/dir")" ""
if [ "$(id -u)" -ne 0 ]; then
  mkdir "$TMP/ro" && chmod 555 "$TMP/ro"
  run --no-store check.lua --output "$TMP/ro/report.json" --format json "$A"
  expect_rc "--output in a read-only directory exits 73" 73
  expect_eq "... with one line" "$err" "drill: $TMP/ro/report.json: cannot create: Permission denied"
  chmod 755 "$TMP/ro"
else
  # root writes anywhere a mode allows: use a directory no one can create files in
  run --no-store check.lua --output /proc/report.json --format json "$A"
  expect_rc "--output in an unwritable directory exits 73" 73
  expect_in "... with one line" "$err" "drill: /proc/report.json: cannot create: "
  expect_eq "... only one" "$(wc -l <<<"$err")" 1
fi

# planted symlinks at every name a temporary could have: none is followed
mkdir "$TMP/plant"
printf 'precious\n' >"$TMP/victim"
"$PY" - "$DRILL" "$TMP/plant" "$TMP/victim" "$A" <<'PYEOF' >"$TMP/plant.out" 2>&1
import os, random, string, subprocess, sys
drill, d, victim, answers = sys.argv[1:]
target = os.path.join(d, "report.json")
def plant(pid):
    # the old predictable name, and the new pattern with many of its suffixes
    names = ["report.json.tmp.%d" % pid] + [
        ".report.json.drill-%d.%s" % (pid, "".join(random.choice(string.ascii_letters + string.digits) for _ in range(6)))
        for _ in range(200)]
    for n in names:
        os.symlink(victim, os.path.join(d, n))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)  # wait until the links for this pid are planted
    os.execv(drill, [drill, "--no-store", "check.lua", "--format", "json", "--output", target, answers])
os.close(r)
plant(pid)
os.write(w, b"x")
_, status = os.waitpid(pid, 0)
print("exit", os.waitstatus_to_exitcode(status))
PYEOF
expect_eq "check.lua --output with planted symlinks runs" "$(tail -1 "$TMP/plant.out")" "exit 1"
expect_eq "... the symlinks' target is untouched" "$(cat "$TMP/victim")" "precious"
expect_eq "... the report is at its path" "$(jq '.files | length' "$TMP/plant/report.json" 2>&1)" 3
expect_eq "... every planted link is still a link" "$(find "$TMP/plant" -name '*report.json.*' ! -type l | wc -l)" 0

# a symlink at the target itself is replaced, not followed
ln -s "$TMP/victim" "$TMP/link.json"
run --no-store check.lua --format json --output "$TMP/link.json" "$A"
expect_rc "--output over a symlink runs" 1
expect_eq "... the link's target is untouched" "$(cat "$TMP/victim")" "precious"
[ -f "$TMP/link.json" ] && [ ! -L "$TMP/link.json" ] && ok "... the report replaced the link" || not_ok "the report replaced the link"

# the report gets the mode of any new file (mkstemp makes 0600)
(umask 022 && "$DRILL" --no-store check.lua --format json --output "$TMP/mode.json" "$A" >/dev/null 2>&1)
expect_eq "the report's mode follows the umask" "$(stat -c %a "$TMP/mode.json")" 644

# stale temporaries of a killed drill are removed by the next write of the same target
mkdir "$TMP/stale"
gone=$(cat /proc/sys/kernel/pid_max) # no process can have this id
: >"$TMP/stale/.r.json.drill-$gone.AbC123"
: >"$TMP/stale/r.json.tmp.$gone"
: >"$TMP/stale/.r.json.drill-$$.XyZ789"        # this shell is alive: kept
: >"$TMP/stale/.other.json.drill-$gone.AbC123" # another target: kept
printf 'mine\n' >"$TMP/stale/notes.r.json.tmp.$gone" # not a name drill makes: kept
run --no-store check.lua --format json --output "$TMP/stale/r.json" "$A"
expect_rc "a write beside stale temporaries runs" 1
expect_eq "... removes those whose process is gone, keeps the rest" "$(ls -A "$TMP/stale" | sort | tr '\n' ' ')" \
  ".other.json.drill-$gone.AbC123 .r.json.drill-$$.XyZ789 notes.r.json.tmp.$gone r.json "

# a kill -9 mid-write leaves at most one recognisable temporary, never a partial report
mkdir "$TMP/killed"
printf 'local o = assert(drill.fs.output(arg[1]))\no:write("partial")\nwhile true do end\n' >"$TMP/hang.lua"
"$DRILL" --trust --no-store "$TMP/hang.lua" "$TMP/killed/r.json" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 200); do [ -n "$(ls -A "$TMP/killed")" ] && break; sleep 0.05; done
kill -9 $pid; wait $pid 2>/dev/null
expect_eq "kill -9 leaves no report" "$(ls "$TMP/killed")" ""
expect_in "... and a temporary named for its target and process" "$(ls -A "$TMP/killed")" ".r.json.drill-$pid."
run --no-store check.lua --format json --output "$TMP/killed/r.json" "$A"
expect_eq "... which the next successful write removes" "$(ls -A "$TMP/killed")" "r.json"

# a plugin that fails after opening an output: no report and no temporary are left (the
# output's finalizer runs on the way out, though the state is not closed, and removes it)
mkdir "$TMP/failed"
printf 'local o = assert(drill.fs.output(...))\no:write("half a report")\nerror("boom", 0)\n' >"$TMP/fail.lua"
run --no-store "$TMP/fail.lua" "$TMP/failed/r.json"
expect_eq "a plugin failing before commit exits 70 and leaves nothing" "$rc:$(ls -A "$TMP/failed")" "70:"

finish
