"""The Rust side: what criterion saved for core/benches in this run."""

from __future__ import annotations

import json
import os
import statistics
from typing import List, Optional, Sequence

from .common import fmt

CRITERION_GROUPS = ["sign_request", "sign_parts", "build_sign_decode", "emulator"]


def median_us(root: str, group: str, bench: str) -> Optional[float]:
    path = os.path.join(root, group, bench, "new", "estimates.json")
    try:
        with open(path) as f:
            return json.load(f)["median"]["point_estimate"] / 1000.0
    except (OSError, KeyError, ValueError):
        return None


def read_criterion(root: Optional[str]) -> List[dict]:
    """Median and 95% interval of every benchmark of core/benches, as criterion saved them."""
    rows: List[dict] = []
    if not root:
        return rows
    for group in CRITERION_GROUPS:
        gdir = os.path.join(root, group)
        if not os.path.isdir(gdir):
            continue
        for bench in sorted(os.listdir(gdir)):
            path = os.path.join(gdir, bench, "new", "estimates.json")
            try:
                with open(path) as f:
                    med = json.load(f)["median"]
            except (OSError, KeyError, ValueError):
                continue
            ci = med["confidence_interval"]
            rows.append(
                {
                    "bench": f"{group}/{bench}",
                    "median_us": med["point_estimate"] / 1000,
                    "lower_us": ci["lower_bound"] / 1000,
                    "upper_us": ci["upper_bound"] / 1000,
                    "modified": os.path.getmtime(path),
                }
            )
    return rows


def run(args) -> dict:
    return {"criterion": read_criterion(args.criterion)}


def render(results: dict) -> List[str]:
    crit = results.get("criterion")
    if not crit:
        return []
    span = "lowest-highest run" if results.get("runs") else "95% interval"
    lines = [
        f"### Rust (criterion, core/benches; median and {span})",
        "",
        f"| benchmark | median | {span} | per second |",
        "|---|---:|---:|---:|",
    ]
    for r in crit:
        lines.append(
            f"| {r['bench']} | {fmt(r['median_us'], 2)} us | "
            f"{fmt(r['lower_us'], 2)}-{fmt(r['upper_us'], 2)} us | {fmt(1e6 / r['median_us'])} |"
        )
    lines.append("")
    return lines


def combine(runs: Sequence[dict]) -> dict:
    """Each benchmark's median over the runs; the range is the lowest and highest run's."""
    if not all(r.get("criterion") for r in runs):
        return {}
    med = statistics.median

    def same(row: dict) -> List[float]:
        return [x["median_us"] for r in runs for x in r["criterion"] if x["bench"] == row["bench"]]

    return {
        "criterion": [
            dict(row, median_us=med(same(row)), lower_us=min(same(row)), upper_us=max(same(row)))
            for row in runs[0]["criterion"]
        ]
    }
