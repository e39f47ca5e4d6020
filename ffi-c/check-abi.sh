#!/usr/bin/env bash
# Checks the ABI of a built libvpncert.so: its SONAME is libvpncert.so.0, and the functions it
# exports are exactly those listed in ffi-c/symbols.txt (committed; `cargo xtask gen` writes it
# from include/vpncert.h), so that adding, removing or renaming an exported function shows as a
# diff of that file in review, and a library that exports something else fails here.
#
# Usage: ffi-c/check-abi.sh [LIBRARY]      (default: target/debug/libvpncert.so)
# Build first: cargo build -p vpncert-ffi (tests/c/run.sh and scripts/dist-c.sh run this script on
# the library they built). Exits non-zero when something differs.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
lib="${1:-${CARGO_TARGET_DIR:-$root/target}/debug/libvpncert.so}"
list="$here/symbols.txt"
soname_want="libvpncert.so.0"

for tool in nm objdump; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check-abi: $tool is missing (install binutils)" >&2
    exit 1
  fi
done
if [[ ! -f "$lib" ]]; then
  echo "check-abi: $lib is missing: run 'cargo build -p vpncert-ffi' first" >&2
  exit 1
fi

status=0
soname="$(objdump -p "$lib" | awk '$1 == "SONAME" {print $2}')"
if [[ "$soname" != "$soname_want" ]]; then
  echo "check-abi: the SONAME of $lib is '${soname:-none}', not $soname_want" >&2
  status=1
fi

exported="$(nm -D --defined-only --format=posix "$lib" | awk '{print $1}' | LC_ALL=C sort -u)"
if grep -qv '^vpncert_' <<<"$exported"; then
  echo "check-abi: $lib exports symbols without the vpncert_ prefix:" >&2
  grep -v '^vpncert_' <<<"$exported" >&2
  status=1
fi


listed="$(grep -v '^#' "$list" | sed '/^[[:space:]]*$/d')"
if [[ "$listed" != "$(LC_ALL=C sort -u <<<"$listed")" ]]; then
  echo "check-abi: ffi-c/symbols.txt is not sorted (LC_ALL=C) one name per line" >&2
  status=1
fi
if [[ "$exported" != "$(LC_ALL=C sort -u <<<"$listed")" ]]; then
  echo "check-abi: the exports of $lib differ from ffi-c/symbols.txt (< listed, > exported):" >&2
  diff <(LC_ALL=C sort -u <<<"$listed") <(echo "$exported") >&2 || true
  echo "check-abi: a function in the header that the library lacks, or the reverse; run cargo xtask gen after changing ffi-c/src" >&2
  status=1
fi
if ((status == 0)); then
  echo "check-abi: $lib: SONAME $soname, $(wc -l <<<"$exported") exported functions as in ffi-c/symbols.txt"
fi
exit "$status"
