"""The whole report from the jobs' parts, and one result from several runs' (--combine)."""

from __future__ import annotations

from typing import List

from . import calls, clib, criterion, imports, machine, signing, sizes

# The report's order, which is not the order of measurement (see __main__).
SECTIONS = [machine, calls, criterion, signing, imports, clib]


def render(results: dict) -> str:
    lines: List[str] = []
    for job in SECTIONS:
        lines += job.render(results)
    return "\n".join(lines)


def combine(runs: List[dict]) -> dict:
    """One result from several runs: the median of each figure over the runs, and for calls/s
    the lowest and highest per-run median (the spread between runs)."""
    out: dict = {}
    out.update(machine.combine(runs))
    out["settings"] = runs[0]["settings"]
    out["runs"] = len(runs)
    for job in (calls, criterion, signing, imports, sizes, clib):
        out.update(job.combine(runs))
    return out
