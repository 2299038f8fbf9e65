#!/usr/bin/env bash
# The examples in plugins/examples, and the tutorial and report format of docs/plugins.md, work as printed there.
DRILL=$1
source "$(dirname "$0")/lib.sh"
export DRILL_PATH="$ROOT/plugins/examples"

summary=$("$DRILL" list.lua --format json --full --topic bias-variance | jq -r '.[0].answer.summary')
out=$(printf '%s\n' "$summary" | "$DRILL" check_keyterms.lua core.bias-variance 2>&1); rc=$?
expect_eq "the example grader passes the model summary" "$rc" 0
expect_in "it prints the score" "$out" "pass 100%"
out=$(printf 'It is about models.\n' | "$DRILL" check_keyterms.lua core.bias-variance 2>&1); rc=$?
expect_eq "the example grader fails a vague answer" "$rc" 1
expect_in "it names the key terms to use" "$out" "Use the term:"
lines=$(grep -cvE '^\s*(--|$)' "$ROOT/plugins/examples/graders/keyterms.lua")
[ "$lines" -lt 20 ] && ok "the example grader is under 20 lines of code ($lines)" || not_ok "the example grader is under 20 lines" "$lines"
run lint.lua "$ROOT/plugins/examples/graders/keyterms.lua" "$ROOT/plugins/examples/check_keyterms.lua"
expect_rc "lint loads the example plugins" 0

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
