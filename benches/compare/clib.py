"""The C library (benches/c/bench): calls per second and RSS growth over many calls."""

from __future__ import annotations

import json
import statistics
import subprocess
from typing import List, Sequence

from .calls import REQUEST_BUDGET
from .common import UNLIMITED, fmt, micros, progress


def requests(cheap_calls: int, creates: int) -> int:
    """What the C benchmark sends at most: its threaded phases stop after as many calls as
    the serial ones made."""
    return 2 * cheap_calls + 2 * creates


def fits_one_emulator(cheap_calls: int, creates: int) -> bool:
    return requests(cheap_calls, creates) <= REQUEST_BUDGET


def run_c_bench(binary: str, url: str, cheap_calls: int, creates: int, threads: int) -> dict:
    out = subprocess.run(
        [binary, url, str(cheap_calls), str(creates), str(threads), "3"],
        check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(out)


def run(args) -> dict:
    # The emulator runs in this process, through vpncert's own test launcher: the client
    # measured is the C benchmark's process, whose CPU and RSS figures are its own, and this
    # process only waits for it. A fresh emulator for the job also starts with an empty nonce
    # cache (see calls.REQUEST_BUDGET); __main__.parse checks that the settings fit in it.
    import vpncert.testing

    progress("C benchmark...")
    with vpncert.testing.emulator(
        quota=UNLIMITED, create_limit=UNLIMITED, delete_settle=0.0
    ) as emu:
        return {"c": run_c_bench(args.c_bench, emu.url, args.c_calls, args.c_creates, args.threads)}


def render(results: dict) -> List[str]:
    c = results.get("c")
    if not c:
        return []
    growth = c["rss_kib_after_all"] - c["rss_kib_after_1000"]
    return [
        f"### C ({c['library']}) against the emulator (release build)",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| DescribeSslVpnServers, 1 thread | {fmt(c['cheap_serial_calls_per_s'])} calls/s, "
        f"p50 {fmt(c['cheap_serial_p50_us'])} us, p99 {fmt(c['cheap_serial_p99_us'])} us, "
        f"client CPU {micros(c.get('cheap_serial_cpu_us_per_call'))} per call |",
        f"| DescribeSslVpnServers, {c['cheap_threads']} threads | {fmt(c['cheap_threaded_calls_per_s'])} calls/s |",
        f"| CreateSslVpnClientCert, 1 thread (emulator-bound) | {fmt(c['create_serial_calls_per_s'])} calls/s, "
        f"p50 {fmt(c['create_serial_p50_us'])} us, p99 {fmt(c['create_serial_p99_us'])} us, "
        f"client CPU {micros(c.get('create_serial_cpu_us_per_call'))} per call |",
        f"| CreateSslVpnClientCert, {c['cheap_threads']} threads (emulator-bound) | {fmt(c['create_threaded_calls_per_s'])} calls/s |",
        f"| RSS after 1,000 calls | {fmt(c['rss_kib_after_1000'])} KiB |",
        f"| RSS after {c['cheap_calls']:,} calls | {fmt(c['rss_kib_after_all'])} KiB |",
        f"| growth from 1,000 to {c['cheap_calls']:,} calls | {growth:+,} KiB "
        f"({'within' if abs(growth) <= 1024 else 'OVER'} 1 MiB)"
        + (f"; per run: {', '.join(f'{g:+,}' for g in c['rss_growth_kib_per_run'])} KiB" if c.get("rss_growth_kib_per_run") else "")
        + " |",
        "",
    ]


def combine(runs: Sequence[dict]) -> dict:
    """Each figure's median over the runs (a label: the last run's), and each run's RSS
    growth beside it, since the 1 MiB bound holds for each run, not for a median."""
    if not all("c" in r for r in runs):
        return {}
    med = statistics.median
    keys = {k: v for r in runs for k, v in r["c"].items()}
    c = {
        k: (type(v)(med(r["c"][k] for r in runs if k in r["c"])) if isinstance(v, (int, float)) else v)
        for k, v in keys.items()
    }
    c["rss_growth_kib_per_run"] = [
        r["c"]["rss_kib_after_all"] - r["c"]["rss_kib_after_1000"] for r in runs
    ]
    return {"c": c}
