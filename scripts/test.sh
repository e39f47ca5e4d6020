#!/usr/bin/env bash
# Runs every test of the project: Rust (fmt, clippy, docs, unit, integration, end to end against the
# emulator), the C suite against libvpncert, and the Python suite (vpncert and the official SDKs'
# interop with the emulator) in a venv this script builds. Exits non-zero on any failure.
#
# Loopback only: every installation and build happens first; then each test suite runs through
# `in_netns`, in a network namespace of its own whose only interface is loopback, so a test that
# tries to reach any other address fails at once (ENETUNREACH) instead of leaving the machine.
# Where namespaces are refused, this script fails rather than run the suites without one.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

# Runs "$@" in a new network namespace with only `lo`, up; cargo is told it is offline.
in_netns() {
  unshare --net -- bash -c 'ip link set lo up && exec "$@"' in_netns \
    env CARGO_NET_OFFLINE=true "$@"
}

# Inside the namespace: only `lo` exists, other addresses are unreachable at once, loopback works.
netns_check() {
  local links
  links="$(ip -o link show | awk -F': ' '{print $2}')"
  if [[ "$links" != "lo" ]]; then
    echo "interfaces other than lo: $links" >&2
    return 1
  fi
  python3 - <<'PY'
import errno, socket, time
# The ECS metadata address, a public resolver, a private address, a public IPv6 address.
for family, addr in [
    (socket.AF_INET, ("100.100.100.200", 80)),
    (socket.AF_INET, ("8.8.8.8", 53)),
    (socket.AF_INET, ("192.168.0.1", 443)),
    (socket.AF_INET6, ("2001:4860:4860::8888", 443)),
]:
    s = socket.socket(family)
    s.settimeout(5)
    t = time.monotonic()
    try:
        s.connect(addr)
    except OSError as e:
        took = time.monotonic() - t
        assert e.errno == errno.ENETUNREACH, f"{addr}: {e!r} (wanted ENETUNREACH)"
        assert took < 0.5, f"{addr}: took {took:.2f} s to fail"
    else:
        raise SystemExit(f"{addr}: connected from inside the namespace")
    finally:
        s.close()
server = socket.create_server(("127.0.0.1", 0))
socket.create_connection(server.getsockname(), timeout=5).close()
print("network namespace: only lo; other addresses ENETUNREACH at once; loopback works")
PY
}

# What the tests put in the system's temporary directory goes into a fresh one of this run, so
# that what they leave behind is checked at the end: no profile or private key may outlive a
# test's own temporary directory.
export TMPDIR="$PWD/target/test-tmp"
rm -rf "$TMPDIR"
mkdir -p "$TMPDIR"

step "network namespace (unshare --net, loopback only)"
if ! in_netns true; then
  echo "scripts/test.sh: cannot create a network namespace (unshare --net; it needs root or" \
    "user namespaces). The suites must not run with the machine's network: refusing." >&2
  exit 1
fi
export -f netns_check
in_netns bash -c netns_check

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo xtask gen --check (generated files match spec/api.toml)"
cargo xtask gen --check

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo doc (broken links and doc warnings are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet

step "installs and builds (before entering the namespace)"
cargo fetch --locked
bash tests/c/run.sh --setup
bash scripts/dist-c.sh >/dev/null
bash tests/python/run.sh --setup
cargo test --workspace --no-run --quiet

step "cargo test --workspace (loopback only)"
in_netns cargo test --workspace -- --skip soak_

step "soak: exactly once under faults (counts printed; loopback only)"
in_netns cargo test -p vpncert --test soak -- --nocapture

step "C tests (tests/c; loopback only)"
in_netns bash tests/c/run.sh

step "C distribution: scripts/dist-c.sh, the README's C example from the unpacked tarball (loopback only)"
in_netns bash tests/c/dist.sh

step "cargo package: vpncert and vpncert-emulator build from their packages"
bash scripts/package-crates.sh

step "Python tests (tests/python; loopback only)"
in_netns bash tests/python/run.sh --no-setup

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
