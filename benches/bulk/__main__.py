"""python -m benches.bulk: the bulk scenario table (see the package documentation)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

from benches.compare.calls import EmulatorProcess
from benches.compare.common import KEY_ID, REGION, SECRET, fmt, progress

SERVERS = [f"vss-bench{i:04d}" for i in range(1, 5)]
CREATE_RATE = 30.0


@dataclass
class Scenario:
    name: str
    what: str
    people: int
    latency_ms: int = 30
    rates: Dict[str, float] = field(
        default_factory=lambda: {
            "CreateSslVpnClientCert": CREATE_RATE,
            "DescribeSslVpnClientCert": 60.0,
            "*": 100.0,
        }
    )
    create_settle_ms: int = 0
    settle_ms: int = 300
    # Offboarding: revoke this many of the people (who are issued first, untimed).
    revoke: int = 0

    def flags(self) -> List[str]:
        f = ["--latency-ms", str(self.latency_ms)]
        for action, rate in self.rates.items():
            f += ["--rate-limit", f"{action}={rate:g}"]
        f += ["--create-settle-ms", str(self.create_settle_ms), "--settle-ms", str(self.settle_ms)]
        for s in SERVERS:
            f += ["--server", f"{REGION}:{s}"]
        return f

    def rate(self, action: str) -> float:
        return self.rates.get(action, self.rates.get("*", float("inf")))

    def roster(self) -> List[Tuple[str, str]]:
        # Servers round-robin: a roster file is rarely sorted by server.
        return [(f"user{i:04d}", SERVERS[i % len(SERVERS)]) for i in range(self.people)]

    def lower_bound(self) -> float:
        lat = self.latency_ms / 1000
        if self.revoke:
            needed = {"DeleteSslVpnClientCert": self.revoke}
            n = -(-self.revoke // len(SERVERS))
            gateway = (n - 1) * (lat + self.settle_ms / 1000) + lat
            chain = lat
        else:
            needed = {"CreateSslVpnClientCert": self.people, "DescribeSslVpnClientCert": self.people}
            n = -(-self.people // len(SERVERS))
            gateway = (n - 1) * (lat + self.create_settle_ms / 1000) + 2 * lat
            chain = 2 * lat
        by_rate = max(max(0.0, k - self.rate(a)) / self.rate(a) for a, k in needed.items())
        return max(by_rate + chain, gateway)


@dataclass
class Result:
    scenario: str
    contender: str
    wall: float
    bound: float
    throttled: int
    requests: int
    failures: int
    duplicates: int
    note: str = ""

    @property
    def efficiency(self) -> float:
        return self.bound / self.wall if self.wall else 0.0


def cli_env() -> Dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("ALIBABA_CLOUD_")}
    e.update(
        ALIBABA_CLOUD_ACCESS_KEY_ID=KEY_ID,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET=SECRET,
        ALIBABA_CLOUD_REGION_ID=REGION,
        ALIBABA_CLOUD_ECS_METADATA_DISABLED="true",
    )
    return e


def duplicates(state: dict) -> int:
    per = Counter(c["name"] for c in state["certificates"])
    return sum(n - 1 for n in per.values() if n > 1)


def write_roster(path: str, people: List[Tuple[str, str]]) -> None:
    with open(path, "w") as f:
        f.write("name,server\n")
        for name, server in people:
            f.write(f"{name},{server}\n")


def apply(cli: str, url: str, roster: str, out_dir: str, mode: str, workers: int) -> Tuple[float, int, str]:
    """Runs `vpncert apply`: its wall time, the outcomes failed or not attempted, a note."""
    cmd = [
        cli, "--endpoint", url, "--output", "json", "--retry-mode", mode, "apply",
        "--roster", roster, "--out-dir", out_dir, "--prune", "--max-revocations", "100000",
        "--concurrency", str(workers),
    ]
    started = time.perf_counter()
    p = subprocess.run(cmd, env=cli_env(), capture_output=True, text=True, timeout=3600)
    wall = time.perf_counter() - started
    try:
        report = json.loads(p.stdout)
        failures = sum(o["result"] in ("failed", "not_attempted") for o in report["outcomes"])
        note = ""
    except (ValueError, KeyError):
        lines = p.stderr.strip().splitlines()
        failures, note = -1, (lines[-1] if lines else f"exit {p.returncode}")
    return wall, failures, note


# A contender does the scenario's job; it calls `mark` when the timed part starts (after any
# untimed setup), and returns its wall time, failures and a note.
Contender = Callable[[Scenario, EmulatorProcess, str, Callable[[], None]], Tuple[float, int, str]]


def vpncert(cli: str, workers: int, mode: str) -> Contender:
    def run(sc: Scenario, emu: EmulatorProcess, work: str, mark: Callable[[], None]) -> Tuple[float, int, str]:
        people = sc.roster()
        roster = os.path.join(work, "roster.csv")
        out = os.path.join(work, "out")
        if sc.revoke:
            write_roster(roster, people)
            _, failed, note = apply(cli, emu.url, roster, out, "adaptive", 8)
            if failed:
                return 0.0, failed, f"setup: {note}"
            people = people[sc.revoke:]
        write_roster(roster, people)
        mark()
        return apply(cli, emu.url, roster, out, mode, workers)

    return run


def official_loop() -> Contender:
    """The official V3 SDK as a script would use it, one person after another."""
    from alibabacloud_tea_openapi.models import Config
    from alibabacloud_tea_util.models import RuntimeOptions
    from alibabacloud_vpc20160428 import models
    from alibabacloud_vpc20160428.client import Client

    runtime = RuntimeOptions(autoretry=True, max_attempts=3)

    def call(fn: Callable[[], object]) -> object:
        for _ in range(60):
            try:
                return fn()
            except Exception as e:  # the SDK's own exception types vary by version
                code = str(getattr(e, "code", ""))
                if code.startswith("Throttling"):
                    time.sleep(1.0)
                elif code == "VpnGateway.Configuring":
                    time.sleep(0.5)
                else:
                    raise
        raise RuntimeError("gave up after 60 tries")

    def run(sc: Scenario, emu: EmulatorProcess, work: str, mark: Callable[[], None]) -> Tuple[float, int, str]:
        c = Client(Config(access_key_id=KEY_ID, access_key_secret=SECRET,
                          endpoint=emu.host_port, protocol="http", region_id=REGION))
        failures = 0
        people = sc.roster()

        def issue(name: str, server: str) -> None:
            created = call(lambda: c.create_ssl_vpn_client_cert_with_options(
                models.CreateSslVpnClientCertRequest(
                    region_id=REGION, ssl_vpn_server_id=server, name=name), runtime))
            cert_id = created.body.ssl_vpn_client_cert_id  # type: ignore[attr-defined]
            while True:
                got = call(lambda: c.describe_ssl_vpn_client_cert_with_options(
                    models.DescribeSslVpnClientCertRequest(
                        region_id=REGION, ssl_vpn_client_cert_id=cert_id), runtime))
                if got.body.status == "normal":  # type: ignore[attr-defined]
                    break
                time.sleep(0.5)
            path = os.path.join(work, f"{name}.ovpn")
            with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
                f.write(got.body.client_config or "")  # type: ignore[attr-defined]

        if sc.revoke:
            for name, server in people:  # untimed setup
                issue(name, server)
            gone = {n for n, _ in people[: sc.revoke]}
        mark()
        started = time.perf_counter()
        if sc.revoke:
            ids = []
            for server in SERVERS:
                page = 1
                while True:
                    listed = call(lambda: c.describe_ssl_vpn_client_certs_with_options(
                        models.DescribeSslVpnClientCertsRequest(
                            region_id=REGION, ssl_vpn_server_id=server, page_number=page,
                            page_size=50), runtime))
                    keys = listed.body.ssl_vpn_client_cert_keys.ssl_vpn_client_cert_key or []  # type: ignore[attr-defined]
                    ids += [k.ssl_vpn_client_cert_id for k in keys if k.name in gone]
                    if page * 50 >= listed.body.total_count:  # type: ignore[attr-defined]
                        break
                    page += 1
            for cert_id in ids:
                try:
                    call(lambda: c.delete_ssl_vpn_client_cert_with_options(
                        models.DeleteSslVpnClientCertRequest(
                            region_id=REGION, ssl_vpn_client_cert_id=cert_id), runtime))
                except Exception:
                    failures += 1
        else:
            for name, server in people:
                try:
                    issue(name, server)
                except Exception:
                    failures += 1
        return time.perf_counter() - started, failures, ""

    return run


def measure(sc: Scenario, name: str, contender: Contender, emulator: str) -> Result:
    progress(f"bulk: {sc.name} {name} ...")
    emu = EmulatorProcess(emulator, sc.flags())
    try:
        with tempfile.TemporaryDirectory(prefix="vpncert-bulk-") as work:
            marked: Dict[str, dict] = {}

            def mark() -> None:
                marked["before"] = emu.state()

            wall, failures, note = contender(sc, emu, work, mark)
            after = emu.state()
            before = marked.get("before", after)
    finally:
        emu.stop()
    r = Result(
        scenario=sc.name, contender=name, wall=wall, bound=sc.lower_bound(),
        throttled=after["throttled"] - before["throttled"],
        requests=after["requests"] - before["requests"], failures=failures,
        duplicates=duplicates(after), note=note,
    )
    progress(f"bulk: {sc.name} {name}: {r.wall:.1f} s, efficiency {r.efficiency:.2f}")
    return r


def brownout(cli: str, emulator: str, people: int, seconds: float) -> dict:
    """`vpncert apply` with every request throttled for `seconds` in the middle: the requests
    the emulator receives per second meanwhile, against the configured create rate."""
    sc = Scenario("B", "brownout", people)
    progress(f"bulk: brownout {seconds:g} s ...")
    emu = EmulatorProcess(emulator, sc.flags())
    samples: List[Tuple[float, int]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="vpncert-bulk-") as work:
            roster = os.path.join(work, "roster.csv")
            write_roster(roster, sc.roster())
            done = threading.Event()
            result: Dict[str, object] = {}

            def job() -> None:
                result["run"] = apply(cli, emu.url, roster, os.path.join(work, "out"), "adaptive", 8)
                done.set()

            t = threading.Thread(target=job)
            t.start()
            time.sleep(1.5)
            start = time.monotonic()
            post(emu.url + f"/__emulator/brownout?Seconds={seconds:g}")
            while time.monotonic() - start < seconds:
                samples.append((time.monotonic(), emu.state()["requests"]))
                time.sleep(0.5)
            samples.append((time.monotonic(), emu.state()["requests"]))
            t.join()
            wall, failures, _ = result["run"]  # type: ignore[misc]
    finally:
        emu.stop()
    rates = [
        (b[1] - a[1]) / (b[0] - a[0])
        for a, b in zip(samples, samples[2:])  # one-second windows
    ]
    total = (samples[-1][1] - samples[0][1]) / (samples[-1][0] - samples[0][0])
    return {
        "seconds": seconds,
        "configured_create_rate": CREATE_RATE,
        "requests_per_second_mean": total,
        "requests_per_second_max_1s": max(rates) if rates else total,
        "ratio_max_to_rate": (max(rates) if rates else total) / CREATE_RATE,
        "apply_wall": wall,
        "apply_failures_during_brownout": failures,
    }


def post(url: str) -> None:
    import urllib.request

    req = urllib.request.Request(url, data=b"", method="POST")
    with urllib.request.urlopen(req, timeout=10) as r:
        r.read()


def render(results: List[Result], b: Optional[dict]) -> str:
    lines = [
        "| scenario | contender | wall s | bound s | efficiency | throttled | requests | failures | duplicates |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.scenario} | {r.contender} | {r.wall:.1f} | {r.bound:.1f} | {r.efficiency:.2f} | "
            f"{r.throttled} | {r.requests} | {r.failures} | {r.duplicates} |"
            + (f" {r.note}" if r.note else "")
        )
    by = {(r.scenario, r.contender): r for r in results}
    ours, theirs = by.get(("S1", "vpncert apply")), by.get(("S1", "official SDK loop"))
    if ours and theirs and ours.wall:
        lines.append("")
        lines.append(f"S1 throughput, vpncert apply / official SDK loop: {theirs.wall / ours.wall:.1f}x")
    if b:
        lines.append("")
        lines.append(
            f"Brownout ({b['seconds']:g} s, every request throttled): vpncert sent "
            f"{fmt(b['requests_per_second_mean'], 1)} requests/s on average, at most "
            f"{fmt(b['requests_per_second_max_1s'], 1)} in one second: "
            f"{b['ratio_max_to_rate']:.2f}x the configured create rate ({b['configured_create_rate']:g}/s)."
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m benches.bulk", description=__doc__)
    p.add_argument("--emulator", required=True, help="the vpncert-emulator binary (release)")
    p.add_argument("--cli", required=True, help="the vpncert binary (release)")
    p.add_argument("--out", default="benches/out")
    p.add_argument("--quick", action="store_true", help="40 people, a 3 s brownout: plumbing only")
    p.add_argument("--only", action="append", default=[], help="S1, S2, S3 or B (repeatable)")
    args = p.parse_args()
    people = 40 if args.quick else 200
    scenarios = [
        Scenario("S1", f"{people} people on 4 servers", people),
        Scenario("S2", f"S1 plus a 500 ms settle after every create", people, create_settle_ms=500),
        Scenario("S3", f"offboarding: revoke {people // 2} of them", people, revoke=people // 2),
    ]
    contenders: List[Tuple[str, Contender]] = [
        ("vpncert apply", vpncert(args.cli, 8, "adaptive")),
        ("official SDK loop", official_loop()),
        ("vpncert, 1 worker, standard", vpncert(args.cli, 1, "standard")),
    ]
    results = []
    for sc in scenarios:
        if args.only and sc.name not in args.only:
            continue
        for name, contender in contenders:
            results.append(measure(sc, name, contender, args.emulator))
    b = None
    if not args.only or "B" in args.only:
        b = brownout(args.cli, args.emulator, people, 3.0 if args.quick else 10.0)
    os.makedirs(args.out, exist_ok=True)
    table = render(results, b)
    with open(os.path.join(args.out, "bulk.md"), "w") as f:
        f.write(table)
    with open(os.path.join(args.out, "bulk.json"), "w") as f:
        json.dump({
            "quick": args.quick,
            "scenarios": [asdict(s) for s in scenarios],
            "results": [dict(asdict(r), efficiency=r.efficiency) for r in results],
            "brownout": b,
        }, f, indent=2)
    print(table)


if __name__ == "__main__":
    main()
