#!/usr/bin/env bash
# Shell completion the way a person uses it: bash (without and with the bash-completion
# package), zsh and fish in a real terminal (tmux), Tab pressed after a partly typed command
# line, the screen read back. The drill under test is the one on PATH.
DRILL=$1
case "$DRILL" in */*) DRILL=$(cd "$(dirname "$DRILL")" && pwd)/$(basename "$DRILL") ;; esac
source "$(dirname "$0")/lib.sh"
# Under AddressSanitizer every Tab that runs drill is several times slower: the completion
# scripts are shell, checked here with the normal build.
if grep -qE '^DRILL_SANITIZE:BOOL=(ON|1|TRUE|YES)$' "$(dirname "$DRILL")/CMakeCache.txt" 2>/dev/null; then
  echo "1..0 # SKIP a sanitizer build: completion is checked with the normal build"
  exit 0
fi
tmux_server || { echo "tmux is not installed"; exit 1; }
COMP="$ROOT/completions"
BIN=$(dirname "$DRILL")
[ "$(basename "$DRILL")" = drill ] || { mkdir -p "$TMP/bin" && ln -s "$DRILL" "$TMP/bin/drill" && BIN="$TMP/bin"; }

# The three files share their two awk programs (drill.bash is the reference).
awk_of() { sed -n "/^\(set -g _\)\{0,1\}_drill_$2_awk[= ]'$/,/'$/p" "$1" | sed 1d; }
for f in _drill drill.fish; do
  for p in help list; do
    expect_eq "completions/$f has the same $p awk program as drill.bash" \
      "$(awk_of "$COMP/$f" $p)" "$(awk_of "$COMP/drill.bash" $p)"
  done
done
[ -n "$(awk_of "$COMP/drill.bash" help)" ] && ok "... which is found" || not_ok "... which is found"

# A directory of the user's own scripts (DRILL_PATH), and a directory to complete paths in.
mkdir -p "$HOME" "$TMP/scripts" "$TMP/work/answers"
cat >"$TMP/scripts/myquiz.lua" <<'EOF'
-- A quiz of my own.
local cli = require("lib.cli")
local opts = cli.parse({ ... }, {
  { name = "rounds", value = "N", kind = "integer", help = "how many rounds" },
}, { usage = "[--rounds N]" })
print(opts.rounds)
EOF
: >"$TMP/work/progress-test.db"

# start NAME COMMAND SETUP: a shell in pane NAME, in $TMP/work, that has run SETUP. Keys wait
# for its first prompt: a Ctrl-C while it starts could end it.
start() {
  PANE=$1
  T new-session -d -s "$1" -x 200 -y 50 -c "$TMP/work" \
    "env TERM=xterm-256color HOME='$HOME' PATH='$BIN:$PATH' DRILL_PATH='$TMP/scripts' $2"
  local end=$((SECONDS + 60))
  until [ -n "$(T capture-pane -p -t "$1" | tr -d ' \n')" ] || [ $SECONDS -ge $end ]; do sleep 0.1; done
  line "$3; clear; echo READ''Y$((++n))"
  if wait_for "READY$n" 60; then T clear-history -t "$PANE"; else not_ok "$1 starts" "$screen"; fi
}
# line TEXT: types TEXT and Enter
line() { T send-keys -t "$PANE" -l "$1" && T send-keys -t "$PANE" Enter; }
# prompted: the shell's prompt is on the screen after READYn: the shell has put the terminal in
# its own mode to read a line, so keys typed now are its to edit (typed before, some shells may
# take a Tab as it came)
prompted() {
  local end=$((SECONDS + 60)) after
  while [ $SECONDS -lt $end ]; do
    screen=$(T capture-pane -p -t "$PANE")
    after=${screen##*READY$n}
    [[ $screen == *READY$n* && $after == *$'\n'*[![:space:]]* ]] && return 0
    sleep 0.1
  done
  return 1
}
# fresh: an empty command line on a cleared screen. The shell echoes READYn when it is there
# (the line typed says READ''Yn, so only the output matches).
n=0
fresh() {
  T send-keys -t "$PANE" C-c
  line "clear; echo READ''Y$((++n))"
  wait_for "READY$n" 60 || return 1
  prompted || return 1
  T clear-history -t "$PANE"
}
# tab NAME TYPED EXPECTED [TABS]: types TYPED on a fresh line, presses Tab (TABS times, 1),
# and waits until the screen shows EXPECTED (tmux drops the spaces that end a line)
tab() {
  fresh || { not_ok "$PANE: $1" "no fresh prompt" "$screen"; return; }
  T send-keys -t "$PANE" -l "$2"
  for ((k = 0; k < ${4:-1}; k++)); do T send-keys -t "$PANE" Tab; done
  if wait_for "$3" 60; then ok "$PANE: $1"; else not_ok "$PANE: $1" "typed: $2" "expected: $3" "screen: $screen"; fi
}

# checks TABS_FOR_A_LIST: what every shell must complete
checks() {
  tab "a script name" "drill rap" "drill rapidfire.lua"
  tab "help SCRIPT" "drill help whi" "drill help whiteboard.lua"
  tab "drill's own option" "drill --st" "drill --store"
  tab "a script's option, from drill help SCRIPT" "drill rapidfire.lua --co" "drill rapidfire.lua --count"
  tab "a question id" "drill grade.lua --question core.l1" "--question core.l1-vs-l2"
  tab "the lesson names" "drill rapidfire.lua --lesson " "core-ml-fundamentals" "$1"
  expect_in "$PANE: ... all of them" "$screen" "unsupervised-learning"
  expect_not_in "$PANE: ... and nothing else" "$screen" "bias-variance"
  tab "a --level fixed in the script's help" "drill mock.lua --level sen" "--level senior"
  tab "a topic" "drill deepdive.lua --topic curse-of" "--topic curse-of-dimensionality"
  tab "a script in DRILL_PATH" "drill myq" "drill myquiz.lua"
  tab "... and its options" "drill myquiz.lua --ro" "drill myquiz.lua --rounds"
  tab "the ids of the --bank given before the script" \
    "drill --bank $FIX/banks/mini grade.lua --question mini.o" "--question mini.overfitting"
  tab "a script's PATH argument as a path" "drill check.lua answ" "drill check.lua answers/"
  tab "--store PATH as a path" "drill --store progress-t" "drill --store progress-test.db"
}

# bash, bare: no bash-completion package
start bash "bash --norc --noprofile" "PS1='\$ '; source '$COMP/drill.bash'"
fresh
line "type -t _init_completion >/dev/null || echo NO-PACK''AGE"
wait_for $'\nNO-PACKAGE' && ok "bash: bash-completion is not loaded" || not_ok "bash: bash-completion is not loaded" "$screen"
checks 2

# bash with the bash-completion package loaded first
if [ -f /usr/share/bash-completion/bash_completion ]; then
  start bash-completion "bash --norc --noprofile" \
    "PS1='\$ '; source /usr/share/bash-completion/bash_completion; source '$COMP/drill.bash'"
  fresh
  line "type -t _init_completion >/dev/null && echo PACK''AGE"
  wait_for $'\nPACKAGE' && ok "bash-completion: the package is loaded" || not_ok "bash-completion: the package is loaded" "$screen"
  tab "a script name" "drill rap" "drill rapidfire.lua"
  tab "a script's option" "drill rapidfire.lua --co" "drill rapidfire.lua --count"
  tab "a question id" "drill grade.lua --question core.l1" "--question core.l1-vs-l2"
  tab "the lesson names" "drill rapidfire.lua --lesson " "core-ml-fundamentals" 2
  tab "a script's PATH argument as a path" "drill check.lua answ" "drill check.lua answers/"
else
  not_ok "bash-completion is installed" "/usr/share/bash-completion/bash_completion is missing"
fi

# zsh, no rc files: compinit finds _drill in fpath
if command -v zsh >/dev/null; then
  start zsh "zsh -f" "fpath=('$COMP' \$fpath); autoload -Uz compinit; compinit -u"
  checks 1
else
  not_ok "zsh is installed"
fi

# fish, no configuration; autosuggestions off, so the line shows only what was completed
if command -v fish >/dev/null; then
  start fish "fish --no-config --private" "set -g fish_autosuggestion_enabled 0; source '$COMP/drill.fish'"
  checks 1
else
  not_ok "fish is installed"
fi

# The shells end with the server; wait for them, so none still writes its history into $HOME
# while the test's directory is removed.
pids=$(T list-panes -a -F '#{pane_pid}')
T kill-server
end=$((SECONDS + 20))
for pid in $pids; do
  while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $end ]; do sleep 0.1; done
done
finish
