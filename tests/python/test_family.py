"""The rest of the SSL-VPN family from Python (issue 14), against ``vpncert.testing``: gateways
and their lazy walk, who is connected, the SSL-VPN server's create/modify/delete (dry run, wait,
ClientToken, local checks that send nothing, lists or comma strings), the gateway wait, the
server logs, per-request ``region_id``, and the ``network`` setting."""

from __future__ import annotations

import time

import pytest

import vpncert
import vpncert.testing
from helpers_vpncert import ScriptedServer

SERVER = "vss-emulator0001"
GATEWAY = "vpn-emulator0001"
BARE = "vpn-bare0001"
SETTLE = 0.06


def _emulator(**options):
    options.setdefault("servers", [f"cn-hangzhou:{SERVER}"])
    options.setdefault("gateways", [f"cn-hangzhou:{BARE}"])
    options.setdefault("settle", SETTLE)
    return vpncert.testing.emulator(**options)


@pytest.fixture
def emu():
    with _emulator() as e:
        yield e


def requests(emu) -> int:
    return emu.state()["requests"]


def server_state(emu, server_id):
    return next((s for s in emu.state()["servers"] if s["ssl_vpn_server_id"] == server_id), None)


def servers_on(emu, gateway):
    return sum(s["vpn_gateway_id"] == gateway for s in emu.state()["servers"])


def new_cert(emu, name):
    return emu.client.create_ssl_vpn_client_cert(SERVER, name).ssl_vpn_client_cert_id


# --- gateways ---------------------------------------------------------------------------------


def test_describe_vpn_gateway(emu):
    g = emu.client.describe_vpn_gateway(GATEWAY)
    assert isinstance(g, vpncert.VpnGateway)
    assert (g.vpn_gateway_id, g.status, g.business_status, g.ssl_vpn) == (GATEWAY, "active", "Normal", "enable")
    assert g.ssl_max_connections == 5
    assert g.request_id
    server = emu.client.describe_ssl_vpn_servers(SERVER).items[0]
    assert server.vpn_gateway_id == GATEWAY
    assert g.ssl_vpn_internet_ip == server.internet_ip
    assert g.to_dict()["vpn_gateway_id"] == GATEWAY
    assert GATEWAY in repr(g)
    assert emu.client.describe_vpn_gateway(BARE).ssl_vpn == "disable"

    with pytest.raises(vpncert.GatewayNotFoundError) as caught:
        emu.client.describe_vpn_gateway("vpn-missing")
    assert isinstance(caught.value, vpncert.NotFoundError)
    assert caught.value.code == "InvalidVpnGatewayInstanceId.NotFound"
    assert caught.value.request_id

    before = requests(emu)
    with pytest.raises(vpncert.InvalidParameterError) as bad:
        emu.client.describe_vpn_gateway("")
    assert bad.value.parameter == "VpnGatewayId"
    assert requests(emu) == before


def test_iter_vpn_gateways_walks_every_page_lazily():
    many = [f"cn-hangzhou:vpn-many{i:04}" for i in range(55)]
    with _emulator(gateways=[f"cn-hangzhou:{BARE}", *many, "cn-shanghai:vpn-elsewhere1"]) as emu:
        page = emu.client.describe_vpn_gateways(page_size=10, page_number=6)
        assert page.total_count == 57
        assert len(page.items) == 7
        before = requests(emu)
        walk = emu.client.iter_vpn_gateways()
        assert requests(emu) == before, "made lazily"
        first = next(walk)
        assert requests(emu) == before + 1
        ids = [first.vpn_gateway_id] + [g.vpn_gateway_id for g in walk]
        assert requests(emu) == before + 2, "two pages of 50"
        assert len(ids) == len(set(ids)) == 57
        assert {GATEWAY, BARE} <= set(ids)
        assert "vpn-elsewhere1" not in ids
        only = [g.vpn_gateway_id for g in emu.client.iter_vpn_gateways(vpn_gateway_id="vpn-many0003")]
        assert only == ["vpn-many0003"]
        there = [g.vpn_gateway_id for g in emu.client.iter_vpn_gateways(region_id="cn-shanghai")]
        assert there == ["vpn-elsewhere1"]


# --- who is connected ---------------------------------------------------------------------------


def test_iter_ssl_vpn_clients_lists_each_connection(emu):
    alice = new_cert(emu, "alice")
    bob = new_cert(emu, "bob")
    assert list(emu.client.iter_ssl_vpn_clients(GATEWAY)) == []
    laptop = emu.connect(alice, "198.51.100.7")
    emu.connect(alice, "198.51.100.8")  # her phone: the same certificate
    emu.connect(bob)

    page = emu.client.describe_ssl_vpn_clients(GATEWAY, page_size=2)
    assert page.total_count == 3 and len(page.items) == 2
    clients = list(emu.client.iter_ssl_vpn_clients(GATEWAY))
    assert len(clients) == 3, clients
    assert {c.ip for c in clients} >= {"198.51.100.7", "198.51.100.8"}
    first = next(c for c in clients if c.ip == "198.51.100.7")
    assert (first.common_name, first.private_ip, first.status) == (
        laptop["common_name"],
        laptop["private_ip"],
        "online",
    )
    assert first.port == str(laptop["port"])

    # Revoking any certificate of the server drops everyone.
    emu.client.delete_ssl_vpn_client_cert(bob)
    assert list(emu.client.iter_ssl_vpn_clients(GATEWAY)) == []
    assert list(emu.client.iter_ssl_vpn_clients(BARE)) == []
    with pytest.raises(vpncert.GatewayNotFoundError):
        list(emu.client.iter_ssl_vpn_clients("vpn-missing"))


# --- the SSL-VPN server ------------------------------------------------------------------------


def test_dry_runs_change_nothing(emu):
    before = emu.state()["servers"]
    dry = emu.client.create_ssl_vpn_server(BARE, ["10.10.0.0/16"], "192.168.50.0/24", name="office", dry_run=True)
    assert isinstance(dry, vpncert.CreateSslVpnServerResponse)
    assert dry.dry_run is True
    assert dry.ssl_vpn_server_id == ""
    assert dry.request_id
    assert "dry_run" in repr(dry)
    assert emu.state()["servers"] == before
    assert emu.client.describe_vpn_gateway(BARE).status == "active"

    dry = emu.client.modify_ssl_vpn_server(SERVER, port=1195, cipher="AES-256-CBC", dry_run=True)
    assert dry.dry_run is True
    assert dry.ssl_vpn_server_id == SERVER
    assert emu.state()["servers"] == before
    assert emu.client.describe_vpn_gateway(GATEWAY).status == "active"

    # Any other answer raises as usual.
    emu.set_gateway_state(BARE, "locked")
    with pytest.raises(vpncert.FinancialLockedError):
        emu.client.create_ssl_vpn_server(BARE, "10.10.0.0/16", "192.168.50.0/24", dry_run=True)
    emu.set_gateway_state(BARE, "ready")
    real = emu.client.create_ssl_vpn_server(BARE, "10.10.0.0/16", "192.168.50.0/24", dry_run=False)
    assert real.dry_run is False and real.ssl_vpn_server_id.startswith("vss-")


def test_dry_run_passed_error_surfaces_when_no_dry_run_was_asked():
    body = {"RequestId": "R-dry", "Code": "DryRunOperation", "Message": "Request validation has been passed."}
    with ScriptedServer(400, body) as server:
        client = vpncert.Client(
            "cn-hangzhou", endpoint=server.url, access_key_id="id", access_key_secret="secret", max_retries=0
        )
        with pytest.raises(vpncert.DryRunPassedError) as caught:
            client.create_ssl_vpn_server(BARE, "10.10.0.0/16", "192.168.50.0/24")
        assert isinstance(caught.value, vpncert.ApiError)
        assert (caught.value.code, caught.value.request_id) == ("DryRunOperation", "R-dry")
        assert server.requests == 2, "the gateway is read, then the create is sent once"
        # Asked for, the same answer is the result.
        dry = client.create_ssl_vpn_server(BARE, "10.10.0.0/16", "192.168.50.0/24", dry_run=True)
        assert dry.dry_run is True and dry.request_id == "R-dry"


def test_create_modify_delete_with_wait_and_list_or_comma_settings(emu):
    started = time.monotonic()
    created = emu.client.create_ssl_vpn_server(
        BARE,
        "10.10.0.0/16, 10.20.0.0/16",  # a comma-separated string
        "192.168.50.0/24",
        name="office",
        proto="UDP",
        port=1195,
        dns_servers=["10.10.0.2", "10.10.0.3"],  # a list
        wait=10.0,
    )
    assert time.monotonic() - started >= SETTLE
    assert emu.client.describe_vpn_gateway(BARE).status == "active"
    server_id = created.ssl_vpn_server_id
    assert server_id.startswith("vss-") and created.name == "office" and not created.dry_run
    s = emu.client.describe_ssl_vpn_servers(server_id).items[0]
    assert s.local_subnet == ("10.10.0.0/16", "10.20.0.0/16")
    assert s.dns_servers == ("10.10.0.2", "10.10.0.3")
    assert (s.proto, s.port, s.vpn_gateway_id) == ("UDP", 1195, BARE)

    modified = emu.client.modify_ssl_vpn_server(
        server_id, local_subnet=["10.30.0.0/16"], dns_servers="10.30.0.2,10.30.0.3", wait=10.0
    )
    assert modified.local_subnet == ("10.30.0.0/16",)
    assert modified.ssl_vpn_server_id == server_id and not modified.dry_run
    assert emu.client.describe_vpn_gateway(BARE).status == "active"
    assert server_state(emu, server_id)["dns_servers"] == "10.30.0.2,10.30.0.3"

    # Without wait: back at once, the gateway still applying it.
    emu.client.modify_ssl_vpn_server(server_id, port=1196)
    assert emu.client.describe_vpn_gateway(BARE).status == "updating"

    deleted = emu.client.delete_ssl_vpn_server(server_id, wait=10.0)
    assert isinstance(deleted, vpncert.DeleteSslVpnServerResponse) and deleted.request_id
    assert server_state(emu, server_id) is None
    assert emu.client.describe_vpn_gateway(BARE).status == "active"
    with pytest.raises(vpncert.SslVpnServerNotFoundError):
        emu.client.delete_ssl_vpn_server(server_id)


def test_one_client_token_is_one_change(emu):
    first = emu.client.create_ssl_vpn_server(BARE, ["10.10.0.0/16"], "192.168.50.0/24", client_token="office-1")
    again = emu.client.create_ssl_vpn_server(BARE, ["10.10.0.0/16"], "192.168.50.0/24", client_token="office-1")
    assert again.ssl_vpn_server_id == first.ssl_vpn_server_id
    assert servers_on(emu, BARE) == 1
    emu.client.delete_ssl_vpn_server(first.ssl_vpn_server_id, client_token="office-gone")
    emu.client.delete_ssl_vpn_server(first.ssl_vpn_server_id, client_token="office-gone")
    assert servers_on(emu, BARE) == 0


@pytest.mark.parametrize(
    "settings, parameter",
    [
        ({"port": 443}, "Port"),
        ({"port": 22}, "Port"),
        ({"port": -1}, "Port"),
        ({"cipher": "aes-128-cbc"}, "Cipher"),
        ({"proto": "udp"}, "Proto"),
        ({"local_subnet": ["10.0.0.0/7"]}, "LocalSubnet"),
        ({"local_subnet": "127.0.0.0/8"}, "LocalSubnet"),
        ({"local_subnet": "10.0.0.0/+16"}, "LocalSubnet"),
        ({"local_subnet": ""}, "LocalSubnet"),
        ({"client_ip_pool": "192.168.50.0/30"}, "ClientIpPool"),
        ({"client_ip_pool": "100.64.0.0/24"}, "ClientIpPool"),
        ({"client_ip_pool": "169.254.0.0/16"}, "ClientIpPool"),
        ({"client_ip_pool": "10.10.4.0/24"}, "ClientIpPool"),  # inside LocalSubnet
        ({"enable_multi_factor_auth": True}, "IDaaSInstanceId"),
        ({"enable_multi_factor_auth": True, "idaas_instance_id": "idaas-cn-1"}, "IDaaSRegionId"),
        ({"dns_servers": "10.0.0.2,dns.example"}, "DnsServers"),
        ({"name": "https://office"}, "Name"),
        ({"client_token": "t" * 65}, "ClientToken"),
        ({"region_id": "cn hangzhou"}, "RegionId"),
        ({"wait": -1.0}, "wait"),
        ({"dry_run": True, "port": 80}, "Port"),
    ],
)
def test_server_settings_are_checked_before_sending(emu, settings, parameter):
    args = {"local_subnet": ["10.10.0.0/16"], "client_ip_pool": "192.168.50.0/24", **settings}
    local_subnet, client_ip_pool = args.pop("local_subnet"), args.pop("client_ip_pool")
    before = requests(emu)
    with pytest.raises(vpncert.InvalidParameterError) as caught:
        emu.client.create_ssl_vpn_server(BARE, local_subnet, client_ip_pool, **args)
    assert caught.value.parameter == parameter
    assert isinstance(caught.value, ValueError)
    assert requests(emu) == before, "a request was sent"
    assert servers_on(emu, BARE) == 0


def test_modify_is_checked_too_and_a_rename_needs_a_name(emu):
    for settings, parameter in [
        ({"port": 80}, "Port"),
        ({"client_ip_pool": "192.168.0.0/30"}, "ClientIpPool"),
        ({"local_subnet": "192.168.0.0/16", "client_ip_pool": "192.168.8.0/24"}, "ClientIpPool"),
        ({"dns_servers": ["10.0.0.256"]}, "DnsServers"),
    ]:
        before = requests(emu)
        with pytest.raises(vpncert.InvalidParameterError) as caught:
            emu.client.modify_ssl_vpn_server(SERVER, **settings)
        assert caught.value.parameter == parameter, settings
        assert requests(emu) == before

    # The gateway allows 5 connections, which need 20 addresses: a /28 has 16. The server and
    # its gateway are read; the change is not sent.
    before = requests(emu)
    with pytest.raises(vpncert.InvalidParameterError) as caught:
        emu.client.modify_ssl_vpn_server(SERVER, client_ip_pool="192.168.9.0/28")
    assert caught.value.parameter == "ClientIpPool"
    assert requests(emu) == before + 2
    assert server_state(emu, SERVER)["client_ip_pool"] == "192.168.100.0/24"

    with pytest.raises(vpncert.InvalidParameterError) as caught:
        emu.client.create_ssl_vpn_server(BARE, "10.10.0.0/16", "192.168.50.0/29")
    assert caught.value.parameter == "ClientIpPool"
    # A value of the wrong type is Python's TypeError, naming the parameter.
    with pytest.raises(TypeError, match="local_subnet"):
        emu.client.create_ssl_vpn_server(BARE, 42, "192.168.50.0/24")  # type: ignore[arg-type]

    cert = new_cert(emu, "alice")
    before = requests(emu)
    with pytest.raises(TypeError):
        emu.client.modify_ssl_vpn_client_cert(cert)  # type: ignore[call-arg]
    with pytest.raises(vpncert.InvalidParameterError) as caught:
        emu.client.modify_ssl_vpn_client_cert(cert, "")
    assert caught.value.parameter == "Name"
    assert requests(emu) == before
    assert emu.client.modify_ssl_vpn_client_cert(cert, "alice-laptop").name == "alice-laptop"


# --- waiting for the gateway ------------------------------------------------------------------


def test_wait_for_gateway_returns_once_active():
    with _emulator(settle=0.15) as emu:
        assert emu.client.wait_for_gateway(GATEWAY).status == "active"
        cert = new_cert(emu, "alice")
        started = time.monotonic()
        emu.client.delete_ssl_vpn_client_cert(cert)
        assert emu.client.describe_vpn_gateway(GATEWAY).status == "updating"
        g = emu.client.wait_for_gateway(GATEWAY, timeout=10.0)
        assert time.monotonic() - started >= 0.15
        assert isinstance(g, vpncert.VpnGateway)
        assert (g.vpn_gateway_id, g.status) == (GATEWAY, "active")

        with pytest.raises(vpncert.InvalidParameterError) as caught:
            emu.client.wait_for_gateway(GATEWAY, timeout=0.0)
        assert caught.value.parameter == "timeout"
        with pytest.raises(vpncert.GatewayNotFoundError):
            emu.client.wait_for_gateway("vpn-missing")


def test_wait_times_out_and_financial_lock_ends_it_at_once():
    with _emulator(settle=60.0) as emu:
        cert = new_cert(emu, "alice")
        emu.client.delete_ssl_vpn_client_cert(cert)
        started = time.monotonic()
        with pytest.raises(vpncert.RequestTimeoutError):
            emu.client.wait_for_gateway(GATEWAY, timeout=0.4)
        assert time.monotonic() - started < 5

        emu.set_gateway_state(GATEWAY, "locked")
        started = time.monotonic()
        with pytest.raises(vpncert.FinancialLockedError) as caught:
            emu.client.wait_for_gateway(GATEWAY, timeout=60.0)
        assert time.monotonic() - started < 2
        assert caught.value.code == "VpnGateway.FinancialLocked"


def test_delete_with_wait_returns_when_gone_and_active():
    with _emulator(settle=0.2) as emu:
        alice, bob = new_cert(emu, "alice"), new_cert(emu, "bob")
        emu.connect(alice)
        started = time.monotonic()
        out = emu.client.delete_ssl_vpn_client_cert(bob, wait=10.0)
        assert time.monotonic() - started >= 0.2
        assert out.already_deleted is False and out.request_id
        assert emu.client.describe_vpn_gateway(GATEWAY).status == "active"
        assert len(emu.client.describe_ssl_vpn_client_certs(ssl_vpn_client_cert_id=bob).items) == 0
        assert emu.state()["connections"] == []
        emu.connect(alice)  # the gateway takes clients again
        assert emu.client.delete_ssl_vpn_client_cert(bob, wait=10.0).already_deleted is True

    with _emulator(settle=60.0) as emu:
        carol = new_cert(emu, "carol")
        with pytest.raises(vpncert.RequestTimeoutError):
            emu.client.delete_ssl_vpn_client_cert(carol, wait=0.3)
        assert emu.state()["certificates"] == []


# --- logs -----------------------------------------------------------------------------------------


def test_server_logs_and_their_lazy_walk(emu):
    alice = new_cert(emu, "alice")
    bob = new_cert(emu, "bob")
    for ip in ("198.51.100.1", "198.51.100.2", "198.51.100.3"):
        emu.connect(alice, ip)
    emu.disconnect(alice, "198.51.100.2")
    now = int(time.time())

    one = emu.client.describe_vpn_ssl_server_logs(SERVER, from_=now - 3600, to=now + 60, page_size=50)
    assert isinstance(one, vpncert.VpnSslServerLogs)
    assert one.count == len(one.logs) == 6, one.logs
    assert one.is_completed is True
    assert sum(" connected, virtual address " in line for line in one.logs) == 3
    second = emu.client.describe_vpn_ssl_server_logs(SERVER, minute_period=10, page_size=4, page_number=2)
    assert (second.count, len(second.logs), second.page_number) == (6, 2, 2)

    before = requests(emu)
    walk = emu.client.iter_vpn_ssl_server_logs(SERVER, from_=now - 3600, to=now + 60)
    assert requests(emu) == before, "made lazily"
    lines = list(walk)
    assert lines == list(one.logs)
    assert all(isinstance(line, str) for line in lines)
    assert requests(emu) == before + 1
    bobs = list(emu.client.iter_vpn_ssl_server_logs(SERVER, ssl_vpn_client_cert_id=bob, minute_period=10))
    assert len(bobs) == 1 and bob in bobs[0]
    assert list(emu.client.iter_vpn_ssl_server_logs(SERVER, from_=1, to=2)) == []
    with pytest.raises(vpncert.SslVpnServerNotFoundError):
        list(emu.client.iter_vpn_ssl_server_logs("vss-missing", minute_period=10))


def test_the_log_walk_pages_through_many_lines():
    with _emulator(settle=0.0) as emu:
        cert = new_cert(emu, "alice")
        for i in range(60):
            emu.connect(cert, f"203.0.113.{i + 1}")
            emu.disconnect(cert)
        before = requests(emu)
        lines = list(emu.client.iter_vpn_ssl_server_logs(SERVER, minute_period=10))
        assert len(lines) == 121, "a create, 60 connects and 60 disconnects"
        assert len(set(lines)) == 121
        assert requests(emu) == before + 3, "pages of 50"


# --- regions and endpoints ------------------------------------------------------------------------


def test_region_id_per_call():
    with _emulator(
        servers=[f"cn-hangzhou:{SERVER}", "cn-shanghai:vss-sh0001"],
        gateways=[f"cn-hangzhou:{BARE}", "cn-shanghai:vpn-shbare01"],
    ) as emu:
        c = emu.client
        with pytest.raises(vpncert.GatewayNotFoundError):
            c.describe_vpn_gateway("vpn-sh0001")
        assert c.describe_vpn_gateway("vpn-sh0001", region_id="cn-shanghai").vpn_gateway_id == "vpn-sh0001"
        cert = c.create_ssl_vpn_client_cert("vss-sh0001", "sh", region_id="cn-shanghai").ssl_vpn_client_cert_id
        emu.connect(cert)
        assert len(list(c.iter_ssl_vpn_clients("vpn-sh0001", region_id="cn-shanghai"))) == 1
        assert len(list(c.iter_vpn_ssl_server_logs("vss-sh0001", minute_period=10, region_id="cn-shanghai"))) == 2
        c.delete_ssl_vpn_client_cert(cert, region_id="cn-shanghai", wait=10.0)
        assert c.describe_vpn_gateway("vpn-sh0001", region_id="cn-shanghai").status == "active"

        # The composite calls take it too.
        with pytest.raises(vpncert.SslVpnServerNotFoundError):
            c.issue_client_cert("vss-sh0001", "nowhere")
        issued = c.issue_client_cert("vss-sh0001", "issued-there", region_id="cn-shanghai", poll_interval=0.02)
        assert issued.region_id == "cn-shanghai" and "<cert>" in issued.to_ovpn()
        with pytest.raises(vpncert.GatewayNotFoundError):
            c.wait_for_gateway("vpn-sh0001", timeout=5.0)
        assert c.wait_for_gateway("vpn-sh0001", region_id="cn-shanghai").status == "active"

        made = c.create_ssl_vpn_server(
            "vpn-shbare01", "10.10.0.0/16", "192.168.50.0/24", region_id="cn-shanghai", wait=10.0
        )
        assert server_state(emu, made.ssl_vpn_server_id)["region_id"] == "cn-shanghai"
        c.modify_ssl_vpn_server(made.ssl_vpn_server_id, port=1300, region_id="cn-shanghai", wait=10.0)
        c.delete_ssl_vpn_server(made.ssl_vpn_server_id, region_id="cn-shanghai", wait=10.0)
        assert c.describe_vpn_gateway("vpn-shbare01", region_id="cn-shanghai").status == "active"
        assert server_state(emu, made.ssl_vpn_server_id) is None
        assert c.region_id == "cn-hangzhou", "the client's own region is unchanged"


def test_the_fallback_profile_takes_the_gateways_ssl_vpn_address():
    with _emulator(ssl_vpn_internet_ips={SERVER: "192.0.2.7"}, client_config=False) as emu:
        c = emu.client
        server = next(iter(c.iter_ssl_vpn_servers(ssl_vpn_server_id=SERVER)))
        assert server.internet_ip != "192.0.2.7"
        issued = c.issue_client_cert(SERVER, "alice", poll_interval=0.02)
        assert issued.client_config == ""
        assert issued.server is not None and issued.server.internet_ip == "192.0.2.7"
        profile = issued.to_ovpn()
        assert "\nremote 192.0.2.7 " in profile
        assert server.internet_ip not in profile


def test_network_option_and_endpoint_property(monkeypatch):
    for name in ("ALIBABA_CLOUD_ENDPOINT_VPC", "ALIBABA_CLOUD_NETWORK"):
        monkeypatch.delenv(name, raising=False)

    def client(region, **options):
        return vpncert.Client(region, access_key_id="id", access_key_secret="secret", **options)

    # Nothing is sent: the endpoint is only built.
    assert client("eu-central-1").endpoint == "https://vpc.eu-central-1.aliyuncs.com/"
    assert client("eu-central-1", network="vpc").endpoint == "https://vpc-vpc.eu-central-1.aliyuncs.com/"
    assert client("eu-central-1", network="public").endpoint == "https://vpc.eu-central-1.aliyuncs.com/"
    assert client("cn-hangzhou", network="vpc").endpoint == "https://vpc.aliyuncs.com/", "the official map wins"
    explicit = client("eu-central-1", network="vpc", endpoint="https://vpc.example.com")
    assert explicit.endpoint == "https://vpc.example.com/"
    with pytest.raises(vpncert.InvalidParameterError) as caught:
        client("eu-central-1", network="vpc.evil.com")
    assert caught.value.parameter == "network"

    monkeypatch.setenv("ALIBABA_CLOUD_NETWORK", "vpc")
    assert client("eu-central-1").endpoint == "https://vpc-vpc.eu-central-1.aliyuncs.com/"
    assert client("eu-central-1", network="public").endpoint == "https://vpc.eu-central-1.aliyuncs.com/"
