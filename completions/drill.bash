# bash completion for drill(1): drill's own options, the script names (built-in and in
# DRILL_PATH), each script's options as 'drill help SCRIPT' lists them, and the question
# ids, lessons, topics and levels of the banks 'drill list.lua --format json' reads.
# Works with or without the bash-completion package: source it, or install it as
# <datadir>/bash-completion/completions/drill.

# 'drill help SCRIPT' -> a line per option: --name TAB kind TAB choices (or -) TAB
# description, then "@pos TAB kind" for the positional arguments. kind: flag, choice, id,
# id:FORMAT, lesson, topic, level, format, file, none. Choices come from the usage line
# (--format text|json) or from a description that is only a list of words ("text
# (default), json or tap"). The two awk programs are the same in drill.bash, _drill and
# drill.fish.
# shellcheck disable=SC2016 # an awk program, not shell
_drill_help_awk='
BEGIN { OFS = sprintf("%c", 9) }
function strip(w) { gsub(/[][()]/, "", w); sub(/[.][.][.]$/, "", w); return w }
/^usage: drill / {
  n = split($0, t, " ")
  for (i = 4; i <= n; i++) {
    w = strip(t[i]); p = t[i - 1]; pw = strip(p)
    if (i > 4 && pw ~ /^--/ && p !~ /[])]$/) {
      if (w ~ /^[a-z][a-z0-9-]*([|][a-z][a-z0-9-]*)+$/) { c = w; gsub(/[|]/, " ", c); choice[substr(pw, 3)] = c }
    } else if (w ~ /^[A-Z]/ && pos == "") {
      pos = w ~ /^(FILE|PATH|DIR)/ ? "file" : w == "ID" ? "id" : "none"
    }
  }
  next
}
/^Options:/ { opts = 1; next }
opts && /^  --[A-Za-z0-9]/ {
  line = substr($0, 3); match(line, /^--[A-Za-z0-9-]+/)
  name = substr(line, 3, RLENGTH - 2); rest = substr(line, RLENGTH + 1); meta = ""
  if (rest ~ /^ [A-Z]/) { rest = substr(rest, 2); match(rest, /^[^ ]+/); meta = substr(rest, 1, RLENGTH); rest = substr(rest, RLENGTH + 1) }
  sub(/^ +/, "", rest); c = choice[name]
  if (c == "" && meta != "") {
    d = rest; gsub(/ [(](the )?default[)]/, "", d)
    if (d ~ /^[a-z][a-z0-9-]*(, [a-z][a-z0-9-]*)*,? or [a-z][a-z0-9-]*$/) { gsub(/,? or |, /, " ", d); c = d }
  }
  if (meta == "") kind = "flag"
  else if (c != "") kind = "choice"
  else if (name == "question") kind = "id"
  else if (name == "scenario" || name == "derivation") kind = "id:" name
  else if (name == "lesson" || name == "topic" || name == "level") kind = name
  else if (name == "question-format") kind = "format"
  else if (meta ~ /^(FILE|PATH|DIR)/) kind = "file"
  else kind = "none"
  print "--" name, kind, c == "" ? "-" : c, rest
}
END { print "@pos", pos == "" ? "none" : pos }'

# 'drill list.lua --format json' -> the values of one field, each once: want=id (with
# fmt=FORMAT: only questions of that format; desc=1: TAB and the prompt), lesson, topic, level.
# shellcheck disable=SC2016
_drill_list_awk='
BEGIN { tab = sprintf("%c", 9); q = sprintf("%c", 34); bs = sprintf("%c", 92) }
function emit(   i, v) {
  if (want == "id") {
    if (fmt == "" || val["format"] == fmt) print val["id"] (desc ? tab val["prompt"] : "")
    return
  }
  if (want == "level") { for (i = 1; i <= nl; i++) if (!seen[lv[i]]++) print lv[i]; return }
  v = val[want]; if (v != "" && !seen[v]++) print v
}
/^  [{]/ { split("", val); nl = 0; next }
/^    "[a-z_]+": "/ {
  k = $0; sub(/^    "/, "", k); sub(/".*/, "", k)
  v = $0; sub(/^    "[a-z_]+": "/, "", v); sub(/",?$/, "", v); gsub(bs bs q, q, v); val[k] = v; next
}
/^      "/ { v = $0; sub(/^ *"/, "", v); sub(/",?$/, "", v); lv[++nl] = v; next }
/^  [}]/ { emit() }'

# _drill_values DRILL BANKARGS... -- WANT [FORMAT]: the values of a field of the banks.
_drill_values() {
  local IFS=$' \t\n' drill=$1
  shift
  local banks=()
  while (($#)) && [[ $1 != -- ]]; do banks+=("$1"); shift; done
  shift
  "$drill" --no-store "${banks[@]}" list.lua --format json </dev/null 2>/dev/null |
    awk -v want="$1" -v fmt="${2-}" "$_drill_list_awk"
}

# _drill_scripts DRILL: the built-in script names, then *.lua in each DRILL_PATH directory.
_drill_scripts() {
  "$1" --help </dev/null 2>/dev/null | awk '/^Built-in scripts:/ { b = 1; next } b && /^  [^ ]/ { print $1 }'
  local dir f IFS=:
  for dir in ${DRILL_PATH-}; do
    for f in "$dir"/*.lua; do
      [[ -f $f ]] && printf '%s\n' "${f##*/}"
    done
  done
}

# _drill_unquote WORD: a word as typed, without its quotes and with ~/ expanded
_drill_unquote() {
  local w=$1
  if [[ $w == \'*\' || $w == \"*\" ]]; then w=${w:1:${#w}-2}; fi
  # shellcheck disable=SC2088 # a literal ~/ as typed, expanded here
  [[ $w == "~/"* ]] && w=$HOME/${w#"~/"}
  printf '%s' "$w"
}

_drill_files() {
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen -f -- "$1")
}

_drill() {
  COMPREPLY=()
  local IFS=$' \t\n'
  local cword=$COMP_CWORD cur=${COMP_WORDS[COMP_CWORD]} prev=
  ((cword > 0)) && prev=${COMP_WORDS[cword - 1]}
  # COMP_WORDS splits --name=value at '=': complete the value of --name
  if [[ $cur == = ]]; then
    cur=
  elif [[ $prev == = ]] && ((cword > 1)); then
    prev=${COMP_WORDS[cword - 2]}
  fi

  local drill
  drill=$(_drill_unquote "${COMP_WORDS[0]}")
  command -v "$drill" >/dev/null 2>&1 || return 0

  # drill's own options come first, then the script (or 'help SCRIPT'), then its arguments
  local i=1 w v script='' sidx=0 help='' banks=()
  while ((i < cword)); do
    w=${COMP_WORDS[i]}
    case $w in
      --bank | --store | --seed)
        v=$((i + 1))
        [[ ${COMP_WORDS[v]-} == = ]] && v=$((v + 1))
        [[ $w == --bank && v -lt cword ]] && banks+=(--bank "$(_drill_unquote "${COMP_WORDS[v]}")")
        i=$((v + 1))
        continue
        ;;
      --)
        if ((i + 1 < cword)); then script=${COMP_WORDS[i + 1]}; sidx=$((i + 1)); fi
        break
        ;;
      -*) ;;
      help)
        if [[ -z $help ]]; then help=1; else script=$w; sidx=$i; break; fi
        ;;
      *)
        script=$w
        sidx=$i
        break
        ;;
    esac
    i=$((i + 1))
  done

  if [[ -z $script ]]; then
    if [[ -n $help ]] || [[ $prev == -- && $cur != -* ]]; then
      :
    else
      case $prev in
        --bank | --store) _drill_files "$cur"; return 0 ;;
        --seed) return 0 ;;
      esac
      if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W '--bank --seed --store --no-store --trust --no-color --version --help --' -- "$cur")
        return 0
      fi
    fi
    if [[ $cur == */* ]]; then
      _drill_files "$cur"
      return 0
    fi
    local names
    names=$(_drill_scripts "$drill")
    [[ -z $help ]] && names+=$'\nhelp'
    mapfile -t COMPREPLY < <(compgen -W "$names" -- "$cur")
    return 0
  fi
  [[ -n $help ]] && return 0

  # after the script: its options, as its own --help lists them
  local spec name k c kind='' choices='' pos=none dashdash='' opts=()
  spec=$("$drill" --no-store help "$(_drill_unquote "$script")" </dev/null 2>/dev/null | awk "$_drill_help_awk")
  for ((i = sidx + 1; i < cword; i++)); do [[ ${COMP_WORDS[i]} == -- ]] && dashdash=1; done
  while IFS=$'\t' read -r name k c _; do
    if [[ $name == @pos ]]; then
      pos=$k
    elif [[ $name == --* ]]; then
      opts+=("$name")
      [[ $name == "$prev" && $k != flag && -z $dashdash ]] && { kind=$k; choices=$c; }
    fi
  done <<<"$spec"
  if [[ -z $kind ]]; then
    if [[ -z $dashdash && ($cur == -* || $pos == none) ]]; then
      mapfile -t COMPREPLY < <(compgen -W "${opts[*]}" -- "$cur")
      return 0
    fi
    kind=$pos
  fi
  case $kind in
    choice) mapfile -t COMPREPLY < <(compgen -W "$choices" -- "$cur") ;;
    file) _drill_files "$cur" ;;
    id) mapfile -t COMPREPLY < <(compgen -W "$(_drill_values "$drill" "${banks[@]}" -- id)" -- "$cur") ;;
    id:*) mapfile -t COMPREPLY < <(compgen -W "$(_drill_values "$drill" "${banks[@]}" -- id "${kind#id:}")" -- "$cur") ;;
    lesson | topic | level | format)
      mapfile -t COMPREPLY < <(compgen -W "$(_drill_values "$drill" "${banks[@]}" -- "$kind")" -- "$cur")
      ;;
  esac
  return 0
}

complete -F _drill drill
