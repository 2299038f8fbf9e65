#!/usr/bin/env bash
# The examples in plugins/examples work as docs/plugins.md says.
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

finish
