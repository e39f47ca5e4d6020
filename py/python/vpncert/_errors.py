# generated from spec/api.toml; edit the spec, then run cargo xtask gen
"""The exceptions of vpncert: one class per row of the project's error table.

Every exception derives from :class:`VpnCertError`. Errors answered by the API derive from
:class:`ApiError` and carry the API's ``code``, ``message``, ``request_id``, ``http_status``,
``recommend`` and ``host_id``. The native module raises instances of these classes; they are
plain Python classes, so they can be caught, subclassed, pickled and raised by users' own
fakes like any other exception.
"""

from __future__ import annotations

__all__ = [
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


class VpnCertError(Exception):
    """Base class of every error raised by vpncert."""


class InvalidParameterError(VpnCertError, ValueError):
    """A parameter failed local validation; no request was sent.

    ``parameter`` is the API's name of the parameter (``SslVpnServerId``, ``Name``,
    ``ClientToken``, ...) or of the client option (``timeout``, ``proxy``, ...).
    """

    parameter: str
    reason: str

    def __init__(
        self,
        text: str = "",
        *,
        parameter: str = "",
        reason: str = "",
    ) -> None:
        super().__init__(text)
        self.parameter = parameter
        self.reason = reason


class CredentialsError(VpnCertError):
    """No usable credentials were found, or a credentials source failed."""


class TransportError(VpnCertError):
    """Connecting, TLS or I/O failed before a complete response arrived (retried before being reported)."""


class RequestTimeoutError(VpnCertError, TimeoutError):
    """A connect, read or overall deadline passed (retried before being reported)."""


class DecodeError(VpnCertError):
    """The response could not be read as the API's JSON."""

    http_status: int
    reason: str

    def __init__(
        self,
        text: str = "",
        *,
        http_status: int = 0,
        reason: str = "",
    ) -> None:
        super().__init__(text)
        self.http_status = http_status
        self.reason = reason


class FileError(VpnCertError, OSError):
    """A local file (an OpenVPN profile) could not be written.

    Built like :class:`OSError`: ``FileError(errno, strerror, filename)``, so ``.errno``,
    ``.strerror`` and ``.filename`` are set.
    """


class ProfileExistsError(FileError, FileExistsError):
    """The file exists and overwriting was not asked for (``overwrite=False``)."""


class ApiError(VpnCertError):
    """The API answered with an error code.

    ``code`` is the API's code (``Resource.QuotaFull``, ...), ``message`` its message,
    ``request_id`` the request id (``""`` when none), ``http_status`` the HTTP status,
    ``recommend`` a troubleshooting URL and ``host_id`` the answering host, when the API
    gives them. Codes without a class of their own are raised as ``ApiError`` itself.
    """

    code: str
    message: str
    request_id: str
    http_status: int
    recommend: str | None
    host_id: str | None

    def __init__(
        self,
        text: str = "",
        *,
        code: str = "",
        message: str = "",
        request_id: str = "",
        http_status: int = 0,
        recommend: str | None = None,
        host_id: str | None = None,
    ) -> None:
        super().__init__(text)
        self.code = code
        self.message = message
        self.request_id = request_id
        self.http_status = http_status
        self.recommend = recommend
        self.host_id = host_id


class NotFoundError(ApiError):
    """Base class of the not-found errors."""


class QuotaFullError(ApiError):
    """``Resource.QuotaFull``, ``CreateSslCertsQuotaFull.QuotaFull``: no room for another certificate."""


class GatewayConfiguringError(ApiError):
    """``VpnGateway.Configuring``: the gateway is busy applying another change. (retried)"""


class FinancialLockedError(ApiError):
    """``VpnGateway.FinancialLocked``: the gateway is suspended for overdue payment."""


class InvalidNameError(ApiError):
    """``InvalidName``: the service refused the name."""


class CreateLimitReachedError(ApiError):
    """``SslVpnClientCreateTimes.ReachLimits``: the account made too many certificates."""


class ForbiddenError(ApiError):
    """``Forbidden``: the caller lacks the permission."""


class SubUserForbiddenError(ForbiddenError):
    """``Forbbiden.SubUser``, ``Forbidden.SubUser``: the RAM user may not act on this resource (the API spells the code with two b)."""


class SslVpnServerNotFoundError(NotFoundError):
    """``InvalidSslVpnServerId.NotFound``: the SSL-VPN server does not exist."""


class RegionNotFoundError(NotFoundError):
    """``InvalidRegionId.NotFound``: the region does not exist."""


class CertNotFoundError(NotFoundError):
    """``InvalidSslVpnClientCertId.NotFound``, ``InvalidInstanceId.NotFound``: the certificate does not exist (also a 200 answer about another certificate)."""


class ThrottlingError(ApiError):
    """``Throttling*``, ``*.Throttling``: the service's flow control refused the request. (retried)"""


class ServiceUnavailableError(ApiError):
    """``ServiceUnavailable``, ``InternalError``, ``UnknownError``, any HTTP 5xx: the service failed or is unavailable (any HTTP 5xx). (retried)"""


class AuthenticationError(ApiError):
    """``SignatureDoesNotMatch``, ``IncompleteSignature``, ``InvalidAccessKeyId.*``, ``InvalidSecurityToken.*``: the request's signature or credentials were refused."""


class ClockSkewError(AuthenticationError):
    """``InvalidTimeStamp.Expired``: the local clock is off by more than the service allows. (retried once, with the clock corrected)"""


class DryRunPassedError(ApiError):
    """``DryRunOperation``: a dry run found that the request would succeed (a call with `dry_run` returns this as its result instead)."""


class GatewayNotFoundError(NotFoundError):
    """``InvalidVpnGatewayInstanceId.NotFound``, ``InvalidVpnGatewayId.NotFound``: the VPN gateway does not exist."""


# Shown and pickled under the package's name (``vpncert.QuotaFullError``), where users import
# them from.
for _name in __all__:
    globals()[_name].__module__ = "vpncert"
del _name
