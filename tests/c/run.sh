#!/usr/bin/env bash
# The C suite of libvpncert. Builds the library and the emulator, then:
#  - compiles every C test with -std=c11 -Wall -Wextra -Wpedantic -Werror and runs it against the
#    emulator under AddressSanitizer + LeakSanitizer + UBSan, and again under valgrind memcheck;
#  - compiles a C++ file including the header with -Wall -Wextra -Wpedantic -Werror and runs it;
#  - builds the README example through pkg-config (build tree, and installed by ffi-c/install.sh),
#    statically, and through CMake's find_package, and runs each against the emulator.
# Installs what it needs (valgrind, pkg-config, cmake) when missing. Exits non-zero on any failure.
# With --setup it only installs and builds (scripts/test.sh runs that before it enters the
# loopback-only network namespace, where the rest runs).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
target="${CARGO_TARGET_DIR:-$root/target}"
lib="$target/debug"
work="$target/c-tests"
rm -rf "$work"
mkdir -p "$work"

step() { printf '\n--> %s\n' "$*"; }

missing=()
for tool in cc c++ valgrind pkg-config cmake; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
  step "installing ${missing[*]}"
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    echo "tests/c/run.sh needs: ${missing[*]} (install them; apt-get is not usable here)" >&2
    exit 1
  fi
  pkgs=()
  for tool in "${missing[@]}"; do
    case "$tool" in
      cc) pkgs+=(gcc) ;;
      c++) pkgs+=(g++) ;;
      *) pkgs+=("$tool") ;;
    esac
  done
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" >/dev/null
fi

step "cargo build -p vpncert-ffi -p vpncert-emulator"
cargo build -p vpncert-ffi -p vpncert-emulator
if [[ "${1:-}" == --setup ]]; then exit 0; fi
export VPNCERT_EMULATOR="$lib/vpncert-emulator"

cflags=(-std=c11 -Wall -Wextra -Wpedantic -Werror -g -pthread -I"$root/include")
sanitize=(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
link=(-L"$lib" -Wl,-rpath,"$lib" -lvpncert)
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

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

step "the ABI: SONAME libvpncert.so.0, exports exactly ffi-c/symbols.txt"
run "ABI as in ffi-c/symbols.txt" bash ffi-c/check-abi.sh "$lib/libvpncert.so"

step "the library exports exactly the functions the header declares"
exported="$(nm -D --defined-only "$lib/libvpncert.so" | awk '{print $3}' | sort)"
declared="$(grep -E '^[A-Za-z].*[ *]vpncert_[a-z0-9_]+\(' "$root/include/vpncert.h" |
  sed -E 's/.*[ *](vpncert_[a-z0-9_]+)\(.*/\1/' | sort)"
if [[ "$exported" == "$declared" ]]; then
  echo "$(wc -l <<<"$exported") functions"
  passed=$((passed + 1))
else
  diff <(echo "$exported") <(echo "$declared") >&2 || true
  echo "FAILED: exports differ from include/vpncert.h (< library, > header)" >&2
  failed=$((failed + 1))
  failures+=("exports match the header")
fi

# generated/test_contract.c is written by `cargo xtask gen` from spec/api.toml.
tests=(test_args test_lifecycle test_errors test_threads test_security test_family generated/test_contract)

step "compile the C tests (C11, warnings are errors), plain and with sanitizers"
for t in "${tests[@]}"; do
  cc "${cflags[@]}" -Itests/c "${sanitize[@]}" "tests/c/$t.c" tests/c/harness.c "${link[@]}" -o "$work/${t##*/}.asan"
  cc "${cflags[@]}" -Itests/c -O1 "tests/c/$t.c" tests/c/harness.c "${link[@]}" -o "$work/${t##*/}"
done

step "run under AddressSanitizer, LeakSanitizer and UBSan"
for t in "${tests[@]}"; do
  run "${t##*/} (asan)" "$work/${t##*/}.asan"
done

step "run under valgrind memcheck"
for t in "${tests[@]}"; do
  run "${t##*/} (valgrind)" valgrind --quiet --error-exitcode=99 --leak-check=full \
    --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
    "$work/${t##*/}"
done

step "the header from C99, C11, C17 and C++ (11, 17), warnings as errors"
for std in c99 c11 c17; do
  run "header as $std" cc -std=$std -Wall -Wextra -Wpedantic -Werror -fsyntax-only \
    -I"$root/include" -x c "$root/include/vpncert.h"
done
for std in c++11 c++17; do
  run "header as $std" c++ -std=$std -Wall -Wextra -Wpedantic -Werror -fsyntax-only \
    -I"$root/include" -x c++ "$root/include/vpncert.h"
done
c++ -std=c++17 -Wall -Wextra -Wpedantic -Werror -I"$root/include" tests/c/test_cxx.cpp \
  "${link[@]}" -o "$work/test_cxx"
run "test_cxx" "$work/test_cxx"

step "the README example against an emulator: pkg-config, static, installed, CMake"
"$VPNCERT_EMULATOR" --listen 127.0.0.1:0 --quota 1000 >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
trap 'kill "$emulator_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  [[ -s "$work/emulator.out" ]] && grep -q '^listening on ' "$work/emulator.out" && break
  sleep 0.05
done
url="$(sed -n 's/^listening on //p' "$work/emulator.out" | head -n1)"
if [[ -z "$url" ]]; then
  echo "the emulator did not start:" >&2
  cat "$work/emulator.err" >&2
  exit 1
fi
expect_created() {
  local out
  out="$("$@" "$url")" || return 1
  echo "$out"
  [[ "$out" == created\ vsc-* ]]
}

# From the build tree: target/debug/vpncert.pc, written by the crate's build script.
export PKG_CONFIG_PATH="$lib"
cc -std=c11 -Wall -Wextra -Wpedantic -Werror tests/c/readme_example.c \
  $(pkg-config --cflags --libs vpncert) -o "$work/example_pc"
run "example via pkg-config (build tree)" expect_created "$work/example_pc"

# Static: libvpncert.a plus the system libraries of Libs.private; no libvpncert.so needed.
cc -std=c11 -Wall -Wextra -Wpedantic -Werror tests/c/readme_example.c \
  $(pkg-config --cflags vpncert) "$lib/libvpncert.a" \
  $(pkg-config --static --libs-only-l vpncert | sed 's/-lvpncert//') -o "$work/example_static"
run "example linked statically" expect_created "$work/example_static"
run "static example does not load libvpncert.so" bash -c "! ldd '$work/example_static' | grep -q libvpncert"

# Installed: ffi-c/install.sh into a prefix, then pkg-config and CMake from there, with nothing
# else: the .pc file's rpath and CMake's imported target must be enough to run the programs.
bash ffi-c/install.sh "$work/prefix" debug
export PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig"
cc -std=c11 -Wall -Wextra -Wpedantic -Werror tests/c/readme_example.c \
  $(pkg-config --cflags --libs vpncert) -o "$work/example_installed"
run "example via pkg-config (installed)" expect_created "$work/example_installed"
cmake -S tests/c/cmake -B "$work/cmake" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS="-Wall -Wextra -Werror" >"$work/cmake.log"
cmake --build "$work/cmake" >>"$work/cmake.log"
run "example via CMake find_package (shared)" expect_created "$work/cmake/create_shared"
run "example via CMake find_package (static)" expect_created "$work/cmake/create_static"

echo
if ((failed)); then
  printf 'failed: %s\n' "${failures[@]}" >&2
fi
echo "c: $passed passed, $failed failed"
((failed == 0))
