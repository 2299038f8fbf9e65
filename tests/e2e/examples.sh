#!/usr/bin/env bash
# The examples in plugins/examples work as their header comments say, through the real binary:
# a grader (alone and named by a bank's rubric), a drill mode, a report format, and lint on all
# of them; a report format from DRILL_PATH is a guest that cannot change the outcome; and the
# tutorial and report format of docs/plugins.md work as printed there.
DRILL=$1
source "$(dirname "$0")/lib.sh"
EX="$ROOT/plugins/examples"
BANK="$EX/bank.json"
export DRILL_PATH="$EX"

# ---------------------------------------------------------------- the grader, alone
summary=$("$DRILL" list.lua --format json --full --topic bias-variance | jq -r '.[0].answer.summary')
out=$(printf '%s\n' "$summary" | "$DRILL" check_keyterms.lua core.bias-variance 2>&1); rc=$?
expect_eq "the example grader passes the model summary" "$rc" 0
expect_in "it prints the score" "$out" "pass 100%"
out=$(printf 'It is about models.\n' | "$DRILL" check_keyterms.lua core.bias-variance 2>&1); rc=$?
expect_eq "the example grader fails a vague answer" "$rc" 1
expect_in "it names the key terms to use" "$out" "Use the term:"
lines=$(grep -cvE '^\s*(--|$)' "$EX/graders/keyterms.lua")
[ "$lines" -lt 20 ] && ok "the example grader is under 20 lines of code ($lines)" || not_ok "the example grader is under 20 lines" "$lines"

# ---------------------------------------------------------------- the grader, named by a bank's rubric
model() { # the whole model answer of question $1 in the example bank
  "$DRILL" --no-store --bank "$BANK" list.lua --format json --full |
    jq -r --arg id "$1" '.[] | select(.id == $id) | .answer | [.summary, .intuition, .technical, .practice] | join(" ")'
}
mkdir -p "$TMP/ans"
printf '## ex.precision-recall\n%s\n\n## ex.dropout\n' "$(model ex.precision-recall)" >"$TMP/ans/alice.md"
printf '## ex.dropout\nI do not know.\n' >"$TMP/ans/o\"brien, j.md"
printf '## ex.nosuch\nAn answer to no question.\n' >"$TMP/ans/carol.md"
mkdir -p "$TMP/fail"
cp "$TMP/ans/o\"brien, j.md" "$TMP/fail/"

run --no-store --bank "$BANK" check.lua --format json "$TMP/fail"
expect_rc "check.lua grades the example bank with the keyterms grader on DRILL_PATH" 1
expect_in "the keyterms grader's feedback is in the report" "$out" "Use the term: dropout"
IN="$TMP/fail/o\"brien, j.md" run --no-store --bank "$BANK" grade.lua --question ex.dropout
expect_in "grade.lua shows the keyterms grader with its weight from the rubric" "$out" "keyterms · weight 1 · "
expect_in "... beside the keyword grader" "$out" "keyword · weight 3 · "
DRILL_PATH= run --no-store --bank "$BANK" check.lua --format json "$TMP/fail"
expect_rc "without DRILL_PATH the rubric's grader is not found: an error (65)" 65
expect_in "... naming the grader" "$out" "graders.keyterms"

# ---------------------------------------------------------------- the mode (flashcards.lua)
printf '%s\n\n' "$(model ex.precision-recall)" >"$TMP/good"
IN="$TMP/good" run --no-store --bank "$BANK" flashcards.lua --lesson evaluation --count 1
expect_rc "flashcards: a piped answer runs to the end" 0
expect_in "flashcards: the card shows the question" "$out" "[1/1] What is the difference between precision and recall?"
expect_in "flashcards: the model answer passes" "$out" "✓ pass 100%"
expect_in "flashcards: the card turns over" "$out" "Back of the card: Precision is the share"
expect_in "flashcards: the tally" "$out" "1/1 passed"
printf 'I do not know.\n\n' >"$TMP/vague"
IN="$TMP/vague" run --no-store --bank "$BANK" flashcards.lua --lesson training
expect_in "flashcards: a vague answer fails" "$out" "✗ fail 0%"
expect_in "flashcards: with the rubric's feedback" "$out" "Missing (core): units are switched off at random"
expect_in "flashcards: and the keyterms grader's, which the bank's rubric names" "$out" "Use the term: dropout"
expect_in "flashcards: --count is capped by the lesson's questions" "$out" "0/1 passed"
printf 'I do not know.\n\nNor this.\n\n' >"$TMP/two"
IN="$TMP/two" run --no-store --seed 3 --bank "$BANK" flashcards.lua --lesson evaluation,training
expect_in "flashcards: --lesson takes a list" "$out" "[2/2]"
first=$(grep '^\[1/2\]' <<<"$out" | noclock)
IN="$TMP/two" run --no-store --seed 3 --bank "$BANK" flashcards.lua --lesson evaluation,training
expect_eq "flashcards: the same --seed, the same order" "$(grep '^\[1/2\]' <<<"$out" | noclock)" "$first"
printf '\n\n' >"$TMP/empty-answer"
IN="$TMP/empty-answer" run --no-store --bank "$BANK" flashcards.lua --lesson training
expect_in "flashcards: an empty answer is skipped" "$out" "(skipped)"
run --no-store --bank "$BANK" flashcards.lua --lesson nosuch
expect_rc "flashcards: an unknown lesson is a usage error" 64
expect_in "... listing the lessons there are" "$err" "Lessons: evaluation, training"
run --no-store --bank "$BANK" flashcards.lua --lesson evaluation
expect_rc "flashcards: end of input stops cleanly" 0
expect_in "... with the tally" "$out" "0/0 passed"
run --no-store flashcards.lua --help
expect_rc "flashcards: --help exits 0" 0
expect_in "... describing --lesson" "$out" "--lesson NAME"
DRILL_PATH= IN="$TMP/vague" run --no-store "$EX/flashcards.lua" --lesson core-ml-fundamentals --count 1
expect_rc "flashcards: run by path, on the built-in banks" 0
expect_in "... it asks a question of the lesson" "$out" "[1/1] "

# one round in a real terminal: typed keys, the screen read back
if tmux_server; then
  T new-session -d -s drill -x 100 -y 40 "trap : INT; env NO_COLOR=1 HOME='$HOME' DRILL_PATH='$EX' \
'$DRILL' --no-store --bank '$BANK' flashcards.lua --lesson training; echo '[exit' \$?']'; sleep 30"
  wait_for "[1/1] What does dropout do?" && ok "flashcards in a terminal: the card appears" \
    || not_ok "flashcards in a terminal: the card appears" "$screen"
  T send-keys -t drill -l "Dropout randomly switches off units during training, a regularizer against overfitting."
  T send-keys -t drill Enter
  T send-keys -t drill Enter
  wait_for "passed" && ok "flashcards in a terminal: an empty line submits the typed answer" \
    || not_ok "flashcards in a terminal: an empty line submits the typed answer" "$screen"
  expect_in "flashcards in a terminal: graded on the spot" "$screen" "✓ pass"
  wait_for "[exit 0]" && ok "flashcards in a terminal: exits 0" || not_ok "flashcards in a terminal: exits 0" "$screen"
else
  ok "# SKIP tmux is not installed"
fi

# ---------------------------------------------------------------- the report format (reports/csv.lua)
run --no-store --bank "$BANK" check.lua --format csv "$TMP/ans"
expect_rc "csv: the exit code is check.lua's own (65: carol's unknown id)" 65
expected=$(printf '%s\r\n' 'member,question,lesson,status,score' 'alice,ex.precision-recall,evaluation,pass,1.00' \
  'alice,ex.dropout,training,unanswered,' 'carol,,,error,' '"o""brien, j",ex.dropout,training,fail,0.00')
expect_eq "csv: one row per answer, a file's own error as a row, RFC 4180 quoting, CRLF" "$out" "$expected"
parsed=$(printf '%s' "$out" | python3 -c 'import csv, sys; print("|".join(r[0] for r in csv.reader(sys.stdin)))')
expect_eq "csv: Python's csv module reads the member names back" "$parsed" 'member|alice|alice|carol|o"brien, j'
run --no-store --bank "$BANK" check.lua --format csv --output "$TMP/grades.csv" "$TMP/ans"
expect_eq "csv: --output writes the same report" "$(cat "$TMP/grades.csv")" "$expected"
run --no-store --bank "$BANK" check.lua --format csv "$TMP/fail"
expect_rc "csv: a failing answer exits 1" 1
DRILL_PATH= run --no-store check.lua --format csv "$TMP/ans"
expect_rc "csv: without DRILL_PATH the format is unknown: a usage error (64)" 64
expect_in "... naming the module it looked for" "$err" "there is no reports/csv.lua"

# ---------------------------------------------------------------- report formats are guests
H="$TMP/hostile"
mkdir -p "$H/reports"
printf 'return function() return { file = function() while true do end end } end\n' >"$H/reports/spin.lua"
printf 'return function() return { start = function() error("no start today") end } end\n' >"$H/reports/boom.lua"
printf 'return function() return { file = function(rec) rec.answers[1].status = "pass" end } end\n' >"$H/reports/record.lua"
printf 'return function() return { file = function(rec) rawset(rec, "status", "ok") end } end\n' >"$H/reports/rawrecord.lua"
printf 'return function() return { finish = function(s) s.exit = 0 end } end\n' >"$H/reports/summary.lua"
printf 'return function(write) return { finish = function() write("all passed, exit 0\\n") end } end\n' >"$H/reports/liar.lua"
printf 'return function(write) return { finish = function() write("ok\\n"); drill.exit(0) end } end\n' >"$H/reports/quit.lua"
guest() { # FORMAT: check.lua on the failing answers with reports/FORMAT.lua from $H
  DRILL_LIMITS=call-instructions=5000000 DRILL_PATH="$H:$EX" run --no-store --bank "$BANK" check.lua --format "$1" "$TMP/fail"
}
guest spin
expect_rc "a report format that loops forever exits 70" 70
expect_in "... naming the format and the limit" "$err" "report format spin (reports/spin.lua): file failed"
expect_in "... and the limit it broke" "$err" "exceeded the instruction limit"
guest boom
expect_rc "a report format that raises an error exits 70" 70
expect_in "... naming the format, the call and the error" "$err" \
  "drill: report format boom (reports/boom.lua): start failed: $H/reports/boom.lua:1: no start today"
guest record
expect_rc "a report format cannot change a record (70)" 70
expect_in "... it is read-only" "$err" "cannot change read-only table (field 'status')"
guest rawrecord
expect_rc "... not even with rawset (70)" 70
expect_in "... read-only too" "$err" "cannot change read-only table"
guest summary
expect_rc "a report format cannot change the summary's exit code (70)" 70
expect_in "... it is read-only" "$err" "cannot change read-only table (field 'exit')"
guest liar
expect_rc "what a report prints does not change the exit code (1)" 1
expect_in "... though it printed it" "$out" "all passed, exit 0"
guest quit
expect_rc "drill.exit(0) in a report format is its error (70), not exit 0" 70
expect_in "... naming the format" "$err" "report format quit (reports/quit.lua): finish failed"
expect_in "... and the call it made" "$err" "called drill.exit(0)"
guest nosuch
expect_rc "an unknown --format is a usage error (64)" 64
expect_in "... naming the module it looked for" "$err" "there is no reports/nosuch.lua"

# ---------------------------------------------------------------- lint passes on every example
run lint.lua --strict "$EX/"
expect_rc "lint --strict passes plugins/examples/ (DRILL_PATH set as the examples say)" 0
expect_in "... checking the bank and every plugin" "$out" "lint: 1 file, 2 questions, 4 plugins: 0 errors, 0 warnings"

# The tutorial of docs/plugins.md, step by step, as a new user takes it: the grader in
# DIR/graders/ with DIR on DRILL_PATH, the tutorial's own bank given with --bank.
mine="$TMP/drill-plugins"
mkdir -p "$mine/graders" "$TMP/work"
cp "$ROOT/plugins/examples/graders/keyterms.lua" "$mine/graders/"
awk '/^   ```json$/ { on = 1; next } on && /^   ```$/ { exit } on { print substr($0, 4) }' \
  "$ROOT/docs/plugins.md" > "$mine/mine.json"
export DRILL_PATH="$mine"
w="$TMP/work"
run lint.lua "$mine/mine.json"
expect_rc "the tutorial's bank passes lint" 0
echo "Bias is the systematic error of a model whose assumptions are too simple." > "$w/answer.txt"
IN="$w/answer.txt" run --bank "$mine/mine.json" grade.lua --question mine.bias
expect_rc "grade.lua finds the tutorial's grader on DRILL_PATH" 0
expect_in "... and shows its verdict" "$out" "keyterms · weight 1 · 75%"
printf '## mine.bias\n\nBias is when the model is wrong.\n' > "$w/alice.md"
run --bank "$mine/mine.json" check.lua "$w/alice.md"
expect_rc "check.lua grades with it and fails the vague answer" 1
expect_in "... naming the terms to use" "$out" "Use the term: systematic"
IN="$w/answer.txt" run --bank "$mine/mine.json" rapidfire.lua
expect_in "rapidfire.lua grades with it" "$out" "✓ pass"

# The report format of docs/plugins.md, "Writing a report format", as printed there.
mkdir -p "$mine/reports"
awk '/^-- reports\/csv.lua/ { on = 1 } on && /^```$/ { exit } on { print }' "$ROOT/docs/plugins.md" \
  > "$mine/reports/csv.lua"
run --bank "$mine/mine.json" check.lua --format csv "$w/alice.md"
expect_rc "check.lua --format csv loads reports/csv.lua from DRILL_PATH" 1
expect_eq "... and writes what it says" "$out" "path,id,status,score
$w/alice.md,mine.bias,fail,0.0
# 0 of 1 passed"

unset DRILL_PATH
run --bank "$mine/mine.json" check.lua "$w/alice.md"
expect_in "without DRILL_PATH the grader is not found, and the message says so" "$out$err" "module 'graders.keyterms' not found"

finish
