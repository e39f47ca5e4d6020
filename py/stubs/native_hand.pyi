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
    def stats(self) -> dict[str, int]:
        """Counts of what this client did: ``calls``, ``attempts``, ``retries``,
        ``transport_errors``, ``api_errors``."""
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
        seed: int | None = None,
        latency: float = 0.0,
        delete_settle: float | None = None,
        settle: float | None = None,
        create_settle: float | None = None,
        cert_validity: float | None = None,
        clock_skew: int = 0,
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
    def close(self) -> None: ...
