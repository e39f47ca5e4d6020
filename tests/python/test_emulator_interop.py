"""The official Alibaba Cloud Python SDKs against the emulator: proof that it speaks the real
protocol.

- ``alibabacloud_vpc20160428`` on ``alibabacloud_tea_openapi``: the current SDK, signature V3
  (ACS3-HMAC-SHA256) by default, and its RPC signer (HMAC-SHA1) with ``signature_algorithm="v2"``.
- ``aliyunsdkvpc`` on ``aliyunsdkcore``: the legacy SDK, signature V1 (HMAC-SHA1).

These packages are installed by tests/python/run.sh from requirements.txt; a missing one is an
import error here, never a skip.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Tuple

import pytest
from alibabacloud_tea_openapi.models import Config
from alibabacloud_vpc20160428 import models as vpc_models
from alibabacloud_vpc20160428.client import Client as VpcClient
from aliyunsdkcore.acs_exception.exceptions import ServerException
from aliyunsdkcore.auth.credentials import StsTokenCredential
from aliyunsdkcore.client import AcsClient
from aliyunsdkvpc.request.v20160428.CreateSslVpnClientCertRequest import (
    CreateSslVpnClientCertRequest,
)
from aliyunsdkvpc.request.v20160428.DeleteSslVpnClientCertRequest import (
    DeleteSslVpnClientCertRequest,
)
from aliyunsdkvpc.request.v20160428.DescribeSslVpnClientCertRequest import (
    DescribeSslVpnClientCertRequest,
)
from aliyunsdkvpc.request.v20160428.DescribeSslVpnClientCertsRequest import (
    DescribeSslVpnClientCertsRequest,
)
from aliyunsdkvpc.request.v20160428.DescribeSslVpnServersRequest import (
    DescribeSslVpnServersRequest,
)
from aliyunsdkvpc.request.v20160428.ModifySslVpnClientCertRequest import (
    ModifySslVpnClientCertRequest,
)

from conftest import EmulatorProcess

REGION = "cn-hangzhou"
SERVER = "vss-emulator0001"
KEY_ID, SECRET = "testid", "testsecret"
# Characters that encoders get wrong: space, '*', '~', '(' and ')', '!', non-ASCII.
AWKWARD_NAME = "alice (laptop) *~! 证书"


# --- the current SDK (tea-openapi) -------------------------------------------------------


def tea_client(
    emu: EmulatorProcess,
    key_id: str = KEY_ID,
    secret: str = SECRET,
    token: str | None = None,
    algorithm: str | None = None,
) -> VpcClient:
    config = Config(
        access_key_id=key_id,
        access_key_secret=secret,
        security_token=token,
        endpoint=emu.endpoint,
        protocol="http",
        region_id=REGION,
    )
    if algorithm is not None:
        config.signature_algorithm = algorithm
    return VpcClient(config)


def tea_error(call: Callable[[], Any]) -> Tuple[str, int, str]:
    """Runs a call that must fail; its (code, HTTP status, message)."""
    with pytest.raises(Exception) as info:
        call()
    e = info.value
    code = getattr(e, "code", None)
    status = getattr(e, "status_code", None)
    data = getattr(e, "data", None) or {}
    if status is None:
        status = data.get("statusCode")
    message = getattr(e, "message", "") or ""
    assert code, f"not an API error: {e!r}"
    return str(code), int(status), str(message)


def tea_create(client: VpcClient, name: str | None = None, token: str | None = None) -> Any:
    req = vpc_models.CreateSslVpnClientCertRequest(
        region_id=REGION, ssl_vpn_server_id=SERVER, name=name, client_token=token
    )
    return client.create_ssl_vpn_client_cert(req).body


# --- the legacy SDK (aliyunsdkcore) -------------------------------------------------------


def acs_client(emu: EmulatorProcess, key_id: str = KEY_ID, secret: str = SECRET) -> AcsClient:
    return AcsClient(key_id, secret, REGION, auto_retry=False)


def acs_call(emu: EmulatorProcess, client: AcsClient, request: Any) -> Any:
    request.set_endpoint(emu.endpoint)
    request.set_protocol_type("http")
    return json.loads(client.do_action_with_exception(request))


def acs_create(emu: EmulatorProcess, client: AcsClient, name: str | None = None, token: str | None = None) -> Any:
    req = CreateSslVpnClientCertRequest()
    req.set_SslVpnServerId(SERVER)
    if name is not None:
        req.set_Name(name)
    if token is not None:
        req.set_ClientToken(token)
    return acs_call(emu, client, req)


def acs_error(call: Callable[[], Any]) -> Tuple[str, int, str]:
    with pytest.raises(ServerException) as info:
        call()
    e = info.value
    return e.get_error_code(), e.get_http_status(), e.get_error_msg()


# --- create succeeds ----------------------------------------------------------------------


@pytest.mark.parametrize("algorithm", [None, "v2"], ids=["v3-acs3-hmac-sha256", "rpc-hmac-sha1"])
def test_current_sdk_runs_the_lifecycle(emulator: EmulatorProcess, algorithm: str | None) -> None:
    client = tea_client(emulator, algorithm=algorithm)
    created = tea_create(client, AWKWARD_NAME)
    assert created.name == AWKWARD_NAME
    assert created.ssl_vpn_client_cert_id.startswith("vsc-")
    assert created.request_id
    cert_id = created.ssl_vpn_client_cert_id

    one = client.describe_ssl_vpn_client_cert(
        vpc_models.DescribeSslVpnClientCertRequest(region_id=REGION, ssl_vpn_client_cert_id=cert_id)
    ).body
    assert one.ssl_vpn_client_cert_id == cert_id
    assert one.status == "normal"
    assert one.end_time - one.create_time == 3 * 365 * 86400 * 1000
    assert one.client_cert in one.client_config
    assert "<key>" in one.client_config and one.ca_cert.startswith("-----BEGIN CERTIFICATE-----")

    listed = client.describe_ssl_vpn_client_certs(
        vpc_models.DescribeSslVpnClientCertsRequest(region_id=REGION, page_size=50)
    ).body
    assert listed.total_count == 1 and listed.page_number == 1 and listed.page_size == 50
    assert listed.ssl_vpn_client_cert_keys.ssl_vpn_client_cert_key[0].ssl_vpn_client_cert_id == cert_id

    servers = client.describe_ssl_vpn_servers(
        vpc_models.DescribeSslVpnServersRequest(region_id=REGION)
    ).body
    server = servers.ssl_vpn_servers.ssl_vpn_server[0]
    assert (server.ssl_vpn_server_id, server.port, server.proto) == (SERVER, 1194, "UDP")

    renamed = client.modify_ssl_vpn_client_cert(
        vpc_models.ModifySslVpnClientCertRequest(
            region_id=REGION, ssl_vpn_client_cert_id=cert_id, name="renamed"
        )
    ).body
    assert renamed.name == "renamed"
    client.delete_ssl_vpn_client_cert(
        vpc_models.DeleteSslVpnClientCertRequest(region_id=REGION, ssl_vpn_client_cert_id=cert_id)
    )
    assert emulator.state()["certificates"] == []


def test_legacy_sdk_runs_the_lifecycle(emulator: EmulatorProcess) -> None:
    client = acs_client(emulator)
    created = acs_create(emulator, client, AWKWARD_NAME)
    assert created["Name"] == AWKWARD_NAME
    cert_id = created["SslVpnClientCertId"]

    one = DescribeSslVpnClientCertRequest()
    one.set_SslVpnClientCertId(cert_id)
    body = acs_call(emulator, client, one)
    assert body["SslVpnClientCertId"] == cert_id
    assert body["ClientKey"] in body["ClientConfig"]

    listed = DescribeSslVpnClientCertsRequest()
    listed.set_PageSize(1)
    body = acs_call(emulator, client, listed)
    assert body["TotalCount"] == 1
    assert body["SslVpnClientCertKeys"]["SslVpnClientCertKey"][0]["Name"] == AWKWARD_NAME

    servers = acs_call(emulator, client, DescribeSslVpnServersRequest())
    assert servers["SslVpnServers"]["SslVpnServer"][0]["SslVpnServerId"] == SERVER

    modify = ModifySslVpnClientCertRequest()
    modify.set_SslVpnClientCertId(cert_id)
    modify.set_Name("renamed")
    assert acs_call(emulator, client, modify)["Name"] == "renamed"
    delete = DeleteSslVpnClientCertRequest()
    delete.set_SslVpnClientCertId(cert_id)
    acs_call(emulator, client, delete)
    assert emulator.state()["certificates"] == []


def test_sts_credentials_in_both_sdks(emulator_factory: Callable[..., EmulatorProcess]) -> None:
    emu = emulator_factory("--sts", "STS.interop:stssecret:token-interop")
    tea = tea_client(emu, "STS.interop", "stssecret", token="token-interop")
    assert tea_create(tea, "sts-v3").name == "sts-v3"
    legacy = AcsClient(
        credential=StsTokenCredential("STS.interop", "stssecret", "token-interop"),
        region_id=REGION,
        auto_retry=False,
    )
    assert acs_create(emu, legacy, "sts-v1")["Name"] == "sts-v1"
    code, status, _ = tea_error(lambda: tea_create(tea_client(emu, "STS.interop", "stssecret", token="forged")))
    assert (code, status) == ("InvalidSecurityToken.Malformed", 400)


# --- a wrong secret ------------------------------------------------------------------------


def test_wrong_secret_is_signature_does_not_match(emulator: EmulatorProcess) -> None:
    code, status, message = tea_error(lambda: tea_create(tea_client(emulator, secret="wrong")))
    assert (code, status) == ("SignatureDoesNotMatch", 400)
    assert "server string to sign is:ACS3-HMAC-SHA256" in message

    code, status, message = tea_error(
        lambda: tea_create(tea_client(emulator, secret="wrong", algorithm="v2"))
    )
    assert (code, status) == ("SignatureDoesNotMatch", 400)

    # The legacy core compares the server's string to sign (the text after the message's
    # first ':') with its own, and only when they are equal reports SignatureDoesNotMatch as
    # InvalidAccessKeySecret. So this code proves the server answered SignatureDoesNotMatch
    # and computed exactly the string the SDK signed.
    code, status, message = acs_error(lambda: acs_create(emulator, acs_client(emulator, secret="wrong")))
    assert (code, status) == ("InvalidAccessKeySecret", 400), message
    assert emulator.state()["creates"] == 0


# --- quota full and server not found -------------------------------------------------------


def test_quota_full(emulator_factory: Callable[..., EmulatorProcess]) -> None:
    emu = emulator_factory("--quota", "1")
    tea_create(tea_client(emu), "first")
    code, status, _ = tea_error(lambda: tea_create(tea_client(emu), "second"))
    assert (code, status) == ("Resource.QuotaFull", 400)
    code, status, _ = acs_error(lambda: acs_create(emu, acs_client(emu), "second"))
    assert (code, status) == ("Resource.QuotaFull", 400)


def test_server_not_found(emulator: EmulatorProcess) -> None:
    req = vpc_models.CreateSslVpnClientCertRequest(region_id=REGION, ssl_vpn_server_id="vss-missing")
    code, status, _ = tea_error(lambda: tea_client(emulator).create_ssl_vpn_client_cert(req))
    assert (code, status) == ("InvalidSslVpnServerId.NotFound", 404)

    legacy = CreateSslVpnClientCertRequest()
    legacy.set_SslVpnServerId("vss-missing")
    code, status, _ = acs_error(lambda: acs_call(emulator, acs_client(emulator), legacy))
    assert (code, status) == ("InvalidSslVpnServerId.NotFound", 404)


def test_region_not_found_and_cert_not_found(emulator: EmulatorProcess) -> None:
    req = vpc_models.DescribeSslVpnServersRequest(region_id="xx-nowhere-1")
    code, status, _ = tea_error(lambda: tea_client(emulator).describe_ssl_vpn_servers(req))
    assert (code, status) == ("InvalidRegionId.NotFound", 404)
    one = DescribeSslVpnClientCertRequest()
    one.set_SslVpnClientCertId("vsc-missing")
    code, status, _ = acs_error(lambda: acs_call(emulator, acs_client(emulator), one))
    assert (code, status) == ("InvalidInstanceId.NotFound", 400)


# --- the same ClientToken returns the same certificate --------------------------------------


def test_same_client_token_same_certificate(emulator: EmulatorProcess) -> None:
    tea = tea_client(emulator)
    first = tea_create(tea, "tok", token="interop-token-1")
    again = tea_create(tea, "tok", token="interop-token-1")
    assert first.ssl_vpn_client_cert_id == again.ssl_vpn_client_cert_id
    assert first.request_id != again.request_id

    legacy = acs_client(emulator)
    a = acs_create(emulator, legacy, "tok", token="interop-token-2")
    b = acs_create(emulator, legacy, "tok", token="interop-token-2")
    assert a["SslVpnClientCertId"] == b["SslVpnClientCertId"]
    # The token is per access key and action, not per signer: the V3 SDK's token seen again
    # through the V1 SDK with the same key is the same request too.
    c = acs_create(emulator, legacy, "tok", token="interop-token-1")
    assert c["SslVpnClientCertId"] == first.ssl_vpn_client_cert_id

    state = emulator.state()
    assert state["creates"] == 2
    assert len(state["certificates"]) == 2
