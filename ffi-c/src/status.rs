//! Status codes: the C column of the project's error table (generated from the spec into
//! `generated/status.rs`), and the table pinned down by tests: changing a number is changing the
//! ABI, so the spec alone cannot do it unnoticed.

pub(crate) use crate::generated::status::map_error;
#[cfg(test)]
use crate::generated::status::map_kind;
pub use crate::generated::status::vpncert_status;

#[cfg(test)]
mod tests {
    use super::vpncert_status::*;
    use super::*;
    use crate::generated::status::vpncert_status_name;
    use std::ffi::CStr;
    use vpncert::{ApiError, Error, ErrorKind};

    /// The project's table, written out: changing a number here is changing the ABI.
    const TABLE: [(vpncert_status, u32); 25] = [
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
        (VPNCERT_DRY_RUN_PASSED, 115),
        (VPNCERT_GATEWAY_NOT_FOUND, 116),
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
        assert_eq!(vpncert_status::from_u32(117), None);
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
