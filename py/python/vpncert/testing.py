"""Test your own code against a local emulator of the VPC API: no account, no network.

The emulator runs inside this Python process (on 127.0.0.1, a free port) and behaves like the
VPC endpoint for the SSL-VPN family: it checks signatures, credentials and ClientTokens, issues
real X.509 certificates, models VPN gateways (``updating`` for a moment after each change),
SSL-VPN servers, connected clients and their logs, and answers every documented error code.

As a context manager::

    import vpncert.testing

    with vpncert.testing.emulator(quota=2) as emu:
        cert = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "alice")
        assert [c["name"] for c in emu.state()["certificates"]] == ["alice"]

As a pytest fixture::

    import pytest
    import vpncert.testing

    @pytest.fixture
    def emu():
        with vpncert.testing.emulator() as e:
            yield e

    def test_onboarding(emu, tmp_path):
        my_tool.onboard(emu.client, "alice", out=tmp_path / "alice.ovpn")
        assert len(emu.state()["certificates"]) == 1

Options of :func:`emulator` (all keyword-only, all optional):

``keys``
    Access keys the emulator accepts: ``(id, secret)`` or ``(id, secret, role)`` tuples, or
    ``"ID:SECRET[:ROLE]"`` strings. ``role`` is ``owner`` (default), ``subuser`` (every call
    answers ``Forbbiden.SubUser``), ``noperm`` (``Forbidden``) or ``inactive``. Default:
    ``testid:testsecret``. ``emu.client`` signs with the first key.
``sts_keys``
    STS credentials ``(id, secret, security_token)``; used by ``emu.client`` when no ``keys``
    are given.
``servers``
    SSL-VPN servers: ``(region_id, ssl_vpn_server_id)`` or ``(region_id, ssl_vpn_server_id,
    state)`` tuples, or ``"REGION:ID[:STATE]"`` strings; ``state`` is ``ready`` (default),
    ``configuring=N`` (the next N creates or deletes answer ``VpnGateway.Configuring``) or
    ``locked`` (``VpnGateway.FinancialLocked``). Default: ``cn-hangzhou:vss-emulator0001``.
    ``emu.client`` works in the region of the first server. Server ``vss-X`` runs on VPN
    gateway ``vpn-X``.
``gateways``
    VPN gateways without an SSL-VPN server yet (for ``CreateSslVpnServer``):
    ``(region_id, vpn_gateway_id)`` or ``(region_id, vpn_gateway_id, state)`` tuples, or
    ``"REGION:ID[:STATE]"`` strings, states as for servers.
``server_idaas``
    Servers with two-factor authentication, by server id: ``{"vss-x": "INSTANCE:REGION"}``
    (IDaaS EIAM 1.0) or ``"INSTANCE:REGION:APPLICATION[:VERSION]"`` (EIAM 2.0, version
    ``2.0`` unless given), or a tuple of those parts. DescribeSslVpnServers then reports
    ``EnableMultiFactorAuth`` and these ``IDaaS...`` values.
``quota``, ``server_quota``, ``create_limit``
    Live certificates per account (default 50) and per server (default unlimited), and creations
    in total (default 1000); one more create answers ``Resource.QuotaFull``,
    ``CreateSslCertsQuotaFull.QuotaFull`` or ``SslVpnClientCreateTimes.ReachLimits``.
``faults``
    Faults injected into a fraction of requests: a mapping ``{"503": 0.3}`` or pairs
    ``[("drop-after-commit", 0.5)]``. Kinds: ``503`` (``ServiceUnavailable``), ``throttle``
    (``Throttling``), ``throttle-user`` (``Throttling.User``), ``throttle-api``
    (``Throttling.Api``), ``rejected-throttling`` (``Rejected.Throttling``), ``internal-error``
    (500 ``InternalError``), ``unknown-error`` (500 ``UnknownError``), ``drop-after-commit`` (the
    change is made, then the connection is closed without an answer). Below HTTP:
    ``reset-before`` (the connection is reset once the request head arrives; nothing is done),
    ``stall`` (nothing is done or sent until the client gives up), ``reset-after`` (the change is
    made, then a reset), ``truncate`` (the change is made, half the body is sent), ``drip`` (the
    change is made, the answer comes one byte every 200 ms), ``garbage`` (the change is made, the
    status line is ``HTTP/1.1 2OO OK``) and ``close-idle`` (a keep-alive connection is closed
    after its answer, at once or after 50 ms idle). ``state()["faults"]`` counts each kind, with
    ``_`` for ``-``.
``dns_servers``
    DNS servers an SSL-VPN server pushes to its clients, by server id:
    ``{"vss-emulator0001": ["10.0.0.2", "10.0.0.3"]}`` (or ``"10.0.0.2,10.0.0.3"``); servers
    without an entry have none.
``ssl_vpn_internet_ips``
    Gateways whose SSL-VPN has an address of its own, by gateway or server id:
    ``{"vss-emulator0001": "192.0.2.7"}``. The gateway's ``SslVpnInternetIp`` is then that
    address, while DescribeSslVpnServers shows the gateway's ``InternetIp`` for its server: a
    profile built from the server's settings alone would point elsewhere.
``seed``
    Makes fault draws and generated ids repeatable.
``latency``
    Seconds added to every answer.
``jitter``
    Spreads the latency: each answer's is uniform in ``latency ± jitter`` seconds.
``rate_limits``
    The service's per-API flow control, requests per second by action:
    ``{"CreateSslVpnClientCert": 30, "*": 100}`` (``"*"``: every action not named). Each
    access key and action has a token bucket holding one second's worth; past it, requests
    answer 400 ``Throttling.User`` and are not carried out. ``state()["throttled"]`` counts
    them; ``brownout(seconds)`` throttles every request for a while.
``settle``
    Seconds a gateway stays ``updating`` after a certificate delete and after its SSL-VPN
    server is created, changed (other than renamed) or deleted (default 0.3); meanwhile other
    changes answer ``VpnGateway.Configuring`` (the client retries through it) and clients
    cannot connect. ``delete_settle`` is its older name.
``create_settle``
    The same after a certificate create (default 0).
``cert_validity``
    Seconds issued certificates are valid (default three years); short values show the
    ``expiring-soon`` and ``expired`` statuses.
``client_config``
    ``False``: DescribeSslVpnClientCert answers carry an empty ``ClientConfig`` (as the
    service may send), so clients build the profile from the server's and the gateway's
    settings (default ``True``).
``clock_skew``
    Seconds the emulator's clock is ahead of this machine's (negative: behind).
``openvpn_remote``
    ``"HOST:PORT"`` or ``"HOST:PORT/tcp"`` (UDP by default): where a real OpenVPN server for
    the SSL-VPN servers listens. It becomes every server's ``InternetIp`` and the configured
    servers' ``Port`` and ``Proto``, so the profiles issued connect there, and
    ``emu.openvpn_server_config(ssl_vpn_server_id)`` gives that server's configuration (its
    CA, a server certificate, its cipher, a CRL of the deleted certificates) to run with
    ``openvpn --config FILE`` (a point-to-point server without a TUN device: one client per
    run).
``signature_version``, ``max_retries``, ``timeout``
    Settings of ``emu.client`` (defaults ``"v1"``, 3, 10 s).

The object it yields has ``client`` (a configured :class:`vpncert.Client`), ``url``,
``region_id``, ``ssl_vpn_server_id``, ``access_key_id``, ``state()`` (a dict snapshot of gateways,
servers, certificates, connections and counters), ``set_server_state(id, state)``,
``set_gateway_state(id, state)``, ``openvpn_server_config(ssl_vpn_server_id=None)``,
``connect(ssl_vpn_client_cert_id, ip=None)`` (a client
connects: listed by ``DescribeSslVpnClients``, logged for ``DescribeVpnSslServerLogs``; raises
``ConnectionRefusedError`` for an expired or deleted certificate, a gateway that is updating or
locked, or one connection too many), ``disconnect(ssl_vpn_client_cert_id, ip=None)`` (how many
left), ``new_client(**options)`` (another client for the same emulator, e.g. with other keys or
signature V3) and ``close()``; leaving the ``with`` block closes it. Deleting any certificate
disconnects every client of its server, as the gateway does::

    with vpncert.testing.emulator() as emu:
        alice = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "alice")
        bob = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "bob")
        emu.connect(alice.ssl_vpn_client_cert_id)
        emu.client.delete_ssl_vpn_client_cert(bob.ssl_vpn_client_cert_id)
        assert emu.state()["connections"] == []
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Optional, Tuple, Union

from ._native import Client, _Emulator

__all__ = ["Emulator", "emulator"]

KeySpec = Union[str, Tuple[str, str], Tuple[str, str, str]]
ServerSpec = Union[str, Tuple[str, str], Tuple[str, str, str]]
FaultSpec = Union[Mapping[str, float], Iterable[Tuple[str, float]]]
DnsSpec = Mapping[str, Union[str, Iterable[str]]]
IdaasSpec = Mapping[str, Union[str, Tuple[str, ...]]]

_DEFAULT_KEY = ("testid", "testsecret", "owner")
_DEFAULT_SERVER = ("cn-hangzhou", "vss-emulator0001", "ready")


def _triple(spec: Any, what: str, default_third: Optional[str]) -> tuple[str, str, str]:
    if isinstance(spec, str):
        parts = spec.split(":", 2)
    elif isinstance(spec, tuple):
        parts = list(spec)
    else:
        raise TypeError(f"{what} must be a string or a tuple, not {type(spec).__name__}")
    if len(parts) == 2 and default_third is not None:
        parts.append(default_third)
    if len(parts) != 3 or not all(isinstance(p, str) for p in parts):
        wanted = "three" if default_third is None else "two or three"
        raise ValueError(f"{what} must have {wanted} string parts, got {len(parts)}")
    return (parts[0], parts[1], parts[2])


class Emulator:
    """A running emulator and a client configured for it. See the module documentation."""

    def __init__(
        self,
        *,
        keys: Optional[Iterable[KeySpec]] = None,
        sts_keys: Optional[Iterable[Tuple[str, str, str]]] = None,
        servers: Optional[Iterable[ServerSpec]] = None,
        gateways: Optional[Iterable[ServerSpec]] = None,
        server_idaas: Optional[IdaasSpec] = None,
        quota: Optional[int] = None,
        server_quota: Optional[int] = None,
        create_limit: Optional[int] = None,
        faults: Optional[FaultSpec] = None,
        dns_servers: Optional[DnsSpec] = None,
        ssl_vpn_internet_ips: Optional[Mapping[str, str]] = None,
        seed: Optional[int] = None,
        latency: float = 0.0,
        jitter: float = 0.0,
        rate_limits: Optional[Mapping[str, float]] = None,
        delete_settle: Optional[float] = None,
        settle: Optional[float] = None,
        create_settle: Optional[float] = None,
        cert_validity: Optional[float] = None,
        client_config: bool = True,
        clock_skew: int = 0,
        openvpn_remote: Optional[str] = None,
        signature_version: str = "v1",
        max_retries: int = 3,
        timeout: float = 10.0,
    ) -> None:
        key_list = [_triple(k, "key", "owner") for k in (keys or [])]
        sts_list = [_triple(k, "STS key", None) for k in (sts_keys or [])]
        server_list = [_triple(s, "server", "ready") for s in (servers or [])]
        gateway_list = [_triple(g, "gateway", "ready") for g in (gateways or [])]
        idaas_list = [
            (str(server), spec if isinstance(spec, str) else ":".join(spec))
            for server, spec in (server_idaas or {}).items()
        ]
        if isinstance(faults, Mapping):
            fault_list = [(str(k), float(v)) for k, v in faults.items()]
        else:
            fault_list = [(str(k), float(v)) for k, v in (faults or [])]
        dns_list = [
            (str(server), ips if isinstance(ips, str) else ",".join(ips))
            for server, ips in (dns_servers or {}).items()
        ]
        self._native = _Emulator(
            keys=key_list,
            sts_keys=sts_list,
            servers=server_list,
            gateways=gateway_list,
            server_idaas=idaas_list,
            quota=quota,
            server_quota=server_quota,
            create_limit=create_limit,
            faults=fault_list,
            dns_servers=dns_list,
            ssl_vpn_internet_ips=[(str(g), str(ip)) for g, ip in (ssl_vpn_internet_ips or {}).items()],
            seed=seed,
            latency=latency,
            jitter=jitter,
            rate_limits=[(str(a), float(r)) for a, r in (rate_limits or {}).items()],
            delete_settle=delete_settle,
            settle=settle,
            create_settle=create_settle,
            cert_validity=cert_validity,
            client_config=client_config,
            clock_skew=clock_skew,
            openvpn_remote=openvpn_remote,
        )
        first_server = (server_list or [_DEFAULT_SERVER])[0]
        self.url: str = self._native.url
        self.region_id: str = first_server[0]
        self.ssl_vpn_server_id: str = first_server[1]
        if key_list:
            self.access_key_id, self._secret, self._token = key_list[0][0], key_list[0][1], None
        elif sts_list:
            self.access_key_id, self._secret = sts_list[0][0], sts_list[0][1]
            self._token = sts_list[0][2]
        else:
            self.access_key_id, self._secret, self._token = _DEFAULT_KEY[0], _DEFAULT_KEY[1], None
        self.client: Client = self.new_client(
            signature_version=signature_version, max_retries=max_retries, timeout=timeout
        )

    def new_client(self, **options: Any) -> Client:
        """Another :class:`vpncert.Client` for this emulator. Options are ``Client``'s; the
        region, endpoint and the first key are filled in unless given."""
        options.setdefault("region_id", self.region_id)
        options.setdefault("endpoint", self.url)
        if "access_key_id" not in options:
            options["access_key_id"] = self.access_key_id
            options["access_key_secret"] = self._secret
            options.setdefault("security_token", self._token)
        return Client(**options)

    def state(self) -> dict[str, Any]:
        """A snapshot: ``gateways``, ``servers``, ``certificates`` (without secrets),
        ``connections`` and counters."""
        state: dict[str, Any] = json.loads(self._native.state_json())
        return state

    def brownout(self, seconds: float) -> None:
        """Every API request answers ``Throttling.User`` for the next ``seconds`` (0 ends it)."""
        self._native.brownout(seconds)

    def set_server_state(self, ssl_vpn_server_id: str, state: str) -> None:
        """Sets a server's state: ``"ready"``, ``"configuring=N"`` or ``"locked"``."""
        self._native.set_server_state(ssl_vpn_server_id, state)

    def set_gateway_state(self, vpn_gateway_id: str, state: str) -> None:
        """Sets a gateway's state: ``"ready"``, ``"configuring=N"`` or ``"locked"``."""
        self._native.set_gateway_state(vpn_gateway_id, state)

    def connect(
        self, ssl_vpn_client_cert_id: str, ip: Optional[str] = None, *, user: Optional[str] = None
    ) -> dict[str, Any]:
        """A client connects with this certificate, from ``ip`` (one is picked when ``None``);
        on a server with two-factor authentication, ``user`` is the name it reports. Returns
        the connection (``private_ip``, ``port``, ``connected_time``, ...). Raises
        ``ConnectionRefusedError`` when the gateway would refuse the client."""
        connection: dict[str, Any] = json.loads(
            self._native.connect(ssl_vpn_client_cert_id, ip, user)
        )
        return connection

    def disconnect(self, ssl_vpn_client_cert_id: str, ip: Optional[str] = None) -> int:
        """Disconnects the clients of this certificate (only the one from ``ip``, when given);
        how many there were."""
        return self._native.disconnect(ssl_vpn_client_cert_id, ip)

    def openvpn_server_config(self, ssl_vpn_server_id: Optional[str] = None) -> str:
        """The OpenVPN server configuration of an SSL-VPN server (default: the first), for
        ``openvpn --config``: the server's CA, a server certificate and key issued by it, the
        server's cipher and a CRL of every certificate deleted so far. Needs ``openvpn_remote``
        (``RuntimeError`` without it); ``KeyError`` for an unknown server. One client per
        server run; fetch it again after a delete."""
        return self._native.openvpn_server_config(ssl_vpn_server_id or self.ssl_vpn_server_id)

    def close(self) -> None:
        """Stops the emulator (idempotent)."""
        self._native.close()

    @property
    def closed(self) -> bool:
        return self._native.closed

    def __enter__(self) -> Emulator:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "running"
        return f"<vpncert.testing.Emulator {self.url} ({state})>"


#: Starts an emulator: ``with vpncert.testing.emulator(quota=2) as emu: ...`` (see the module
#: documentation for the options).
emulator = Emulator
