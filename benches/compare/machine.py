"""What the figures were measured on, and the report's first lines."""

from __future__ import annotations

import os
import platform
import subprocess
from importlib import metadata
from typing import List, Sequence

PACKAGES = (
    "vpncert", "alibabacloud-vpc20160428", "alibabacloud-tea-openapi",
    "aliyun-python-sdk-vpc", "aliyun-python-sdk-core",
)


def loadavg() -> List[str]:
    with open("/proc/loadavg") as f:
        return f.read().split()[:3]


def machine() -> dict:
    def first(path: str, key: str) -> str:
        try:
            with open(path) as f:
                for line in f:
                    if line.startswith(key):
                        return line.split(":", 1)[1].strip()
        except OSError:
            pass
        return "?"

    def cmd(*args: str) -> str:
        try:
            return subprocess.run(args, capture_output=True, text=True).stdout.strip()
        except OSError:
            return "?"

    os_name = "?"
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    os_name = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": first("/proc/cpuinfo", "model name"),
        "memory": first("/proc/meminfo", "MemTotal"),
        "os": f"{os_name}, kernel {platform.release()}",
        "rustc": cmd("rustc", "--version"),
        "python": platform.python_version(),
        "loadavg_start": loadavg(),
        "packages": {n: _version(n) for n in PACKAGES},
    }


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def render(results: dict) -> List[str]:
    m = results["machine"]
    lines = [
        f"Machine: {m['nproc']} cores ({m['cpu']}), {m['memory']} memory, {m['os']}; "
        f"{m['rustc']}; Python {m['python']}. Shared machine: load average "
        f"{' '.join(m['loadavg_start'])} at start, {' '.join(m.get('loadavg_end', []))} at end"
        + (f" (1-minute load of each of {results['runs']} runs; figures are medians over the runs, "
           "ranges are the lowest and highest run)." if results.get("runs") else " (1, 5, 15 minutes)."),
    ]
    if m.get("packages"):
        lines.append("Packages: " + ", ".join(f"{k} {v}" for k, v in m["packages"].items()) + ".")
    lines.append("")
    return lines


def combine(runs: Sequence[dict]) -> dict:
    """The first run's machine, with each run's 1-minute load at its start and end."""
    m = dict(runs[0]["machine"])
    m["loadavg_start"] = [f"{r['machine']['loadavg_start'][0]}" for r in runs]
    m["loadavg_end"] = [f"{r['machine'].get('loadavg_end', ['?'])[0]}" for r in runs]
    return {"machine": m}
