"""Shared pytest fixtures: the ``vpncert-emulator`` binary, run as a separate process.

- ``emulator``: a running emulator with the no-flags configuration (key ``testid:testsecret``,
  server ``cn-hangzhou:vss-emulator0001``).
- ``emulator_factory``: ``emulator_factory("--quota", "1", ...)`` starts another one with extra
  flags; every emulator it started is stopped (SIGTERM, clean exit checked) after the test.

Both give an ``EmulatorProcess`` with ``.url``, ``.host``, ``.port``, ``.endpoint``
(``HOST:PORT``, what the official SDKs take), ``.banner`` (stdout lines after the first),
``.ca_pem`` (with ``--tls``), ``.state()`` and ``.set_server_state(id, state)``.

The binary is named by ``VPNCERT_EMULATOR_BIN`` (``tests/python/run.sh`` builds it and sets it).
A missing binary is an error, never a skip.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from typing import Any, Callable, Iterator, List, Optional

import pytest

STARTUP_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


def emulator_binary() -> str:
    """The emulator executable, or a loud failure explaining how to get one."""
    path = os.environ.get("VPNCERT_EMULATOR_BIN", "")
    if not path or not os.access(path, os.X_OK):
        pytest.fail(
            "VPNCERT_EMULATOR_BIN must name the built vpncert-emulator binary "
            "(tests/python/run.sh builds it: cargo build -p vpncert-emulator --bin vpncert-emulator)",
            pytrace=False,
        )
    return path


class EmulatorProcess:
    """One running ``vpncert-emulator`` process."""

    def __init__(self, *flags: str) -> None:
        args = [emulator_binary(), *flags]
        if "--listen" not in flags:
            args += ["--listen", "127.0.0.1:0"]
        self.flags = list(flags)
        self.proc = subprocess.Popen(
            args,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.banner: List[str] = []
        self._banner_lock = threading.Lock()
        first = self._first_line()
        prefix = "listening on "
        if not first.startswith(prefix):
            self._kill()
            raise RuntimeError(
                f"unexpected first line from the emulator: {first!r}; stderr: {self._stderr()}"
            )
        self.url = first[len(prefix):]
        parsed = urllib.parse.urlsplit(self.url)
        self.scheme = parsed.scheme
        self.host = parsed.hostname or "127.0.0.1"
        self.port = parsed.port or 0
        self.endpoint = f"{self.host}:{self.port}"
        # Keep reading stdout so the banner is available and the pipe never fills.
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _first_line(self) -> str:
        assert self.proc.stdout is not None
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.proc.stdout], [], [], 0.1)
            if ready:
                return self.proc.stdout.readline().strip()
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"the emulator exited with {self.proc.returncode}: {self._stderr()}"
                )
        self._kill()
        raise RuntimeError(f"the emulator printed nothing within {STARTUP_TIMEOUT} s")

    def _drain(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._banner_lock:
                self.banner.append(line.rstrip("\n"))

    def _stderr(self) -> str:
        if self.proc.stderr is None or self.proc.poll() is None:
            return ""
        return self.proc.stderr.read().strip()

    def _kill(self) -> None:
        self.proc.kill()
        self.proc.wait()

    @property
    def ca_pem(self) -> str:
        """With ``--tls``: the PEM of the emulator's throwaway CA (waits for the banner)."""
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            with self._banner_lock:
                text = "\n".join(self.banner)
            start = text.find("-----BEGIN CERTIFICATE-----")
            end = text.find("-----END CERTIFICATE-----")
            if start >= 0 and end > start:
                return text[start : end + len("-----END CERTIFICATE-----")] + "\n"
            time.sleep(0.02)
        raise RuntimeError("the emulator printed no CA certificate (was --tls given?)")

    def _control(self, method: str, path: str) -> Any:
        # The control routes are plain HTTP on the same port; with --tls they need TLS too.
        if self.scheme == "https":
            import ssl

            ctx = ssl.create_default_context(cadata=self.ca_pem)
        else:
            ctx = None
        req = urllib.request.Request(f"{self.url}{path}", method=method)
        with urllib.request.urlopen(req, timeout=10, context=ctx) as resp:
            return json.loads(resp.read().decode("utf-8"))

    def state(self) -> Any:
        """The JSON of ``GET /__emulator/state``: servers, certificates, counters."""
        return self._control("GET", "/__emulator/state")

    def set_server_state(self, ssl_vpn_server_id: str, state: str) -> Any:
        """Puts a server into ``ready``, ``configuring=N`` or ``locked``; returns the new state."""
        query = urllib.parse.urlencode({"SslVpnServerId": ssl_vpn_server_id, "State": state})
        return self._control("POST", f"/__emulator/server-state?{query}")

    def stop(self) -> int:
        """SIGTERM, then the exit code (0 for a clean shutdown)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self._kill()
                raise RuntimeError(f"the emulator did not stop within {STOP_TIMEOUT} s of SIGTERM")
        self._reader.join(timeout=STOP_TIMEOUT)
        return self.proc.returncode

    def __repr__(self) -> str:
        return f"EmulatorProcess(url={self.url!r}, flags={self.flags!r})"


@pytest.fixture
def emulator_factory() -> Iterator[Callable[..., EmulatorProcess]]:
    """Starts emulators with extra flags; stops them all after the test and checks they exited
    cleanly."""
    started: List[EmulatorProcess] = []

    def start(*flags: str) -> EmulatorProcess:
        emu = EmulatorProcess(*flags)
        started.append(emu)
        return emu

    yield start
    failures: List[Optional[str]] = []
    for emu in started:
        try:
            code = emu.stop()
            if code != 0:
                failures.append(f"{emu!r} exited with {code}")
        except RuntimeError as e:
            failures.append(str(e))
    if failures:
        pytest.fail("; ".join(f for f in failures if f), pytrace=False)


@pytest.fixture
def emulator(emulator_factory: Callable[..., EmulatorProcess]) -> EmulatorProcess:
    """An emulator with the no-flags configuration."""
    return emulator_factory()
