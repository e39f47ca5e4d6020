"""Helpers of the vpncert package tests (test_vpncert_*.py).

``ScriptedServer`` is a loopback HTTP server that answers every request with one canned
response, for error bodies the emulator never produces (codes our own validation pre-empts,
unknown codes, non-JSON bodies, slow answers). The emulator itself comes from
``vpncert.testing`` (in-process) or conftest's ``emulator_factory`` (the binary).
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional

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
