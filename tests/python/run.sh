#!/usr/bin/env bash
# Builds a venv (default .venv, or $VPNCERT_VENV) with maturin, zig, auditwheel, pytest, mypy and
# the official Alibaba Cloud SDKs from the package registry, builds vpncert's wheel and sdist
# into dist/ and installs the wheel into the venv, builds the emulator binary, and runs pytest on
# tests/python.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv="${VPNCERT_VENV:-.venv}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r tests/python/requirements.txt

cargo build --quiet -p vpncert-emulator --bin vpncert-emulator
export VPNCERT_EMULATOR_BIN="$PWD/target/debug/vpncert-emulator"

# The wheel and the sdist as they ship (scripts/dist-python.sh, one release build); the suite runs
# against that wheel, installed as users install it, and test_vpncert_dist.py checks both files.
VPNCERT_VENV="$venv" bash scripts/dist-python.sh
export VPNCERT_DIST_DIR="$PWD/dist"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps dist/vpncert-*.whl

"$venv/bin/python" -m pytest -q tests/python "$@"
