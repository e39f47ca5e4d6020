"""Calls per second and latency of each Python client against one emulator process."""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Sequence

from .common import (
    KEY_ID, NAME, REGION, SECRET, SERVER, UNLIMITED, fmt, micros, percentile, progress, ratio,
)

# --- the emulator ---------------------------------------------------------------------------


class EmulatorProcess:
    """The emulator binary (release build) in a process of its own, on a free loopback port.

    Not vpncert.testing.emulator, which runs the emulator inside this process: this job's
    "client CPU per call" is this process's CPU time (time.process_time, all threads, whatever
    threads a client uses), and an emulator in here would add its own work (a real certificate
    signed per create) to every client's figure. In another process it is measured apart, as
    it was for the runs BENCHMARKS.md records.
    """

    def __init__(self, binary: str, flags: Sequence[str] = ("--delete-settle-ms", "0")) -> None:
        # The default flags: deletes between turns must not leave the gateway "configuring".
        self.proc = subprocess.Popen(
            [
                binary,
                "--listen", "127.0.0.1:0",
                "--quota", str(UNLIMITED),
                "--create-limit", str(UNLIMITED),
                *flags,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline().strip()
        m = re.fullmatch(r"listening on (http://([\d.]+):(\d+))", first)
        if not m:
            self.proc.kill()
            raise SystemExit(f"compare: unexpected first line from the emulator: {first!r}")
        self.url = m.group(1)
        self.host_port = f"{m.group(2)}:{m.group(3)}"
        # Keep reading its stdout so it can never block on a full pipe.
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()

    def state(self) -> dict:
        with urllib.request.urlopen(self.url + "/__emulator/state", timeout=30) as r:
            return json.load(r)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# The emulator remembers every signature nonce for 15 minutes and, past 500,000 of them,
# prunes that cache on every request (about 10 ms a call on this machine, for every client
# alike) until it holds a million and starts over. A run sends more requests than that, so the
# harness counts what it sends and moves to a fresh emulator process (same binary, same flags)
# before one would cross this budget; the switch happens between turns, never inside one.
REQUEST_BUDGET = 450_000


class EmulatorHost:
    """The current emulator process and how many requests it has been sent."""

    def __init__(self, binary: str, budget: int = REQUEST_BUDGET) -> None:
        self.binary = binary
        self.budget = budget
        self.emu = EmulatorProcess(binary)
        self.sent = 0
        self.processes = 1

    def reserve(self, requests: int) -> bool:
        """Makes room for `requests` more; True when that took a fresh process."""
        fresh = False
        if self.sent + requests > self.budget:
            self.emu.stop()
            self.emu = EmulatorProcess(self.binary)
            self.sent = 0
            self.processes += 1
            fresh = True
            progress(f"  (fresh emulator process at {self.emu.url})")
        self.sent += requests
        return fresh

    def settle(self, reserved: int, sent: int) -> None:
        """Replaces a reservation by what was actually sent."""
        self.sent += sent - reserved

    def stop(self) -> None:
        self.emu.stop()


# --- the clients ----------------------------------------------------------------------------


@dataclass
class Sdk:
    """A client under test: how to make one, and its two calls."""

    label: str
    make: Callable[[EmulatorProcess], object]
    create: Callable[[object], str]
    describe: Callable[[object], str]


def vpncert_sdk(version: str) -> Sdk:
    import vpncert

    def make(emu: EmulatorProcess) -> object:
        return vpncert.Client(
            REGION,
            access_key_id=KEY_ID,
            access_key_secret=SECRET,
            endpoint=emu.url,
            max_retries=0,
            signature_version=version,
        )

    def create(c) -> str:
        return c.create_ssl_vpn_client_cert(SERVER, NAME).ssl_vpn_client_cert_id

    def describe(c) -> str:
        return c.describe_ssl_vpn_servers().items[0].ssl_vpn_server_id

    return Sdk(f"vpncert ({version})", make, create, describe)


def official_v3_sdk() -> Sdk:
    from alibabacloud_tea_openapi.models import Config
    from alibabacloud_vpc20160428 import models
    from alibabacloud_vpc20160428.client import Client

    def make(emu: EmulatorProcess) -> object:
        return Client(
            Config(
                access_key_id=KEY_ID,
                access_key_secret=SECRET,
                endpoint=emu.host_port,
                protocol="http",
                region_id=REGION,
            )
        )

    def create(c) -> str:
        req = models.CreateSslVpnClientCertRequest(
            region_id=REGION, ssl_vpn_server_id=SERVER, name=NAME
        )
        return c.create_ssl_vpn_client_cert(req).body.ssl_vpn_client_cert_id

    def describe(c) -> str:
        req = models.DescribeSslVpnServersRequest(region_id=REGION)
        return c.describe_ssl_vpn_servers(req).body.ssl_vpn_servers.ssl_vpn_server[0].ssl_vpn_server_id

    return Sdk("alibabacloud-vpc20160428 (V3)", make, create, describe)


def official_v1_sdk() -> Sdk:
    from aliyunsdkcore.client import AcsClient
    from aliyunsdkvpc.request.v20160428.CreateSslVpnClientCertRequest import (
        CreateSslVpnClientCertRequest,
    )
    from aliyunsdkvpc.request.v20160428.DescribeSslVpnServersRequest import (
        DescribeSslVpnServersRequest,
    )

    endpoint = {}

    def make(emu: EmulatorProcess) -> object:
        endpoint["host"] = emu.host_port
        return AcsClient(KEY_ID, SECRET, REGION, auto_retry=False)

    def send(c, req) -> dict:
        req.set_endpoint(endpoint["host"])
        req.set_protocol_type("http")
        return json.loads(c.do_action_with_exception(req))

    def create(c) -> str:
        req = CreateSslVpnClientCertRequest()
        req.set_SslVpnServerId(SERVER)
        req.set_Name(NAME)
        return send(c, req)["SslVpnClientCertId"]

    def describe(c) -> str:
        return send(c, DescribeSslVpnServersRequest())["SslVpnServers"]["SslVpnServer"][0][
            "SslVpnServerId"
        ]

    return Sdk("aliyun-python-sdk-vpc (V1)", make, create, describe)


# --- throughput and latency -----------------------------------------------------------------


@dataclass
class Turn:
    calls: int
    seconds: float
    latencies_us: List[float]
    # CPU time (user + system, all threads) this process spent, so the SDK's own cost per call
    # shows apart from the emulator's, which runs in another process.
    cpu_seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.calls / self.seconds


def run_turn(call: Callable[[], str], threads: int, seconds: float, max_calls: int) -> Turn:
    """`threads` threads call until `seconds` pass or `max_calls` calls were made between them."""
    lock = threading.Lock()
    budget = [max_calls]
    lat: List[List[float]] = [[] for _ in range(threads)]
    errors: List[BaseException] = []
    start_gate = threading.Barrier(threads + 1)
    perf = time.perf_counter

    def work(mine: List[float]) -> None:
        start_gate.wait()
        deadline = perf() + seconds
        try:
            while True:
                with lock:
                    if budget[0] <= 0:
                        return
                    budget[0] -= 1
                t0 = perf()
                if not call():
                    raise RuntimeError("empty answer")
                t1 = perf()
                mine.append((t1 - t0) * 1e6)
                if t1 >= deadline:
                    return
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    ts = [threading.Thread(target=work, args=(lat[i],)) for i in range(threads)]
    for t in ts:
        t.start()
    cpu0 = time.process_time()
    start_gate.wait()
    t0 = perf()
    for t in ts:
        t.join()
    elapsed = perf() - t0
    cpu = time.process_time() - cpu0
    if errors:
        raise SystemExit(f"compare: a call failed: {errors[0]!r}")
    flat = [x for xs in lat for x in xs]
    return Turn(len(flat), elapsed, flat, cpu)


def cleanup(emu: EmulatorProcess, cleaner) -> int:
    """Deletes every certificate (not timed), so each turn starts from an empty account."""
    ids = [c["ssl_vpn_client_cert_id"] for c in emu.state()["certificates"]]
    chunks = [ids[i::4] for i in range(4)]

    def drop(chunk: List[str]) -> None:
        for cert_id in chunk:
            cleaner.delete_ssl_vpn_client_cert(cert_id)

    ts = [threading.Thread(target=drop, args=(c,)) for c in chunks]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return len(ids)


@dataclass
class Scenario:
    op: str  # "create" or "describe"
    threads: int
    turns: Dict[str, List[Turn]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        what = "CreateSslVpnClientCert" if self.op == "create" else "DescribeSslVpnServers"
        return f"{what}, {self.threads} thread{'s' if self.threads > 1 else ''}"


def measure_calls(
    host: EmulatorHost,
    sdks: List[Sdk],
    rounds: int,
    seconds: float,
    threads: int,
    max_creates: int,
    max_describes: int,
) -> List[Scenario]:
    import vpncert

    state: dict = {}

    def connect() -> None:
        """New clients for the current emulator, warmed up: connections, lazy imports, caches."""
        emu = host.emu
        state["cleaner"] = vpncert.Client(
            REGION, access_key_id=KEY_ID, access_key_secret=SECRET, endpoint=emu.url, max_retries=3
        )
        state["clients"] = {s.label: s.make(emu) for s in sdks}
        for s in sdks:
            c = state["clients"][s.label]
            for _ in range(20):
                s.describe(c)
                s.create(c)
        cleanup(emu, state["cleaner"])

    warmup = len(sdks) * 40 * 2 + 1
    host.reserve(warmup)
    connect()
    scenarios = [Scenario(op, n) for op in ("describe", "create") for n in (1, threads)]
    for r in range(rounds):
        for sc in scenarios:
            order = sdks[r % len(sdks):] + sdks[: r % len(sdks)]
            for s in order:
                cap = max_creates if sc.op == "create" else max_describes
                # A create turn is followed by as many deletes (and one state read).
                worst = cap * 2 + 1 if sc.op == "create" else cap
                if host.reserve(worst + warmup):
                    connect()
                c = state["clients"][s.label]
                fn = getattr(s, sc.op)
                turn = run_turn(lambda: fn(c), sc.threads, seconds, cap)
                sc.turns.setdefault(s.label, []).append(turn)
                sent = turn.calls
                if sc.op == "create":
                    sent += cleanup(host.emu, state["cleaner"]) + 1
                host.settle(worst + warmup, sent)
                progress(
                    f"  round {r + 1}/{rounds} {sc.name:<38} {s.label:<30} "
                    f"{turn.rate:9.0f} calls/s"
                )
    return scenarios


def summarize_calls(scenarios: List[Scenario]) -> List[dict]:
    rows = []
    for sc in scenarios:
        for label, turns in sc.turns.items():
            lat = sorted(x for t in turns for x in t.latencies_us)
            rates = [t.rate for t in turns]
            rows.append(
                {
                    "scenario": sc.name,
                    "op": sc.op,
                    "threads": sc.threads,
                    "sdk": label,
                    "calls_per_s": statistics.median(rates),
                    "calls_per_s_min": min(rates),
                    "calls_per_s_max": max(rates),
                    "p50_us": percentile(lat, 0.50),
                    "p99_us": percentile(lat, 0.99),
                    "cpu_us_per_call": statistics.median(t.cpu_seconds / t.calls * 1e6 for t in turns),
                    "calls": sum(t.calls for t in turns),
                }
            )
    return rows


def run(args) -> dict:
    """The job: `calls` and `emulator_processes` of the results."""
    host = EmulatorHost(args.emulator, args.request_budget)
    try:
        progress(f"calls against {host.emu.url}...")
        sdks = [vpncert_sdk("v1"), vpncert_sdk("v3"), official_v3_sdk(), official_v1_sdk()]
        scenarios = measure_calls(
            host, sdks, args.rounds, args.seconds, args.threads, args.max_creates,
            args.max_describes,
        )
        return {"calls": summarize_calls(scenarios), "emulator_processes": host.processes}
    finally:
        host.stop()


# --- the report -----------------------------------------------------------------------------


def render(results: dict) -> List[str]:
    calls = results.get("calls")
    if not calls:
        return []
    lines = [
        "### Calls against the emulator (Python, one shared client per SDK)",
        "",
        (f"Medians over {results['runs']} runs of {results['settings']['rounds']} rounds each "
         "(range: the lowest and highest run)" if results.get("runs") else
         f"Medians over {results['settings']['rounds']} rounds (range: the lowest and highest round)")
        + f"; emulator processes per run: {results.get('emulator_processes', 1)}. Create is "
        "emulator-bound: the emulator issues a real X.509 certificate per call.",
        "",
        "| call | SDK | calls/s (range) | p50 latency | p99 latency | client CPU per call "
        "| vpncert, same signature: calls/s | p50 | CPU per call |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    by = {(r["scenario"], r["sdk"]): r for r in calls}
    for r in calls:
        rel = rel_p50 = rel_cpu = ""
        if not r["sdk"].startswith("vpncert"):
            ours = by.get((r["scenario"], "vpncert (v3)" if "(V3)" in r["sdk"] else "vpncert (v1)"))
            if ours:
                rel = ratio(ours["calls_per_s"], r["calls_per_s"]) + " more"
                rel_p50 = ratio(r["p50_us"], ours["p50_us"]) + " lower"
                rel_cpu = ratio(r.get("cpu_us_per_call"), ours.get("cpu_us_per_call")) + " less"
        bound = " (emulator-bound)" if r["op"] == "create" else ""
        lines.append(
            f"| {r['scenario']}{bound} | {r['sdk']} | {fmt(r['calls_per_s'])} "
            f"({fmt(r['calls_per_s_min'])}-{fmt(r['calls_per_s_max'])}) | "
            f"{micros(r['p50_us'])} | {micros(r['p99_us'])} | {micros(r.get('cpu_us_per_call'))} | "
            f"{rel} | {rel_p50} | {rel_cpu} |"
        )
    lines.append("")
    return lines


def combine(runs: Sequence[dict]) -> dict:
    """Each row's medians over the runs, and for calls/s the lowest and highest run."""
    if not all("calls" in r for r in runs):
        return {}
    med = statistics.median
    rows = []
    for row in runs[0]["calls"]:
        same = [
            x for r in runs for x in r["calls"]
            if x["scenario"] == row["scenario"] and x["sdk"] == row["sdk"]
        ]
        rates = [x["calls_per_s"] for x in same]
        rows.append(
            dict(
                row,
                calls_per_s=med(rates),
                calls_per_s_min=min(rates),
                calls_per_s_max=max(rates),
                p50_us=med(x["p50_us"] for x in same),
                p99_us=med(x["p99_us"] for x in same),
                cpu_us_per_call=med(x.get("cpu_us_per_call", float("nan")) for x in same),
                calls=sum(x["calls"] for x in same),
            )
        )
    return {
        "calls": rows,
        "emulator_processes": max(r.get("emulator_processes", 1) for r in runs),
    }
