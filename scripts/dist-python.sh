#!/usr/bin/env bash
# Builds the Python distributions of vpncert into dist/ (and removes older ones of ours there):
#
#   dist/vpncert-VERSION-cp39-abi3-manylinux2014_x86_64.manylinux_2_17_x86_64.whl
#       one wheel for every CPython from 3.9 (abi3) on any x86_64 Linux with glibc 2.17 or newer
#       (manylinux_2_17, alias manylinux2014), what package indexes accept; it holds the native
#       module, the stubs, py.typed and the `vpncert` command (a console script).
#   dist/vpncert-VERSION.tar.gz
#       the sdist: `pip install` builds it with a Rust toolchain (maturin comes from the index).
#
# maturin and zig (the `ziglang` package) come from the venv $VPNCERT_VENV (default .venv, made
# and filled when missing). When this machine's glibc is newer than 2.17, the wheel is linked by
# zig against glibc 2.17's symbols (`maturin --zig`); maturin then checks the wheel against the
# manylinux_2_17 policy (as `auditwheel show` does in tests/python/test_vpncert_dist.py).
# Extra arguments go to `maturin build`.
set -euo pipefail
cd "$(dirname "$0")/.."

policy="manylinux_2_17"
policy_glibc="2.17"
venv="${VPNCERT_VENV:-.venv}"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import maturin, ziglang" 2>/dev/null; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "maturin>=1.9.4,<2" "ziglang>=0.13"
fi
# maturin finds zig through the venv's python (`python -m ziglang`).
PATH="$(cd "$venv/bin" && pwd):$PATH"
export PATH

host_glibc="$("$venv/bin/python" -c 'import os; print(os.confstr("CS_GNU_LIBC_VERSION").split()[1])')"
zig=()
if [ "$(printf '%s\n%s\n' "$policy_glibc" "$host_glibc" | sort -V | tail -n 1)" != "$policy_glibc" ]; then
  zig=(--zig)
fi

mkdir -p dist
rm -f dist/vpncert-*.whl dist/vpncert-*.tar.gz
echo "dist-python: wheel ($policy, host glibc $host_glibc${zig:+, linked by zig})"
maturin build --quiet --release --compatibility "$policy" "${zig[@]}" --out dist "$@"
echo "dist-python: sdist"
maturin sdist --out dist
ls -1 dist/vpncert-*
