#!/usr/bin/env bash
# Runs every test of the project: Rust (fmt, clippy, docs, unit, integration, end to end against the
# emulator), the C suite against libvpncert, and the Python suite (vpncert and the official SDKs'
# interop with the emulator) in a venv this script builds. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

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

step "Python tests (tests/python)"
bash tests/python/run.sh

step "real OpenVPN client (tests/openvpn, in a network namespace with only loopback)"
bash tests/openvpn/run.sh

echo
echo "all test suites passed"
