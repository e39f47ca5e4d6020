#!/usr/bin/env bash
# Runs every test of the project: Rust (fmt, clippy, docs, unit, integration, end to end against the
# emulator), the C suite against libvpncert, and the Python suite (vpncert and the official SDKs'
# interop with the emulator) in a venv this script builds. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

# What the tests put in the system's temporary directory goes into a fresh one of this run, so
# that what they leave behind is checked at the end: no profile or private key may outlive a
# test's own temporary directory.
export TMPDIR="$PWD/target/test-tmp"
rm -rf "$TMPDIR"
mkdir -p "$TMPDIR"

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo xtask gen --check (generated files match spec/api.toml)"
cargo xtask gen --check

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo doc (broken links and doc warnings are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet

step "cargo test --workspace"
cargo test --workspace -- --skip soak_

step "soak: exactly once under faults (counts printed)"
cargo test -p vpncert --test soak -- --nocapture

step "C tests (tests/c)"
bash tests/c/run.sh

step "C distribution: scripts/dist-c.sh, the README's C example from the unpacked tarball"
bash tests/c/dist.sh

step "cargo package: vpncert and vpncert-emulator build from their packages"
bash scripts/package-crates.sh

step "Python tests (tests/python)"
bash tests/python/run.sh

step "real OpenVPN client (tests/openvpn, in a network namespace with only loopback)"
bash tests/openvpn/run.sh

step "no profile or private key left behind in $TMPDIR"
# pytest keeps the temporary directories of its last three runs (tmp_path): those are the
# tests' own, and this directory is made afresh by every run of this script.
left="$(find "$TMPDIR" -path "$TMPDIR/pytest-of-*" -prune -o -type f \
  \( -name '*.ovpn' -o -exec grep -q -e 'PRIVATE KEY' {} \; \) -print)"
if [[ -n "$left" ]]; then
  echo "$left" >&2
  echo "the tests left these profiles or private keys in the temporary directory" >&2
  exit 1
fi

echo
echo "all test suites passed"
