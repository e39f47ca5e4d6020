#!/usr/bin/env bash
# The C distribution as a user gets it: scripts/dist-c.sh makes the tarball; it is unpacked into a
# scratch prefix outside the checkout, and the README's C example is built there with the README's
# own commands (pkg-config, then CMake), each program run against an emulator on 127.0.0.1.
# Also checks the tarball's contents, the library's SONAME and links, and that nothing in the
# unpacked tree names the checkout. Installs cc, pkg-config and cmake when missing.
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
target="${CARGO_TARGET_DIR:-$root/target}"

step() { printf '\n--> %s\n' "$*"; }

missing=()
for tool in cc pkg-config cmake make; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
  step "installing ${missing[*]}"
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    echo "tests/c/dist.sh needs: ${missing[*]} (install them; apt-get is not usable here)" >&2
    exit 1
  fi
  pkgs=()
  for tool in "${missing[@]}"; do
    case "$tool" in
      cc) pkgs+=(gcc) ;;
      *) pkgs+=("$tool") ;;
    esac
  done
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" >/dev/null
fi

passed=0
failed=0
failures=()
run() {
  local name="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "FAILED: $name" >&2
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

step "scripts/dist-c.sh"
tarball="$(bash scripts/dist-c.sh | tail -n1)"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)"
name="libvpncert-$version-linux-$(uname -m)"
[[ "$tarball" == "$root/dist/$name.tar.gz" && -f "$tarball" ]] || {
  echo "dist-c.sh did not write dist/$name.tar.gz (it said: $tarball)" >&2
  exit 1
}
echo "$tarball ($(du -h "$tarball" | cut -f1))"

# Outside the checkout, as a user's project would be (scripts/test.sh points TMPDIR into target/).
base="${TMPDIR:-/tmp}"
case "$(realpath "$base")/" in "$root"/*) base=/tmp ;; esac
scratch="$(mktemp -d "$base/vpncert-dist-c-XXXXXX")"
emulator_pid=""
cleanup() {
  [[ -n "$emulator_pid" ]] && kill "$emulator_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
case "$scratch" in "$root"/*)
  echo "the scratch directory $scratch is inside the checkout" >&2
  exit 1 ;;
esac

step "the tarball's contents"
want="$(printf '%s\n' \
  "$name/" \
  "$name/README.md" \
  "$name/include/" \
  "$name/include/vpncert.h" \
  "$name/lib/" \
  "$name/lib/cmake/" \
  "$name/lib/cmake/vpncert/" \
  "$name/lib/cmake/vpncert/vpncertConfig.cmake" \
  "$name/lib/cmake/vpncert/vpncertConfigVersion.cmake" \
  "$name/lib/libvpncert.a" \
  "$name/lib/libvpncert.so" \
  "$name/lib/libvpncert.so.0" \
  "$name/lib/libvpncert.so.$version" \
  "$name/lib/pkgconfig/" \
  "$name/lib/pkgconfig/vpncert.pc" \
  "$name/symbols.txt" | LC_ALL=C sort)"
have="$(tar -tzf "$tarball" | LC_ALL=C sort)"
if [[ "$have" == "$want" ]]; then
  passed=$((passed + 1))
else
  diff <(echo "$want") <(echo "$have") >&2 || true
  echo "FAILED: the tarball's files (< wanted, > found)" >&2
  failed=$((failed + 1))
  failures+=("tarball contents")
fi

# Unpacked as the README says, from the directory holding the tarball.
PREFIX="$scratch/prefix"
readme_c="$(awk '/^## C and C\+\+/{on=1; next} /^## /{on=0} on' README.md)"
untar="$(grep -o 'mkdir -p "$PREFIX" && tar -xzf .*' <<<"$readme_c" | head -n1)"
[[ -n "$untar" ]] || { echo "README.md's C section shows no tar command" >&2; exit 1; }
untar="${untar//VERSION/$version}"
step "unpack: $untar"
(cd "$(dirname "$tarball")" && PREFIX="$PREFIX" bash -c "$untar")

lib="$PREFIX/lib"
run "libvpncert.so.0 is the SONAME" \
  bash -c "objdump -p '$lib/libvpncert.so.$version' | grep -Eq 'SONAME +libvpncert\\.so\\.0\$'"
run "libvpncert.so -> libvpncert.so.0 -> libvpncert.so.$version" bash -c \
  "[[ \$(readlink '$lib/libvpncert.so') == libvpncert.so.0 && \$(readlink '$lib/libvpncert.so.0') == libvpncert.so.$version ]]"
run "the unpacked library exports what ffi-c/symbols.txt lists" \
  bash ffi-c/check-abi.sh "$lib/libvpncert.so.$version"
run "nothing in the unpacked tree names the checkout" bash -c "! grep -rIl -- '$root' '$PREFIX'"

step "an emulator on 127.0.0.1"
emulator="$target/debug/vpncert-emulator"
[[ -x "$emulator" ]] || cargo build -p vpncert-emulator --bin vpncert-emulator
"$emulator" --listen 127.0.0.1:0 >"$scratch/emulator.out" 2>"$scratch/emulator.err" &
emulator_pid=$!
for _ in $(seq 1 300); do
  grep -q '^listening on ' "$scratch/emulator.out" 2>/dev/null && break
  sleep 0.05
done
url="$(sed -n 's/^listening on //p' "$scratch/emulator.out" | head -n1)"
if [[ -z "$url" ]]; then
  echo "the emulator did not start:" >&2
  cat "$scratch/emulator.err" >&2
  exit 1
fi
echo "$url"

# The README's commands, run as written (PORT is the emulator's) in a project directory outside
# the checkout holding the README's program as create.c. No LD_LIBRARY_PATH: the programs must
# find the library by themselves.
readme_commands() { # the README C section's lines that start with $1
  awk -v p="$1" 'index($0, p) == 1' <<<"$readme_c" | sed -e 's/[[:space:]]\{2,\}#.*$//' \
    -e "s|http://127.0.0.1:PORT|$url|g"
}
run_readme() { # name, directory, line prefixes...
  local what="$1" dir="$2" prefix line out
  shift 2
  for prefix in "$@"; do
    line="$(readme_commands "$prefix")"
    if [[ -z "$line" ]]; then
      echo "README.md's C section has no command starting with '$prefix'" >&2
      return 1
    fi
    echo "\$ $line"
    out="$(cd "$dir" && env -u LD_LIBRARY_PATH PREFIX="$PREFIX" bash -c "$line" 2>&1)" || {
      echo "$out" >&2
      return 1
    }
    echo "$out"
  done
  [[ "$out" == created\ vsc-* ]] || { echo "$what: did not create a certificate" >&2; return 1; }
}

step "the README example with pkg-config"
app="$scratch/app-pkg-config"
mkdir -p "$app"
cp tests/c/readme_example.c "$app/create.c"
run "README example via pkg-config, from the unpacked tarball" \
  run_readme pkg-config "$app" "cc -std=c11 create.c" "./a.out "
loads_from_prefix() { # program: the libvpncert it loads is the prefix's
  local loaded
  loaded="$(env -u LD_LIBRARY_PATH ldd "$1" | awk '$1 == "libvpncert.so.0" {print $3}')"
  [[ -n "$loaded" && "$(realpath "$loaded")" == "$(realpath "$lib/libvpncert.so.$version")" ]] || {
    echo "$1 loads '${loaded:-nothing}', not $lib/libvpncert.so.0" >&2
    return 1
  }
}
run "the pkg-config program loads the prefix's libvpncert.so.0" loads_from_prefix "$app/a.out"

step "the README example with CMake"
app="$scratch/app-cmake"
mkdir -p "$app"
cp tests/c/readme_example.c "$app/create.c"
awk '/^```cmake$/{on=1; next} /^```$/{on=0} on' <<<"$readme_c" >"$app/CMakeLists.txt"
if grep -q 'find_package(vpncert' "$app/CMakeLists.txt"; then
  run "README example via CMake, from the unpacked tarball" \
    run_readme cmake "$app" "cmake -S . -B build" "build/create "
  run "the CMake program loads the prefix's libvpncert.so.0" loads_from_prefix "$app/build/create"
else
  echo "FAILED: README.md's C section shows no CMakeLists.txt" >&2
  failed=$((failed + 1))
  failures+=("README CMakeLists.txt")
fi

echo
if ((failed)); then
  printf 'failed: %s\n' "${failures[@]}" >&2
fi
echo "c dist: $passed passed, $failed failed"
((failed == 0))
