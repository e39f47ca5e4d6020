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
import time
import urllib.error
import urllib.request
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


# --- the rest of the family through the current SDK ---------------------------------------
#
# Every operation beyond the six certificate calls, with both of the current SDK's signers,
# read back through the SDK's own models (so a field the emulator names differently from the
# official model would come back as None).

BARE = "vpn-interop01"
GATEWAY = "vpn-emulator0001"


def family_emulator(factory: Callable[..., EmulatorProcess]) -> EmulatorProcess:
    return factory(
        "--server", f"{REGION}:{SERVER}",
        "--gateway", f"{REGION}:{BARE}",
        "--gateway-tag", f"{BARE}:env=interop",
        "--ssl-max-connections", f"{BARE}=10",
        "--settle-ms", "0",
    )


def control_post(emu: EmulatorProcess, path: str, body: dict[str, Any]) -> Tuple[int, Any]:
    req = urllib.request.Request(
        f"{emu.url}{path}",
        data=json.dumps(body).encode("utf-8"),
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read().decode("utf-8"))


@pytest.mark.parametrize("algorithm", [None, "v2"], ids=["v3-acs3-hmac-sha256", "rpc-hmac-sha1"])
def test_current_sdk_reads_gateways(emulator_factory: Callable[..., EmulatorProcess], algorithm: str | None) -> None:
    emu = family_emulator(emulator_factory)
    client = tea_client(emu, algorithm=algorithm)
    one = client.describe_vpn_gateway(
        vpc_models.DescribeVpnGatewayRequest(region_id=REGION, vpn_gateway_id=GATEWAY, include_reservation_data=True)
    ).body
    assert one.request_id and one.vpn_gateway_id == GATEWAY
    assert (one.status, one.business_status, one.ssl_vpn) == ("active", "Normal", "enable")
    assert one.ssl_max_connections == 5
    assert one.vpc_id.startswith("vpc-") and one.v_switch_id.startswith("vsw-")
    assert one.create_time < one.end_time
    assert (one.gateway_type, one.network_type, one.vpn_type) == ("Normal", "public", "Normal")
    assert one.auto_propagate is False and one.enable_bgp is False
    for text in (one.spec, one.charge_type, one.ipsec_vpn, one.internet_ip, one.ssl_vpn_internet_ip,
                 one.disaster_recovery_internet_ip, one.disaster_recovery_vswitch_id, one.name,
                 one.description, one.resource_group_id, one.tag):
        assert isinstance(text, str) and text, one.to_map()
    assert one.eni_instance_ids.eni_instance_id and one.tags.tag == []
    assert one.reservation_data is None

    listed = client.describe_vpn_gateways(
        vpc_models.DescribeVpnGatewaysRequest(region_id=REGION, page_size=1, page_number=2)
    ).body
    assert (listed.total_count, listed.page_number, listed.page_size) == (2, 2, 1)
    bare = listed.vpn_gateways.vpn_gateway[0]
    assert (bare.vpn_gateway_id, bare.ssl_vpn, bare.ssl_max_connections) == (BARE, "disable", 10)
    assert [(t.key, t.value) for t in bare.tags.tag] == [("env", "interop")]
    tagged = client.describe_vpn_gateways(
        vpc_models.DescribeVpnGatewaysRequest(
            region_id=REGION, tag=[vpc_models.DescribeVpnGatewaysRequestTag(key="env", value="interop")]
        )
    ).body
    assert [g.vpn_gateway_id for g in tagged.vpn_gateways.vpn_gateway] == [BARE]
    filtered = client.describe_vpn_gateways(
        vpc_models.DescribeVpnGatewaysRequest(
            region_id=REGION, vpc_id=one.vpc_id, status="active", business_status="Normal",
            gateway_type="Normal", resource_group_id=one.resource_group_id, vpn_gateway_id=GATEWAY,
        )
    ).body
    assert [g.vpn_gateway_id for g in filtered.vpn_gateways.vpn_gateway] == [GATEWAY]

    code, status, message = tea_error(
        lambda: client.describe_vpn_gateway(
            vpc_models.DescribeVpnGatewayRequest(region_id=REGION, vpn_gateway_id="vpn-missing")
        )
    )
    assert (code, status) == ("InvalidVpnGatewayInstanceId.NotFound", 404), message


@pytest.mark.parametrize("algorithm", [None, "v2"], ids=["v3-acs3-hmac-sha256", "rpc-hmac-sha1"])
def test_current_sdk_manages_an_ssl_vpn_server(emulator_factory: Callable[..., EmulatorProcess], algorithm: str | None) -> None:
    emu = family_emulator(emulator_factory)
    client = tea_client(emu, algorithm=algorithm)

    def create(**extra: Any) -> Any:
        fields: dict[str, Any] = {
            "region_id": REGION, "vpn_gateway_id": BARE, "local_subnet": "10.0.0.0/8,172.16.0.0/16",
            "client_ip_pool": "192.168.0.0/24",
        }
        fields.update(extra)
        return client.create_ssl_vpn_server(vpc_models.CreateSslVpnServerRequest(**fields)).body

    code, status, message = tea_error(lambda: create(dry_run=True))
    assert (code, status) == ("DryRunOperation", 400)
    assert "Request validation has been passed with DryRun flag set." in message
    code, status, message = tea_error(lambda: create(port=443))
    assert (code, status) == ("InvalidParameter", 400) and "Port" in message
    code, status, message = tea_error(lambda: create(client_ip_pool="192.168.0.0/27"))
    assert (code, status) == ("InvalidParameter", 400) and "40" in message, "10 connections need 40 addresses"
    created = create(
        name=AWKWARD_NAME, cipher="AES-256-CBC", port=1195, proto="UDP", compress=True,
        enable_multi_factor_auth=True, idaa_sinstance_id="idaas-cn-interop1", idaa_sregion_id="cn-shanghai",
        idaa_sapplication_id="app-interop1", dns_servers="10.0.0.2", client_token="interop-srv-1",
    )
    assert created.request_id and created.name == AWKWARD_NAME
    server_id = created.ssl_vpn_server_id
    assert server_id.startswith("vss-")
    assert create(client_token="interop-srv-1").ssl_vpn_server_id == server_id, "same token, same server"
    code, status, _ = tea_error(lambda: create())
    assert (code, status) == ("OperationFailed.SslVpnServerExists", 400)

    servers = client.describe_ssl_vpn_servers(
        vpc_models.DescribeSslVpnServersRequest(region_id=REGION, vpn_gateway_id=BARE)
    ).body
    s = servers.ssl_vpn_servers.ssl_vpn_server[0]
    assert (s.ssl_vpn_server_id, s.cipher, s.port, s.proto, s.compress, s.max_connections) == (
        server_id, "AES-256-CBC", 1195, "UDP", True, 10,
    )
    assert (s.idaa_sinstance_id, s.idaa_sregion_id, s.idaa_sapplication_id, s.idaa_sinstance_version) == (
        "idaas-cn-interop1", "cn-shanghai", "app-interop1", "2.0",
    )
    assert s.enable_multi_factor_auth is True and s.dns_servers == "10.0.0.2"

    modified = client.modify_ssl_vpn_server(
        vpc_models.ModifySslVpnServerRequest(
            region_id=REGION, ssl_vpn_server_id=server_id, port=1300, local_subnet="10.1.0.0/16",
            client_token="interop-mod-1",
        )
    ).body
    assert modified.request_id
    assert (modified.ssl_vpn_server_id, modified.vpn_gateway_id, modified.region_id) == (server_id, BARE, REGION)
    assert (modified.port, modified.local_subnet, modified.client_ip_pool, modified.cipher) == (
        1300, "10.1.0.0/16", "192.168.0.0/24", "AES-256-CBC",
    )
    assert (modified.connections, modified.max_connections, modified.compress) == (0, 10, True)
    assert modified.enable_multi_factor_auth is True and modified.idaa_sinstance_version == "2.0"
    assert (modified.idaa_sinstance_id, modified.idaa_sapplication_id) == ("idaas-cn-interop1", "app-interop1")
    assert modified.internet_ip and modified.create_time > 0 and modified.resource_group_id
    code, status, _ = tea_error(
        lambda: client.modify_ssl_vpn_server(
            vpc_models.ModifySslVpnServerRequest(region_id=REGION, ssl_vpn_server_id=server_id, dry_run=True, cipher="none")
        )
    )
    assert (code, status) == ("DryRunOperation", 400)

    deleted = client.delete_ssl_vpn_server(
        vpc_models.DeleteSslVpnServerRequest(region_id=REGION, ssl_vpn_server_id=server_id, client_token="interop-del-1")
    ).body
    assert deleted.request_id
    code, status, _ = tea_error(
        lambda: client.delete_ssl_vpn_server(
            vpc_models.DeleteSslVpnServerRequest(region_id=REGION, ssl_vpn_server_id=server_id)
        )
    )
    assert (code, status) == ("InvalidSslVpnServerId.NotFound", 404)


@pytest.mark.parametrize("algorithm", [None, "v2"], ids=["v3-acs3-hmac-sha256", "rpc-hmac-sha1"])
def test_current_sdk_lists_clients_and_reads_logs(emulator_factory: Callable[..., EmulatorProcess], algorithm: str | None) -> None:
    emu = family_emulator(emulator_factory)
    client = tea_client(emu, algorithm=algorithm)
    cert_id = tea_create(client, "alice").ssl_vpn_client_cert_id
    status, connection = control_post(emu, "/__emulator/connect", {"ssl_vpn_client_cert_id": cert_id, "ip": "198.51.100.50"})
    assert status == 200, connection

    clients = client.describe_ssl_vpn_clients(
        vpc_models.DescribeSslVpnClientsRequest(region_id=REGION, vpn_gateway_id=GATEWAY, page_size=5)
    ).body
    assert (clients.total_count, clients.page_number, clients.page_size) == (1, 1, 5)
    assert (clients.vpn_gateway_id, clients.region_id) == (GATEWAY, REGION)
    info = clients.client_info_list[0]
    assert (info.common_name, info.ip, info.status) == (cert_id, "198.51.100.50", "online")
    assert info.port == str(connection["port"]), "Port is a string in the model"
    assert info.private_ip == connection["private_ip"]
    assert info.connected_time == connection["connected_time"]
    assert info.receive_bytes > 0 and info.send_bytes > 0

    bob = tea_create(client, "bob").ssl_vpn_client_cert_id
    client.delete_ssl_vpn_client_cert(
        vpc_models.DeleteSslVpnClientCertRequest(region_id=REGION, ssl_vpn_client_cert_id=bob)
    )
    after = client.describe_ssl_vpn_clients(
        vpc_models.DescribeSslVpnClientsRequest(region_id=REGION, vpn_gateway_id=GATEWAY)
    ).body
    assert after.total_count == 0 and after.client_info_list == [], "a delete disconnects everyone"

    logs = client.describe_vpn_ssl_server_logs(
        vpc_models.DescribeVpnSslServerLogsRequest(region_id=REGION, vpn_ssl_server_id=SERVER, minute_period=10, page_size=50)
    ).body
    assert logs.request_id and logs.is_completed is True
    assert (logs.count, logs.page_number, logs.page_size) == (len(logs.data.logs), 1, 50)
    assert any("connected" in line and "198.51.100.50" in line for line in logs.data.logs), logs.data.logs
    assert any("disconnected" in line for line in logs.data.logs)
    now = int(time.time())
    mine = client.describe_vpn_ssl_server_logs(
        vpc_models.DescribeVpnSslServerLogsRequest(
            region_id=REGION, vpn_ssl_server_id=SERVER, ssl_vpn_client_cert_id=cert_id,
            from_=now - 120, to=now + 5,
        )
    ).body
    assert mine.count == 3, mine.data.logs  # created, connected, disconnected by bob's delete
    future = client.describe_vpn_ssl_server_logs(
        vpc_models.DescribeVpnSslServerLogsRequest(
            region_id=REGION, vpn_ssl_server_id=SERVER, from_=now + 3600, to=now + 7200,
        )
    ).body
    assert future.count == 0 and future.data.logs == []
