#!/usr/bin/env bash
# Sets drill up on Debian 12: installs the packages it needs (only those
# missing; apt-get update first) and builds it in build/. Safe to run again.
#   scripts/setup.sh          what drill needs to build and run
#   scripts/setup.sh --test   also what the test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config liblua5.4-dev libcjson-dev libpcre2-dev
  libsqlite3-dev libedit-dev check)
build_type=RelWithDebInfo
for a in "$@"; do
  case "$a" in
    --test) packages+=(tmux jq libxml2-utils perl lua5.4 lua-check clang clang-format python3-jsonschema python3-yaml chromium
      mandoc zsh fish bash-completion bubblewrap) ;;
    --help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup.sh: unknown option '$a'" >&2; exit 64 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
echo "setup: built $(build/drill --version | head -1) in build/"
