#!/usr/bin/env bash
# list.lua: text for people, JSON for tools, and the filters.
DRILL=$1
source "$(dirname "$0")/lib.sh"
MINI="$FIX/banks/mini"

run list.lua --format json
expect_rc "list --format json exits 0" 0
printf '%s' "$out" >"$TMP/all.json"
jq -e 'type == "array" and length > 0' "$TMP/all.json" >/dev/null && ok "the JSON is an array" || not_ok "the JSON is an array" "${out:0:300}"
missing=$(jq '[.[] | select((has("id") and has("bank") and has("lesson") and has("topic") and has("level") and has("format") and has("prompt")) | not)] | length' "$TMP/all.json")
expect_eq "every entry has id, bank, lesson, topic, level, format, prompt" "$missing" "0"
expect_eq "ids are unique" "$(jq '[.[].id] | length == (unique | length)' "$TMP/all.json")" "true"

run list.lua --format json --full
printf '%s' "$out" >"$TMP/full.json"
expect_eq "--full adds the model answers" "$(jq '[.[] | select(has("answer"))] | length == length' "$TMP/full.json")" "true"
expect_eq "--full adds the rubrics" "$(jq '[.[] | select(has("rubric"))] | length > 0' "$TMP/full.json")" "true"

run --bank "$MINI" list.lua --format json --level junior
expect_eq "--level filters" "$(jq -r '[.[].id] | join(",")' <<<"$out")" "mini.overfitting"
run --bank "$MINI" list.lua --format json --question-format conceptual
expect_eq "--question-format filters" "$(jq -r '[.[].id] | join(",")' <<<"$out")" "mini.l1-sparsity"
run --bank "$MINI" list.lua --format json --topic regularization
expect_eq "--topic filters" "$(jq -r '[.[].id] | join(",")' <<<"$out")" "mini.l1-sparsity"
run --bank "$MINI" list.lua --format json --lesson nosuch
expect_eq "a filter that matches nothing gives an empty array" "$(jq -c . <<<"$out")" "[]"
run --bank "$MINI" list.lua --format json
expect_eq "a single level is still an array" "$(jq -c '.[1].level' <<<"$out")" '["mid"]'

run --bank "$MINI" list.lua
expect_in "text lists ids" "$out" "mini.overfitting"
expect_in "text ends with counts per lesson" "$out" "2 questions: core-ml-fundamentals 2"
run --bank "$MINI" list.lua --full
expect_in "text --full shows the model summary" "$out" "→ Overfitting is when"

run list.lua --format yaml
expect_rc "an unknown --format is a usage error" 64
expect_in "the usage error names the choices" "$err" "text, json"

# the advanced lesson is listed, and a lesson filter takes several lessons or leaves some out
run list.lua --format json --lesson advanced
expect_eq "the advanced lesson has its questions" "$(jq '[.[] | select(.lesson == "advanced")] | length >= 30' <<<"$out")" true
run list.lua --format json --lesson advanced,rapid-fire
expect_eq "--lesson A,B lists both" "$(jq -r '[.[].lesson] | unique | join(",")' <<<"$out")" "advanced,rapid-fire"
run list.lua --format json --lesson=-advanced
expect_eq "--lesson -A lists the others" "$(jq '[.[] | select(.lesson == "advanced")] | length' <<<"$out")" 0
expect_eq "... the course's 100 questions and the derivations and scenarios" \
  "$(jq 'length >= 120' <<<"$out")" true

run list.lua --lesson=-advnced
expect_rc "--lesson -NAME with an unknown lesson is a usage error" 64
expect_in "... naming it and the lessons there are" "$err" 'no lesson "advnced"'
expect_in "... and the lessons there are" "$err" "Lessons: advanced, core-ml-fundamentals"
run rapidfire.lua --lesson advanced,rapid-fyre
expect_rc "--lesson A,B with an unknown lesson is a usage error, in every mode" 64
expect_in "... naming it" "$err" 'no lesson "rapid-fyre"'

# drill's own Lua files load from the bytecode built into drill, unparsed; a copy that was
# edited runs as edited, and its errors name the copy, at the line of its text
mkdir -p "$TMP/own"
cp -r "$ROOT/plugins/." "$TMP/own/"
run --bank "$MINI" "$TMP/own/list.lua"
expect_in "a copy of list.lua runs as list.lua" "$out" "2 questions: core-ml-fundamentals 2"
sed -i 's/^return 0$/ui.say("edited") return 0/' "$TMP/own/list.lua"
run --bank "$MINI" "$TMP/own/list.lua"
expect_in "an edited copy runs as edited" "$out" "edited"
printf 'local M = {}\nfunction M.columns() error("columns broke") end\nreturn M\n' >"$TMP/own/lib/ui.lua"
run --bank "$MINI" "$TMP/own/list.lua"
expect_in "an error in an edited module names its file and line" "$err" "$TMP/own/lib/ui.lua:2: columns broke"
cp "$ROOT/plugins/lib/ui.lua" "$TMP/own/lib/ui.lua"
printf '\nlocal function broken(\n' >>"$TMP/own/lib/cli.lua"
run --bank "$MINI" "$TMP/own/list.lua"
expect_in "a syntax error in an edited module names its file and line" "$err" "$TMP/own/lib/cli.lua:"

finish
