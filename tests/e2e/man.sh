#!/usr/bin/env bash
# The manual pages: mandoc has nothing to say about them, and they cannot drift from the code.
# Every option of 'drill --help' is in drill(1), every built-in script with its purpose and
# every option of its 'drill help SCRIPT' in drill-scripts(7) (and nothing the script does not
# take), every exit code and variable of docs/cli.md in drill(1).
# shellcheck disable=SC2034 # lib.sh's run uses it
DRILL=$1
source "$(dirname "$0")/lib.sh"
command -v mandoc >/dev/null || { echo "mandoc is not installed"; exit 1; }
MAN="$ROOT/man"

# In man/, each page's .Xr to the other finds it, as it does once installed. Where drill's own
# pages are installed in /usr/share/man too, mandoc notes that no mandoc.db lists them: a note
# about the machine, not the pages.
lint=$(cd "$MAN" && mandoc -Tlint drill.1 drill-scripts.7 2>&1)
lrc=$?
lint=$(grep -vE '^mandoc: outdated mandoc\.db lacks drill(-scripts)?\([17]\) entry' <<<"$lint")
expect_eq "mandoc -Tlint says nothing about drill.1 and drill-scripts.7" "$lint" ""
expect_eq "... and exits 0" "$lrc" "0"

# A page as a reader sees it, one paragraph a line (no wrapping), without overstrike.
render() { mandoc -Tascii -Owidth=1000 "$MAN/$1" | sed $'s/.\b//g'; }
# section TEXT NAME: the lines of section NAME (a heading at column 0)
section() { awk -v s="$2" '$0 == s { on = 1; next } on && /^[A-Z]/ { exit } on' <<<"$1"; }
# subsection TEXT NAME: the lines of subsection NAME (a heading indented three spaces)
subsection() { awk -v s="   $2" '$0 == s { on = 1; next } on && (/^   [^ ]/ || /^[A-Z]/) { exit } on' <<<"$1"; }
# forms: each option a line of a help text or a page documents, "-V, --version" or
# "--bank PATH" (two spaces end it), as one form a line: -V, --version, --bank PATH
forms() { sed -E 's/^ +//; s/ {2,}.*//; s/, /\n/g'; }
# options HELP: the options of the Options: section of a help text
options() { awk '/^Options:/ { o = 1; next } o && /^  -/' <<<"$1" | forms; }
# tags TEXT: the options the items of a tagged list name, as a page shows them
tags() { grep -E '^     -' <<<"$1" | forms || true; }
squeeze() { tr -s ' \n' '  ' <<<"$1"; }

page1=$(render drill.1)
page7=$(render drill-scripts.7)
[ -n "$page1" ] && [ -n "$page7" ] && ok "both pages render" || not_ok "both pages render"

# ---------------------------------------------------------------- drill(1)
run --help
help=$out
opts1=$(section "$page1" OPTIONS)
# missing OPTIONS TAGS: the options not among the tags; extra: the long options not among
# the options (a page may name a short alias or -- that a help text leaves out)
missing() { grep -vxF -f <(printf '%s\n' "$2") <<<"$1" | tr '\n' ' ' | sed 's/ $//' || true; }
extra() { grep -E '^--[A-Za-z0-9]' <<<"$2" | grep -vxF -f <(printf '%s\n' "$1") | tr '\n' ' ' | sed 's/ $//' || true; }
[ "$(options "$help" | wc -l)" -ge 8 ] && ok "drill --help lists its options" || not_ok "drill --help lists its options" "$help"
expect_eq "every option of drill --help is in drill(1)'s OPTIONS, with its value name" \
  "$(missing "$(options "$help")" "$(tags "$opts1")")" ""
expect_eq "drill(1) documents no option drill --help does not list" "$(extra "$(options "$help")" "$(tags "$opts1")")" ""
expect_in "the synopsis shows how a script is run" "$(section "$page1" SYNOPSIS)" "SCRIPT [ARG ...]"
expect_in "the synopsis shows drill help SCRIPT" "$(section "$page1" SYNOPSIS)" "drill help [SCRIPT]"

desc1=$(section "$page1" DESCRIPTION)
expect_in "the script lookup names DRILL_PATH" "$desc1" "each directory of DRILL_PATH"
expect_in "... then the built-in plugins" "$desc1" "the built-in plugins"
expect_in "... and never the current directory" "$desc1" "never looked up in the current directory"

env1=$(section "$page1" ENVIRONMENT)
# shellcheck disable=SC2016 # the backquotes of a Markdown table
vars=$(sed -n '/^## Environment/,/^## /p' "$ROOT/docs/cli.md" | grep -oE '^\| `[A-Z_]+`' | tr -d '|` ')
[ -n "$vars" ] && ok "docs/cli.md lists the environment" || not_ok "docs/cli.md lists the environment"
missing=()
for v in $vars DRILL_BANKS DRILL_STORE DRILL_PATH DRILL_LIMITS NO_COLOR XDG_STATE_HOME VISUAL EDITOR; do
  grep -qE "^     ([A-Z_]+, )*$v(,|$)" <<<"$env1" || missing+=("$v")
done
expect_eq "every variable of docs/cli.md (and VISUAL, EDITOR) is in drill(1)'s ENVIRONMENT" "${missing[*]}" ""

codes=$(sed -n '/^## Exit codes/,/^## /p' "$ROOT/docs/cli.md" | grep -oE '^\| [0-9]+ ' | tr -d '| ')
[ "$(wc -w <<<"$codes")" -ge 8 ] && ok "docs/cli.md lists the exit codes" || not_ok "docs/cli.md lists the exit codes" "$codes"
exit1=$(section "$page1" "EXIT STATUS")
documented=$(grep -oE '^     [0-9]+ ' <<<"$exit1" | tr -d ' ' | sort -n | tr '\n' ' ')
expect_eq "drill(1)'s EXIT STATUS has exactly the codes of docs/cli.md" "$documented" "$(sort -n <<<"$codes" | tr '\n' ' ')"
for c in $codes; do
  expect_in "... and drill --help names exit code $c" "$(squeeze "$help")" " $c "
done

files1=$(section "$page1" FILES)
expect_in "FILES names the progress store" "$files1" "\$XDG_STATE_HOME/drill/progress.db"
# shellcheck disable=SC2088 # the page says ~/ as written
expect_in "... and its default" "$files1" "~/.local/state/drill/progress.db"
expect_in "... the installed plugins" "$files1" "prefix/share/drill/plugins/"
expect_in "... and banks" "$files1" "prefix/share/drill/banks/"
expect_in "drill(1) has examples" "$(section "$page1" EXAMPLES)" "\$ drill rapidfire.lua"
expect_in "drill(1) refers to drill-scripts(7)" "$(section "$page1" "SEE ALSO")" "drill-scripts(7)"

# ---------------------------------------------------------------- drill-scripts(7)
scripts=$(awk '/^Built-in scripts:/ { b = 1; next } b && /^  [^ ]/ { print $1 }' <<<"$help")
[ "$(wc -l <<<"$scripts")" -ge 15 ] && ok "drill --help lists the built-in scripts" || not_ok "drill --help lists the built-in scripts" "$help"
for s in $scripts; do
  sec=$(subsection "$page7" "$s")
  if [ -z "$sec" ]; then
    not_ok "drill-scripts(7) has a section for $s"
    continue
  fi
  purpose=$(awk -v s="$s" '$1 == s { sub(/^  [^ ]+ +/, ""); print; exit }' <<<"$help")
  expect_in "$s: its purpose, as drill --help says it" "$(squeeze "$sec")" "$(squeeze "$purpose")"
  IN=/dev/null run help "$s"
  shelp=$out
  [ -n "$(options "$shelp")" ] || not_ok "drill help $s lists its options" "$shelp"
  expect_eq "$s: every option of drill help $s, with its value name" \
    "$(missing "$(options "$shelp" | grep -vx -e --help -e -h)" "$(tags "$sec")")" ""
  expect_eq "$s: no option the script does not take" "$(extra "$(options "$shelp")" "$(tags "$sec")")" ""
done
pages=$(grep -E '^   [a-z]+\.lua$' <<<"$page7" | tr -d ' ' | sort | tr '\n' ' ')
expect_eq "drill-scripts(7) has a section for each built-in script and no other" "$pages" "$(sort <<<"$scripts" | tr '\n' ' ')"
expect_in "every script's --help is documented once" "$(squeeze "$(section "$page7" DESCRIPTION)")" "Every script takes --help"
expect_in "drill-scripts(7) refers to drill(1)" "$(section "$page7" "SEE ALSO")" "drill(1)"

finish
