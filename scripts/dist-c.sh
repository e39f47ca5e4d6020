#!/usr/bin/env bash
# Builds the C distribution of libvpncert:
#   dist/libvpncert-VERSION-linux-ARCH.tar.gz   (ARCH from uname -m, e.g. x86_64)
# holding one directory, libvpncert-VERSION-linux-ARCH/, laid out as an install prefix:
#   include/vpncert.h
#   lib/libvpncert.so.VERSION, lib/libvpncert.so.0 (the SONAME) and lib/libvpncert.so (links)
#   lib/libvpncert.a
#   lib/pkgconfig/vpncert.pc               relocatable: finds the prefix from its own location
#   lib/cmake/vpncert/vpncertConfig.cmake  (+ ConfigVersion), targets vpncert::vpncert(_static)
#   README.md, symbols.txt                 linking and the rules; the exported functions
# Unpack it anywhere (tar -xzf FILE -C PREFIX --strip-components=1) and build against it with
# pkg-config or CMake (see README.md). It builds the release library first
# (cargo build --release -p vpncert-ffi, a no-op when it is current) and checks its ABI
# (ffi-c/check-abi.sh). Prints the tarball's path on its last line.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
target="${CARGO_TARGET_DIR:-$root/target}"

if [[ "$(uname -s)" != Linux ]]; then
  echo "scripts/dist-c.sh makes the Linux tarball; on $(uname -s) use ffi-c/install.sh PREFIX" >&2
  exit 1
fi
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)"
name="libvpncert-$version-linux-$(uname -m)"

cargo build --release -p vpncert-ffi
bash ffi-c/check-abi.sh "$target/release/libvpncert.so"

stage="$target/dist-c"
rm -rf "$stage"
mkdir -p "$stage"
bash ffi-c/install.sh --relocatable "$stage/$name" release >/dev/null
install -m 0644 ffi-c/README.md "$stage/$name/README.md"
install -m 0644 ffi-c/symbols.txt "$stage/$name/symbols.txt"
# Nothing in the tree may point back into this checkout.
if grep -rIl -- "$root" "$stage/$name" >&2; then
  echo "scripts/dist-c.sh: the files above name $root" >&2
  exit 1
fi

mkdir -p dist
out="dist/$name.tar.gz"
# Stable contents for a given commit: sorted names, no owners, the commit's time.
mtime="@$(git log -1 --format=%ct 2>/dev/null || date +%s)"
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner --mtime="$mtime" \
  -czf "$out.tmp" "$name"
mv "$out.tmp" "$out"
rm -rf "$stage"
echo "$root/$out"
