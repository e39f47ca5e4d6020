#!/usr/bin/env bash
# Installs libvpncert for C and C++ programs:
#   PREFIX/include/vpncert.h
#   PREFIX/lib/libvpncert.so.VERSION, with the links libvpncert.so.0 (its SONAME) and libvpncert.so
#   PREFIX/lib/libvpncert.a
#   PREFIX/lib/pkgconfig/vpncert.pc
#   PREFIX/lib/cmake/vpncert/vpncertConfig.cmake (+ ConfigVersion)
# (on macOS: libvpncert.dylib and libvpncert.a).
#
# Usage: ffi-c/install.sh [--relocatable] [--no-rpath] PREFIX [PROFILE]
#   PROFILE         release (default) or debug: which build of target/ to install
#   --relocatable   vpncert.pc finds the prefix from its own location (${pcfiledir}), so the tree
#                   may be moved or unpacked anywhere (scripts/dist-c.sh uses it)
#   --no-rpath      leave the run-time path out of vpncert.pc's Libs (for a prefix the loader
#                   already searches, or when you run ldconfig yourself); it is left out for /usr
# Build first: cargo build --release -p vpncert-ffi
#
# Programs built with `pkg-config --cflags --libs vpncert` then run as they are: Libs carries
# -Wl,-rpath,${libdir}. CMake's imported target vpncert::vpncert gives the build tree's programs
# the same path (CMake's build rpath).
set -euo pipefail

usage() {
  echo "usage: $0 [--relocatable] [--no-rpath] PREFIX [release|debug]" >&2
  exit 2
}
relocatable=0
rpath=1
while [[ $# -gt 0 && "$1" == --* ]]; do
  case "$1" in
    --relocatable) relocatable=1 ;;
    --no-rpath) rpath=0 ;;
    *) usage ;;
  esac
  shift
done
[[ $# -ge 1 && $# -le 2 ]] || usage
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
prefix="$1"
profile="${2:-release}"
case "$profile" in release | debug) ;; *) usage ;; esac
target="${CARGO_TARGET_DIR:-$root/target}/$profile"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -n1)"
abi_major=0

case "$(uname -s)" in
  Darwin) built=libvpncert.dylib
          libs_private="-framework Security -framework CoreFoundation -liconv -lSystem -lc -lm" ;;
  *)      built=libvpncert.so
          libs_private="-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc" ;;
esac
for f in "$target/$built" "$target/libvpncert.a"; do
  if [[ ! -f "$f" ]]; then
    flag=""; [[ "$profile" == release ]] && flag=" --release"
    echo "$f is missing: run 'cargo build$flag -p vpncert-ffi' first" >&2
    exit 1
  fi
done

mkdir -p "$prefix/include" "$prefix/lib/pkgconfig" "$prefix/lib/cmake/vpncert"
prefix="$(cd "$prefix" && pwd)"
lib="$prefix/lib"
install -m 0644 "$root/include/vpncert.h" "$prefix/include/vpncert.h"
install -m 0644 "$target/libvpncert.a" "$lib/libvpncert.a"
if [[ "$built" == libvpncert.so ]]; then
  # The real file carries the full version; the SONAME link is what programs load, the bare
  # name is what the linker finds for -lvpncert. Links are relative: the tree can move.
  rm -f "$lib/libvpncert.so" "$lib/libvpncert.so.$abi_major"
  install -m 0755 "$target/libvpncert.so" "$lib/libvpncert.so.$version"
  ln -s "libvpncert.so.$version" "$lib/libvpncert.so.$abi_major"
  ln -s "libvpncert.so.$abi_major" "$lib/libvpncert.so"
else
  install -m 0755 "$target/$built" "$lib/$built"
fi

if ((relocatable)); then
  pc_prefix='${pcfiledir}/../..'
else
  pc_prefix="$prefix"
fi
[[ "$prefix" == /usr ]] && rpath=0
if ((rpath)); then pc_rpath=' -Wl,-rpath,${libdir}'; else pc_rpath=''; fi
sed -e "s|@PREFIX@|$pc_prefix|" \
    -e 's|@LIBDIR@|${prefix}/lib|' \
    -e 's|@INCLUDEDIR@|${prefix}/include|' \
    -e "s|@VERSION@|$version|" \
    -e "s|@RPATH@|$pc_rpath|" \
    -e "s|@LIBS_PRIVATE@|$libs_private|" \
    "$here/vpncert.pc.in" > "$lib/pkgconfig/vpncert.pc"
sed -e "s|@ABI_MAJOR@|$abi_major|" "$here/cmake/vpncertConfig.cmake.in" \
    > "$lib/cmake/vpncert/vpncertConfig.cmake"
sed -e "s|@VERSION@|$version|" "$here/cmake/vpncertConfigVersion.cmake.in" \
    > "$lib/cmake/vpncert/vpncertConfigVersion.cmake"
chmod 0644 "$lib/pkgconfig/vpncert.pc" "$lib/cmake/vpncert/"*.cmake
echo "installed libvpncert $version into $prefix"
