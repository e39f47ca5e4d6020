"""Helpers of the vpncert package tests (test_vpncert_*.py).

- ``ScriptedServer``: a loopback HTTP server that answers every request with one canned
  response, for error bodies the emulator never produces (codes our own validation pre-empts,
  unknown codes, non-JSON bodies, slow answers).
- ``emulator_binary``: the ``vpncert-emulator`` executable named by ``VPNCERT_EMULATOR_BIN``,
  started as a separate process.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator, Optional
from contextlib import contextmanager

# Distinctive credentials: repr and error-text hygiene tests search for them.
SECRET = "SECRET-hygiene-6f1c0e"
TOKEN = "TOKEN-hygiene-9d2a77"


class ScriptedServer:
    """Answers every request with ``status``, a JSON (or raw) ``body`` and optional ``delay``."""

    def __init__(
        self,
        status: int,
        body: Any,
        *,
        delay: float = 0.0,
        headers: Optional[dict[str, str]] = None,
    ) -> None:
        raw = body if isinstance(body, (bytes, str)) else json.dumps(body)
        self.payload = raw.encode() if isinstance(raw, str) else raw
        self.status = status
        self.delay = delay
        self.headers = headers or {}
        self.requests = 0
        self._lock = threading.Lock()
        script = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                if length:
                    self.rfile.read(length)
                with script._lock:
                    script.requests += 1
                if script.delay:
                    time.sleep(script.delay)
                self.send_response(script.status)
                self.send_header("Content-Type", "application/json;charset=utf-8")
                self.send_header("Content-Length", str(len(script.payload)))
                for k, v in script.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(script.payload)

            do_GET = _answer
            do_POST = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> "ScriptedServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def emulator_binary_path() -> str:
    path = os.environ.get("VPNCERT_EMULATOR_BIN")
    if not path or not os.access(path, os.X_OK):
        raise RuntimeError(
            "VPNCERT_EMULATOR_BIN must name the built vpncert-emulator binary "
            "(tests/python/run.sh builds it and sets the variable)"
        )
    return path


@contextmanager
def emulator_binary(*args: str) -> Iterator[str]:
    """Starts the emulator binary on a free loopback port and yields its URL."""
    proc = subprocess.Popen(
        [emulator_binary_path(), "--listen", "127.0.0.1:0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()
        prefix = "listening on "
        if not first.startswith(prefix):
            raise RuntimeError(f"unexpected first line from the emulator: {first!r}")
        yield first[len(prefix):]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
