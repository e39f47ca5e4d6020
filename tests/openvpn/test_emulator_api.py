"""``vpncert.testing``'s side of the lab, without running OpenVPN: ``openvpn_remote`` points
the servers and their profiles at one address, and ``openvpn_server_config`` answers the
server's configuration with a CRL that follows deletes."""

from __future__ import annotations

import pytest

import vpncert.testing
from conftest import SERVER


def test_the_remote_is_the_servers_address_and_the_profiles_remote() -> None:
    with vpncert.testing.emulator(openvpn_remote="127.0.0.1:11940/tcp", settle=0) as emu:
        server = next(iter(emu.client.iter_ssl_vpn_servers()))
        assert (server.internet_ip, server.port, server.proto) == ("127.0.0.1", 11940, "TCP")
        bundle = emu.client.issue_client_cert(SERVER, "alice", poll_interval=0.05)
        profile = bundle.to_ovpn()
        assert "\nremote 127.0.0.1 11940\n" in profile
        assert "\ndata-ciphers AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305:AES-128-CBC\n" in profile

        config = emu.openvpn_server_config()
        assert config == config.replace("\r", "")
        for line in ("tls-server", "dev null", "proto tcp-server", "local 127.0.0.1", "port 11940"):
            assert f"\n{line}\n" in config
        assert "lists the 0 certificate(s)" in config
        emu.client.delete_ssl_vpn_client_cert(bundle.ssl_vpn_client_cert_id, wait=10.0)
        assert "lists the 1 certificate(s)" in emu.openvpn_server_config(SERVER)
        with pytest.raises(KeyError):
            emu.openvpn_server_config("vss-nothere")


def test_without_a_remote_there_is_no_server_configuration() -> None:
    with vpncert.testing.emulator() as emu:
        with pytest.raises(RuntimeError, match="--openvpn-remote"):
            emu.openvpn_server_config()


@pytest.mark.parametrize("bad", ["127.0.0.1", "127.0.0.1:0", "a b:1194", "127.0.0.1:1194/sctp"])
def test_a_bad_remote_is_a_value_error(bad: str) -> None:
    with pytest.raises(ValueError):
        vpncert.testing.emulator(openvpn_remote=bad)
