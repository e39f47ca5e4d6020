#!/usr/bin/env bash
# Installs libvpncert for C and C++ programs:
#   PREFIX/include/vpncert.h
#   PREFIX/lib/libvpncert.so, PREFIX/lib/libvpncert.a
#   PREFIX/lib/pkgconfig/vpncert.pc
#   PREFIX/lib/cmake/vpncert/vpncertConfig.cmake (+ ConfigVersion)
#
# Usage: ffi-c/install.sh PREFIX [PROFILE]     (PROFILE: release (default) or debug)
# Build first: cargo build --release -p vpncert-ffi
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 PREFIX [release|debug]" >&2
  exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
prefix="$1"
profile="${2:-release}"
target="${CARGO_TARGET_DIR:-$root/target}/$profile"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -n1)"

case "$(uname -s)" in
  Darwin) shared=libvpncert.dylib
          libs_private="-framework Security -framework CoreFoundation -liconv -lSystem -lc -lm" ;;
  *)      shared=libvpncert.so
          libs_private="-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc" ;;
esac
for f in "$target/$shared" "$target/libvpncert.a"; do
  if [[ ! -f "$f" ]]; then
    flag=""; [[ "$profile" == release ]] && flag=" --release"
    echo "$f is missing: run 'cargo build$flag -p vpncert-ffi' first" >&2
    exit 1
  fi
done

mkdir -p "$prefix/include" "$prefix/lib/pkgconfig" "$prefix/lib/cmake/vpncert"
prefix="$(cd "$prefix" && pwd)"
install -m 0644 "$root/include/vpncert.h" "$prefix/include/vpncert.h"
install -m 0755 "$target/$shared" "$prefix/lib/$shared"
install -m 0644 "$target/libvpncert.a" "$prefix/lib/libvpncert.a"
sed -e "s|@PREFIX@|$prefix|" \
    -e 's|@LIBDIR@|${prefix}/lib|' \
    -e 's|@INCLUDEDIR@|${prefix}/include|' \
    -e "s|@VERSION@|$version|" \
    -e 's|@RPATH@||' \
    -e "s|@LIBS_PRIVATE@|$libs_private|" \
    "$here/vpncert.pc.in" > "$prefix/lib/pkgconfig/vpncert.pc"
install -m 0644 "$here/cmake/vpncertConfig.cmake" "$prefix/lib/cmake/vpncert/vpncertConfig.cmake"
sed -e "s|@VERSION@|$version|" "$here/cmake/vpncertConfigVersion.cmake.in" \
    > "$prefix/lib/cmake/vpncert/vpncertConfigVersion.cmake"
echo "installed libvpncert $version into $prefix"
