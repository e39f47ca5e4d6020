"""Import time and peak memory of each SDK, each sample in a fresh interpreter."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from typing import Dict, List, Sequence

from .common import fmt, ratio

IMPORTS = {
    "vpncert": "import vpncert",
    "alibabacloud-vpc20160428 (V3)": "import alibabacloud_vpc20160428.client",
    "aliyun-python-sdk-vpc (V1)": (
        "import aliyunsdkvpc.request.v20160428.CreateSslVpnClientCertRequest\n"
        "import aliyunsdkcore.client"
    ),
}

PROBE = """
import resource, time
t0 = time.perf_counter()
{imports}
t1 = time.perf_counter()
hwm = -1
with open("/proc/self/status") as f:
    for line in f:
        if line.startswith("VmHWM:"):
            hwm = int(line.split()[1])
print(t1 - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, hwm)
"""


def probe(imports: str) -> tuple:
    """(import seconds, ru_maxrss KiB, VmHWM KiB) of a fresh interpreter that runs `imports`.

    Linux carries ru_maxrss across fork and exec: a child started straight from this (large)
    process would report this process's peak. So a small shell starts the interpreter (and
    forks for it, since a command follows), and the probe also reads VmHWM, which belongs to
    the new program image only; the two agree when the hop works.
    """
    # Without PYTHON* variables, so that what run.sh or a user set for the harness (a path,
    # a flag) changes nothing in what a fresh interpreter imports.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    out = subprocess.run(
        ["/bin/sh", "-c", '"$0" -c "$1"; exit $?', sys.executable, PROBE.format(imports=imports)],
        check=True, capture_output=True, text=True, env=env,
    ).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def measure_imports(samples: int) -> dict:
    names = ["bare interpreter"] + list(IMPORTS)
    code = {"bare interpreter": "pass", **IMPORTS}
    for n in names:  # byte-compile and warm the page cache; not counted
        probe(code[n])
    times: Dict[str, List[float]] = {n: [] for n in names}
    maxrss: Dict[str, List[int]] = {n: [] for n in names}
    hwm: Dict[str, List[int]] = {n: [] for n in names}
    for i in range(samples):
        for n in names[i % len(names):] + names[: i % len(names)]:
            t, r, h = probe(code[n])
            times[n].append(t)
            maxrss[n].append(r)
            hwm[n].append(h)
    bare = statistics.median(maxrss["bare interpreter"])
    out = {}
    for n in IMPORTS:
        peak = statistics.median(maxrss[n])
        out[n] = {
            "import_ms": statistics.median(times[n]) * 1000,
            "import_ms_min": min(times[n]) * 1000,
            "import_ms_max": max(times[n]) * 1000,
            "peak_rss_mib": peak / 1024,
            "peak_rss_delta_mib": (peak - bare) / 1024,
            "vm_hwm_mib": statistics.median(hwm[n]) / 1024,
        }
    out["bare interpreter"] = {
        "peak_rss_mib": bare / 1024,
        "vm_hwm_mib": statistics.median(hwm["bare interpreter"]) / 1024,
    }
    return out


def run(args) -> dict:
    return {"imports": measure_imports(args.import_samples)}


def render(results: dict) -> List[str]:
    """The import table, with the installed sizes of the sizes job beside each SDK."""
    imp = results.get("imports")
    if not imp:
        return []
    sizes = results.get("sizes") or {}
    base = imp["vpncert"]
    lines = [
        "### Import (fresh interpreter each sample; medians) and installed size",
        "",
        "| SDK | import time | peak RSS (ru_maxrss) | over a bare interpreter | installed (dependency closure) | distributions |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in IMPORTS:
        i = imp[name]
        s = sizes.get(name, {})
        mine = name == "vpncert"
        rel_t = "" if mine else f" ({ratio(i['import_ms'], base['import_ms'])})"
        rel_p = "" if mine else f" ({ratio(i['peak_rss_mib'], base['peak_rss_mib'])})"
        rel_d = "" if mine or base["peak_rss_delta_mib"] < 0.5 else (
            f" ({ratio(i['peak_rss_delta_mib'], base['peak_rss_delta_mib'])})"
        )
        size = s.get("installed_mib")
        rel_s = "" if mine or size is None else f" ({ratio(size, sizes['vpncert']['installed_mib'])})"
        lines.append(
            f"| {name} | {fmt(i['import_ms'], 1)} ms{rel_t} | {fmt(i['peak_rss_mib'], 1)} MiB{rel_p} | "
            f"{fmt(i['peak_rss_delta_mib'], 1)} MiB{rel_d} | {fmt(size, 1)} MiB{rel_s} | "
            f"{len(s.get('distributions', []))} |"
        )
    bare = imp["bare interpreter"]["peak_rss_mib"]
    lines.append("")
    lines.append(
        f"Bare interpreter peak RSS: {fmt(bare, 1)} MiB (VmHWM {fmt(imp['bare interpreter']['vm_hwm_mib'], 1)} MiB)."
    )
    if sizes and "wheel_mib" in sizes.get("vpncert", {}):
        lines.append(f"vpncert wheel: {sizes['vpncert']['wheel']}, {fmt(sizes['vpncert']['wheel_mib'], 2)} MiB.")
    lines.append("")
    return lines


def combine(runs: Sequence[dict]) -> dict:
    if not all("imports" in r for r in runs):
        return {}
    med = statistics.median
    return {
        "imports": {
            name: {k: med(r["imports"][name][k] for r in runs) for k in fields}
            for name, fields in runs[0]["imports"].items()
        }
    }
