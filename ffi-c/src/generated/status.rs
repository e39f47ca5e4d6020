// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! Status codes: the C column of the project's error table, and the one mapping to it.

use std::ffi::{c_char, CStr};

use vpncert::{Error, ErrorKind};

use crate::args::EMPTY;

/// What a call did. `VPNCERT_OK` is success; everything else is a failure, whose details are in
/// the `vpncert_error` the call wrote to `*err`.
///
/// The numbers are fixed forever: they are never renumbered or reused (retired: none yet). 0-99
/// are local conditions, 100 and up are errors answered by the API.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum vpncert_status {
    /// Success.
    VPNCERT_OK = 0,
    /// A parameter failed local validation (NULL, non-UTF-8 or invalid); no request was sent.
    /// The message names the parameter.
    VPNCERT_INVALID_ARGUMENT = 1,
    /// No usable credentials were found, or a credentials source failed.
    VPNCERT_CREDENTIALS = 2,
    /// Connecting, TLS or I/O failed before a complete response arrived (retried before being
    /// reported).
    VPNCERT_TRANSPORT = 3,
    /// A connect, read or overall deadline passed (retried before being reported).
    VPNCERT_TIMEOUT = 4,
    /// The response could not be read as the API's JSON.
    VPNCERT_DECODE = 5,
    /// A Rust panic was caught at the C boundary: a bug in vpncert; please report it.
    VPNCERT_PANIC = 6,
    /// A local file could not be written, or exists and overwriting was not asked for.
    VPNCERT_IO = 7,
    /// Any other API error code; the code tells which.
    VPNCERT_API_ERROR = 100,
    /// `Resource.QuotaFull`, `CreateSslCertsQuotaFull.QuotaFull`: No room for another
    /// certificate.
    VPNCERT_QUOTA_FULL = 101,
    /// `VpnGateway.Configuring`: The gateway is busy applying another change. (retried before
    /// being reported)
    VPNCERT_GATEWAY_CONFIGURING = 102,
    /// `VpnGateway.FinancialLocked`: The gateway is suspended for overdue payment.
    VPNCERT_FINANCIAL_LOCKED = 103,
    /// `InvalidName`: The service refused the name.
    VPNCERT_INVALID_NAME = 104,
    /// `SslVpnClientCreateTimes.ReachLimits`: The account made too many certificates.
    VPNCERT_CREATE_LIMIT_REACHED = 105,
    /// `Forbbiden.SubUser`, `Forbidden.SubUser`: The RAM user may not act on this resource (the
    /// API spells the code with two b).
    VPNCERT_SUB_USER_FORBIDDEN = 106,
    /// `Forbidden`: The caller lacks the permission.
    VPNCERT_FORBIDDEN = 107,
    /// `InvalidSslVpnServerId.NotFound`: The SSL-VPN server does not exist.
    VPNCERT_SSL_VPN_SERVER_NOT_FOUND = 108,
    /// `InvalidRegionId.NotFound`: The region does not exist.
    VPNCERT_REGION_NOT_FOUND = 109,
    /// `InvalidSslVpnClientCertId.NotFound`, `InvalidInstanceId.NotFound`: The certificate does
    /// not exist (also a 200 answer about another certificate).
    VPNCERT_CERT_NOT_FOUND = 110,
    /// `Throttling*`, `*.Throttling`: The service's flow control refused the request. (retried
    /// before being reported)
    VPNCERT_THROTTLING = 111,
    /// `ServiceUnavailable`, `InternalError`, `UnknownError`, any HTTP 5xx: The service failed
    /// or is unavailable (any HTTP 5xx). (retried before being reported)
    VPNCERT_SERVICE_UNAVAILABLE = 112,
    /// `SignatureDoesNotMatch`, `IncompleteSignature`, `InvalidAccessKeyId.*`,
    /// `InvalidSecurityToken.*`: The request's signature or credentials were refused.
    VPNCERT_AUTH_FAILURE = 113,
    /// `InvalidTimeStamp.Expired`: The local clock is off by more than the service allows.
    /// (retried once with the server's time)
    VPNCERT_CLOCK_SKEW = 114,
    /// `DryRunOperation`: A dry run found that the request would succeed (a call with `dry_run`
    /// returns this as its result instead).
    VPNCERT_DRY_RUN_PASSED = 115,
    /// `InvalidVpnGatewayInstanceId.NotFound`, `InvalidVpnGatewayId.NotFound`: The VPN gateway
    /// does not exist.
    VPNCERT_GATEWAY_NOT_FOUND = 116,
}

/// The status an error is reported with: the one mapping of the project's error table.
pub(crate) fn map_error(e: &Error) -> vpncert_status {
    use vpncert_status::*;
    match e {
        Error::InvalidInput { .. } => VPNCERT_INVALID_ARGUMENT,
        Error::Credentials { .. } => VPNCERT_CREDENTIALS,
        Error::Transport { .. } => VPNCERT_TRANSPORT,
        Error::Timeout { .. } => VPNCERT_TIMEOUT,
        Error::Decode { .. } => VPNCERT_DECODE,
        Error::Io { .. } => VPNCERT_IO,
        Error::Api(api) => map_kind(api.kind),
        // `Error` is `#[non_exhaustive]`: a variant added to the core lands here until the spec names it.
        _ => VPNCERT_API_ERROR,
    }
}

/// The status of an API error kind.
pub(crate) fn map_kind(kind: ErrorKind) -> vpncert_status {
    use vpncert_status::*;
    match kind {
        ErrorKind::QuotaFull => VPNCERT_QUOTA_FULL,
        ErrorKind::GatewayConfiguring => VPNCERT_GATEWAY_CONFIGURING,
        ErrorKind::FinancialLocked => VPNCERT_FINANCIAL_LOCKED,
        ErrorKind::InvalidName => VPNCERT_INVALID_NAME,
        ErrorKind::CreateLimitReached => VPNCERT_CREATE_LIMIT_REACHED,
        ErrorKind::SubUserForbidden => VPNCERT_SUB_USER_FORBIDDEN,
        ErrorKind::Forbidden => VPNCERT_FORBIDDEN,
        ErrorKind::SslVpnServerNotFound => VPNCERT_SSL_VPN_SERVER_NOT_FOUND,
        ErrorKind::RegionNotFound => VPNCERT_REGION_NOT_FOUND,
        ErrorKind::CertNotFound => VPNCERT_CERT_NOT_FOUND,
        ErrorKind::Throttling => VPNCERT_THROTTLING,
        ErrorKind::ServiceUnavailable => VPNCERT_SERVICE_UNAVAILABLE,
        ErrorKind::AuthFailure => VPNCERT_AUTH_FAILURE,
        ErrorKind::ClockSkew => VPNCERT_CLOCK_SKEW,
        ErrorKind::DryRunPassed => VPNCERT_DRY_RUN_PASSED,
        ErrorKind::GatewayNotFound => VPNCERT_GATEWAY_NOT_FOUND,
        _ => VPNCERT_API_ERROR,
    }
}

impl vpncert_status {
    /// Every status, in table order.
    pub const ALL: [vpncert_status; 25] = [
        vpncert_status::VPNCERT_OK,
        vpncert_status::VPNCERT_INVALID_ARGUMENT,
        vpncert_status::VPNCERT_CREDENTIALS,
        vpncert_status::VPNCERT_TRANSPORT,
        vpncert_status::VPNCERT_TIMEOUT,
        vpncert_status::VPNCERT_DECODE,
        vpncert_status::VPNCERT_PANIC,
        vpncert_status::VPNCERT_IO,
        vpncert_status::VPNCERT_API_ERROR,
        vpncert_status::VPNCERT_QUOTA_FULL,
        vpncert_status::VPNCERT_GATEWAY_CONFIGURING,
        vpncert_status::VPNCERT_FINANCIAL_LOCKED,
        vpncert_status::VPNCERT_INVALID_NAME,
        vpncert_status::VPNCERT_CREATE_LIMIT_REACHED,
        vpncert_status::VPNCERT_SUB_USER_FORBIDDEN,
        vpncert_status::VPNCERT_FORBIDDEN,
        vpncert_status::VPNCERT_SSL_VPN_SERVER_NOT_FOUND,
        vpncert_status::VPNCERT_REGION_NOT_FOUND,
        vpncert_status::VPNCERT_CERT_NOT_FOUND,
        vpncert_status::VPNCERT_THROTTLING,
        vpncert_status::VPNCERT_SERVICE_UNAVAILABLE,
        vpncert_status::VPNCERT_AUTH_FAILURE,
        vpncert_status::VPNCERT_CLOCK_SKEW,
        vpncert_status::VPNCERT_DRY_RUN_PASSED,
        vpncert_status::VPNCERT_GATEWAY_NOT_FOUND,
    ];

    /// The status with this number, if there is one.
    pub fn from_u32(n: u32) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| *s as u32 == n)
    }

    /// The C name, e.g. `VPNCERT_QUOTA_FULL`.
    pub fn name(self) -> &'static CStr {
        match self {
            vpncert_status::VPNCERT_OK => c"VPNCERT_OK",
            vpncert_status::VPNCERT_INVALID_ARGUMENT => c"VPNCERT_INVALID_ARGUMENT",
            vpncert_status::VPNCERT_CREDENTIALS => c"VPNCERT_CREDENTIALS",
            vpncert_status::VPNCERT_TRANSPORT => c"VPNCERT_TRANSPORT",
            vpncert_status::VPNCERT_TIMEOUT => c"VPNCERT_TIMEOUT",
            vpncert_status::VPNCERT_DECODE => c"VPNCERT_DECODE",
            vpncert_status::VPNCERT_PANIC => c"VPNCERT_PANIC",
            vpncert_status::VPNCERT_IO => c"VPNCERT_IO",
            vpncert_status::VPNCERT_API_ERROR => c"VPNCERT_API_ERROR",
            vpncert_status::VPNCERT_QUOTA_FULL => c"VPNCERT_QUOTA_FULL",
            vpncert_status::VPNCERT_GATEWAY_CONFIGURING => c"VPNCERT_GATEWAY_CONFIGURING",
            vpncert_status::VPNCERT_FINANCIAL_LOCKED => c"VPNCERT_FINANCIAL_LOCKED",
            vpncert_status::VPNCERT_INVALID_NAME => c"VPNCERT_INVALID_NAME",
            vpncert_status::VPNCERT_CREATE_LIMIT_REACHED => c"VPNCERT_CREATE_LIMIT_REACHED",
            vpncert_status::VPNCERT_SUB_USER_FORBIDDEN => c"VPNCERT_SUB_USER_FORBIDDEN",
            vpncert_status::VPNCERT_FORBIDDEN => c"VPNCERT_FORBIDDEN",
            vpncert_status::VPNCERT_SSL_VPN_SERVER_NOT_FOUND => c"VPNCERT_SSL_VPN_SERVER_NOT_FOUND",
            vpncert_status::VPNCERT_REGION_NOT_FOUND => c"VPNCERT_REGION_NOT_FOUND",
            vpncert_status::VPNCERT_CERT_NOT_FOUND => c"VPNCERT_CERT_NOT_FOUND",
            vpncert_status::VPNCERT_THROTTLING => c"VPNCERT_THROTTLING",
            vpncert_status::VPNCERT_SERVICE_UNAVAILABLE => c"VPNCERT_SERVICE_UNAVAILABLE",
            vpncert_status::VPNCERT_AUTH_FAILURE => c"VPNCERT_AUTH_FAILURE",
            vpncert_status::VPNCERT_CLOCK_SKEW => c"VPNCERT_CLOCK_SKEW",
            vpncert_status::VPNCERT_DRY_RUN_PASSED => c"VPNCERT_DRY_RUN_PASSED",
            vpncert_status::VPNCERT_GATEWAY_NOT_FOUND => c"VPNCERT_GATEWAY_NOT_FOUND",
        }
    }
}

/// The name of a status, e.g. `"VPNCERT_QUOTA_FULL"`, or `"VPNCERT_UNKNOWN"` for a number that is
/// not a status.
///
/// Takes the number as `uint32_t` (which is what `vpncert_status` is) so that any value is safe to
/// pass. Ownership: the string is static; do not free it. Never returns NULL. Thread safety: may be
/// called from any thread.
#[no_mangle]
pub extern "C" fn vpncert_status_name(status: u32) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    match vpncert_status::from_u32(status) {
    Some(s) => s.name().as_ptr(),
    None => c"VPNCERT_UNKNOWN".as_ptr(),
    }
    })
}
