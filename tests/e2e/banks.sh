#!/usr/bin/env bash
# Bad banks through the real binary: file:line:col messages and exit codes.
DRILL=$1
source "$(dirname "$0")/lib.sh"
MINI="$FIX/banks/mini"

printf '{\n  "bank": "x",\n  "title": "X"\n  "questions": []\n}\n' >"$TMP/comma.json"
run --bank "$TMP/comma.json" list.lua
expect_rc "malformed bank exits 65" 65
expect_eq "malformed bank: file:line:col: message" "$err" "$TMP/comma.json:4:3: expected ',' or '}'"

printf '{"bank": "x", "title": "X", "title": "Y", "questions": []}' >"$TMP/dup.json"
run --bank "$TMP/dup.json" list.lua
expect_rc "duplicate key exits 65" 65
expect_in "duplicate key is named with its position" "$err" "dup.json:1:29: duplicate key \"title\""

sed 's/"prompt": "What is overfitting?"/"promt": "What is overfitting?"/' "$MINI/mini.json" >"$TMP/typo.json"
run --bank "$TMP/typo.json" list.lua
expect_rc "unknown key exits 65" 65
expect_in "unknown key gets a did-you-mean" "$err" 'unknown key "promt" in a question (did you mean "prompt"?)'

cp "$MINI/mini.json" "$TMP/a.json"
sed 's/"bank": "mini"/"bank": "mini2"/' "$MINI/mini.json" >"$TMP/b.json"
run --bank "$TMP/a.json" --bank "$TMP/b.json" list.lua
expect_rc "duplicate question ids across banks exit 65" 65
expect_in "duplicate id names the first definition" "$err" "is already defined at $TMP/a.json:"

printf '\xff\xfe{}' >"$TMP/utf.json"
run --bank "$TMP/utf.json" list.lua
expect_rc "invalid UTF-8 exits 65" 65
expect_in "invalid UTF-8 gives the byte offset" "$err" "utf.json:1:1: invalid UTF-8 (byte offset 0)"

: >"$TMP/empty.json"
run --bank "$TMP/empty.json" list.lua
expect_rc "empty bank exits 65" 65
expect_in "empty bank says so" "$err" "empty.json: empty file"

head -c $((65 * 1024 * 1024)) /dev/zero | tr '\0' ' ' >"$TMP/huge.json"
run --bank "$TMP/huge.json" list.lua
expect_rc "oversized bank exits 65" 65
expect_in "oversized bank names the limit" "$err" "over the limit"

run --bank "$TMP/nosuch.json" list.lua
expect_rc "missing bank exits 66" 66
expect_in "missing bank is named" "$err" "nosuch.json: No such file or directory"

sed 's/"level": "mid"/"level": "guru"/' "$MINI/mini.json" >"$TMP/level.json"
run --bank "$TMP/level.json" list.lua
expect_rc "unknown level exits 65" 65
expect_in "unknown level lists the levels" "$err" 'unknown level "guru"'

run --bank "$MINI" lint.lua
expect_rc "lint passes a good bank" 0
expect_in "lint prints a summary" "$out" "lint: 1 file, 2 questions: 0 errors"

sed 's/"patterns": \["\\\\bnoise\\\\b"/"patterns": ["(noise"/' "$MINI/mini.json" >"$TMP/pat.json"
run lint.lua "$TMP/pat.json"
expect_rc "lint rejects a pattern that does not compile" 65
expect_in "lint names the pattern and the position" "$err" "pat.json:"
expect_in "lint gives PCRE2's reason" "$err" "missing closing parenthesis"

sed 's/"patterns": \["\\\\bnoise\\\\b"/"patterns": ["(?:noise)?"/' "$MINI/mini.json" >"$TMP/empty-pat.json"
run lint.lua "$TMP/empty-pat.json"
expect_rc "lint rejects a pattern that matches the empty string" 65
expect_in "lint says why" "$err" "can match the empty string"

sed 's/"\\\\bnoise\\\\b", "memori\[sz\]", "too closely"/"\\\\bxyzzy\\\\b"/' "$MINI/mini.json" >"$TMP/fails.json"
run lint.lua "$TMP/fails.json"
expect_rc "lint rejects a model answer that fails its own rubric" 65
expect_in "lint explains the failing model answer" "$err" "the model answer fails its own rubric"

printf 'print(\n' >"$TMP/broken.lua"
run lint.lua "$TMP/broken.lua"
expect_rc "lint rejects a plugin that does not load" 65
expect_in "lint names the plugin's line" "$err" "broken.lua:2:"

run lint.lua "$TMP/nosuch.json"
expect_rc "lint of a missing file exits 66" 66

# the built-in banks pass lint with warnings as errors: the framework's 30-word summaries included
run --no-store lint.lua --strict
expect_rc "lint --strict passes the built-in banks" 0
expect_in "... with no warning" "$out" "0 errors, 0 warnings"
# ... and a long summary is warned about, with where it is
python3 - "$MINI" "$TMP/long" <<'PY'
import json, os, sys
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst, exist_ok=True)
for name in os.listdir(src):
    b = json.load(open(os.path.join(src, name)))
    b["questions"][0]["answer"]["summary"] = " ".join(["word"] * 31) + "."
    json.dump(b, open(os.path.join(dst, name), "w"), indent=2)
PY
run --no-store lint.lua "$TMP/long"
expect_in "lint warns on a summary over 30 words" "$err" "the summary runs to 31 words"
expect_in "... naming the file and line" "$err" "mini.json:"

# ---- parsed banks kept between runs (DRILL_CACHE)
cache="$TMP/cache"
cp "$MINI/mini.json" "$TMP/kept.json"
touch -d '2020-01-02 03:04:05' "$TMP/kept.json"
sleep 3 # a file is kept once its change time is two seconds old: sleep past that
DRILL_CACHE="$cache" run --bank "$TMP/kept.json" list.lua --format json
fresh=$out
kept=$(ls "$cache" 2>/dev/null | grep -c '^bank-[0-9a-f]*\.cache$')
expect_eq "a bank read is kept in the DRILL_CACHE directory" "$kept" 1
entry=$(ls "$cache"/bank-*.cache)
inode=$(stat -c %i "$entry")
DRILL_CACHE="$cache" run --bank "$TMP/kept.json" list.lua --format json
expect_eq "read back from the cache: the same questions" "$out" "$fresh"
expect_eq "... from the entry as it was, not one written anew" "$(stat -c %i "$entry")" "$inode"
# a listing reads the light copy kept with it; a question asked for after it is read whole
cat >"$TMP/light.lua" <<'LUA'
local idx = drill.bank.index()
local q = drill.bank.get(idx[#idx].id)
local f = drill.bank.get("mini.overfitting.detect") or {}
print(#idx, q.id, q.source, #q.rubric.concepts, q.answer ~= nil, f.id, f.parent, f.source)
LUA
DRILL_CACHE= run --bank "$TMP/kept.json" --trust "$TMP/light.lua"
whole=$out
DRILL_CACHE="$cache" run --bank "$TMP/kept.json" --trust "$TMP/light.lua"
expect_eq "from the cache, a question asked for after the listing is whole" "$rc:$out" "0:$whole"
# a file's questions are made tables all at once and its whole document let go: what is asked
# for after that, in any order, is the same as from the bank read whole
cat >"$TMP/letgo.lua" <<'LUA'
local function show(q)
  local fu = {}
  for _, f in ipairs(q.followups or {}) do fu[#fu + 1] = type(f) == "table" and f.id or f end
  return ("%s %s %s %d %s [%s]"):format(q.id, q.bank, q.source, #((q.rubric or {}).concepts or {}),
    tostring(q.answer ~= nil), table.concat(fu, ","))
end
local idx = drill.bank.index()
print(show(drill.bank.get(idx[1].id)))
local f = drill.bank.get("mini.overfitting.detect")
print(show(f), f.parent, f.topic)
print((drill.bank.vocab():correct("overfiting")))
for _, q in ipairs(drill.bank.questions()) do print(show(q)) end
for _, b in ipairs(drill.bank.files()) do print(b.bank, b.title, b.questions) end
print(#drill.bank.index(), show(drill.bank.get(idx[#idx].id)))
LUA
DRILL_CACHE= run --bank "$TMP/kept.json" --trust "$TMP/letgo.lua"
whole=$out
DRILL_CACHE="$cache" run --bank "$TMP/kept.json" --trust "$TMP/letgo.lua"
expect_eq "from the cache, questions asked for after their file is let go are whole" "$rc:$out" "0:$whole"
DRILL_CACHE="$cache" run --bank "$TMP/kept.json" --trust "$TMP/letgo.lua"
expect_eq "... and so on a run that reads the words of the banks back from the cache" "$rc:$out" "0:$whole"
DRILL_CACHE= run --bank "$TMP/kept.json" list.lua --format json --full
whole=$out
DRILL_CACHE="$cache" run --bank "$TMP/kept.json" list.lua --format json --full
expect_eq "... and every question listed in full" "$rc:$out" "0:$whole"
# the whole bank damaged in the entry, the light copy not: read from the bank file instead
size=$(stat -c %s "$entry")
printf 'garbage' | dd of="$entry" bs=1 seek=$((size - 100)) conv=notrunc 2>/dev/null
DRILL_CACHE="$cache" run --bank "$TMP/kept.json" list.lua --format json --full
expect_eq "a damaged whole copy behind a good light one: the bank is read afresh" "$rc:$err:$out" "0::$whole"
expect_eq "... and its entry written anew" "$([ "$(stat -c %i "$entry")" != "$inode" ] && echo new)" "new"
inode=$(stat -c %i "$entry")
DRILL_CACHE="$cache" run --bank "$TMP/kept.json" list.lua --format json --full
expect_eq "... which is read back whole" "$rc:$out:$(stat -c %i "$entry")" "0:$whole:$inode"
printf 'garbage' | dd of="$entry" bs=1 seek=300 conv=notrunc 2>/dev/null
DRILL_CACHE="$cache" run --bank "$TMP/kept.json" list.lua --format json
expect_eq "a damaged entry is passed over: the same questions, no message" "$rc:$err:$out" "0::$fresh"
expect_eq "... and written anew" "$([ "$(stat -c %i "$entry")" != "$inode" ] && echo new)" "new"
# the same size and modification time, other words, written in place: read anew all the same
edited=$(sed 's/What is overfitting?/What is underfitting/' "$TMP/kept.json")
printf '%s\n' "$edited" >"$TMP/kept.json"
touch -d '2020-01-02 03:04:05' "$TMP/kept.json"
DRILL_CACHE="$cache" run --bank "$TMP/kept.json" list.lua
expect_in "a bank changed since it was kept is read anew" "$out" "What is underfitting"
DRILL_CACHE="$TMP/kept.json/sub" run --bank "$TMP/kept.json" list.lua
expect_eq "a cache directory that cannot be made: the banks all the same, no message" "$rc:$err" "0:"
cp "$MINI/mini.json" "$TMP/kept.json"
touch -d '2020-01-02 03:04:05' "$TMP/kept.json"
sleep 3
HOME="$TMP/home2" DRILL_CACHE= run --bank "$TMP/kept.json" list.lua
expect_eq "DRILL_CACHE empty: nothing kept" "$rc:$(ls -A "$TMP/home2" 2>/dev/null | wc -l)" "0:0"
HOME="$TMP/home2" run --bank "$TMP/kept.json" list.lua
expect_eq "by default, kept in ~/.cache/drill" "$(ls "$TMP/home2/.cache/drill" | wc -l)" 1
HOME="$TMP/home2" XDG_CACHE_HOME="$TMP/xdg" run --bank "$TMP/kept.json" list.lua
expect_eq "... or in \$XDG_CACHE_HOME/drill" "$(ls "$TMP/xdg/drill" | wc -l)" 1

# a kept bank is not checked again on its own, but against the others all the same
mkdir -p "$TMP/kept2"
cp "$MINI/mini.json" "$TMP/kept2/a.json"
sed 's/"bank": "mini"/"bank": "mini2"/' "$MINI/mini.json" >"$TMP/kept2/b.json"
sed 's/"memori\[sz\]"/"memori(sz"/' "$MINI/mini.json" >"$TMP/kept2/c.json"
touch -d '2020-01-02 03:04:05' "$TMP/kept2/"*.json
sleep 3
for f in a b c; do
  DRILL_CACHE="$cache" run --bank "$TMP/kept2/$f.json" list.lua
  expect_eq "bank $f.json alone is good, and kept" "$rc:$err" "0:"
done
DRILL_CACHE="$cache" run --bank "$TMP/kept2/a.json" --bank "$TMP/kept2/b.json" list.lua
expect_rc "kept banks with the same question ids exit 65" 65
expect_in "... naming the first definition" "$err" "is already defined at $TMP/kept2/a.json:"
DRILL_CACHE="$cache" run --bank "$TMP/kept2/a.json" --bank "$TMP/kept2/a.json" list.lua
expect_in "a kept bank loaded twice: its name is taken" "$rc:$err" "65:"
DRILL_CACHE="$cache" run --no-store lint.lua "$TMP/kept2/c.json"
expect_in "lint compiles the patterns of a kept bank" "$err" "pattern /memori(sz/ does not compile"

finish
