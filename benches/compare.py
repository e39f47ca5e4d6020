"""vpncert side by side with the official Alibaba Cloud Python SDKs, in one run on one machine.

Run through ``benches/run.sh`` (which builds everything and sets up the venv this needs); by hand::

    python benches/compare.py --emulator target/release/vpncert-emulator \\
        [--c-bench benches/c/bench] [--criterion target/criterion] [--wheel path/to/vpncert.whl]

What it measures, each client against the same emulator process (started here, release build):

- calls per second, median and p99 latency of CreateSslVpnClientCert (bound by the emulator,
  which issues a real X.509 certificate per create) and of DescribeSslVpnServers (a cheap read,
  so the SDK's own overhead shows), from one thread and from 8 threads sharing one client. The
  clients take turns, in a rotating order, for several rounds; the table shows medians over
  rounds. Certificates are deleted between turns (not timed), because the emulator's create cost
  grows with the certificates it holds;
- the signers: the official SDKs' V3 and V1 signing of the same CreateSslVpnClientCert request,
  timed from Python, beside vpncert's (criterion, from this run: vpncert's Python package does not
  expose its signer);
- import time and peak memory of each SDK, each sample in a fresh interpreter;
- installed size: vpncert's wheel and installed files against each official SDK's dependency
  closure, from the venv's RECORD files;
- the C library (``benches/c/bench``): calls per second and RSS after 1,000 and 100,000 calls.

The emulator slows down for everyone once it has seen 500,000 signature nonces in 15 minutes
(see ``REQUEST_BUDGET``), so the harness counts the requests it sends and starts a fresh
emulator process (same binary and flags) between turns when the next turn could cross that;
the default settings keep the Python calls in one process, and the C benchmark gets its own.

Nothing here passes or fails: it prints numbers (and writes them to ``--out`` as JSON and
Markdown).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import threading
import time
import timeit
import urllib.request
from dataclasses import dataclass, field
from importlib import metadata
from typing import Callable, Dict, List, Optional, Sequence

REGION = "cn-hangzhou"
SERVER = "vss-emulator0001"
KEY_ID, SECRET = "testid", "testsecret"
NAME = "bench"

# --- the emulator ---------------------------------------------------------------------------


class Emulator:
    """One emulator process for the whole run, on a free loopback port."""

    def __init__(self, binary: str) -> None:
        big = str(2**32 - 1)
        self.proc = subprocess.Popen(
            [
                binary,
                "--listen", "127.0.0.1:0",
                "--quota", big,
                "--create-limit", big,
                # Deletes between turns must not leave the gateway "configuring".
                "--delete-settle-ms", "0",
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
            raise SystemExit(f"compare.py: unexpected first line from the emulator: {first!r}")
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
        self.emu = Emulator(binary)
        self.sent = 0
        self.processes = 1

    def reserve(self, requests: int) -> bool:
        """Makes room for `requests` more; True when that took a fresh process."""
        fresh = False
        if self.sent + requests > self.budget:
            self.emu.stop()
            self.emu = Emulator(self.binary)
            self.sent = 0
            self.processes += 1
            fresh = True
            print(f"  (fresh emulator process at {self.emu.url})", file=sys.stderr, flush=True)
        self.sent += requests
        return fresh

    def settle(self, reserved: int, sent: int) -> None:
        """Replaces a reservation by what was actually sent."""
        self.sent += sent - reserved

    def stop(self) -> None:
        self.emu.stop()


# --- the three clients ----------------------------------------------------------------------


@dataclass
class Sdk:
    """A client under test: how to make one, and its two calls."""

    label: str
    make: Callable[[Emulator], object]
    create: Callable[[object], str]
    describe: Callable[[object], str]


def vpncert_sdk(version: str) -> Sdk:
    import vpncert

    def make(emu: Emulator) -> object:
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

    def make(emu: Emulator) -> object:
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

    def make(emu: Emulator) -> object:
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
        raise SystemExit(f"compare.py: a call failed: {errors[0]!r}")
    flat = [x for xs in lat for x in xs]
    return Turn(len(flat), elapsed, flat, cpu)


def cleanup(emu: Emulator, cleaner) -> int:
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


def percentile(sorted_xs: Sequence[float], q: float) -> float:
    if not sorted_xs:
        return float("nan")
    i = min(len(sorted_xs) - 1, max(0, round(q * (len(sorted_xs) - 1))))
    return sorted_xs[i]


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
                print(
                    f"  round {r + 1}/{rounds} {sc.name:<38} {s.label:<30} "
                    f"{turn.rate:9.0f} calls/s",
                    file=sys.stderr,
                    flush=True,
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


# --- signing --------------------------------------------------------------------------------

SIGN_PARAMS = {
    "RegionId": REGION,
    "SslVpnServerId": "vss-bp1example0000001",
    "Name": "alice-laptop",
    "ClientToken": "5f0c8a2e-8a31-4d5e-9f4e-0b7d2c6a1e93",
}
SIGN_KEY, SIGN_SECRET = "LTAI5tExampleAccessKey", "ExampleSecretExampleSecret0123"
SIGN_TIME = "2024-03-04T08:00:00Z"
SIGN_NONCE = "3ee8c1b883d344afa94f4e0ad82fd6cf"


def time_per_call_us(fn: Callable[[], object], min_seconds: float = 0.3, repeat: int = 7) -> float:
    """Median over `repeat` batches of the time per call, in microseconds."""
    t = timeit.Timer(fn)
    number, _ = t.autorange()
    number = max(number, int(number * min_seconds / 0.2))
    return statistics.median(t.repeat(repeat=repeat, number=number)) / number * 1e6


def official_signers() -> Dict[str, Callable[[], object]]:
    """The official SDKs' signing of the same CreateSslVpnClientCert request, as their clients
    do it per attempt (fixed time and nonce where the SDK takes them as inputs)."""
    from alibabacloud_tea_openapi.utils import Utils
    from aliyunsdkcore.auth.composer import rpc_signature_composer as composer
    from darabonba.request import DaraRequest

    user_agent = Utils.get_user_agent(None)
    alg = "ACS3-HMAC-SHA256"

    def tea_v3() -> str:
        # alibabacloud_tea_openapi Client.call_api, V3 branch: headers, payload hash, Authorization.
        req = DaraRequest()
        req.method = "POST"
        req.pathname = "/"
        req.query = dict(SIGN_PARAMS)
        req.headers = {
            "host": "vpc.aliyuncs.com",
            "x-acs-version": "2016-04-28",
            "x-acs-action": "CreateSslVpnClientCert",
            "user-agent": user_agent,
            "x-acs-date": SIGN_TIME,
            "x-acs-signature-nonce": SIGN_NONCE,
            "accept": "application/json",
        }
        payload = Utils.hash(b"", alg).hex()
        req.headers["x-acs-content-sha256"] = payload
        req.headers["Authorization"] = Utils.get_authorization(req, alg, payload, SIGN_KEY, SIGN_SECRET)
        return req.headers["Authorization"]

    v1_params = dict(
        SIGN_PARAMS,
        Action="CreateSslVpnClientCert",
        Version="2016-04-28",
        Format="JSON",
        AccessKeyId=SIGN_KEY,
        SignatureMethod="HMAC-SHA1",
        SignatureVersion="1.0",
        SignatureNonce=SIGN_NONCE,
        Timestamp=SIGN_TIME,
    )

    def tea_rpc_v1() -> str:
        # alibabacloud_tea_openapi's RPC signer (signature_algorithm="v2": HMAC-SHA1).
        return Utils.get_rpcsignature(v1_params, "POST", SIGN_SECRET)

    def legacy_v1() -> str:
        # aliyunsdkcore's RpcRequest signing: draws its own timestamp and UUID nonce, composes the
        # string to sign, signs with sha_hmac1 and builds the URL.
        params = dict(SIGN_PARAMS, Action="CreateSslVpnClientCert", Version="2016-04-28")
        url, _ = composer.get_signed_url(params, SIGN_KEY, SIGN_SECRET, "JSON", "POST", {})
        return url

    compose = getattr(composer, "__compose_string_to_sign")
    get_signature = getattr(composer, "__get_signature")

    def legacy_v1_fixed() -> str:
        # The same without drawing time and nonce: string to sign and HMAC only.
        return get_signature(compose("POST", v1_params), SIGN_SECRET)

    return {
        "official V3 (alibabacloud_tea_openapi: headers + payload hash + get_authorization)": tea_v3,
        "official V1 (aliyunsdkcore get_signed_url, draws time + nonce)": legacy_v1,
        "official V1 (aliyunsdkcore string to sign + sha_hmac1, fixed time + nonce)": legacy_v1_fixed,
        "official V1 (alibabacloud_tea_openapi get_rpcsignature)": tea_rpc_v1,
    }


def criterion_median_us(root: str, group: str, bench: str) -> Optional[float]:
    path = os.path.join(root, group, bench, "new", "estimates.json")
    try:
        with open(path) as f:
            return json.load(f)["median"]["point_estimate"] / 1000.0
    except (OSError, KeyError, ValueError):
        return None


CRITERION_GROUPS = ["sign_request", "sign_parts", "build_sign_decode", "emulator"]


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


def measure_signing(criterion_root: Optional[str]) -> dict:
    official = {name: time_per_call_us(fn) for name, fn in official_signers().items()}
    ours = {}
    if criterion_root:
        for key, group, bench in [
            ("vpncert sign_request V1 (criterion)", "sign_request", "v1"),
            ("vpncert sign_request V3 (criterion)", "sign_request", "v3"),
            ("vpncert new nonce (criterion)", "sign_parts", "nonce"),
        ]:
            ours[key] = criterion_median_us(criterion_root, group, bench)
    return {"official_us": official, "vpncert_us": ours}


# --- import time and memory -----------------------------------------------------------------

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


# --- installed size -------------------------------------------------------------------------


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
        p = dist.locate_file(f)
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


# --- the C library --------------------------------------------------------------------------


def run_c_bench(binary: str, emu: Emulator, cheap_calls: int, creates: int, threads: int) -> dict:
    out = subprocess.run(
        [binary, emu.url, str(cheap_calls), str(creates), str(threads), "3"],
        check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(out)


# --- the machine ----------------------------------------------------------------------------


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
        "loadavg_start": open("/proc/loadavg").read().split()[:3],
        "packages": {n: _version(n) for n in (
            "vpncert", "alibabacloud-vpc20160428", "alibabacloud-tea-openapi",
            "aliyun-python-sdk-vpc", "aliyun-python-sdk-core",
        )},
    }


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


# --- the report -----------------------------------------------------------------------------


def fmt(x: Optional[float], digits: int = 0) -> str:
    if x is None or x != x:
        return "n/a"
    return f"{x:,.{digits}f}"


def micros(x: Optional[float], digits: int = 0) -> str:
    text = fmt(x, digits)
    return text if text == "n/a" else f"{text} us"


def ratio(a: Optional[float], b: Optional[float]) -> str:
    if not a or not b:
        return "n/a"
    return f"{a / b:.1f}x"


def render(results: dict) -> str:
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
    calls = results.get("calls")
    if calls:
        lines += [
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
    crit = results.get("criterion")
    if crit:
        span = "lowest-highest run" if results.get("runs") else "95% interval"
        lines += [
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
    sign = results.get("signing")
    if sign:
        v1 = sign["vpncert_us"].get("vpncert sign_request V1 (criterion)")
        v3 = sign["vpncert_us"].get("vpncert sign_request V3 (criterion)")
        lines += [
            "### Signing one CreateSslVpnClientCert request (median time per request)",
            "",
            "| signer | time | vs vpncert (same version) |",
            "|---|---:|---:|",
        ]
        for name, us in sign["vpncert_us"].items():
            lines.append(f"| {name} | {fmt(us, 2)} us | |")
        nonce = sign["vpncert_us"].get("vpncert new nonce (criterion)")
        v1_drawn = v1 + nonce if v1 and nonce else None
        if v1_drawn:
            lines.append(f"| vpncert sign_request V1 + new nonce (criterion) | {fmt(v1_drawn, 2)} us | |")
        for name, us in sign["official_us"].items():
            # A signer that draws its own time and nonce is held against vpncert's plus a nonce.
            ref = v3 if " V3 " in name else (v1_drawn if "draws" in name else v1)
            lines.append(f"| {name} | {fmt(us, 2)} us | {ratio(us, ref)} slower |")
        lines += [
            "",
            "vpncert's Python package does not expose its signer, so vpncert's figures are the "
            "criterion medians of this run (Rust, no Python call overhead); the official signers "
            "are timed from Python in the same run.",
            "",
        ]
    imp = results.get("imports")
    sizes = results.get("sizes")
    if imp:
        base = imp["vpncert"]
        lines += [
            "### Import (fresh interpreter each sample; medians) and installed size",
            "",
            "| SDK | import time | peak RSS (ru_maxrss) | over a bare interpreter | installed (dependency closure) | distributions |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for name in IMPORTS:
            i = imp[name]
            s = (sizes or {}).get(name, {})
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
    c = results.get("c")
    if c:
        growth = c["rss_kib_after_all"] - c["rss_kib_after_1000"]
        lines += [
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
    return "\n".join(lines)


def combine(runs: List[dict]) -> dict:
    """One result from several runs: the median of each figure over the runs, and for calls/s
    the lowest and highest per-run median (the spread between runs)."""
    med = statistics.median
    out: dict = {"machine": dict(runs[0]["machine"]), "settings": runs[0]["settings"], "runs": len(runs)}
    out["machine"]["loadavg_start"] = [f"{r['machine']['loadavg_start'][0]}" for r in runs]
    out["machine"]["loadavg_end"] = [f"{r['machine'].get('loadavg_end', ['?'])[0]}" for r in runs]
    if all("calls" in r for r in runs):
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
        out["calls"] = rows
        out["emulator_processes"] = max(r.get("emulator_processes", 1) for r in runs)
    if all(r.get("criterion") for r in runs):
        out["criterion"] = [
            dict(
                row,
                median_us=med(x["median_us"] for r in runs for x in r["criterion"] if x["bench"] == row["bench"]),
                lower_us=min(x["median_us"] for r in runs for x in r["criterion"] if x["bench"] == row["bench"]),
                upper_us=max(x["median_us"] for r in runs for x in r["criterion"] if x["bench"] == row["bench"]),
            )
            for row in runs[0]["criterion"]
        ]
    if all("signing" in r for r in runs):
        out["signing"] = {
            side: {k: med(r["signing"][side][k] for r in runs) for k in runs[0]["signing"][side]}
            for side in ("official_us", "vpncert_us")
        }
    if all("imports" in r for r in runs):
        out["imports"] = {
            name: {k: med(r["imports"][name][k] for r in runs) for k in fields}
            for name, fields in runs[0]["imports"].items()
        }
    if "sizes" in runs[-1]:
        out["sizes"] = runs[-1]["sizes"]
    if all("c" in r for r in runs):
        keys = {k: v for r in runs for k, v in r["c"].items()}
        out["c"] = {
            k: (type(v)(med(r["c"][k] for r in runs if k in r["c"])) if isinstance(v, (int, float)) else v)
            for k, v in keys.items()
        }
        out["c"]["rss_growth_kib_per_run"] = [
            r["c"]["rss_kib_after_all"] - r["c"]["rss_kib_after_1000"] for r in runs
        ]
    return out


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--emulator", help="the vpncert-emulator binary (release build)")
    ap.add_argument("--combine", nargs="+", metavar="RESULTS_JSON",
                    help="measure nothing: print the medians over these runs' results.json")
    ap.add_argument("--c-bench", help="benches/c/bench, built against target/release/libvpncert.so")
    ap.add_argument("--criterion", help="criterion's output directory (target/criterion) of this run")
    ap.add_argument("--wheel", help="the vpncert wheel that was installed")
    ap.add_argument("--rounds", type=int, default=5, help="turns per client and scenario (5)")
    ap.add_argument("--seconds", type=float, default=2.0, help="length of one turn (2 s)")
    ap.add_argument("--threads", type=int, default=8, help="threads of the threaded scenarios (8)")
    ap.add_argument("--max-creates", type=int, default=2000,
                    help="creates per turn at most, so the emulator holds few certificates (2000)")
    ap.add_argument("--max-describes", type=int, default=5000,
                    help="describes per turn at most (5000), so that a run fits one emulator process")
    ap.add_argument("--request-budget", type=int, default=REQUEST_BUDGET,
                    help=f"requests one emulator process is sent at most ({REQUEST_BUDGET})")
    ap.add_argument("--import-samples", type=int, default=15, help="fresh interpreters per SDK (15)")
    ap.add_argument("--c-calls", type=int, default=100_000, help="cheap calls of the C leak check")
    ap.add_argument("--c-creates", type=int, default=2000, help="creates of the C benchmark")
    ap.add_argument("--out", help="directory for results.json and results.md")
    ap.add_argument("--only", action="append",
                    choices=["calls", "signing", "imports", "sizes", "c"],
                    help="run only these parts (repeatable); default: all")
    args = ap.parse_args(argv)
    if args.combine:
        runs = []
        for path in args.combine:
            with open(path) as f:
                runs.append(json.load(f))
        results = combine(runs)
        table = render(results)
        print(table)
        if args.out:
            os.makedirs(args.out, exist_ok=True)
            with open(os.path.join(args.out, "combined.json"), "w") as f:
                json.dump(results, f, indent=2)
            with open(os.path.join(args.out, "combined.md"), "w") as f:
                f.write(table + "\n")
        return 0
    if not args.emulator:
        ap.error("--emulator is required (unless --combine)")
    parts = set(args.only or ["calls", "signing", "imports", "sizes", "c"])

    results: dict = {
        "machine": machine(),
        "settings": {k: v for k, v in vars(args).items() if k != "only"},
    }
    if "sizes" in parts:
        print("installed sizes...", file=sys.stderr, flush=True)
        results["sizes"] = measure_sizes(args.wheel)
    if "imports" in parts:
        print("imports...", file=sys.stderr, flush=True)
        results["imports"] = measure_imports(args.import_samples)
    results["criterion"] = read_criterion(args.criterion)
    if "signing" in parts:
        print("signing...", file=sys.stderr, flush=True)
        results["signing"] = measure_signing(args.criterion)

    host = EmulatorHost(args.emulator, args.request_budget)
    try:
        if "calls" in parts:
            print(f"calls against {host.emu.url}...", file=sys.stderr, flush=True)
            sdks = [vpncert_sdk("v1"), vpncert_sdk("v3"), official_v3_sdk(), official_v1_sdk()]
            scenarios = measure_calls(
                host, sdks, args.rounds, args.seconds, args.threads, args.max_creates,
                args.max_describes,
            )
            results["calls"] = summarize_calls(scenarios)
            results["emulator_processes"] = host.processes
        if "c" in parts and args.c_bench:
            print("C benchmark...", file=sys.stderr, flush=True)
            # Its threaded phases stop after as many calls as the serial ones made.
            host.reserve(2 * args.c_calls + 2 * args.c_creates)
            results["c"] = run_c_bench(
                args.c_bench, host.emu, args.c_calls, args.c_creates, args.threads
            )
    finally:
        host.stop()
    results["machine"]["loadavg_end"] = open("/proc/loadavg").read().split()[:3]

    table = render(results)
    print(table)
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        with open(os.path.join(args.out, "results.json"), "w") as f:
            json.dump(results, f, indent=2)
        with open(os.path.join(args.out, "results.md"), "w") as f:
            f.write(table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
