"""Real OpenVPN on loopback for the real-client suite (run by ``tests/openvpn/run.sh`` inside a
network namespace that has only loopback).

- ``attempt(server_config, profile)`` starts an OpenVPN server from the emulator's configuration,
  connects one client with ``profile`` (``--dev null``, run in the profile's directory so a
  bundle's ``ca ca.crt`` finds its file), and stops both; it returns an ``Attempt`` with the
  outcome and both logs.
- ``lab``: a ``vpncert.testing`` emulator whose servers and profiles point at a free port on
  127.0.0.1 (``openvpn_remote``), with a short settle time.
- ``cli(*args)``: runs the ``vpncert`` command (``VPNCERT_CLI``) against that emulator.

``VPNCERT_CLI`` and ``VPNCERT_LAB_C_ISSUE`` (the C program) are set by run.sh; a missing
program or a missing ``openvpn`` is a failure, never a skip.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Iterator, List, Optional

import pytest

import vpncert.testing

SERVER = "vss-emulator0001"
COMPLETED = "Initialization Sequence Completed"
SERVER_START_TIMEOUT = 10.0
CONNECT_TIMEOUT = 20.0


def openvpn_program() -> str:
    path = os.environ.get("VPNCERT_OPENVPN") or shutil.which("openvpn") or "/usr/sbin/openvpn"
    if not os.access(path, os.X_OK):
        pytest.fail("openvpn is not installed (tests/openvpn/run.sh installs it)")
    return path


def program(variable: str) -> str:
    path = os.environ.get(variable, "")
    if not path or not os.access(path, os.X_OK):
        pytest.fail(f"{variable} must name an executable (tests/openvpn/run.sh builds it)")
    return path


def _read(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except FileNotFoundError:
        return ""


def _without_timestamp(line: str) -> str:
    # "2026-12-01 09:57:24 text"
    if len(line) > 20 and line[4] == "-" and line[13] == ":" and line[19] == " ":
        return line[20:]
    return line


@dataclasses.dataclass
class Attempt:
    outcome: str  # connected | refused | client_failed | timed_out
    detail: str
    client_log: str
    server_log: str

    @property
    def connected(self) -> bool:
        return self.outcome == "connected"

    @property
    def revoked(self) -> bool:
        return self.outcome == "refused" and "certificate revoked" in self.detail

    def client_warnings(self) -> List[str]:
        return [
            _without_timestamp(line)
            for line in self.client_log.splitlines()
            if any(w in line.upper() for w in ("WARNING", "DEPRECATED", "ERROR"))
        ]

    def data_cipher(self) -> Optional[str]:
        for line in self.client_log.splitlines():
            if "Data Channel: cipher '" in line:
                return line.split("cipher '", 1)[1].split("'", 1)[0]
        return None

    def __str__(self) -> str:
        return (
            f"{self.outcome}: {self.detail}\n--- client\n{self.client_log}\n"
            f"--- server\n{self.server_log}"
        )


def _completed(log: str) -> bool:
    return any(COMPLETED in line and "With Errors" not in line for line in log.splitlines())


def attempt(server_config: str, profile: Path, timeout: float = CONNECT_TIMEOUT) -> Attempt:
    """One server run and one client: see the module documentation."""
    openvpn = openvpn_program()
    with tempfile.TemporaryDirectory(prefix="vpncert-lab-") as work:
        work_dir = Path(work)
        conf = work_dir / "server.conf"
        conf.write_text(server_config)
        conf.chmod(0o600)
        server_log, client_log = work_dir / "server.log", work_dir / "client.log"
        procs: List[subprocess.Popen[bytes]] = []
        try:
            with open(server_log, "wb") as out:
                procs.append(
                    subprocess.Popen(
                        [openvpn, "--config", str(conf)],
                        cwd=work_dir,
                        stdin=subprocess.DEVNULL,
                        stdout=out,
                        stderr=subprocess.STDOUT,
                    )
                )
            deadline = time.monotonic() + SERVER_START_TIMEOUT
            while True:
                log = _read(server_log)
                if "link local (bound)" in log or "Listening for incoming TCP connection" in log:
                    break
                if procs[0].poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the OpenVPN server did not start listening:\n{log}")
                time.sleep(0.02)
            profile = profile.resolve()
            with open(client_log, "wb") as out:
                procs.append(
                    subprocess.Popen(
                        [openvpn, "--config", str(profile), "--dev", "null"],
                        cwd=profile.parent,
                        stdin=subprocess.DEVNULL,
                        stdout=out,
                        stderr=subprocess.STDOUT,
                    )
                )
            outcome, detail = "timed_out", ""
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                s, c = _read(server_log), _read(client_log)
                if _completed(s) and _completed(c):
                    outcome = "connected"
                    break
                refused = [line for line in s.splitlines() if "VERIFY ERROR" in line]
                if refused:
                    outcome, detail = "refused", _without_timestamp(refused[0])
                    break
                failed = [
                    line
                    for line in c.splitlines()
                    if "OPTIONS ERROR" in line or "Options error" in line or "AUTH_FAILED" in line
                ]
                if failed or procs[1].poll() is not None or procs[0].poll() is not None:
                    outcome = "client_failed"
                    detail = _without_timestamp(failed[0]) if failed else "a process stopped"
                    break
                time.sleep(0.02)
        finally:
            for p in procs:
                p.kill()
                p.wait(timeout=10)
        return Attempt(outcome, detail, _read(client_log), _read(server_log))


def assert_connects(a: Attempt, cipher: str = "AES-128-CBC") -> None:
    assert a.connected, str(a)
    assert COMPLETED in a.server_log, str(a)
    assert a.data_cipher() == cipher, str(a)
    assert a.client_warnings() == [], str(a)


def assert_revoked(a: Attempt) -> None:
    assert a.revoked, str(a)
    assert COMPLETED not in a.client_log, str(a)


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def lab() -> Iterator[vpncert.testing.Emulator]:
    with vpncert.testing.emulator(
        openvpn_remote=f"127.0.0.1:{free_udp_port()}",
        settle=0.05,
        cert_validity=20 * 86400.0,
    ) as emu:
        yield emu


@pytest.fixture
def cli(lab: vpncert.testing.Emulator, tmp_path: Path):  # type: ignore[no-untyped-def]
    binary = program("VPNCERT_CLI")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(tmp_path),
            "ALIBABA_CLOUD_ACCESS_KEY_ID": "testid",
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "testsecret",
            "ALIBABA_CLOUD_REGION_ID": "cn-hangzhou",
            "ALIBABA_CLOUD_ECS_METADATA_DISABLED": "true",
        }
        r = subprocess.run(
            [binary, "--endpoint", lab.url, *args],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert r.returncode == 0, f"vpncert {' '.join(args)}: {r.returncode}\n{r.stdout}\n{r.stderr}"
        return r

    return run
