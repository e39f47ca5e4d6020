# generated from spec/api.toml; edit the spec, then run cargo xtask gen
"""Alibaba Cloud SSL-VPN client certificates, from Python.

A thin layer over the native vpncert core: one ``Client`` (safe to share between threads; every
network call releases the GIL), frozen result objects with ``to_dict()``, and one exception class
per documented error, all deriving from :class:`VpnCertError`::

    import vpncert

    client = vpncert.Client("cn-hangzhou")      # credentials from ALIBABA_CLOUD_ACCESS_KEY_ID/...
    try:
        bundle = client.issue_client_cert("vss-...", "alice")
        bundle.write_ovpn("alice.ovpn")           # mode 0600; refuses to overwrite
    except vpncert.QuotaFullError as e:
        print("no room:", e.code, e.request_id)

``vpncert.testing`` starts a local emulator of the API for tests with no account. Importing
``vpncert`` starts no thread, reads no configuration and touches no network.
"""

from ._errors import (
    ApiError,
    AuthenticationError,
    CertNotFoundError,
    ClockSkewError,
    CreateLimitReachedError,
    CredentialsError,
    DecodeError,
    DryRunPassedError,
    FileError,
    FinancialLockedError,
    ForbiddenError,
    GatewayConfiguringError,
    GatewayNotFoundError,
    InvalidNameError,
    InvalidParameterError,
    NotFoundError,
    ProfileExistsError,
    QuotaFullError,
    RegionNotFoundError,
    RequestTimeoutError,
    ServiceUnavailableError,
    SslVpnServerNotFoundError,
    SubUserForbiddenError,
    ThrottlingError,
    TransportError,
    VpnCertError,
)
from ._native import (
    Client,
    CreateSslVpnClientCertResponse,
    CreateSslVpnServerResponse,
    DeleteOutcome,
    DeleteSslVpnServerResponse,
    ModifySslVpnClientCertResponse,
    ModifySslVpnServerResponse,
    Roster,
    RosterAction,
    RosterPlan,
    RosterReport,
    SslVpnClientCertBundle,
    SslVpnClientCertIterator,
    SslVpnClientCertPage,
    SslVpnClientCertSummary,
    SslVpnClientInfo,
    SslVpnClientInfoIterator,
    SslVpnClientInfoPage,
    SslVpnServer,
    SslVpnServerIterator,
    SslVpnServerPage,
    VpnGateway,
    VpnGatewayIterator,
    VpnGatewayPage,
    VpnGatewayReservationData,
    VpnGatewayTag,
    VpnSslServerLogIterator,
    VpnSslServerLogs,
    __version__,
)

__all__ = [
    "__version__",
    # The client and its results.
    "Client",
    "CreateSslVpnClientCertResponse",
    "CreateSslVpnServerResponse",
    "DeleteOutcome",
    "DeleteSslVpnServerResponse",
    "ModifySslVpnClientCertResponse",
    "ModifySslVpnServerResponse",
    "SslVpnClientCertBundle",
    "SslVpnClientCertSummary",
    "SslVpnClientInfo",
    "SslVpnServer",
    "VpnGateway",
    "VpnGatewayReservationData",
    "VpnGatewayTag",
    "VpnSslServerLogs",
    "SslVpnClientCertPage",
    "SslVpnClientCertIterator",
    "SslVpnClientInfoPage",
    "SslVpnClientInfoIterator",
    "SslVpnServerPage",
    "SslVpnServerIterator",
    "VpnGatewayPage",
    "VpnGatewayIterator",
    "Roster",
    "RosterAction",
    "RosterPlan",
    "RosterReport",
    "VpnSslServerLogIterator",
    # Exceptions, in the order of the error table.
    "VpnCertError",
    "InvalidParameterError",
    "CredentialsError",
    "TransportError",
    "RequestTimeoutError",
    "DecodeError",
    "FileError",
    "ProfileExistsError",
    "ApiError",
    "NotFoundError",
    "QuotaFullError",
    "GatewayConfiguringError",
    "FinancialLockedError",
    "InvalidNameError",
    "CreateLimitReachedError",
    "ForbiddenError",
    "SubUserForbiddenError",
    "SslVpnServerNotFoundError",
    "RegionNotFoundError",
    "CertNotFoundError",
    "ThrottlingError",
    "ServiceUnavailableError",
    "AuthenticationError",
    "ClockSkewError",
    "DryRunPassedError",
    "GatewayNotFoundError",
]
