#!/usr/bin/env python3
"""Chooses the seeds kept in git: a budgeted, coverage-guided pick over seeds/<target> (and, with
--corpus, the corpus a fuzz run grew in corpus/<target>), on the stable toolchain.

    python3 fuzz/minimize.py                 # report what would be kept
    python3 fuzz/minimize.py --apply         # make seeds/<target> exactly that selection
    python3 fuzz/minimize.py --corpus --apply decode_response

`cargo fuzz cmin` needs nightly and keeps every input that adds any feature: over a thousand
files per target here. This builds the same fuzz targets with stable rustc and libFuzzer's
coverage instrumentation, asks libFuzzer (-set_cover_merge=1 with -merge_control_file) which
features each input reaches, and picks greedily within a budget per target. See fuzz/README.md
for the method and its figures.

When cargo runs this file as RUSTC_WRAPPER (VPNCERT_MINIMIZE_WRAPPER=1), it compiles one crate.
"""

from __future__ import annotations

import argparse
import heapq
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Set, Tuple

FUZZ = Path(__file__).resolve().parent
TRIPLE = "x86_64-unknown-linux-gnu"
TARGET_DIR = FUZZ / "target" / "minimize"

# Only our crates are instrumented: the seeds are there for vpncert's decoders, credential
# sources and the emulator's parser. Instrumenting serde_json and std as well nearly doubles
# the edges, and the budget would go to tokenizer corners the fuzzer finds again in seconds.
INSTRUMENTED = {"vpncert", "vpncert_emulator"}
SANCOV = [
    "-Cpasses=sancov-module",
    "-Cllvm-args=-sanitizer-coverage-level=4",
    "-Cllvm-args=-sanitizer-coverage-inline-8bit-counters",
    "-Cllvm-args=-sanitizer-coverage-pc-table",
    "-Cllvm-args=-sanitizer-coverage-trace-compares",
]

# Seeds per target at most, named ones included: 288 in all, so that fuzz/ stays under 300
# tracked files with its targets, manifests, README and this script. A target not listed
# keeps its named seeds only.
BUDGETS = {"decode_response": 133, "config_files": 143, "emulator_request": 8, "percent_encode": 4}

# libFuzzer names what it saves by the SHA-1 of the content; anything else was named by hand
# (a regression, a shape written for a seed) and is always kept.
GENERATED = re.compile(r"[0-9a-f]{40}")


def wrap_rustc(argv: List[str]) -> int:
    rustc, args = argv[0], argv[1:]
    name = args[args.index("--crate-name") + 1] if "--crate-name" in args else ""
    extra = SANCOV if name in INSTRUMENTED else []
    os.execvp(rustc, [rustc, *args, *extra])


def build() -> Path:
    env = dict(os.environ)
    env["RUSTC_WRAPPER"] = str(Path(__file__).resolve())
    env["VPNCERT_MINIMIZE_WRAPPER"] = "1"
    # As cargo-fuzz builds: --cfg fuzzing for every crate, and an explicit --target so that
    # build scripts stay uninstrumented (they would not link against libFuzzer's callbacks).
    env["RUSTFLAGS"] = "--cfg fuzzing -Cdebug-assertions -Coverflow-checks"
    subprocess.run(
        ["cargo", "build", "--release", "--locked", "--target", TRIPLE,
         "--target-dir", str(TARGET_DIR)],
        cwd=FUZZ, env=env, check=True,
    )
    return TARGET_DIR / TRIPLE / "release"


def features(binary: Path, inputs: List[Path], extra: Sequence[str]) -> Dict[Path, Set[int]]:
    """What each input reaches, as libFuzzer's merge step records it (every feature of every
    input, with -set_cover_merge=1; plain -merge=1 records only the ones new so far)."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp, "inputs")
        # One directory of symlinks, so the control file's order is ours and names are unique.
        listing.mkdir()
        links = {}
        for i, p in enumerate(inputs):
            link = listing / f"{i:06d}"
            link.symlink_to(p.resolve())
            links[str(link)] = p
        control = Path(tmp, "control")
        out = Path(tmp, "out")
        out.mkdir()
        run = subprocess.run(
            [str(binary), "-set_cover_merge=1", "-detect_leaks=0", "-rss_limit_mb=4096",
             f"-merge_control_file={control}", *extra, str(out), str(listing)],
            capture_output=True, text=True,
        )
        if run.returncode != 0:
            sys.exit(f"minimize: {binary.name} failed:\n{run.stderr[-4000:]}")
        lines = control.read_text().splitlines()
        count = int(lines[0])
        files = lines[2:2 + count]
        reached: Dict[Path, Set[int]] = {}
        started = set()
        for line in lines[2 + count:]:
            kind, idx, *rest = line.split()
            i = int(idx)
            if kind == "STARTED":
                started.add(i)
            elif kind == "FT":
                reached[links[files[i]]] = {int(x) for x in rest}
        crashed = [links[files[i]] for i in started if links[files[i]] not in reached]
        if crashed:
            sys.exit(f"minimize: {binary.name} crashes on {', '.join(map(str, crashed))}")
        return reached


def pick(
    candidates: List[Path],
    edges: Dict[Path, Set[int]],
    fine: Dict[Path, Set[int]],
    forced: List[Path],
    budget: int,
) -> List[Path]:
    """Greedy maximum coverage: named seeds first, then always the input that adds the most
    edges not yet covered, then (edges being equal) the most new hit-count features (an edge
    taken once, twice, 3, 4-7, ... times), then the smaller, then the lower name, until the
    budget is spent or nothing adds anything.
    Gains only shrink, so a heap of stale upper bounds (lazy greedy) gives the same picks."""
    chosen = list(forced)
    have_e: Set[int] = set().union(*(edges[p] for p in forced)) if forced else set()
    have_f: Set[int] = set().union(*(fine[p] for p in forced)) if forced else set()

    def key(p: Path) -> Tuple[int, int, int, str]:
        return (-len(edges[p] - have_e), -len(fine[p] - have_f), p.stat().st_size, p.name)

    heap = [key(p) + (str(p),) for p in candidates if p not in forced]
    heapq.heapify(heap)
    paths = {str(p): p for p in candidates}
    while heap and len(chosen) < budget:
        top = heapq.heappop(heap)
        p = paths[top[-1]]
        fresh = key(p) + (top[-1],)
        if fresh != top and heap and fresh > heap[0]:
            heapq.heappush(heap, fresh)
            continue
        if fresh[0] == 0 and fresh[1] == 0:
            break
        chosen.append(p)
        have_e |= edges[p]
        have_f |= fine[p]
    return chosen


def cover(paths: List[Path], of: Dict[Path, Set[int]]) -> int:
    return len(set().union(*(of[p] for p in paths))) if paths else 0


def minimize(binary_dir: Path, target: str, corpus: bool, apply: bool) -> None:
    seeds = FUZZ / "seeds" / target
    pool = sorted(p for p in seeds.iterdir() if p.is_file()) if seeds.is_dir() else []
    extra_dir = FUZZ / "corpus" / target
    if corpus and extra_dir.is_dir():
        known = {p.name for p in pool}
        pool += sorted(p for p in extra_dir.iterdir() if p.is_file() and p.name not in known)
    if not pool:
        print(f"{target}: no seeds")
        return
    binary = binary_dir / target
    edges = features(binary, pool, ["-use_counters=0"])
    fine = features(binary, pool, [])
    forced = [p for p in pool if not GENERATED.fullmatch(p.name)]
    budget = max(BUDGETS.get(target, 0), len(forced))
    chosen = pick(pool, edges, fine, forced, budget)
    print(
        f"{target}: {len(chosen)} of {len(pool)} inputs ({len(forced)} named); "
        f"edges {cover(chosen, edges)} of {cover(pool, edges)}, "
        f"features {cover(chosen, fine)} of {cover(pool, fine)}"
    )
    if apply:
        keep = {p.name for p in chosen}
        for p in pool:
            if p.parent == seeds and p.name not in keep:
                p.unlink()
        for p in chosen:
            if p.parent != seeds:
                shutil.copyfile(p, seeds / p.name)


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("targets", nargs="*", help="default: every directory under seeds/")
    ap.add_argument("--corpus", action="store_true",
                    help="also choose from corpus/<target>, what `cargo fuzz run` grew")
    ap.add_argument("--apply", action="store_true",
                    help="delete the seeds not chosen and copy in the chosen corpus inputs")
    args = ap.parse_args(argv)
    targets = args.targets or sorted(p.name for p in (FUZZ / "seeds").iterdir() if p.is_dir())
    binary_dir = build()
    for t in targets:
        minimize(binary_dir, t, args.corpus, args.apply)
    return 0


if __name__ == "__main__":
    if os.environ.get("VPNCERT_MINIMIZE_WRAPPER") == "1":
        sys.exit(wrap_rustc(sys.argv[1:]))
    sys.exit(main())
