"""vpncert.Client against the in-process emulator: every lifecycle call, results, paging,
profile files, credentials, argument types and local validation."""

from __future__ import annotations

import errno
import os
import stat

import pytest

import vpncert
import vpncert.testing
from helpers_vpncert import SECRET, TOKEN


@pytest.fixture
def emu():
    with vpncert.testing.emulator(quota=60) as e:
        yield e


def test_create_returns_a_frozen_result(emu):
    cert = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, name="alice")
    assert cert.name == "alice"
    assert cert.ssl_vpn_client_cert_id.startswith("vsc-")
    assert cert.request_id
    assert cert.to_dict() == {
        "request_id": cert.request_id,
        "name": "alice",
        "ssl_vpn_client_cert_id": cert.ssl_vpn_client_cert_id,
    }
    assert repr(cert) == (
        f"CreateSslVpnClientCertResponse(ssl_vpn_client_cert_id='{cert.ssl_vpn_client_cert_id}', "
        f"name='alice', request_id='{cert.request_id}')"
    )
    with pytest.raises(AttributeError):
        cert.name = "mallory"  # type: ignore[misc]
    [made] = emu.state()["certificates"]
    assert made["ssl_vpn_client_cert_id"] == cert.ssl_vpn_client_cert_id
    assert made["name"] == "alice"


def test_describe_gives_the_bundle_with_its_key_but_repr_hides_it(emu):
    cert = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "bob")
    bundle = emu.client.describe_ssl_vpn_client_cert(cert.ssl_vpn_client_cert_id)
    assert bundle.ssl_vpn_client_cert_id == cert.ssl_vpn_client_cert_id
    assert bundle.ssl_vpn_server_id == emu.ssl_vpn_server_id
    assert bundle.region_id == "cn-hangzhou"
    assert bundle.name == "bob"
    assert bundle.status == "normal"
    assert bundle.end_time > bundle.create_time > 0
    assert "BEGIN CERTIFICATE" in bundle.ca_cert
    assert "BEGIN CERTIFICATE" in bundle.client_cert
    assert "PRIVATE KEY" in bundle.client_key
    key_body = bundle.client_key.splitlines()[1]
    assert "client_key=<redacted>" in repr(bundle)
    for text in (repr(bundle), str(bundle)):
        assert "PRIVATE KEY" not in text and key_body not in text
    d = bundle.to_dict()
    assert d["client_key"] == bundle.client_key, "to_dict is the user's data, key included"
    assert d["ca_cert"] == bundle.ca_cert and d["status"] == "normal"
    profile = bundle.to_ovpn()
    assert "<key>" in profile and bundle.client_key.strip() in profile
    assert "<ca>" in profile and "<cert>" in profile


def test_rename_list_and_delete(emu):
    c = emu.client
    cert = c.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "carol")
    renamed = c.modify_ssl_vpn_client_cert(cert.ssl_vpn_client_cert_id, "carol-laptop")
    assert renamed.name == "carol-laptop"
    assert renamed.ssl_vpn_client_cert_id == cert.ssl_vpn_client_cert_id
    assert renamed.to_dict()["name"] == "carol-laptop"
    assert "ModifySslVpnClientCertResponse(" in repr(renamed)

    page = c.describe_ssl_vpn_client_certs(emu.ssl_vpn_server_id, name="carol-laptop")
    assert page.total_count == 1 and len(page) == 1
    [summary] = page.items
    assert summary.ssl_vpn_client_cert_id == cert.ssl_vpn_client_cert_id
    assert summary.name == "carol-laptop" and summary.status == "normal"
    assert summary.to_dict()["ssl_vpn_server_id"] == emu.ssl_vpn_server_id

    gone = c.delete_ssl_vpn_client_cert(cert.ssl_vpn_client_cert_id, wait=10.0)
    assert gone.already_deleted is False and gone.request_id
    assert gone.to_dict() == {"request_id": gone.request_id, "already_deleted": False}
    assert emu.state()["certificates"] == []
    again = c.delete_ssl_vpn_client_cert(cert.ssl_vpn_client_cert_id)
    assert again.already_deleted is True
    assert repr(again).startswith("DeleteOutcome(already_deleted=True, ")
    with pytest.raises(vpncert.CertNotFoundError) as info:
        c.describe_ssl_vpn_client_cert(cert.ssl_vpn_client_cert_id)
    assert info.value.code in ("InvalidSslVpnClientCertId.NotFound", "InvalidInstanceId.NotFound")


def test_pages_and_lazy_iterators(emu):
    c = emu.client
    ids = {c.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, f"user-{i:02}").ssl_vpn_client_cert_id for i in range(55)}
    assert len(ids) == 55

    page = c.describe_ssl_vpn_client_certs(page_number=3, page_size=20)
    assert (page.page_number, page.page_size, page.total_count, len(page)) == (3, 20, 55, 15)
    assert len(page.to_dict()["items"]) == 15
    assert "total_count=55" in repr(page)

    before = emu.state()["requests"]
    it = c.iter_ssl_vpn_client_certs(emu.ssl_vpn_server_id)
    assert iter(it) is it
    assert emu.state()["requests"] == before, "making the iterator sends nothing"
    first = [next(it) for _ in range(50)]
    assert emu.state()["requests"] == before + 1, "one page of 50 served the first 50 items"
    rest = list(it)
    assert emu.state()["requests"] == before + 2
    seen = {s.ssl_vpn_client_cert_id for s in first + rest}
    assert seen == ids
    with pytest.raises(StopIteration):
        next(it)

    only = list(c.iter_ssl_vpn_client_certs(name="user-07"))
    assert [s.name for s in only] == ["user-07"]


def test_servers_list_and_iterate():
    servers = [f"cn-shanghai:vss-py{i:04}" for i in range(3)]
    with vpncert.testing.emulator(servers=servers) as emu:
        page = emu.client.describe_ssl_vpn_servers()
        assert page.total_count == 3
        first = page.items[0]
        assert first.ssl_vpn_server_id == "vss-py0000" and first.region_id == "cn-shanghai"
        assert first.internet_ip and first.port > 0 and first.proto in ("UDP", "TCP")
        assert isinstance(first.local_subnet, tuple)
        d = first.to_dict()
        assert d["ssl_vpn_server_id"] == "vss-py0000" and isinstance(d["local_subnet"], list)
        assert "SslVpnServer(ssl_vpn_server_id='vss-py0000'" in repr(first)
        ids = [s.ssl_vpn_server_id for s in emu.client.iter_ssl_vpn_servers()]
        assert ids == ["vss-py0000", "vss-py0001", "vss-py0002"]
        one = emu.client.describe_ssl_vpn_servers("vss-py0002")
        assert [s.ssl_vpn_server_id for s in one] == ["vss-py0002"]


def test_issue_client_cert_and_write_ovpn(emu, tmp_path):
    bundle = emu.client.issue_client_cert(emu.ssl_vpn_server_id, "dave", poll_interval=0.05)
    assert bundle.status == "normal" and bundle.name == "dave"
    path = tmp_path / "dave.ovpn"
    bundle.write_ovpn(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert path.read_text() == bundle.to_ovpn()

    path.write_text("keep me")
    with pytest.raises(vpncert.ProfileExistsError) as info:
        bundle.write_ovpn(str(path))
    e = info.value
    assert isinstance(e, FileExistsError) and isinstance(e, vpncert.FileError)
    assert isinstance(e, OSError) and isinstance(e, vpncert.VpnCertError)
    assert e.errno == errno.EEXIST and e.filename == str(path)
    assert path.read_text() == "keep me", "a refused write leaves the file alone"

    bundle.write_ovpn(path, overwrite=True)
    assert path.read_text() == bundle.to_ovpn()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600

    with pytest.raises(vpncert.FileError) as info:
        bundle.write_ovpn(tmp_path / "no-such-dir" / "x.ovpn")
    assert info.value.errno == errno.ENOENT
    assert not isinstance(info.value, vpncert.ProfileExistsError)


def test_issue_waits_while_the_gateway_is_configuring():
    with vpncert.testing.emulator(servers=["cn-hangzhou:vss-busy0001:configuring=6"], max_retries=0) as emu:
        bundle = emu.client.issue_client_cert("vss-busy0001", "erin", poll_interval=0.01)
        assert bundle.status == "normal"
        assert len(emu.state()["certificates"]) == 1
        emu.set_server_state("vss-busy0001", "configuring=50")
        with pytest.raises(vpncert.GatewayConfiguringError):
            emu.client.issue_client_cert(
                "vss-busy0001", "frank", configuring_budget=0.2, poll_interval=0.01
            )


def test_revoking_in_a_row_waits_while_the_gateway_is_configuring():
    # Each delete leaves the gateway configuring for a moment; the next delete waits it out.
    with vpncert.testing.emulator(servers=["cn-hangzhou:vss-team0001"], max_retries=0) as emu:
        ids = [
            emu.client.create_ssl_vpn_client_cert("vss-team0001", name).ssl_vpn_client_cert_id
            for name in ("hana", "ivan", "jules", "kim")
        ]
        *revoked, kept = ids
        for cert_id in revoked:
            assert not emu.client.delete_ssl_vpn_client_cert(cert_id, configuring_budget=20.0).already_deleted
        assert [c["ssl_vpn_client_cert_id"] for c in emu.state()["certificates"]] == [kept]

        emu.set_server_state("vss-team0001", "configuring=50")
        with pytest.raises(vpncert.GatewayConfiguringError):
            emu.client.delete_ssl_vpn_client_cert(kept, configuring_budget=0)
        # The client's budget is the default of its calls.
        impatient = emu.new_client(max_retries=0, configuring_budget=0)
        with pytest.raises(vpncert.GatewayConfiguringError):
            impatient.delete_ssl_vpn_client_cert(kept)
        with pytest.raises(vpncert.GatewayConfiguringError):
            impatient.issue_client_cert("vss-team0001", "lee")
        with pytest.raises(vpncert.InvalidParameterError, match="configuring_budget"):
            emu.new_client(configuring_budget=float("nan"))
        with pytest.raises(vpncert.InvalidParameterError, match="configuring_budget"):
            emu.client.delete_ssl_vpn_client_cert(kept, configuring_budget=-1)


def test_stable_client_token_returns_the_same_certificate(emu):
    a = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "gina", client_token="onboard-gina-1")
    b = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "gina", client_token="onboard-gina-1")
    assert a.ssl_vpn_client_cert_id == b.ssl_vpn_client_cert_id
    assert len(emu.state()["certificates"]) == 1


@pytest.mark.parametrize("version", ["v1", "v3"])
def test_both_signature_versions_and_sts(version):
    with vpncert.testing.emulator(sts_keys=[("STS.py-key", SECRET, TOKEN)], signature_version=version) as emu:
        assert emu.client.signature_version == version
        cert = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "sts-user")
        assert cert.name == "sts-user"
        wrong = emu.new_client(
            access_key_id="STS.py-key", access_key_secret=SECRET, security_token="TOKEN-other", max_retries=0
        )
        with pytest.raises(vpncert.AuthenticationError) as info:
            wrong.describe_ssl_vpn_servers()
        assert info.value.code.startswith("InvalidSecurityToken.")


def test_credentials_from_the_environment(emu, monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "testid")
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "testsecret")
    monkeypatch.setenv("ALIBABA_CLOUD_REGION_ID", "cn-hangzhou")
    monkeypatch.setenv("ALIBABA_CLOUD_ENDPOINT_VPC", emu.url)
    client = vpncert.Client()
    assert client.region_id == "cn-hangzhou"
    assert client.endpoint.rstrip("/") == emu.url
    assert client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "env-user").name == "env-user"


def test_no_credentials_anywhere_is_a_credentials_error(emu, monkeypatch, tmp_path):
    for prefix in ("ALIBABA_CLOUD_", "ALIBABACLOUD_", "ALICLOUD_"):
        for name in ("ACCESS_KEY_ID", "ACCESS_KEY_SECRET", "SECURITY_TOKEN", "PROFILE", "CREDENTIALS_FILE"):
            monkeypatch.delenv(prefix + name, raising=False)
    for name in ("ROLE_ARN", "OIDC_PROVIDER_ARN", "OIDC_TOKEN_FILE", "CREDENTIALS_URI"):
        monkeypatch.delenv("ALIBABA_CLOUD_" + name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
    client = vpncert.Client("cn-hangzhou", endpoint=emu.url, max_retries=0)
    with pytest.raises(vpncert.CredentialsError) as info:
        client.describe_ssl_vpn_servers()
    assert "no credentials" in str(info.value)
    assert "OIDC role" in str(info.value), "every source of the chain says why it gave nothing"
    assert emu.state()["requests"] == 0


def test_temporary_credentials_from_a_credentials_uri(monkeypatch, tmp_path):
    # A credentials agent on loopback, found through the default chain's last source: the
    # client fetches once, caches, and signs with the STS key and token it handed out.
    import datetime
    import http.server
    import json
    import threading

    fetches = []

    class Agent(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the name http.server calls)
            fetches.append(self.path)
            expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)
            body = json.dumps(
                {
                    "Code": "Success",
                    "AccessKeyId": "STS.from-agent",
                    "AccessKeySecret": SECRET,
                    "SecurityToken": TOKEN,
                    "Expiration": expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    agent = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Agent)
    threading.Thread(target=agent.serve_forever, daemon=True).start()
    try:
        for prefix in ("ALIBABA_CLOUD_", "ALIBABACLOUD_", "ALICLOUD_"):
            for name in ("ACCESS_KEY_ID", "ACCESS_KEY_SECRET", "SECURITY_TOKEN", "PROFILE", "CREDENTIALS_FILE"):
                monkeypatch.delenv(prefix + name, raising=False)
        for name in ("ROLE_ARN", "OIDC_PROVIDER_ARN", "OIDC_TOKEN_FILE"):
            monkeypatch.delenv("ALIBABA_CLOUD_" + name, raising=False)
        monkeypatch.setenv("HOME", str(tmp_path))
        monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        monkeypatch.setenv("ALIBABA_CLOUD_CREDENTIALS_URI", f"http://127.0.0.1:{agent.server_port}/v1/creds")
        with vpncert.testing.emulator(sts_keys=[("STS.from-agent", SECRET, TOKEN)]) as emu:
            client = vpncert.Client("cn-hangzhou", endpoint=emu.url, max_retries=0)
            for name in ("uri-a", "uri-b", "uri-c"):
                assert client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, name).name == name
            assert fetches == ["/v1/creds"], "fetched once, then cached"
            assert len(emu.state()["certificates"]) == 3
    finally:
        agent.shutdown()
        agent.server_close()


def test_client_repr_never_shows_secrets(emu):
    c = vpncert.Client(
        "cn-hangzhou", access_key_id="testid", access_key_secret=SECRET, security_token=TOKEN, endpoint=emu.url
    )
    assert repr(c) == f"Client(region_id='cn-hangzhou', endpoint='{emu.url}/', signature_version='v1')"
    assert SECRET not in repr(c) and TOKEN not in repr(c)


def test_client_against_the_emulator_binary(emulator_factory):
    # The same calls against the emulator run as a separate process (conftest's fixture), so
    # nothing about the in-process emulator hides a problem.
    emu = emulator_factory("--access-key", f"py-bin:{SECRET}", "--server", "cn-beijing:vss-bin0001")
    client = vpncert.Client("cn-beijing", access_key_id="py-bin", access_key_secret=SECRET, endpoint=emu.url)
    cert = client.create_ssl_vpn_client_cert("vss-bin0001", "binary-user")
    bundle = client.describe_ssl_vpn_client_cert(cert.ssl_vpn_client_cert_id)
    assert bundle.name == "binary-user" and "PRIVATE KEY" in bundle.client_key
    assert [c["name"] for c in emu.state()["certificates"]] == ["binary-user"]


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.create_ssl_vpn_client_cert(123),
        lambda c: c.create_ssl_vpn_client_cert("vss-emulator0001", name=["alice"]),
        lambda c: c.create_ssl_vpn_client_cert("vss-emulator0001", client_token=b"t"),
        lambda c: c.describe_ssl_vpn_client_cert(None),
        lambda c: c.describe_ssl_vpn_client_certs(page_size="10"),
        lambda c: c.describe_ssl_vpn_servers(page_number=1.5),
        lambda c: c.modify_ssl_vpn_client_cert("vsc-1", 7),
        lambda c: c.delete_ssl_vpn_client_cert("vsc-1", wait="soon"),
        lambda c: c.issue_client_cert("vss-emulator0001", "x", ready_timeout="1"),
        lambda c: c.iter_ssl_vpn_client_certs(name=3),
        lambda c: vpncert.Client("cn-hangzhou", timeout="10"),
        lambda c: vpncert.Client("cn-hangzhou", max_retries="3"),
        lambda c: vpncert.Client(42),
        lambda c: c.create_ssl_vpn_client_cert("vss-emulator0001", "n", "positional-token"),
    ],
)
def test_wrong_types_raise_type_error(emu, call):
    with pytest.raises(TypeError):
        call(emu.client)
    assert emu.state()["requests"] == 0


BAD_CALLS = [
    ("SslVpnServerId", lambda c: c.create_ssl_vpn_client_cert("", "alice")),
    ("SslVpnServerId", lambda c: c.create_ssl_vpn_client_cert("vss 1", "alice")),
    ("Name", lambda c: c.create_ssl_vpn_client_cert("vss-emulator0001", "x" * 101)),
    ("Name", lambda c: c.create_ssl_vpn_client_cert("vss-emulator0001", "https://evil")),
    ("Name", lambda c: c.create_ssl_vpn_client_cert("vss-emulator0001", "")),
    ("ClientToken", lambda c: c.create_ssl_vpn_client_cert("vss-emulator0001", "a", client_token="证书")),
    ("ClientToken", lambda c: c.create_ssl_vpn_client_cert("vss-emulator0001", "a", client_token="t" * 65)),
    ("SslVpnClientCertId", lambda c: c.describe_ssl_vpn_client_cert("")),
    ("Name", lambda c: c.modify_ssl_vpn_client_cert("vsc-1", "")),
    ("SslVpnClientCertId", lambda c: c.delete_ssl_vpn_client_cert("")),
    ("wait", lambda c: c.delete_ssl_vpn_client_cert("vsc-1", wait=0)),
    ("wait", lambda c: c.delete_ssl_vpn_client_cert("vsc-1", wait=-1.0)),
    ("PageSize", lambda c: c.describe_ssl_vpn_client_certs(page_size=51)),
    ("PageSize", lambda c: c.describe_ssl_vpn_client_certs(page_size=-1)),
    ("PageNumber", lambda c: c.describe_ssl_vpn_servers(page_number=0)),
    ("Name", lambda c: next(c.iter_ssl_vpn_client_certs(name="x" * 101))),
    ("Name", lambda c: c.issue_client_cert("vss-emulator0001", "")),
    ("poll_interval", lambda c: c.issue_client_cert("vss-emulator0001", "a", poll_interval=0)),
    ("ready_timeout", lambda c: c.issue_client_cert("vss-emulator0001", "a", ready_timeout=float("nan"))),
    ("timeout", lambda c: vpncert.Client("cn-hangzhou", access_key_id="a", access_key_secret="b", timeout=0)),
    ("connect_timeout", lambda c: vpncert.Client("cn-hangzhou", connect_timeout=-1.0)),
    ("max_retries", lambda c: vpncert.Client("cn-hangzhou", max_retries=-1)),
    ("signature_version", lambda c: vpncert.Client("cn-hangzhou", signature_version="v2")),
    ("access_key_secret", lambda c: vpncert.Client("cn-hangzhou", access_key_id="a")),
    ("access_key_id", lambda c: vpncert.Client("cn-hangzhou", access_key_secret=SECRET)),
    ("AccessKeySecret", lambda c: vpncert.Client("cn-hangzhou", access_key_id="a", access_key_secret="")),
    ("RegionId", lambda c: vpncert.Client("cn hangzhou")),
    ("ca_bundle", lambda c: vpncert.Client("cn-hangzhou", ca_bundle="/nonexistent/ca.pem")),
    ("user_agent", lambda c: vpncert.Client("cn-hangzhou", user_agent="a\nb")),
    ("profile", lambda c: vpncert.Client("cn-hangzhou", profile=" ")),
]


@pytest.mark.parametrize("parameter,call", BAD_CALLS)
def test_local_validation_fails_before_any_request(emu, parameter, call):
    with pytest.raises(vpncert.InvalidParameterError) as info:
        call(emu.client)
    e = info.value
    assert isinstance(e, ValueError) and isinstance(e, vpncert.VpnCertError)
    assert e.parameter == parameter
    assert e.reason and parameter in str(e)
    assert SECRET not in str(e) and SECRET not in repr(e)
    state = emu.state()
    assert state["requests"] == 0 and state["certificates"] == []
