#!/usr/bin/env bash
# The README's commands work in a fresh clone: every `build/drill ...` command of its code blocks
# (the drill part of a quick-start line too) runs from the top of a new checkout, in the README's
# order, with build/drill the binary under test, and exits as the README implies.
#
# The checkout is a `git clone` of HEAD when the work tree is clean, as in CI; with uncommitted
# changes it is a copy of the files a commit would hold (tracked and untracked, not ignored), so
# the test checks what is about to be committed. Progress goes to a throwaway store; drills read
# their answers from a pipe.
DRILL=$1
case "$DRILL" in */*) DRILL=$(cd "$(dirname "$DRILL")" && pwd)/$(basename "$DRILL") ;; esac
source "$(dirname "$0")/lib.sh"

# ---------------------------------------------------------------- the checkout
clone="$TMP/clone"
git_ok() { git -C "$ROOT" "$@" 2>/dev/null; }
copy_files() { # copy the NUL-separated paths on stdin from $ROOT to $clone
  mkdir -p "$clone" && (cd "$ROOT" && tar --null -T - --ignore-failed-read -cf - 2>/dev/null) | tar -xf - -C "$clone"
}
if [ "$(git_ok rev-parse --show-toplevel)" = "$ROOT" ]; then
  if [ -z "$(git_ok status --porcelain)" ] && git clone -q "$ROOT" "$clone" 2>/dev/null; then
    echo "# a clone of HEAD ($(git -C "$clone" rev-parse --short HEAD))"
  else
    git_ok ls-files -z --cached --others --exclude-standard | copy_files
    echo "# the work tree has uncommitted changes: a copy of its tracked and untracked files"
  fi
else
  (cd "$ROOT" && find . \( -path ./build -o -path './build-*' -o -path ./.git \) -prune -o \
    \( -type f -print0 \)) | copy_files
  echo "# not a git checkout: a copy of the source tree without its build directories"
fi
[ -f "$clone/README.md" ] && [ ! -e "$clone/build" ] && ok "a fresh checkout, with no build/ in it" ||
  not_ok "a fresh checkout, with no build/ in it" "$(ls -a "$clone" 2>&1 | head -20)"
# build/drill is the binary under test, reading the checkout's plugins and banks as a binary
# built in it would: a copy of it, with its share/drill beside it pointing into the checkout.
mkdir -p "$TMP/inst/bin" "$TMP/inst/share/drill" "$clone/build"
cp "$DRILL" "$TMP/inst/bin/drill"
ln -s "$clone/plugins" "$TMP/inst/share/drill/plugins"
ln -s "$clone/banks" "$TMP/inst/share/drill/banks"
ln -s "$TMP/inst/bin/drill" "$clone/build/drill"
printf 'print("from the checkout")\n' >"$TMP/inst/probe.lua"

# ---------------------------------------------------------------- the commands
# Every line of a code block that runs build/drill; of a line chained with &&, the parts that
# run it (`bash scripts/setup.sh && build/drill rapidfire.lua` -> `build/drill rapidfire.lua`);
# a trailing `# comment` goes.
commands=()
while IFS= read -r line; do
  line=$(sed -E 's/[[:space:]]+#.*$//' <<<"$line")
  rest=$line
  while [ -n "$rest" ]; do
    part=${rest%%&&*}
    [ "$part" = "$rest" ] && rest="" || rest=${rest#*&&}
    part=$(sed -E 's/^[[:space:]]+|[[:space:]]+$//g' <<<"$part")
    grep -qE '(^|[[:space:];|(])build/drill([[:space:]]|$)' <<<"$part" && commands+=("$part")
  done
done < <(awk '/^[[:space:]]*```/ { inblock = !inblock; next }
  inblock && /(^|[[:space:];&|(])build\/drill([[:space:]]|$)/' "$clone/README.md")

# The exit a command is expected to give when it is not 0, with the reason the README gives.
# checking the template just written finds every answer empty: a graded failure, exit 1
declare -A expect=(
  ["build/drill check.lua answers/"]=1
)
# what each command must leave behind, beyond its exit
declare -A leaves=(
  ["build/drill export.lua --anki deck.txt"]=deck.txt
)

[ "${#commands[@]}" -ge 15 ] && ok "README.md names ${#commands[@]} build/drill commands" ||
  not_ok "README.md names at least 15 build/drill commands" "found ${#commands[@]}: ${commands[*]}"
for c in "${!expect[@]}" "${!leaves[@]}"; do
  printf '%s\n' "${commands[@]}" | grep -qxF -- "$c" && ok "the README still has: $c" ||
    not_ok "the README still has: $c" "this test expects something of it: update the table in readme.sh"
done

# answers for the drills that ask: a few, then the end of input
printf 'It depends on the bias and the variance.\n\nI do not know.\n\nRegularisation.\n\n' >"$TMP/answers.txt"
# the README's dates stand for a day ahead, whenever the test runs: 30 days from today
ahead=$(date -d '+30 days' +%Y-%m-%d)

for c in "${commands[@]}"; do
  run=$(sed -E "s/\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b/$ahead/g" <<<"$c")
  want=${expect[$c]:-0}
  # the timeout only stops a hang: on a loaded machine the sanitizer build's first lint.lua of the
  # banks took over 60 s
  out=$(cd "$clone" && timeout 300 bash -c "$run" <"$TMP/answers.txt" 2>"$TMP/stderr"); rc=$?
  err=$(cat "$TMP/stderr")
  if [ "$rc" -ne "$want" ]; then
    not_ok "$c" "exit $rc, expected $want" "stdout: ${out: -400}" "stderr: ${err:0:600}"
  elif [ -z "$out$err" ] && ! grep -qE '>[[:space:]]*[^[:space:]]+$' <<<"$c"; then
    not_ok "$c" "exit $rc but said nothing"
  else
    ok "$c (exit $rc)"
  fi
  # a command that writes a file (> FILE, or as listed above) leaves it, not empty
  file=$(sed -nE 's/.*>[[:space:]]*([^[:space:]]+)$/\1/p' <<<"$c")
  for f in $file ${leaves[$c]:-}; do
    [ -s "$clone/$f" ] && ok "... and writes $f" || not_ok "... and writes $f" "$(ls -la "$clone/$(dirname "$f")" | head)"
  done
done

# the commands ran on the checkout's own plugins
cp "$TMP/inst/probe.lua" "$clone/plugins/zz-probe.lua"
out=$(cd "$clone" && build/drill zz-probe 2>&1)
expect_eq "build/drill runs the checkout's plugins" "$out" "from the checkout"

# the examples the README names are real files of the checkout, in the formats their tools read
run --no-store calibrate.lua --format json "$clone/answers/human-grades.csv"
expect_rc "answers/human-grades.csv is read by calibrate.lua" 0
expect_eq "... every row of it, none skipped" "$(jq -c '[.rows, (.skipped | length)]' <<<"$out" 2>&1)" \
  "[$(($(wc -l <"$clone/answers/human-grades.csv") - 1)),0]"
IN="$clone/answers/l1-vs-l2.txt" run --no-store grade.lua --question core.l1-vs-l2
expect_rc "answers/l1-vs-l2.txt passes as the example answer it is" 0
run --no-store check.lua --format json "$clone/answers/"
expect_eq "check.lua answers/ grades the answer file written, none of the examples" \
  "$(jq -r '.files[].path' <<<"$out" 2>&1 | sed 's|.*/||')" "me.md"

finish
