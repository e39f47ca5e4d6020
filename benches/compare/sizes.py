"""Installed size: vpncert's wheel and files against each official SDK's dependency closure,
from the venv's RECORD files. Its figures appear in the imports job's table."""

from __future__ import annotations

import os
import re
from importlib import metadata
from typing import Dict, List, Optional, Sequence


def _canon(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(roots: Sequence[str]) -> List[metadata.Distribution]:
    """The installed distributions `roots` need, following Requires-Dist (no extras)."""
    from pip._vendor.packaging.requirements import Requirement

    seen: Dict[str, metadata.Distribution] = {}
    stack = list(roots)
    while stack:
        name = _canon(stack.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # not installed here (a marker for another platform)
        seen[name] = dist
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            stack.append(req.name)
    return list(seen.values())


def installed_bytes(dist: metadata.Distribution) -> int:
    total = 0
    for f in dist.files or []:
        p = str(dist.locate_file(f))
        try:
            if os.path.isfile(p):
                total += os.path.getsize(p)
        except OSError:
            pass
    return total


def measure_sizes(wheel: Optional[str]) -> dict:
    out = {}
    for label, roots in [
        ("vpncert", ["vpncert"]),
        ("alibabacloud-vpc20160428 (V3)", ["alibabacloud-vpc20160428"]),
        ("aliyun-python-sdk-vpc (V1)", ["aliyun-python-sdk-vpc", "aliyun-python-sdk-core"]),
    ]:
        dists = closure(roots)
        out[label] = {
            "distributions": sorted(_canon(d.metadata["Name"]) for d in dists),
            "installed_mib": sum(installed_bytes(d) for d in dists) / 2**20,
        }
    if wheel:
        out["vpncert"]["wheel_mib"] = os.path.getsize(wheel) / 2**20
        out["vpncert"]["wheel"] = os.path.basename(wheel)
    return out


def run(args) -> dict:
    return {"sizes": measure_sizes(args.wheel)}


def combine(runs: Sequence[dict]) -> dict:
    """Sizes do not vary between runs of one checkout: the last run's."""
    return {"sizes": runs[-1]["sizes"]} if "sizes" in runs[-1] else {}
