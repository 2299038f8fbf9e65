#!/usr/bin/env bash
# The Debian package: cpack -G DEB from the binary's build directory makes drill_<version>_<arch>.deb
# with the right control fields, the files in their places under /usr, dependencies this machine
# satisfies and a conflict with ldnsutils (Debian's DNS tool, also /usr/bin/drill); installed
# with dpkg into a throwaway root, it runs from /usr with nothing of the source or build tree.
#
# The package is built in a temporary directory (cpack -B), so the build directory is left as it
# was for the tests running beside this one. dpkg installs it into a root whose package database
# holds this machine's entries for the libraries drill depends on, so Depends and Conflicts are
# checked by dpkg itself. bwrap (bubblewrap) then makes that root the filesystem's root, with this
# machine's /usr/lib and /etc and the few tools the test uses bound into it: drill runs as
# /usr/bin/drill, and the source tree, which the binary would otherwise fall back to, is not
# there. Where bwrap cannot make a namespace (some containers), the test says so and runs the
# installed <root>/usr/bin/drill in place instead, checking with a probe script that it reads the
# package's plugins. A sanitizer build is skipped: the package is made from the normal build.
DRILL=$1
case "$DRILL" in */*) DRILL=$(cd "$(dirname "$DRILL")" && pwd)/$(basename "$DRILL") ;; esac
source "$(dirname "$0")/lib.sh"
BUILD=$(dirname "$DRILL")

if grep -qE '^DRILL_SANITIZE:BOOL=(ON|1|TRUE|YES)$' "$BUILD/CMakeCache.txt" 2>/dev/null; then
  echo "1..0 # SKIP a sanitizer build: the package is built and checked from the normal build"
  exit 0
fi
for tool in cpack dpkg dpkg-deb; do
  command -v "$tool" >/dev/null || { not_ok "$tool is installed" "the Debian package needs it"; finish; exit; }
done
if [ ! -f "$BUILD/CPackConfig.cmake" ]; then
  not_ok "the build directory has CPackConfig.cmake" "configure $BUILD again with cmake"
  finish
  exit
fi

# ---------------------------------------------------------------- building it
version=$("$DRILL" --version | head -1 | sed 's/^drill //')
arch=$(dpkg --print-architecture)
mkdir -p "$TMP/pkg"
cpack_out=$(cpack --config "$BUILD/CPackConfig.cmake" -G DEB -B "$TMP/pkg" 2>&1)
rc=$?
deb="$TMP/pkg/drill_${version}_${arch}.deb"
[ "$rc" -eq 0 ] && [ -f "$deb" ] && ok "cpack -G DEB makes drill_${version}_${arch}.deb" ||
  { not_ok "cpack -G DEB makes drill_${version}_${arch}.deb" "exit $rc" "$cpack_out" "$(ls "$TMP/pkg")"; finish; exit; }

# ---------------------------------------------------------------- what it says
field() { dpkg-deb -f "$deb" "$1"; }
expect_eq "Package: drill" "$(field Package)" drill
expect_eq "Version: what drill --version says" "$(field Version)" "$version"
expect_eq "Architecture: this machine's" "$(field Architecture)" "$arch"
expect_eq "Section: education" "$(field Section)" education
expect_in "Maintainer: a name and an address" "$(field Maintainer)" "<"
expect_in "Description: one line, then more" "$(field Description)" "machine-learning theory interviews"
expect_eq "Conflicts: ldnsutils (its /usr/bin/drill is a DNS tool)" "$(field Conflicts)" ldnsutils
depends=$(field Depends)
# each shared library the binary loads (Lua, PCRE2, SQLite and libedit are linked into it from
# their static archives unless built with DRILL_STATIC_DEPS=OFF): the package that ships it
needed=$(readelf -d "$DRILL" | sed -nE 's/.*\(NEEDED\).*\[(.*)\]/\1/p')
[ -n "$needed" ] || not_ok "readelf lists the shared libraries drill loads" "$(readelf -d "$DRILL" 2>&1)"
for so in $needed; do
  path=$(ldd "$DRILL" | awk -v so="$so" '$1 == so { print $3 }')
  pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -1 | cut -d: -f1)
  [ -n "$pkg" ] || pkg=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1)
  expect_in "Depends names ${pkg:-the package of $so} (drill loads $so)" ", $depends," ", ${pkg:-?} "
done
# every dependency is installed here, at a version that satisfies it
unmet=""
IFS=',' read -ra deps <<<"$depends"
for d in "${deps[@]}"; do
  d=$(sed -E 's/^ +| +$//g' <<<"$d")
  name=${d%% *}
  have=$(dpkg-query -W -f='${Version}' "$name" 2>/dev/null | head -1)
  rel=$(sed -nE 's/.*\((<<|<=|=|>=|>>) *([^)]+)\).*/\1 \2/p' <<<"$d")
  if [ -z "$have" ]; then
    unmet+=" $d (not installed)"
  elif [ -n "$rel" ] && ! dpkg --compare-versions "$have" "${rel%% *}" "${rel#* }"; then
    unmet+=" $d (have $have)"
  fi
done
expect_eq "every dependency is satisfied on this machine" "$unmet" ""

# ---------------------------------------------------------------- what it holds
contents=$(dpkg-deb -c "$deb" | awk '{ print $1, $2, $NF }')
paths=$(awk '{ print $3 }' <<<"$contents" | sed 's|^\./|/|')
has() { # name path
  grep -qxF "$2" <<<"$paths" && ok "the package has $2 ($1)" || not_ok "the package has $2 ($1)" "$(head -40 <<<"$paths")"
}
has "the binary" /usr/bin/drill
has "a mode" /usr/share/drill/plugins/rapidfire.lua
has "a tool" /usr/share/drill/plugins/check.lua
has "the plugins' library" /usr/share/drill/plugins/lib/cli.lua
has "a grader" /usr/share/drill/plugins/graders/keyword.lua
has "a bank" /usr/share/drill/banks/rapid-fire.json
has "drill(1), gzipped" /usr/share/man/man1/drill.1.gz
has "drill-scripts(7), gzipped" /usr/share/man/man7/drill-scripts.7.gz
has "bash completion" /usr/share/bash-completion/completions/drill
has "zsh completion" /usr/share/zsh/vendor-completions/_drill
has "fish completion" /usr/share/fish/vendor_completions.d/drill.fish
has "the README" /usr/share/doc/drill/README.md
has "the copyright file Debian asks for" /usr/share/doc/drill/copyright
has "the command-line manual" /usr/share/doc/drill/docs/cli.md
has "the answers/ examples the README names" /usr/share/doc/drill/answers/human-grades.csv
expect_eq "every bank is in it" "$(grep -c '^/usr/share/drill/banks/[^/]*\.json$' <<<"$paths")" \
  "$(find "$ROOT/banks" -maxdepth 1 -name '*.json' | wc -l)"
expect_eq "every plugin is in it" "$(grep -c '^/usr/share/drill/plugins/.*\.lua$' <<<"$paths")" \
  "$(find "$ROOT/plugins" -name '*.lua' | wc -l)"
expect_eq "nothing outside /usr" "$(grep -vE '^/(usr(/.*)?)?$' <<<"$paths")" ""
expect_eq "no test binary in it" "$(grep -E '/test_|/fuzz_' <<<"$paths")" ""
expect_eq "everything owned by root" "$(awk '$2 != "root/root"' <<<"$contents")" ""
expect_in "the binary is executable by all" "$(grep ' \./usr/bin/drill$' <<<"$contents")" "-rwxr-xr-x"
dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./usr/bin/drill >"$TMP/drill.bin"
expect_eq "the binary is stripped" "$(readelf -S "$TMP/drill.bin" | grep -cE '\.(symtab|debug_info)')" 0

# ---------------------------------------------------------------- installing it with dpkg
# dpkg_root DIR: an empty root whose package database has this machine's entries for the
# packages drill depends on (their files are this machine's, bound in below)
dpkg_root() {
  mkdir -p "$1/var/lib/dpkg/info" "$1/var/lib/dpkg/updates"
  : >"$1/var/lib/dpkg/status"
  for d in "${deps[@]}"; do
    name=$(sed -E 's/^ +//; s/[ (].*//' <<<"$d")
    { dpkg-query -s "$name" 2>/dev/null; echo; } >>"$1/var/lib/dpkg/status"
    for list in $(dpkg-query -W -f='${Package}:${Architecture}\n' "$name" 2>/dev/null) "$name"; do
      : >"$1/var/lib/dpkg/info/$list.list"
    done
  done
}
dpkg_in() { dpkg --root="$1" --force-not-root --force-bad-path --log=/dev/null --no-triggers "${@:2}"; }

R="$TMP/root"
dpkg_root "$R"
out=$(dpkg_in "$R" -i "$deb" 2>&1)
rc=$?
[ "$rc" -eq 0 ] && ok "dpkg installs it, its Depends met" || not_ok "dpkg installs it, its Depends met" "exit $rc" "$out"
expect_eq "dpkg lists it installed" "$(dpkg-query --admindir="$R/var/lib/dpkg" -W -f='${Status} ${Version}' drill 2>&1)" \
  "install ok installed $version"

# a stand-in for Debian's ldnsutils, with its /usr/bin/drill
mkdir -p "$TMP/ldns/DEBIAN" "$TMP/ldns/usr/bin"
printf 'Package: ldnsutils\nVersion: 1.8.3-1\nArchitecture: all\nMaintainer: none <none@example.invalid>\nDescription: stand-in\n' \
  >"$TMP/ldns/DEBIAN/control"
printf '#!/bin/sh\necho "a DNS tool"\n' >"$TMP/ldns/usr/bin/drill"
chmod 755 "$TMP/ldns/usr/bin/drill"
dpkg-deb --root-owner-group -b "$TMP/ldns" "$TMP/ldnsutils.deb" >/dev/null
C="$TMP/root-ldns"
dpkg_root "$C"
dpkg_in "$C" -i "$TMP/ldnsutils.deb" >/dev/null 2>&1
out=$(dpkg_in "$C" -i "$deb" 2>&1)
rc=$?
[ "$rc" -ne 0 ] && ok "dpkg refuses it beside ldnsutils" || not_ok "dpkg refuses it beside ldnsutils" "exit 0: $out"
expect_in "... naming the conflict" "$out" "conflicts with ldnsutils"
expect_eq "... and ldnsutils' /usr/bin/drill is left alone" "$("$C/usr/bin/drill")" "a DNS tool"
if out=$(dpkg_in "$R" -i "$TMP/ldnsutils.deb" 2>&1); then
  not_ok "dpkg refuses ldnsutils beside it" "$out"
else
  ok "dpkg refuses ldnsutils beside it"
fi

# ---------------------------------------------------------------- running what was installed
sandbox=()
if command -v bwrap >/dev/null && bwrap --ro-bind / / --dev /dev true 2>/dev/null; then
  # $R as the root: /usr/bin/drill and /usr/share/* are the package's; the libraries, /etc and
  # the tools the test runs are this machine's; the source and build trees are not there
  ln -s usr/lib "$R/lib" && ln -s usr/bin "$R/bin"
  sandbox=(bwrap --bind "$R" / --ro-bind /usr/lib /usr/lib
    --ro-bind /etc /etc --dev /dev --proc /proc --tmpfs /tmp --dir /tmp/home --dir /tmp/work --chdir /tmp/work
    --clearenv --setenv PATH /usr/bin --setenv HOME /tmp/home --setenv XDG_STATE_HOME /tmp/home/state
    --setenv NO_COLOR 1 --setenv LANG C.UTF-8 --setenv TERM dumb --setenv MANPAGER cat --setenv PAGER cat
    --setenv MANWIDTH 80)
  [ -d /usr/lib64 ] && ln -s usr/lib64 "$R/lib64" && sandbox+=(--ro-bind /usr/lib64 /usr/lib64)
  for dir in /usr/share/zoneinfo /usr/share/groff /usr/share/man-db; do
    [ -d "$dir" ] && sandbox+=(--ro-bind "$dir" "$dir")
  done
  for tool in bash sh cat grep head ls sed col mandoc man groff nroff troff grotty tbl preconv zcat gzip; do
    t=$(command -v "$tool") && sandbox+=(--ro-bind "$(readlink -f "$t")" "/usr/bin/$tool")
  done
  inside() { "${sandbox[@]}" bash -c "$1"; }
  usr=/usr
  echo "# installed at /usr in a bwrap sandbox rooted at the dpkg root"
  expect_eq "the source tree is not there" "$(inside "test -e '$ROOT/plugins' && echo there || echo gone")" gone
  expect_eq "/usr/bin/drill is the package's" "$(inside 'command -v drill')" /usr/bin/drill
else
  # no namespaces here: the installed binary in place, from a directory outside the source tree
  mkdir -p "$TMP/work"
  inside() { (cd "$TMP/work" && PATH="$R/usr/bin:$PATH" XDG_STATE_HOME="$TMP/work/state" bash -c "$1"); }
  usr=$R/usr
  echo "# bwrap cannot make a sandbox here: ran $R/usr/bin/drill in place"
  printf -- '-- a probe\nprint("the package'"'"'s plugins")\n' >"$R/usr/share/drill/plugins/zz-probe.lua"
  expect_eq "the installed drill runs the package's plugins" "$(inside 'drill zz-probe')" "the package's plugins"
  rm -f "$R/usr/share/drill/plugins/zz-probe.lua"
fi

# run_in 'SHELL COMMAND': runs it where the package is installed; sets out (stdout and stderr), rc
run_in() {
  out=$(inside "$1"' 2>&1; echo "exit $?"')
  rc=${out##*exit }
  [[ "$rc" =~ ^[0-9]+$ ]] || rc=255
  out=${out%exit *}
  err=$out
}
run_in 'drill --version'
expect_rc "drill --version exits 0" 0
expect_eq "... and says the package's version" "$(head -1 <<<"$out")" "drill $version"
run_in 'drill -V'
expect_eq "drill -V too" "$(head -1 <<<"$out")" "drill $version"
run_in 'drill --help'
expect_eq "drill --help lists the package's scripts" "$(grep -c '^  [a-z]*\.lua  ' <<<"$out")" \
  "$(find "$ROOT/plugins" -maxdepth 1 -name '*.lua' | wc -l)"
run_in 'drill list.lua'
expect_rc "drill list.lua exits 0" 0
expect_in "... listing the package's banks" "$out" "core.bias-variance"
run_in 'drill lint.lua'
expect_rc "drill lint.lua finds the installed banks and plugins sound" 0
run_in "printf 'answer one\\n\\nanswer two\\n\\n' | drill --no-store --seed 3 rapidfire.lua --count 2"
expect_rc "a piped rapid-fire round exits 0" 0
expect_in "... asks two questions" "$out" "[2/2]"
expect_in "... and sums them up" "$out" "Summary"
run_in "printf 'x\\n' | drill rapidfire.lua --count 1 >/dev/null && ls \"\$XDG_STATE_HOME/drill\""
expect_in "the progress store goes to XDG_STATE_HOME" "$out" "progress.db"

# the installed man pages, as man finds them (mandoc where man-db is not installed)
if [ ${#sandbox[@]} -gt 0 ] && command -v man >/dev/null; then
  out=$(inside 'man drill 2>&1; echo "exit $?"')
  expect_in "man drill finds the installed page" "$out" "exit 0"
  expect_in "... drill(1)" "$out" "practise machine-learning theory interviews"
  out=$(inside 'man drill-scripts 2>&1; echo "exit $?"')
  expect_in "man drill-scripts finds the installed page" "$out" "exit 0"
  expect_in "... drill-scripts(7)" "$out" "DRILL-SCRIPTS(7)"
elif command -v mandoc >/dev/null; then
  out=$(mandoc -Tutf8 "$R/usr/share/man/man1/drill.1.gz" 2>&1)
  expect_in "mandoc reads the installed drill(1)" "$out" "practise machine-learning theory interviews"
  out=$(mandoc -Tutf8 "$R/usr/share/man/man7/drill-scripts.7.gz" 2>&1)
  expect_in "mandoc reads the installed drill-scripts(7)" "$out" "DRILL-SCRIPTS(7)"
else
  not_ok "man or mandoc to read the installed man pages" "install man-db or mandoc"
fi
out=$(inside "source $usr/share/bash-completion/completions/drill && complete -p drill" 2>&1)
expect_in "the installed bash completion registers itself for drill" "$out" "complete"

finish
