#!/usr/bin/env bash
# Builds a venv (default .venv, or $VPNCERT_VENV) with maturin, zig, auditwheel, pytest, mypy and
# the official Alibaba Cloud SDKs from the package registry, builds vpncert's wheel and sdist
# into dist/ and installs the wheel into the venv, builds the emulator binary, and runs pytest on
# tests/python.
#   --setup     only the venv, the installs and the builds (scripts/test.sh runs this before it
#               enters the loopback-only network namespace)
#   --no-setup  only pytest (inside the namespace); other arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/../.."

setup=1
tests=1
case "${1:-}" in
  --setup) tests=0; shift ;;
  --no-setup) setup=0; shift ;;
esac

venv="${VPNCERT_VENV:-.venv}"
python="${PYTHON:-python3}"
if ((setup)); then
  if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
  fi
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r tests/python/requirements.txt

  cargo build --quiet -p vpncert-emulator --bin vpncert-emulator

  # The wheel and the sdist as they ship (scripts/dist-python.sh, one release build); the suite
  # runs against that wheel, installed as users install it, and test_vpncert_dist.py checks both.
  VPNCERT_VENV="$venv" bash scripts/dist-python.sh
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps dist/vpncert-*.whl
fi

if ((tests)); then
  export VPNCERT_EMULATOR_BIN="$PWD/target/debug/vpncert-emulator"
  export VPNCERT_DIST_DIR="$PWD/dist"
  "$venv/bin/python" -m pytest -q tests/python "$@"
fi
