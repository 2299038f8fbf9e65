#!/usr/bin/env bash
# Answer files read the way CommonMark reads them, through check.lua as CI runs it.
DRILL=$1
source "$(dirname "$0")/lib.sh"
P="$FIX/answers/parse"

# check FILE: the JSON report of one file in $out, and its exit code in $rc
check() { run --no-store check.lua --format json "$1"; }
ids() { jq -r '[.files[0].answers[] | "\(.id)@\(.line)"] | join(",")' <<<"$out"; }
errors() { jq -r '[.files[0].errors[] | "\(.line):\(.message)"] | join("\n")' <<<"$out"; }

check "$P/bom.md"
expect_eq "a byte order mark does not hide the first answer" "$(ids)" "rf.softmax@1,core.bias-variance@4"
expect_eq "... and the file has no errors" "$(errors)" ""

check "$P/bom-crlf.md"
expect_eq "CRLF line ends, after a byte order mark" "$(ids)" "rf.softmax@1,core.bias-variance@3"

check "$P/fence-tilde-in-backticks.md"
expect_eq "~~~ inside a backtick block toggles nothing" "$(ids)" "rf.softmax@1,core.bias-variance@7"
check "$P/fence-four-backticks.md"
expect_eq "a 4-backtick fence holds 3-backtick lines" "$(ids)" "rf.softmax@1,core.bias-variance@7"

check "$P/fence-unclosed.md"
expect_rc "an unclosed fence is a file error" 65
expect_in "... named at the fence's line" "$(errors)" "3:the code block opened here with \`\`\` is never closed"
expect_eq "... and the answers before it are still graded" "$(ids)" "rf.softmax@1"

check "$P/heading-name.md"
expect_rc "a heading with a name after the id is a file error" 65
expect_in "... that says what to write" "$(errors)" \
  '1:heading "## core.bias-variance (Alice)" has more than a question id: put the id alone on the line ("## core.bias-variance")'
expect_eq "... and the other answers are graded" "$(ids)" "rf.softmax@4"

check "$P/heading-closing.md"
expect_in "closing #s are not part of the id" "$(ids)" "rf.softmax@1,core.bias-variance@3"

check "$P/comments.md"
expect_eq "a heading inside an HTML comment is not a heading" "$(ids)" "rf.softmax@1"

check "$P/invalid-utf8.md"
expect_eq "invalid UTF-8 is reported with its byte offset" "$(errors)" "2:invalid UTF-8 at byte offset 18"

check "$P/ok.json"
expect_eq "JSON answers keep the line of their key, in file order" "$(ids)" \
  "rf.softmax@3,core.bias-variance@4,opt.dropout@4"
check "$P/not-string.json"
expect_eq "a JSON answer that is not a string is an error at its line" "$(errors)" \
  '2:the answer to "rf.softmax" must be a string'

# An answer over the limit is an error at its heading, and the rest of the file is read.
{
  printf '## rf.softmax\n'
  head -c 70000 /dev/zero | tr '\0' 'a'
  printf '\n\n## core.bias-variance\nHigh bias underfits.\n'
} >"$TMP/long.md"
check "$TMP/long.md"
expect_in "an answer over 64 KiB is named at its heading" "$(errors)" '1:the answer to "rf.softmax" is over 64 KiB'
expect_eq "... and the next answer is read" "$(ids)" "core.bias-variance@4"

# Multi-byte characters just before a concept's match: graded, never an error.
for pad in é 中 😀; do
  for n in 55 56 57 58 59 60 61; do
    text="$(printf "%${n}s" "" | tr ' ' 'x')$pad high bias means the model underfits; high variance means it overfits"
    printf '## core.bias-variance\n%s\n' "$text" >"$TMP/mb.md"
    check "$TMP/mb.md"
    [ "$(jq -r '.files[0].answers[0].status' <<<"$out")" != error ] || break 2
  done
done
expect_eq "multi-byte characters near a match never make a grader error" \
  "$(jq -r '.files[0].answers[0].status | . == "pass" or . == "fail"' <<<"$out")" "true"

finish
