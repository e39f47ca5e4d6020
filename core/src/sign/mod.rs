//! Request signing: pure functions of (method, parameters, credentials, time, nonce).
//!
//! Nothing here touches the network or the clock; the client draws a fresh nonce and timestamp for
//! every attempt and passes them in, so tests pin them and check the official vectors byte for byte.

mod encode;
mod request;
pub mod v1;
pub mod v3;

pub(crate) use encode::percent_encode_cow;
pub use encode::{percent_encode, percent_encode_into};
pub use request::{sign_request, RequestToSign, SignedRequest};

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Which signature scheme a client uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum SignatureVersion {
    /// HMAC-SHA1 RPC signature (`SignatureVersion=1.0`), parameters in the query string.
    #[default]
    V1,
    /// ACS3-HMAC-SHA256, carried in `x-acs-*` headers and `Authorization`.
    V3,
}

impl SignatureVersion {
    /// Parses `"v1"`, `"1.0"`, `"v3"`, `"ACS3-HMAC-SHA256"` and the like (case-insensitive).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "v1" | "1" | "1.0" | "hmac-sha1" => Some(Self::V1),
            "v3" | "3" | "acs3-hmac-sha256" => Some(Self::V3),
            _ => None,
        }
    }

    /// The short name, `"v1"` or `"v3"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::V1 => "v1",
            Self::V3 => "v3",
        }
    }
}

/// Formats a time as the API wants it: UTC `yyyy-MM-ddTHH:mm:ssZ`.
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// let t = UNIX_EPOCH + Duration::from_secs(1_456_231_584);
/// assert_eq!(vpncert::sign::format_timestamp(t), "2016-02-23T12:46:24Z");
/// ```
pub fn format_timestamp(t: SystemTime) -> String {
    let secs = t
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs();
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

/// Parses a UTC `yyyy-MM-ddTHH:mm:ssZ` timestamp (the form [`format_timestamp`] writes).
pub fn parse_timestamp(s: &str) -> Option<SystemTime> {
    let b = s.as_bytes();
    if b.len() != 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || b[19] != b'Z'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u64> {
        let part = s.get(r)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, se) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 60 || y < 1970
    {
        return None;
    }
    let days = days_from_civil(y as i64, mo as u32, d as u32);
    if days < 0 {
        return None;
    }
    Some(UNIX_EPOCH + Duration::from_secs(days as u64 * 86_400 + h * 3600 + mi * 60 + se))
}

// Howard Hinnant's civil-calendar algorithms (public domain arithmetic).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 } as i64;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Hides the value of `SecurityToken` in a V1 query or string to sign (plain `SecurityToken=v&`
/// or encoded `SecurityToken%3Dv%26`), so such strings can be shown in errors and logs.
///
/// ```
/// let s = "POST&%2F&AccessKeyId%3Did%26SecurityToken%3Dtok%252B%26Timestamp%3Dt";
/// assert_eq!(vpncert::sign::redact_security_token(s), "POST&%2F&AccessKeyId%3Did%26SecurityToken%3D***%26Timestamp%3Dt");
/// ```
pub fn redact_security_token(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let plain = rest
            .find("SecurityToken=")
            .map(|i| (i, "SecurityToken=", "&"));
        let encoded = rest
            .find("SecurityToken%3D")
            .map(|i| (i, "SecurityToken%3D", "%26"));
        let next = match (plain, encoded) {
            (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
            (a, b) => a.or(b),
        };
        let Some((at, key, sep)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..at + key.len()]);
        out.push_str("***");
        let value = &rest[at + key.len()..];
        rest = match value.find(sep) {
            Some(end) => &value[end..],
            None => "",
        };
    }
}

/// A fresh signature nonce: 32 random hex digits.
pub fn new_nonce() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamp_round_trip() {
        for secs in [
            0u64,
            951_782_400,
            1_456_231_584,
            1_709_539_200,
            4_102_444_799,
        ] {
            let t = UNIX_EPOCH + Duration::from_secs(secs);
            let s = format_timestamp(t);
            assert_eq!(parse_timestamp(&s), Some(t), "{s}");
        }
        assert_eq!(
            format_timestamp(UNIX_EPOCH + Duration::from_secs(1_709_539_200)),
            "2024-03-04T08:00:00Z"
        );
    }

    #[test]
    fn timestamp_rejects_garbage() {
        for s in [
            "",
            "2024-03-04 08:00:00Z",
            "2024-13-04T08:00:00Z",
            "2024-03-04T08:00:00",
            "2024-03-04T08:00:0xZ",
            "+024-03-04T08:00:00Z",
        ] {
            assert_eq!(parse_timestamp(s), None, "{s}");
        }
    }

    #[test]
    fn signature_version_names() {
        assert_eq!(SignatureVersion::parse("V3"), Some(SignatureVersion::V3));
        assert_eq!(SignatureVersion::parse("1.0"), Some(SignatureVersion::V1));
        assert_eq!(SignatureVersion::parse("v2"), None);
    }
}
