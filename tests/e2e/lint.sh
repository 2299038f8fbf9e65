#!/usr/bin/env bash
# lint.lua on plugins and on the graders rubrics name, through the real binary: every problem at
# file:line:col, exit 0 clean, 65 bad, 66 missing.
DRILL=$1
source "$(dirname "$0")/lib.sh"
# a module that never returns meets its instruction limit long before any time limit
export DRILL_LIMITS=call-instructions=5000000

# ---- the built-in plugins directory: every plugin loads, no bank is asked for
run lint.lua "$ROOT/plugins/"
expect_rc "lint of the plugins directory passes" 0
expect_not_in "... and does not ask for banks there" "$err" "no *.json bank files"
expect_in "... counting the plugins it checked" "$out" " plugins: 0 errors, 0 warnings"

# ---- bad plugins: each problem at its place
P="$TMP/p"
mkdir -p "$P/graders" "$P/reports" "$P/lib"
printf 'local M = { name = "noapi" }\nfunction M.grade() return { score = 1 } end\nreturn M\n' >"$P/graders/noapi.lua"
printf 'return {\n  name = "newer",\n  api = 3,\n  grade = function() return { score = 1 } end,\n}\n' >"$P/graders/newer.lua"
printf 'return { name = "nograde", api = 1 }\n' >"$P/graders/nograde.lua"
printf 'return { name = "other", api = 1, grade = function() return { score = 1 } end }\n' >"$P/graders/named.lua"
printf 'local x = 1\nerror("boom while loading")\nreturn x\n' >"$P/graders/boom.lua"
printf 'while true do end\n' >"$P/graders/spin.lua"
printf 'return require("lib.nosuch")\n' >"$P/lib/helper.lua"
printf 'return 42\n' >"$P/reports/number.lua"
printf 'return function(write)\n  return { file = "not a function" }\nend\n' >"$P/reports/field.lua"
printf -- '-- a mode\ndrill.need(99)\nprint("hi")\n' >"$P/future.lua"
printf 'print(\n' >"$P/broken.lua"
run lint.lua "$P"
expect_rc "lint of bad plugins exits 65" 65
expect_in "a grader with no api is an error at its return" "$err" \
  "$P/graders/noapi.lua:3:1: error: the grader declares no plugin API version"
expect_in "a grader for a newer API is an error at its api field" "$err" \
  "$P/graders/newer.lua:3:3: error: api = 3, but this drill supports plugin API 1 to 2"
expect_in "a grader with no grade function is an error" "$err" \
  "$P/graders/nograde.lua:1:1: error: a grader needs grade = function(question, answer, ctx), not nil"
expect_in "a grader named unlike its file is warned about" "$err" \
  "$P/graders/named.lua:1:10: warning: the grader is named \"other\" but rubrics find it by its file: \"named\""
expect_in "a module that fails as it loads is an error at the failing line" "$err" \
  "$P/graders/boom.lua:2: error: boom while loading"
expect_in "a module that never returns meets the sandbox's limit" "$err" \
  "$P/graders/spin.lua:1:1: error: lint.lua: loading module $P/graders/spin.lua: exceeded the instruction limit"
expect_in "a module whose require fails says where modules are found" "$err" "DRILL_PATH"
expect_in "a report format that is not a function is an error" "$err" \
  "$P/reports/number.lua:1:1: error: a report format returns function(write, opts)"
expect_in "a report format whose file is not a function is an error at the field" "$err" \
  "$P/reports/field.lua:2:12: error: its file is not a function but string"
expect_in "a script that needs a newer API is an error at drill.need" "$err" \
  "$P/future.lua:2:1: error: drill.need(99): this drill supports plugin API 1 to 2"
expect_in "a script that does not parse is an error at its line" "$err" "$P/broken.lua:2: error:"
expect_in "the summary counts the plugins" "$out" "11 plugins: 10 errors, 1 warning"
run lint.lua "$P/future.lua" "$P" "$P/reports//number.lua"
expect_in "a plugin named and also in a directory named is checked once" "$out" "11 plugins: 10 errors, 1 warning"

# a hostile module cannot make lint run its code outside the sandbox's budget
mkdir -p "$TMP/h/graders"
printf 'error(setmetatable({}, { __tostring = function() while true do end end }))\n' >"$TMP/h/graders/errobj.lua"
printf 'return setmetatable({}, { __index = function() while true do end end })\n' >"$TMP/h/graders/index.lua"
printf 'return { name = "tab", api = setmetatable({}, { __tostring = function() while true do end end }),\n  grade = function() end }\n' \
  >"$TMP/h/graders/tab.lua"
DRILL_LIMITS=call-instructions=5000000,call-seconds=30 run lint.lua "$TMP/h"
expect_rc "hostile modules are reported, not run outside the budget" 65
expect_in "an error object whose __tostring never returns meets the limit" "$err" \
  "errobj.lua:1:1: error: lint.lua: loading module $TMP/h/graders/errobj.lua: exceeded the instruction limit"
expect_in "a grader table's __index is not run: it has no name" "$err" "index.lua:1:1: error: a grader needs a name"
expect_in "an api that is a table is named as such, its __tostring not run" "$err" "tab.lua:1:24: error: api = a table"

# one grader named on the command line is loaded, not only parsed
run lint.lua "$P/graders/newer.lua"
expect_rc "lint of one grader with an unsupported api exits 65" 65
expect_in "... saying why" "$err" "newer.lua:3:3: error: api = 3"
run lint.lua "$ROOT/plugins/examples/graders/keyterms.lua"
expect_rc "a good grader passes" 0

# missing and empty
run lint.lua "$TMP/nosuch.lua"
expect_rc "a missing plugin exits 66" 66
mkdir -p "$TMP/empty"
run lint.lua "$TMP/empty"
expect_rc "a directory with neither banks nor plugins exits 66" 66
expect_in "... saying what it looked for" "$err" "no *.json bank files or *.lua plugins in directory"
# a plugin that a symbolic link leads to outside the named paths is not read
mkdir -p "$TMP/out" "$TMP/linked"
printf 'return 1\n' >"$TMP/out/secret.lua"
ln -s "$TMP/out/secret.lua" "$TMP/linked/secret.lua"
printf 'print(1)\n' >"$TMP/linked/ok.lua"
run lint.lua "$TMP/linked"
expect_rc "a plugin behind a link out of the named paths is not read (66)" 66
expect_in "... and named as not read" "$err" "$TMP/linked/secret.lua: error: not read"

# ---- the graders rubrics name: top level, inline followup, scenario stage, derivation step
G="$FIX/banks/lint/graders.json"
run lint.lua "$G"
expect_rc "a rubric naming an unknown grader fails lint" 65
expect_in "an unknown grader in a rubric is an error at its name, with a suggestion" "$err" \
  "$G:15:64: error: question \"lg.top\": no grader \"keywrod\": it is not built in and there is no graders/keywrod.lua on DRILL_PATH (did you mean \"keyword\"?)"
expect_not_in "a built-in grader is found" "$err" "no grader \"keyword\""
expect_in "... in an inline followup's rubric" "$err" \
  "$G:24:34: error: question \"lg.top.detect\": no grader \"similarty\""
expect_in "... suggesting the built-in grader" "$err" "(did you mean \"similarity\"?)"
expect_in "... in a scenario stage's rubric" "$err" \
  "$G:41:42: error: question \"lg.scenario\" stage data: no grader \"xyzzy-grader\": it is not built in and there is no graders/xyzzy-grader.lua on DRILL_PATH"$'\n'
expect_in "... in a derivation step's rubric" "$err" "$G:55:42: error: question \"lg.derivation\" step 1: no grader \"keyterm\""
expect_in "a grader on no DRILL_PATH is not found" "$err" "$G:55:63: error: question \"lg.derivation\" step 1: no grader \"keyterms\""
DRILL_PATH="$ROOT/plugins/examples" run lint.lua "$G"
expect_not_in "a grader on DRILL_PATH is found" "$err" "no grader \"keyterms\""
expect_in "... and suggested for a name close to it" "$err" "no grader \"keyterm\": it is not built in and there is no graders/keyterm.lua on DRILL_PATH (did you mean \"keyterms\"?)"
expect_in "... and counted: four unknown names" "$out" "4 errors"
# a rubric of graders that need no concepts (similarity alone) is linted, not crashed on
run lint.lua "$FIX/banks/lint/similarity.json"
expect_rc "lint passes a rubric with no concepts, graded by similarity" 0
expect_in "... with no error" "$out" "lint: 1 file, 1 question: 0 errors"

# a grader checked in the same run but not on DRILL_PATH: the error says how drill would find it
run lint.lua "$ROOT/plugins/examples"
expect_rc "a rubric's grader that is only among the plugins checked fails lint" 65
expect_in "... saying which folder DRILL_PATH needs" "$err" \
  "no grader \"keyterms\": it is not built in and there is no graders/keyterms.lua on DRILL_PATH ($ROOT/plugins/examples/graders/keyterms.lua is checked here: add $ROOT/plugins/examples to DRILL_PATH)"
# a grader on DRILL_PATH that a rubric names is checked like one named on the command line
mkdir -p "$TMP/gp/graders"
cp "$P/graders/noapi.lua" "$TMP/gp/graders/keyterms.lua"
sed -i 's/"noapi"/"keyterms"/' "$TMP/gp/graders/keyterms.lua"
DRILL_PATH="$TMP/gp" run lint.lua "$G"
expect_in "a named grader with no api is an error at the rubric" "$err" \
  "$G:55:63: error: question \"lg.derivation\" step 1: grader \"keyterms\": the grader declares no plugin API version"

# a grader named like a built-in one is never the one drill's modes use: a warning says so; the
# built-in plugins themselves pass
mkdir -p "$TMP/shadow/graders"
sed 's/name = "keyterms"/name = "keyword"/' "$ROOT/plugins/examples/graders/keyterms.lua" >"$TMP/shadow/graders/keyword.lua"
run lint.lua "$TMP/shadow"
expect_in "a grader with a built-in grader's name is a warning" "$err" \
  "$TMP/shadow/graders/keyword.lua:1:1: warning: graders/keyword.lua has the name of a built-in grader"
run lint.lua --strict "$ROOT/plugins"
expect_rc "the built-in plugins pass lint --strict" 0

finish
