#!/usr/bin/env bash
# Runs every vpncert benchmark in one go and prints the table (also written to benches/out/):
#   - criterion (core/benches): signing, build+sign+decode, whole calls against the in-process
#     emulator;
#   - benches/compare (python -m benches.compare, one module per job): vpncert against the
#     official Python SDKs, calls against one emulator process (release build), signers, import
#     time and memory, installed size;
#   - benches/c/bench: libvpncert calls per second and memory after 1,000 and 100,000 calls
#     (run by benches/compare/clib.py);
#   - benches/bulk (python -m benches.bulk): bulk jobs (vpncert apply, the official SDK in a
#     loop) under the service's limits, against the lower bound those limits impose.
#
# Usage: benches/run.sh [--quick] [benches.compare options...]
#   --quick   short criterion runs and one short round of everything: checks the plumbing,
#             the figures are not worth reporting.
# Environment: VPNCERT_BENCH_VENV (default benches/.venv), PYTHON (default python3), CC (gcc).
#
# It builds its own venv with the official SDKs from the package registry and vpncert built from
# this checkout. Nothing here passes or fails on a figure; it stops only when something breaks.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

quick=0
if [ "${1:-}" = "--quick" ]; then
  quick=1
  shift
fi

venv="${VPNCERT_BENCH_VENV:-benches/.venv}"
python="${PYTHON:-python3}"
cc="${CC:-gcc}"
out="benches/out"
mkdir -p "$out"

step() { printf '\n== %s\n' "$*" >&2; }

step "venv $venv with the official SDKs"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
pip=("$venv/bin/python" -m pip --disable-pip-version-check)
"${pip[@]}" install --quiet --upgrade pip
"${pip[@]}" install --quiet -r benches/requirements.txt

step "vpncert wheel from this checkout"
rm -rf "$out/wheel"
"${pip[@]}" wheel --quiet --no-deps --wheel-dir "$out/wheel" .
wheel="$(ls "$out"/wheel/vpncert-*.whl)"
"${pip[@]}" install --quiet --no-deps --force-reinstall "$wheel"

step "release builds: emulator binary and libvpncert"
# Two commands: `--bin` applies to every package given, so one command would skip the library.
cargo build --release --quiet -p vpncert-emulator --bin vpncert-emulator
cargo build --release --quiet -p vpncert-ffi
cargo build --release --quiet -p vpncert-cli --bin vpncert
target_dir="$(cargo metadata --format-version 1 --no-deps |
  "$venv/bin/python" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
emulator="$target_dir/release/vpncert-emulator"
cli="$target_dir/release/vpncert"

step "C benchmark"
"$cc" -std=c11 -O2 -Wall -Wextra -Wpedantic -Werror -Iinclude benches/c/bench.c \
  -L"$target_dir/release" -lvpncert -Wl,-rpath,"$target_dir/release" -lpthread \
  -o benches/c/bench

step "criterion (core/benches)"
criterion_args=()
if [ "$quick" = 1 ]; then
  criterion_args=(--warm-up-time 1 --measurement-time 1)
fi
cargo bench --quiet -p vpncert --bench signing --bench emulator -- "${criterion_args[@]}" >&2

step "benches.compare (uptime: $(uptime))"
compare_args=()
if [ "$quick" = 1 ]; then
  compare_args=(--quick)
fi
# From the root (this script's working directory), where benches/ is importable.
"$venv/bin/python" -m benches.compare \
  --emulator "$emulator" \
  --c-bench benches/c/bench \
  --criterion "$target_dir/criterion" \
  --wheel "$wheel" \
  --out "$out" \
  "${compare_args[@]}" "$@"
step "benches.bulk: whole jobs under the service's limits"
bulk_args=()
if [ "$quick" = 1 ]; then
  bulk_args=(--quick)
fi
"$venv/bin/python" -m benches.bulk --emulator "$emulator" --cli "$cli" --out "$out" "${bulk_args[@]}"
echo "results: $root/$out/results.md, results.json, bulk.md and bulk.json" >&2
