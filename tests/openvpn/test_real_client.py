"""Every profile vpncert writes connects with a real OpenVPN 2.6, and a revoked one does not.

Profiles issued through Python, C and the CLI, and the roster's zip bundle unpacked into a
directory, connect to an OpenVPN server run from the emulator's configuration of its SSL-VPN
server: both sides print "Initialization Sequence Completed", with the server's cipher, and the
client prints no warning. After a delete and a server restart with the new configuration, the
deleted certificate is refused (the server's CRL) while another person's still connects; after
a roster rotation the new profile connects and the old one is refused.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import vpncert.testing
from conftest import SERVER, assert_connects, assert_revoked, attempt, free_udp_port, program


def test_a_profile_written_by_python_connects(lab, tmp_path: Path) -> None:
    bundle = lab.client.issue_client_cert(SERVER, "alice", poll_interval=0.05)
    profile = tmp_path / "alice.ovpn"
    bundle.write_ovpn(profile)
    a = attempt(lab.openvpn_server_config(SERVER), profile)
    assert_connects(a)
    assert f"CN={bundle.ssl_vpn_client_cert_id}" in a.server_log


def test_a_profile_written_by_c_connects(lab, tmp_path: Path) -> None:
    profile = tmp_path / "carol.ovpn"
    r = subprocess.run(
        [program("VPNCERT_LAB_C_ISSUE"), lab.url, SERVER, "carol", str(profile)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("vsc-")
    assert profile.stat().st_mode & 0o777 == 0o600
    assert_connects(attempt(lab.openvpn_server_config(SERVER), profile))


def test_a_profile_written_by_the_cli_connects(lab, cli, tmp_path: Path) -> None:
    profile = tmp_path / "dave.ovpn"
    cli("issue", "--server", SERVER, "--name", "dave", "--out", str(profile))
    assert_connects(attempt(lab.openvpn_server_config(SERVER), profile))


def test_the_rosters_zip_bundle_connects_unpacked(lab, cli, tmp_path: Path) -> None:
    roster = tmp_path / "people.txt"
    roster.write_text("erin\n")
    out = tmp_path / "handover"
    cli("apply", "--roster", str(roster), "--out-dir", str(out), "--server", SERVER, "--bundle", "zip")
    unpacked = tmp_path / "erin"
    with zipfile.ZipFile(out / "erin.zip") as z:
        assert sorted(z.namelist()) == ["ca.crt", "client.crt", "client.key", "config.ovpn"]
        z.extractall(unpacked)
    (unpacked / "client.key").chmod(0o600)
    config = (unpacked / "config.ovpn").read_text()
    assert "\nca ca.crt\n" in config and "<key>" not in config
    assert_connects(attempt(lab.openvpn_server_config(SERVER), unpacked / "config.ovpn"))


def test_a_deleted_certificate_is_refused_and_another_still_connects(
    lab, cli, tmp_path: Path
) -> None:
    profiles = {}
    ids = {}
    for name in ("frank", "grace"):
        bundle = lab.client.issue_client_cert(SERVER, name, poll_interval=0.05)
        profiles[name] = tmp_path / f"{name}.ovpn"
        bundle.write_ovpn(profiles[name])
        ids[name] = bundle.ssl_vpn_client_cert_id
    assert_connects(attempt(lab.openvpn_server_config(SERVER), profiles["frank"]))

    cli("delete", ids["frank"], "--wait")
    # The server restarts with the new configuration, whose CRL lists frank's certificate.
    config = lab.openvpn_server_config(SERVER)
    assert_revoked(attempt(config, profiles["frank"]))
    assert_connects(attempt(config, profiles["grace"]))


def test_after_a_rotation_only_the_new_profile_connects(lab, cli, tmp_path: Path) -> None:
    roster = tmp_path / "people.txt"
    roster.write_text("heidi\n")
    out = tmp_path / "handover"
    apply = ("apply", "--roster", str(roster), "--out-dir", str(out), "--server", SERVER)
    cli(*apply)
    old = tmp_path / "heidi-old.ovpn"
    shutil.copy(out / "heidi.ovpn", old)
    assert_connects(attempt(lab.openvpn_server_config(SERVER), old))

    # The emulator's certificates live 20 days: a 30-day window rotates heidi's.
    cli(*apply, "--rotate-within", "30d")
    new = out / "heidi.ovpn"
    assert new.read_text() != old.read_text()
    config = lab.openvpn_server_config(SERVER)
    assert_connects(attempt(config, new))
    assert_revoked(attempt(config, old))
    live = [c["name"] for c in lab.state()["certificates"]]
    assert live == ["heidi"]


def test_the_profile_built_without_a_client_config_connects(tmp_path: Path) -> None:
    # The service sends no ClientConfig: vpncert builds the profile from the server's and the
    # gateway's settings (the gateway's SslVpnInternetIp, where the OpenVPN server listens).
    with vpncert.testing.emulator(
        openvpn_remote=f"127.0.0.1:{free_udp_port()}", settle=0.05, client_config=False
    ) as emu:
        bundle = emu.client.issue_client_cert(SERVER, "heidi", poll_interval=0.05)
        assert bundle.client_config == "" and bundle.server is not None
        profile = tmp_path / "heidi.ovpn"
        bundle.write_ovpn(profile)
        assert_connects(attempt(emu.openvpn_server_config(SERVER), profile))


def test_a_compressing_server_connects_with_only_openvpns_own_warning(
    lab, tmp_path: Path
) -> None:
    # `comp-lzo` follows the server's Compress; OpenVPN 2.6 warns about compression itself
    # (a risk of the setting, not a deprecated line of ours), and nothing else.
    lab.client.modify_ssl_vpn_server(SERVER, compress=True, wait=30.0)
    bundle = lab.client.issue_client_cert(SERVER, "ivan", poll_interval=0.05)
    profile = tmp_path / "ivan.ovpn"
    bundle.write_ovpn(profile)
    assert "\ncomp-lzo\n" in profile.read_text()
    a = attempt(lab.openvpn_server_config(SERVER), profile)
    assert a.connected, str(a)
    warnings = a.client_warnings()
    assert warnings and all("Compression" in w for w in warnings), warnings
