"""The attacks of the security review, from Python, against the hostile server of tests/hostile.

Each test reproduces one attack by a hostile server or hostile settings on 127.0.0.1 (nothing
here talks to another machine): a region that redirects the signed request, pages that echo the
STS token, SOCKS and unsupported proxies, a list that never ends, a proxy for a loopback
endpoint, durations that overflow the clock, a private key in a wrong-typed field, an endpoint
carrying a password. core/tests/security.rs reproduces the same attacks in Rust.
"""

from __future__ import annotations

import importlib.util
import pickle
import re
import socket
import sys
from pathlib import Path
from typing import Any, Iterable, List

import pytest

import vpncert
import vpncert.testing


def _load_hostile() -> Any:
    path = Path(__file__).resolve().parents[1] / "hostile" / "server.py"
    spec = importlib.util.spec_from_file_location("hostile_server", path)
    if spec is None or spec.loader is None:
        pytest.fail(f"cannot load the hostile server fixture from {path}", pytrace=False)
    module = importlib.util.module_from_spec(spec)
    sys.modules["hostile_server"] = module
    spec.loader.exec_module(module)
    return module


hostile = _load_hostile()

SECRET: str = hostile.SECRET
TOKEN: str = hostile.TOKEN


def _leak_forms() -> List[str]:
    """The token and secret as they travel: bare, percent-encoded once (the V1 query) and twice
    (the string to sign), with upper- and lower-case hex."""
    def lower_hex(text: str) -> str:
        return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), text)

    forms = []
    for value in (SECRET, TOKEN):
        once = hostile.percent_encode(value)
        twice = hostile.percent_encode(once)
        low = lower_hex(once)
        forms += [value, once, twice, low, hostile.percent_encode(low)]
    return sorted(set(forms))


LEAK_FORMS = _leak_forms()


def _assert_clean(what: str, text: Any, forms: Iterable[str] = LEAK_FORMS) -> None:
    if text is None:
        return
    if isinstance(text, bytes):
        for form in forms:
            assert form.encode() not in text, f"{what} leaks {form!r}"
        return
    text = str(text)
    for form in forms:
        assert form not in text, f"{what} leaks {form!r}: {text}"


def _assert_exception_clean(e: BaseException, forms: Iterable[str] = LEAK_FORMS) -> None:
    """Every way an exception gets shown, stored or shipped: str, repr, args, each attribute
    (the documented ones and whatever else is in its __dict__), and pickles."""
    forms = list(forms)
    _assert_clean("str()", str(e), forms)
    _assert_clean("repr()", repr(e), forms)
    for i, arg in enumerate(e.args):
        _assert_clean(f"args[{i}]", repr(arg), forms)
    for name in ("code", "message", "request_id", "recommend", "host_id", "reason", "parameter"):
        _assert_clean(f".{name}", getattr(e, name, None), forms)
    for name, value in vars(e).items():
        _assert_clean(f".{name}", repr(value), forms)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(e, protocol=protocol)
        _assert_clean(f"pickle protocol {protocol}", data, forms)
        # A pickle with a secret could still hide it from a byte search (protocol 0 escapes):
        # what comes back out must be clean too.
        back = pickle.loads(data)
        assert type(back) is type(e)
        _assert_clean("unpickled repr()", repr(back), forms)
        _assert_clean("unpickled attributes", repr(vars(back)), forms)
    for linked in (e.__cause__, e.__context__):
        if linked is not None:
            _assert_clean("chained exception", repr(linked), forms)


@pytest.fixture(autouse=True)
def _no_ambient_settings(monkeypatch, tmp_path):
    """Only what each test sets: no credential chain goes looking (no metadata service, no
    ~/.aliyun), no region, endpoint or proxy from the runner's environment."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
    for name in (
        "ALIBABA_CLOUD_REGION_ID",
        "ALIBABA_CLOUD_ENDPOINT_VPC",
        "ALIBABA_CLOUD_PROFILE",
        "ALIBABA_CLOUD_CONFIG_FILE",
        "ALIBABA_CLOUD_CREDENTIALS_FILE",
        "ALIBABA_CLOUD_CREDENTIALS_URI",
        "ALIBABA_CLOUD_CA_BUNDLE",
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


def _sts_client(url: str, **options: Any) -> vpncert.Client:
    options.setdefault("max_retries", 0)
    return vpncert.Client(
        "cn-hangzhou",
        access_key_id=hostile.ACCESS_KEY_ID,
        access_key_secret=SECRET,
        security_token=TOKEN,
        endpoint=url,
        **options,
    )


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- 1. A region cannot send the signed request elsewhere -------------------------------------


def _redirecting_regions(port: int) -> List[str]:
    return [
        f"x@127.0.0.1:{port}/",
        f"x@127.0.0.1:{port}#",
        f"x.127.0.0.1:{port}?",
        "cn-hangzhou.evil.example",
    ]


def test_security_region_argument_cannot_redirect_the_request():
    with hostile.start("count") as listener:
        for region in _redirecting_regions(listener.server_address[1]):
            with pytest.raises(vpncert.InvalidParameterError) as info:
                vpncert.Client(
                    region_id=region,
                    access_key_id=hostile.ACCESS_KEY_ID,
                    access_key_secret=SECRET,
                    security_token=TOKEN,
                )
            assert info.value.parameter == "RegionId", region
            _assert_exception_clean(info.value)
        assert listener.connections == 0, "nothing reached the listener"


def test_security_region_from_the_environment_cannot_redirect_the_request(monkeypatch):
    with hostile.start("count") as listener:
        for region in _redirecting_regions(listener.server_address[1]):
            monkeypatch.setenv("ALIBABA_CLOUD_REGION_ID", region)
            with pytest.raises(vpncert.InvalidParameterError) as info:
                vpncert.Client(
                    access_key_id=hostile.ACCESS_KEY_ID,
                    access_key_secret=SECRET,
                    security_token=TOKEN,
                )
            assert info.value.parameter == "RegionId", region
        assert listener.connections == 0, "nothing reached the listener"


# --- 2. An echoed STS token never reaches an exception ----------------------------------------


@pytest.mark.parametrize("signature_version", ["v1", "v3"])
@pytest.mark.parametrize(
    "mode,cls,http_status",
    [
        ("echo-gateway", vpncert.ServiceUnavailableError, 502),
        ("echo-api", vpncert.ForbiddenError, 403),
        ("echo-text", vpncert.DecodeError, 400),
    ],
)
def test_security_echoed_token_and_secret_are_scrubbed(mode, cls, http_status, signature_version):
    with hostile.start(mode) as server:
        client = _sts_client(server.url, signature_version=signature_version)
        with pytest.raises(cls) as info:
            client.describe_ssl_vpn_client_cert("vsc-1")
        [request] = server.requests
    e = info.value
    assert e.http_status == http_status
    # The server really had the token to echo: V1 sends it in the query, V3 in a header.
    if signature_version == "v1":
        assert f"SecurityToken={hostile.percent_encode(TOKEN)}" in request["path"]
    else:
        headers = {k.lower(): v for k, v in request["headers"].items()}
        assert headers["x-acs-security-token"] == TOKEN
    if mode == "echo-api":
        # Scrubbed, not dropped: the rest of the API's answer is still there.
        assert e.code == "Forbidden"
        assert "are not allowed" in e.message
        assert e.request_id.startswith("R-")
        assert e.recommend is not None and e.recommend.startswith("https://help.example/")
        assert e.host_id is not None and e.host_id.startswith("vpc.")
    _assert_exception_clean(e)


# --- 3. SOCKS and unsupported proxies ---------------------------------------------------------


@pytest.mark.parametrize("scheme", ["socks5h", "socks5"])
def test_security_socks_proxy_that_is_down_is_a_transport_error(scheme):
    port = _closed_port()
    with hostile.start("count") as endpoint:
        for url in (endpoint.url, "https://vpc.example.invalid"):
            client = vpncert.Client(
                "cn-hangzhou",
                access_key_id="testid",
                access_key_secret="testsecret",
                endpoint=url,
                proxy=f"{scheme}://127.0.0.1:{port}",
                max_retries=0,
            )
            # PanicException derives from BaseException: pytest.raises would let it through.
            with pytest.raises(vpncert.TransportError):
                client.describe_ssl_vpn_servers()
        # An explicit proxy applies to loopback endpoints too: nothing went around it.
        assert endpoint.connections == 0


def test_security_unsupported_proxy_scheme_is_refused_naming_the_option():
    with hostile.start("count") as listener:
        with pytest.raises(vpncert.InvalidParameterError) as info:
            vpncert.Client(
                "cn-hangzhou",
                access_key_id="testid",
                access_key_secret="testsecret",
                endpoint="https://vpc.example.invalid",
                proxy=f"gopher://127.0.0.1:{listener.server_address[1]}",
            )
        assert info.value.parameter == "proxy"
        assert listener.connections == 0


def test_security_unsupported_proxy_from_the_environment_is_refused_naming_the_variable(
    monkeypatch,
):
    with hostile.start("count") as listener:
        # A password in the variable must not be repeated either.
        monkeypatch.setenv(
            "HTTPS_PROXY", f"gopher://user:hunter2-proxy@127.0.0.1:{listener.server_address[1]}"
        )
        with pytest.raises(vpncert.InvalidParameterError) as info:
            vpncert.Client(
                "cn-hangzhou",
                access_key_id="testid",
                access_key_secret="testsecret",
                endpoint="https://vpc.example.invalid",
            )
        assert info.value.parameter == "HTTPS_PROXY"
        _assert_exception_clean(info.value, ["hunter2"])
        assert listener.connections == 0


# --- 5. A list that never ends ----------------------------------------------------------------


@pytest.mark.parametrize(
    "method,id_attribute",
    [
        ("iter_ssl_vpn_client_certs", "ssl_vpn_client_cert_id"),
        ("iter_ssl_vpn_servers", "ssl_vpn_server_id"),
    ],
)
def test_security_alternating_pages_end_the_walk_with_a_decode_error(method, id_attribute):
    with hostile.start("alternate-pages") as server:
        items = []
        with pytest.raises(vpncert.DecodeError) as info:
            for item in getattr(_sts_client(server.url), method)():
                items.append(item)
        assert server.count == 3, "two pages, then the repeat that gives the game away"
    assert len(items) == 100
    assert len({getattr(i, id_attribute) for i in items}) == 100, "no item twice"
    _assert_exception_clean(info.value)
    with hostile.start("alternate-pages") as server:
        with pytest.raises(vpncert.DecodeError):
            list(getattr(_sts_client(server.url), method)())
        assert server.count == 3


# --- 6. A loopback endpoint never goes through the environment's proxy ------------------------


def test_security_loopback_endpoint_ignores_the_environments_proxy(monkeypatch):
    with hostile.start("count") as proxy, vpncert.testing.emulator() as emu:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
            monkeypatch.setenv(name, proxy.url)
        client = emu.new_client(security_token=None)
        servers = client.describe_ssl_vpn_servers()
        assert [s.ssl_vpn_server_id for s in servers.items] == [emu.ssl_vpn_server_id]
        cert = client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "alice")
        assert client.describe_ssl_vpn_client_cert(cert.ssl_vpn_client_cert_id).name == "alice"
        assert proxy.connections == 0, "the cleartext request never went to the proxy"


# --- 10. Durations that overflow the clock ----------------------------------------------------


HUGE = [1e19, 1e10]


@pytest.mark.parametrize("value", HUGE)
@pytest.mark.parametrize("keyword", ["timeout", "connect_timeout", "configuring_budget"])
def test_security_huge_client_durations_are_refused_naming_the_keyword(keyword, value):
    with pytest.raises(vpncert.InvalidParameterError) as info:
        vpncert.Client(
            "cn-hangzhou",
            access_key_id="testid",
            access_key_secret="testsecret",
            endpoint="http://127.0.0.1:9",
            **{keyword: value},
        )
    assert info.value.parameter == keyword


@pytest.mark.parametrize("value", HUGE)
def test_security_huge_call_durations_are_refused_naming_the_keyword(value):
    with hostile.start("count") as server:
        client = _sts_client(server.url)
        for keyword in ("ready_timeout", "poll_interval", "configuring_budget"):
            with pytest.raises(vpncert.InvalidParameterError) as info:
                client.issue_client_cert("vss-emulator0001", "alice", **{keyword: value})
            assert info.value.parameter == keyword
        with pytest.raises(vpncert.InvalidParameterError) as info:
            client.delete_ssl_vpn_client_cert("vsc-1", wait=value)
        assert info.value.parameter == "wait"
        assert server.connections == 0, "nothing was sent"


@pytest.mark.parametrize("value", HUGE)
def test_security_huge_delete_configuring_budget_is_refused_naming_the_keyword(value):
    # The delete's own budget is checked with the request, but the wait for a configuring
    # gateway starts its clock before that check: it must not get to add 1e19 s to now.
    with hostile.start("count") as server:
        with pytest.raises(vpncert.InvalidParameterError) as info:
            _sts_client(server.url).delete_ssl_vpn_client_cert("vsc-1", configuring_budget=value)
        assert info.value.parameter == "configuring_budget"
        assert server.connections == 0, "nothing was sent"


# --- 11. A private key in a wrong-typed field -------------------------------------------------


def test_security_key_in_a_wrong_typed_field_is_not_quoted():
    with hostile.start("key-in-field") as server:
        with pytest.raises(vpncert.DecodeError) as info:
            _sts_client(server.url).describe_ssl_vpn_client_cert("vsc-1")
        assert server.count == 1
    # Any stretch of the key's base64 is a leak, not only all of it.
    _assert_exception_clean(info.value, [hostile.KEY_BODY, hostile.KEY_BODY[:12]])
    _assert_exception_clean(info.value)


# --- 12. An endpoint with a password ----------------------------------------------------------


@pytest.mark.parametrize(
    "endpoint",
    [
        "https://admin:hunter2-pass@vpc.example.com",
        "https://admin:hunter2-pass@vpc.example.com/path",
        "ftp://admin:hunter2-pass@vpc.example.com",
        "admin:hunter2-pass@vpc.example.com",
    ],
)
def test_security_endpoint_password_is_never_repeated(endpoint):
    with pytest.raises(vpncert.InvalidParameterError) as info:
        vpncert.Client(
            "cn-hangzhou",
            access_key_id="testid",
            access_key_secret="testsecret",
            endpoint=endpoint,
        )
    assert info.value.parameter == "endpoint"
    _assert_exception_clean(info.value, ["hunter2"])


def test_security_errors_raised_outside_a_request_are_scrubbed_too(tmp_path):
    # A file error names its path; a path that carries a secret by its shape is scrubbed as the
    # errors of requests are.
    with vpncert.testing.emulator() as emu:
        bundle = emu.client.issue_client_cert(emu.ssl_vpn_server_id, "alice", poll_interval=0.02)
    target = tmp_path / "SecurityToken=leakedtoken123" / "alice.ovpn"
    with pytest.raises(OSError) as info:
        bundle.write_ovpn(str(target))
    e = info.value
    for text in (str(e), repr(e), str(e.filename)):
        assert "leakedtoken123" not in text, text
