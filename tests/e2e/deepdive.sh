#!/usr/bin/env bash
# The deep-dive round: piped, as a script would run it, then in a real
# terminal (tmux), typed the way a person does.
DRILL=$1
source "$(dirname "$0")/lib.sh"

# models.lua [--topics N] [--topic T] [--lesson L] [--level V]: under the same --seed, the
# topics deepdive.lua picks and, for each level of each chain, a line
# "topic-index<TAB>depth<TAB>id<TAB>topic<TAB>model answer" (the model answer on one line).
cat >"$TMP/models.lua" <<'EOF'
local dd = require("lib.modes.deepdive")
local pick = require("lib.questions")
local args, o = { ... }, { count = 3 }
for i = 1, #args, 2 do
  local k, v = args[i]:sub(3), args[i + 1]
  if k == "topics" then o.count = tonumber(v) else o[k] = v end
end
if o.topic then o.count = 1 end
for t, q in ipairs(dd.pick(drill.bank.questions(), o)) do
  for d, c in ipairs(dd.chain(q)) do
    print(("%d\t%d\t%s\t%s\t%s"):format(t, d, c.id, q.topic, (pick.model_text(c):gsub("%s+", " "))))
  end
end
EOF
models() { "$DRILL" --trust --no-store "$@"; }
# field TOPIC DEPTH COLUMN: one field of the models listing in $TMP/m
field() { awk -F'\t' -v t="$1" -v d="$2" -v c="$3" '$1 == t && $2 == d { print $c }' "$TMP/m"; }
WRONG="I am not sure, something about the weights I think."

# --- Part 1: piped ---------------------------------------------------------------------

# topic 1: two right answers, then a wrong one; topic 2: wrong at once
models --seed 5 "$TMP/models.lua" --topics 2 >"$TMP/m"
t1=$(field 1 1 4); t2=$(field 2 1 4)
len1=$(awk -F'\t' '$1 == 1' "$TMP/m" | wc -l); len2=$(awk -F'\t' '$1 == 2' "$TMP/m" | wc -l)
{ printf '%s\n\n%s\n\n%s\n\n%s\n\n' "$(field 1 1 5)" "$(field 1 2 5)" "$WRONG" "$WRONG"; } >"$TMP/in"
IN="$TMP/in" run --store "$TMP/p.db" --seed 5 deepdive.lua --topics 2
expect_rc "a piped deep dive exits 0" 0
expect_in "the banner names the round" "$out" "Deep dive · 2 topics · seed 5"
expect_in "progress shows topic and depth" "$out" "[topic 1/2 · depth 1]"
expect_in "... and the lesson and topic" "$out" "· $t1"
expect_in "a right answer goes deeper" "$out" "[topic 1/2 · depth 3]"
expect_eq "each pass says so" "$(grep -c 'Going deeper…' <<<"$out")" 2
expect_eq "graded answers are shown" "$(grep -cE '(pass|fail) +[0-9]+%' <<<"$out")" 4
expect_in "a wrong answer marks the boundary" "$out" "This is where your knowledge ends for now."
expect_not_in "the chain stops at the failed answer" "$out" "[topic 1/2 · depth 4]"
expect_in "the next topic starts after the boundary" "$out" "[topic 2/2 · depth 1]"
expect_not_in "the second topic stops at its first answer" "$out" "[topic 2/2 · depth 2]"
expect_in "the report gives the depth reached" "$out" "$t1: depth 2 of $len1"
expect_in "... for every topic" "$out" "$t2: depth 0 of $len2"
expect_in "the report names where it stopped" "$out" "stopped at depth 3 ($(field 1 3 3)):"
expect_in "the report says what to read next" "$out" "read next: "
expect_in "ends with the summary" "$out" "Summary · 2/4 passed"
first=$(grep -A1 '^\[topic' <<<"$out" | noclock)

printf 'local n = 0\nfor id, v in pairs(assert(drill.store.progress())) do print(id, v.attempts) end\n' >"$TMP/ids.lua"
run --store "$TMP/p.db" --trust "$TMP/ids.lua"
expect_in "a follow-up is recorded under its own id" "$out" "$(field 1 2 3)"
expect_eq "every graded answer is recorded" "$(wc -l <<<"$out")" 4

IN="$TMP/in" run --no-store --seed 5 deepdive.lua --topics 2
expect_eq "the same seed asks the same questions" "$(grep -A1 '^\[topic' <<<"$out" | noclock)" "$first"
IN="$TMP/in" run --no-store --seed 6 deepdive.lua --topics 2
expect_in "another seed runs too" "$out" "[topic 1/2 · depth 1]"

# a whole chain answered right
models --seed 2 "$TMP/models.lua" --topic k-means >"$TMP/m"
n=$(wc -l <"$TMP/m")
: >"$TMP/all"
for d in $(seq "$n"); do printf '%s\n\n' "$(field 1 "$d" 5)" >>"$TMP/all"; done
IN="$TMP/all" run --no-store --seed 2 deepdive.lua --topic k-means
expect_in "--topic asks that one topic" "$out" "[topic 1/1 · depth 1]  unsupervised-learning · k-means"
expect_in "model answers go all the way down" "$out" "you reached the bottom"
expect_in "the report says the whole chain was answered" "$out" "k-means: depth $n of $n · the whole chain"
expect_in "every level passed" "$out" "Summary · $n/$n passed"

# a skip and a reveal are boundaries too; end of input mid-chain stops cleanly
models --seed 9 "$TMP/models.lua" --topics 3 >"$TMP/m"
printf '%s\n\n:skip\n%s\n\n:reveal\n%s\n\n' "$(field 1 1 5)" "$(field 2 1 5)" "$(field 3 1 5)" >"$TMP/in2"
IN="$TMP/in2" run --no-store --seed 9 deepdive.lua --topics 3
expect_rc "end of input mid-chain exits 0" 0
expect_in "a skip is reported" "$out" "$(field 1 1 4): depth 1 of"
expect_in "... as skipped" "$out" "· skipped"
expect_in "a reveal shows the model answer" "$out" "Model answer:"
expect_in "... and is reported as revealed" "$out" "· revealed"
expect_in "end of input is acknowledged" "$out" "(end of input)"
expect_in "a chain cut short by end of input is reported" "$out" "$(field 3 1 4): depth 1 of"
expect_in "... as stopped before the end" "$out" "stopped before the end"
IN=/dev/null run --no-store --seed 3 deepdive.lua
expect_rc "end of input before any answer exits 0" 0
expect_in "... and says nothing was answered" "$out" "No questions answered."

# a chain of ids and branches: the first branch is followed, fields are inherited
mkdir -p "$TMP/bank"
cat >"$TMP/bank/chain.json" <<'EOF'
{"bank": "chain", "title": "Chains", "questions": [
 {"id": "ch.root", "lesson": "core-ml-fundamentals", "topic": "overfitting", "level": ["junior"], "format": "deep-dive",
  "prompt": "What is overfitting?", "answer": "A model that learns the noise of its training data.",
  "rubric": {"concepts": [{"name": "fits the noise", "patterns": ["\\bnoise\\b"], "feedback": "It learns the noise."}]},
  "followups": [
   {"id": "ch.inline", "topic": "regularization", "prompt": "How does regularisation help?",
    "answer": "It penalises complexity.",
    "rubric": {"concepts": [{"name": "penalises complexity", "patterns": ["penal"], "feedback": "It penalises."}]},
    "followups": ["ch.byid", "ch.other"]},
   "ch.other"]},
 {"id": "ch.byid", "lesson": "model-evaluation", "topic": "early-stopping", "level": ["mid"], "format": "conceptual",
  "prompt": "What is early stopping?", "answer": "Stopping when the validation loss stops improving.",
  "rubric": {"concepts": [{"name": "validation", "patterns": ["validation"], "feedback": "Watch validation."}]}},
 {"id": "ch.other", "lesson": "model-evaluation", "topic": "dropout", "level": ["mid"], "format": "conceptual",
  "prompt": "What is dropout?", "answer": "Randomly zeroing units.",
  "rubric": {"concepts": [{"name": "random", "patterns": ["random"], "feedback": "At random."}]}}]}
EOF
printf 'It learns the noise of its training data.\n\nA penalty on the weights keeps the model simple.\n\nno idea\n\n' >"$TMP/in3"
IN="$TMP/in3" run --store "$TMP/c.db" --bank "$TMP/bank" deepdive.lua --topics 5
expect_in "only questions with follow-ups are topics" "$out" "Deep dive · 1 topic"
expect_in "an inline follow-up inherits the lesson" "$out" \
  "[topic 1/1 · depth 2]  core-ml-fundamentals · overfitting › regularization"
expect_in "a follow-up by id is the question it names" "$out" \
  "[topic 1/1 · depth 3]  model-evaluation · overfitting › early-stopping"
expect_not_in "the first branch is followed" "$out" "What is dropout?"
expect_in "the report counts the chain's levels" "$out" "overfitting: depth 2 of 3"
expect_in "... and points at the failed question's lesson and topic" "$out" \
  "read next: model-evaluation · early-stopping"
expect_in "the summary groups follow-ups by their own topic" "$out" "early-stopping  1"
run --store "$TMP/c.db" --bank "$TMP/bank" --trust "$TMP/ids.lua"
expect_eq "each level is recorded under its own id" "$(cut -f1 <<<"$out" | sort | tr '\n' ' ')" \
  "ch.byid ch.inline ch.root "

# filters and usage
IN="$TMP/in" run --no-store --seed 1 deepdive.lua --topics 2 --lesson unsupervised-learning
expect_in "--lesson keeps to the lesson" "$out" "depth 1]  unsupervised-learning ·"
expect_not_in "... and nothing else" "$(grep '^\[topic' <<<"$out")" "optimization-training"
IN="$TMP/in" run --no-store --seed 1 deepdive.lua --topics 9 --level research
expect_in "--level keeps to topics asked at that level" "$out" "Deep dive · 8 topics"
run --no-store deepdive.lua --topic nosuch
expect_rc "an unknown topic is a usage error" 64
expect_in "... listing the topics" "$err" "Topics: attention-cost, batch-normalization, bias-variance, calibration"
run --no-store deepdive.lua --lesson nosuch
expect_rc "an unknown lesson is a usage error" 64
expect_in "... listing the lessons" "$err" "Lessons: advanced, core-ml-fundamentals"
run --no-store deepdive.lua --lesson rapid-fire
expect_rc "a lesson without chains is a usage error" 64
run --no-store deepdive.lua --level intern
expect_rc "an unknown level is a usage error" 64
run --no-store deepdive.lua --topics 0
expect_rc "--topics 0 is a usage error" 64
run --no-store deepdive.lua --help
expect_rc "--help exits 0" 0
expect_in "--help describes the options" "$out" "--topics N"
expect_in "--help says what the round is" "$out" "where your knowledge ends"

# --- Part 2: a real terminal -----------------------------------------------------------
unset NO_COLOR
tmux_server || { not_ok "tmux is installed"; finish; exit; }
JOIN=1
check() { # NAME TEXT: the screen shows TEXT (waiting for it)
  if wait_for "$2"; then ok "$1"; else not_ok "$1" "expected on screen: $2" "screen: ${screen: -600}"; fi
}
type_answer() { # TEXT: typed, then an empty line
  T send-keys -t drill -l "$1"; T send-keys -t drill Enter
  wait_for "${1:0:20}" || true
  T send-keys -t drill Enter
}
command_() { T send-keys -t drill -l "$1"; T send-keys -t drill Enter; }

models --seed 4 "$TMP/models.lua" --topics 3 >"$TMP/m"
T new-session -d -s drill -x 100 -y 50 "trap : INT; env TERM=xterm-256color HOME='$HOME' XDG_STATE_HOME='$XDG_STATE_HOME' \
  '$DRILL' --no-store --seed 4 deepdive.lua --topics 3; echo \"[exit \$?]\"; \
  stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo|isig)' | tr '\n' ' ' | sed 's/^/[tty /; s/\$/]/'; sleep 30"
check "the first topic appears" "[topic 1/3 · depth 1]"
wait_for $'\n>' || true
command_ ":help"
check ":help lists the commands" ":reveal  show the model answer"
command_ ":hint"
check ":hint gives a hint" "Hint 1:"
uni="σ(z)(1−σ(z)), naïvely put: "
type_answer "$uni$(field 1 1 5)"
check "a right answer goes deeper" "Going deeper…"
expect_in "the typed Unicode shows as typed" "$screen" "> $uni"
check "the next level is shown" "[topic 1/3 · depth 2]"
type_answer "$WRONG"
check "a wrong answer ends the topic" "This is where your knowledge ends for now."
check "the next topic begins" "[topic 2/3 · depth 1]"
command_ ":reveal"
check ":reveal shows the model answer" "Model answer:"
check "the third topic begins" "[topic 3/3 · depth 1]"
wait_for $'\n>' || true
T send-keys -t drill C-c
check "Ctrl-C stops at the prompt" "(stopped)"
check "Ctrl-C leads to the summary" "Summary · 1/3 passed"
expect_in "the report shows the depth reached" "$screen" "$(field 1 1 4): depth 1 of"
expect_in "... and the revealed topic" "$screen" "$(field 2 1 4): depth 0 of"
check "the exit is 0" "[exit 0]"
check "the terminal is left sane" "[tty isig icanon echo ]"

# the advanced lesson has its own deepdive items
printf '\n\n\n\n' >"$TMP/adv-in"
IN="$TMP/adv-in" run --no-store --seed 1 deepdive.lua --topics 1 --lesson advanced
expect_in "--lesson advanced asks one of its items" "$out" "depth 1]  advanced · "

finish
