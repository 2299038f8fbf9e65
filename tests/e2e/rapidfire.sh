#!/usr/bin/env bash
# Rapid fire driven through a pipe, as a script or a CI job would.
DRILL=$1
source "$(dirname "$0")/lib.sh"

printf 'answer one\n\nanswer two\n\n' >"$TMP/in"
IN="$TMP/in" run --no-store --seed 3 rapidfire.lua --count 2
expect_rc "piped rapid fire exits 0" 0
expect_in "first question is numbered" "$out" "[1/2]"
expect_in "second question is numbered" "$out" "[2/2]"
expect_eq "two graded answers" "$(grep -cE '(pass|fail) +[0-9]+%' <<<"$out")" 2
expect_in "a model answer is shown" "$out" "Model answer:"
expect_in "ends with a summary" "$out" "Summary · 0/2 passed"
expect_in "the summary has a per-topic table" "$out" "topic"
first=$(grep -A1 '^\[1/2\]' <<<"$out" | noclock)

IN="$TMP/in" run --no-store --seed 3 rapidfire.lua --count 2
expect_eq "the same seed asks the same questions" "$(grep -A1 '^\[1/2\]' <<<"$out" | noclock)" "$first"
IN="$TMP/in" run --no-store --seed 4 rapidfire.lua --count 5
expect_in "another seed still runs" "$out" "[1/5]"

# a good answer passes: the model answer of the question asked, fed back
q=$("$DRILL" --seed 7 "$(dirname "$0")/model_for_seed.lua")
printf '%s\n\n' "$q" >"$TMP/good"
IN="$TMP/good" run --no-store --seed 7 rapidfire.lua --count 1
expect_in "the model answer passes" "$out" "✓ pass"
expect_in "a pass scores high" "$out" "Summary · 1/1 passed"

# prompt commands, piped: an empty line is not an answer, :hint, :skip, :reveal, :help, :quit
printf '\n\n:help\n:hint\n:skip\n:reveal\n:frob\n:quit\n' >"$TMP/cmds"
IN="$TMP/cmds" run --no-store --seed 3 rapidfire.lua --count 5
expect_rc "a round ended by :quit exits 0" 0
expect_in "an empty line is not submitted" "$out" "nothing to submit"
expect_in ":help lists the commands" "$out" ":reveal  show the model answer"
expect_in ":hint gives a hint" "$out" "Hint 1:"
expect_in ":skip goes on to the next question" "$out" "(skipped)"
expect_in ":reveal shows the model answer" "$out" "Model answer:"
expect_in "an unknown command is named" "$out" "Unknown command :frob"
expect_not_in ":quit stops before the fourth question" "$out" "[4/5]"
expect_in ":quit ends with the summary" "$out" "Summary · 0/2 passed"
expect_in "the summary names the weakest topics" "$out" "Study next:"
expect_eq "nothing was graded" "$(grep -cE '(pass|fail) +[0-9]+%' <<<"$out")" 0

# :edit needs a terminal: through a pipe it says so and reads on
printf ':edit\n:quit\n' >"$TMP/edit"
IN="$TMP/edit" run --no-store --seed 3 rapidfire.lua --count 1
expect_in ":edit without a terminal says why" "$out" "the editor needs a terminal"

# end of input before any answer: a clean stop
IN=/dev/null run --no-store --seed 3 rapidfire.lua --count 3
expect_rc "end of input stops the drill cleanly" 0
expect_in "says no questions were answered" "$out" "No questions answered."

# filters
IN="$TMP/in" run --no-store --seed 1 rapidfire.lua --count 2 --lesson core-ml-fundamentals
expect_in "--lesson keeps to the lesson" "$out" "core-ml-fundamentals ·"
run --no-store rapidfire.lua --lesson nosuch
expect_rc "an unknown lesson is a usage error" 64
expect_in "the usage error lists the lessons" "$err" "core-ml-fundamentals"
run --no-store rapidfire.lua --lesson scenarios
expect_rc "a lesson of walkthroughs only is a usage error" 64
expect_in "... that names the mode for them" "$err" "drill scenario.lua"
run --no-store rapidfire.lua --count zero
expect_rc "a bad --count is a usage error" 64
run --no-store rapidfire.lua --help
expect_rc "--help exits 0" 0
expect_in "--help describes the options" "$out" "--count N"

# the store records every graded answer
IN="$TMP/in" run --store "$TMP/p.db" --seed 3 rapidfire.lua --count 2
expect_rc "a run with a store exits 0" 0
printf 'local p = assert(drill.store.progress()); local n = 0\nfor _, v in pairs(p) do n = n + v.attempts end\nprint(n)\n' >"$TMP/count.lua"
run --store "$TMP/p.db" "$TMP/count.lua"
expect_eq "two attempts recorded" "$out" "2"
IN="$TMP/in" run --seed 3 rapidfire.lua --count 2
[ -f "$TMP/state/drill/progress.db" ] && ok "the default store is created under XDG_STATE_HOME" \
  || not_ok "the default store is created under XDG_STATE_HOME"
printf 'x' >"$TMP/notadb"
IN="$TMP/in" run --store "$TMP/notadb" --seed 3 rapidfire.lua --count 1
expect_rc "a broken store does not stop the drill" 0
expect_in "a broken store is reported" "$err" "progress not saved"

# the advanced lesson: picked by --lesson, or left out with -NAME
for i in $(seq 1 40); do printf 'an answer\n\n'; done >"$TMP/forty"
IN="$TMP/forty" run --no-store --seed 2 rapidfire.lua --count 40 --lesson advanced
expect_rc "--lesson advanced runs" 0
expect_in "... asking the advanced lesson's questions" "$out" "]  advanced · "
expect_eq "... and no other lesson's" "$(grep -E '^\[[0-9]+/[0-9]+\]  ' <<<"$out" | grep -vc ']  advanced · ')" 0
IN="$TMP/forty" run --no-store --seed 2 rapidfire.lua --count 40 --lesson=-advanced,-rapid-fire
expect_rc "--lesson -NAME runs" 0
expect_eq "... leaving those lessons out" \
  "$(grep -E '^\[[0-9]+/[0-9]+\]  ' <<<"$out" | grep -cE ']  (advanced|rapid-fire) · ')" 0
expect_in "... and asking the others" "$out" "[40/40]"

# a grader that fails (here: one the rubric names and drill cannot find) is a plugin error, not a
# green run: every answer is still asked, the summary says how many could not be graded, exit 70
sed '0,/"pass": 0.6,/s//"pass": 0.6, "graders": [{"name": "nosuch", "weight": 1}],/' \
  "$FIX/banks/mini/mini.json" >"$TMP/nosuch.json"
out=$(printf 'a\n\nb\n\n' | "$DRILL" --no-store --bank "$TMP/nosuch.json" rapidfire.lua 2>&1); rc=$?
expect_eq "a grader that fails makes the round exit 70" "$rc" 70
expect_in "... naming the grader" "$out" "grading failed: module 'graders.nosuch' not found"
expect_eq "... and each place it looked in once (a built-in mode's directory is the built-in plugins)" \
  "$(grep -c "no file '.*/graders/nosuch.lua'" <<<"$out")" "1"
expect_in "... and the summary counts the answers it could not grade" "$out" "1 answer could not be graded"
expect_in "... after the other questions were asked" "$out" "Summary · 0/2 passed"

finish
