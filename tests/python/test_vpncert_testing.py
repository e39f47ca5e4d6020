"""vpncert.testing: the in-process emulator users test their own scripts with."""

from __future__ import annotations

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
