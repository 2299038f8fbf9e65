#!/usr/bin/env bash
# calibrate.lua: agreement of the graders with human-graded answers, and every bad CSV.
DRILL=$1
source "$(dirname "$0")/lib.sh"
CAL="$FIX/calibrate"
HUMAN="$CAL/human.csv"
BAD="$CAL/bad"

# jq_true name file filter: the filter must print true
jq_true() {
  local got
  got=$(jq "$3" "$2" 2>&1)
  if [ "$got" = "true" ]; then ok "$1"; else not_ok "$1" "jq $3 gave: ${got:0:300}"; fi
}

# ---------------------------------------------------------------- the fixture, as text
run calibrate.lua "$HUMAN"
expect_rc "calibrate on the fixture exits 0" 0
expect_in "the text names the file and counts rows and questions" "$out" "human.csv · 41 rows · 7 questions"
expect_in "the text gives the human scale seen in the file" "$out" "human scale 0–10"
squeezed=$(tr -s ' ' <<<"$out")
expect_in "the text has the overall table" "$squeezed" "grader n pearson spearman rmse accuracy mean human mean grader"
expect_in "the text has a keyword row" "$squeezed" "keyword 41 "
expect_in "the text has a per-question table for keyword" "$out" "keyword by question"
expect_in "the text lists every question" "$out" "prac.data-leakage"
expect_in "the text lists disagreements for combined by default" "$out" "Largest disagreements (combined)"
disagreement_lines=$(sed -n '/^Largest disagreements/,$p' <<<"$out" | tail -n +3 | grep -c '^ *[0-9]')
expect_eq "ten disagreements are listed by default" "$disagreement_lines" "10"
expect_not_in "no NaN in the text" "$out" "nan"

# ---------------------------------------------------------------- JSON
run calibrate.lua --format json "$HUMAN"
expect_rc "--format json exits 0" 0
printf '%s' "$out" >"$TMP/cal.json"
jq -e . "$TMP/cal.json" >/dev/null && ok "the JSON parses" || not_ok "the JSON parses" "${out:0:300}"
jq_true "rows counts every answer, the multi-line one once" "$TMP/cal.json" '.rows == 41'
jq_true "graders has keyword and combined" "$TMP/cal.json" '.graders | has("keyword") and has("combined")'
jq_true "each grader has overall and per-question stats" "$TMP/cal.json" \
  '[.graders[] | .overall | has("n") and has("pearson") and has("spearman") and has("rmse") and has("accuracy")] | all'
jq_true "overall n is every row" "$TMP/cal.json" '.graders.keyword.overall.n == 41'
jq_true "per question: all seven questions" "$TMP/cal.json" '.graders.keyword.questions | length == 7'
jq_true "per question: unsup.kmeans has its five rows" "$TMP/cal.json" '.graders.keyword.questions["unsup.kmeans"].n == 5'
jq_true "statistics are numbers in range" "$TMP/cal.json" \
  '[.graders[] | .overall, .questions[] | .pearson, .spearman | . >= -1 and . <= 1] | all'
jq_true "accuracy and rmse are in 0..1" "$TMP/cal.json" \
  '[.graders[] | .overall, .questions[] | (.accuracy, .rmse) | . >= 0 and . <= 1] | all'
# the keyword grader should agree with careful human grading; if this fails, report the numbers, do not weaken it
spearman=$(jq '.graders.keyword.overall.spearman' "$TMP/cal.json")
pearson=$(jq '.graders.keyword.overall.pearson' "$TMP/cal.json")
jq_true "keyword agrees with the humans: Spearman > 0.5 overall (got $spearman)" "$TMP/cal.json" \
  '.graders.keyword.overall.spearman > 0.5'
jq_true "keyword agrees with the humans: Pearson > 0.5 overall (got $pearson)" "$TMP/cal.json" \
  '.graders.keyword.overall.pearson > 0.5'
jq_true "keyword agrees on pass/fail at least 70% of the time" "$TMP/cal.json" '.graders.keyword.overall.accuracy >= 0.7'
jq_true "ten disagreements, for combined" "$TMP/cal.json" \
  '(.disagreements | length == 10) and ([.disagreements[].grader] | unique == ["combined"])'
jq_true "disagreements come largest first" "$TMP/cal.json" \
  '[.disagreements[].difference | fabs] as $d | $d == ($d | sort | reverse)'
jq_true "a disagreement has question, line, both scores and the answer" "$TMP/cal.json" \
  '[.disagreements[] | has("question") and has("line") and has("human") and has("score") and has("answer")] | all'
jq_true "answers are cut at 80 characters" "$TMP/cal.json" '[.disagreements[].answer | length <= 81] | all'
jq_true "difference is human minus grader" "$TMP/cal.json" \
  '[.disagreements[] | (.difference - (.human - .score)) | fabs < 1e-9] | all'

# every row, through --top: lines follow the file (the multi-line answer spans lines 7-10)
run calibrate.lua --format json --top 100 "$HUMAN"
printf '%s' "$out" >"$TMP/all.json"
jq_true "--top larger than the file lists every row" "$TMP/all.json" '.disagreements | length == 41'
jq_true "CSV lines: the multi-line answer starts at line 7, the next row is line 11" "$TMP/all.json" \
  '[.disagreements[].line] | sort | (index(7) != null and index(8) == null and index(11) != null)'
jq_true "the multi-line answer is one answer" "$TMP/all.json" \
  '[.disagreements[] | select(.line == 7) | .answer | startswith("Two ways to be wrong: - bias:")] == [true]'
jq_true "a quoted answer keeps its commas" "$TMP/all.json" \
  '[.disagreements[] | select(.line == 3) | .answer | startswith("It'"'"'s the balance between underfitting and overfitting. A simple")] == [true]'
jq_true "accuracy is the share of rows where grader and human pass alike" "$TMP/all.json" \
  '([.disagreements[] | select(.pass == .human_pass)] | length) / 41 - .graders.combined.overall.accuracy | fabs < 1e-9'

run calibrate.lua --top 3 "$HUMAN"
disagreement_lines=$(sed -n '/^Largest disagreements/,$p' <<<"$out" | tail -n +3 | grep -c '^ *[0-9]')
expect_eq "--top 3 lists three" "$disagreement_lines" "3"
run calibrate.lua --top 0 "$HUMAN"
expect_not_in "--top 0 lists none" "$out" "Largest disagreements"

# ---------------------------------------------------------------- --scale and --pass
run calibrate.lua --format json --scale 0:20 "$HUMAN"
expect_rc "--scale 0:20 exits 0" 0
printf '%s' "$out" >"$TMP/s20.json"
jq_true "--scale 0:20 halves the normalised human scores" "$TMP/s20.json" \
  '(.graders.keyword.overall.mean_human - 0.25 | fabs < 1e-9) and .scale == {"min": 0, "max": 20}'
jq_true "--scale keeps the correlations (they do not depend on the scale)" "$TMP/s20.json" \
  ".graders.keyword.overall.spearman - $spearman | fabs < 1e-9"
run calibrate.lua --scale 0:20 "$HUMAN"
expect_in "the text shows the given scale" "$out" "human scale 0–20"
run calibrate.lua --scale 0:5 "$HUMAN"
expect_rc "a score outside --scale is a data error" 65
expect_in "the score outside the scale is named with its line" "$err" "human.csv:2: human_score 10 is outside the scale 0:5"
run calibrate.lua --scale 10:0 "$HUMAN"
expect_rc "--scale with MIN above MAX is a usage error" 64
expect_in "the usage error says how" "$err" "--scale takes MIN:MAX with MIN below MAX"
run calibrate.lua --scale ten "$HUMAN"
expect_rc "--scale that is not MIN:MAX is a usage error" 64

run calibrate.lua --format json --top 100 --pass 0 "$HUMAN"
printf '%s' "$out" >"$TMP/p0.json"
jq_true "--pass 0: every human passes" "$TMP/p0.json" '[.disagreements[].human_pass] | all'
jq_true "--pass 0: accuracy is the grader's pass rate" "$TMP/p0.json" \
  '([.disagreements[] | select(.pass)] | length) / 41 - .graders.combined.overall.accuracy | fabs < 1e-9'
run calibrate.lua --format json --top 100 --pass 0.75 "$HUMAN"
printf '%s' "$out" >"$TMP/p75.json"
jq_true "--pass 0.75: humans pass at 7.5 of 10" "$TMP/p75.json" \
  '.pass == 0.75 and ([.disagreements[] | select(.human_pass)] | length) == ([.disagreements[] | select(.human_score >= 7.5)] | length)'
run calibrate.lua --pass 0.75 "$HUMAN"
expect_in "the text shows the pass mark" "$out" "pass mark 0.75"
run calibrate.lua --pass 2 "$HUMAN"
expect_rc "--pass above 1 is a usage error" 64

# ---------------------------------------------------------------- --grader
run calibrate.lua --format json --grader keyword "$HUMAN"
printf '%s' "$out" >"$TMP/kw.json"
jq_true "--grader keyword calibrates keyword alone" "$TMP/kw.json" '.graders | keys == ["keyword"]'
jq_true "disagreements follow the first grader listed" "$TMP/kw.json" '[.disagreements[].grader] | unique == ["keyword"]'
run calibrate.lua --grader combined --grader keyword "$HUMAN"
expect_in "with --grader, disagreements are for the first one" "$out" "Largest disagreements (combined)"
run calibrate.lua --grader nosuch --grader keyword "$HUMAN"
expect_rc "an unavailable grader is skipped" 0
expect_in "an unavailable grader is named in a note" "$out" "grader nosuch skipped, not available: no graders/nosuch.lua"
run calibrate.lua --format json --grader nosuch --grader keyword "$HUMAN"
expect_eq "the JSON says which graders were skipped" "$(jq -c '.skipped | keys' <<<"$out")" '["nosuch"]'
run calibrate.lua --grader nosuch "$HUMAN"
expect_rc "no available grader at all is a usage error" 64
expect_in "and says so" "$err" "none of the graders is available"
run calibrate.lua --grader "bad name" "$HUMAN"
expect_rc "an invalid grader name is skipped too" 64
expect_in "the invalid name is reported" "$err" 'invalid grader name "bad name"'

# keyword does not apply to a question without a rubric
cat >"$TMP/norubric.csv" <<'EOF'
question_id,answer,human_score
full.regularisation,Penalise large weights.,6
full.bias-variance,Too simple models underfit.,5
full.bias-variance,"High variance: it overfits, fitting noise.",4
full.bias-variance,No idea.,0
EOF
run --bank "$FIX/banks/good" calibrate.lua --grader keyword "$TMP/norubric.csv"
expect_rc "a question without a rubric does not stop the run" 0
expect_in "keyword says it does not apply" "$out" "keyword does not apply to full.regularisation"
run --bank "$FIX/banks/good" calibrate.lua --format json --grader keyword "$TMP/norubric.csv"
expect_eq "the JSON lists the questions keyword does not apply to" \
  "$(jq -c '[.graders.keyword.not_applicable, .graders.keyword.overall.n]' <<<"$out")" '[["full.regularisation"],3]'

# ---------------------------------------------------------------- CSV dialects
# CRLF line ends (inside the quoted multi-line answer too) and a byte-order mark give the same figures
printf '\357\273\277' >"$TMP/crlf.csv"
sed 's/$/\r/' "$HUMAN" >>"$TMP/crlf.csv"
run calibrate.lua --format json "$TMP/crlf.csv"
expect_rc "CRLF with a byte-order mark reads" 0
expect_eq "CRLF gives the same figures as LF" "$(jq -c '[.rows, .graders]' <<<"$out")" "$(jq -c '[.rows, .graders]' "$TMP/cal.json")"

# columns in any order, extra columns ignored, blank lines skipped, doubled quotes
cat >"$TMP/order.csv" <<'EOF'
rater,human_score,answer,question_id

ab,2,"""Dropout"" zeroes random units while training, with probability p.",opt.dropout
ab,9,"It zeroes units at random with probability p so no unit can co-adapt; inverted dropout divides by 1 - p so the expected activation matches test time, when all units are used.",opt.dropout

cd,0,Early stopping.,opt.dropout
cd,5,Gradient is one for positive inputs.,rf.relu
EOF
run calibrate.lua --format json --top 100 "$TMP/order.csv"
expect_rc "columns in another order read" 0
printf '%s' "$out" >"$TMP/order.json"
jq_true "rows are counted without the blank lines" "$TMP/order.json" '.rows == 4'
jq_true "the question column is found by its name" "$TMP/order.json" \
  '.graders.keyword.questions | keys == ["opt.dropout", "rf.relu"]'
jq_true "doubled quotes are one quote" "$TMP/order.json" \
  '[.disagreements[] | select(.line == 3) | .answer] == ["\"Dropout\" zeroes random units while training, with probability p."]'
jq_true "line numbers count the blank lines" "$TMP/order.json" '[.disagreements[].line] | sort == [3, 4, 6, 7]'
jq_true "a question with fewer than 3 rows has null statistics" "$TMP/order.json" \
  '.graders.keyword.questions["rf.relu"] | .n == 1 and .pearson == null and .spearman == null and .rmse == null and .accuracy == null'
jq_true "a question with 3 rows has statistics" "$TMP/order.json" '.graders.keyword.questions["opt.dropout"].pearson != null'
run calibrate.lua "$TMP/order.csv"
expect_in "fewer than 3 rows shows n/a" "$(grep '^rf.relu' <<<"$out" | head -1)" "n/a"

# constant human scores: the scale is unknown without --scale; correlations are undefined, never NaN
run calibrate.lua "$CAL/constant.csv"
expect_rc "constant scores without --scale are a data error" 65
expect_in "and the message says to give --scale" "$err" "constant.csv:1: every human_score is 7, so their scale is unknown; give it with --scale MIN:MAX"
run calibrate.lua --format json --scale 0:10 "$CAL/constant.csv"
expect_rc "constant scores with --scale exit 0" 0
expect_eq "constant input gives null correlations" "$(jq -c '.graders.keyword.overall | [.pearson, .spearman]' <<<"$out")" "[null,null]"
run calibrate.lua --scale 0:10 "$CAL/constant.csv"
expect_in "and n/a in the text" "$(grep '^keyword ' <<<"$out" | tr -s ' ')" " 3 n/a n/a "
expect_not_in "never NaN" "$out" "nan"

# ---------------------------------------------------------------- bad input
bad() { # name file expected-rc expected-message
  run calibrate.lua "$2"
  expect_rc "$1: exit $3" "$3"
  expect_in "$1: message" "$err" "$4"
}
bad "missing column" "$BAD/missing-column.csv" 65 \
  "missing-column.csv:1: missing column \"human_score\"; the header must name question_id, answer, human_score"
bad "non-numeric score" "$BAD/non-numeric.csv" 65 "non-numeric.csv:3: human_score \"good\" is not a number"
bad "unknown question id" "$BAD/unknown-id.csv" 65 \
  "unknown-id.csv:3: unknown question id \"core.bias-varience\" (did you mean \"core.bias-variance\"?)"
bad "unterminated quote" "$BAD/unterminated.csv" 65 \
  "unterminated.csv:3: unterminated quoted field: the quote opened here never closes"
bad "text after a closing quote" "$BAD/text-after-quote.csv" 65 "text-after-quote.csv:2: unexpected text after a closing quote"
bad "a short row" "$BAD/short-row.csv" 65 "short-row.csv:3: the row has 2 fields, so no human_score (field 3)"
bad "invalid UTF-8" "$BAD/invalid-utf8.csv" 65 "invalid-utf8.csv:3: invalid UTF-8 at byte 70"
bad "an empty file" "$BAD/empty.csv" 65 "empty.csv:1: the file is empty"
bad "no rows" "$BAD/header-only.csv" 65 "header-only.csv:1: no rows after the header"
bad "a missing file" "$CAL/nosuch.csv" 66 "nosuch.csv: No such file or directory"
run calibrate.lua "$BAD/unknown-id.csv"
expect_in "row errors end with a count" "$err" "1 error in"
expect_eq "nothing is written to stdout on bad input" "$out" ""

printf 'question_id,answer,human_score\nrf.relu,a,x\nrf.nope,b,1\n' >"$TMP/two.csv"
run calibrate.lua "$TMP/two.csv"
expect_in "every bad row is reported: the score" "$err" "two.csv:2: human_score \"x\" is not a number"
expect_in "every bad row is reported: the id" "$err" "two.csv:3: unknown question id \"rf.nope\""
expect_in "with the count" "$err" "2 errors in"

run calibrate.lua
expect_rc "no file is a usage error" 64
run calibrate.lua "$HUMAN" "$HUMAN"
expect_rc "two files are a usage error" 64
run calibrate.lua --help
expect_in "--help shows the usage" "$out" "usage: drill calibrate.lua"

# a tier column: pass rates and agreement tier by tier
run --no-store calibrate.lua --grader combined --scale 0:5 --pass 0.6 --format json "$FIX/calibrate/dev-a.csv"
expect_rc "calibrate reads a file with a tier column" 0
expect_eq "each tier is reported" "$(jq -r '.graders.combined.tiers | keys | join(",")' <<<"$out")" \
  "evasive,partial,strong,terse,wrong"
expect_eq "with its size and rates" "$(jq '.graders.combined.tiers.strong | [.n, .human_pass_rate] ' -c <<<"$out")" "[50,1]"
run --no-store calibrate.lua --grader combined --scale 0:5 --top 0 "$FIX/calibrate/dev-a.csv"
expect_in "the text report has a table by tier" "$out" "combined by tier"
finish
