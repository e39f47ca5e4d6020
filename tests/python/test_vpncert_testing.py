"""vpncert.testing: the in-process emulator users test their own scripts with."""

from __future__ import annotations

import time

import pytest

import vpncert
import vpncert.testing
from helpers_vpncert import SECRET, TOKEN


@pytest.fixture
def emu():
    # The pattern the module documentation recommends for pytest.
    with vpncert.testing.emulator() as e:
        yield e


def test_defaults_and_the_documented_example(emu):
    assert emu.url.startswith("http://127.0.0.1:")
    assert (emu.region_id, emu.ssl_vpn_server_id, emu.access_key_id) == ("cn-hangzhou", "vss-emulator0001", "testid")
    assert isinstance(emu.client, vpncert.Client)
    assert emu.client.endpoint.rstrip("/") == emu.url
    cert = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "alice")
    assert [c["name"] for c in emu.state()["certificates"]] == ["alice"]
    assert emu.state()["certificates"][0]["ssl_vpn_client_cert_id"] == cert.ssl_vpn_client_cert_id
    assert "running" in repr(emu)


def test_leaving_the_block_stops_the_emulator():
    with vpncert.testing.emulator() as emu:
        client = emu.new_client(max_retries=0, connect_timeout=1.0)
        client.describe_ssl_vpn_servers()
    assert emu.closed and "closed" in repr(emu)
    with pytest.raises(vpncert.TransportError):
        client.describe_ssl_vpn_servers()
    emu.close()  # idempotent
    assert emu.state()["requests"] == 1, "the last state stays readable"


def test_keys_servers_and_options():
    with vpncert.testing.emulator(
        keys=[f"ops:{SECRET}", ("viewer", SECRET, "noperm")],
        servers=[("cn-shanghai", "vss-sh000001"), "cn-beijing:vss-bj000001:locked"],
        quota=1,
        latency=0.01,
        signature_version="v3",
    ) as emu:
        assert (emu.region_id, emu.ssl_vpn_server_id, emu.access_key_id) == ("cn-shanghai", "vss-sh000001", "ops")
        assert emu.client.signature_version == "v3"
        emu.client.create_ssl_vpn_client_cert("vss-sh000001", "one")
        with pytest.raises(vpncert.QuotaFullError):
            emu.client.create_ssl_vpn_client_cert("vss-sh000001", "two")
        viewer = emu.new_client(access_key_id="viewer", access_key_secret=SECRET, max_retries=0)
        with pytest.raises(vpncert.ForbiddenError):
            viewer.describe_ssl_vpn_servers()
        beijing = emu.new_client(region_id="cn-beijing")
        with pytest.raises(vpncert.FinancialLockedError):
            beijing.create_ssl_vpn_client_cert("vss-bj000001", "three")
        states = {s["ssl_vpn_server_id"]: s["state"] for s in emu.state()["servers"]}
        assert states == {"vss-sh000001": "ready", "vss-bj000001": "locked"}
        assert {k["access_key_id"]: k["role"] for k in emu.state()["access_keys"]} == {"ops": "owner", "viewer": "noperm"}


def test_sts_keys_sign_the_default_client():
    with vpncert.testing.emulator(sts_keys=[("STS.tmp", SECRET, TOKEN)]) as emu:
        assert emu.access_key_id == "STS.tmp"
        assert emu.client.describe_ssl_vpn_servers().total_count == 1
        assert SECRET not in repr(emu) and TOKEN not in repr(emu)


def test_set_server_state(emu):
    emu.set_server_state(emu.ssl_vpn_server_id, "locked")
    with pytest.raises(vpncert.FinancialLockedError):
        emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "x")
    emu.set_server_state(emu.ssl_vpn_server_id, "ready")
    emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "x")
    with pytest.raises(KeyError):
        emu.set_server_state("vss-unknown", "ready")
    with pytest.raises(ValueError):
        emu.set_server_state(emu.ssl_vpn_server_id, "sleepy")


def test_cert_validity_shows_expiry_statuses():
    with vpncert.testing.emulator(cert_validity=3 * 86400) as emu:
        cert = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "short-lived")
        assert emu.client.describe_ssl_vpn_client_cert(cert.ssl_vpn_client_cert_id).status == "expiring-soon"


@pytest.mark.parametrize(
    "fault,code,http_status,error",
    [
        ("throttle-user", "Throttling.User", 400, vpncert.ThrottlingError),
        ("throttle-api", "Throttling.Api", 400, vpncert.ThrottlingError),
        ("rejected-throttling", "Rejected.Throttling", 400, vpncert.ThrottlingError),
        ("internal-error", "InternalError", 500, vpncert.ServiceUnavailableError),
        ("unknown-error", "UnknownError", 500, vpncert.ServiceUnavailableError),
    ],
)
def test_every_gateway_fault_can_be_injected(fault, code, http_status, error):
    with vpncert.testing.emulator(faults={fault: 1.0}, max_retries=1) as emu:
        with pytest.raises(error) as info:
            emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "kai")
        assert (info.value.code, info.value.http_status) == (code, http_status)
        assert emu.client.stats()["attempts"] == 2, "the fault is retried, then surfaces"
        assert emu.state()["certificates"] == []


@pytest.mark.parametrize(
    "fault,error",
    [
        ("reset-before", vpncert.TransportError),
        ("reset-after", vpncert.TransportError),
        ("truncate", (vpncert.TransportError, vpncert.DecodeError)),
        ("garbage", (vpncert.TransportError, vpncert.DecodeError)),
        ("stall", (vpncert.RequestTimeoutError, vpncert.TransportError)),
    ],
)
def test_faults_below_http_reach_python_as_its_errors_and_are_counted(fault, error):
    # Every request breaks below HTTP: the retries break too, and the error says so.
    with vpncert.testing.emulator(faults={fault: 1.0}, max_retries=1, timeout=0.5) as emu:
        with pytest.raises(error):
            emu.client.describe_ssl_vpn_servers()
        assert emu.state()["faults"][fault.replace("-", "_")] >= 1


def test_close_idle_never_fails_a_read():
    # The server closes every keep-alive connection after its answer: the client's pooled
    # connection is stale on each next use, and reads go through all the same.
    with vpncert.testing.emulator(faults={"close-idle": 1.0}, max_retries=0) as emu:
        for _ in range(6):
            emu.client.describe_ssl_vpn_servers()
            # Past the emulator's 50 ms: a connection it keeps for a while is closed by then.
            time.sleep(0.08)
        assert emu.state()["faults"]["close_idle"] >= 5


def test_dns_servers_reach_the_server_listing():
    servers = ["cn-hangzhou:vss-office01", "cn-hangzhou:vss-lab00001", "cn-hangzhou:vss-plain001"]
    dns = {"vss-office01": ["10.0.0.2", "10.0.0.3"], "vss-lab00001": "2001:db8::53"}
    with vpncert.testing.emulator(servers=servers, dns_servers=dns) as emu:
        got = {s.ssl_vpn_server_id: s.dns_servers for s in emu.client.iter_ssl_vpn_servers()}
        assert got == {
            "vss-office01": ("10.0.0.2", "10.0.0.3"),
            "vss-lab00001": ("2001:db8::53",),
            "vss-plain001": (),
        }
        office = emu.client.describe_ssl_vpn_servers("vss-office01").items[0]
        assert office.to_dict()["dns_servers"] == ["10.0.0.2", "10.0.0.3"]
    with pytest.raises(ValueError):
        vpncert.testing.emulator(servers=servers, dns_servers={"vss-office01": "not-an-ip"})


def test_an_unknown_fault_name_lists_the_known_ones():
    with pytest.raises(ValueError, match="internal-error") as info:
        vpncert.testing.emulator(faults={"gremlins": 0.5})
    assert "gremlins" in str(info.value)


@pytest.mark.parametrize(
    "options,error",
    [
        ({"faults": {"503": 1.5}}, ValueError),
        ({"faults": {"500": 0.5}}, ValueError),
        ({"keys": [("id", SECRET, "root")]}, ValueError),
        ({"keys": [f"only-an-id-{SECRET}"]}, ValueError),
        ({"keys": [42]}, TypeError),
        ({"sts_keys": [("id", SECRET)]}, ValueError),
        ({"servers": ["cn-hangzhou:vss-1:sleepy"]}, ValueError),
        ({"servers": ["cn-hangzhou:vss-1", "cn-beijing:vss-1"]}, ValueError),
        ({"quota": -1}, ValueError),
        ({"latency": -0.5}, ValueError),
        ({"nonsense": 1}, TypeError),
    ],
)
def test_bad_options_are_refused_without_echoing_secrets(options, error):
    with pytest.raises(error) as info:
        vpncert.testing.emulator(**options)
    assert SECRET not in str(info.value)


# --- the rest of the family: gateways, settle windows, connections -------------------------

GATEWAY = "vpn-emulator0001"


def test_connect_and_disconnect_show_in_the_api_and_the_state(emu):
    alice = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "alice")
    connection = emu.connect(alice.ssl_vpn_client_cert_id, "198.51.100.7")
    assert connection["ip"] == "198.51.100.7"
    assert connection["vpn_gateway_id"] == GATEWAY
    picked = emu.connect(alice.ssl_vpn_client_cert_id)
    assert picked["ip"] and picked["private_ip"] != connection["private_ip"]

    page = emu.client.describe_ssl_vpn_clients(GATEWAY)
    assert page.total_count == 2
    first = page.items[0]
    assert (first.common_name, first.ip, first.status) == (alice.ssl_vpn_client_cert_id, "198.51.100.7", "online")
    assert first.port == str(connection["port"])
    assert first.private_ip == connection["private_ip"]
    assert first.connected_time == connection["connected_time"]
    assert emu.client.describe_ssl_vpn_servers(emu.ssl_vpn_server_id).items[0].connections == 2
    assert len(emu.state()["connections"]) == 2

    assert emu.disconnect(alice.ssl_vpn_client_cert_id, "198.51.100.7") == 1
    assert emu.disconnect(alice.ssl_vpn_client_cert_id) == 1
    assert emu.disconnect(alice.ssl_vpn_client_cert_id) == 0
    assert emu.client.describe_ssl_vpn_clients(GATEWAY).total_count == 0
    logs = emu.client.describe_vpn_ssl_server_logs(emu.ssl_vpn_server_id, minute_period=10, page_size=50)
    assert logs.count == len(logs.logs) == 5, logs.logs
    assert sum(" connected, virtual address " in line for line in logs.logs) == 2
    assert sum("disconnected (client left)" in line for line in logs.logs) == 2


def test_who_cannot_connect():
    with vpncert.testing.emulator(settle=30.0, cert_validity=1.0) as emu:
        short = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "short")
        time.sleep(1.5)
        with pytest.raises(ConnectionRefusedError, match="expired"):
            emu.connect(short.ssl_vpn_client_cert_id)
        with pytest.raises(ConnectionRefusedError, match="no live certificate"):
            emu.connect("vsc-doesnotexist")
        with pytest.raises(ValueError):
            emu.connect(short.ssl_vpn_client_cert_id, "not-an-ip")
        assert emu.state()["connections"] == []


def test_deleting_a_certificate_disconnects_everyone_and_settles():
    with vpncert.testing.emulator(settle=0.5) as emu:
        alice = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "alice")
        bob = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "bob")
        emu.connect(alice.ssl_vpn_client_cert_id)
        emu.client.delete_ssl_vpn_client_cert(bob.ssl_vpn_client_cert_id)
        assert emu.state()["connections"] == []
        assert emu.client.describe_vpn_gateway(GATEWAY).status == "updating"
        with pytest.raises(ConnectionRefusedError, match="updating"):
            emu.connect(alice.ssl_vpn_client_cert_id)
        no_wait = emu.new_client(max_retries=0, configuring_budget=0.0)
        with pytest.raises(vpncert.GatewayConfiguringError):
            no_wait.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "carol")
        assert emu.client.wait_for_gateway(GATEWAY, timeout=5.0).status == "active"
        emu.connect(alice.ssl_vpn_client_cert_id)


def test_settle_and_create_settle_take_seconds():
    with vpncert.testing.emulator(settle=0.0, create_settle=0.4) as emu:
        cert = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "a")
        assert emu.client.describe_vpn_gateway(GATEWAY).status == "updating"
        started = time.monotonic()
        emu.client.wait_for_gateway(GATEWAY, timeout=5.0)
        assert time.monotonic() - started > 0.1
        emu.client.delete_ssl_vpn_client_cert(cert.ssl_vpn_client_cert_id)
        assert emu.client.describe_vpn_gateway(GATEWAY).status == "active", "settle=0"
    # The older name still works; both at once is a mistake.
    with vpncert.testing.emulator(delete_settle=0.0) as emu:
        cert = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "a")
        emu.client.delete_ssl_vpn_client_cert(cert.ssl_vpn_client_cert_id)
        assert emu.client.describe_vpn_gateway(GATEWAY).status == "active"
    with pytest.raises(ValueError, match="delete_settle"):
        vpncert.testing.emulator(settle=1.0, delete_settle=1.0)


def test_gateways_take_a_server_and_two_factor_servers_show_their_idaas():
    with vpncert.testing.emulator(
        servers=["cn-hangzhou:vss-emulator0001", "cn-hangzhou:vss-mfa00001"],
        gateways=["cn-hangzhou:vpn-bare0001", ("cn-hangzhou", "vpn-locked01", "locked")],
        server_idaas={"vss-mfa00001": ("idaas-cn-mfa0001", "cn-shanghai", "app-mfa0001")},
        settle=0.1,
    ) as emu:
        states = {g["vpn_gateway_id"]: (g["ssl_vpn_server_id"], g["business_status"]) for g in emu.state()["gateways"]}
        assert states == {
            GATEWAY: ("vss-emulator0001", "Normal"),
            "vpn-mfa00001": ("vss-mfa00001", "Normal"),
            "vpn-bare0001": (None, "Normal"),
            "vpn-locked01": (None, "FinancialLocked"),
        }
        mfa = emu.client.describe_ssl_vpn_servers("vss-mfa00001").items[0]
        assert mfa.enable_multi_factor_auth
        assert (mfa.idaas_instance_id, mfa.idaas_region_id, mfa.idaas_application_id, mfa.idaas_instance_version) == (
            "idaas-cn-mfa0001",
            "cn-shanghai",
            "app-mfa0001",
            "2.0",
        )
        created = emu.client.create_ssl_vpn_server(
            "vpn-bare0001", ["10.0.0.0/8"], "192.168.0.0/24", name="office", wait=5.0
        )
        assert created.ssl_vpn_server_id.startswith("vss-") and created.name == "office"
        assert emu.client.describe_vpn_gateway("vpn-bare0001").ssl_vpn == "enable"
        with pytest.raises(vpncert.FinancialLockedError):
            emu.client.create_ssl_vpn_server("vpn-locked01", ["10.0.0.0/8"], "192.168.0.0/24")
        emu.set_gateway_state("vpn-locked01", "ready")
        dry = emu.client.create_ssl_vpn_server("vpn-locked01", ["10.0.0.0/8"], "192.168.0.0/24", dry_run=True)
        assert dry.dry_run and dry.ssl_vpn_server_id == ""
        with pytest.raises(KeyError):
            emu.set_gateway_state("vpn-nothere", "ready")
    with pytest.raises(ValueError):
        vpncert.testing.emulator(server_idaas={"vss-emulator0001": "only-an-instance"})
    with pytest.raises(ValueError):
        vpncert.testing.emulator(gateways=["cn-hangzhou:vpn-emulator0001"])


def test_rate_limits_throttle_past_the_rate_and_an_adaptive_client_paces_itself():
    with vpncert.testing.emulator(rate_limits={"DescribeSslVpnServers": 5, "*": 1000}, max_retries=0) as e:
        answers = []
        for _ in range(8):
            try:
                e.client.describe_ssl_vpn_servers()
                answers.append("ok")
            except vpncert.ThrottlingError as err:
                assert err.code == "Throttling.User"
                answers.append("throttled")
        # A burst of one second's worth, then the flow control.
        assert answers[:5] == ["ok"] * 5
        assert "throttled" in answers[5:]
        assert e.state()["throttled"] == answers.count("throttled")
        # Other actions have their own bucket.
        e.client.describe_ssl_vpn_client_certs()

        adaptive = e.new_client(retry_mode="adaptive", max_retries=5)
        assert adaptive.retry_mode == "adaptive"
        assert adaptive.paced_rate("DescribeSslVpnServers") is None
        for _ in range(12):
            adaptive.describe_ssl_vpn_servers()
        rate = adaptive.paced_rate("DescribeSslVpnServers")
        # Learned from the throttling answers: near the 5/s limit, never the unpaced rate.
        assert rate is not None and 0.5 <= rate <= 30
        stats = adaptive.stats()
        assert stats["throttled"] >= 1 and stats["paced"] > 0
        assert adaptive.retry_quota_available <= 500


def test_a_brownout_throttles_everything_until_it_ends():
    with vpncert.testing.emulator(max_retries=0) as e:
        e.brownout(30)
        with pytest.raises(vpncert.ThrottlingError):
            e.client.describe_ssl_vpn_servers()
        e.brownout(0)
        e.client.describe_ssl_vpn_servers()


def test_latency_and_jitter_delay_answers():
    with vpncert.testing.emulator(latency=0.05, jitter=0.02) as e:
        started = time.monotonic()
        e.client.describe_ssl_vpn_servers()
        assert time.monotonic() - started >= 0.03
    with pytest.raises(ValueError, match="rate_limits"):
        vpncert.testing.emulator(rate_limits={"CreateSslVpnClientCert": 0})
