//! Where requests go: an explicit endpoint, the official map, or `vpc.<region>.aliyuncs.com`.

use crate::Error;

/// The official SDKs' endpoint map: the 36 regions whose endpoint is not
/// `vpc.<region>.aliyuncs.com` (the central `vpc.aliyuncs.com` routes by `RegionId`). Copied from
/// `alibabacloud_vpc20160428` 7.2.2 (`client.py`, `_endpoint_map`), which the legacy SDK's map
/// matches entry for entry.
pub const ENDPOINT_MAP: [(&str, &str); 36] = [
    ("cn-hangzhou", "vpc.aliyuncs.com"),
    ("cn-shanghai-finance-1", "vpc.aliyuncs.com"),
    ("cn-shenzhen-finance-1", "vpc.aliyuncs.com"),
    ("cn-north-2-gov-1", "vpc.aliyuncs.com"),
    ("ap-northeast-2-pop", "vpc.aliyuncs.com"),
    ("cn-beijing-finance-pop", "vpc.aliyuncs.com"),
    ("cn-beijing-gov-1", "vpc.aliyuncs.com"),
    ("cn-beijing-nu16-b01", "vpc.aliyuncs.com"),
    ("cn-edge-1", "vpc-nebula.cn-qingdao-nebula.aliyuncs.com"),
    ("cn-fujian", "vpc.aliyuncs.com"),
    ("cn-haidian-cm12-c01", "vpc.aliyuncs.com"),
    ("cn-hangzhou-bj-b01", "vpc.aliyuncs.com"),
    ("cn-hangzhou-finance", "vpc.aliyuncs.com"),
    ("cn-hangzhou-internal-prod-1", "vpc.aliyuncs.com"),
    (
        "cn-hangzhou-internal-test-1",
        "vpc-pre.cn-hangzhou.aliyuncs.com",
    ),
    (
        "cn-hangzhou-internal-test-2",
        "vpc-inner-pre.cn-hangzhou.aliyuncs.com",
    ),
    (
        "cn-hangzhou-internal-test-3",
        "vpc-pre.cn-hangzhou.aliyuncs.com",
    ),
    ("cn-hangzhou-test-306", "vpc-pre.cn-hangzhou.aliyuncs.com"),
    ("cn-hongkong-finance-pop", "vpc.aliyuncs.com"),
    (
        "cn-huhehaote-nebula-1",
        "vpc-nebula.cn-qingdao-nebula.aliyuncs.com",
    ),
    (
        "cn-qingdao-nebula",
        "vpc-nebula.cn-qingdao-nebula.aliyuncs.com",
    ),
    ("cn-shanghai-et15-b01", "vpc-pre.cn-hangzhou.aliyuncs.com"),
    ("cn-shanghai-et2-b01", "vpc.aliyuncs.com"),
    ("cn-shanghai-inner", "vpc.aliyuncs.com"),
    (
        "cn-shanghai-internal-test-1",
        "vpc-pre.cn-hangzhou.aliyuncs.com",
    ),
    ("cn-shenzhen-inner", "vpc.aliyuncs.com"),
    ("cn-shenzhen-st4-d01", "vpc.aliyuncs.com"),
    ("cn-shenzhen-su18-b01", "vpc.aliyuncs.com"),
    ("cn-wuhan", "vpc.aliyuncs.com"),
    ("cn-yushanfang", "vpc.aliyuncs.com"),
    ("cn-zhangbei", "vpc.aliyuncs.com"),
    ("cn-zhangbei-na61-b01", "vpc.aliyuncs.com"),
    ("cn-zhangjiakou-na62-a01", "vpc.cn-zhangjiakou.aliyuncs.com"),
    (
        "cn-zhengzhou-nebula-1",
        "vpc-nebula.cn-qingdao-nebula.aliyuncs.com",
    ),
    (
        "eu-west-1-oxs",
        "vpc-nebula.cn-shenzhen-cloudstone.aliyuncs.com",
    ),
    ("rus-west-1-pop", "vpc.aliyuncs.com"),
];

/// The host the SDK talks to when no endpoint is given for `region_id`, over the public network
/// or, with `network` (`vpc` for calls from inside a VPC, say), over that one: a region of the
/// map keeps its host whatever the network, as in the official SDKs.
///
/// ```
/// use vpncert::endpoint::default_host;
/// assert_eq!(default_host("cn-hangzhou", None), "vpc.aliyuncs.com");
/// assert_eq!(default_host("eu-central-1", None), "vpc.eu-central-1.aliyuncs.com");
/// assert_eq!(default_host("eu-central-1", Some("vpc")), "vpc-vpc.eu-central-1.aliyuncs.com");
/// ```
pub fn default_host(region_id: &str, network: Option<&str>) -> String {
    if let Some((_, host)) = ENDPOINT_MAP.iter().find(|(r, _)| *r == region_id) {
        return (*host).to_owned();
    }
    match network.filter(|n| !n.is_empty() && *n != "public") {
        Some(n) => format!("vpc-{n}.{region_id}.aliyuncs.com"),
        None => format!("vpc.{region_id}.aliyuncs.com"),
    }
}

/// A DNS host name or dotted IPv4 address: labels of ASCII letters, digits, `-` and `_`.
fn is_host_name(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host.trim_end_matches('.').split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// A parsed endpoint: `scheme://authority`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// `http` or `https`.
    pub scheme: String,
    /// Host and, when given, port: the `Host` header and the V3 signed `host`.
    pub authority: String,
    host: String,
}

impl Endpoint {
    /// Parses `https://host[:port]`, `http://127.0.0.1:8080` or a bare `host[:port]` (HTTPS).
    /// Plain HTTP is accepted only for loopback addresses, where nothing crosses a network.
    ///
    /// The URL parser decides what the host is, and anything beyond `scheme://host[:port]/`
    /// (user information, a path, a query) is refused: each of those would make the signed
    /// request go somewhere other than where the text seems to point. Messages never repeat
    /// user information.
    pub fn parse(s: &str) -> Result<Self, Error> {
        let s = s.trim();
        let shown = crate::redact::url(s);
        let no_scheme = !s.contains("://");
        let with_scheme = if no_scheme {
            format!("https://{s}")
        } else {
            s.to_owned()
        };
        let uri: ureq::http::Uri = with_scheme.parse().map_err(|_| {
            Error::invalid(
                "endpoint",
                format!("expected scheme://host[:port], got {shown:?}"),
            )
        })?;
        let scheme = uri
            .scheme_str()
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        if scheme != "http" && scheme != "https" {
            return Err(Error::invalid(
                "endpoint",
                format!("scheme must be http or https, not {scheme:?}"),
            ));
        }
        let authority = uri
            .authority()
            .ok_or_else(|| Error::invalid("endpoint", format!("missing host in {shown:?}")))?;
        if authority.as_str().contains('@') {
            return Err(Error::invalid(
                "endpoint",
                format!("must not carry user information: {shown:?}"),
            ));
        }
        let path_is_root = matches!(uri.path(), "" | "/");
        if !path_is_root || uri.query().is_some() || s.contains('#') {
            return Err(Error::invalid(
                "endpoint",
                format!("expected scheme://host[:port], got {shown:?}"),
            ));
        }
        let host = authority.host();
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        let host_ok = if host.starts_with('[') {
            bare.parse::<std::net::Ipv6Addr>().is_ok()
        } else {
            is_host_name(host)
        };
        if !host_ok {
            return Err(Error::invalid(
                "endpoint",
                format!("{host:?} is not a host name or IP address"),
            ));
        }
        // `Authority::port` hides a port that does not parse; read what follows the host.
        if let Some(port) = authority.as_str()[host.len()..].strip_prefix(':') {
            if port.parse::<u16>().map_or(true, |n| n == 0) {
                return Err(Error::invalid("endpoint", format!("bad port {port:?}")));
            }
        }
        let ep = Endpoint {
            scheme,
            authority: authority.as_str().to_ascii_lowercase(),
            host: bare.to_ascii_lowercase(),
        };
        if no_scheme && ep.is_loopback() {
            // A local emulator speaks plain http; guessing https would fail with a TLS error
            // that says nothing about the scheme.
            return Err(Error::invalid(
                "endpoint",
                format!(
                    "{shown:?} has no scheme: write http://{} for a local emulator (https:// for a TLS one)",
                    ep.authority
                ),
            ));
        }
        if ep.scheme == "http" && !ep.is_loopback() {
            return Err(Error::invalid(
                "endpoint",
                "plain http is allowed only for loopback addresses; use https",
            ));
        }
        Ok(ep)
    }

    /// The endpoint for a region (over `network` when given) when none is given explicitly.
    /// The region and network are checked first
    /// (lower-case letters, digits and `-` only), and the host made from it goes through the
    /// same parser as an explicit endpoint, which must find exactly that host.
    pub fn for_region(region_id: &str, network: Option<&str>) -> Result<Self, Error> {
        crate::validate::region_id("RegionId", region_id)?;
        if let Some(n) = network {
            crate::validate::region_id("network", n)?;
        }
        let host = default_host(region_id, network);
        let ep = Endpoint::parse(&format!("https://{host}"))?;
        if ep.host != host {
            return Err(Error::invalid(
                "RegionId",
                format!("makes the endpoint host {:?}, not {host:?}", ep.host),
            ));
        }
        Ok(ep)
    }

    /// Whether the host is a loopback address.
    pub fn is_loopback(&self) -> bool {
        self.host == "localhost"
            || self
                .host
                .parse::<std::net::IpAddr>()
                .map(|ip| ip.is_loopback())
                .unwrap_or(false)
    }

    /// `scheme://authority/`.
    pub fn base_url(&self) -> String {
        format!("{}://{}/", self.scheme, self.authority)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_and_fallback() {
        assert_eq!(default_host("cn-hangzhou", None), "vpc.aliyuncs.com");
        assert_eq!(
            default_host("cn-qingdao-nebula", None),
            "vpc-nebula.cn-qingdao-nebula.aliyuncs.com"
        );
        assert_eq!(
            default_host("cn-edge-1", None),
            "vpc-nebula.cn-qingdao-nebula.aliyuncs.com"
        );
        assert_eq!(
            default_host("cn-zhangjiakou-na62-a01", None),
            "vpc.cn-zhangjiakou.aliyuncs.com"
        );
        assert_eq!(
            default_host("ap-southeast-1", None),
            "vpc.ap-southeast-1.aliyuncs.com"
        );
        assert_eq!(
            Endpoint::for_region("us-west-1", None).unwrap().base_url(),
            "https://vpc.us-west-1.aliyuncs.com/"
        );
        // Not in the official map: its own regional host, and no nebula guess for the rest.
        assert_eq!(
            default_host("cn-beijing-finance-1", None),
            "vpc.cn-beijing-finance-1.aliyuncs.com"
        );
        assert_eq!(
            default_host("cn-other-nebula", None),
            "vpc.cn-other-nebula.aliyuncs.com"
        );
        assert_eq!(ENDPOINT_MAP.len(), 36);
    }

    #[test]
    fn a_network_changes_unmapped_hosts_only() {
        assert_eq!(
            default_host("cn-shanghai", Some("vpc")),
            "vpc-vpc.cn-shanghai.aliyuncs.com"
        );
        assert_eq!(
            default_host("ap-southeast-1", Some("share")),
            "vpc-share.ap-southeast-1.aliyuncs.com"
        );
        assert_eq!(default_host("cn-hangzhou", Some("vpc")), "vpc.aliyuncs.com");
        assert_eq!(
            default_host("cn-shanghai", Some("public")),
            "vpc.cn-shanghai.aliyuncs.com"
        );
        assert!(matches!(
            Endpoint::for_region("cn-shanghai", Some("x.evil.com/")),
            Err(Error::InvalidInput { ref parameter, .. }) if parameter == "network"
        ));
    }

    #[test]
    fn regions_cannot_redirect_the_endpoint() {
        for bad in [
            "x@127.0.0.1:45443/",
            "x.127.0.0.1.nip.io#",
            "cn-hangzhou.evil.example",
            "a/b",
            "a?b",
            "A",
        ] {
            assert!(
                matches!(Endpoint::for_region(bad, None), Err(Error::InvalidInput { ref parameter, .. }) if parameter == "RegionId"),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_loopback_endpoint_without_a_scheme_says_which_to_write() {
        for bare in ["127.0.0.1:8080", "localhost:1", "[::1]:9"] {
            match Endpoint::parse(bare) {
                Err(Error::InvalidInput { parameter, reason }) => {
                    assert_eq!(parameter, "endpoint");
                    assert!(reason.contains("http://"), "{reason}");
                }
                other => panic!("{bare}: {other:?}"),
            }
        }
        assert_eq!(
            Endpoint::parse("vpc.aliyuncs.com").unwrap().base_url(),
            "https://vpc.aliyuncs.com/"
        );
    }

    #[test]
    fn errors_never_repeat_user_information() {
        for bad in [
            "https://user:hunter2@h/x",
            "ftp://user:hunter2@h",
            "user:hunter2@h/p",
        ] {
            let e = Endpoint::parse(bad).unwrap_err().to_string();
            assert!(!e.contains("hunter2"), "{bad}: {e}");
        }
    }

    #[test]
    fn parsing() {
        let e = Endpoint::parse("http://127.0.0.1:8080").unwrap();
        assert_eq!(
            (e.scheme.as_str(), e.authority.as_str()),
            ("http", "127.0.0.1:8080")
        );
        assert_eq!(e.base_url(), "http://127.0.0.1:8080/");
        assert!(Endpoint::parse("http://localhost:1/").is_ok());
        assert!(Endpoint::parse("http://[::1]:9000").is_ok());
        assert_eq!(
            Endpoint::parse("vpc.aliyuncs.com").unwrap().base_url(),
            "https://vpc.aliyuncs.com/"
        );
        for bad in [
            "http://vpc.aliyuncs.com",
            "ftp://x",
            "https://",
            "https://a b",
            "https://h:99999",
            "https://u@h",
            "https://u:p@h",
            "https://h/path",
            "https://h/?q=1",
            "https://h#frag",
            "https://h:0",
            "https://bad host",
            "https://[::1",
            "https://exa mple.com",
            "https://ex%41mple.com",
        ] {
            assert!(
                matches!(Endpoint::parse(bad), Err(Error::InvalidInput { ref parameter, .. }) if parameter == "endpoint"),
                "{bad}"
            );
        }
    }
}
