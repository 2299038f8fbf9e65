#!/usr/bin/env bash
# Guests cannot fake or stall results: a hostile grader shared on DRILL_PATH
# and used by check.lua cannot change another grader, forge the report or end
# the batch; a worker stuck inside C fails its item and the batch goes on;
# workers die with a killed parent. Which limit fires is set by DRILL_LIMITS,
# never by how fast the machine is.
DRILL=$1
source "$(dirname "$0")/lib.sh"

# ---- a hostile grader, named by a rubric, in a batch check
mkdir -p "$TMP/plugins/graders" "$TMP/answers"
cat >"$TMP/plugins/graders/evil.lua" <<'LUA'
local kw = require("graders.keyword")
pcall(function() kw.grade = function() return { score = 1, pass = true } end end)
pcall(rawset, kw, "grade", function() return { score = 1, pass = true } end)
pcall(function() require("lib.grade").answer = function() return { score = 1, pass = true } end end)
return { name = "evil", api = 1, grade = function(q, text)
  pcall(function() q.rubric.pass = 0 end)
  pcall(function() q.rubric.concepts = {} end)
  for i = 1, 2000 do print(("ok %d - forged pass"):format(i)) end
  if text:find("EXIT", 1, true) then drill.exit(0, "all passed") end
  return { score = 0, feedback = { "evil was here" } }
end }
LUA
sed '0,/"pass": 0.6,/s//"pass": 0.6, "graders": [{"name": "evil", "weight": 1}, {"name": "keyword", "weight": 1}],/' \
  "$FIX/banks/mini/mini.json" >"$TMP/evil.json"
printf '## mini.overfitting\nI have no idea at all.\n' >"$TMP/answers/weak.md"
printf '## mini.overfitting\nEXIT now please.\n' >"$TMP/answers/exit.md"
for jobs in 1 2; do
  out=$(DRILL_PATH="$TMP/plugins" "$DRILL" --no-store --bank "$TMP/evil.json" check.lua --jobs $jobs \
    --format tap "$TMP/answers/weak.md" 2>"$TMP/err"); rc=$?
  [ "$rc" -eq 1 ] && ok "jobs $jobs: a weak answer still fails beside a hostile grader (exit 1)" ||
    not_ok "jobs $jobs: weak answer fails" "exit $rc" "$out" "$(cat "$TMP/err")"
  expect_not_in "jobs $jobs: the grader's prints do not reach the report" "$out" "forged pass"
  printf '%s\n' "$out" >"$TMP/report.tap"
  prove_out=$(prove "$TMP/report.tap" 2>&1 </dev/null | cat)
  case "$prove_out" in *"Result: FAIL"*) ok "jobs $jobs: prove reads the failure" ;;
    *) not_ok "jobs $jobs: prove reads the failure" "$prove_out" ;; esac
  out=$(DRILL_PATH="$TMP/plugins" "$DRILL" --no-store --bank "$TMP/evil.json" check.lua --jobs $jobs \
    "$TMP/answers/exit.md" 2>&1); rc=$?
  [ "$rc" -ne 0 ] && ok "jobs $jobs: drill.exit(0) in a grader does not end the batch green (exit $rc)" ||
    not_ok "jobs $jobs: drill.exit in a grader" "exit $rc" "$out"
  expect_in "jobs $jobs: the answer is an error naming drill.exit" "$out" "drill.exit"
done
out=$(DRILL_PATH="$TMP/plugins" "$DRILL" --no-store --bank "$TMP/evil.json" check.lua --format json \
  "$TMP/answers/weak.md" 2>/dev/null)
score=$(printf '%s' "$out" | /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["files"][0]["answers"][0]["score"])')
[ "$score" != "1" ] && [ "$score" != "1.0" ] && ok "the keyword grader's score is its own ($score)" ||
  not_ok "the keyword grader was replaced" "score $score"

# ---- a grader cannot write files: not the answer file it grades (named on the command line), not
# the report, not the job summary where it could forge the verdict
cat >"$TMP/plugins/graders/scribe.lua" <<LUA
return { name = "scribe", api = 1, grade = function()
  local said = {}
  for _, try in ipairs({
    function() return drill.fs.write("$TMP/answers/weak.md", "## mini.overfitting\\nforged\\n") end,
    function() return drill.fs.output("$TMP/report.txt") end,
    function() return drill.fs.append_step_summary("all passed (forged)") end,
  }) do
    local ok, err = pcall(try)
    said[#said + 1] = ok and "wrote" or tostring(err)
  end
  return { score = 0, feedback = said }
end }
LUA
sed '0,/"pass": 0.6,/s//"pass": 0.6, "graders": [{"name": "scribe", "weight": 1}],/' \
  "$FIX/banks/mini/mini.json" >"$TMP/scribe.json"
before=$(cat "$TMP/answers/weak.md")
: >"$TMP/summary.md"
for jobs in 1 2; do
  out=$(GITHUB_STEP_SUMMARY="$TMP/summary.md" DRILL_PATH="$TMP/plugins" "$DRILL" --no-store --bank "$TMP/scribe.json" \
    check.lua --jobs $jobs --format json --output "$TMP/report.txt" "$TMP/answers/weak.md" 2>&1); rc=$?
  expect_eq "jobs $jobs: a grader that tries to write files leaves the answer file as it was" \
    "$(cat "$TMP/answers/weak.md")" "$before"
  expect_eq "jobs $jobs: ... each write was refused, naming the plugin call" \
    "$(jq -r '.files[0].answers[0].feedback[]' "$TMP/report.txt" | sed 's/^.*: a plugin call (\([^)]*\)) cannot write.*$/refused in \1/' | sort -u)" \
    "refused in grading question mini.overfitting with scribe"
  expect_not_in "jobs $jobs: ... and the job summary has nothing of it" "$(cat "$TMP/summary.md")" "forged"
done
out=$(DRILL_PATH="$TMP/plugins" "$DRILL" --no-store --bank "$TMP/scribe.json" --trust check.lua --format json \
  "$TMP/answers/weak.md" 2>&1)
expect_in "with --trust the writes are the user's own choice" "$(cat "$TMP/answers/weak.md")" "forged"
printf '%s\n' "$before" >"$TMP/answers/weak.md"

# ---- a module from DRILL_PATH loads as a guest call
printf 'while true do end\n' >"$TMP/plugins/graders/spin.lua"
sed '0,/"pass": 0.6,/s//"pass": 0.6, "graders": [{"name": "spin", "weight": 1}],/' \
  "$FIX/banks/mini/mini.json" >"$TMP/spin.json"
out=$(DRILL_LIMITS=call-instructions=5000000 DRILL_PATH="$TMP/plugins" "$DRILL" --no-store --bank "$TMP/spin.json" \
  check.lua "$TMP/answers/weak.md" 2>&1); rc=$?
[ "$rc" -eq 65 ] && ok "a grader whose module body never ends is an error for its answer (exit 65)" ||
  not_ok "a spinning module body" "exit $rc" "$out"
expect_in "the message names the module and the limit" "$out" "loading module graders.spin"

# ---- drill's own grader is drill's code: its Lua is not counted against the instruction limit
# of a call, as drill's own script's is not; the same code from DRILL_PATH is a guest's
cp "$ROOT/plugins/graders/keyword.lua" "$TMP/plugins/graders/copied.lua"
sed '0,/"pass": 0.6,/s//"pass": 0.6, "graders": [{"name": "copied", "weight": 1}],/' \
  "$FIX/banks/mini/mini.json" >"$TMP/copied.json"
printf '## mini.overfitting\nOverfitting is when a model fits the noise in its training data: training\nerror is low but error on new data is high. Regularisation, more data or early stopping reduce it.\n' \
  >"$TMP/answers/right.md"
for jobs in 1 2; do
  out=$(DRILL_LIMITS=call-instructions=20000 "$DRILL" --no-store --bank "$FIX/banks/mini/mini.json" \
    check.lua --jobs $jobs "$TMP/answers/right.md" 2>&1); rc=$?
  [ "$rc" -eq 0 ] && ok "jobs $jobs: the built-in grader grades under a call limit of 20,000 instructions" ||
    not_ok "jobs $jobs: the built-in grader under a low call limit" "exit $rc" "$out"
  out=$(DRILL_LIMITS=call-instructions=20000 DRILL_PATH="$TMP/plugins" "$DRILL" --no-store \
    --bank "$TMP/copied.json" check.lua --jobs $jobs "$TMP/answers/right.md" 2>&1); rc=$?
  [ "$rc" -eq 65 ] && ok "jobs $jobs: its copy on DRILL_PATH meets the limit (exit 65)" ||
    not_ok "jobs $jobs: the copy on DRILL_PATH under a low call limit" "exit $rc" "$out"
  expect_in "jobs $jobs: the message names the limit" "$out" "exceeded the instruction limit"
done

# ---- a worker stuck inside one C call: that item fails, the batch goes on
cat >"$TMP/stall.lua" <<'LUA'
local t = {}
for i = 1, 8000000 do t[i] = (i * 7919) % 8000000 end
drill.parallel(2, 5, function(i)
  if i == 1 then table.sort(t) end -- seconds inside one C call
  return "item " .. i
end, function(i, r, err) print(i, r or ("error: " .. err)) end)
print("batch done")
LUA
out=$(DRILL_LIMITS="call-seconds=0.5,grace-seconds=1,call-instructions=1e15,memory=1024" \
  "$DRILL" --no-store "$TMP/stall.lua" 2>&1); rc=$?
expect_rc "a stalled worker does not stop the batch" 0
expect_in "the stalled item is an error that says so" "$out" "1	error: "
expect_in "... stuck inside one call" "$out" "stuck inside one call"
for i in 2 3 4 5; do expect_in "item $i is still done" "$out" "$i	item $i"; done
expect_in "the batch finishes" "$out" "batch done"

# ---- items of very unequal work, past the window of results held for their turn: all of
# them, each once, in order, with any number of workers
cat >"$TMP/uneven.lua" <<'LUA'
local got = {}
local jobs, lanes = ...
drill.parallel(tonumber(jobs), 300, function(i)
  local x = 0
  if i % 97 == 1 then for k = 1, 3000000 do x = x + k % 7 end end -- a few long items
  return { i = i, x = x }
end, function(i, r, err)
  got[#got + 1] = r and r.i == i and i or ("item " .. i .. ": " .. tostring(err))
end, tonumber(lanes))
local bad = 0
for k, v in ipairs(got) do if v ~= k then bad = bad + 1 end end
print(#got, bad)
LUA
for jobs in 1 2 3 16; do
  out=$(DRILL_LIMITS=call-instructions=1e12 "$DRILL" --no-store "$TMP/uneven.lua" "$jobs" 2>&1); rc=$? err=""
  expect_eq "300 items of uneven work with $jobs workers: all, each once, in order" "$rc:$out" "0:300	0"
done
# in lanes: as many as the workers, fewer (workers share a lane) and more (a worker has several)
for jl in "2 2" "3 2" "2 5" "16 3"; do
  set -- $jl
  out=$(DRILL_LIMITS=call-instructions=1e12 "$DRILL" --no-store "$TMP/uneven.lua" "$1" "$2" 2>&1); rc=$? err=""
  expect_eq "... in $2 lanes with $1 workers: all, each once, in order" "$rc:$out" "0:300	0"
done

# ---- workers that end in the middle of their items, again and again: every item is reported
# once, in order, the ones a worker ended on as failed, and no item is lost with its worker
# (forked workers: with --trust and one job, work runs in this process)
cat >"$TMP/ends.lua" <<'LUA'
local got = {}
local jobs, lanes = ...
drill.parallel(tonumber(jobs), 60, function(i)
  if i % 3 == 0 then os.exit(3) end
  return i
end, function(i, r, err)
  got[#got + 1] = r == i and "ok" or (r == nil and tostring(err):find("stopped in item " .. i, 1, true)
    and "stopped" or ("wrong: " .. tostring(r) .. " " .. tostring(err)))
end, tonumber(lanes))
local ok, stopped, other = 0, 0, 0
for k, v in ipairs(got) do
  if v == "ok" and k % 3 ~= 0 then ok = ok + 1
  elseif v == "stopped" and k % 3 == 0 then stopped = stopped + 1
  else other = other + 1 end
end
print(#got, ok, stopped, other)
LUA
for jobs in 2 3 4; do
  # an item lost with its worker would leave parallel waiting for it: give up after a minute
  out=$(timeout 60 "$DRILL" --trust --no-store "$TMP/ends.lua" "$jobs" 2>&1); rc=$? err=""
  expect_eq "workers ending on every third item ($jobs at once): each item reported once, in order" \
    "$rc:$out" "0:60	40	20	0"
  out=$(timeout 60 "$DRILL" --trust --no-store "$TMP/ends.lua" "$jobs" 3 2>&1); rc=$? err=""
  expect_eq "... and in 3 lanes" "$rc:$out" "0:60	40	20	0"
done

# ---- lanes: a worker does the items of its own lane, another's only when its own has none
# left. Two items in two lanes go to two workers, where without lanes the first worker is given
# both (the one it does, and the next)
cat >"$TMP/lanes.lua" <<'LUA'
local first -- the first item this worker did
local got = {}
drill.parallel(2, 2, function(i) first = first or i return first end,
  function(i, r) got[i] = r end, tonumber((...)))
print(got[1], got[2])
LUA
out=$("$DRILL" --no-store "$TMP/lanes.lua" 2 2>&1); rc=$? err=""
expect_eq "two items in two lanes: each done by its lane's worker" "$rc:$out" "0:1	2"
out=$("$DRILL" --no-store "$TMP/lanes.lua" 2>&1); rc=$? err=""
expect_eq "... and by the first worker without lanes" "$rc:$out" "0:1	1"
for bad in 0 17 x; do
  echo "drill.parallel(2, 2, function() end, function() end, '$bad')" >"$TMP/badlanes.lua"
  out=$("$DRILL" --no-store "$TMP/badlanes.lua" 2>&1); rc=$?
  [ "$rc" -ne 0 ] && grep -Eq "bad argument #5 to '(drill\.)?parallel'" <<<"$out" &&
    ok "lanes $bad: refused, naming the argument" || not_ok "lanes $bad: refused, naming the argument" "exit $rc" "$out"
done

# ---- a long item does not hold the others back: item 1 waits for item 5, which the other
# worker takes while the first is busy (a worker given items 1, 3, 5, ... would wait in vain)
cat >"$TMP/hold.lua" <<'LUA'
local flag = ...
drill.parallel(2, 6, function(i)
  if i == 1 then
    local t0 = os.time()
    while os.time() - t0 < 60 do
      local f = io.open(flag)
      if f then f:close() return "item 5 was done meanwhile" end
    end
    return "waited in vain"
  elseif i == 5 then
    io.open(flag, "w"):close()
  end
  return "item " .. i
end, function(i, r, err) print(i, r or err) end)
LUA
out=$("$DRILL" --trust --no-store "$TMP/hold.lua" "$TMP/hold.flag" 2>&1); rc=$? err=""
expect_eq "a free worker takes the next item while another is busy with a long one" "$rc:$(head -1 <<<"$out")" \
  "0:1	item 5 was done meanwhile"

# ---- what work returns crosses to this process as plain data
cat >"$TMP/plain.lua" <<'LUA'
local j = drill.json
drill.parallel(tonumber((...)), 4, function(i)
  if i == 1 then
    return { n = i, f = 0.25, big = 1 << 60, yes = true, no = false, s = "a\0b\n\"é", null = j.null,
      empty = j.array(), list = j.array({ 1, "two", { three = 3 } }), obj = {}, [7] = "seven" }
  elseif i == 2 then return function() end
  elseif i == 3 then local c = {}; c.c = c; return c
  end
  return "text " .. i
end, function(i, r, err)
  if i == 1 then
    local seven = r[7]
    r[7] = nil
    print(j.encode(r), math.type(r.n), math.type(r.f), r.big == 1 << 60, seven, r.null == j.null, #r.s)
  else
    print(i, r and j.encode(r) or ("error: " .. err))
  end
end)
LUA
for jobs in 1 2; do
  out=$("$DRILL" --no-store "$TMP/plain.lua" "$jobs" 2>&1); rc=$? err=""
  expect_rc "work results: the run ends well ($jobs)" 0
  expect_in "a table result arrives whole: every type, empty arrays, null, nesting" "$out" \
    '{"big":1152921504606846976,"empty":[],"f":0.25,"list":[1,"two",{"three":3}],"n":1,"no":false,"null":null,"obj":{},"s":"a\u0000b\n\"é","yes":true}	integer	float	true	seven	true	7'
  expect_in "a function is not plain data: that item fails" "$out" "2	error: "
  expect_in "... saying so" "$out" "not plain data"
  expect_in "a table that holds itself fails that item" "$out" "3	error: "
  expect_in "a string result is unchanged" "$out" "4	\"text 4\""
done

# ---- a grader stuck inside C on one answer: that answer fails, the rest of
# its file and the batch are graded (which limit stops it -- the watchdog or,
# on a slow machine, the time limit while it builds its table -- does not
# matter: the answer is an error either way)
cat >"$TMP/plugins/graders/stuck.lua" <<'LUA'
local kw = require("graders.keyword")
return { name = "stuck", api = 1, grade = function(q, text, ctx)
  if text:find("STUCK", 1, true) then
    local t = {}
    for i = 1, 6000000 do t[i] = (i * 7919) % 6000000 end
    table.sort(t) -- seconds inside one C call
  end
  return kw.grade(q, text, ctx)
end }
LUA
sed '0,/"pass": 0.6,/s//"pass": 0.6, "graders": [{"name": "stuck", "weight": 1}],/' \
  "$FIX/banks/mini/mini.json" >"$TMP/stuck.json"
second=mini.l1-sparsity
mkdir -p "$TMP/stuck"
printf '## mini.overfitting\nSTUCK here\n\n## %s\nno idea\n' "$second" >"$TMP/stuck/a.md"
printf '## mini.overfitting\nIt memorises noise and generalises poorly to unseen data; use regularisation.\n' >"$TMP/stuck/b.md"
out=$(DRILL_LIMITS="call-seconds=2,grace-seconds=1,call-instructions=1e15,memory=1024" DRILL_PATH="$TMP/plugins" \
  "$DRILL" --no-store --bank "$TMP/stuck.json" check.lua --jobs 2 --format json "$TMP/stuck" 2>/dev/null); rc=$?
[ "$rc" -eq 65 ] && ok "a stuck answer makes the check exit 65" || not_ok "a stuck answer" "exit $rc" "${out:0:400}"
summary=$(printf '%s' "$out" | /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
for f in d["files"]:
    for a in f["answers"]:
        print(f["path"].rsplit("/", 1)[1], a["id"], a["status"])')
expect_in "the stuck answer is an error" "$summary" "a.md mini.overfitting error"
expect_in "the next answer in its file is still graded" "$summary" "a.md $second fail"
expect_in "the other file is graded" "$summary" "b.md mini.overfitting pass"

# ---- workers die with their parent
cat >"$TMP/spin_workers.lua" <<'LUA'
drill.parallel(2, 2, function() while true do end end, function() end)
LUA
DRILL_LIMITS="call-seconds=3600,call-instructions=1e15,main-seconds=3600,main-instructions=1e15,run-seconds=3600,run-instructions=1e15" \
  "$DRILL" --no-store "$TMP/spin_workers.lua" >/dev/null 2>&1 &
parent=$!
for _ in $(seq 100); do [ "$(pgrep -P $parent | wc -l)" -ge 2 ] && break; sleep 0.1; done
workers=$(pgrep -P $parent | tr '\n' ' ')
[ -n "$workers" ] && ok "workers started ($workers)" || not_ok "workers started"
kill -9 $parent; wait $parent 2>/dev/null
left=$workers
for _ in $(seq 100); do
  left=""; for w in $workers; do kill -0 "$w" 2>/dev/null && left="$left $w"; done
  [ -z "$left" ] && break; sleep 0.1
done
[ -z "$left" ] && ok "workers end when their parent is killed" || { not_ok "workers outlived their parent" "$left"; kill -9 $left; }

finish
