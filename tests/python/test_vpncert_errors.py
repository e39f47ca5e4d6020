"""Every row of the error table reaches Python as its exception class, with its attributes."""

from __future__ import annotations

import pickle

import pytest

import vpncert
import vpncert.testing
from helpers_vpncert import SECRET, TOKEN, ScriptedServer

API_CLASSES = [
    vpncert.QuotaFullError,
    vpncert.GatewayConfiguringError,
    vpncert.FinancialLockedError,
    vpncert.InvalidNameError,
    vpncert.CreateLimitReachedError,
    vpncert.ForbiddenError,
    vpncert.SubUserForbiddenError,
    vpncert.NotFoundError,
    vpncert.SslVpnServerNotFoundError,
    vpncert.RegionNotFoundError,
    vpncert.CertNotFoundError,
    vpncert.ThrottlingError,
    vpncert.ServiceUnavailableError,
    vpncert.AuthenticationError,
    vpncert.ClockSkewError,
]


def test_the_hierarchy_of_the_error_table():
    exported = [getattr(vpncert, n) for n in vpncert.__all__]
    errors = [e for e in exported if isinstance(e, type) and issubclass(e, BaseException)]
    # Every class of the error table (the generated _errors module), and no other exception.
    assert sorted(e.__name__ for e in errors) == sorted(vpncert._errors.__all__)
    # __all__ is spelled out (mypy only treats literal entries as exported): it must not drift.
    assert set(vpncert._errors.__all__) <= set(vpncert.__all__)
    for cls in errors:
        assert issubclass(cls, vpncert.VpnCertError), cls
        assert cls.__module__ == "vpncert"
    for cls in API_CLASSES:
        assert issubclass(cls, vpncert.ApiError), cls
    assert issubclass(vpncert.InvalidParameterError, ValueError)
    assert issubclass(vpncert.RequestTimeoutError, TimeoutError)
    assert issubclass(vpncert.SubUserForbiddenError, vpncert.ForbiddenError)
    for cls in (vpncert.SslVpnServerNotFoundError, vpncert.RegionNotFoundError, vpncert.CertNotFoundError):
        assert issubclass(cls, vpncert.NotFoundError)
    assert issubclass(vpncert.ClockSkewError, vpncert.AuthenticationError)
    assert issubclass(vpncert.FileError, OSError)
    assert issubclass(vpncert.ProfileExistsError, FileExistsError)
    assert issubclass(vpncert.ProfileExistsError, vpncert.FileError)
    for local in (vpncert.CredentialsError, vpncert.TransportError, vpncert.DecodeError):
        assert not issubclass(local, vpncert.ApiError)


def _check_api_error(e: vpncert.ApiError, code: str, http_status: int) -> None:
    assert e.code == code
    assert e.http_status == http_status
    assert e.message
    assert e.request_id
    assert e.recommend and e.recommend.startswith("https://")
    assert e.host_id == "127.0.0.1"
    text = str(e)
    assert code in text and e.request_id in text and str(http_status) in text
    for secret in (SECRET, TOKEN):
        assert secret not in text and secret not in repr(e)


def _create(emu, server=None, client=None):
    client = client or emu.client
    return client.create_ssl_vpn_client_cert(server or emu.ssl_vpn_server_id, "someone")


def test_quota_full():
    with vpncert.testing.emulator(quota=1, keys=[("owner", SECRET)]) as emu:
        _create(emu)
        with pytest.raises(vpncert.QuotaFullError) as info:
            _create(emu)
        _check_api_error(info.value, "Resource.QuotaFull", 400)
        assert len(emu.state()["certificates"]) == 1


def test_server_quota_full():
    with vpncert.testing.emulator(server_quota=1) as emu:
        _create(emu)
        with pytest.raises(vpncert.QuotaFullError) as info:
            _create(emu)
        _check_api_error(info.value, "CreateSslCertsQuotaFull.QuotaFull", 400)


def test_create_limit_reached():
    with vpncert.testing.emulator(create_limit=1) as emu:
        _create(emu)
        with pytest.raises(vpncert.CreateLimitReachedError) as info:
            _create(emu)
        _check_api_error(info.value, "SslVpnClientCreateTimes.ReachLimits", 400)


def test_financially_locked_gateway():
    with vpncert.testing.emulator(servers=[("cn-hangzhou", "vss-locked01", "locked")]) as emu:
        with pytest.raises(vpncert.FinancialLockedError) as info:
            _create(emu)
        _check_api_error(info.value, "VpnGateway.FinancialLocked", 400)


def test_configuring_gateway_without_retries():
    with vpncert.testing.emulator(servers=["cn-hangzhou:vss-busy0001:configuring=5"]) as emu:
        with pytest.raises(vpncert.GatewayConfiguringError) as info:
            _create(emu, client=emu.new_client(max_retries=0))
        _check_api_error(info.value, "VpnGateway.Configuring", 400)
        assert emu.state()["certificates"] == []


@pytest.mark.parametrize(
    "role,cls,code,status",
    [
        ("subuser", vpncert.SubUserForbiddenError, "Forbbiden.SubUser", 403),
        ("noperm", vpncert.ForbiddenError, "Forbidden", 403),
        ("inactive", vpncert.AuthenticationError, "InvalidAccessKeyId.Inactive", 400),
    ],
)
def test_roles(role, cls, code, status):
    with vpncert.testing.emulator(keys=[("limited", SECRET, role)]) as emu:
        with pytest.raises(cls) as info:
            _create(emu)
        assert type(info.value) is cls
        _check_api_error(info.value, code, status)


def test_unknown_server_region_and_certificate():
    with vpncert.testing.emulator() as emu:
        with pytest.raises(vpncert.SslVpnServerNotFoundError) as info:
            _create(emu, server="vss-nosuchserver")
        _check_api_error(info.value, "InvalidSslVpnServerId.NotFound", info.value.http_status)
        assert info.value.http_status in (400, 404)

        elsewhere = emu.new_client(region_id="xx-nowhere-9", max_retries=0)
        with pytest.raises(vpncert.RegionNotFoundError) as info:
            elsewhere.describe_ssl_vpn_client_certs()
        assert info.value.code == "InvalidRegionId.NotFound"

        for call in (
            lambda: emu.client.describe_ssl_vpn_client_cert("vsc-nosuchcert"),
            lambda: emu.client.modify_ssl_vpn_client_cert("vsc-nosuchcert", "x"),
        ):
            with pytest.raises(vpncert.CertNotFoundError) as info:
                call()
            assert isinstance(info.value, vpncert.NotFoundError)
            assert info.value.code in ("InvalidSslVpnClientCertId.NotFound", "InvalidInstanceId.NotFound")


@pytest.mark.parametrize(
    "kind,cls,code",
    [
        ("throttle", vpncert.ThrottlingError, "Throttling"),
        ("503", vpncert.ServiceUnavailableError, "ServiceUnavailable"),
    ],
)
def test_injected_faults_without_retries(kind, cls, code):
    with vpncert.testing.emulator(faults={kind: 1.0}) as emu:
        client = emu.new_client(max_retries=0)
        with pytest.raises(cls) as info:
            client.describe_ssl_vpn_servers()
        assert info.value.code.startswith(code)
        assert info.value.request_id


def test_wrong_secret_and_unknown_key():
    with vpncert.testing.emulator() as emu:
        wrong = emu.new_client(access_key_id="testid", access_key_secret=SECRET, max_retries=0)
        with pytest.raises(vpncert.AuthenticationError) as info:
            wrong.describe_ssl_vpn_servers()
        _check_api_error(info.value, "SignatureDoesNotMatch", info.value.http_status)
        unknown = emu.new_client(access_key_id="nobody", access_key_secret=SECRET, max_retries=0)
        with pytest.raises(vpncert.AuthenticationError) as info:
            unknown.describe_ssl_vpn_servers()
        assert info.value.code.startswith("InvalidAccessKeyId.")


def test_a_skewed_server_clock_is_corrected_once():
    with vpncert.testing.emulator(clock_skew=3600) as emu:
        client = emu.new_client(max_retries=0)
        assert client.describe_ssl_vpn_servers().total_count == 1
        stats = client.stats()
        assert stats["attempts"] == 2 and stats["api_errors"] == 1


# Every code of the table, answered by a scripted server (with max_retries=0), to the class.
TABLE = [
    ("Resource.QuotaFull", 400, vpncert.QuotaFullError),
    ("CreateSslCertsQuotaFull.QuotaFull", 400, vpncert.QuotaFullError),
    ("VpnGateway.Configuring", 400, vpncert.GatewayConfiguringError),
    ("VpnGateway.FinancialLocked", 400, vpncert.FinancialLockedError),
    ("InvalidName", 400, vpncert.InvalidNameError),
    ("SslVpnClientCreateTimes.ReachLimits", 400, vpncert.CreateLimitReachedError),
    ("Forbbiden.SubUser", 403, vpncert.SubUserForbiddenError),
    ("Forbidden", 403, vpncert.ForbiddenError),
    ("InvalidSslVpnServerId.NotFound", 404, vpncert.SslVpnServerNotFoundError),
    ("InvalidRegionId.NotFound", 404, vpncert.RegionNotFoundError),
    ("InvalidSslVpnClientCertId.NotFound", 404, vpncert.CertNotFoundError),
    ("InvalidInstanceId.NotFound", 400, vpncert.CertNotFoundError),
    ("Throttling", 400, vpncert.ThrottlingError),
    ("Throttling.User", 400, vpncert.ThrottlingError),
    ("Rejected.Throttling", 503, vpncert.ThrottlingError),
    ("ServiceUnavailable", 503, vpncert.ServiceUnavailableError),
    ("InternalError", 500, vpncert.ServiceUnavailableError),
    ("UnknownError", 500, vpncert.ServiceUnavailableError),
    ("SomethingNew", 502, vpncert.ServiceUnavailableError),
    ("SignatureDoesNotMatch", 400, vpncert.AuthenticationError),
    ("IncompleteSignature", 400, vpncert.AuthenticationError),
    ("InvalidAccessKeyId.NotFound", 404, vpncert.AuthenticationError),
    ("InvalidSecurityToken.Expired", 400, vpncert.AuthenticationError),
    ("InvalidTimeStamp.Expired", 400, vpncert.ClockSkewError),
    ("MissingParameter", 400, vpncert.ApiError),
]


@pytest.mark.parametrize("code,status,cls", TABLE, ids=[row[0] for row in TABLE])
def test_every_code_of_the_table(code, status, cls):
    body = {
        "RequestId": "RID-" + code,
        "HostId": "vpc.cn-hangzhou.aliyuncs.com",
        "Code": code,
        "Message": f"scripted {code}",
        "Recommend": "https://api.aliyun.com/troubleshoot?q=" + code,
    }
    with ScriptedServer(status, body) as server:
        client = vpncert.Client(
            "cn-hangzhou", access_key_id="id", access_key_secret=SECRET, security_token=TOKEN,
            endpoint=server.url, max_retries=0,
        )
        with pytest.raises(vpncert.ApiError) as info:
            client.create_ssl_vpn_client_cert("vss-1", "n")
    e = info.value
    assert type(e) is cls
    assert (e.code, e.http_status, e.message) == (code, status, f"scripted {code}")
    assert e.request_id == "RID-" + code
    assert e.host_id == "vpc.cn-hangzhou.aliyuncs.com"
    assert e.recommend == "https://api.aliyun.com/troubleshoot?q=" + code
    assert SECRET not in str(e) and TOKEN not in str(e)


def test_a_5xx_without_a_body_is_service_unavailable():
    with ScriptedServer(502, "<html>bad gateway</html>", headers={"x-acs-request-id": "RID-hdr"}) as server:
        client = vpncert.Client("cn-hangzhou", access_key_id="id", access_key_secret=SECRET, endpoint=server.url, max_retries=1)
        with pytest.raises(vpncert.ServiceUnavailableError) as info:
            client.describe_ssl_vpn_servers()
        assert server.requests == 2, "5xx is retried"
    assert info.value.http_status == 502 and info.value.request_id == "RID-hdr"
    assert info.value.recommend is None


def test_an_unreadable_answer_is_a_decode_error():
    with ScriptedServer(400, "<html>proxy says no</html>") as server:
        client = vpncert.Client("cn-hangzhou", access_key_id="id", access_key_secret=SECRET, endpoint=server.url, max_retries=3)
        with pytest.raises(vpncert.DecodeError) as info:
            client.describe_ssl_vpn_servers()
        assert server.requests == 1, "decode errors are not retried"
    assert info.value.http_status == 400
    assert "proxy says no" in str(info.value)
    assert not isinstance(info.value, vpncert.ApiError)


def test_transport_and_timeout_errors():
    with ScriptedServer(200, {}) as server:
        url = server.url
    closed = vpncert.Client("cn-hangzhou", access_key_id="id", access_key_secret=SECRET, endpoint=url, max_retries=0)
    with pytest.raises(vpncert.TransportError):
        closed.describe_ssl_vpn_servers()

    with ScriptedServer(200, {"RequestId": "r"}, delay=1.0) as slow:
        client = vpncert.Client(
            "cn-hangzhou", access_key_id="id", access_key_secret=SECRET, endpoint=slow.url,
            timeout=0.2, max_retries=0,
        )
        with pytest.raises(vpncert.RequestTimeoutError) as info:
            client.describe_ssl_vpn_servers()
    assert isinstance(info.value, TimeoutError)


def test_exceptions_pickle_with_their_attributes(tmp_path):
    with vpncert.testing.emulator(quota=0) as emu:
        with pytest.raises(vpncert.QuotaFullError) as api:
            _create(emu)
        with pytest.raises(vpncert.InvalidParameterError) as local:
            emu.client.create_ssl_vpn_client_cert("", "x")
        bundle_path = tmp_path / "exists.ovpn"
        bundle_path.write_text("")
    for original in (api.value, local.value):
        copy = pickle.loads(pickle.dumps(original))
        assert type(copy) is type(original) and str(copy) == str(original)
        assert copy.__dict__ == original.__dict__
    exists = vpncert.ProfileExistsError(17, "file exists", str(bundle_path))
    copy = pickle.loads(pickle.dumps(exists))
    assert (copy.errno, copy.strerror, copy.filename) == (17, "file exists", str(bundle_path))


def test_users_can_raise_the_classes_in_their_own_fakes():
    e = vpncert.QuotaFullError("quota", code="Resource.QuotaFull", message="full", request_id="r-1", http_status=400)
    assert (e.code, e.message, e.request_id, e.http_status, e.recommend, e.host_id) == (
        "Resource.QuotaFull", "full", "r-1", 400, None, None,
    )
    p = vpncert.InvalidParameterError("bad", parameter="Name", reason="too long")
    assert (p.parameter, p.reason, str(p)) == ("Name", "too long", "bad")


def test_a_truncated_bundle_answer_never_puts_the_key_in_the_error():
    key = "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n"
    body = '{"RequestId":"r-1","ClientKey":"' + key + '","SslVpnClientCertId":"vsc-1","Name":'
    with ScriptedServer(200, body) as server:
        client = vpncert.Client("cn-hangzhou", access_key_id="id", access_key_secret=SECRET, endpoint=server.url, max_retries=0)
        with pytest.raises(vpncert.DecodeError) as info:
            client.describe_ssl_vpn_client_cert("vsc-1")
    e = info.value
    assert e.http_status == 200 and "r-1" in str(e)
    for text in (str(e), repr(e), e.reason):
        assert "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" not in text and "PRIVATE KEY" not in text
