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

/// The most tags one request may filter by (the API's limit).
pub(crate) const MAX_TAGS: usize = 20;
/// The wire names of tag keys and values, by position.
pub(crate) const TAG_KEYS: [&str; MAX_TAGS] = [
    "Tag.1.Key",
    "Tag.2.Key",
    "Tag.3.Key",
    "Tag.4.Key",
    "Tag.5.Key",
    "Tag.6.Key",
    "Tag.7.Key",
    "Tag.8.Key",
    "Tag.9.Key",
    "Tag.10.Key",
    "Tag.11.Key",
    "Tag.12.Key",
    "Tag.13.Key",
    "Tag.14.Key",
    "Tag.15.Key",
    "Tag.16.Key",
    "Tag.17.Key",
    "Tag.18.Key",
    "Tag.19.Key",
    "Tag.20.Key",
];
pub(crate) const TAG_VALUES: [&str; MAX_TAGS] = [
    "Tag.1.Value",
    "Tag.2.Value",
    "Tag.3.Value",
    "Tag.4.Value",
    "Tag.5.Value",
    "Tag.6.Value",
    "Tag.7.Value",
    "Tag.8.Value",
    "Tag.9.Value",
    "Tag.10.Value",
    "Tag.11.Value",
    "Tag.12.Value",
    "Tag.13.Value",
    "Tag.14.Value",
    "Tag.15.Value",
    "Tag.16.Value",
    "Tag.17.Value",
    "Tag.18.Value",
    "Tag.19.Value",
    "Tag.20.Value",
];

/// Tags to filter by: at most [`MAX_TAGS`], keys 1-128 characters without control characters.
pub(crate) fn tags(parameter: &str, value: &[(String, String)]) -> Result<(), Error> {
    if value.len() > MAX_TAGS {
        return Err(Error::invalid(
            parameter,
            format!("at most {MAX_TAGS} tags (got {})", value.len()),
        ));
    }
    for (key, v) in value {
        let chars = key.chars().count();
        if chars == 0 || chars > 128 {
            return Err(Error::invalid(
                parameter,
                "a tag key must be 1 to 128 characters",
            ));
        }
        if key.chars().chain(v.chars()).any(char::is_control) {
            return Err(Error::invalid(
                parameter,
                "tags must not contain control characters",
            ));
        }
    }
    Ok(())
}

/// An IPv4 CIDR block, `a.b.c.d/n`: the address and the mask length.
pub(crate) fn cidr(parameter: &str, value: &str) -> Result<(std::net::Ipv4Addr, u8), Error> {
    let bad = || {
        Error::invalid(
            parameter,
            format!("{value:?} is not an IPv4 CIDR block such as 192.168.0.0/16"),
        )
    };
    let (addr, mask) = value.trim().split_once('/').ok_or_else(bad)?;
    let addr: std::net::Ipv4Addr = addr.parse().map_err(|_| bad())?;
    // Digits only, as the service reads it: `u8::from_str` alone would take `+16`.
    if mask.is_empty() || !mask.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let mask: u8 = mask.parse().map_err(|_| bad())?;
    if mask > 32 {
        return Err(bad());
    }
    Ok((addr, mask))
}

/// The first and last address of a block, as numbers.
pub(crate) fn cidr_range(addr: std::net::Ipv4Addr, mask: u8) -> (u32, u32) {
    let bits = u32::from(addr);
    let host_mask = if mask == 0 {
        u32::MAX
    } else {
        (1u32 << (32 - mask)) - 1
    };
    let start = bits & !host_mask;
    (start, start | host_mask)
}

/// Blocks neither the local networks nor the client pool may fall in (loopback, link-local,
/// multicast, reserved).
const RESERVED_BLOCKS: [(&str, &str); 4] = [
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link-local"),
    ("224.0.0.0/4", "multicast"),
    ("255.0.0.0/8", "reserved"),
];

fn overlaps(a: (u32, u32), b: (u32, u32)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

fn outside_reserved(
    parameter: &str,
    block: &str,
    range: (u32, u32),
    extra: &[(&str, &str)],
) -> Result<(), Error> {
    for (reserved, what) in RESERVED_BLOCKS.iter().chain(extra) {
        let (a, m) = cidr(parameter, reserved)?;
        if overlaps(range, cidr_range(a, m)) {
            return Err(Error::invalid(
                parameter,
                format!("{block} lies in {reserved} ({what}), which cannot be used"),
            ));
        }
    }
    Ok(())
}

/// `LocalSubnet`: 1 to 5 CIDR blocks with masks 8-32, outside the reserved blocks.
pub(crate) fn local_subnet(parameter: &str, value: &[String]) -> Result<(), Error> {
    if value.is_empty() {
        return Err(Error::invalid(parameter, "needs at least one CIDR block"));
    }
    if value.len() > 5 {
        return Err(Error::invalid(
            parameter,
            format!("at most 5 CIDR blocks (got {})", value.len()),
        ));
    }
    for block in value {
        let (addr, mask) = cidr(parameter, block)?;
        if !(8..=32).contains(&mask) {
            return Err(Error::invalid(
                parameter,
                format!("{block}: the mask must be 8 to 32 bits"),
            ));
        }
        outside_reserved(parameter, block, cidr_range(addr, mask), &[])?;
    }
    Ok(())
}

/// `ClientIpPool`: one CIDR block with a mask of 16-29, outside the reserved blocks and the
/// shared address space (100.64.0.0/10).
pub(crate) fn client_ip_pool(parameter: &str, value: &str) -> Result<(), Error> {
    let (addr, mask) = cidr(parameter, value)?;
    if !(16..=29).contains(&mask) {
        return Err(Error::invalid(
            parameter,
            format!("{value}: the mask must be 16 to 29 bits"),
        ));
    }
    outside_reserved(
        parameter,
        value,
        cidr_range(addr, mask),
        &[("100.64.0.0/10", "shared address space")],
    )
}

/// Whether two lists of blocks share an address (the first overlapping pair).
pub(crate) fn first_overlap(pool: &str, subnets: &[String]) -> Option<String> {
    let (a, m) = cidr("ClientIpPool", pool).ok()?;
    let p = cidr_range(a, m);
    subnets.iter().find_map(|s| {
        let (b, n) = cidr("LocalSubnet", s).ok()?;
        overlaps(p, cidr_range(b, n)).then(|| s.clone())
    })
}

/// How many addresses a client pool holds.
pub(crate) fn pool_size(pool: &str) -> Option<u64> {
    let (_, m) = cidr("ClientIpPool", pool).ok()?;
    Some(1u64 << (32 - u32::from(m)))
}

/// `Cipher`: one the service offers.
pub(crate) fn cipher(parameter: &str, value: &str) -> Result<(), Error> {
    const CIPHERS: [&str; 4] = ["AES-128-CBC", "AES-192-CBC", "AES-256-CBC", "none"];
    if CIPHERS.contains(&value) {
        Ok(())
    } else {
        Err(Error::invalid(
            parameter,
            format!("must be one of {} (got {value:?})", CIPHERS.join(", ")),
        ))
    }
}

/// `Proto`: TCP or UDP.
pub(crate) fn proto(parameter: &str, value: &str) -> Result<(), Error> {
    if value == "TCP" || value == "UDP" {
        Ok(())
    } else {
        Err(Error::invalid(
            parameter,
            format!("must be TCP or UDP (got {value:?})"),
        ))
    }
}

/// Ports the service refuses for an SSL-VPN server.
pub const REFUSED_PORTS: [u32; 16] = [
    22, 2222, 22222, 9000, 9001, 9002, 7505, 80, 443, 53, 68, 123, 4510, 4560, 500, 4500,
];

/// `Port`: 1-65535 and not one the service refuses.
pub(crate) fn port(parameter: &str, value: u32) -> Result<(), Error> {
    if !(1..=65535).contains(&value) {
        return Err(Error::invalid(
            parameter,
            format!("must be 1 to 65535 (got {value})"),
        ));
    }
    if REFUSED_PORTS.contains(&value) {
        return Err(Error::invalid(
            parameter,
            format!("{value} is one of the ports the service refuses for SSL-VPN"),
        ));
    }
    Ok(())
}

/// `DnsServers`: IP addresses.
pub(crate) fn dns_servers(parameter: &str, value: &[String]) -> Result<(), Error> {
    for v in value {
        if v.trim().parse::<std::net::IpAddr>().is_err() {
            return Err(Error::invalid(
                parameter,
                format!("{v:?} is not an IP address"),
            ));
        }
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
    fn server_settings() {
        assert!(local_subnet(
            "LocalSubnet",
            &["10.0.0.0/8".into(), "192.168.1.0/24".into()]
        )
        .is_ok());
        for bad in [
            vec![],
            vec!["10.0.0.0/7".to_owned()],
            vec!["10.0.0.0".to_owned()],
            vec!["127.0.0.0/8".to_owned()],
            vec!["169.254.1.0/24".to_owned()],
            vec!["10.0.0.0/33".to_owned()],
            vec!["10.0.0.0/+16".to_owned()],
            vec!["10.0.0.0/ 16".to_owned()],
            (0..6).map(|i| format!("10.{i}.0.0/16")).collect(),
        ] {
            assert_eq!(
                param_of(local_subnet("LocalSubnet", &bad)),
                "LocalSubnet",
                "{bad:?}"
            );
        }
        assert!(client_ip_pool("ClientIpPool", "192.168.100.0/24").is_ok());
        for bad in [
            "192.168.0.0/30",
            "10.0.0.0/15",
            "100.64.1.0/24",
            "192.168.0.0/+24",
            "224.1.0.0/16",
            "x",
        ] {
            assert_eq!(
                param_of(client_ip_pool("ClientIpPool", bad)),
                "ClientIpPool",
                "{bad}"
            );
        }
        assert_eq!(
            first_overlap(
                "10.1.0.0/16",
                &["192.168.0.0/16".into(), "10.0.0.0/8".into()]
            )
            .as_deref(),
            Some("10.0.0.0/8")
        );
        assert_eq!(first_overlap("172.16.0.0/16", &["10.0.0.0/8".into()]), None);
        assert_eq!(pool_size("192.168.0.0/24"), Some(256));
        assert!(port("Port", 1194).is_ok());
        for bad in [0, 22, 443, 500, 65536] {
            assert_eq!(param_of(port("Port", bad)), "Port", "{bad}");
        }
        assert!(cipher("Cipher", "AES-256-CBC").is_ok() && cipher("Cipher", "none").is_ok());
        assert_eq!(param_of(cipher("Cipher", "aes-256-cbc")), "Cipher");
        assert!(proto("Proto", "UDP").is_ok());
        assert_eq!(param_of(proto("Proto", "udp")), "Proto");
        assert!(dns_servers("DnsServers", &["223.5.5.5".into(), "::1".into()]).is_ok());
        assert_eq!(
            param_of(dns_servers("DnsServers", &["dns.example".into()])),
            "DnsServers"
        );
        assert!(tags("Tag", &[("env".into(), "prod".into())]).is_ok());
        assert_eq!(param_of(tags("Tag", &[(String::new(), "x".into())])), "Tag");
        let many: Vec<(String, String)> =
            (0..21).map(|i| (format!("k{i}"), String::new())).collect();
        assert_eq!(param_of(tags("Tag", &many)), "Tag");
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
