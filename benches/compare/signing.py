"""Signing one CreateSslVpnClientCert request: the official SDKs from Python, vpncert from
criterion (its Python package does not expose its signer)."""

from __future__ import annotations

import statistics
import timeit
from typing import Callable, Dict, List, Optional, Sequence

from . import criterion
from .common import REGION, fmt, ratio

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


def measure_signing(criterion_root: Optional[str]) -> dict:
    official = {name: time_per_call_us(fn) for name, fn in official_signers().items()}
    ours = {}
    if criterion_root:
        for key, group, bench in [
            ("vpncert sign_request V1 (criterion)", "sign_request", "v1"),
            ("vpncert sign_request V3 (criterion)", "sign_request", "v3"),
            ("vpncert new nonce (criterion)", "sign_parts", "nonce"),
        ]:
            ours[key] = criterion.median_us(criterion_root, group, bench)
    return {"official_us": official, "vpncert_us": ours}


def run(args) -> dict:
    return {"signing": measure_signing(args.criterion)}


def render(results: dict) -> List[str]:
    sign = results.get("signing")
    if not sign:
        return []
    v1 = sign["vpncert_us"].get("vpncert sign_request V1 (criterion)")
    v3 = sign["vpncert_us"].get("vpncert sign_request V3 (criterion)")
    lines = [
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
    return lines


def combine(runs: Sequence[dict]) -> dict:
    if not all("signing" in r for r in runs):
        return {}
    med = statistics.median
    return {
        "signing": {
            side: {k: med(r["signing"][side][k] for r in runs) for k in runs[0]["signing"][side]}
            for side in ("official_us", "vpncert_us")
        }
    }
