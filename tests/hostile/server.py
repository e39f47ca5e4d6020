#!/usr/bin/env python3
"""A hostile VPC endpoint on 127.0.0.1, shared by the Python and C security tests.

It plays the servers of the security review: gateways and APIs that echo the request (and so the
STS token) back, lists that never end, answers that put a private key where a date belongs, and
a plain listener that only counts who reaches it. Standard library only.

Modes:

``echo-gateway``
    502 HTML page repeating the whole request line (the V1 query carries ``SecurityToken=``
    percent-encoded), then the token as received, bare, and twice percent-encoded (as the
    string to sign has it).
``echo-api``
    403 API error whose ``Message`` quotes the token and the secret bare, ``RequestId`` the bare
    token, ``HostId`` the token twice percent-encoded, and ``Recommend`` a URL with it
    percent-encoded.
``echo-text``
    400 plain text (not JSON) with the token bare and the secret percent-encoded.
``alternate-pages``
    ``DescribeSslVpnClientCerts`` and ``DescribeSslVpnServers`` alternate between two different
    full pages of 50 items, always claiming ``TotalCount`` 100000: a list that never ends.
``key-in-field``
    200 ``DescribeSslVpnClientCert`` answer whose ``EndTime`` (a number) and ``ClientKey`` hold a
    PEM private key.
``count``
    404 to everything; what it is for is counting the connections that reach it.

The token is whatever the client sent (the ``SecurityToken`` query parameter, or the
``x-acs-security-token`` header of signature V3). The secret never travels, so the echo modes
quote the one given with ``--secret`` (default :data:`SECRET`), as a server that had learnt it
would.

Every mode records each connection and request. ``GET /__hostile/requests`` answers
``{"connections": N, "count": N, "requests": [{"method", "path", "headers"}, ...]}``, leaving
its own connection and request out; in-process, :func:`start` gives the same on the object.

As a program (the C tests start it like the emulator)::

    python3 tests/hostile/server.py MODE [--secret SECRET]

prints ``listening on http://127.0.0.1:PORT`` as its first line and serves until SIGTERM.
From Python::

    with start("echo-api") as server:
        ...  # server.url, server.count, server.connections, server.requests
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Optional

MODES = ("echo-gateway", "echo-api", "echo-text", "alternate-pages", "key-in-field", "count")

#: The STS credentials the tests hand their clients: characters (``+ / = ~``) that
#: percent-encoding changes, so the raw, once- and twice-encoded forms all differ.
ACCESS_KEY_ID = "STS.hostile-id"
SECRET = "Hostile+Echo/Secret=0001~"
TOKEN = "CAIS+hostile/token=value~1"

#: What ``key-in-field`` puts in ``EndTime``; tests look for :data:`KEY_BODY` in errors.
KEY_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7"
PRIVATE_KEY = f"-----BEGIN PRIVATE KEY-----\n{KEY_BODY}\n-----END PRIVATE KEY-----\n"

PAGE_SIZE = 50
CONTROL_PATH = "/__hostile/requests"


def percent_encode(text: str) -> str:
    """The API's percent-encoding (RFC 3986 unreserved characters kept), as signing uses it."""
    return urllib.parse.quote(text, safe="-_.~")


class HostileServer(ThreadingHTTPServer):
    """The listener: a mode, the secret it quotes, and the log of what reached it."""

    daemon_threads = True

    def __init__(self, mode: str, secret: str = SECRET) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; modes: {', '.join(MODES)}")
        self.mode = mode
        self.secret = secret
        self.lock = threading.Lock()
        self.log_requests: List[Dict[str, Any]] = []
        # One entry per accepted connection; True once it turned out to be a control request.
        self.log_connections: List[bool] = []
        self.slots: Dict[int, int] = {}
        self.page_calls: Dict[str, int] = {}
        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def process_request(self, request: Any, client_address: Any) -> None:
        # Counted at accept, so a client that connects and sends nothing (or garbage) still shows.
        with self.lock:
            self.log_connections.append(False)
            self.slots[id(request)] = len(self.log_connections) - 1
        super().process_request(request, client_address)

    @property
    def connections(self) -> int:
        with self.lock:
            return sum(1 for control in self.log_connections if not control)

    @property
    def requests(self) -> List[Dict[str, Any]]:
        with self.lock:
            return list(self.log_requests)

    @property
    def count(self) -> int:
        """Requests received (control requests left out)."""
        with self.lock:
            return len(self.log_requests)

    def snapshot(self) -> Dict[str, Any]:
        with self.lock:
            return {
                "connections": sum(1 for c in self.log_connections if not c),
                "count": len(self.log_requests),
                "requests": list(self.log_requests),
            }


class Handler(BaseHTTPRequestHandler):
    server: HostileServer
    # Keep-alive, as the API answers: clients pool connections, so several requests may share
    # one, and `connections` can be less than `count`.
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _params(self) -> Dict[str, str]:
        query = urllib.parse.urlsplit(self.path).query
        params = {k: v[0] for k, v in urllib.parse.parse_qs(query, keep_blank_values=True).items()}
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        if body and "form-urlencoded" in (self.headers.get("content-type") or ""):
            for k, v in urllib.parse.parse_qs(body.decode("utf-8", "replace")).items():
                params.setdefault(k, v[0])
        return params

    def _send(self, status: int, content_type: str, body: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _json(self, status: int, value: Any) -> None:
        self._send(status, "application/json;charset=utf-8", json.dumps(value))

    def _answer(self) -> None:
        server = self.server
        params = self._params()
        if urllib.parse.urlsplit(self.path).path == CONTROL_PATH:
            with server.lock:
                server.log_connections[server.slots[id(self.request)]] = True
            self._json(200, server.snapshot())
            return
        with server.lock:
            server.log_requests.append(
                {"method": self.command, "path": self.path, "headers": dict(self.headers.items())}
            )
        token = params.get("SecurityToken") or self.headers.get("x-acs-security-token") or ""
        action = params.get("Action") or self.headers.get("x-acs-action") or ""
        getattr(self, "_mode_" + server.mode.replace("-", "_"))(token, action, params)

    do_GET = _answer
    do_POST = _answer

    def _mode_echo_gateway(self, token: str, action: str, params: Dict[str, str]) -> None:
        # Short on purpose: clients quote the first 200 characters of a body, and with
        # signature V1 the percent-encoded token must fall within them.
        self._send(
            502,
            "text/html",
            f"<html>502: {self.requestline} for token {token}, "
            f"signed as {percent_encode(percent_encode(token))}</html>",
        )

    def _mode_echo_api(self, token: str, action: str, params: Dict[str, str]) -> None:
        self._json(
            403,
            {
                "RequestId": f"R-{token}",
                "HostId": f"vpc.{percent_encode(percent_encode(token))}",
                "Code": "Forbidden",
                "Message": f"token {token} and secret {self.server.secret} are not allowed",
                "Recommend": f"https://help.example/?token={percent_encode(token)}",
            },
        )

    def _mode_echo_text(self, token: str, action: str, params: Dict[str, str]) -> None:
        self._send(
            400, "text/plain", f"upstream said: {token} / {percent_encode(self.server.secret)}"
        )

    def _mode_alternate_pages(self, token: str, action: str, params: Dict[str, str]) -> None:
        with self.server.lock:
            n = self.server.page_calls.get(action, 0)
            self.server.page_calls[action] = n + 1
        first = (n % 2) * PAGE_SIZE
        ids = range(first, first + PAGE_SIZE)
        page = {
            "RequestId": f"R-page-{n}",
            "PageNumber": int(params.get("PageNumber") or 1),
            "PageSize": PAGE_SIZE,
            "TotalCount": 100000,
        }
        if action == "DescribeSslVpnServers":
            page["SslVpnServers"] = {
                "SslVpnServer": [
                    {"SslVpnServerId": f"vss-{i:04d}", "Name": "n", "RegionId": "cn-hangzhou"}
                    for i in ids
                ]
            }
        else:
            page["SslVpnClientCertKeys"] = {
                "SslVpnClientCertKey": [
                    {"SslVpnClientCertId": f"vsc-{i:04d}", "Name": "n", "RegionId": "cn-hangzhou"}
                    for i in ids
                ]
            }
        self._json(200, page)

    def _mode_key_in_field(self, token: str, action: str, params: Dict[str, str]) -> None:
        self._json(
            200,
            {
                "RequestId": "R-key",
                "SslVpnClientCertId": params.get("SslVpnClientCertId") or "vsc-1",
                "EndTime": PRIVATE_KEY,
                "ClientKey": PRIVATE_KEY,
            },
        )

    def _mode_count(self, token: str, action: str, params: Dict[str, str]) -> None:
        self._send(404, "text/plain", "nothing here\n")


@contextlib.contextmanager
def start(mode: str, secret: str = SECRET) -> Iterator[HostileServer]:
    """Runs a hostile server in a thread of this process for the ``with`` block."""
    server = HostileServer(mode, secret)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=MODES)
    parser.add_argument("--secret", default=SECRET)
    args = parser.parse_args(argv)
    server = HostileServer(args.mode, args.secret)
    print(f"listening on {server.url}", flush=True)
    try:
        server.serve_forever(poll_interval=0.05)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
