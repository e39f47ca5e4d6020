#!/usr/bin/env bash
# The real-client suite: profiles written by vpncert (Rust, Python, C, the CLI, the roster's zip
# bundle) connect to a real OpenVPN server run from the emulator's configuration; a deleted
# certificate is refused by the server's CRL; after a rotation only the new profile connects;
# `vpncert lab` works end to end.
#
# Builds what it needs first (the CLI, libvpncert, the test binaries, a C program; the venv of
# tests/python/run.sh, reusing its vpncert when that has the lab API: VPNCERT_LAB_REINSTALL=1
# reinstalls it), then runs the tests inside a new network namespace that has only loopback
# (`unshare --net`, or `unshare --user --map-root-user --net` without root). Installs openvpn,
# iproute2 and util-linux through apt when missing. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
target="${CARGO_TARGET_DIR:-$root/target}"
venv="${VPNCERT_VENV:-.venv}"
work="$target/openvpn-tests"

step() { printf '\n--> %s\n' "$*"; }

if [[ "${1:-}" == "--inside" ]]; then
  ip link set lo up
  links="$(ip -o link show | awk -F': ' '{print $2}' | tr '\n' ' ')"
  echo "network namespace with: $links"
  if [[ "$links" != "lo " ]]; then
    echo "expected only loopback in the test namespace, found: $links" >&2
    exit 1
  fi
  export VPNCERT_CLI="$target/debug/vpncert"
  export VPNCERT_LAB_C_ISSUE="$work/issue_profile"
  step "Rust: profiles from the crate, the fallback profile, CRL, rotation (emulator/tests/openvpn_real.rs)"
  timeout 300 cargo test --offline --quiet -p vpncert-emulator --test openvpn_real -- --ignored
  step "CLI: vpncert lab (cli/tests/lab.rs)"
  timeout 300 cargo test --offline --quiet -p vpncert-cli --test lab -- --ignored
  step "Python, C, CLI, the roster's zip bundle, delete, rotation (tests/openvpn)"
  timeout 300 "$venv/bin/python" -m pytest -q -p no:cacheprovider tests/openvpn
  exit 0
fi

missing=()
command -v openvpn >/dev/null 2>&1 || [[ -x /usr/sbin/openvpn ]] || missing+=(openvpn)
command -v ip >/dev/null 2>&1 || missing+=(iproute2)
command -v unshare >/dev/null 2>&1 || missing+=(util-linux)
command -v cc >/dev/null 2>&1 || missing+=(gcc)
if ((${#missing[@]})); then
  step "installing ${missing[*]}"
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    echo "tests/openvpn/run.sh needs: ${missing[*]} (install them; apt-get is not usable here)" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
PATH="$PATH:/usr/sbin:/sbin"
openvpn --version | head -1

step "building the CLI, libvpncert and the test binaries"
cargo build --quiet -p vpncert-cli -p vpncert-ffi
cargo test --quiet --no-run -p vpncert-emulator --test openvpn_real
cargo test --quiet --no-run -p vpncert-cli --test lab
mkdir -p "$work"
cc -std=c11 -Wall -Wextra -Wpedantic -Werror -I"$root/include" tests/openvpn/issue_profile.c \
  -L"$target/debug" -Wl,-rpath,"$target/debug" -lvpncert -o "$work/issue_profile"

has_lab() {
  "$venv/bin/python" -c 'import pytest, vpncert.testing as t; t.Emulator.openvpn_server_config' \
    >/dev/null 2>&1
}
if [[ "${VPNCERT_LAB_REINSTALL:-}" == 1 ]] || ! has_lab; then
  step "installing vpncert into $venv"
  [[ -x "$venv/bin/python" ]] || "${PYTHON:-python3}" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "maturin>=1.9,<2" "pytest>=8"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps .
fi

step "entering a network namespace with only loopback"
if [[ $(id -u) -eq 0 ]]; then
  unshare --net -- bash "$0" --inside
else
  unshare --user --map-root-user --net -- bash "$0" --inside
fi
