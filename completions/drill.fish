# fish completion for drill(1): drill's own options, the script names (built-in and in
# DRILL_PATH), each script's options as 'drill help SCRIPT' lists them, and the question
# ids, lessons, topics and levels of the banks 'drill list.lua --format json' reads.
# Source it, or install it as <datadir>/fish/vendor_completions.d/drill.fish.

# 'drill help SCRIPT' -> a line per option: --name TAB kind TAB choices (or -) TAB
# description, then "@pos TAB kind" for the positional arguments. kind: flag, choice, id,
# id:FORMAT, lesson, topic, level, format, file, none. Choices come from the usage line
# (--format text|json) or from a description that is only a list of words ("text
# (default), json or tap"). The two awk programs are the same in drill.bash, _drill and
# drill.fish.
set -g __drill_help_awk '
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
set -g __drill_list_awk '
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


# __drill_values DRILL BANKARGS... -- WANT [FORMAT [DESC]]: the values of a field of the banks
function __drill_values
    set -l drill $argv[1]
    set -e argv[1]
    set -l banks
    while set -q argv[1]; and test "$argv[1]" != --
        set -a banks $argv[1]
        set -e argv[1]
    end
    set -e argv[1]
    $drill --no-store $banks list.lua --format json </dev/null 2>/dev/null |
        awk -v want="$argv[1]" -v fmt="$argv[2]" -v desc="$argv[3]" $__drill_list_awk
end

# __drill_value PREFIX KIND CHOICES DRILL BANKARGS...: the value of an option, each
# candidate after PREFIX (--name= when the value is in the same word)
function __drill_value
    set -l prefix $argv[1]
    set -l kind $argv[2]
    set -l choices $argv[3]
    set -l drill $argv[4]
    set -l banks $argv[5..-1]
    set -l cur (commandline -ct)
    switch $kind
        case choice
            for c in (string split ' ' -- $choices)
                printf '%s%s\n' $prefix $c
            end
        case file
            set -l path $cur
            test -n "$prefix"; and set path (string sub -s (math (string length -- $prefix) + 1) -- $cur)
            for p in (__fish_complete_path $path)
                printf '%s%s\n' $prefix $p
            end
        case 'id*'
            for line in (__drill_values $drill $banks -- id (string replace -r '^id:?' '' -- $kind) 1)
                printf '%s%s\n' $prefix $line
            end
        case lesson topic level format
            for v in (__drill_values $drill $banks -- $kind)
                printf '%s%s\n' $prefix $v
            end
    end
end

function __drill_complete
    set -l words (commandline -opc)
    set -l cur (commandline -ct)
    set -l drill (string replace -r '^~/' "$HOME/" -- $words[1])
    command -q $drill; or test -x "$drill"; or return
    # drill's own options come first, then the script (or 'help SCRIPT'), then its arguments
    set -l n (count $words)
    set -l i 2
    set -l script
    set -l sidx 0
    set -l help
    set -l banks
    while test $i -le $n
        set -l w $words[$i]
        test -n "$help"; and return
        switch $w
            case --bank --store --seed
                if test $w = --bank; and test $i -lt $n
                    set -a banks --bank (string replace -r '^~/' "$HOME/" -- $words[(math $i + 1)])
                end
                set i (math $i + 1)
            case '--bank=*'
                set -a banks (string replace -r '^--bank=~/' "--bank=$HOME/" -- $w)
            case --
                if test $i -lt $n
                    set sidx (math $i + 1)
                    set script $words[$sidx]
                end
                break
            case '-*'
            case help
                set help 1
            case '*'
                set script $w
                set sidx $i
                break
        end
        set i (math $i + 1)
    end
    set -l prev $words[-1]

    if test -z "$script"
        if test -z "$help"; and test "$prev" != --
            switch $prev
                case --bank --store
                    __fish_complete_path $cur
                    return
                case --seed
                    return
            end
            if string match -qr -- '^--(bank|store)=' $cur
                __drill_value (string match -r -- '^--[a-z]+=' $cur) file '' $drill
                return
            end
            if string match -q -- '-*' $cur
                printf '%s\t%s\n' --bank 'load question banks from PATH (repeatable)' \
                    --seed 'same seed, same questions in the same order' \
                    --store 'the progress store' \
                    --no-store 'do not read or record progress' \
                    --trust 'run the script without the plugin sandbox' \
                    --no-color 'no colour, even on a terminal' \
                    --version 'print the version and exit' \
                    --help 'print the help and exit'
                return
            end
        end
        if string match -q -- '*/*' $cur
            __fish_complete_path $cur
            return
        end
        $drill --help </dev/null 2>/dev/null |
            awk '/^Built-in scripts:/ { b = 1; next } b && /^  [^ ]/ { n = $1; sub(/^  [^ ]+ +/, ""); print n "\t" $0 }'
        for dir in (string split : -- "$DRILL_PATH")
            test -n "$dir"; or continue
            for f in $dir/*.lua
                test -f $f; or continue
                set -l about (head -n 1 -- $f 2>/dev/null | string replace -rf -- '^-- ' '')
                printf '%s\t%s\n' (string replace -r '.*/' '' -- $f) "$about"
            end
        end
        test -z "$help"; and printf 'help\tprint the options of a script\n'
        return
    end
    test -n "$help"; and return

    # after the script: its options, as its own --help lists them
    set -l spec ($drill --no-store help $script </dev/null 2>/dev/null | awk $__drill_help_awk)
    set -l dashdash
    for j in (seq (math $sidx + 1) $n)
        test "$words[$j]" = --; and set dashdash 1
    end
    set -l pos none
    set -l options
    for line in $spec
        set -l f (string split \t -- $line)
        if test "$f[1]" = @pos
            set pos $f[2]
            continue
        end
        set -a options "$f[1]"\t"$f[4]"
        if test -z "$dashdash"
            # the value of this option: in the same word (--name=...) or the next
            if test $f[2] != flag
                if string match -q -- "$f[1]=*" $cur
                    __drill_value "$f[1]=" $f[2] $f[3] $drill $banks
                    return
                else if test "$prev" = "$f[1]"
                    __drill_value '' $f[2] $f[3] $drill $banks
                    return
                end
            end
        end
    end
    if test -z "$dashdash"
        if string match -q -- '-*' $cur; or test $pos = none
            printf '%s\n' $options
            return
        end
    end
    __drill_value '' $pos '' $drill $banks
end

complete -c drill -f -a '(__drill_complete)'
