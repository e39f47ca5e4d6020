"""vpncert.roster from Python, against the in-process emulator: the first apply creates everyone
with 0600 profiles, a second plan is empty, a changed roster plans exactly the adds and (with
prune) the revocations, the revocation guard changes nothing, soon-expiring certificates are
rotated, bad rows name their line, and hostile names stay in the directory."""

from __future__ import annotations

import json
import os
import stat
from collections import Counter
from pathlib import Path

import pytest

import vpncert
import vpncert.roster
import vpncert.testing


def write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def names_on(emu) -> Counter:
    return Counter(c["name"] for c in emu.state()["certificates"])


def test_first_apply_hands_over_and_a_second_plan_is_empty(tmp_path):
    with vpncert.testing.emulator() as emu:
        people = vpncert.roster.load(write(tmp_path / "people.csv", "name,email\nann,a@x\nben,b@x\n"))
        assert len(people) == 2 and people.names == ("ann", "ben")
        plan = vpncert.roster.plan(emu.client, people, server=emu.ssl_vpn_server_id)
        assert isinstance(plan, vpncert.roster.Plan) and plan.has_changes
        assert [(a.action, a.name) for a in plan.actions] == [("create", "ann"), ("create", "ben")]
        assert plan.to_dict()["summary"]["create"] == 2
        assert names_on(emu) == Counter(), "plan changes nothing"

        out = tmp_path / "handover"
        report = plan.apply(out)
        assert isinstance(report, vpncert.roster.ApplyReport) and not report.failed
        assert [o["result"] for o in report.outcomes] == ["done", "done"]
        assert stat.S_IMODE(os.stat(out).st_mode) == 0o700
        for name in ("ann", "ben"):
            profile = out / f"{name}.ovpn"
            assert stat.S_IMODE(os.stat(profile).st_mode) == 0o600
            text = profile.read_text()
            assert text.startswith("# vpncert: ") and "BEGIN PRIVATE KEY" in text
        audit = [json.loads(line) for line in (out / "audit.jsonl").read_text().splitlines()]
        # One line per change as each finishes: ben's hand-over may finish before ann's.
        assert sorted(a["name"] for a in audit) == ["ann", "ben"]
        assert "PRIVATE KEY" not in (out / "audit.jsonl").read_text()
        assert names_on(emu) == Counter(ann=1, ben=1)

        again = vpncert.roster.plan(emu.client, people, server=emu.ssl_vpn_server_id)
        assert not again.has_changes
        assert {a.action for a in again.actions} == {"keep"}


def test_a_changed_roster_prune_and_the_guard(tmp_path):
    with vpncert.testing.emulator(settle=0.01) as emu:
        server = emu.ssl_vpn_server_id
        first = vpncert.roster.load(write(tmp_path / "a.txt", "ann\nben\ncy\n"))
        vpncert.roster.plan(emu.client, first, server=server).apply(tmp_path / "out")

        changed = vpncert.roster.load(write(tmp_path / "b.txt", "ann\ndee\n"))
        without = vpncert.roster.plan(emu.client, changed, server=server)
        assert sorted((a.action, a.name) for a in without.actions if a.action != "keep") == [("create", "dee")]
        pruned = vpncert.roster.plan(emu.client, changed, server=server, prune=True)
        assert sorted((a.action, a.name) for a in pruned.actions if a.action != "keep") == [
            ("create", "dee"),
            ("revoke", "ben"),
            ("revoke", "cy"),
        ]
        with pytest.raises(vpncert.InvalidParameterError) as e:
            pruned.apply(tmp_path / "out", max_revocations=1)
        assert e.value.parameter == "max_revocations"
        assert names_on(emu) == Counter(ann=1, ben=1, cy=1), "the guard changed nothing"

        report = pruned.apply(tmp_path / "out", max_revocations=2, concurrency=4)
        assert not report.failed
        assert names_on(emu) == Counter(ann=1, dee=1)


def test_soon_expiring_certificates_are_rotated_and_the_old_revoked(tmp_path):
    with vpncert.testing.emulator(cert_validity=10 * 86400, settle=0.01) as emu:
        people = vpncert.roster.load(write(tmp_path / "p.txt", "ann\n"))
        vpncert.roster.plan(emu.client, people, server=emu.ssl_vpn_server_id).apply(tmp_path / "out")
        old = emu.state()["certificates"][0]["ssl_vpn_client_cert_id"]

        plan = vpncert.roster.plan(
            emu.client, people, server=emu.ssl_vpn_server_id, rotate_within=30 * 86400
        )
        assert [a.action for a in plan.actions] == ["rotate"]
        assert plan.actions[0].ssl_vpn_client_cert_id == old
        report = plan.apply(tmp_path / "out", bundle="both")
        assert not report.failed
        certs = emu.state()["certificates"]
        assert len(certs) == 1 and certs[0]["ssl_vpn_client_cert_id"] != old
        new = certs[0]["ssl_vpn_client_cert_id"]
        assert new in (tmp_path / "out" / "ann.ovpn").read_text().splitlines()[0]
        assert (tmp_path / "out" / "ann.zip").exists()


def test_bad_rows_name_their_line_and_hostile_names_stay_inside(tmp_path):
    with pytest.raises(vpncert.InvalidParameterError) as e:
        vpncert.roster.load(write(tmp_path / "bad.csv", "name,server\nann,vss-emulator0001\n,vss-emulator0001\n"))
    assert "line 3" in str(e.value)
    with vpncert.testing.emulator() as emu:
        hostile = ["../x", "a/b", "Alice", "alice", "a b"]
        text = "name\n" + "".join(f'"{n}"\n' for n in hostile)
        people = vpncert.roster.load(write(tmp_path / "h.csv", text))
        out = tmp_path / "out"
        report = vpncert.roster.plan(emu.client, people, server=emu.ssl_vpn_server_id).apply(out)
        assert not report.failed
        files = sorted(p.name for p in out.iterdir() if p.suffix == ".ovpn")
        assert len(files) == len(hostile), files
        assert not (tmp_path / "x.ovpn").exists()
        assert all(p.parent == out for p in out.iterdir())


def test_a_script_using_the_roster_token_gets_the_certificate_apply_made(tmp_path):
    with vpncert.testing.emulator() as emu:
        server = emu.ssl_vpn_server_id
        token = vpncert.roster.client_token(server, "ann")
        assert token == vpncert.roster.client_token(server, "ann"), "stable"
        assert token != vpncert.roster.client_token(server, "ben")
        assert token != vpncert.roster.client_token("vss-other0001", "ann")
        assert token != vpncert.roster.client_token(server, "ann", "rotate:vsc-1")
        people = vpncert.roster.load(write(tmp_path / "p.txt", "ann\n"))
        vpncert.roster.plan(emu.client, people, server=server).apply(tmp_path / "out")
        made = emu.state()["certificates"][0]["ssl_vpn_client_cert_id"]
        again = emu.client.issue_client_cert(server, "ann", client_token=token)
        assert again.ssl_vpn_client_cert_id == made
        assert names_on(emu) == Counter(ann=1)
        with pytest.raises(TypeError, match="name"):
            vpncert.roster.client_token(server, 7)  # type: ignore[arg-type]
