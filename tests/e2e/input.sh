#!/usr/bin/env bash
# Answers read from standard input are cut while they are read: an endless or huge line costs
# time, never memory, and the answers after it are read intact.
DRILL=$1
source "$(dirname "$0")/lib.sh"
READ="$ROOT/tests/e2e/term_read.lua"
MINI="$FIX/banks/mini"
LIMIT=65536

# max_rss_kib FILE: the peak memory GNU time wrote to FILE
max_rss_kib() { tail -1 "$1"; }

# a 10 MB line, then a second answer
{ head -c $((10 * 1024 * 1024)) /dev/zero | tr '\0' a; printf '\n\nsecond answer\n\n'; } >"$TMP/10mb.txt"
out=$("$DRILL" --trust --no-store "$READ" <"$TMP/10mb.txt" 2>"$TMP/stderr" | grep '^answer')
rc=$?
expect_eq "a 10 MB line is cut at the answer limit" "$(sed -n 1p <<<"$out" | cut -d' ' -f3-4)" "$LIMIT bytes"
expect_in "... and says it was cut" "$(sed -n 1p <<<"$out")" " cut "
expect_eq "the answer after a 10 MB line is read intact" "$(sed -n 2p <<<"$out")" \
  "answer 2: 13 bytes hex=$(printf 'second answer' | od -An -tx1 | tr -d ' \n')"
expect_eq "two answers, no more" "$(grep -c '^answer [0-9]' <<<"$out")" 2

# what </dev/zero sends (bounded here so the test ends): NULs and no line end. The old reader held
# the whole line (2 GB from /dev/zero); now the peak stays far below the 256 MiB streamed.
if [ -x /usr/bin/time ]; then
  head -c $((256 * 1024 * 1024)) /dev/zero |
    /usr/bin/time -o "$TMP/rss" -f '%M' "$DRILL" --trust --no-store "$READ" >"$TMP/zero.out" 2>"$TMP/stderr"
  rc=${PIPESTATUS[1]}
  expect_rc "256 MiB of NULs with no line end: exit 0" 0
  expect_in "... one answer, cut at the limit" "$(tr -d '\0' <"$TMP/zero.out" | grep '^answer 1')" "$LIMIT bytes cut"
  rss=$(max_rss_kib "$TMP/rss")
  if [ "$rss" -lt $((100 * 1024)) ]; then ok "... read in bounded memory (peak $rss KiB)"
  else not_ok "... read in bounded memory" "peak $rss KiB"; fi
else
  not_ok "GNU time is needed to measure memory" "/usr/bin/time not found"
fi

# the same through a drill mode: the answer is graded, the cut is said, the run ends normally
head -c $((64 * 1024 * 1024)) /dev/zero >"$TMP/zeros"
out=$("$DRILL" --no-store --seed 3 --bank "$MINI" rapidfire.lua --count 1 <"$TMP/zeros" 2>"$TMP/stderr" | tr -d '\0')
rc=${PIPESTATUS[0]}
expect_rc "rapidfire on /dev/zero-like input exits 0" 0
expect_in "rapidfire says the answer was cut" "$out" "(answer cut at the length limit)"
expect_eq "nothing on standard error" "$(cat "$TMP/stderr")" ""

# a long line of many-byte characters is cut on a character boundary
{ for _ in $(seq 3000); do printf '€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€'; done; printf 'x\n\n'; } >"$TMP/euro.txt"
out=$("$DRILL" --trust --no-store "$READ" <"$TMP/euro.txt" 2>/dev/null | grep '^answer 1')
expect_in "a line of 3-byte characters is cut to whole characters" "$out" "$((LIMIT - LIMIT % 3)) bytes cut"

finish
