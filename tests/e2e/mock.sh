#!/usr/bin/env bash
# The mock interview: piped end to end on the built-in banks (plans per level, right and wrong
# answers, the clock running out, usage errors), then driven at a real terminal (tmux).
DRILL=$1
source "$(dirname "$0")/lib.sh"

# --- Part 1: piped --------------------------------------------------------------------

# A helper that makes the same choices as the mock for a --seed (it calls the mode's own
# planner) and prints, for "answers", the model answer of every prompt, each ended by an empty
# line, or for "ids", each item's id and levels.
cat >"$TMP/mock_models.lua" <<'EOF'
local plan = require("lib.modes.mock_plan")
local deepdive = require("lib.modes.deepdive")
local pick = require("lib.questions")
local what, level, short = arg[1], arg[2] or "mid", arg[3] == "short"
local all = drill.bank.questions()
-- whether the banks have anything of this kind at the level (else any level is fair)
local function at_level(kind)
  if kind == "rapid" then return #pick.filter(pick.short_answer(all), { level = level }) > 0 end
  return #plan.engine(kind).pick(all, { level = level, count = 1 }) > 0
end
local function say(a) print((pick.answer_text(a):gsub("\n%s*\n", "\n"))); print("") end
for _, p in ipairs(plan.choose(all, level, plan.plan(level, short))) do
  for _, q in ipairs(p.items) do
    if what == "ids" then
      print(p.kind, q.id, pick.levels(q), at_level(p.kind) and "" or "none-at-level")
    elseif p.kind == "rapid" then
      say(q.answer)
    elseif p.kind == "deep" then
      for _, c in ipairs(deepdive.chain(q)) do say(c.answer) end
    else
      for _, st in ipairs(q.stages or q.steps) do say(st.answer) end
    end
  end
end
EOF
models() { "$DRILL" --trust "$@"; }

run --no-store mock.lua --help
expect_rc "--help exits 0" 0
expect_in "--help lists the options" "$out" "--minutes N"
expect_in "--help gives the plan per level" "$out" "research  3 rapid fire, 1 deep dive, 2 derivations, 1 scenario"
expect_in "--help names the signals" "$out" "lean no hire"
run --no-store mock.lua --level intern
expect_rc "an unknown level is a usage error" 64
expect_in "... naming the levels" "$err" "junior, mid, senior, research"
run --no-store mock.lua --minutes 0
expect_rc "--minutes 0 is a usage error" 64
run --no-store mock.lua --minutes soon
expect_rc "--minutes soon is a usage error" 64
run --no-store mock.lua --count 3
expect_rc "an unknown option is a usage error" 64
out=$(yes :skip | head -n 40 | "$DRILL" --no-store --seed 3 mock.lua --lesson advanced --short 2>&1)
expect_in "--lesson advanced: all four parts" "$out" "Part 4  Derivation"
expect_eq "--lesson advanced: every question and topic is of the lesson" \
  "$(grep -oE '^\[(question|topic)[^]]*\]  [a-z-]+' <<<"$out" | awk '{print $NF}' | sort -u)" "advanced"
expect_eq "--lesson advanced: ... and every scenario and derivation" \
  "$(grep -oE '^\[(scenario|step [^]]*)\]  [a-z]+\.' <<<"$out" | awk '{print $NF}' | sort -u)" "adv."
out=$(yes :skip | head -n 40 | "$DRILL" --no-store --seed 3 mock.lua --lesson core-ml-fundamentals --short 2>&1)
expect_in "--lesson with no scenario or derivation: the plan has the parts it can fill" "$out" "45:00 on the clock · 2 parts"
run --no-store mock.lua --lesson nope
expect_rc "--lesson naming no lesson is a usage error" 64
expect_in "... listing the lessons" "$err" "Lessons: advanced, core-ml-fundamentals"
run --no-store mock.lua --lesson advanced,nope
expect_rc "--lesson with an unknown name in a list is a usage error" 64
sed '0,/"pass": 0.6,/s//"pass": 0.6, "graders": [{"name": "nosuch", "weight": 1}],/' \
  "$FIX/banks/mini/mini.json" >"$TMP/nosuch.json"
out=$(yes a | head -n 20 | sed 's/^a$/a\n/' | "$DRILL" --no-store --bank "$TMP/nosuch.json" mock.lua --short 2>&1); rc=$?
expect_eq "a grader that fails makes the mock interview exit 70" "$rc" 70
expect_in "... and its report says how many answers could not be graded" "$out" "1 answer could not be graded"

# the plan per level, printed in the banner (end of input at once: no question answered)
run --no-store --seed 1 mock.lua
expect_rc "end of input before any answer exits 0" 0
expect_in "the default level is mid, 45 minutes" "$out" "Mock interview · mid level · 45:00 on the clock · 4 parts"
expect_in "mid: 4 rapid-fire questions" "$out" "Part 1  Rapid fire  4 questions"
expect_in "mid: a derivation last" "$out" "Part 4  Derivation  1 derivation"
expect_match "the first part's header shows the clock" "$out" "Part 1 of 4 · Rapid fire · [0-9]+:[0-9]{2} elapsed of 45:00"
expect_match "every prompt shows the part and the clock" "$out" "· part 1/4 · [0-9]+:[0-9]{2} of 45:00"
expect_in "nothing answered: the report says so" "$out" "No questions answered: nothing to assess yet."
run --no-store --seed 1 mock.lua --level junior
expect_in "junior: mostly rapid fire" "$out" "Part 1  Rapid fire        6 questions"
expect_in "junior: a short scenario" "$out" "Scenario (short)  1 walkthrough (first 3 stages)"
expect_not_in "junior: no derivation" "$out" "Derivation"
run --no-store --seed 1 mock.lua --level senior
expect_in "senior: 60 minutes, 5 parts" "$out" "senior level · 60:00 on the clock · 5 parts"
expect_in "senior: a design scenario" "$out" "Scenario: design"
expect_in "senior: a failure-mode scenario" "$out" "Scenario: failure modes"
expect_in "senior: a derivation if time allows" "$out" "Derivation (if time allows)"
run --no-store --seed 1 mock.lua --level research --minutes 50
expect_in "research: --minutes sets the length" "$out" "research level · 50:00 on the clock"
expect_in "research: two derivations" "$out" "Derivations  2 derivations"

# questions are chosen at the level, where the banks have any
for level in junior mid senior research; do
  ids=$(models --seed 2 "$TMP/mock_models.lua" ids $level)
  bad=$(awk -v l=$level '$3 !~ l && $4 != "none-at-level"' <<<"$ids")
  expect_eq "$level: every item is asked at $level where possible" "$bad" ""
done

# right answers: the model answer of every prompt
models --seed 3 "$TMP/mock_models.lua" answers mid short >"$TMP/good"
IN="$TMP/good" run --no-store --seed 3 mock.lua --short
expect_rc "a full interview exits 0" 0
expect_in "all four parts are asked" "$out" "Part 4 of 4 · Derivation"
expect_not_in "no model answer fails" "$out" "✗ fail"
expect_in "the report opens with the totals" "$out" "Interview report · mid level"
for row in "Fundamentals (rapid fire)" "Depth (deep dive)" "System design (scenario)" "Math (derivation)"; do
  expect_in "a signal for $row" "$out" "$row"
done
expect_in "a signal per area" "$out" "Whiteboard derivations"
expect_in "model answers: strong hire" "$out" "Recommendation for mid: strong hire"
expect_in "nothing weak: the next level is suggested" "$out" "try the next level"
first=$(grep -A1 '^\[question 1/1\]' <<<"$out" | noclock)
IN="$TMP/good" run --no-store --seed 3 mock.lua --short
expect_eq "the same seed asks the same questions" "$(grep -A1 '^\[question 1/1\]' <<<"$out" | noclock)" "$first"

# wrong answers all the way
for _ in $(seq 30); do printf 'I would have to look that up.\n\n'; done >"$TMP/bad"
IN="$TMP/bad" run --no-store --seed 3 mock.lua --short
expect_rc "a failed interview exits 0" 0
expect_in "wrong answers fail" "$out" "✗ fail"
expect_in "a wrong answer ends the deep dive" "$out" "This is where your knowledge ends for now."
expect_in "still every part is asked" "$out" "Part 4 of 4 · Derivation"
expect_in "wrong answers: no hire" "$out" "Recommendation for mid: no hire"
expect_in "the report says what to work on" "$out" "Work on:"
expect_in "... naming the format to practise" "$out" "Practise with: drill"
expect_in "... and a concept missed" "$out" "you missed"

# the clock (6 s) runs out during the deep dive: the answer being typed is still graded, then the
# report; the next follow-up is not asked. The deep dive's answer is sent 6.5 s after its question
# is on the screen, so the clock has run out by then however slowly drill started.
awk 'BEGIN { RS = ""; ORS = "\n\n" } NR == 1' "$TMP/good" >"$TMP/first"
awk 'BEGIN { RS = ""; ORS = "\n\n" } NR > 1' "$TMP/good" >"$TMP/rest"
: >"$TMP/mock-out"
{
  cat "$TMP/first"
  for _ in $(seq 1200); do grep -q "Part 2 of 4" "$TMP/mock-out" && break; sleep 0.1; done
  sleep 6.5
  cat "$TMP/rest"
} | "$DRILL" --no-store --seed 3 mock.lua --short --minutes 0.1 >"$TMP/mock-out" 2>"$TMP/stderr"
rc=$?
out=$(cat "$TMP/mock-out")
expect_rc "time up exits 0" 0
expect_in "time up is said" "$out" "Time is up ("
expect_in "... and it was the last question" "$out" "that was the last question."
expect_in "the answer given when the time ran out is graded" "$out" "Going deeper…"
expect_not_in "... and the next follow-up is not asked" "$out" "depth 2]"
expect_in "the report says what was not reached" "$out" \
  "Time ran out in part 2 of 4 (not reached: Scenario, Derivation)."
expect_in "the recommendation says what it covers" "$out" "on 2 of 4 parts"

# :quit ends with the report so far
printf 'Softmax something.\n\n:quit\n' >"$TMP/quit"
IN="$TMP/quit" run --no-store --seed 3 mock.lua
expect_rc ":quit exits 0" 0
expect_in ":quit gives the report so far" "$out" "The interview was stopped in part 1 of 4"
expect_in "... with a recommendation" "$out" "Recommendation for mid:"

# progress is recorded
IN="$TMP/good" run --store "$TMP/p.db" --seed 3 mock.lua --short
printf 'local n = 0\nfor _, v in pairs(assert(drill.store.progress())) do n = n + v.attempts end\nprint(n)\n' \
  >"$TMP/count.lua"
run --store "$TMP/p.db" "$TMP/count.lua"
[ "$out" -ge 4 ] 2>/dev/null && ok "answers are recorded in the store ($out)" || not_ok "answers are recorded" "$out"

# --- Part 2: a real terminal -----------------------------------------------------------
unset NO_COLOR
tmux_server || { not_ok "tmux is installed"; finish; exit; }
JOIN=1
check() { # NAME TEXT: the screen shows TEXT (waiting for it)
  if wait_for "$2"; then ok "$1"; else not_ok "$1" "expected on screen: $2" "screen: ${screen: -800}"; fi
}
command_() { T send-keys -t drill -l "$1"; T send-keys -t drill Enter; }

T new-session -d -s drill -x 100 -y 50 "trap : INT; env TERM=xterm-256color HOME='$HOME' XDG_STATE_HOME='$XDG_STATE_HOME' \
  '$DRILL' --no-store --seed 3 mock.lua --short; echo \"[exit \$?]\"; \
  stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo|isig)' | tr '\n' ' ' | sed 's/^/[tty /; s/\$/]/'; sleep 30"
check "the banner shows the plan" "Part 4  Derivation  1 derivation (first 2 steps)"
check "the first part opens" "Part 1 of 4 · Rapid fire"
check "the prompt shows the clock against the length" "of 45:00"
wait_for $'\n>' || true
command_ ":help"
check ":help lists the commands" ":reveal  show the model answer"
command_ ":hint"
check ":hint gives a hint" "Hint 1:"
typed="Naïvely put, σ-style: $(head -1 "$TMP/good")"
T send-keys -t drill -l "$typed"; T send-keys -t drill Enter
wait_for "Naïvely put" || true
T send-keys -t drill Enter
check "a right answer passes" "✓ pass"
expect_in "the typed Unicode shows as typed" "$screen" "> Naïvely put, σ-style:"
check "the deep dive comes next" "Part 2 of 4 · Deep dive"
wait_for "[topic 1/1 · depth 1]" && wait_for $'\n>' || true
command_ ":skip"
check ":skip ends the chain" "This is where your knowledge ends for now."
check "the scenario comes next" "Part 3 of 4 · Scenario"
check "its stage shows the part" "· part 3/4 ·"
T send-keys -t drill C-c
check "Ctrl-C stops at the prompt" "(stopped)"
check "Ctrl-C leads to the report" "Interview report · mid level"
expect_in "the report notes the early stop" "$screen" "The interview was stopped in part 3 of 4"
expect_in "the rapid fire got its signal" "$screen" "Fundamentals (rapid fire)  1      1       100%  strong hire"
expect_in "the skipped deep dive got its signal" "$screen" "Depth (deep dive)          1      0       0%    no hire"
expect_in "the recommendation weighs depth for mid" "$screen" "Recommendation for mid: lean no hire"
check "the exit is 0" "[exit 0]"
check "the terminal is left sane" "[tty isig icanon echo ]"

finish
