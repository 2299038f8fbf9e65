#!/usr/bin/env bash
# check.lua's report formats, each read by a real consumer: prove and TAP::Parser (TAP), a YAML
# parser (TAP diagnostics), xmllint with tests/schemas/junit.xsd (JUnit), a JSON Schema validator
# with tests/schemas/check.schema.json (JSON), GitHub's workflow-command syntax (github), headless
# Chromium (HTML). The streams come from tests/plugins/report_driver.lua (a synthetic stream with
# every status and hostile text) and, when they exist, from check.lua on tests/fixtures/answers.
DRILL=$1
source "$(dirname "$0")/lib.sh"
SCHEMAS="$ROOT/tests/schemas"
DRIVER="$ROOT/tests/plugins/report_driver.lua"
ANSWERS="$FIX/answers"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
ZOE='answers/zoë "z" <&>.md'

# report NAME [drill args...]: the report on standard output into $TMP/NAME, standard error
# into $TMP/NAME.err, the exit code in rc.
report() {
  local name=$1
  shift
  "$DRILL" "$@" >"$TMP/$name" 2>"$TMP/$name.err" </dev/null
  rc=$?
}
driver() { local name=$1; shift; report "$name" --no-store "$DRIVER" "$@"; }
have_check() { [ -f "$ROOT/plugins/check.lua" ] && [ -d "$ANSWERS" ]; }
check() { local name=$1; shift; report "$name" --no-store check.lua "$@" "$ANSWERS"; }
check_ran() { # name: check.lua's exit is one of its report exits (0, 1, 65)
  case $rc in 0 | 1 | 65) ok "$1" ;; *) not_ok "$1" "exit $rc" "$(head -c 400 "$TMP/$2.err")" ;; esac
}

# ---------------------------------------------------------------- json
validate_json() { # label file
  local msg
  if msg=$("$PY" - "$SCHEMAS/check.schema.json" "$2" 2>&1 <<'EOF'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))))
for e in errors[:5]:
    print("/".join(map(str, e.absolute_path)) + ": " + e.message)
sys.exit(1 if errors else 0)
EOF
  ); then ok "$1"; else not_ok "$1" "$msg"; fi
}
json_consistent() { # label file: the summary's counts are those of the files
  local got
  got=$(jq -r '[.summary.files == (.files | length),
    .summary.answers == ([.files[].answers[]] | length),
    .summary.passed == ([.files[].answers[] | select(.status == "pass")] | length),
    .summary.failed == ([.files[].answers[] | select(.status == "fail")] | length),
    .summary.unanswered == ([.files[].answers[] | select(.status == "unanswered")] | length),
    .summary.errors == ([.files[].answers[] | select(.status == "error")] | length),
    .summary.file_errors == ([.files[].errors[]] | length),
    (.files | map(.path) == (map(.path) | sort))] | all' "$2" 2>&1)
  expect_eq "$1" "$got" "true"
}

driver d.json json
expect_rc "json: the driver runs" 0
jq -e . "$TMP/d.json" >/dev/null 2>&1 && ok "json: the report is one JSON document" || not_ok "json: the report is one JSON document" "$(head -c 400 "$TMP/d.json")"
validate_json "json: the report validates against check.schema.json" "$TMP/d.json"
json_consistent "json: the summary counts the files' answers; files are in path order" "$TMP/d.json"
expect_eq "json: one file record per line" "$(sed -n '2p;7p' "$TMP/d.json" | cut -c1-13)" $'  {"answers":\n  {"answers":'
expect_eq "json: hostile paths survive" "$(jq -r '.files[-1].path' "$TMP/d.json")" "$ZOE"
expect_eq "json: unanswered and grader errors have a null score; absent nullable keys are null" \
  "$(jq -c '[.files[].answers[] | select(.status == "unanswered" or .status == "error") | .score] + [.files[1].errors[1].column]' "$TMP/d.json")" \
  "[null,null,null,null]"
expect_eq "json: the summary" "$(jq -c '.summary | .mean_score |= (. * 1000 | round / 1000)' "$TMP/d.json")" \
  '{"answers":13,"errors":1,"exit":65,"failed":3,"file_errors":3,"files":6,"mean_score":0.698,"min_score":null,"passed":7,"unanswered":2}'
for mutation in '.files[0].answers[0].score = "high"' 'del(.summary.mean_score)' '.files[0].status = "okay"' \
  '.files[0].answers[0].status = "unanswered"' '.files[3].status = "ok"' 'del(.files[2].answers[1].error)' \
  '.files[0].answers[0].line = 0' '.summary.exit = 2'; do
  jq "$mutation" "$TMP/d.json" >"$TMP/bad.json"
  if "$PY" -c 'import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))' \
    "$SCHEMAS/check.schema.json" "$TMP/bad.json" 2>/dev/null; then
    not_ok "json: the schema rejects $mutation"
  else ok "json: the schema rejects $mutation"; fi
done
driver d0.json json --passing
validate_json "json: an all-passing report validates" "$TMP/d0.json"

# ---------------------------------------------------------------- tap
# Every stream (the top level, and each subtest dedented) parsed by TAP::Parser: no parse
# errors; prints "streams tests failed yaml" and then each YAML block as a line of JSON.
tap_parse() {
  perl -MTAP::Parser -MJSON::PP -e '
    local $/; open my $fh, "<", $ARGV[0] or die $!; my $tap = <$fh>;
    my @streams = ($tap);
    while ($tap =~ /^    # Subtest: .*\n((?:    .*\n)+)/mg) { (my $s = $1) =~ s/^    //mg; push @streams, "TAP version 13\n$s"; }
    my ($tests, $fails, @yaml) = (0, 0);
    for my $s (@streams) {
      my $p = TAP::Parser->new({ tap => $s });
      while (my $r = $p->next) { push @yaml, JSON::PP->new->canonical->encode($r->data) if $r->is_yaml; }
      my @e = $p->parse_errors;
      if (@e) { print "parse errors: @e\n"; exit 1; }
      $tests += $p->tests_run; $fails += scalar $p->failed;
    }
    print scalar(@streams), " $tests $fails ", scalar(@yaml), "\n", map { "$_\n" } @yaml;' "$1"
}
# Every YAML block parsed by a full YAML parser: a mapping with the documented keys.
yaml_check() {
  "$PY" - "$1" <<'EOF'
import re, sys, yaml
text = open(sys.argv[1], encoding="utf-8").read()
blocks = re.findall(r"^( *)---\n(.*?)^\1\.\.\.\n", text, re.M | re.S)
for indent, body in blocks:
    d = yaml.safe_load(re.sub("^" + indent, "", body, flags=re.M))
    assert isinstance(d, dict) and isinstance(d.get("file"), str), d
    if "pass_mark" in d:
        assert d["status"] in ("fail", "unanswered", "error") and isinstance(d["line"], int), d
        assert d["score"] is None or 0 <= d["score"] <= 1, d
        assert isinstance(d["feedback"], str), d
    else:
        assert isinstance(d["errors"], list) and all(isinstance(e["message"], str) for e in d["errors"]), d
print(len(blocks))
EOF
}

driver d.tap tap
expect_rc "tap: the driver runs" 0
out=$(prove --exec cat "$TMP/d.tap" 2>&1)
expect_in "tap: prove reads the report: five of the six files fail" "$out" "Failed 5/6 subtests"
expect_not_in "tap: prove finds no parse errors" "$out" "Parse errors"
expect_eq "tap: TAP version 13 first, the plan last" "$(head -1 "$TMP/d.tap")|$(grep -v '^#' "$TMP/d.tap" | tail -1)" "TAP version 13|1..6"
out=$(tap_parse "$TMP/d.tap" 2>&1)
# (the top level's 5 YAML blocks, and the subtests' 6, which TAP::Parser also sees at the top level)
expect_eq "tap: TAP::Parser reads the report and every subtest: streams, tests, failures, YAML blocks" "${out%%$'\n'*}" "6 19 11 17"
expect_in "tap: YAML diagnostics carry file, line, score, pass_mark, feedback (colons and quotes decoded)" "$out" \
  '{"feedback":"Missing: sparsity — L1'"'"'s corners <on the axes> & \"exact\" zeros, it'"'"'s why 100% of weights can'"'"'t shrink\nMisconception: a:b, c \"L2'
expect_in "tap: feedback is a literal block, a line per item, with no escapes" "$(cat "$TMP/d.tap")" \
  $'      feedback: |\n        Missing: sparsity — L1\'s corners <on the axes> & "exact" zeros, it\'s why 100% of weights can\'t shrink\n        Misconception: a:b, c "L2 gives sparse weights"'
expect_in "tap: ... a line break inside an item is a space, a tab stays" "$(cat "$TMP/d.tap")" \
  $'        Ranking, not calibration:\tAUC is P(score(+) > score(−)).�\n        Second line with a line break in it\n'
expect_in "tap: a file with failures is not ok with status fail and its counts" "$out" \
  '{"errors":[],"failed":"1","file":"answers/alice.md","message":"2 of 4 answers passed","passed":"2","status":"fail","unanswered":"1"}'
expect_in "tap: a file with errors has status error" "$out" '"file":"answers/broken.json","message":"0 of 0 answers passed, 1 file error","passed":"0","status":"error"'
expect_in "tap: unanswered answers are not ok with status unanswered" "$out" '"status":"unanswered"'
expect_in "tap: file errors are in the YAML" "$out" '"errors":[{"column":"17","line":"4","message":"expected '"','"' or '"'}'"' <here> & \"there\""}]'
expect_in "tap: a hostile path is decoded exactly" "$out" "\"file\":\"answers/zoë \\\"z\\\" <&>.md\""
out=$(yaml_check "$TMP/d.tap" 2>&1)
expect_eq "tap: every YAML block is valid YAML with the documented keys" "$out" "11"
expect_in "tap: answers are described by their ids, files by their paths" "$(cat "$TMP/d.tap")" \
  $'    not ok 2 - core.l1-vs-l2\n      ---\n      file: \'answers/alice.md\'\n      line: 12\n'
driver d0.tap tap --passing
out=$(prove --exec cat "$TMP/d0.tap" 2>&1)
expect_in "tap: prove passes an all-passing report" "$out" "All tests successful"

# ---------------------------------------------------------------- junit
validate_junit() { # label file
  local msg
  if msg=$(xmllint --noout --schema "$SCHEMAS/junit.xsd" "$2" 2>&1); then ok "$1"; else not_ok "$1" "$msg"; fi
}
xpath() { xmllint --xpath "$1" "$2" 2>/dev/null; }

driver d.xml junit
expect_rc "junit: the driver runs" 0
validate_junit "junit: the report validates against junit.xsd" "$TMP/d.xml"
expect_eq "junit: the XML declaration" "$(head -1 "$TMP/d.xml")" '<?xml version="1.0" encoding="UTF-8"?>'
expect_eq "junit: testcases, failures, skipped, errors" \
  "$(for q in '//testcase' '//failure' '//skipped' '//error' '//testsuite'; do echo $(xpath "count($q)" "$TMP/d.xml"); done | tr '\n' ' ')" \
  "15 5 0 3 6 "
expect_eq "junit: the totals of <testsuites> are those of its testcases" \
  "$(xpath 'concat(/testsuites/@tests, " ", /testsuites/@failures, " ", /testsuites/@errors, " ", /testsuites/@skipped)' "$TMP/d.xml")" \
  "15 5 3 0"
expect_eq "junit: an unanswered question is a failure of type unanswered, as the exit code counts it" \
  "$(xpath 'concat(//testcase[@name="rf.softmax" and @line="20"]/failure/@type, "|", //testcase[@name="rf.softmax" and @line="20"]/failure/@message)' "$TMP/d.xml")" \
  "unanswered|unanswered"
expect_eq "junit: a testcase per answer: classname member.lesson, name, file, line" \
  "$(xpath 'concat(//testcase[@name="core.l1-vs-l2"]/@classname, " ", //testcase[@name="core.l1-vs-l2"]/@file, ":", //testcase[@name="core.l1-vs-l2"]/@line)' "$TMP/d.xml")" \
  "alice.core-ml-fundamentals answers/alice.md:12"
expect_eq "junit: a failure's message and type" \
  "$(xpath 'concat(//testcase[@name="core.l1-vs-l2"]/failure/@message, "|", //testcase[@name="core.l1-vs-l2"]/failure/@type)' "$TMP/d.xml")" \
  "score 40% below 60%|fail"
expect_eq "junit: special characters survive escaping" "$(xpath 'string(/testsuites/testsuite[6]/@name)' "$TMP/d.xml")" "$ZOE"
expect_eq "junit: file errors are a testcase named file with an error" \
  "$(xpath 'string(//testsuite[@name="answers/broken.json"]/testcase[@name="file"]/error)' "$TMP/d.xml")" \
  "answers/broken.json:4:17: expected ',' or '}' <here> & \"there\""
expect_eq "junit: control characters are replaced" "$(xpath 'contains(//testcase[@name="eval.auc" and @line="9"]/failure, "(−)).�")' "$TMP/d.xml")" "true"
sed 's/tests="4"/tests="four"/' "$TMP/d.xml" >"$TMP/bad.xml"
xmllint --noout --schema "$SCHEMAS/junit.xsd" "$TMP/bad.xml" 2>/dev/null && not_ok "junit: the XSD rejects a non-numeric count" || ok "junit: the XSD rejects a non-numeric count"
sed 's|<failure message="unanswered" type="unanswered">the answer under this heading is empty</failure>|<skip/>|' "$TMP/d.xml" >"$TMP/bad.xml"
xmllint --noout --schema "$SCHEMAS/junit.xsd" "$TMP/bad.xml" 2>/dev/null && not_ok "junit: the XSD rejects an unknown element" || ok "junit: the XSD rejects an unknown element"
driver big.xml junit --repeat 1500
validate_junit "junit: a report too long to hold (streamed, no totals) still validates" "$TMP/big.xml"
expect_eq "junit: ... with every testcase" "$(xpath 'count(//testcase)' "$TMP/big.xml")" "22500"

# ---------------------------------------------------------------- github
# Parses workflow commands as the Actions runner does and prints them decoded, one a line.
gh_decode() {
  "$PY" - "$1" <<'EOF'
import re, sys
def unescape(s, prop):
    s = s.replace("%0D", "\r").replace("%0A", "\n")
    if prop:
        s = s.replace("%3A", ":").replace("%2C", ",")
    return s.replace("%25", "%")
for line in open(sys.argv[1], encoding="utf-8").read().splitlines():
    m = re.match(r"^::(\w+)(?: ([^:]*))?::(.*)$", line)
    if not m:
        continue
    props = dict(p.split("=", 1) for p in m.group(2).split(",")) if m.group(2) else {}
    props = {k: unescape(v, True) for k, v in props.items()}
    print(m.group(1), repr(props), repr(unescape(m.group(3), False)))
EOF
}

driver d.gh github
expect_rc "github: the driver runs" 0
# failures by their gap below the pass mark (bob 40 points, alice 20, zoë 5), then errors, then
# unanswered, each in file order
expected=$(cat <<'EOF'
::error file=answers/bob.json,line=2,title=core.bias-variance::score 20%25, below the pass mark 60%25%0AMissing: the decomposition bias² + variance + noise.%0AMissing: practical levers, e.g. validation & regularisation.
::error file=answers/alice.md,line=12,title=core.l1-vs-l2::score 40%25, below the pass mark 60%25%0AMissing: sparsity — L1's corners <on the axes> & "exact" zeros, it's why 100%25 of weights can't shrink%0AMisconception: a:b, c "L2 gives sparse weights" — no: L2 shrinks smoothly (≥ 0, never = 0).%0AModel answer: L1 adds λ·Σ|w|; L2 adds λ·Σw².
::error file=answers/zoë "z" <&>.md,line=9,title=eval.auc::score 55%25, below the pass mark 60%25%0ARanking, not calibration:	AUC is P(score(+) > score(−)).�%0ASecond line%0D%0Awith a line break in it
::error file=answers/bad.md,line=3,title=file error::unknown question id "core.bais" (did you mean "core.bias-variance"?)
::error file=answers/bad.md,line=8,title=file error::question "core.bias-variance" is answered twice (first at line 5)
::error file=answers/bob.json,line=3,title=dl.dropout::grader error: graders/keyword.lua: grading question dl.dropout: exceeded the time limit (5 s)
::error file=answers/broken.json,line=4,col=17,title=file error::expected ',' or '}' <here> & "there"
::warning file=answers/alice.md,line=20,title=rf.softmax::unanswered
::warning file=answers/zoë "z" <&>.md,line=15,title=eval.precision-recall::unanswered
6 files, 13 answers: 7 passed, 3 failed, 2 unanswered, 1 error, 3 file errors · mean 70%
EOF
)
expect_eq "github: the exact workflow commands, escaped" "$(cat "$TMP/d.gh")" "$expected"
out=$(gh_decode "$TMP/d.gh")
expect_in "github: the runner decodes the message" "$out" \
  "'score 55%, below the pass mark 60%\\nRanking, not calibration:\\tAUC is P(score(+) > score(−)).�\\nSecond line\\r\\nwith a line break in it'"
printf '::error file=a%%2Cb%%3Ac.md,title=x%%25y::m\n' >"$TMP/props.gh"
expect_eq "github: (the decoder reads escaped properties)" "$(gh_decode "$TMP/props.gh")" "error {'file': 'a,b:c.md', 'title': 'x%y'} 'm'"
expected=$(cat <<'EOF'
## drill check

**6 files, 13 answers: 7 passed, 3 failed, 2 unanswered, 1 error, 3 file errors · mean 70%**

Mean score per member and lesson, an unanswered question counting 0 (passed/questions):

| member | core-ml-fundamentals | deep-learning | evaluation | rapid-fire | all |
| :--- | ---: | ---: | ---: | ---: | ---: |
| alice | 62% (1/2) | 90% (1/1) |  | 0% (0/1) | 53% (2/4) |
| bad | 70% (1/1) |  |  |  | 70% (1/1) |
| bob | 20% (0/1) | – (0/1) | 70% (1/1) |  | 45% (1/3) |
| dan | 95% (1/1) |  |  | 75% (1/1) | 85% (2/2) |
| zoë "z" \<\&\> | 100% (1/1) |  | 28% (0/2) |  | 52% (1/3) |
| **all** | 68% (4/6) | 90% (1/2) | 42% (1/3) | 38% (1/2) | 58% (7/13) |
EOF
)
expect_eq "github: the Markdown job summary" "$(cat "$TMP/d.gh.err")" "$expected"

# GitHub shows 10 error and 10 warning annotations per step: the most important ones, the rest
# in a folded group of the log and counted in the job summary.
driver r.gh github --repeat 6
expect_eq "github: at most 10 errors and 10 warnings are annotated" \
  "$(grep -c '^::error ' "$TMP/r.gh") $(grep -c '^::warning ' "$TMP/r.gh")" "10 10"
expect_eq "github: ... the largest gaps first (bob's 40 points in each of the six copies, then alice's 20)" \
  "$(grep '^::error ' "$TMP/r.gh" | head -7 | sed 's/::score.*//; s/^::error file=answers\///')" \
  "$(printf 'r%d/bob.json,line=2,title=core.bias-variance\n' 1 2 3 4 5 6; echo 'r1/alice.md,line=12,title=core.l1-vs-l2')"
expect_in "github: the rest are listed in a folded group of the log, in the same order" "$(cat "$TMP/r.gh")" \
  $'::group::34 more results (GitHub shows 10 errors and 10 warnings per step)\n  answers/r5/alice.md:12: error: core.l1-vs-l2: score 40%, below the pass mark 60%\n'
expect_in "github: ... unanswered last" "$(cat "$TMP/r.gh")" \
  $'  answers/r6/alice.md:20: warning: rf.softmax: unanswered\n  answers/r6/zoë "z" <&>.md:15: warning: eval.precision-recall: unanswered\n::endgroup::\n36 files, 78 answers'
expect_eq "github: nothing is lost: every result is annotated or listed" \
  "$(grep -cE '^(::error |::warning |  answers/)' "$TMP/r.gh")" "$((6 * (3 + 1 + 3 + 2)))"
expect_in "github: the job summary says how many were left out, and where they are" "$(cat "$TMP/r.gh.err")" \
  '32 of 42 failures and errors and 2 of 12 unanswered questions are not annotated on the files: GitHub shows 10 errors and 10 warnings per step. The annotations show the lowest scores first; the log lists the rest under "34 more results".'

# ---------------------------------------------------------------- text
driver d.txt text
expect_rc "text: the driver runs" 0
txt=$(cat "$TMP/d.txt")
expect_in "text: a header per file with its counts" "$txt" "answers/alice.md  4 answers: 2 passed, 1 failed, 1 unanswered"
expect_in "text: marks, ids and scores; failures with their pass mark and wrapped feedback" "$txt" \
  $'  ✓ core.bias-variance  83%\n  ✗ core.l1-vs-l2       40%  (pass mark 60%)\n      Missing: sparsity — L1\'s corners <on the axes> & "exact" zeros, it\'s why\n      100% of weights can\'t shrink'
expect_in "text: unanswered answers" "$txt" "  · rf.softmax          unanswered"
expect_in "text: grader errors with the message" "$txt" $'  ! dl.dropout          error\n      graders/keyword.lua: grading question dl.dropout: exceeded the time limit'
expect_in "text: file errors as path:line: message" "$txt" "answers/broken.json:4:17: expected ',' or '}' <here> & \"there\""
expect_eq "text: the closing total" "$(tail -1 "$TMP/d.txt")" "6 files, 13 answers: 7 passed, 3 failed, 2 unanswered, 1 error, 3 file errors · mean 70%"
expect_not_in "text: no colour or control characters when not a terminal" "$txt" $'\e'
expect_not_in "text: ... none from the answers either" "$txt" $'\x01'

# ---------------------------------------------------------------- html
validate_html() { # label file
  local html stats
  html=$(cat "$2")
  expect_in "$1: one HTML page" "$html" "<!DOCTYPE html>"
  expect_eq "$1: no external resources" "$(grep -Eio 'https?:|//[a-z0-9.-]+/|src=|href=|@import|url\([^#]' "$2" | sort -u | tr '\n' ' ')" ""
  if chrome --screenshot="$TMP/shot.png" "file://$2" >/dev/null && [ -s "$TMP/shot.png" ]; then
    stats=$(png_stats "$TMP/shot.png" reddish greenish)
    read -r w h colours red green <<<"$stats"
    if [ "$w" = 1200 ] && [ "$colours" -gt 100 ] && [ "$red" -gt 200 ] && [ "$green" -gt 200 ]; then
      ok "$1: Chromium renders it: not blank, with the heat map's reds and greens"
    else not_ok "$1: Chromium renders it: not blank, with the heat map's reds and greens" "width colours red green: $stats"; fi
  else
    not_ok "$1: Chromium renders it" "no screenshot"
  fi
}

driver d.html html
expect_rc "html: the driver runs" 0
validate_html "html" "$TMP/d.html"
html=$(cat "$TMP/d.html")
expect_in "html: text is escaped" "$html" "zoë &quot;z&quot; &lt;&amp;&gt;"
expect_not_in "html: ... nowhere raw" "$html" '"z" <&>'
expect_in "html: the heat map is inline SVG with tooltips" "$html" \
  "<title>bob · core-ml-fundamentals: mean 20% over 1 question (1 answered, an unanswered one counting 0), 0 passed</title>"
expect_in "html: a heat map cell counts an unanswered question as 0 and says how many were answered" "$html" \
  '<text class="v" x="415" y="132">0% · 0/1</text>'
expect_in "html: the date and drill's version" "$html" "<p class=\"meta\">Checked on <time datetime=\"$(date -u +%Y-%m-%d)T"
expect_in "html: ... drill's version" "$html" " with drill $("$DRILL" --version | grep -Eo '[0-9]+\.[0-9]+\.[0-9]+' | head -1).</p>"
expect_in "html: coverage per member: questions, answered, passed, mean with unanswered as 0" "$html" \
  '<tr><td>alice</td><td class="n">4</td><td class="n">3 (75%)</td><td class="n">2</td><td class="n">53%</td>'
expect_in "html: the question beside the verdict" "$html" \
  '<td>core.l1-vs-l2<span class="q">L1 vs L2 regularisation: what is the difference?</span></td>'
expect_in "html: the evidence in an expandable row, counted in its summary, with the answer" "$html" \
  '<details><summary>2 met, 1 wrong, 1 missing</summary><blockquote class="answer">Both add a penalty.
L2 gives &lt;sparse&gt; weights &amp; L1 doesn&#39;t.</blockquote><ul class="ev"><li class="met">penalty on the weights</li>'
expect_in "html: ... concepts met in the candidate's own words say so" "$html" \
  '<li class="met">L2 shrinks smoothly <span class="said">(own words: “L2 makes weights smaller”)</span></li>'
expect_in "html: ... a concept said wrong: what was said and what is right" "$html" \
  '<li class="wrong">L1 = sparse: you said <span class="said">“L2 gives &lt;sparse&gt; weights”</span>; that is wrong. L1 gives sparse weights: its corners lie on the axes.</li>'
expect_in "html: ... then the feedback" "$html" '</ul><ul><li>Missing: sparsity'
expect_in "html: rows without evidence show their feedback" "$html" "<details><summary>2 lines</summary><ul><li>Missing: the decomposition"
dom=$(chrome --dump-dom "file://$TMP/d.html#sort=-score")
expect_in "html: every column header is sortable" "$dom" \
  '<th data-key="member"><button type="button">member</button></th><th data-key="id">'
expect_in "html: the script runs: the date, then the totals and heat map move above the table" "$(tr -d '\n' <<<"$dom")" \
  '</h1><p class="meta">'
expect_in "html: ... (the totals)" "$(tr -d '\n' <<<"$dom")" '</p><section id="summary">'
scores=$(grep -o 'data-value="[0-9.]*">[0-9]*%' <<<"$dom" | sed 's/.*>//' | tr '\n' ' ')
expect_eq "html: #sort=-score sorts by score, descending, in Chromium" "$scores" "100% 95% 90% 83% 75% 70% 70% 55% 40% 20% "
expect_in "html: ... and marks the header" "$dom" '<th data-key="score" data-type="number" aria-sort="descending">'
dom=$(chrome --dump-dom "file://$TMP/d.html#sort=member")
members=$(grep -o '<tr data-status="[a-z-]*" data-member="[^"]*"><td title="[^"]*">[^<]*' <<<"$dom" | sed 's/.*>//' | uniq | tr '\n' ' ')
expect_eq "html: #sort=member sorts by member" "$members" "alice bad bob broken dan zoë \"z\" &lt;&amp;&gt; "
dom=$(chrome --dump-dom "file://$TMP/d.html#member=bob&status=fail&sort=-score")
expect_eq "html: #member=bob&status=fail shows only bob's failures, in Chromium" \
  "$(grep -o '<tr data-status="[a-z-]*" data-member="[^"]*">' <<<"$dom" | tr '\n' ' ')" '<tr data-status="fail" data-member="bob"> '
expect_eq "html: ... the others are hidden" "$(grep -o '<tr [^>]*hidden' <<<"$dom" | wc -l)" "14"
expect_in "html: ... and says how many are shown" "$dom" '<output id="shown">1 of 15 shown</output>'
dom=$(chrome --dump-dom "file://$TMP/d.html#member=%E0%A4&status=fail")
expect_in "html: a malformed address still filters by what it can read" "$dom" '<output id="shown">3 of 15 shown</output>'
expect_in "html: ... the member list holds every member" "$dom" '<option value="">every member</option><option value="alice">alice</option><option value="bad">bad</option><option value="bob">bob</option>'

# ---------------------------------------------------------------- check.lua itself
if have_check; then
  check c.json --format json
  check_ran "check.lua --format json runs on the fixtures" c.json
  validate_json "check.lua --format json validates against check.schema.json" "$TMP/c.json"
  json_consistent "check.lua --format json: the summary counts the files' answers" "$TMP/c.json"
  expect_eq "check.lua exits with the summary's exit" "$rc" "$(jq .summary.exit "$TMP/c.json")"
  read -r n_files n_answers n_passed n_failed n_unanswered n_errors n_file_errors < <(jq -r \
    '.summary | [.files, .answers, .passed, .failed, .unanswered, .errors, .file_errors] | map(tostring) | join(" ")' "$TMP/c.json")

  check c.tap --format tap
  check_ran "check.lua --format tap runs" c.tap
  out=$(prove --exec cat "$TMP/c.tap" 2>&1)
  expect_not_in "check.lua --format tap: prove finds no parse errors" "$out" "Parse errors"
  expect_in "check.lua --format tap: prove counts a test per file" "$out" "Tests=$n_files"
  out=$(tap_parse "$TMP/c.tap" 2>&1)
  expect_eq "check.lua --format tap: TAP::Parser reads every subtest" "$(cut -d' ' -f2 <<<"${out%%$'\n'*}")" "$((n_files + n_answers))"
  out=$(yaml_check "$TMP/c.tap" 2>&1)
  [[ "$out" =~ ^[0-9]+$ ]] && ok "check.lua --format tap: every YAML block is valid" || not_ok "check.lua --format tap: every YAML block is valid" "$out"

  check c.xml --format junit
  check_ran "check.lua --format junit runs" c.xml
  validate_junit "check.lua --format junit validates against junit.xsd" "$TMP/c.xml"
  expect_eq "check.lua --format junit: a testcase per answer" "$(xpath 'count(//testcase[@name!="file"])' "$TMP/c.xml")" "$n_answers"

  GITHUB_STEP_SUMMARY="$TMP/summary.md" check c.gh --format github
  check_ran "check.lua --format github runs" c.gh
  expect_eq "check.lua --format github: an ::error per failure, grader error and file error" \
    "$(grep -c '^::error ' "$TMP/c.gh")" "$((n_failed + n_errors + n_file_errors > 10 ? 10 : n_failed + n_errors + n_file_errors))"
  expect_eq "check.lua --format github: a ::warning per unanswered answer, up to 10" "$(grep -c '^::warning ' "$TMP/c.gh")" \
    "$((n_unanswered > 10 ? 10 : n_unanswered))"
  expect_eq "check.lua --format github: every result is annotated or listed in the log's group" \
    "$(grep -cE '^(::error |::warning |  [^ ])' "$TMP/c.gh")" "$((n_failed + n_errors + n_file_errors + n_unanswered))"
  expect_eq "check.lua --format github: every line is a workflow command, a listed result or the total" \
    "$(grep -Evc '^::(error|warning) file=[^,:]+(,line=[0-9]+)?(,col=[0-9]+)?,title=[^,:]+::|^::(group::[0-9]+ more results? \(|endgroup::$)|^  [^ ]|^[0-9]+ files?, ' "$TMP/c.gh")" "0"
  expect_in "check.lua --format github: the job summary is appended" "$(cat "$TMP/summary.md" 2>/dev/null)" \
    "| member | "

  check c.txt --format text
  check_ran "check.lua --format text runs" c.txt
  expect_in "check.lua --format text: the closing total" "$(tail -1 "$TMP/c.txt")" \
    "$n_files files, $n_answers answers: $n_passed passed, $n_failed failed, $n_unanswered unanswered"

  check c.html --format html
  check_ran "check.lua --format html runs" c.html
  validate_html "check.lua --format html" "$TMP/c.html"
fi

finish
