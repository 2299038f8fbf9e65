#!/usr/bin/env bash
# Whiteboard derivations: piped end to end (part 1), then typed at a real terminal in tmux (part 2).
DRILL=$1
source "$(dirname "$0")/lib.sh"

LR=drv.logistic-regression-gradient

# models.lua [COUNT]: each step's model answer, an empty line after each, for the derivations
# whiteboard.lua picks under the same --seed (its own selection code).
cat >"$TMP/models.lua" <<'EOF'
local wb = require("lib.modes.whiteboard")
local n = tonumber((...)) or 1
for _, q in ipairs(wb.pick(drill.bank.questions(), { count = n })) do
  for _, st in ipairs(q.steps) do io.write(st.answer, "\n\n") end
end
EOF
# step.lua ID N: the model answer of step N of derivation ID
cat >"$TMP/step.lua" <<'EOF'
local id, n = ...
io.write(drill.bank.get(id).steps[tonumber(n)].answer, "\n")
EOF
step() { "$DRILL" --trust --no-store "$TMP/step.lua" "$1" "$2"; }
STEP1=$(step $LR 1)

# ---- part 1: piped ----

# the model answers of the derivation asked pass every step at the first try
"$DRILL" --trust --no-store --seed 5 "$TMP/models.lua" 1 >"$TMP/good"
IN="$TMP/good" run --no-store --seed 5 whiteboard.lua
expect_rc "a piped derivation exits 0" 0
expect_in "the goal is shown" "$out" "[derivation 1/1]"
expect_in "steps are numbered" "$out" "[step 1/4]"
expect_in "... to the last" "$out" "[step 4/4]"
expect_eq "four steps pass" "$(grep -c '✓ pass' <<<"$out")" 4
expect_eq "the board marks four first tries" "$(grep -cE '^  [1-4]\. ✓ first try · ' <<<"$out")" 4
expect_in "the board ends with the model summary" "$out" "  Result: "
expect_in "the report counts the steps solved" "$out" "4/4 steps  4 first try"
expect_in "the summary totals the steps" "$out" "Summary · 4/4 passed"

# the plain-text math variants of step 2 of the logistic-regression gradient all pass
for v in 'sigma(z)(1 - sigma(z))' 'σ(z)(1−σ(z))' 's*(1-s)'; do
  printf '%s\n\n%s\n\n' "$STEP1" "$v" >"$TMP/in"
  IN="$TMP/in" run --no-store whiteboard.lua --derivation $LR
  expect_in "step 2 accepts \"$v\" at the first try" "$out" "2. ✓ first try · Differentiate the sigmoid."
done

# a wrong step: what is missing, a hint from the rubric, one more try
printf '%s\n\nthe sigmoid squared\n\nsigma(z)(1 - sigma(z))\n\n' "$STEP1" >"$TMP/in"
IN="$TMP/in" run --no-store whiteboard.lua --derivation $LR
expect_rc "a wrong step does not stop the run" 0
expect_in "a miss fails" "$out" "✗ fail"
expect_in "a miss names what is missing" "$out" "  - sigma(z)(1 - sigma(z)) (core)"
expect_in "a miss gives the missed concept's feedback as a hint" "$out" "  Hint: sigma'(z) = sigma(z)(1 - sigma(z))."
expect_in "a miss allows one more try" "$out" "Try the step once more"
expect_in "a pass on the second try is marked after a hint" "$out" "2. ✓ after a hint · Differentiate the sigmoid."
expect_in "end of input marks the step it stopped at" "$out" "3. stopped here · "
expect_in "... and the steps not reached" "$out" "4. not reached · "
expect_in "the report counts the hinted step" "$out" "2/4 steps  1 first try, 1 after a hint"

# two misses reveal the step and go on
printf '%s\n\nthe sigmoid squared\n\nstill no idea here\n\n' "$STEP1" >"$TMP/in"
IN="$TMP/in" run --no-store whiteboard.lua --derivation $LR
expect_in "a second miss shows the step" "$out" "  The step:
    sigma'(z) = e^-z / (1 + e^-z)^2"
expect_in "... and goes on to the next" "$out" "[step 3/4]"
expect_in "the board marks it revealed" "$out" "2. revealed · Differentiate the sigmoid."
expect_eq "the hint comes once, after the first miss only" "$(grep -c '  Hint: ' <<<"$out")" 1

# :hint, :skip and :reveal
printf ':hint\n:skip\n:reveal\n%s\n\n%s\n\n' "$(step $LR 3)" "$(step $LR 4)" >"$TMP/in"
IN="$TMP/in" run --no-store whiteboard.lua --derivation $LR
expect_in ":hint names a core concept" "$out" "Hint 1: Think about binary cross-entropy terms"
expect_in ":reveal shows the step" "$out" "  Model answer:
    sigma'(z) = "
expect_in "the board marks a skipped step" "$out" "1. skipped · Write the model and the loss."
expect_in "the board marks a revealed step" "$out" "2. revealed · Differentiate the sigmoid."
expect_in "every step's model answer is on the board" "$out" "     dz_i/dw = x_i, so grad_w L"
expect_in "the report gives solved out of total" "$out" "2/4 steps  2 first try, 1 revealed, 1 skipped"
expect_in "the summary counts every step" "$out" "Summary · 2/4 passed"

# same seed, same derivations in the same order; a count of several
yes ':skip' | head -n 12 >"$TMP/skips"
IN="$TMP/skips" run --no-store --seed 9 whiteboard.lua --count 3
expect_in "--count 3 numbers the derivations" "$out" "[derivation 3/3]"
first=$(grep '^The derivation · ' <<<"$out")
expect_eq "three boards" "$(wc -l <<<"$first")" 3
IN="$TMP/skips" run --no-store --seed 9 whiteboard.lua --count 3
expect_eq "the same seed works through the same derivations" "$(grep '^The derivation · ' <<<"$out")" "$first"
expect_in "the report totals the steps over derivations" "$out" "Steps solved: 0/12"

# end of input: a clean stop
IN=/dev/null run --no-store --seed 3 whiteboard.lua
expect_rc "end of input before an answer exits 0" 0
expect_in "... and says nothing was answered" "$out" "No questions answered."

# filters
IN="$TMP/skips" run --no-store --seed 2 whiteboard.lua --topic regularization --count 2
expect_eq "--topic keeps to the topic" "$(grep -c '^\[derivation .*regularization' <<<"$out")" 2
IN="$TMP/skips" run --no-store --seed 2 whiteboard.lua --level senior --lesson derivations
expect_rc "--level and --lesson run" 0
run --no-store whiteboard.lua --level junior
expect_rc "a level with no derivation is a usage error" 64
expect_in "... listing the levels there are" "$err" "Levels: mid, research, senior"
run --no-store whiteboard.lua --lesson nosuch
expect_rc "an unknown lesson is a usage error" 64
expect_in "... listing the lessons" "$err" "Lessons: advanced, derivations"
run --no-store whiteboard.lua --derivation drv.logistic-regresion-gradient
expect_rc "an unknown derivation is a usage error" 64
expect_in "... with a did-you-mean" "$err" "did you mean \"$LR\"?"
run --no-store whiteboard.lua --derivation ridge
expect_in "... also for part of an id" "$err" "did you mean \"drv.ridge-closed-form\"?"
run --no-store whiteboard.lua --derivation core.bias-variance
expect_rc "a question that is not a derivation is a usage error" 64
expect_in "... listing the derivations" "$err" "Derivations: adv.attention-scaling-variance, "
run --no-store whiteboard.lua --count 0
expect_rc "a bad --count is a usage error" 64
run --no-store whiteboard.lua --help
expect_rc "--help exits 0" 0
expect_in "--help describes the options" "$out" "--derivation ID"
expect_in "--help describes the round" "$out" "one more try"

# the store records each graded step under the derivation's id
printf '%s\n\n%s\n\n:skip\n' "$STEP1" "$(step $LR 2)" >"$TMP/in"
IN="$TMP/in" run --store "$TMP/p.db" whiteboard.lua --derivation $LR
expect_rc "a run with a store exits 0" 0
printf 'local x = assert(drill.store.progress())["%s"]\nprint(x and x.attempts or 0)\n' $LR >"$TMP/count.lua"
run --store "$TMP/p.db" "$TMP/count.lua"
expect_eq "two graded steps recorded" "$out" "2"

# ---- part 2: at a terminal (tmux) ----
unset NO_COLOR
tmux_server || { not_ok "tmux is installed"; finish; exit; }
# after drill: its exit status, then the terminal's line discipline, as the user's shell gets it
start() {
  T kill-session -t drill 2>/dev/null
  T new-session -d -s drill -x 100 -y 50 \
    "trap : INT; env TERM=xterm-256color LANG=C.UTF-8 HOME='$HOME' XDG_STATE_HOME='$XDG_STATE_HOME' $* ; echo '[exit' \$?']';
     echo \"[tty \$(stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo|isig)' | tr '\n' ' ')]\"; sleep 30"
}
type_answer() { # the lines of an answer, then the empty line that submits it
  for line in "$@"; do T send-keys -t drill -l "$line"; T send-keys -t drill Enter; done
  T send-keys -t drill Enter
}

start "'$DRILL' --no-store whiteboard.lua --derivation $LR"
wait_for "[step 1/4]" && ok "tmux: the first step appears" || not_ok "tmux: the first step appears" "$screen"
expect_in "tmux: the goal is on screen" "$screen" "Derive the gradient of the logistic-regression loss"
wait_for $'\n>' || true
T send-keys -t drill -l ":help"; T send-keys -t drill Enter
wait_for "show the model answer" && ok "tmux: :help lists the commands" || not_ok "tmux: :help" "$screen"
type_answer "p_i = σ(w^T x_i)," "L = -sum_i [y_i log p_i + (1 - y_i) log(1 - p_i)]"
wait_for "[step 2/4]" && ok "tmux: a right step passes and the next comes" || not_ok "tmux: step 2 comes" "$screen"
expect_in "tmux: the pass is shown" "$screen" "✓ pass"
type_answer "σ'(z) = σ(z)(1−σ(z))"
wait_for "[step 3/4]" && ok "tmux: the typed σ(z)(1−σ(z)) passes" || not_ok "tmux: σ(z)(1−σ(z))" "$screen"
expect_in "tmux: the Unicode answer stays on screen as typed" "$screen" "> σ'(z) = σ(z)(1−σ(z))"
type_answer "the gradient is the weights"
wait_for "Hint: " && ok "tmux: a wrong step gets a hint" || not_ok "tmux: a wrong step gets a hint" "$screen"
expect_in "tmux: the hint is the missed concept's feedback" "$screen" "Hint: dL_i/dz_i = p_i - y_i."
T send-keys -t drill -l ":hint"; T send-keys -t drill Enter
wait_for "Hint 1: Think about p_i - y_i." && ok "tmux: :hint names the missed concept" \
  || not_ok "tmux: :hint names the missed concept" "$screen"
T send-keys -t drill -l ":reveal"; T send-keys -t drill Enter
wait_for "[step 4/4]" && ok "tmux: :reveal shows the step and goes on" || not_ok "tmux: :reveal goes on" "$screen"
expect_in "tmux: the revealed step is shown" "$screen" "dL_i/dz_i = -[y_i (1 - p_i) - (1 - y_i) p_i] = p_i - y_i"
wait_for $'\n>' || true
T send-keys -t drill C-c
wait_for "[tty " && ok "tmux: Ctrl-C ends the run" || not_ok "tmux: Ctrl-C ends the run" "$screen"
expect_in "tmux: Ctrl-C is acknowledged" "$screen" "(stopped)"
expect_in "tmux: the board shows how each step went" "$screen" "3. revealed · Differentiate the per-example loss"
expect_in "tmux: ... the step stopped at" "$screen" "4. stopped here · "
expect_in "tmux: the summary appears" "$screen" "Summary · 2/3 passed"
expect_in "tmux: the report counts the steps solved" "$screen" "2/4 steps  2 first try, 1 revealed, 1 stopped here"
expect_in "tmux: exit 0 after Ctrl-C" "$screen" "[exit 0]"
expect_in "tmux: the terminal is sane afterwards" "$screen" "[tty isig icanon echo ]"

# the advanced lesson has its own whiteboard items
printf '\n\n\n\n' >"$TMP/adv-in"
IN="$TMP/adv-in" run --no-store --seed 1 whiteboard.lua --count 1 --lesson advanced
expect_in "--lesson advanced asks one of its items" "$out" "]  adv."

finish
