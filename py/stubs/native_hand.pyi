# The members of vpncert._native whose behaviour is hand-written (py/src/client.rs,
# py/src/bundle.rs, py/src/emulator.rs). `cargo xtask gen` splices each section into
# py/python/vpncert/_native.pyi: `# @class NAME` into that class, `# @module` at the end.

# @class Client
    @property
    def region_id(self) -> str:
        """The region requests are made in (each call may name its own)."""
        ...
    @property
    def endpoint(self) -> str:
        """The endpoint base URL."""
        ...
    @property
    def signature_version(self) -> str:
        """``"v1"`` or ``"v3"``."""
        ...
    @property
    def retry_mode(self) -> str:
        """``"standard"`` or ``"adaptive"``."""
        ...
    @property
    def retry_quota_available(self) -> int:
        """Tokens left in the retry quota this client shares with its threads (500 when
        full; a retry costs 5, one after a timeout 10; successes pay back)."""
        ...
    def paced_rate(self, action: str) -> float | None:
        """The rate (requests per second) the adaptive limiter paces ``action`` (e.g.
        ``"CreateSslVpnClientCert"``) to, or ``None`` while the service has not throttled it."""
        ...
    def stats(self) -> dict[str, int | float]:
        """Counts of what this client did: ``calls``, ``attempts``, ``retries``,
        ``transport_errors``, ``api_errors``, ``throttled``, ``quota_refusals``, and
        ``paced`` (seconds spent waiting for the adaptive limiter, summed over threads)."""
        ...
    def iter_vpn_ssl_server_logs(
        self,
        vpn_ssl_server_id: str,
        *,
        ssl_vpn_client_cert_id: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        minute_period: int | None = None,
        region_id: str | None = None,
    ) -> VpnSslServerLogIterator:
        """Every line of an SSL-VPN server's logs, fetched lazily in pages of 50.

        ``vpn_ssl_server_id`` (``VpnSslServerId``): The SSL-VPN server (`vss-...`).

        ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): Only the logs of this certificate.

        ``from_`` (``From``): The start of the period, epoch seconds.

        ``to`` (``To``): The end of the period, epoch seconds.

        ``minute_period`` (``MinutePeriod``): The period in minutes, when ``from_`` and ``to``
        are not given.

        ``region_id``: the region of this call (default: the client's).
        """
        ...

# @class SslVpnClientCertBundle
    def to_ovpn(self) -> str:
        """A complete OpenVPN profile with the CA, certificate and key inline."""
        ...
    def write_ovpn(self, path: str | os.PathLike[str], overwrite: bool = False) -> None:
        """Writes ``to_ovpn()`` to ``path`` with mode 0600, atomically. An existing file raises
        ``ProfileExistsError`` unless ``overwrite`` is true."""
        ...

# @module
@final
class Roster:
    """A roster read from a file: who should have access."""

    def __len__(self) -> int: ...
    @property
    def names(self) -> tuple[str, ...]:
        """The names, in file order."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """The people as dicts (``line``, ``name``, ``server``, ``columns``), and repeated
        lines."""
        ...

@final
class RosterAction:
    """One line of a plan."""

    @property
    def action(self) -> str:
        """``"create"``, ``"revoke"``, ``"rotate"`` or ``"keep"``."""
        ...
    @property
    def name(self) -> str:
        """The certificate name."""
        ...
    @property
    def ssl_vpn_server_id(self) -> str:
        """The SSL-VPN server."""
        ...
    @property
    def ssl_vpn_client_cert_id(self) -> str | None:
        """The certificate kept, revoked or rotated out (``None`` for a create)."""
        ...
    @property
    def reason(self) -> str:
        """Why, in words."""
        ...
    @property
    def line(self) -> int | None:
        """The roster line of the person (``None`` for a certificate not in the roster)."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict."""
        ...

@final
class RosterPlan:
    """What ``apply`` would do; ``apply`` does it."""

    @property
    def actions(self) -> tuple[RosterAction, ...]:
        """The actions, one per person and per certificate to revoke."""
        ...
    @property
    def has_changes(self) -> bool:
        """Whether applying it changes anything."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """``{"actions": [...], "summary": {"create", "revoke", "rotate", "keep"}}``."""
        ...
    def apply(
        self,
        out_dir: str | os.PathLike[str],
        *,
        max_revocations: int = 5,
        bundle: str = "ovpn",
        allow_shared_dir: bool = False,
        concurrency: int = 8,
    ) -> RosterReport:
        """Applies the plan: hand-over files into ``out_dir`` (mode 0700; ``NAME.ovpn`` 0600,
        and ``NAME.zip`` with ``bundle="zip"`` or ``"both"``), creates before revocations, at
        most ``max_revocations`` revocations (else nothing changes), ``concurrency`` calls in
        flight (changes still one at a time per gateway). Returns the report. A client made
        with ``retry_mode="adaptive"`` paces the job to the service's flow control."""
        ...

@final
class RosterReport:
    """What ``apply`` did."""

    @property
    def failed(self) -> bool:
        """Whether any action failed or was not attempted (a rerun continues)."""
        ...
    @property
    def audit(self) -> str:
        """The audit record appended to."""
        ...
    @property
    def connected(self) -> dict[str, int]:
        """Per server revoked on, the clients connected before (all of them are
        disconnected while the gateway applies a revocation)."""
        ...
    @property
    def outcomes(self) -> list[dict[str, Any]]:
        """The outcomes as dicts: the planned action's fields, ``result`` (``done``,
        ``delivered``, ``failed``, ``not_attempted``), ``issued_cert_id``, ``files``,
        ``request_id``, ``error``."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Everything as a dict."""
        ...

def _roster_load(path: str | os.PathLike[str]) -> Roster: ...
def _roster_client_token(ssl_vpn_server_id: str, name: str, scope: str | None = None) -> str: ...
def _roster_plan(
    client: Client,
    roster: Roster,
    *,
    server: str | None = None,
    prune: bool = False,
    rotate_within: float | None = None,
) -> RosterPlan: ...
def _cli_main(argv: list[str]) -> int: ...

@final
class VpnSslServerLogIterator:
    """Every log line matching the filters, fetched lazily in pages of 50."""

    def __iter__(self) -> VpnSslServerLogIterator: ...
    def __next__(self) -> str: ...

@final
class _Emulator:
    def __new__(
        cls,
        *,
        keys: list[tuple[str, str, str]] | None = None,
        sts_keys: list[tuple[str, str, str]] | None = None,
        servers: list[tuple[str, str, str]] | None = None,
        gateways: list[tuple[str, str, str]] | None = None,
        server_idaas: list[tuple[str, str]] | None = None,
        quota: int | None = None,
        server_quota: int | None = None,
        create_limit: int | None = None,
        faults: list[tuple[str, float]] | None = None,
        dns_servers: list[tuple[str, str]] | None = None,
        ssl_vpn_internet_ips: list[tuple[str, str]] | None = None,
        seed: int | None = None,
        latency: float = 0.0,
        jitter: float = 0.0,
        rate_limits: list[tuple[str, float]] | None = None,
        delete_settle: float | None = None,
        settle: float | None = None,
        create_settle: float | None = None,
        cert_validity: float | None = None,
        client_config: bool = True,
        clock_skew: int = 0,
        openvpn_remote: str | None = None,
    ) -> _Emulator: ...
    @property
    def url(self) -> str: ...
    @property
    def closed(self) -> bool: ...
    def state_json(self) -> str: ...
    def set_server_state(self, ssl_vpn_server_id: str, state: str) -> None: ...
    def set_gateway_state(self, vpn_gateway_id: str, state: str) -> None: ...
    def connect(
        self, ssl_vpn_client_cert_id: str, ip: str | None = None, user: str | None = None
    ) -> str: ...
    def disconnect(self, ssl_vpn_client_cert_id: str, ip: str | None = None) -> int: ...
    def brownout(self, seconds: float) -> None: ...
    def openvpn_server_config(self, ssl_vpn_server_id: str) -> str: ...
    def close(self) -> None: ...
