#!/usr/bin/env bash
# Grading speed side by side: `drill check.lua` at --jobs 1 and 2 (--no-cache: every answer
# graded, none read back from an earlier run) against the plain Python reference grader of the
# same rubrics (scripts/ref-grader.py), on FILES answer files of ANSWERS distinct answers each,
# ROUNDS times, the three taking turns, so a change in the machine's speed weighs on each alike;
# then start-up against a bare `lua5.4 -e ''`, and what grading one file's answers costs once
# their rubrics are ready (the least a first check of that file can take beyond start-up).
# Reports answers per second in each round and the median ratio with its range, peak memory
# (largest process, largest of the rounds; and of a first run, with an empty cache directory), how
# often drill and the reference agree, and what two independent runs side by side give on this
# machine (the most --jobs 2 can).
#   scripts/bench-grading.sh [FILES] [ANSWERS] [ROUNDS]    (default 400 x 50, 3 rounds; run scripts/setup.sh first)
set -euo pipefail
export LC_ALL=C # a '.' in $EPOCHREALTIME
cd "$(dirname "$0")/.."
files=${1:-400}
answers=${2:-50}
rounds=${3:-3}
[ -x build/drill ] || { echo "bench-grading: build first (scripts/setup.sh)" >&2; exit 66; }
command -v /usr/bin/time >/dev/null || {
  echo "bench-grading: installing GNU time"; apt-get install -y -qq time >/dev/null; }
command -v lua5.4 >/dev/null || { # the bare interpreter start-up is measured against
  echo "bench-grading: installing lua5.4"; apt-get install -y -qq lua5.4 >/dev/null; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build/drill --trust --seed 1 scripts/gen-answers.lua "$tmp/answers" "$files" "$answers"
total=$((files * answers))

rate() { # label wall kib
  awk -v l="$1" -v n="$total" -v w="$2" -v k="$3" \
    'BEGIN { printf "%-22s %6d answers in %6.2f s = %7.0f answers/s, peak memory %6.1f MiB\n", l, n, w, n / w, k / 1024 }'
}
# a first run, with a cache directory of its own, empty: what CI does on a fresh clone (it reads
# every bank file and prepares every pattern, and keeps them); only its peak memory is reported
/usr/bin/time -f '%e %M' -o "$tmp/time" env DRILL_CACHE="$tmp/first" build/drill --no-store check.lua \
  --no-cache --jobs 2 --format json --output "$tmp/first.json" "$tmp/answers" >/dev/null || true
read -r _ kib < <(tail -n 1 "$tmp/time")
awk -v k="$kib" 'BEGIN { printf "first run (an empty cache directory), --jobs 2: peak memory %.1f MiB\n", k / 1024 }'
# one run first, as any earlier run of drill does: it keeps the banks and their patterns read and
# prepared in the cache directory, so the timed runs measure grading, not a first run's setting up
build/drill --no-store check.lua --no-cache --jobs 2 --format json --output "$tmp/warm.json" "$tmp/answers" \
  >/dev/null || true
ratios1=() ratios2=() speedups=() mem1=0 mem2=0
for round in $(seq "$rounds"); do
  for jobs in 1 2; do
    /usr/bin/time -f '%e %M' -o "$tmp/time" build/drill --no-store check.lua --no-cache --jobs "$jobs" \
      --format json --output "$tmp/drill.json" "$tmp/answers" >/dev/null || true
    read -r wall kib < <(tail -n 1 "$tmp/time")
    rate "drill --jobs $jobs" "$wall" "$kib"
    [ "$jobs" = 1 ] && drill1=$wall && mem1=$((kib > mem1 ? kib : mem1))
    [ "$jobs" = 2 ] && drill2=$wall && mem2=$((kib > mem2 ? kib : mem2))
  done
  /usr/bin/time -f '%e %M' -o "$tmp/time" python3 scripts/ref-grader.py banks "$tmp/answers" >"$tmp/py.json"
  read -r pywall kib < <(tail -n 1 "$tmp/time")
  rate "python reference" "$pywall" "$kib"
  ratios1+=("$(awk -v a="$pywall" -v b="$drill1" 'BEGIN { printf "%.2f", a / b }')")
  ratios2+=("$(awk -v a="$pywall" -v c="$drill2" 'BEGIN { printf "%.2f", a / c }')")
  speedups+=("$(awk -v b="$drill1" -v c="$drill2" 'BEGIN { printf "%.2f", b / c }')")
  echo "round $round of $rounds: drill is ${ratios1[-1]}x the reference at --jobs 1, ${ratios2[-1]}x at --jobs 2; --jobs 2 is ${speedups[-1]}x --jobs 1"
done
spread() { # values... -> "median (min-max)"
  printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {printf "%.1fx (%.1f-%.1fx)", a[int((NR + 1) / 2)], a[1], a[NR]}'
}
echo "over $rounds rounds, median (range): drill is $(spread "${ratios1[@]}") the reference at --jobs 1," \
  "$(spread "${ratios2[@]}") at --jobs 2; --jobs 2 is $(spread "${speedups[@]}") --jobs 1;" \
  "peak memory $(awk -v a="$mem1" -v b="$mem2" 'BEGIN { printf "%.1f / %.1f MiB", a / 1024, b / 1024 }') (--jobs 1 / 2)"
# What two processes at once cost on this machine, apart from drill's own work: one --jobs 1 run
# on half the files alone, then two such runs, one on each half, side by side.
mkdir -p "$tmp/half1" "$tmp/half2"
n=0
for f in "$tmp/answers"/*; do
  n=$((n + 1))
  cp "$f" "$tmp/half$((n % 2 + 1))/"
done
half() { build/drill --no-store check.lua --no-cache --jobs 1 --format json --output "$tmp/$1.json" "$tmp/$1" >/dev/null || true; }
s=$(date +%s%N); half half1; e=$(date +%s%N)
alone=$(((e - s) / 1000000))
s=$(date +%s%N); half half1 & half half2 & wait; e=$(date +%s%N)
both=$(((e - s) / 1000000))
awk -v a="$alone" -v b="$both" 'BEGIN { printf "two --jobs 1 runs on half the files each, side by side: %.2f s; one alone: %.2f s (%.2fx)\n", b / 1000, a / 1000, 2 * a / b }'
python3 - "$tmp/drill.json" "$tmp/py.json" <<'EOF'
import json, sys
d, p = (json.load(open(f)) for f in sys.argv[1:3])
ref = {(f["path"], a["id"]): a.get("pass") for f in p["files"] for a in f["answers"]}
n = agree = 0
for f in d["files"]:
    for a in f["answers"]:
        r = ref.get((f["path"], a["id"]))
        if a.get("status") in ("pass", "fail") and r is not None:
            n += 1
            agree += (a["status"] == "pass") == r
print(f"verdicts agree on {agree} of {n} answers ({100 * agree / max(n, 1):.1f}%): drill adds the thesaurus, typos and own words")
EOF

# start-up: the commands take turns, run after run, so a change in the machine's load weighs
# on each alike; each one's median. One member's file is checked as on a first run (--no-cache:
# every answer graded) and as checked again unchanged (its results kept, in a cache directory
# of its own, filled by the run before the timed ones).
one=$(ls "$tmp/answers" | sed -n 1p) # sed reads it all: head would end ls early (SIGPIPE)
DRILL_CACHE="$tmp/cache" build/drill --no-store check.lua "$tmp/answers/$one" >/dev/null || true
# what grading that file's answers costs once their rubrics are ready, apart from start-up and
# preparing the rubrics: the file checked alone, and with a twin that answers the same questions
# in other words (each answer with a sentence added), at --jobs 1; the difference is the twin's
mkdir -p "$tmp/alone" "$tmp/twins"
cp "$tmp/answers/$one" "$tmp/alone/a.md"
cp "$tmp/answers/$one" "$tmp/twins/a.md"
awk '/^#/ || !NF { print; next } { print $0 " That is the gist of it." }' "$tmp/answers/$one" \
  >"$tmp/twins/b.md"
declare -A times
for _ in $(seq 21); do
  for c in lua list one again alone twins; do
    s=$EPOCHREALTIME # the shell's own clock: reading it starts no process to be timed too
    case $c in
    lua) lua5.4 -e '' ;;
    list) build/drill --no-store list.lua ;;
    one) build/drill --no-store check.lua --no-cache "$tmp/answers/$one" || true ;;
    again) DRILL_CACHE="$tmp/cache" build/drill --no-store check.lua "$tmp/answers/$one" || true ;;
    alone | twins) build/drill --no-store check.lua --no-cache --jobs 1 "$tmp/$c" || true ;;
    esac >/dev/null 2>&1
    e=$EPOCHREALTIME
    times[$c]+="$((${e/./} - ${s/./})) "
  done
done
median_ms() { # name
  printf '%s\n' ${times[$1]} | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}
lua_ms=$(median_ms lua) list_ms=$(median_ms list) one_ms=$(median_ms one) again_ms=$(median_ms again)
alone_ms=$(median_ms alone) twins_ms=$(median_ms twins)
echo "start-up, median of 21 runs of each, taking turns:"
printf '  %-58s %8s ms\n' "lua5.4 -e ''" "$lua_ms" \
  "drill --no-store list.lua" "$list_ms" \
  "drill --no-store check.lua --no-cache (one file, $answers answers)" "$one_ms" \
  "drill --no-store check.lua (the same file checked again)" "$again_ms"
awk -v l="$list_ms" -v o="$one_ms" -v a="$again_ms" -v b="$lua_ms" \
  'BEGIN { printf "list.lua takes %.2fx the time of lua5.4 -e '"''"', check.lua on one file %.2fx, checked again %.2fx\n", l / b, o / b, a / b }'
awk -v o="$alone_ms" -v t="$twins_ms" -v b="$lua_ms" -v n="$answers" 'BEGIN {
  printf "grading %d answers once their rubrics are ready (--jobs 1: the file alone %.1f ms, with a twin %.1f ms): %.1f ms, %.2fx lua5.4 -e '"''"'\n", n, o, t, t - o, (t - o) / b }'
