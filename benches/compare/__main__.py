"""python -m benches.compare: measure (or --combine) and print the report."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Optional, Sequence

from . import calls, clib, criterion, imports, machine, report, signing, sizes
from .common import progress

JOBS = ["calls", "signing", "imports", "sizes", "c"]

# One short round of everything: checks the plumbing; the figures are not worth reporting.
QUICK = {"rounds": 1, "seconds": 0.5, "import_samples": 3, "c_calls": 5000, "c_creates": 300}


def parser() -> argparse.ArgumentParser:
    doc = sys.modules[__package__].__doc__ or ""
    ap = argparse.ArgumentParser(prog="python -m benches.compare", description=doc.split("\n\n")[0])
    ap.add_argument("--emulator", help="the vpncert-emulator binary (release build), for the calls")
    ap.add_argument("--combine", nargs="+", metavar="RESULTS_JSON",
                    help="measure nothing: print the medians over these runs' results.json")
    ap.add_argument("--c-bench", help="benches/c/bench, built against target/release/libvpncert.so")
    ap.add_argument("--criterion", help="criterion's output directory (target/criterion) of this run")
    ap.add_argument("--wheel", help="the vpncert wheel that was installed")
    ap.add_argument("--quick", action="store_true",
                    help="one short round of everything (" + ", ".join(
                        f"--{k.replace('_', '-')} {v}" for k, v in QUICK.items())
                    + "; options given as well win): checks the plumbing")
    ap.add_argument("--rounds", type=int, default=5, help="turns per client and scenario (5)")
    ap.add_argument("--seconds", type=float, default=2.0, help="length of one turn (2 s)")
    ap.add_argument("--threads", type=int, default=8, help="threads of the threaded scenarios (8)")
    ap.add_argument("--max-creates", type=int, default=2000,
                    help="creates per turn at most, so the emulator holds few certificates (2000)")
    ap.add_argument("--max-describes", type=int, default=5000,
                    help="describes per turn at most (5000), so that a run fits one emulator process")
    ap.add_argument("--request-budget", type=int, default=calls.REQUEST_BUDGET,
                    help=f"requests one emulator process is sent at most ({calls.REQUEST_BUDGET})")
    ap.add_argument("--import-samples", type=int, default=15, help="fresh interpreters per SDK (15)")
    ap.add_argument("--c-calls", type=int, default=100_000, help="cheap calls of the C leak check")
    ap.add_argument("--c-creates", type=int, default=2000, help="creates of the C benchmark")
    ap.add_argument("--out", help="directory for results.json and results.md")
    ap.add_argument("--only", action="append", choices=JOBS,
                    help="run only these parts (repeatable); default: all")
    return ap


def parse(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    ap = parser()
    args = ap.parse_args(argv)
    if args.quick:
        # Parsed again with the quick values as defaults, so that an option given wins.
        ap.set_defaults(**QUICK)
        args = ap.parse_args(argv)
    parts = set(args.only or JOBS)
    if not args.combine and "calls" in parts and not args.emulator:
        ap.error("--emulator is required for the calls (or leave them out with --only)")
    if "c" in parts and args.c_bench and not clib.fits_one_emulator(args.c_calls, args.c_creates):
        ap.error(f"--c-calls and --c-creates make {clib.requests(args.c_calls, args.c_creates):,} "
                 f"requests, more than one emulator takes at full speed ({calls.REQUEST_BUDGET:,})")
    return args


def write(out: Optional[str], stem: str, results: dict, table: str) -> None:
    if not out:
        return
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, f"{stem}.json"), "w") as f:
        json.dump(results, f, indent=2)
    with open(os.path.join(out, f"{stem}.md"), "w") as f:
        f.write(table + "\n")


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse(argv)
    if args.combine:
        runs = []
        for path in args.combine:
            with open(path) as f:
                runs.append(json.load(f))
        results = report.combine(runs)
        table = report.render(results)
        print(table)
        write(args.out, "combined", results, table)
        return 0
    parts = set(args.only or JOBS)

    results = {
        "machine": machine.machine(),
        "settings": {k: v for k, v in vars(args).items() if k != "only"},
    }
    # The cheap, quiet jobs first; the calls and the C benchmark load both cores.
    if "sizes" in parts:
        progress("installed sizes...")
        results.update(sizes.run(args))
    if "imports" in parts:
        progress("imports...")
        results.update(imports.run(args))
    results.update(criterion.run(args))
    if "signing" in parts:
        progress("signing...")
        results.update(signing.run(args))
    if "calls" in parts:
        results.update(calls.run(args))
    if "c" in parts and args.c_bench:
        results.update(clib.run(args))
    results["machine"]["loadavg_end"] = machine.loadavg()

    table = report.render(results)
    print(table)
    write(args.out, "results", results, table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
