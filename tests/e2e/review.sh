#!/usr/bin/env bash
# Spaced review and the review log: the FSRS-6 vectors through the command line, what is due
# after a session, overrides, cramming, an interview date, and the store's guarantees (an old
# store upgraded in place, kill -9 mid-session, two writers at once, a corrupt file).
DRILL=$1
source "$(dirname "$0")/lib.sh"
MINI="$FIX/banks/mini"
S="$TMP/p.db"

# ---------------------------------------------------------------- the scheduler
run --no-store review.lua --simulate 3,3,3,3,3,3,1,1,3,3,3,3,3
expect_rc "--simulate exits 0" 0
expect_eq "Good x6, Again x2, Good x5 give the reference intervals" "$(awk '{print $3}' <<<"$out" | tr '\n' ' ')" \
  "0 2 11 46 163 498 0 0 2 4 7 12 21 "
run --no-store review.lua --simulate 3,3,3,1
expect_eq "--simulate 3,3,3,1 prints the interval after each rating" "$out" "3 Good  0 days (10 min)
3 Good  2 days
3 Good  11 days
1 Again 0 days (10 min)"
run --no-store review.lua --simulate 3,5
expect_rc "a rating out of 1-4 is a usage error" 64
run --no-store review.lua --until 2020-01-01
expect_rc "an interview date in the past is a usage error" 64
run --no-store review.lua --until tomorrow
expect_rc "a date not as YYYY-MM-DD is a usage error" 64

# ---------------------------------------------------------------- what is due
run --store "$S" --bank "$MINI" review.lua --status
expect_eq "a new store: nothing due, everything new" "$out" "0 questions due today, 2 new to learn: drill review.lua"
run --store "$S" --bank "$MINI"
expect_in "drill alone says what is due" "$out" "0 questions due today, 2 new to learn"

# a session: one wrong answer, one right; the wrong one comes back today, the right one later
cat >"$TMP/model.lua" <<'EOF'
print((require("lib.questions").summary(drill.bank.get(arg[1])):gsub("\n", " ")))
EOF
good=$("$DRILL" --no-store --bank "$MINI" --trust "$TMP/model.lua" mini.l1-sparsity)
printf 'no idea really\n\n%s\n\n' "$good" >"$TMP/in"
IN="$TMP/in" run --store "$S" --bank "$MINI" review.lua
expect_rc "a review session exits 0" 0
expect_in "new questions are asked" "$out" "[1/2]"
expect_in "a fail is rated Again" "$out" "Again · next review in "
expect_in "a pass gets a longer interval" "$out" "next review in 1"
run --store "$S" --bank "$MINI" review.lua --status
expect_eq "after the session the failed question is due today" "$out" \
  "1 question due today, 0 new to learn: drill review.lua"

cat >"$TMP/log.lua" <<'EOF'
for _, a in ipairs(assert(drill.store.history())) do
  print(a.id, a.question, a.mode, a.rating or "-", a.override or "-", a.scheduled, a.hash and #a.hash or 0,
    a.answer and #a.answer or 0)
end
EOF
run --store "$S" --bank "$MINI" "$TMP/log.lua"
expect_eq "the log keeps each answer with its rating, content hash and text" "$(cut -f2-8 <<<"$out")" \
  "mini.overfitting	review	1	-	true	16	14
mini.l1-sparsity	review	4	-	true	16	${#good}"

# :override after the failed answer: logged beside the grade, and the schedule follows it
printf 'still no idea\n\n:override\n:quit\n' >"$TMP/in2"
IN="$TMP/in2" run --store "$S" --bank "$MINI" review.lua
expect_in ":override rates the previous answer Good" "$out" "Overridden: mini.overfitting rated Good"
run --store "$S" --bank "$MINI" "$TMP/log.lua"
expect_eq "the override is logged beside the grade's rating" "$(tail -1 <<<"$out" | cut -f2,4,5)" \
  "mini.overfitting	1	3"

# cramming practises without touching the schedule
before=$("$DRILL" --store "$S" --bank "$MINI" review.lua --status)
printf 'wrong\n\nwrong\n\n' >"$TMP/in3"
IN="$TMP/in3" run --store "$S" --bank "$MINI" review.lua --cram
expect_in "--cram says the schedule is not touched" "$out" "cramming: the schedule is not touched"
expect_eq "after cramming the same questions are due" "$("$DRILL" --store "$S" --bank "$MINI" review.lua --status)" "$before"
run --store "$S" --bank "$MINI" "$TMP/log.lua"
expect_eq "crammed answers are logged as unscheduled" "$(grep -c $'cram\t[0-9-]*\t[0-9-]*\tfalse' <<<"$out")" 2

# a log with times: a question answered well 40 days ago is due; an interview date pulls one forward
S2="$TMP/dated.db"
cat >"$TMP/seed.lua" <<'EOF'
local now = drill.clock.wall()
local day = 86400
assert(drill.store.record({
  { question = "mini.overfitting", mode = "review", score = 1, pass = true, rating = 3, at = now - 60 * day },
  { question = "mini.overfitting", mode = "review", score = 1, pass = true, rating = 3, at = now - 58 * day },
  { question = "mini.l1-sparsity", mode = "review", score = 1, pass = true, rating = 3, at = now - 3 * day },
  { question = "mini.l1-sparsity", mode = "review", score = 1, pass = true, rating = 4, at = now - 3 * day + 600 },
}))
EOF
run --store "$S2" --bank "$MINI" --trust "$TMP/seed.lua"
run --store "$S2" --bank "$MINI" review.lua --status
expect_eq "a review long ago makes the question due" "$out" "1 question due today, 0 new to learn: drill review.lua"
tomorrow=$(date -d tomorrow +%F)
run --store "$S2" --bank "$MINI" review.lua --status --until "$tomorrow"
expect_in "--until pulls a review due after the interview to its eve" "$out" "2 questions due today"
expect_in "--until counts the days" "$out" "interview in 1 day"

# every mode records for the schedule: a rapid-fire answer that failed is due for review today
S7="$TMP/modes.db"
printf 'no idea at all\n\n' >"$TMP/wrong1"
IN="$TMP/wrong1" run --store "$S7" --bank "$MINI" --seed 3 rapidfire.lua --count 1
run --store "$S7" --bank "$MINI" review.lua --status
expect_eq "a failed rapid-fire answer is due for review today" "$out" \
  "1 question due today, 1 new to learn: drill review.lua"
run --store "$S7" --bank "$MINI" "$TMP/log.lua"
expect_eq "... logged with the mode, a rating and the answer" "$(cut -f3,4,8 <<<"$out")" "rapidfire	1	14"

# ---------------------------------------------------------------- the store
# a store of schema 1, written by an older drill: read as it is, upgraded in place when written
S1="$TMP/old.db"
python3 - "$S1" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("CREATE TABLE attempts (id INTEGER PRIMARY KEY, question TEXT NOT NULL, mode TEXT NOT NULL,"
           " score REAL NOT NULL, pass INTEGER NOT NULL, seconds REAL, answered_at REAL NOT NULL)")
db.execute("INSERT INTO attempts(question, mode, score, pass, seconds, answered_at)"
           " VALUES ('mini.overfitting', 'rapidfire', 0.2, 0, 9, strftime('%s','now') - 86400 * 3)")
db.execute("PRAGMA user_version=1")
db.commit()
EOF
run --store "$S1" --bank "$MINI" review.lua --status
expect_eq "an old store is read: its failed attempt is due" "$out" "1 question due today, 1 new to learn: drill review.lua"
expect_eq "... and reading it does not upgrade it" "$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA user_version').fetchone()[0])" "$S1")" 1
IN="$TMP/in" run --store "$S1" --bank "$MINI" rapidfire.lua --count 1
expect_eq "writing upgrades it in place: schema 2, the old attempt kept" \
  "$(python3 -c "import sqlite3,sys; d=sqlite3.connect(sys.argv[1]); print(d.execute('PRAGMA user_version').fetchone()[0], d.execute('SELECT COUNT(*), SUM(rating IS NULL) FROM attempts').fetchone())" "$S1")" \
  "2 (2, 1)"

# kill -9 in the middle of a session loses nothing already graded
S3="$TMP/kill.db"
mkfifo "$TMP/answers"
"$DRILL" --store "$S3" --bank "$MINI" review.lua <"$TMP/answers" >"$TMP/kill.out" 2>&1 &
pid=$!
exec 8>"$TMP/answers"
printf 'the first answer\n\n' >&8
for _ in $(seq 600); do grep -q "next review" "$TMP/kill.out" && break; sleep 0.05; done
kill -9 "$pid"
wait "$pid" 2>/dev/null
exec 8>&-
run --store "$S3" --bank "$MINI" "$TMP/log.lua"
expect_eq "after kill -9 the graded answer is in the log" "$(cut -f2,3 <<<"$out")" "mini.overfitting	review"

# two writers at once: every attempt of both is recorded, none twice
cat >"$TMP/writer.lua" <<'EOF'
local who = arg[1]
for i = 1, 150 do
  -- a writer that finds the store locked past the busy timeout tries again
  while not drill.store.record({ question = "w." .. who, mode = "load", score = 0.5, pass = true, seconds = i }) do end
end
EOF
S4="$TMP/two.db"
"$DRILL" --store "$S4" --trust "$TMP/writer.lua" a 2>/dev/null &
p1=$!
"$DRILL" --store "$S4" --trust "$TMP/writer.lua" b 2>/dev/null &
p2=$!
wait "$p1"
wait "$p2"
printf 'local n = {}; for _, a in ipairs(assert(drill.store.history())) do n[a.question] = (n[a.question] or 0) + 1 end\nprint(n["w.a"], n["w.b"])\n' >"$TMP/two.lua"
run --store "$S4" "$TMP/two.lua"
expect_eq "two writers at once: all 150 attempts of each" "$out" "150	150"

# a corrupt store: a clear error naming it, and the file left as it was
S5="$TMP/corrupt.db"
printf 'SQLite format 3\0this is not a database at all, whatever it says' >"$S5"
sum=$(cksum <"$S5")
run --store "$S5" --bank "$MINI" review.lua --status
expect_in "a corrupt store is named in the error" "$err" "$S5"
IN="$TMP/in" run --store "$S5" --bank "$MINI" review.lua
expect_rc "a session on a corrupt store still runs" 0
expect_in "... and says progress is not saved" "$err" "progress not saved"
expect_eq "a corrupt store is never overwritten" "$(cksum <"$S5")" "$sum"

# ---------------------------------------------------------------- export and import
run --no-store --bank "$MINI" export.lua --anki "$TMP/deck.txt"
expect_rc "export --anki exits 0" 0
expect_eq "the deck's header tells Anki the columns" "$(head -7 "$TMP/deck.txt" | tr '\n' ' ')" \
  "#separator:tab #html:true #notetype:Basic #deck:drill #guid column:1 #tags column:4 #columns:id	Front	Back	Tags "
expect_eq "one note a question, four tab-separated fields each" \
  "$(tail -n +8 "$TMP/deck.txt" | awk -F'\t' '{print NF}' | sort -u)" "4"
expect_in "a stable id column" "$(cat "$TMP/deck.txt")" $'\ndrill:mini.overfitting\t'
expect_in "tags per lesson and topic" "$(cat "$TMP/deck.txt")" "drill::lesson::core-ml-fundamentals drill::topic::overfitting"
run --no-store export.lua
expect_rc "export with neither --anki nor --log is a usage error" 64

run --store "$S" --bank "$MINI" export.lua --log "$TMP/log.jsonl"
expect_rc "export --log exits 0" 0
lines=$(wc -l <"$TMP/log.jsonl")
expect_eq "one JSON line an answer" "$(python3 -c 'import json,sys; print(sum(1 for l in open(sys.argv[1]) if json.loads(l)["question"]))' "$TMP/log.jsonl")" "$lines"
S6="$TMP/moved.db"
run --store "$S6" --bank "$MINI" import.lua "$TMP/log.jsonl"
expect_in "import adds every answer" "$out" "Imported $lines answers"
run --store "$S6" --bank "$MINI" import.lua "$TMP/log.jsonl"
expect_in "importing again adds nothing" "$out" "Imported 0 answers"
expect_eq "the moved store schedules as the old one" \
  "$("$DRILL" --store "$S6" --bank "$MINI" review.lua --status)" "$("$DRILL" --store "$S" --bank "$MINI" review.lua --status)"
run --store "$S6" --bank "$MINI" "$TMP/log.lua"
expect_in "overrides move too" "$(cut -f2,4,5 <<<"$out")" "mini.overfitting	1	3"
printf '{"question": "q", "score": 0.5, "at": 1700000000}\n{"question": "q", "score": 7, "at": 1}\n' >"$TMP/bad.jsonl"
run --store "$S6" import.lua "$TMP/bad.jsonl"
expect_rc "a bad line is an error" 65
expect_in "... naming the file and line" "$err" "$TMP/bad.jsonl:2: score must be a number from 0 to 1"
printf '{"question": "q", "score": 0.5, "at": 1700000000\n' >"$TMP/bad2.jsonl"
run --store "$S6" import.lua "$TMP/bad2.jsonl"
expect_rc "malformed JSON is an error" 65
expect_in "... naming the file and line" "$err" "$TMP/bad2.jsonl:1:"

finish
