#!/usr/bin/env bash
# A report larger than the 16 MiB a guest plugin may print: the built-in tools' own output is not
# a guest's, so check.lua writes it whole (valid JSON) and exits with its report's code.
DRILL=$1
source "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

# every question of the built-in banks, unanswered, in 700 files: about 17 MiB of JSON, no grading
"$DRILL" --no-store list.lua --format json | jq -r '.[].id' >"$TMP/ids"
mkdir "$TMP/answers"
"$PY" - "$TMP/ids" "$TMP/answers" <<'PYEOF'
import sys
ids = open(sys.argv[1]).read().split()
body = "".join("## %s\n\n" % i for i in ids)
for k in range(700):
    with open("%s/member-%04d.md" % (sys.argv[2], k), "w") as f:
        f.write(body)
PYEOF
n=$(wc -l <"$TMP/ids")

"$DRILL" --no-store check.lua --format json "$TMP/answers" >"$TMP/report.json" 2>"$TMP/stderr"
rc=$?
err=$(head -c 400 "$TMP/stderr")
out=""
expect_rc "a report over 16 MiB: exit 1 (answers unanswered), not an error" 1
size=$(stat -c %s "$TMP/report.json")
[ "$size" -gt $((16 * 1024 * 1024)) ] && ok "the report is over 16 MiB ($size bytes)" \
  || not_ok "the report is over 16 MiB" "$size bytes"
got=$("$PY" -c 'import json,sys; d=json.load(sys.stdin); print(len(d["files"]), d["summary"]["answers"], d["summary"]["unanswered"])' \
  <"$TMP/report.json" 2>&1 | tail -1)
expect_eq "the report is one valid JSON document with every file and answer" "$got" "700 $((700 * n)) $((700 * n))"
expect_eq "nothing on standard error" "$err" ""

finish
