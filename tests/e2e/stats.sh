#!/usr/bin/env bash
# stats.lua: progress statistics from a review log seeded with known answers at known times, read
# back as text, as JSON (parsed by Python), as an HTML page rendered by headless Chromium, and on a
# real terminal (tmux). Every run is pinned with --as-of and TZ=UTC, so nothing depends on the clock.
DRILL=$1
source "$(dirname "$0")/lib.sh"
export TZ=UTC
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
STORE="$TMP/p.db"
BANK="$TMP/bank.json"
AS_OF=2024-03-15
NOW=1710547199 # 2024-03-15 23:59:59 UTC: a day given to --as-of means its end

# Two lessons, five questions and an inline follow-up; a prompt with characters HTML must escape.
cat >"$BANK" <<'EOF'
{
  "bank": "stats-test",
  "title": "Questions for the statistics tests",
  "questions": [
    {"id": "t.bias", "lesson": "core-ml-fundamentals", "topic": "bias-variance", "level": "junior", "format": "conceptual",
     "prompt": "What is the bias-variance tradeoff (\"bias\" & <variance>), and how does the capacity of a model move the balance between the two sources of error?",
     "answer": "Bias is error from wrong assumptions, variance error from sensitivity to the sample.",
     "rubric": {"concepts": [{"name": "bias", "patterns": ["\\bbias\\b"], "feedback": "Say what bias is."}]},
     "followups": [{"id": "t.bias.more", "prompt": "How would you lower the variance?", "answer": "Regularise or add data.",
       "rubric": {"concepts": [{"name": "regularise", "patterns": ["regulari"], "feedback": "Regularise."}]}}]},
    {"id": "t.l1", "lesson": "core-ml-fundamentals", "topic": "regularization", "level": "mid", "format": "conceptual",
     "prompt": "Why does L1 regularization produce sparse solutions?",
     "answer": "Its constant gradient pushes small weights to exactly zero.",
     "rubric": {"concepts": [{"name": "zero", "patterns": ["\\bzero"], "feedback": "Exactly zero."}]}},
    {"id": "t.overfit", "lesson": "core-ml-fundamentals", "topic": "overfitting", "level": "junior", "format": "conceptual",
     "prompt": "What is overfitting?",
     "answer": "Learning the noise of the training data.",
     "rubric": {"concepts": [{"name": "noise", "patterns": ["noise"], "feedback": "Noise."}]}},
    {"id": "t.auc", "lesson": "model-evaluation", "topic": "metrics", "level": "mid", "format": "conceptual",
     "prompt": "What does ROC AUC measure?",
     "answer": "The chance a random positive is ranked above a random negative.",
     "rubric": {"concepts": [{"name": "ranking", "patterns": ["rank"], "feedback": "Ranking."}]}},
    {"id": "t.cv", "lesson": "model-evaluation", "topic": "cross-validation", "level": "junior", "format": "conceptual",
     "prompt": "Why use k-fold cross-validation?",
     "answer": "Every example is used for validation once, giving a less noisy estimate.",
     "rubric": {"concepts": [{"name": "estimate", "patterns": ["estimat"], "feedback": "Estimate."}]}}
  ]
}
EOF

# The log (UTC). t.bias fails four times, then passes; t.l1 is recalled once and forgotten once on
# later days; t.overfit is answered twice on one day (one review the next day); t.auc's failed grade
# is overridden ("I was right"); t.cv is crammed (not scheduled); old.gone is no longer in the
# banks; an answer after the --as-of day must not count. Recorded newest first: order must not matter.
cat >"$TMP/seed.lua" <<'EOF'
local function at(d, hm)
  local y, m, dd = d:match("(%d+)-(%d+)-(%d+)")
  local h, mi = hm:match("(%d+):(%d+)")
  return os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(dd), hour = tonumber(h), min = tonumber(mi) })
end
local rows = {
  { "t.bias", "2024-03-01", "10:00", 0.2, false, 1 },
  { "t.bias", "2024-03-02", "10:00", 0.3, false, 1 },
  { "t.bias", "2024-03-03", "10:00", 0.4, false, 1 },
  { "t.bias", "2024-03-05", "10:00", 0.1, false, 1 },
  { "t.bias", "2024-03-14", "10:00", 0.8, true, 3 },
  { "t.bias.more", "2024-03-14", "10:05", 0.7, true, 3 },
  { "t.l1", "2024-03-10", "09:00", 0.9, true, 3 },
  { "t.l1", "2024-03-12", "09:00", 0.7, true, 3 },
  { "t.l1", "2024-03-15", "09:00", 0.5, false, 1 },
  { "t.overfit", "2024-03-13", "08:00", 0.6, true, 3 },
  { "t.overfit", "2024-03-13", "08:10", 0.9, true, 4 },
  { "t.overfit", "2024-03-14", "08:00", 1.0, true, 4 },
  { "t.cv", "2024-03-04", "07:00", 0.3, false, 1, false },
  { "t.cv", "2024-03-15", "07:00", 0.6, true, 3, false },
  { "old.gone", "2024-02-20", "12:00", 0.3, false, nil },
  { "t.overfit", "2024-03-20", "12:00", 0.0, false, 1 },
}
for i = #rows, 1, -1 do
  local r = rows[i]
  assert(drill.store.record({ question = r[1], mode = "rapidfire", score = r[4], pass = r[5], seconds = 60,
    rating = r[6], scheduled = r[7], at = at(r[2], r[3]) }))
end
local _, id = assert(drill.store.record({ question = "t.auc", mode = "rapidfire", score = 0.4, pass = false,
  seconds = 60, rating = 1, at = at("2024-03-14", "20:00") }))
assert(drill.store.override(id, 3))
EOF

# What the scheduler itself says of this log: the due forecast, the cards' states and t.bias's lapses.
cat >"$TMP/expect.lua" <<'EOF'
local schedule = require("lib.schedule")
local now = tonumber((...))
local log = {}
for _, a in ipairs(drill.store.history()) do
  if a.at <= now then log[#log + 1] = a end
end
table.sort(log, function(a, b) if a.at ~= b.at then return a.at < b.at end return a.id < b.id end)
local all, mine, states = schedule.cards(log, now), {}, { learning = 0, review = 0, relearning = 0 }
for id, c in pairs(all) do
  if drill.bank.get(id) then
    mine[id] = c
    states[c.state] = states[c.state] + 1
  end
end
print(table.concat(schedule.forecast(mine, now, 14), " "))
print(("%d %d %d"):format(states.learning, states.review, states.relearning))
print(all["t.bias"].lapses)
EOF

run --trust --store "$STORE" "$TMP/seed.lua"
expect_rc "the log is seeded" 0
run --trust --store "$STORE" --bank "$BANK" "$TMP/expect.lua" "$NOW"
expect_rc "the scheduler reads the log" 0
read -r -a due <<<"$(sed -n 1p <<<"$out")"
sched_states=$(sed -n 2p <<<"$out")
bias_lapses=$(sed -n 3p <<<"$out")

# the widest line of standard input, in characters
widest() { "$PY" -c 'import sys; print(max(len(l) for l in sys.stdin.read().split("\n")))'; }
stats() { run --store "$STORE" --bank "$BANK" stats.lua --as-of "$AS_OF" "$@"; }

# ---------------------------------------------------------------- text
stats
expect_rc "text: exit 0" 0
text=$out
expect_in "text: the date it is as of" "$text" "Progress · as of Fri 15 Mar 2024"
expect_in "text: answers (the one after --as-of left out), questions seen, removed ones" "$text" \
  "16 answers · 6 of 6 questions seen (+1 removed)"
expect_in "text: the streak of days practised, and the longest" "$text" "streak 4 days (longest 5)"
expect_in "text: days practised and time spent" "$text" "11 days practised · 16 min spent"
expect_in "text: mastery, retention of reviews, mean score" "$text" "mastery 67% · retention 43% of 7 reviews · mean score 54%"
expect_in "text: due today, from the schedule" "$text" "${due[0]} due today"
row() { grep -m1 -E "^  $1 " <<<"$text"; }
expect_eq "text: a lesson's row: seen, answers, mastery, retention, mean score, each with its bar" \
  "$(row core-ml-fundamentals)" "  core-ml-fundamentals   4/4   12 ██████   75% ████▌    43% ██▋      59% ███▌"
expect_eq "text: a lesson without reviews shows no retention" \
  "$(row model-evaluation)" "  model-evaluation       2/2    3 █▌       50% ███        —          43% ██▋"
expect_eq "text: questions no longer in the banks are counted as (removed)" \
  "$(row '\(removed\)')" "  (removed)              1/1    1 ▌         0%            —          30% █▊"
expect_in "text: answers per day over 30 days, a sparkline" "$text" \
  $'Answers per day · 15 Feb to 15 Mar: 16 answers on 11 days · most 4 on 14 Mar\n  ·····▂·········▂▂▂▂▂····▂·▂▄█▄\n  15 Feb                  15 Mar'
expect_in "text: mean score per week, a sparkline" "$text" \
  $'Mean score per week · 5 weeks of 7 days ending today: — 30% 20% 28% 71%\n  ·▃▂▃▆'
fc_total=0
for n in "${due[@]}"; do fc_total=$((fc_total + n)); done
expect_in "text: the due forecast's total" "$text" "Due in the next 14 days · $fc_total in all, ${due[0]} today (overdue included)"
expect_eq "text: a bar per day of the forecast, 14 days from today" \
  "$(grep -cE '^  (Mon|Tue|Wed|Thu|Fri|Sat|Sun) [0-9]+ (Mar|Apr) +[0-9]+' <<<"$text")" "14"
fri=$(grep -m1 '^  Fri 15 Mar' <<<"$text")
if [ "${due[0]}" -gt 0 ]; then
  expect_in "text: today's count, with the longest bar" "$fri" "  ${due[0]} ████████████████████████████████████████"
else
  expect_eq "text: today's count, with no bar" "$fri" "  Fri 15 Mar  0"
fi
read -r s_learning s_review s_relearning <<<"$sched_states"
expect_in "text: the cards' states" "$text" "cards: $s_learning learning, $s_review in review, $s_relearning relearning"
leech=$(grep -m1 '^  t.bias ' <<<"$text")
expect_in "text: a leech: failed four times" "$leech" "  t.bias  failed 4 of 5"
expect_in "text: ... with its prompt, shortened to the width" "$leech" 'What is the bias-variance tradeoff ("bias" & <varian'
expect_eq "text: ... ending in an ellipsis at 80 columns" "$(widest <<<"$leech") ${leech: -1}" "80 …"
expect_eq "text: no line wider than 80 columns off a terminal" "$(widest <<<"$text")" "80"
expect_not_in "text: a pipe gets no colour" "$text" $'\e['

stats --ascii
expect_in "--ascii: bars of #" "$out" "  core-ml-fundamentals   4/4   12 ######   75% #####    43% ###      59% ####"
expect_in "--ascii: ASCII sparklines" "$out" "  .....-.........-----....-.-=@="
expect_eq "--ascii: plain ASCII throughout" "$(LC_ALL=C grep -c '[^ -~]' <<<"$out")" "0"

stats --by topic
expect_in "--by topic: a row per topic answered" "$out" "  bias-variance      2/2    6 ███████  100% ███████   25% █▊        42% ██▉"
expect_in "--by topic: the heading" "$out" "By topic"
expect_not_in "--by topic: no lesson rows" "$out" "  core-ml-fundamentals   4/4"
stats --by both
expect_in "--by both: lessons with their topics beneath" "$out" \
  $'  core-ml-fundamentals   4/4   12 ██████   75% ████▌    43% ██▋      59% ███▌\n    bias-variance        2/2    6 ███'
stats --lesson model-evaluation --days 7
expect_in "--lesson: only that lesson's answers" "$out" "3 answers · 2 of 2 questions seen"
expect_in "--lesson: named in the heading" "$out" "as of Fri 15 Mar 2024 · lesson model-evaluation"
expect_not_in "--lesson: other lessons left out" "$out" "core-ml-fundamentals"
expect_in "--days 7: the window is a week" "$out" $'Answers per day · 9 Mar to 15 Mar: 2 answers on 2 days · most 1 on 14 Mar\n  ·····██'

# ---------------------------------------------------------------- JSON
stats --format json
expect_rc "json: exit 0" 0
printf '%s' "$out" >"$TMP/s.json"
jcheck() { # name python-expression expected: the expression over d, the parsed report
  local got
  got=$("$PY" -c 'import json, sys
d = json.load(open(sys.argv[1]))
r = lambda x: None if x is None else round(x, 3)
print(eval(sys.argv[2]))' "$TMP/s.json" "$2" 2>&1)
  expect_eq "$1" "$got" "$3"
}
jcheck "json: one object with the documented keys" 'sorted(d)' \
  "['as_of', 'date', 'days', 'forecast', 'leeches', 'lesson', 'lessons', 'per_day', 'per_week', 'topics', 'totals']"
jcheck "json: as of, date, days, lesson" '[d["as_of"], d["date"], d["days"], d["lesson"]]' "[$NOW, '2024-03-15', 30, None]"
jcheck "json: totals: answers, passed, seen, questions, removed" \
  '[d["totals"][k] for k in ("answers", "passed", "seen", "questions", "removed")]' "[16, 9, 6, 6, 1]"
jcheck "json: totals: streak, longest, days practised, time" \
  '[d["totals"][k] for k in ("streak", "longest_streak", "days_practised", "time_seconds")]' "[4, 5, 11, 960]"
jcheck "json: totals: mastered, mastery, reviews, recalled, retention, mean score" \
  '[r(d["totals"][k]) for k in ("mastered", "mastery", "reviews", "recalled", "retention", "mean_score")]' \
  "[4, 0.667, 7, 3, 0.429, 0.544]"
jcheck "json: lessons: answers, seen/questions, mastered, reviews/recalled, mean score" \
  '[(l["lesson"], l["answers"], l["seen"], l["questions"], l["mastered"], l["reviews"], l["recalled"], r(l["mean_score"]), r(l["retention"])) for l in d["lessons"]]' \
  "[('core-ml-fundamentals', 12, 4, 4, 3, 7, 3, 0.592, 0.429), ('model-evaluation', 3, 2, 2, 1, 0, 0, 0.433, None), ('(removed)', 1, 1, 1, 0, 0, 0, 0.3, None)]"
jcheck "json: topics in the banks' order, the follow-up under its parent's topic" \
  '[(t["lesson"], t["topic"], t["answers"], t["questions"], r(t["mastery"])) for t in d["topics"]]' \
  "[('core-ml-fundamentals', 'bias-variance', 6, 2, 1), ('core-ml-fundamentals', 'regularization', 3, 1, 0), ('core-ml-fundamentals', 'overfitting', 3, 1, 1), ('model-evaluation', 'metrics', 1, 1, 1), ('model-evaluation', 'cross-validation', 2, 1, 0), ('(removed)', '(removed)', 1, 1, 0)]"
jcheck "json: answers per day, 30 days to the --as-of day" \
  '[len(d["per_day"]), d["per_day"][0]["date"], d["per_day"][-1]["date"], "".join(str(x["answers"]) for x in d["per_day"])]' \
  "[30, '2024-02-15', '2024-03-15', '000001000000000111110000101242']"
jcheck "json: mean score per day" '[r(x["mean_score"]) for x in d["per_day"][-3:]]' "[0.75, 0.725, 0.55]"
jcheck "json: weeks of 7 days ending today" \
  '[(w["from"], w["to"], w["answers"], r(w["mean_score"])) for w in d["per_week"]]' \
  "[('2024-02-10', '2024-02-16', 0, None), ('2024-02-17', '2024-02-23', 1, 0.3), ('2024-02-24', '2024-03-01', 1, 0.2), ('2024-03-02', '2024-03-08', 4, 0.275), ('2024-03-09', '2024-03-15', 10, 0.71)]"
jcheck "json: the forecast is the scheduler's, dated from today" \
  '" ".join(str(f["due"]) for f in d["forecast"]) + " " + d["forecast"][0]["date"] + " " + d["forecast"][13]["date"]' \
  "${due[*]} 2024-03-15 2024-03-28"
jcheck "json: due today and the cards' states" \
  '[d["totals"]["due_today"]] + [d["totals"]["cards"][k] for k in ("learning", "review", "relearning")]' \
  "[${due[0]}, $s_learning, $s_review, $s_relearning]"
jcheck "json: recall now is a probability" '0 < d["totals"]["recall_now"] <= 1' "True"
jcheck "json: the leeches: id, fails, answers, lapses (the scheduler's), the whole prompt" \
  '[(l["id"], l["fails"], l["answers"], l["lapses"], l["prompt"][-21:]) for l in d["leeches"]]' \
  "[('t.bias', 4, 5, $bias_lapses, 'two sources of error?')]"
stats --format json --lesson model-evaluation --days 7
printf '%s' "$out" >"$TMP/s.json"
jcheck "json --lesson --days: that lesson alone, a 7-day window" \
  '[d["lesson"], d["totals"]["answers"], [l["lesson"] for l in d["lessons"]], len(d["per_day"]), len(d["per_week"])]' \
  "['model-evaluation', 3, ['model-evaluation'], 7, 1]"

# ---------------------------------------------------------------- usage and empty stores
for bad in "--days 0" "--days 400" "--lesson nope" "--as-of 2024-02-30" "--as-of yesterday" "--format xml" "--by week"; do
  # shellcheck disable=SC2086
  run --store "$STORE" --bank "$BANK" stats.lua $bad
  expect_eq "usage error: $bad" "$rc" "64"
done
run --store "$STORE" --bank "$BANK" stats.lua --lesson nope
expect_in "an unknown lesson lists the lessons" "$err" "Lessons: core-ml-fundamentals, model-evaluation"
run --store "$TMP/new.db" stats.lua
expect_eq "an empty store: a friendly line, exit 0" "$rc $out" "0 No answers recorded yet: try drill rapidfire.lua"
run --no-store stats.lua
expect_eq "--no-store: the same" "$rc $out" "0 No answers recorded yet: try drill rapidfire.lua"
run --no-store stats.lua --format json
printf '%s' "$out" >"$TMP/s.json"
jcheck "--no-store --format json: zeros, in the same shape" \
  '[d["totals"]["answers"], d["totals"]["streak"], d["leeches"], len(d["per_day"])]' "[0, 0, [], 30]"
run --store "$STORE" --bank "$BANK" stats.lua --as-of 2024-02-01
expect_eq "--as-of before the first answer: nothing recorded yet" "$rc $out" "0 No answers recorded yet: try drill rapidfire.lua"

# ---------------------------------------------------------------- HTML
mkdir -p "$TMP/out"
PAGE="$TMP/out/progress.html"
stats --html "$PAGE"
expect_eq "html: exit 0, and where the page went" "$rc $out" "0 Progress page written to $PAGE"
expect_eq "html: the page alone in its directory (the temporary file renamed)" "$(ls -A "$TMP/out")" "progress.html"
html=$(cat "$PAGE")
expect_in "html: one HTML page" "$html" "<!DOCTYPE html>"
expect_eq "html: no external resources" \
  "$(grep -Eio 'https?:|//[a-z0-9.-]+/|src=|href=|@import|url\([^#]' "$PAGE" | sort -u | tr '\n' ' ')" ""
expect_eq "html: no script" "$(grep -c '<script' "$PAGE")" "0"
expect_in "html: styles inline" "$html" "<style>"
expect_eq "html: four inline SVG charts, each an image with a title and a description" \
  "$(grep -o '<svg id="[a-z-]*" class="chart [^"]*" role="img" aria-labelledby="[a-z-]*-title [a-z-]*-desc"' "$PAGE" | sed 's/ class.*//' | tr '\n' ' ')" \
  '<svg id="lessons-chart" <svg id="days-chart" <svg id="weeks-chart" <svg id="due-chart" '
expect_in "html: the bars have tooltips" "$html" "<title>core-ml-fundamentals: mastery 75%, 3 of 4 questions</title>"
expect_in "html: a table with the lessons' numbers" "$html" \
  '<th scope="row">core-ml-fundamentals</th><td class="n">4 / 4</td><td class="n">12</td><td class="n">75%</td><td class="n">43% of 7</td><td class="n">59%</td>'
expect_in "html: the leeches table" "$html" '<th scope="row"><code>t.bias</code></th>'
expect_in "html: text is escaped" "$html" "tradeoff (&quot;bias&quot; &amp; &lt;variance&gt;)"
expect_not_in "html: ... nowhere raw" "$html" '"bias" & <variance>'
run --store "$STORE" --bank "$BANK" stats.lua --html "$TMP/nowhere/p.html"
expect_eq "html: a page that cannot be created: exit 73, nothing written" "$rc $(ls "$TMP/nowhere" 2>/dev/null)" "73 "
run --no-store stats.lua --html "$TMP/out/empty.html"
expect_in "html: an empty store still gets a page, saying so" "$(cat "$TMP/out/empty.html" 2>/dev/null)" \
  "<p>No answers recorded yet: try drill rapidfire.lua</p>"

CHROME_SIZE=1200,2000
if command -v chromium >/dev/null; then
  if chrome --screenshot="$TMP/s.png" "file://$PAGE" >/dev/null && [ -s "$TMP/s.png" ]; then
    # the charts' blue (mastery, answers), green (retention) and orange (mean score)
    read -r w h colours blue green orange <<<"$(png_stats "$TMP/s.png" "#2563eb" "#0f8a5f" "#c2410c")"
    if [ "$w $h" = "1200 2000" ] && [ "$colours" -gt 100 ] && [ "$blue" -gt 2000 ] && [ "$green" -gt 300 ] \
      && [ "$orange" -gt 1000 ]; then
      ok "html: Chromium renders the page: not blank, the charts in their three colours"
    else not_ok "html: Chromium renders the page" "width height colours blue green orange: $w $h $colours $blue $green $orange"; fi
    [ -n "${STATS_SHOT:-}" ] && cp "$TMP/s.png" "$STATS_SHOT"
  else
    not_ok "html: Chromium renders the page" "no screenshot"
  fi
  dom=$(chrome --dump-dom "file://$PAGE")
  expect_eq "html: in Chromium's DOM, the four charts" "$(grep -o '<svg id="[a-z-]*"' <<<"$dom" | tr '\n' ' ')" \
    '<svg id="lessons-chart" <svg id="days-chart" <svg id="weeks-chart" <svg id="due-chart" '
  expect_eq "html: ... the lesson bars: mastery, retention, mean score (no retention bar without reviews)" \
    "$(grep -o '<rect class="s[123]" x="200"' <<<"$dom" | sort | uniq -c | awk '{print $1}' | tr '\n' ' ')" "3 1 3 "
  expect_eq "html: ... a column per forecast day" "$(grep -o '<rect class="s1" x="[0-9.]*" y="[0-9.]*" width' <<<"$dom" \
    | grep -vc 'x="200"')" "14"
  expect_eq "html: ... a point per day with answers over the window, a line and area" \
    "$(grep -c '<circle class="dot s1"' <<<"$(tr '>' '\n' <<<"$dom")") $(grep -o '<path class="line s1"' <<<"$dom" | wc -l)" "30 1"
  expect_in "html: ... and the leeches table" "$dom" '<table id="leeches-table">'
else
  ok "html: Chromium renders the page # SKIP chromium is not installed"
  ok "html: in Chromium's DOM, the charts # SKIP chromium is not installed"
fi

# ---------------------------------------------------------------- a terminal
if tmux_server; then
  PANE=stats
  show() { # [stats args...]: stats.lua in a fresh 100-column pane
    T kill-session -t stats 2>/dev/null
    T new-session -d -s stats -x 100 -y 80 "trap : INT; env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 TZ=UTC \
      HOME='$HOME' XDG_STATE_HOME='$XDG_STATE_HOME' '$DRILL' --store '$STORE' --bank '$BANK' stats.lua \
      --as-of $AS_OF $*; echo '[exit' \$?']'; sleep 30"
  }
  show
  if wait_for "[exit 0]"; then ok "tmux: stats.lua runs on a terminal"; else not_ok "tmux: stats.lua runs on a terminal" "$screen"; fi
  expect_in "tmux: lesson bars of 10 cells at 100 columns" "$screen" \
    "  core-ml-fundamentals   4/4   12 ██████████   75% ███████▌     43% ████▎        59% █████▉"
  expect_in "tmux: the sparkline" "$screen" "  ·····▂·········▂▂▂▂▂····▂·▂▄█▄"
  expect_in "tmux: the forecast bars" "$screen" "Fri 15 Mar"
  expect_eq "tmux: the widest line fits the pane" "$(widest <<<"$screen")" "100"
  raw=$(T capture-pane -p -e -t stats -S -200)
  expect_in "tmux: a terminal gets colour" "$raw" $'\e['
  show --ascii
  wait_for "[exit 0]"
  expect_in "tmux: --ascii bars" "$screen" "  core-ml-fundamentals   4/4   12 ##########   75% ########     43% ####         59% ######"
else
  ok "tmux: the terminal charts # SKIP tmux is not installed"
fi

finish
