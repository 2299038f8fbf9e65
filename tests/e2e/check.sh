#!/usr/bin/env bash
# check.lua as a CI job uses it: answer files in, a report and an exit code out.
DRILL=$1
source "$(dirname "$0")/lib.sh"
A="$FIX/answers"

run --no-store check.lua --format json "$A/team"
expect_rc "some failing answers exit 1" 1
printf '%s' "$out" >"$TMP/team.json"
expect_eq "three files are reported" "$(jq '.files | length' "$TMP/team.json")" 3
expect_eq "files come in path order" "$(jq -r '[.files[].path | split("/") | last] | join(",")' "$TMP/team.json")" \
  "alice.md,bob.md,carol.json"
expect_eq "alice passes everything" "$(jq -r '[.files[0].answers[].status] | join(",")' "$TMP/team.json")" "pass,pass,pass"
expect_eq "an empty section is unanswered, not an error" \
  "$(jq -r '.files[1].answers[] | select(.id == "rf.softmax") | .status' "$TMP/team.json")" "unanswered"
expect_eq "a heading inside a code block is not a heading" "$(jq '.files[1].answers | length' "$TMP/team.json")" 3
expect_eq "a failed answer says what is missing" \
  "$(jq '.files[1].answers[0].feedback | length > 0' "$TMP/team.json")" "true"
expect_eq "a misconception is named" \
  "$(jq -r '.files[1].answers[0].misconceptions | join(",")' "$TMP/team.json")" "more data reduces bias"
expect_eq "answers carry their line" "$(jq '.files[0].answers[1].line' "$TMP/team.json")" 13
expect_eq "JSON answer files are read" "$(jq -r '.files[2].format' "$TMP/team.json")" "json"
expect_eq "the member is the file name" "$(jq -r '.files[2].member' "$TMP/team.json")" "carol"
expect_eq "the summary counts" "$(jq -c '.summary | [.files, .answers, .passed, .failed, .unanswered, .errors]' "$TMP/team.json")" \
  "[3,8,5,2,1,0]"

# a folder's README says what the folder is for: walked past, read when named
mkdir -p "$TMP/withreadme"
cp "$A/team/alice.md" "$TMP/withreadme/"
printf '# Our answers\n\nOne file per member.\n' >"$TMP/withreadme/README.md"
printf 'notes\n' >"$TMP/withreadme/readme.markdown"
run --no-store check.lua --format json "$TMP/withreadme"
expect_rc "a directory with a README checks clean" 0
expect_eq "... the README is not an answer file" "$(jq -r '[.files[].path | split("/") | last] | join(",")' <<<"$out")" \
  "alice.md"
run --no-store check.lua "$TMP/withreadme/README.md"
expect_rc "a README named on the command line is checked (and has no answers)" 65

run --no-store check.lua "$A/team/alice.md"
expect_rc "all answers passing exits 0" 0
run --no-store check.lua --min-score 1 "$A/team/alice.md"
expect_rc "--min-score raises the pass mark" 1
run --no-store check.lua --min-score 0.2 --format json "$A/team/carol.json"
expect_eq "--min-score sets every answer's pass mark" "$(jq -c '[.files[0].answers[].pass_mark]' <<<"$out")" "[0.2,0.2]"
expect_eq "... but a missing required concept still fails" "$(jq -r '[.files[0].answers[].status] | join(",")' <<<"$out")" \
  "pass,fail"

a=$("$DRILL" --no-store check.lua --jobs 1 --format json "$A/team" "$A/bad" 2>/dev/null)
b=$("$DRILL" --no-store check.lua --jobs 2 --format json "$A/team" "$A/bad" 2>/dev/null)
c=$("$DRILL" --no-store check.lua --jobs 5 --format json "$A/team" "$A/bad" 2>/dev/null)
[ "$a" = "$b" ] && [ "$a" = "$c" ] && ok "the report is the same whatever --jobs" || not_ok "the report is the same whatever --jobs"
# the workers encode a JSON record when they keep every processor busy: the same bytes
d=$("$DRILL" --no-store --trust check.lua --jobs 1 --format json "$A/team" "$A/bad" 2>/dev/null)
[ "$a" = "$d" ] && ok "... and the same when nothing is forked (--trust --jobs 1)" ||
  not_ok "... and the same when nothing is forked (--trust --jobs 1)"
a=$("$DRILL" --no-store check.lua --jobs 1 "$A/team" "$A/bad" 2>/dev/null)
b=$("$DRILL" --no-store check.lua --jobs 3 "$A/team" "$A/bad" 2>/dev/null)
[ -n "$a" ] && [ "$a" = "$b" ] && ok "the text report is the same whatever --jobs" ||
  not_ok "the text report is the same whatever --jobs"
# every answer graded afresh (--no-cache): with more workers than processors each file is
# checked in parts whose workers encode their own answers (JSON), put together here
a=$("$DRILL" --no-store check.lua --no-cache --jobs 1 --format json "$A/team" "$A/bad" 2>/dev/null)
b=$("$DRILL" --no-store check.lua --no-cache --jobs 64 --format json "$A/team" "$A/bad" 2>/dev/null)
c=$("$DRILL" --no-store check.lua --no-cache --jobs 3 --format json "$A/team" "$A/bad" 2>/dev/null)
[ -n "$a" ] && [ "$a" = "$b" ] && [ "$a" = "$c" ] &&
  ok "the report of answers graded afresh is the same whatever --jobs (files checked in parts)" ||
  not_ok "the report of answers graded afresh is the same whatever --jobs (files checked in parts)"
b=$(HOME="$TMP/parts-home" "$DRILL" --no-store check.lua --jobs 64 --format json "$A/team" "$A/bad" 2>/dev/null)
c=$(HOME="$TMP/parts-home" "$DRILL" --no-store check.lua --jobs 1 --format json "$A/team" "$A/bad" 2>/dev/null)
[ "$a" = "$b" ] && [ "$a" = "$c" ] && ok "... and so is a file put together from its parts' texts, kept and read back" ||
  not_ok "... and so is a file put together from its parts' texts, kept and read back"

s1=$("$DRILL" --no-store check.lua --shard 1/2 --format json "$A/team" | jq -r '.files[].path')
s2=$("$DRILL" --no-store check.lua --shard 2/2 --format json "$A/team" | jq -r '.files[].path')
all=$(jq -r '.files[].path' "$TMP/team.json")
expect_eq "shards split the files without overlap" "$(printf '%s\n%s\n' "$s1" "$s2" | sort)" "$(sort <<<"$all")"
expect_eq "shard 1/2 takes the odd files" "$s1" "$(sed -n '1p;3p' <<<"$all")"

run --no-store check.lua --format json "$A/bad"
expect_rc "files with errors exit 65" 65
printf '%s' "$out" >"$TMP/bad.json"
err_of() { jq -r --arg f "$1" '.files[] | select(.path | endswith($f)) | .errors[0] | "\(.line):\(.message)"' "$TMP/bad.json"; }
expect_eq "unknown id: line and did-you-mean" "$(err_of unknown-id.md)" \
  '1:unknown question id "core.bias-varianse" (did you mean "core.bias-variance"?)'
expect_eq "an id answered twice" "$(err_of duplicate.md)" '4:question "rf.softmax" is answered twice (first at line 1)'
expect_eq "invalid UTF-8 with its byte offset" "$(err_of invalid-utf8.md)" "2:invalid UTF-8 at byte offset 23"
expect_eq "an empty file" "$(err_of empty.md)" "null:empty file: no answers"
expect_eq "a duplicate key in JSON" "$(err_of duplicate-key.json)" '1:duplicate key "rf.softmax"'
expect_eq "malformed JSON with its position" \
  "$(jq -r '.files[] | select(.path | endswith("malformed.json")) | .errors[0] | "\(.line):\(.column):\(.message)"' "$TMP/bad.json")" \
  "1:32:trailing comma"
head -c $((9 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$TMP/huge.md"
run --no-store check.lua --format json "$TMP/huge.md"
expect_rc "an oversized file exits 65" 65
expect_in "an oversized file says so" "$out" "over the limit"

run --no-store check.lua "$TMP/nosuch"
expect_rc "a missing path exits 66" 66
expect_in "a missing path is named" "$err" "nosuch: No such file or directory"
run --no-store check.lua
expect_rc "no path is a usage error" 64
run --no-store check.lua --shard 3/2 "$A/team"
expect_rc "a bad --shard is a usage error" 64
run --no-store check.lua --min-score 2 "$A/team"
expect_rc "a bad --min-score is a usage error" 64

# a grader that never returns fails its answer alone; the run goes on
out=$(DRILL_PATH="$ROOT/tests/plugins" "$DRILL" --no-store --bank "$FIX/banks/mini" --bank "$FIX/banks/hostile" \
  check.lua --format json "$A/isolation" 2>&1); rc=$?
expect_eq "a grader error exits 65" "$rc" 65
expect_eq "the runaway grader's answer is an error" "$(jq -r '.files[0].answers[0].status' <<<"$out")" "error"
expect_in "the error names the limit and the question" "$(jq -r '.files[0].answers[0].error' <<<"$out")" \
  "grading question hostile.runaway with runaway: exceeded the"
expect_eq "the next answer is still graded" "$(jq -r '.files[0].answers[1].status' <<<"$out")" "pass"
# ... and after answers graded before it: check.lua's own code is not counted, its graders are
mkdir -p "$TMP/late"
{ sed -n '/^## mini.overfitting/,$p' "$A/isolation/one.md"; echo; sed -n '/^## hostile.runaway/,/^$/p' "$A/isolation/one.md"; } >"$TMP/late/one.md"
out=$(DRILL_PATH="$ROOT/tests/plugins" "$DRILL" --no-store --bank "$FIX/banks/mini" --bank "$FIX/banks/hostile" \
  check.lua --jobs 1 --format json "$TMP/late" 2>&1); rc=$?
expect_eq "a runaway grader after a graded answer: exit 65" "$rc" 65
expect_eq "... the answer before it passes" "$(jq -r '.files[0].answers[0].status' <<<"$out")" "pass"
expect_in "... and the runaway is stopped by its limit" "$(jq -r '.files[0].answers[1].error' <<<"$out")" \
  "grading question hostile.runaway with runaway: exceeded the"

# a grader's result is copied when it returns: changing it later changes nothing recorded
printf '## tamper.one\nAn answer.\n\n## tamper.two\nAnother answer.\n' >"$TMP/tamper.md"
out=$(DRILL_PATH="$ROOT/tests/plugins" "$DRILL" --no-store --bank "$FIX/banks/tamper" \
  check.lua --jobs 1 --format json "$TMP/tamper.md" 2>&1)
expect_eq "a grader that changes its earlier result: both answers keep the score it gave" \
  "$(jq -c '[.files[0].answers[].score]' <<<"$out")" "[0,0]"
expect_eq "... and the feedback" "$(jq -c '[.files[0].answers[].feedback[0]]' <<<"$out")" '["failed","failed"]'
expect_eq "... and what it missed" "$(jq -c '[.files[0].answers[].missing[0]]' <<<"$out")" '["the point","the point"]'
# ... and read raw: no metamethod of the grader's runs outside its budget
printf '## tamper.meta\nAn answer.\n' >"$TMP/meta.md"
out=$(DRILL_PATH="$ROOT/tests/plugins" timeout 120 "$DRILL" --no-store --bank "$FIX/banks/tamper" \
  check.lua --jobs 1 --format json "$TMP/meta.md" 2>&1); rc=$?
expect_eq "a result that is a score only through a metamethod: exit 65, not a hang" "$rc" 65
expect_in "... the answer's error says no score came back" "$(jq -r '.files[0].answers[0].error' <<<"$out")" \
  "grader metaresult returned no score for question tamper.meta"

# --output: written whole, nothing on standard output
run --no-store check.lua --format json --output "$TMP/report.json" "$A/team"
expect_rc "--output keeps the exit code" 1
expect_eq "--output leaves standard output empty" "$out" ""
expect_eq "--output writes the report" "$(jq '.files | length' "$TMP/report.json")" 3
[ -z "$(ls -A "$TMP" | grep -e '\.tmp\.' -e '\.drill-')" ] && ok "no temporary file is left behind" || not_ok "no temporary file is left"
run --no-store check.lua --format json --output "$TMP/nosuch/report.json" "$A/team"
expect_rc "--output in a missing directory exits 73" 73
expect_eq "... with one line, no traceback" "$err" "drill: $TMP/nosuch/report.json: cannot create: No such file or directory"

# template.lua: a template checks as all unanswered
"$DRILL" template.lua --lesson rapid-fire >"$TMP/me.md"
run --no-store check.lua --format json "$TMP/me.md"
expect_rc "a fresh template fails (nothing answered)" 1
expect_eq "every question of the lesson is there, unanswered" "$(jq '[.files[0].answers[] | select(.status == "unanswered")] | length' <<<"$out")" 20
"$DRILL" template.lua --format json rf.softmax core.bias-variance >"$TMP/me.json"
run --no-store check.lua --format json "$TMP/me.json"
expect_eq "a JSON template has the ids asked for" "$(jq -r '[.files[0].answers[].id] | sort | join(",")' <<<"$out")" \
  "core.bias-variance,rf.softmax"
run template.lua --lesson nosuch
expect_rc "template: unknown lesson is a usage error" 64
run template.lua rf.softmx
expect_rc "template: unknown id exits 65" 65
expect_in "template: unknown id gets a did-you-mean" "$err" 'did you mean "rf.softmax"?'

# many files on the command line: every one is checked (the arguments once overran Lua's stack)
mkdir -p "$TMP/many"
for i in $(seq 1 300); do printf '## rf.softmax\nExponentiate and normalise.\n' >"$TMP/many/m$i.md"; done
run --no-store check.lua --format json --jobs 1 "$TMP"/many/m*.md
expect_eq "300 files named one by one are all checked" "$(jq '.files | length' <<<"$out")" 300
expect_not_in "... without a crash" "$err" "corruption"

# the advanced lesson has a template like every lesson, and its answers are checked
"$DRILL" template.lua --lesson advanced >"$TMP/adv.md"
run --no-store check.lua --format json "$TMP/adv.md"
expect_eq "template.lua --lesson advanced gives every question of the lesson" \
  "$(jq '[.files[0].answers[] | select(.lesson == "advanced")] | length >= 30' <<<"$out")" true

# a file's errors come in the order of the file, whatever found them (the parser, the bank)
printf '## core.bais\nx\n## core.bias-variance\na\n## core.bias-variance\nb\n## Notes here\n' >"$TMP/order.md"
run --no-store check.lua --format json "$TMP/order.md"
expect_eq "a file's errors are in line order" "$(jq -c '[.files[0].errors[].line]' <<<"$out")" "[1,5,7]"

# a symbolic link in a directory that leads outside the paths named: reported, never read
mkdir -p "$TMP/linked/inside" "$TMP/outside"
cp "$A/team/alice.md" "$TMP/linked/"
cp "$A/team/alice.md" "$TMP/outside/away.md"
ln -s "$TMP/outside/away.md" "$TMP/linked/away.md"
ln -s "$TMP/outside" "$TMP/linked/elsewhere"
ln -s "$TMP/linked/alice.md" "$TMP/linked/inside/again.md"
run --no-store check.lua --format json "$TMP/linked"
expect_rc "links leading outside: a file error, exit 65" 65
expect_eq "... each named, with no traceback" "$(jq -r '.files[] | select(.status == "error") |
  .path + ": " + .errors[0].message' <<<"$out")" \
"$TMP/linked/away.md: not read: it leads outside the paths named on the command line (a symbolic link?)
$TMP/linked/elsewhere: not read: it leads outside the paths named on the command line (a symbolic link?)"
expect_eq "... the files inside are checked, a link that stays inside too" \
  "$(jq -r '[.files[] | select(.status != "error") | .path] | join(" ")' <<<"$out")" \
  "$TMP/linked/alice.md $TMP/linked/inside/again.md"
expect_eq "... and nothing of the target is read" "$err" ""

# what compiling the rubrics works out is kept for later runs in the cache directory, and grades
# alike read back, from a damaged memo, or with no cache at all (--no-cache: the answers are
# graded again, not read back from the results kept)
verdicts() { jq -c '[.files[].answers[] | [.id, .status, .score, .missing, .misconceptions]]' "$1"; }
DRILL_CACHE= "$DRILL" --no-store check.lua --format json "$A/team" >"$TMP/m0.json"
memo="$TMP/memo"
DRILL_CACHE="$memo" "$DRILL" --no-store check.lua --format json "$A/team" >"$TMP/m1.json"
expect_eq "compiled patterns are kept in the cache directory" "$(ls "$memo" | grep -c '^patterns\.memo$')" 1
expect_eq "... grading as without a cache" "$(verdicts "$TMP/m1.json")" "$(verdicts "$TMP/m0.json")"
DRILL_CACHE="$memo" "$DRILL" --no-store check.lua --no-cache --format json "$A/team" >"$TMP/m2.json"
expect_eq "... read back, they grade alike" "$(verdicts "$TMP/m2.json")" "$(verdicts "$TMP/m0.json")"
truncate -s 100 "$memo/patterns.memo"
DRILL_CACHE="$memo" "$DRILL" --no-store check.lua --no-cache --format json "$A/team" >"$TMP/m3.json"
expect_eq "... a damaged memo is passed over" "$(verdicts "$TMP/m3.json")" "$(verdicts "$TMP/m0.json")"
expect_eq "... and written anew" "$(($(stat -c %s "$memo/patterns.memo") > 100))" 1

# Results kept between runs: read back while the answer, the banks, the plugins and the options
# are the same. Files and banks written in the two seconds before a run are not kept (their times
# may not show a later change), so the copies made here are given those two seconds.
rc_dir="$TMP/results" rb="$TMP/rbanks" ra="$TMP/ranswers"
mkdir -p "$ra"
cp -r "$ROOT/banks" "$rb"
cp "$A/team/alice.md" "$A/team/bob.md" "$ra/"
sleep 2
kept() { DRILL_CACHE="$rc_dir" "$DRILL" --no-store --bank "$rb" check.lua --format json "$@"; } # a later --format wins
kept "$ra" >"$TMP/k1.json"
DRILL_CACHE= "$DRILL" --no-store --bank "$rb" check.lua --format json "$ra" >"$TMP/k0.json"
expect_eq "results are kept in the cache directory" "$(ls "$rc_dir" | grep -c '^results\.memo$')" 1
expect_eq "... the report is the one of a run without them" "$(cat "$TMP/k1.json")" "$(cat "$TMP/k0.json")"
rm "$rc_dir/patterns.memo"
kept "$ra" >"$TMP/k2.json"
expect_eq "... checked again, the same report, byte for byte" "$(cat "$TMP/k2.json")" "$(cat "$TMP/k0.json")"
expect_eq "... and nothing was graded: no pattern compiled" "$(ls "$rc_dir" | grep -c '^patterns\.memo$')" 0
mkdir -p "$TMP/fresh" && cp "$ra/alice.md" "$TMP/fresh/"
kept "$TMP/fresh" >"$TMP/k2f.json"
expect_eq "... a file just written: each answer read back (the file is too new to be kept whole)" \
  "$(jq -c '.files[0].answers' "$TMP/k2f.json")" "$(jq -c '.files[0].answers' "$TMP/k0.json")"
expect_eq "... and nothing was graded" "$(ls "$rc_dir" | grep -c '^patterns\.memo$')" 0
kept --jobs 2 "$ra" >"$TMP/k3.json"
expect_eq "... the same with two workers" "$(cat "$TMP/k3.json")" "$(cat "$TMP/k0.json")"
# two workers check each file in two parts, each grading its share of the questions: the file,
# put back together, is kept whole (its record is kept under its path), as one worker keeps it
DRILL_CACHE="$TMP/results2" "$DRILL" --no-store --bank "$rb" check.lua --jobs 2 --format json "$ra" >"$TMP/k9.json"
expect_eq "a file checked in parts: the report of one worker" "$(cat "$TMP/k9.json")" "$(cat "$TMP/k0.json")"
grep -aq "$ra/bob.md" "$TMP/results2/results.memo" && ok "... and the file is kept whole" ||
  not_ok "... and the file is kept whole"
kept --format text "$ra" >"$TMP/k3.txt"
DRILL_CACHE= "$DRILL" --no-store --bank "$rb" check.lua "$ra" >"$TMP/k0.txt"
expect_eq "... and as text" "$(cat "$TMP/k3.txt")" "$(cat "$TMP/k0.txt")"
for f in tap junit github html; do
  kept --format "$f" "$ra" >/dev/null
  kept --format "$f" "$ra" >"$TMP/k3.$f"
  DRILL_CACHE= "$DRILL" --no-store --bank "$rb" check.lua --format "$f" "$ra" >"$TMP/k0.$f"
  # (but for the time an HTML report says it was made)
  expect_eq "... and as $f" "$(grep -v 'Checked on <time' "$TMP/k3.$f")" "$(grep -v 'Checked on <time' "$TMP/k0.$f")"
done
kept --level core "$ra" >"$TMP/k4.json"
DRILL_CACHE= "$DRILL" --no-store --bank "$rb" check.lua --level core --format json "$ra" >"$TMP/k4n.json"
expect_eq "another --level is graded for itself" "$(cat "$TMP/k4.json")" "$(cat "$TMP/k4n.json")"
kept --min-score 0.95 "$ra" >"$TMP/k5.json"
DRILL_CACHE= "$DRILL" --no-store --bank "$rb" check.lua --min-score 0.95 --format json "$ra" >"$TMP/k5n.json"
expect_eq "another --min-score too" "$(cat "$TMP/k5.json")" "$(cat "$TMP/k5n.json")"
# an answer changed: graded again, the others read back
sed -i 's/More data reduces bias\./Bagging reduces variance by averaging many models./' "$ra/bob.md"
kept "$ra" >"$TMP/k6.json"
DRILL_CACHE= "$DRILL" --no-store --bank "$rb" check.lua --format json "$ra" >"$TMP/k6n.json"
expect_eq "an answer changed is graded again" "$(cat "$TMP/k6.json")" "$(cat "$TMP/k6n.json")"
expect_eq "... (it was)" "$(jq -r '.files[1].answers[0].misconceptions | length' "$TMP/k6.json")" 0
# a bank changed: nothing kept for the old one is read
jq '(.questions[] | select(.id == "core.bias-variance") | .rubric.pass) = 0.99' \
  "$rb/core-ml-fundamentals.json" >"$TMP/core.json" && mv "$TMP/core.json" "$rb/core-ml-fundamentals.json"
sleep 2
kept "$ra" >"$TMP/k7.json"
expect_eq "a bank changed: graded again against it" \
  "$(jq -c '[.files[].answers[] | select(.id == "core.bias-variance") | .pass_mark]' "$TMP/k7.json")" '[0.99,0.99]'
kept "$ra" >"$TMP/k8.json"
expect_eq "... and that is what is read back" "$(cat "$TMP/k8.json")" "$(cat "$TMP/k7.json")"
# a damaged results file is passed over and written anew
truncate -s 50 "$rc_dir/results.memo"
kept "$ra" >"$TMP/k9.json"
expect_eq "a damaged results file is passed over" "$(cat "$TMP/k9.json")" "$(cat "$TMP/k7.json")"
expect_eq "... and written anew" "$(($(stat -c %s "$rc_dir/results.memo") > 50))" 1
# not kept: with --no-cache, with DRILL_PATH (graders from elsewhere), with --trust
for how in "--no-cache" "DRILL_PATH" "--trust"; do
  d="$TMP/none-$how"
  case $how in
  --no-cache) DRILL_CACHE="$d" "$DRILL" --no-store --bank "$rb" check.lua --no-cache "$ra" >/dev/null ;;
  DRILL_PATH) DRILL_CACHE="$d" DRILL_PATH="$TMP" "$DRILL" --no-store --bank "$rb" check.lua "$ra" >/dev/null ;;
  --trust) DRILL_CACHE="$d" "$DRILL" --no-store --trust --bank "$rb" check.lua "$ra" >/dev/null ;;
  esac
  expect_eq "no results kept with $how" "$(ls "$d" | grep -c '^results\.memo$')" 0
done
# a run of over 1 MiB of answer files keeps none
mkdir -p "$TMP/big"
cp "$A/team/alice.md" "$TMP/big/"
head -c 1100000 /dev/zero | tr '\0' 'x' | fold -w 100 >"$TMP/big/notes.md"
DRILL_CACHE="$TMP/bigc" "$DRILL" --no-store --bank "$rb" check.lua "$TMP/big" >/dev/null
expect_eq "a run of over 1 MiB of answer files keeps no results" "$(ls "$TMP/bigc" | grep -c '^results\.memo$')" 0
# a guest may neither read nor keep results
printf 'print(drill.results.open("x"), drill.results.put("k", "v"), drill.results.get("k"))\n' >"$TMP/peek.lua"
DRILL_CACHE="$rc_dir" run --no-store "$TMP/peek.lua"
expect_eq "a guest is told results are not kept" "$out" "false	false	nil"

# On a terminal a text report is kept as its text, in the colours and at the width it was shown:
# shown at another width, or without colour, it is made again (and the pane shows the same as
# a run that keeps nothing).
if tmux_server; then
  PANE=check
  on_term() { # WIDTH ENV [check args...] -> $screen: check.lua in a fresh pane of WIDTH columns
    local width=$1 env=$2
    shift 2
    T kill-session -t check 2>/dev/null
    T new-session -d -s check -x "$width" -y 200 "trap : INT; env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 $env \
      DRILL_CACHE='$rc_dir' '$DRILL' --no-store --bank '$rb' check.lua $* '$ra'; echo '[exit' \$?']'; sleep 30"
    wait_for "[exit " || not_ok "check.lua ends in a ${width}-column pane" "$screen"
    screen=$(T capture-pane -p -e -t check -S -400)
  }
  for how in "100 -" "60 -" "100 NO_COLOR=1" "60 -"; do
    read -r width env <<<"$how"
    [ "$env" = - ] && env=
    on_term "$width" "$env"
    kept_screen=$screen
    on_term "$width" "$env" --no-cache
    expect_eq "tmux: a text report read back at $width columns ${env:-in colour} is the one made afresh" \
      "$kept_screen" "$screen"
  done
  expect_in "tmux: ... (in colour)" "$screen" $'\e['
  expect_eq "tmux: ... (and wrapped at 60 columns)" "$(sed 's/\x1b\[[0-9;]*m//g' <<<"$screen" | awk '{ print length($0) }' | sort -n | tail -1 | awk '{ print ($1 <= 60) }')" 1
else
  ok "tmux: a text report kept on a terminal # SKIP tmux is not installed"
fi

finish
