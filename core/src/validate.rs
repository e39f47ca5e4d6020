//! Local checks run before any request is sent; each failure names the API parameter.

use std::time::Duration;

use crate::Error;

/// The longest duration any setting or wait may ask for: one day. Far beyond any sensible
/// timeout or wait, and far below what would overflow the clock arithmetic of a deadline.
pub const MAX_DURATION: Duration = Duration::from_secs(86_400);

/// A duration setting: at most [`MAX_DURATION`].
pub(crate) fn duration(parameter: &str, value: Duration) -> Result<(), Error> {
    if value > MAX_DURATION {
        return Err(Error::invalid(
            parameter,
            format!(
                "must be at most one day ({} s), not {} s",
                MAX_DURATION.as_secs(),
                value.as_secs_f64()
            ),
        ));
    }
    Ok(())
}

/// A required identifier (`RegionId`, `SslVpnServerId`, `SslVpnClientCertId`, ...): non-empty,
/// at most 256 bytes, no whitespace or control characters.
pub(crate) fn id(parameter: &str, value: &str) -> Result<(), Error> {
    if value.is_empty() {
        return Err(Error::invalid(
            parameter,
            "is required and must not be empty",
        ));
    }
    if value.len() > 256 {
        return Err(Error::invalid(parameter, "must be at most 256 bytes"));
    }
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::invalid(
            parameter,
            "must not contain whitespace or control characters",
        ));
    }
    Ok(())
}

/// The longest region id accepted; the API's are under 30 characters.
const MAX_REGION_CHARS: usize = 64;

/// A region id such as `cn-hangzhou` or `cn-zhangjiakou-na62-a01`: lower-case ASCII letters,
/// digits and `-`, starting with a letter, not ending with `-`. The region becomes part of the
/// endpoint's host name, so anything that could end or redirect a host (`@ / ? # :`, dots, upper
/// case the host would fold, non-ASCII) is refused before any URL is built.
pub(crate) fn region_id(parameter: &str, value: &str) -> Result<(), Error> {
    if value.is_empty() {
        return Err(Error::invalid(
            parameter,
            "is required and must not be empty",
        ));
    }
    if value.len() > MAX_REGION_CHARS {
        return Err(Error::invalid(
            parameter,
            format!("must be at most {MAX_REGION_CHARS} characters"),
        ));
    }
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    if !value.chars().all(allowed)
        || !value.starts_with(|c: char| c.is_ascii_lowercase())
        || value.ends_with('-')
    {
        return Err(Error::invalid(
            parameter,
            "must be a region id such as cn-hangzhou: lower-case letters, digits and '-', \
             starting with a letter",
        ));
    }
    Ok(())
}

/// A certificate name: 1 to 100 characters, not starting with `http://` or `https://`.
pub(crate) fn name(parameter: &str, value: &str) -> Result<(), Error> {
    let count = value.chars().count();
    if count == 0 || count > 100 {
        return Err(Error::invalid(
            parameter,
            format!("must be 1 to 100 characters long (got {count})"),
        ));
    }
    let lower = value.get(..8).unwrap_or(value).to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Err(Error::invalid(
            parameter,
            "must not start with http:// or https://",
        ));
    }
    if value.chars().any(char::is_control) {
        return Err(Error::invalid(
            parameter,
            "must not contain control characters",
        ));
    }
    Ok(())
}

/// An idempotency token: ASCII, 1 to 64 characters.
pub(crate) fn client_token(parameter: &str, value: &str) -> Result<(), Error> {
    if value.is_empty() {
        return Err(Error::invalid(parameter, "must not be empty when given"));
    }
    if !value.is_ascii() || value.bytes().any(|b| b.is_ascii_control()) {
        return Err(Error::invalid(
            parameter,
            "must contain only printable ASCII characters",
        ));
    }
    if value.len() > 64 {
        return Err(Error::invalid(
            parameter,
            format!("must be at most 64 characters (got {})", value.len()),
        ));
    }
    Ok(())
}

/// A 1-based page number.
pub(crate) fn page_number(parameter: &str, value: u32) -> Result<(), Error> {
    if value == 0 {
        return Err(Error::invalid(parameter, "must be at least 1"));
    }
    Ok(())
}

/// A page size, 1 to [`MAX_PAGE_SIZE`](crate::MAX_PAGE_SIZE).
pub(crate) fn page_size(parameter: &str, value: u32) -> Result<(), Error> {
    let max = crate::MAX_PAGE_SIZE;
    if !(1..=max).contains(&value) {
        return Err(Error::invalid(
            parameter,
            format!("must be 1 to {max} (got {value})"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn param_of(r: Result<(), Error>) -> String {
        match r {
            Err(Error::InvalidInput { parameter, .. }) => parameter,
            other => panic!("expected InvalidInput, got {other:?}"),
        }
    }

    #[test]
    fn names() {
        assert!(name("Name", "alice").is_ok());
        assert!(name("Name", &"é".repeat(100)).is_ok());
        assert_eq!(param_of(name("Name", &"é".repeat(101))), "Name");
        assert_eq!(param_of(name("Name", "")), "Name");
        assert_eq!(param_of(name("Name", "http://x")), "Name");
        assert_eq!(param_of(name("Name", "HTTPS://x")), "Name");
        assert!(name("Name", "httpsx").is_ok());
        assert!(name("Name", "证书 alice *~").is_ok());
    }

    #[test]
    fn tokens() {
        assert!(client_token("ClientToken", &"a".repeat(64)).is_ok());
        assert_eq!(
            param_of(client_token("ClientToken", &"a".repeat(65))),
            "ClientToken"
        );
        assert_eq!(param_of(client_token("ClientToken", "证书")), "ClientToken");
        assert_eq!(param_of(client_token("ClientToken", "")), "ClientToken");
        assert_eq!(param_of(client_token("ClientToken", "a\nb")), "ClientToken");
    }

    #[test]
    fn durations_are_bounded() {
        assert!(duration("timeout", MAX_DURATION).is_ok());
        assert!(duration("timeout", Duration::ZERO).is_ok());
        for bad in [
            MAX_DURATION + Duration::from_nanos(1),
            Duration::MAX,
            Duration::from_secs_f64(1e19),
        ] {
            assert_eq!(param_of(duration("timeout", bad)), "timeout");
        }
    }

    #[test]
    fn regions() {
        for good in [
            "cn-hangzhou",
            "cn-zhangjiakou-na62-a01",
            "ap-southeast-1",
            "x",
        ] {
            assert!(region_id("RegionId", good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "x@127.0.0.1:45443/",
            "cn-hangzhou.evil.com",
            "cn-hangzhou/",
            "cn-hangzhou?",
            "cn-hangzhou#",
            "cn-hangzhou:443",
            "CN-HANGZHOU",
            "-cn",
            "cn-",
            "1cn",
            "cn hangzhou",
            "cn-hangzhóu",
            &"a".repeat(65),
        ] {
            assert_eq!(param_of(region_id("RegionId", bad)), "RegionId", "{bad:?}");
        }
    }

    #[test]
    fn ids() {
        assert!(id("SslVpnServerId", "vss-abc").is_ok());
        assert_eq!(param_of(id("SslVpnServerId", "")), "SslVpnServerId");
        assert_eq!(param_of(id("RegionId", "cn hangzhou")), "RegionId");
        assert_eq!(param_of(id("RegionId", &"a".repeat(300))), "RegionId");
    }
}
