#!/usr/bin/env bash
# Scenario walkthroughs: piped end to end on the built-in banks, then typed in
# a real terminal (tmux) the way a person answers, stopped with Ctrl-C.
DRILL=$1
source "$(dirname "$0")/lib.sh"

# ---- Part 1: piped ----------------------------------------------------------

# The model answers of every stage of a walkthrough, each ended by an empty line:
# the one named, or the one the mode picks under the same --seed.
cat >"$TMP/model.lua" <<'EOF'
local engine = require("lib.modes.scenario")
local id = ...
local q = id and drill.bank.get(id) or engine.pick(drill.bank.questions(), { count = 1 })[1]
print(q.id)
for _, st in ipairs(q.stages) do print(engine.stage_model(st)); print("") end
EOF
# what the clarifying check makes of each answer read from standard input, one verdict each
cat >"$TMP/asks.lua" <<'EOF'
local asks = require("lib.modes.scenario").asks_questions
local out = {}
for text in drill.term.read, "", "" do out[#out + 1] = asks(text) and "asks" or "states" end
drill.term.write("verdicts: ", table.concat(out, " "), "\n")
EOF

run scenario.lua --help
expect_rc "--help exits 0" 0
expect_in "--help describes --scenario" "$out" "--scenario ID"
expect_in "--help describes --count" "$out" "--count N"

"$DRILL" --trust --seed 7 "$TMP/model.lua" >"$TMP/model.txt"
id=$(head -1 "$TMP/model.txt")
tail -n +2 "$TMP/model.txt" >"$TMP/good"
IN="$TMP/good" run --no-store --seed 7 scenario.lua
expect_rc "a walkthrough answered with the model answers exits 0" 0
expect_in "the situation is introduced with its id" "$out" "[scenario]  $id"
expect_in "stages are numbered" "$out" "[stage 2/6]  Data understanding and preparation"
expect_in "... to the last" "$out" "[stage 6/6]  Deployment and monitoring"
expect_eq "every stage is graded and passes" "$(grep -c '✓ pass' <<<"$out")" "12"
expect_in "asking first earns the clarifying credit" "$out" "Good: you asked before designing."
expect_in "the review sets the answers beside the model's" "$out" "Your walkthrough beside the model's · $id"
expect_in "... with You and Model columns" "$out" "  You:"
expect_in "... the Model column" "$out" "Model:"
expect_in "the summary counts the stages" "$out" "Summary · 6/6 passed"
expect_in "the report gives stages passed" "$out" "$id  6/6"
expect_in "the report gives the clarifying credit" "$out" "asked"
first=$(grep -o '^\[scenario\]  [^ ]*' <<<"$out")

IN="$TMP/good" run --no-store --seed 7 scenario.lua
expect_eq "the same seed walks through the same scenario" "$(grep -o '^\[scenario\]  [^ ]*' <<<"$out")" "$first"

# weak answers, and a clarifying answer that asks nothing
printf 'I would train a neural network on it.\n\nI would use all the data.\n\n' >"$TMP/weak"
IN="$TMP/weak" run --no-store scenario.lua --scenario scn.fraud-detection
expect_rc "a stopped walkthrough exits 0" 0
expect_in "--scenario picks the scenario" "$out" "[scenario]  scn.fraud-detection"
expect_in "a weak answer fails" "$out" "✗ fail"
expect_in "no questions asked: the interviewer notices" "$out" "You skipped the clarifying questions — interviewers notice."
expect_not_in "... and no credit" "$out" "Good: you asked"
expect_in "end of input stops the walkthrough" "$out" "(end of input)"
expect_in "the review says where it stopped" "$out" "Stopped at stage 3/6."
expect_in "the review shows the answer as typed" "$out" "I would train a neural network on it."
expect_in "the summary counts the stages answered" "$out" "Summary · 0/2 passed"
expect_in "the report counts the stages reached" "$out" "scn.fraud-detection  0/6 (2 reached)"
expect_in "the report names the weakest stage" "$out" "weakest stage"
expect_in "the report says the clarifying questions were skipped" "$out" "skipped"

# asking questions earns the credit even when the rubric wants more; :skip on it does not
printf 'What is the base rate?\nHow fast must a transaction be scored?\n\n' >"$TMP/asks"
IN="$TMP/asks" run --no-store scenario.lua --scenario scn.fraud-detection
expect_in "questions asked earn the clarifying credit" "$out" "Good: you asked before designing."
printf ':again\n:skip\n:reveal\n' >"$TMP/skips"
IN="$TMP/skips" run --no-store scenario.lua --scenario scn.fraud-detection
expect_in ":skip on the clarifying stage is noticed" "$out" "You skipped the clarifying questions — interviewers notice."
expect_in "a skipped stage is (skipped) in the review" "$out" "  (skipped)"
expect_in "a revealed stage says so in the review" "$out" "(skipped: model answer revealed)"
expect_in ":reveal shows the stage's model answer" "$out" "Model answer:"
expect_eq ":again shows the situation and the stage again" "$(grep -c '^\[stage 1/6\]' <<<"$out")" 2

# the clarifying check, on its own: a question mark, an opening question word, "ask"
printf '%s\n\n' "What does a missed fraud cost?" "- is the data labelled" "I'd ask about the base rate." \
  "When is the score needed" "I would build a gradient-boosted model." "base rate, costs, latency" >"$TMP/checks"
IN="$TMP/checks" run --trust --no-store "$TMP/asks.lua"
expect_in "the clarifying check tells questions from statements" "$out" "verdicts: asks asks asks asks states states"

# end of input before any answer: a clean stop
IN=/dev/null run --no-store --seed 3 scenario.lua
expect_rc "end of input at once exits 0" 0
expect_in "says nothing was answered" "$out" "No questions answered."
expect_not_in "... and prints no review" "$out" "Your walkthrough"

# filters
IN=/dev/null run --no-store --seed 1 scenario.lua --lesson practical-ml
expect_rc "--lesson practical-ml runs" 0
expect_in "--lesson keeps to the lesson" "$out" "[scenario]  prac.offline-online-gap"
printf ':skip\n:skip\n:skip\n' >"$TMP/skip3"
IN="$TMP/skip3" run --no-store scenario.lua --scenario prac.offline-online-gap
expect_in "a walkthrough without a clarifying stage says so" "$out" "no clarifying stage"
expect_not_in "... and is not told off" "$out" "interviewers notice"
printf ':skip\n:skip\n:skip\n:skip\n:skip\n:skip\n:skip\n' >"$TMP/skip7"
IN="$TMP/skip7" run --no-store --seed 2 scenario.lua --count 2 --lesson scenarios
expect_in "--count 2 numbers the scenarios" "$out" "[scenario 1/2 · stage 1/6]"
expect_in "... and goes on to the second" "$out" "[scenario 2/2 · stage 1/6]"
IN=/dev/null run --no-store --seed 2 scenario.lua --level junior
expect_in "--level junior picks a junior scenario" "$out" "[scenario]  scn."
run --no-store scenario.lua --level research
expect_rc "a level with no scenarios is a usage error" 64
expect_in "... listing the levels there are" "$err" "Levels: junior, mid, senior"
run --no-store scenario.lua --lesson nosuch
expect_rc "an unknown lesson is a usage error" 64
expect_in "... listing the lessons" "$err" "Lessons: advanced, practical-ml, scenarios"
run --no-store scenario.lua --scenario scn.fraud-detectoin
expect_rc "an unknown scenario is a usage error" 64
expect_in "... with a did-you-mean" "$err" "did you mean scn.fraud-detection?"
expect_in "... and the list of scenarios" "$err" "scn.churn-prediction"
run --no-store scenario.lua --scenario scn.churn
expect_in "a fragment of an id is suggested too" "$err" "did you mean scn.churn-prediction?"
run --no-store scenario.lua --scenario eval.leakage
expect_rc "a question without stages is a usage error" 64
expect_in "... saying why" "$err" "not a scenario walkthrough"
run --no-store scenario.lua --count 0
expect_rc "a bad --count is a usage error" 64

# the store: a finished walkthrough is one attempt of the scenario; a stopped one none
printf 'local n = 0\nfor id, v in pairs(assert(drill.store.progress())) do n = n + v.attempts; print(id) end\nprint(n)\n' \
  >"$TMP/count.lua"
IN="$TMP/good" run --store "$TMP/p.db" --seed 7 scenario.lua
IN="$TMP/weak" run --store "$TMP/p.db" scenario.lua --scenario scn.fraud-detection
run --store "$TMP/p.db" "$TMP/count.lua"
expect_eq "one attempt recorded, under the scenario's id" "$out" "$id
1"

# ---- Part 2: a person at a terminal (tmux) ----------------------------------
unset NO_COLOR
tmux_server || { not_ok "tmux is installed"; finish; exit; }
type_line() { T send-keys -t drill -l "$1"; T send-keys -t drill Enter; }

T new-session -d -s drill -x 100 -y 50 "trap : INT; env LANG=C.UTF-8 TERM=xterm-256color HOME='$HOME' \
  XDG_STATE_HOME='$XDG_STATE_HOME' '$DRILL' --no-store scenario.lua --scenario scn.imbalanced-small-data; \
  echo '[exit' \$?']'; stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e echo | tr '\n' ' '; echo; sleep 30"
wait_for "[stage 1/6]" && wait_for $'\n>' && ok "tmux: the situation and the first stage appear" \
  || not_ok "tmux: the first stage appears" "$screen"
expect_in "tmux: the situation is on screen" "$screen" "100 features, 500 samples"
type_line "Is the naïve 95% accuracy meaningful — how imbalanced are the classes?"
type_line "What does a false negative cost the business?"
T send-keys -t drill Enter
wait_for "Good: you asked before designing." && ok "tmux: typed questions earn the clarifying credit" \
  || not_ok "tmux: typed questions earn the clarifying credit" "$screen"
wait_for "[stage 2/6]" && wait_for $'prepare the data?\n>' && ok "tmux: the next stage waits for its answer" \
  || not_ok "tmux: the next stage waits for its answer" "$screen"
type_line ":help"
wait_for ":reveal" && ok "tmux: :help lists the commands" || not_ok "tmux: :help lists the commands" "$screen"
type_line ":hint"
wait_for "Hint 1" && ok "tmux: :hint gives a hint for the stage" || not_ok "tmux: :hint gives a hint" "$screen"
type_line ":skip"
wait_for "[stage 3/6]" && ok "tmux: :skip goes on to the next stage" || not_ok "tmux: :skip goes on" "$screen"
type_line "Logistic regression with an L2 penalty: its gradient uses σ(z)(1−σ(z))"
T send-keys -t drill Enter
wait_for "[stage 4/6]" && ok "tmux: the typed answer is graded and the next stage comes" \
  || not_ok "tmux: the typed answer is graded" "$screen"
expect_in "tmux: the answer stays on screen as typed" "$screen" "σ(z)(1−σ(z))"
expect_eq "tmux: two stages graded on the spot" "$(grep -cE '(pass|fail) +[0-9]+%' <<<"$screen")" 2
expect_in "tmux: the elapsed time is shown" "$screen" "[stage 4/6]  Evaluation metric and validation  · 0:"
T send-keys -t drill C-c
wait_for "[exit 0]" && ok "tmux: Ctrl-C ends the round with exit 0" || not_ok "tmux: Ctrl-C ends the round" "$screen"
expect_in "tmux: Ctrl-C is acknowledged" "$screen" "(stopped)"
expect_in "tmux: the review shows the typed answer beside the model's" "$screen" "σ(z)(1−σ(z))"
expect_in "tmux: ... and where it stopped" "$screen" "Stopped at stage 4/6."
expect_in "tmux: the summary appears" "$screen" "Summary · "
expect_in "tmux: the scenario report appears" "$screen" "scn.imbalanced-small-data"
wait_for "icanon echo" && ok "tmux: the terminal is left sane (icanon, echo)" || not_ok "tmux: terminal sane" "$screen"

# the advanced lesson has its own scenario items
printf '\n\n\n\n' >"$TMP/adv-in"
IN="$TMP/adv-in" run --no-store --seed 1 scenario.lua --count 1 --lesson advanced
expect_in "--lesson advanced asks one of its items" "$out" "[scenario]  adv."

finish
