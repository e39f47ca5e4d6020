//! Status codes: the C column of the project's error table, and the one mapping to it.

use std::ffi::{c_char, CStr};

use vpncert::{Error, ErrorKind};

use crate::args::EMPTY;

/// What a call did. `VPNCERT_OK` is success; everything else is a failure, whose details are in
/// the `vpncert_error` the call wrote to `*err`.
///
/// The numbers are fixed forever: they are never renumbered or reused, and a retired number stays
/// here as a comment. 0-99 are local conditions, 100 and up are errors answered by the API.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum vpncert_status {
    /// Success.
    VPNCERT_OK = 0,
    /// A NULL, non-UTF-8 or invalid argument; no request was sent. The message names the argument.
    VPNCERT_INVALID_ARGUMENT = 1,
    /// No usable credentials were found, or a credentials source failed.
    VPNCERT_CREDENTIALS = 2,
    /// Connecting, TLS or I/O with the endpoint failed (retried before being reported).
    VPNCERT_TRANSPORT = 3,
    /// A connect, read or overall deadline passed (retried before being reported).
    VPNCERT_TIMEOUT = 4,
    /// The response could not be read as the API's JSON.
    VPNCERT_DECODE = 5,
    /// A Rust panic was caught at the C boundary: a bug in vpncert; please report it.
    VPNCERT_PANIC = 6,
    /// A local file could not be written, or exists and overwriting was not asked for
    /// (`vpncert_bundle_write_ovpn`). Local group; added after the first table.
    VPNCERT_IO = 7,
    /// Any other API error code; `vpncert_error_code` tells which.
    VPNCERT_API_ERROR = 100,
    /// `Resource.QuotaFull`, `CreateSslCertsQuotaFull.QuotaFull`.
    VPNCERT_QUOTA_FULL = 101,
    /// `VpnGateway.Configuring`: the gateway is busy (retried before being reported).
    VPNCERT_GATEWAY_CONFIGURING = 102,
    /// `VpnGateway.FinancialLocked`: the account has an overdue payment.
    VPNCERT_FINANCIAL_LOCKED = 103,
    /// `InvalidName`.
    VPNCERT_INVALID_NAME = 104,
    /// `SslVpnClientCreateTimes.ReachLimits`.
    VPNCERT_CREATE_LIMIT_REACHED = 105,
    /// `Forbbiden.SubUser` (the API's spelling).
    VPNCERT_SUB_USER_FORBIDDEN = 106,
    /// `Forbidden`.
    VPNCERT_FORBIDDEN = 107,
    /// `InvalidSslVpnServerId.NotFound`.
    VPNCERT_SSL_VPN_SERVER_NOT_FOUND = 108,
    /// `InvalidRegionId.NotFound`.
    VPNCERT_REGION_NOT_FOUND = 109,
    /// `InvalidSslVpnClientCertId.NotFound`, `InvalidInstanceId.NotFound`.
    VPNCERT_CERT_NOT_FOUND = 110,
    /// `Throttling*`, `*.Throttling` (retried before being reported).
    VPNCERT_THROTTLING = 111,
    /// `ServiceUnavailable`, `InternalError`, `UnknownError`, any HTTP 5xx (retried before being
    /// reported).
    VPNCERT_SERVICE_UNAVAILABLE = 112,
    /// `SignatureDoesNotMatch`, `IncompleteSignature`, `InvalidAccessKeyId.*`,
    /// `InvalidSecurityToken.*`.
    VPNCERT_AUTH_FAILURE = 113,
    /// `InvalidTimeStamp.Expired`: the local clock is off (retried once with the server's time).
    VPNCERT_CLOCK_SKEW = 114,
}

/// The status an error is reported with: the one mapping of the project's error table.
pub(crate) fn map_error(e: &Error) -> vpncert_status {
    use vpncert_status::*;
    match e {
        Error::InvalidInput { .. } => VPNCERT_INVALID_ARGUMENT,
        Error::Credentials(_) => VPNCERT_CREDENTIALS,
        Error::Transport(_) => VPNCERT_TRANSPORT,
        Error::Timeout(_) => VPNCERT_TIMEOUT,
        Error::Decode { .. } => VPNCERT_DECODE,
        Error::Io { .. } => VPNCERT_IO,
        Error::Api(api) => map_kind(api.kind),
        // `Error` is `#[non_exhaustive]`; a variant added to the core lands here until this match
        // names it (the unit tests below name every variant the core has today).
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
        ErrorKind::Other => VPNCERT_API_ERROR,
        // `ErrorKind` is `#[non_exhaustive]`; see `every_kind_has_its_own_status` below.
        _ => VPNCERT_API_ERROR,
    }
}

impl vpncert_status {
    /// Every status, in table order.
    pub const ALL: [vpncert_status; 23] = {
        use vpncert_status::*;
        [
            VPNCERT_OK,
            VPNCERT_INVALID_ARGUMENT,
            VPNCERT_CREDENTIALS,
            VPNCERT_TRANSPORT,
            VPNCERT_TIMEOUT,
            VPNCERT_DECODE,
            VPNCERT_PANIC,
            VPNCERT_IO,
            VPNCERT_API_ERROR,
            VPNCERT_QUOTA_FULL,
            VPNCERT_GATEWAY_CONFIGURING,
            VPNCERT_FINANCIAL_LOCKED,
            VPNCERT_INVALID_NAME,
            VPNCERT_CREATE_LIMIT_REACHED,
            VPNCERT_SUB_USER_FORBIDDEN,
            VPNCERT_FORBIDDEN,
            VPNCERT_SSL_VPN_SERVER_NOT_FOUND,
            VPNCERT_REGION_NOT_FOUND,
            VPNCERT_CERT_NOT_FOUND,
            VPNCERT_THROTTLING,
            VPNCERT_SERVICE_UNAVAILABLE,
            VPNCERT_AUTH_FAILURE,
            VPNCERT_CLOCK_SKEW,
        ]
    };

    /// The status with this number, if there is one.
    pub fn from_u32(n: u32) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| *s as u32 == n)
    }

    /// The C name, e.g. `VPNCERT_QUOTA_FULL`.
    pub fn name(self) -> &'static CStr {
        use vpncert_status::*;
        match self {
            VPNCERT_OK => c"VPNCERT_OK",
            VPNCERT_INVALID_ARGUMENT => c"VPNCERT_INVALID_ARGUMENT",
            VPNCERT_CREDENTIALS => c"VPNCERT_CREDENTIALS",
            VPNCERT_TRANSPORT => c"VPNCERT_TRANSPORT",
            VPNCERT_TIMEOUT => c"VPNCERT_TIMEOUT",
            VPNCERT_DECODE => c"VPNCERT_DECODE",
            VPNCERT_PANIC => c"VPNCERT_PANIC",
            VPNCERT_IO => c"VPNCERT_IO",
            VPNCERT_API_ERROR => c"VPNCERT_API_ERROR",
            VPNCERT_QUOTA_FULL => c"VPNCERT_QUOTA_FULL",
            VPNCERT_GATEWAY_CONFIGURING => c"VPNCERT_GATEWAY_CONFIGURING",
            VPNCERT_FINANCIAL_LOCKED => c"VPNCERT_FINANCIAL_LOCKED",
            VPNCERT_INVALID_NAME => c"VPNCERT_INVALID_NAME",
            VPNCERT_CREATE_LIMIT_REACHED => c"VPNCERT_CREATE_LIMIT_REACHED",
            VPNCERT_SUB_USER_FORBIDDEN => c"VPNCERT_SUB_USER_FORBIDDEN",
            VPNCERT_FORBIDDEN => c"VPNCERT_FORBIDDEN",
            VPNCERT_SSL_VPN_SERVER_NOT_FOUND => c"VPNCERT_SSL_VPN_SERVER_NOT_FOUND",
            VPNCERT_REGION_NOT_FOUND => c"VPNCERT_REGION_NOT_FOUND",
            VPNCERT_CERT_NOT_FOUND => c"VPNCERT_CERT_NOT_FOUND",
            VPNCERT_THROTTLING => c"VPNCERT_THROTTLING",
            VPNCERT_SERVICE_UNAVAILABLE => c"VPNCERT_SERVICE_UNAVAILABLE",
            VPNCERT_AUTH_FAILURE => c"VPNCERT_AUTH_FAILURE",
            VPNCERT_CLOCK_SKEW => c"VPNCERT_CLOCK_SKEW",
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

#[cfg(test)]
mod tests {
    use super::vpncert_status::*;
    use super::*;
    use vpncert::ApiError;

    /// The project's table, written out: changing a number here is changing the ABI.
    const TABLE: [(vpncert_status, u32); 23] = [
        (VPNCERT_OK, 0),
        (VPNCERT_INVALID_ARGUMENT, 1),
        (VPNCERT_CREDENTIALS, 2),
        (VPNCERT_TRANSPORT, 3),
        (VPNCERT_TIMEOUT, 4),
        (VPNCERT_DECODE, 5),
        (VPNCERT_PANIC, 6),
        (VPNCERT_IO, 7),
        (VPNCERT_API_ERROR, 100),
        (VPNCERT_QUOTA_FULL, 101),
        (VPNCERT_GATEWAY_CONFIGURING, 102),
        (VPNCERT_FINANCIAL_LOCKED, 103),
        (VPNCERT_INVALID_NAME, 104),
        (VPNCERT_CREATE_LIMIT_REACHED, 105),
        (VPNCERT_SUB_USER_FORBIDDEN, 106),
        (VPNCERT_FORBIDDEN, 107),
        (VPNCERT_SSL_VPN_SERVER_NOT_FOUND, 108),
        (VPNCERT_REGION_NOT_FOUND, 109),
        (VPNCERT_CERT_NOT_FOUND, 110),
        (VPNCERT_THROTTLING, 111),
        (VPNCERT_SERVICE_UNAVAILABLE, 112),
        (VPNCERT_AUTH_FAILURE, 113),
        (VPNCERT_CLOCK_SKEW, 114),
    ];

    #[test]
    fn numbers_are_the_tables() {
        for (status, number) in TABLE {
            assert_eq!(status as u32, number, "{status:?}");
            assert_eq!(vpncert_status::from_u32(number), Some(status));
            let name = status.name().to_str().unwrap();
            assert_eq!(name, format!("{status:?}"));
        }
        assert_eq!(vpncert_status::ALL.len(), TABLE.len());
        assert_eq!(vpncert_status::from_u32(8), None);
        assert_eq!(vpncert_status::from_u32(99), None);
        assert_eq!(vpncert_status::from_u32(115), None);
    }

    #[test]
    fn every_api_code_of_the_table_maps_to_its_status() {
        let rows: &[(&str, u16, vpncert_status)] = &[
            ("Resource.QuotaFull", 400, VPNCERT_QUOTA_FULL),
            ("CreateSslCertsQuotaFull.QuotaFull", 400, VPNCERT_QUOTA_FULL),
            ("VpnGateway.Configuring", 400, VPNCERT_GATEWAY_CONFIGURING),
            ("VpnGateway.FinancialLocked", 400, VPNCERT_FINANCIAL_LOCKED),
            ("InvalidName", 400, VPNCERT_INVALID_NAME),
            (
                "SslVpnClientCreateTimes.ReachLimits",
                400,
                VPNCERT_CREATE_LIMIT_REACHED,
            ),
            ("Forbbiden.SubUser", 403, VPNCERT_SUB_USER_FORBIDDEN),
            ("Forbidden", 403, VPNCERT_FORBIDDEN),
            (
                "InvalidSslVpnServerId.NotFound",
                404,
                VPNCERT_SSL_VPN_SERVER_NOT_FOUND,
            ),
            ("InvalidRegionId.NotFound", 404, VPNCERT_REGION_NOT_FOUND),
            (
                "InvalidSslVpnClientCertId.NotFound",
                404,
                VPNCERT_CERT_NOT_FOUND,
            ),
            ("InvalidInstanceId.NotFound", 400, VPNCERT_CERT_NOT_FOUND),
            ("Throttling", 400, VPNCERT_THROTTLING),
            ("Throttling.User", 400, VPNCERT_THROTTLING),
            ("Rejected.Throttling", 503, VPNCERT_THROTTLING),
            ("ServiceUnavailable", 503, VPNCERT_SERVICE_UNAVAILABLE),
            ("InternalError", 500, VPNCERT_SERVICE_UNAVAILABLE),
            ("UnknownError", 500, VPNCERT_SERVICE_UNAVAILABLE),
            ("", 502, VPNCERT_SERVICE_UNAVAILABLE),
            ("SignatureDoesNotMatch", 400, VPNCERT_AUTH_FAILURE),
            ("IncompleteSignature", 400, VPNCERT_AUTH_FAILURE),
            ("InvalidAccessKeyId.NotFound", 404, VPNCERT_AUTH_FAILURE),
            ("InvalidSecurityToken.Expired", 400, VPNCERT_AUTH_FAILURE),
            ("InvalidTimeStamp.Expired", 400, VPNCERT_CLOCK_SKEW),
            ("SignatureNonceUsed", 400, VPNCERT_API_ERROR),
            ("MissingParameter", 400, VPNCERT_API_ERROR),
        ];
        for (code, http, want) in rows {
            let e = Error::from(ApiError::new(*code, "m", *http));
            assert_eq!(map_error(&e), *want, "{code} {http}");
        }
    }

    #[test]
    fn every_kind_has_its_own_status() {
        // A kind the core adds shows up in `ErrorKind::ALL` and fails here until `map_kind`
        // names it: only `Other` may land on the catch-all.
        let mut seen = std::collections::HashSet::new();
        for kind in ErrorKind::ALL {
            let status = map_kind(kind);
            assert!((100..200).contains(&(status as u32)), "{kind:?}");
            if kind == ErrorKind::Other {
                assert_eq!(status, VPNCERT_API_ERROR);
            } else {
                assert_ne!(
                    status, VPNCERT_API_ERROR,
                    "{kind:?} has no status of its own"
                );
            }
            assert!(seen.insert(status), "{kind:?} shares {status:?}");
        }
    }

    #[test]
    fn local_errors_map_to_the_local_group() {
        let io = Error::Io {
            path: "/x".into(),
            kind: std::io::ErrorKind::AlreadyExists,
            message: "exists".into(),
        };
        let decode = Error::Decode {
            http_status: 200,
            reason: "r".into(),
            snippet: String::new(),
        };
        let cases = [
            (Error::invalid("Name", "bad"), VPNCERT_INVALID_ARGUMENT),
            (Error::Credentials("none".into()), VPNCERT_CREDENTIALS),
            (Error::Transport("refused".into()), VPNCERT_TRANSPORT),
            (Error::Timeout("slow".into()), VPNCERT_TIMEOUT),
            (decode, VPNCERT_DECODE),
            (io, VPNCERT_IO),
        ];
        for (e, want) in cases {
            assert_eq!(map_error(&e), want, "{e}");
        }
    }

    #[test]
    fn status_name_of_any_number_is_safe() {
        let name = |n| {
            // SAFETY: `vpncert_status_name` returns static NUL-terminated strings.
            unsafe { CStr::from_ptr(vpncert_status_name(n)) }
                .to_str()
                .unwrap()
        };
        assert_eq!(name(0), "VPNCERT_OK");
        assert_eq!(name(101), "VPNCERT_QUOTA_FULL");
        assert_eq!(name(7), "VPNCERT_IO");
        assert_eq!(name(99), "VPNCERT_UNKNOWN");
        assert_eq!(name(u32::MAX), "VPNCERT_UNKNOWN");
    }
}
