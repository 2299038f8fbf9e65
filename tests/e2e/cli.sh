#!/usr/bin/env bash
# The command-line contract: version, help, options, script lookup, exit codes.
DRILL=$1
# a relative path still names the binary after a cd
case "$DRILL" in */*) DRILL=$(cd "$(dirname "$DRILL")" && pwd)/$(basename "$DRILL") ;; esac
source "$(dirname "$0")/lib.sh"
MINI="$FIX/banks/mini"

run --version
expect_rc "--version exits 0" 0
expect_eq "--version prints 'drill X.Y.Z' first" "$(printf '%s\n' "$out" | head -1 | grep -cE '^drill [0-9]+\.[0-9]+\.[0-9]+$')" 1

version=$out
run -V
expect_rc "-V exits 0" 0
expect_eq "-V prints what --version prints" "$out" "$version"

run --help
expect_rc "--help exits 0" 0
expect_in "--help names -V" "$out" "-V, --version"
expect_in "--help prints usage" "$out" "usage: drill [OPTIONS] SCRIPT"
expect_in "--help lists exit 73" "$out" "73 an output file cannot be created"
expect_in "--help lists exit 74" "$out" "74 a write failed"
expect_eq "--version to a closed standard output exits 74 with one line" \
  "$("$DRILL" --version 2>&1 >&-; echo "exit $?")" "drill: standard output: Bad file descriptor
exit 74"

expect_in "--help lists the built-in scripts" "$out" "Built-in scripts:"
for script in rapidfire.lua check.lua list.lua lint.lua grade.lua calibrate.lua template.lua; do
  expect_eq "--help gives $script one line" "$(grep -c "^  $script  *[A-Z]" <<<"$out")" 1
done
expect_eq "--help lists every built-in script" "$(grep -c '^  [a-z]*\.lua  ' <<<"$out")" \
  "$(ls "$ROOT"/plugins/*.lua | wc -l)"

run help rapidfire.lua
expect_rc "drill help SCRIPT exits 0" 0
expect_in "drill help SCRIPT prints the script's usage" "$out" "usage: drill rapidfire.lua"
run rapidfire --help
expect_rc "drill SCRIPT --help exits 0" 0
expect_in "drill SCRIPT --help prints the same usage" "$out" "usage: drill rapidfire.lua"
run help
expect_rc "drill help alone prints drill's usage" 0
expect_in "... with the scripts" "$out" "Built-in scripts:"
run help nosuch.lua
expect_rc "drill help of an unknown script is exit 66" 66

run rapid
expect_rc "an unknown script is exit 66" 66
expect_in "an unknown script gets a did-you-mean" "$err" "Did you mean 'rapidfire.lua'?"
expect_in "... and the list of scripts" "$err" "Built-in scripts:"
run chekc.lua
expect_in "a misspelt script gets a did-you-mean" "$err" "Did you mean 'check.lua'?"
run zzzzzzzzzz
expect_not_in "no did-you-mean for a name like no script" "$err" "Did you mean"

run --no-store
expect_rc "drill alone exits 0" 0
expect_in "drill alone says what is due" "$out" "questions due today"
expect_in "... then how to use it" "$out" "usage: drill [OPTIONS] SCRIPT"
expect_in "... and the scripts" "$out" "Built-in scripts:"

run --frobnicate list.lua
expect_rc "unknown option is a usage error" 64
expect_in "unknown option is named" "$err" "unknown option '--frobnicate'"

run --seed abc list.lua
expect_rc "--seed needs a number" 64

# drill's own options after the script reach the script, which says where they belong
run rapidfire.lua --store x
expect_rc "--store after the script is a usage error" 64
expect_in "... that says it is drill's and where it goes" "$err" \
  "--store is an option of drill itself: put it before the script: drill --store x rapidfire.lua"
for o in "--seed 3" --no-store "--bank $MINI" --trust --no-color "--store=x" "--seed=3"; do
  name=${o%%[ =]*}
  run list.lua $o
  expect_rc "drill list.lua $o is exit 64" 64
  expect_in "... naming $name as drill's own option" "$err" "$name is an option of drill itself: put it before the script: drill $o list.lua"
done
run --no-store list.lua --lesson rapid-fire --seed=3 --no-color
expect_in "several are moved at once, drill's options before them kept, the script's after" "$err" \
  "--seed and --no-color are options of drill itself: put them before the script: drill --no-store --seed=3 --no-color list.lua --lesson rapid-fire"
run --no-store -- list.lua --seed 3
expect_in "... before a -- that ended drill's options" "$err" "drill --no-store --seed 3 -- list.lua"
run list.lua --bank
expect_in "a value left out is shown as what it stands for" "$err" "drill --bank PATH list.lua"
run list.lua --lesson 'rapid fire' --seed 3
expect_in "a word with a space is quoted in the command shown" "$err" "drill --seed 3 list.lua --lesson 'rapid fire'"
run check.lua --version
expect_rc "--version after the script is exit 64" 64
expect_in "... and says how to ask drill" "$err" "--version is an option of drill itself: drill --version"
run --bank "$MINI" list.lua --lesson rapid-fire --seed 3
suggested=$(sed -n 's/.*put it before the script: drill //p' <<<"$err")
run $suggested
expect_rc "the command it shows runs" 0
run --bank "$MINI" list.lua --topic --seed
expect_rc "a script option's value that looks like drill's option is the value" 0
run --bank "$MINI" list.lua -- --seed 3
expect_not_in "after -- nothing is drill's option" "$err" "option of drill itself"
mkdir -p "$TMP/own"
printf '%s\n' 'local cli = require("lib.cli")' \
  'local o = cli.parse({ ... }, { { name = "seed", value = "N", kind = "integer" } }, {})' \
  'print("seed " .. o.seed)' >"$TMP/own/seeded.lua"
run "$TMP/own/seeded.lua" --seed 4
expect_eq "a script with its own --seed gets it" "$out" "seed 4"
out=$(cd "$TMP/own" && "$DRILL" ./seeded.lua --store y 2>&1)
expect_in "a script given by path is shown by that path" "$out" "drill --store y ./seeded.lua"

run --bank
expect_rc "--bank needs a value" 64

run nosuch.lua
expect_rc "unknown script exits 66" 66
expect_in "unknown script is named" "$err" "nosuch.lua: no such script"

# lookup: name without .lua, DRILL_PATH, the built-in plugins; never ./
run --bank "$MINI" list
expect_rc "script found by name without .lua" 0
mkdir -p "$TMP/work" "$TMP/path"
printf 'print("from DRILL_PATH")\n' >"$TMP/path/mine.lua"
out=$(cd "$TMP/work" && DRILL_PATH="$TMP/path" "$DRILL" mine 2>&1); rc=$?
expect_in "DRILL_PATH is searched" "$out" "from DRILL_PATH"
printf 'print("from ./")\n' >"$TMP/work/mine.lua"
out=$(cd "$TMP/work" && DRILL_PATH="$TMP/path" "$DRILL" mine.lua 2>&1)
expect_in "a bare name never runs ./mine.lua" "$out" "from DRILL_PATH"
out=$(cd "$TMP/work" && "$DRILL" mine.lua 2>&1); rc=$?
[ "$rc" -eq 66 ] && ok "a script only in ./ is not found by name (exit 66)" || not_ok "a script only in ./ is not found by name" "exit $rc: $out"
expect_in "the message says how to run it" "$out" "./mine.lua"
out=$(cd "$TMP/work" && "$DRILL" ./mine.lua 2>&1)
expect_in "./mine.lua runs the script in ./" "$out" "from ./"
# a pull request cannot stand in for a built-in tool
mkdir -p "$TMP/pr/answers"
printf 'print("1..1")\nprint("ok 1 - all passed")\nreturn 0\n' >"$TMP/pr/check.lua"
cp "$TMP/pr/check.lua" "$TMP/pr/check"
printf '## core.bias-variance\nno idea\n' >"$TMP/pr/answers/me.md"
for name in check.lua check; do
  out=$(cd "$TMP/pr" && "$DRILL" --no-store "$name" answers/ 2>&1); rc=$?
  [ "$rc" -eq 1 ] && ! printf '%s' "$out" | grep -q "all passed" &&
    ok "drill $name in a checkout runs the built-in checker" ||
    not_ok "drill $name in a checkout runs the built-in checker" "exit $rc: ${out:0:300}"
done

# arg table and varargs, as the lua interpreter gives them
printf 'local a, b = ...\nprint(arg[0]:match("[^/]*$"), arg[1], arg[2], a, b, #arg)\n' >"$TMP/args.lua"
run --no-store "$TMP/args.lua" one two
expect_eq "arg and ... carry the script's arguments" "$out" "args.lua	one	two	one	two	2"

# exit codes chosen by scripts
printf 'return 3\n' >"$TMP/ret.lua"; run "$TMP/ret.lua"; expect_rc "a script's integer result is the exit code" 3
printf 'drill.exit(65, "bad thing")\n' >"$TMP/ex.lua"; run "$TMP/ex.lua"; expect_rc "drill.exit sets the exit code" 65
expect_in "drill.exit prints its message" "$err" "bad thing"

# runtime error: traceback naming the file and line; exit 70
printf 'local x = nil\n\nprint(x.y)\n' >"$TMP/boom.lua"
run "$TMP/boom.lua"
expect_rc "a plugin error exits 70" 70
expect_in "a plugin error names file and line" "$err" "boom.lua:3:"
expect_in "a plugin error has a traceback" "$err" "stack traceback"

# syntax error: file and line; exit 65
printf 'print(\n' >"$TMP/syntax.lua"
run "$TMP/syntax.lua"
expect_rc "a plugin that does not parse exits 65" 65
expect_in "the syntax error names file and line" "$err" "syntax.lua:2:"

# API version
printf 'drill.need(99)\n' >"$TMP/need.lua"
run "$TMP/need.lua"
expect_in "drill.need refuses a newer API" "$err" "needs drill plugin API 99"
printf 'print(drill.api_version, drill.version)\n' >"$TMP/ver.lua"
run "$TMP/ver.lua"
expect_in "drill.api_version is exposed" "$out" "2	"

# DRILL_BANKS does what --bank does
out=$(DRILL_BANKS="$MINI" "$DRILL" list.lua --format json 2>&1)
expect_in "DRILL_BANKS selects banks" "$out" '"mini.overfitting"'

# --no-color and NO_COLOR: no escape codes
run --no-color --bank "$MINI" list.lua
expect_not_in "no colour when not a terminal" "$out" $'\e['

# a script gets every argument, however many (they go on Lua's stack before it runs)
printf 'print(select("#", ...), (select(select("#", ...), ...)))\n' >"$TMP/args.lua"
run "$TMP/args.lua" $(seq 1 5000)
expect_rc "a script with 5000 arguments runs" 0
expect_eq "... and sees all of them" "$out" "5000	5000"

finish
