#!/usr/bin/env bash
# The crates meant for the registry, vpncert and vpncert-emulator, as they would be published:
# checks their metadata (description, license, readme, keywords, categories, repository, docs.rs
# settings), then `cargo package`s them with full verification (each is built from its packaged
# sources, vpncert-emulator against the packaged vpncert). The core's tests, examples and benches
# are not published: they need the emulator (a dev-dependency by path, which cargo leaves out of
# the published manifest) and files elsewhere in the repository. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"
crates=(vpncert vpncert-emulator)

cargo metadata --no-deps --format-version 1 | python3 -c '
import json, sys
crates = sys.argv[1:]
packages = {p["name"]: p for p in json.load(sys.stdin)["packages"]}
problems = []
for name in crates:
    p = packages[name]
    for field in ("description", "license", "readme", "repository"):
        if not p.get(field):
            problems.append(f"{name}: no {field}")
    keywords = p.get("keywords") or []
    if not 1 <= len(keywords) <= 5:
        problems.append(f"{name}: 1 to 5 keywords, not {keywords}")
    if not p.get("categories"):
        problems.append(f"{name}: no categories")
    if "rs" not in ((p.get("metadata") or {}).get("docs") or {}):
        problems.append(f"{name}: no [package.metadata.docs.rs]")
    if p.get("publish") == []:
        problems.append(f"{name}: publish = false")
for line in problems:
    print("package-crates:", line, file=sys.stderr)
sys.exit(1 if problems else 0)
' "${crates[@]}"

# --allow-dirty: the test command runs on work in progress too; CI's clone is clean anyway.
args=()
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)"
# A .crate left by an earlier run must not stand in for one this run failed to make.
for c in "${crates[@]}"; do
  args+=(-p "$c")
  rm -f "$target/package/$c-$version.crate"
done
# The filter's own status is not the point (it fails when it prints nothing); cargo's is.
set +e
cargo package --quiet --allow-dirty "${args[@]}" 2>&1 | grep -v '^warning: ignoring \(test\|example\|benchmark\) '
status=${PIPESTATUS[0]}
set -e
if ((status != 0)); then
  echo "package-crates: cargo package failed" >&2
  exit "$status"
fi
for c in "${crates[@]}"; do
  crate="$target/package/$c-$version.crate"
  files="$(tar -tzf "$crate")"
  for want in Cargo.toml README.md src/lib.rs; do
    grep -qx "$c-$version/$want" <<<"$files" || {
      echo "package-crates: $crate lacks $want" >&2
      exit 1
    }
  done
  echo "$crate: $(wc -l <<<"$files") files, built from the package"
done
