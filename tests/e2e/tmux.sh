#!/usr/bin/env bash
# Interactive rapid fire the way a person uses it: a real terminal (tmux),
# keys typed at the prompt, the screen read back.
DRILL=$1
source "$(dirname "$0")/lib.sh"
unset NO_COLOR
tmux_server || { echo "tmux is not installed"; exit 1; }

# each pane's command sets (or unsets) its own locale
start() {
  T kill-session -t drill 2>/dev/null
  T new-session -d -s drill -x 100 -y 50 \
    "trap : INT; env TERM=xterm-256color HOME='$HOME' XDG_STATE_HOME='$XDG_STATE_HOME' $* ; echo '[exit' \$?']'; sleep 30"
}

start "'$DRILL' --store '$TMP/p.db' --seed 3 --bank '$FIX/banks/mini' rapidfire.lua --count 2"
wait_for "[1/2]" && ok "the first question appears" || not_ok "the first question appears" "$screen"
wait_for $'\n>' && ok "a prompt waits for the answer" || not_ok "a prompt waits for the answer" "$screen"

first=$(grep -A1 '^\[1/2\]' <<<"$screen" | tail -1)
if [[ "$first" == *overfitting* ]]; then
  a1="It memorises the noise in the training data"; a2="so it fails to generalise to unseen data."
else
  a1="The constant gradient of the penalty pushes small weights to exactly zero,"; a2="at the corners of the diamond."
fi
T send-keys -t drill -l "$a1"; T send-keys -t drill Enter
T send-keys -t drill -l "$a2"; T send-keys -t drill Enter
wait_for "$a2"
T send-keys -t drill Enter
wait_for "[2/2]" && ok "an empty line ends the answer and the next question comes" \
  || not_ok "an empty line ends the answer" "$screen"
expect_in "the typed answer stays on screen" "$screen" "$a2"
expect_in "the answer is graded on the spot" "$screen" "✓ pass"
expect_in "elapsed time is shown against the limit" "$screen" " s of "
raw=$(T capture-pane -p -e -t drill)
expect_in "a terminal gets colour" "$raw" $'\e['

T send-keys -t drill C-d
wait_for "[exit 0]" && ok "Ctrl-D at the prompt ends the drill with exit 0" || not_ok "Ctrl-D ends the drill" "$screen"
expect_in "Ctrl-D is acknowledged" "$screen" "(end of input)"
expect_in "the summary counts the answered question" "$screen" "Summary · 1/1 passed"

# NO_COLOR in a terminal: no escape codes
start "NO_COLOR=1 '$DRILL' --no-store --seed 3 --bank '$FIX/banks/mini' rapidfire.lua --count 1"
wait_for "[1/1]"
raw=$(T capture-pane -p -e -t drill)
expect_not_in "NO_COLOR turns colour off on a terminal" "$raw" $'\e[1m'
T send-keys -t drill C-d
wait_for "[exit 0]" || true

start "'$DRILL' --no-color --no-store --seed 3 --bank '$FIX/banks/mini' rapidfire.lua --count 1"
wait_for "[1/1]"
raw=$(T capture-pane -p -e -t drill)
expect_not_in "--no-color turns colour off on a terminal" "$raw" $'\e[1m'
T send-keys -t drill C-d
wait_for "[exit 0]" || true

# Typed Unicode reaches the grader byte for byte: the locale from the environment, or C.UTF-8 when
# it says nothing (LANG unset) or only C. term_read.lua prints each answer's bytes in hex.
READ="$ROOT/tests/e2e/term_read.lua"
typed='λ‖w‖² — the L2 penalty'
typed2='学习率 η, ∂L/∂w ≈ 0 🙂'
hex() { printf '%s' "$1" | od -An -tx1 | tr -d ' \n' | cut -c1-128; }
for env in "LANG=C.UTF-8" "-u LANG" "LANG=C" "LANG=xx_YY.UTF-8"; do
  start "env -u LC_ALL -u LC_CTYPE $env '$DRILL' --trust --no-store '$READ'"
  wait_for ">" || not_ok "the prompt appears ($env)" "$screen"
  T send-keys -t drill -l "$typed"; T send-keys -t drill Enter
  T send-keys -t drill Enter
  wait_for "answer 1:" || true
  T send-keys -t drill -l "$typed2"; T send-keys -t drill Enter
  T send-keys -t drill Enter
  wait_for "answer 2:" || true
  T send-keys -t drill C-d
  wait_for "[exit 0]" || true
  expect_in "typed Unicode is read byte for byte ($env)" "$screen" "answer 1: $(printf '%s' "$typed" | wc -c) bytes hex=$(hex "$typed")"
  expect_in "... CJK, symbols and emoji too ($env)" "$screen" "answer 2: $(printf '%s' "$typed2" | wc -c) bytes hex=$(hex "$typed2")"
  expect_in "... and the screen shows what was typed ($env)" "$screen" "> $typed"
done

# and a drill mode grades the Unicode text as typed
start "env -u LC_ALL -u LC_CTYPE -u LANG '$DRILL' --no-store --seed 3 --bank '$FIX/banks/mini' rapidfire.lua --count 1"
wait_for "[1/1]"
wait_for $'\n>'
T send-keys -t drill -l "Regularization: λ‖w‖² — the L2 penalty shrinks weights towards zero"; T send-keys -t drill Enter
T send-keys -t drill Enter
wait_for "Summary" || true
expect_in "rapidfire shows the Unicode answer as typed" "$screen" "> Regularization: λ‖w‖² — the L2 penalty"
expect_not_in "... never mangled" "$screen" "w  the L2"
T send-keys -t drill C-d
wait_for "[exit 0]" || true

# Prompt commands and Ctrl-C, typed as a person types them; after drill, the terminal's modes
T kill-session -t drill 2>/dev/null
T new-session -d -s drill -x 100 -y 50 "trap : INT; env TERM=xterm-256color HOME='$HOME' XDG_STATE_HOME='$XDG_STATE_HOME' \
  '$DRILL' --no-store --seed 3 --bank '$FIX/banks/mini' rapidfire.lua --count 2; echo '[exit' \$?']'; \
  stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e echo | tr '\n' ' '; echo; sleep 30"
wait_for "[1/2]" && wait_for $'\n>'
T send-keys -t drill Enter
wait_for "nothing to submit" && ok "a stray Enter submits nothing" || not_ok "a stray Enter submits nothing" "$screen"
expect_not_in "... and grades nothing" "$screen" "✗ fail"
T send-keys -t drill -l ":help"; T send-keys -t drill Enter
wait_for ":reveal" && ok ":help lists the commands at once (no empty line needed)" \
  || not_ok ":help lists the commands" "$screen"
T send-keys -t drill -l ":hint"; T send-keys -t drill Enter
wait_for "Hint 1" && ok ":hint gives a hint" || not_ok ":hint gives a hint" "$screen"
T send-keys -t drill -l "a half-typed naïve answer"; T send-keys -t drill Enter
wait_for $'naïve answer\n|' && ok "a continuation prompt shows the answer goes on" \
  || not_ok "a continuation prompt shows the answer goes on" "$screen"
T send-keys -t drill C-c
wait_for "[exit 0]" && ok "Ctrl-C ends the round with exit 0" || not_ok "Ctrl-C ends the round with exit 0" "$screen"
expect_in "Ctrl-C is acknowledged" "$screen" "(stopped)"
expect_in "Ctrl-C ends with the summary" "$screen" "No questions answered."
wait_for "icanon echo" && ok "the terminal is left sane (icanon, echo)" || not_ok "the terminal is left sane" "$screen"

# Ctrl-C after a graded answer: the summary counts it
start "'$DRILL' --no-store --seed 3 --bank '$FIX/banks/mini' rapidfire.lua --count 2"
wait_for "[1/2]" && wait_for $'\n>'
T send-keys -t drill -l "It memorises noise in the training data and fails to generalise to unseen data"
T send-keys -t drill Enter Enter
wait_for "[2/2]"
T send-keys -t drill C-c
wait_for "[exit 0]" || true
expect_in "Ctrl-C after an answer ends with a summary of it" "$screen" "Summary · "
expect_in "... with its topic" "$screen" "topic "

# A terminal resized at the prompt: the answer still goes in and is graded
start "'$DRILL' --no-store --seed 3 --bank '$FIX/banks/mini' rapidfire.lua --count 1"
wait_for "[1/1]" && wait_for $'\n>'
T resize-window -t drill -x 70 -y 30 2>/dev/null || T resize-pane -t drill -x 70 -y 30
T send-keys -t drill -l "It memorises noise in the training data and fails to generalise"
T send-keys -t drill Enter Enter
wait_for "Summary · " && ok "after a resize at the prompt the answer is graded" \
  || not_ok "after a resize at the prompt the answer is graded" "$screen"

# Standard output a pipe that closes early (drill ... | head): drill ends by SIGPIPE and the
# terminal keeps its line mode and echo
T kill-session -t drill 2>/dev/null
T new-session -d -s drill -x 100 -y 50 "trap : INT; env TERM=xterm-256color HOME='$HOME' XDG_STATE_HOME='$XDG_STATE_HOME' \
  '$DRILL' --no-store --seed 3 --bank '$FIX/banks/mini' rapidfire.lua --count 2 | head -n 3; \
  echo '[exit' \${PIPESTATUS[0]}']'; stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e echo | tr '\n' ' '; echo; sleep 30"
wait_for "Rapid fire"
T send-keys -t drill -l "an answer"
T send-keys -t drill Enter Enter
wait_for "[exit 141]" && ok "a closed output pipe ends drill by SIGPIPE" || not_ok "a closed output pipe ends drill" "$screen"
wait_for "icanon echo" && ok "... and leaves the terminal sane (icanon, echo)" \
  || not_ok "... and leaves the terminal sane" "$screen"

# :edit writes the answer in $EDITOR: here an editor that writes a good answer into the file
cat >"$TMP/editor.sh" <<'EOS'
#!/bin/sh
printf 'It memorises the noise in its training data,\nso it fails to generalise to unseen data.\n' >"$1"
EOS
chmod +x "$TMP/editor.sh"
start "EDITOR='$TMP/editor.sh' '$DRILL' --no-store --seed 3 --bank '$FIX/banks/mini' rapidfire.lua --count 2"
wait_for "[1/2]" && wait_for $'\n>'
first=$(grep -A1 '^\[1/2\]' <<<"$screen" | tail -1)
T send-keys -t drill -l ":edit"; T send-keys -t drill Enter
wait_for "[2/2]" && ok ":edit submits what the editor left" || not_ok ":edit submits what the editor left" "$screen"
expect_in "... and shows it" "$screen" "so it fails to generalise to unseen data."
if [[ "$first" == *overfitting* ]]; then
  expect_in "... graded as typed" "$screen" "✓ pass"
else
  expect_in "... graded as typed" "$screen" "✗ fail"
fi
T send-keys -t drill C-c
wait_for "[exit 0]" || true

finish
