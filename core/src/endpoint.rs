//! Where requests go: an explicit endpoint, the official map, or `vpc.<region>.aliyuncs.com`.

use crate::Error;

/// The regions whose endpoint is not `vpc.<region>.aliyuncs.com` (the official SDKs' map,
/// the entries users meet; the central endpoint routes by `RegionId`).
const ENDPOINT_MAP: &[(&str, &str)] = &[
    ("cn-hangzhou", "vpc.aliyuncs.com"),
    ("cn-hangzhou-finance", "vpc.aliyuncs.com"),
    ("cn-shanghai-finance-1", "vpc.aliyuncs.com"),
    ("cn-shenzhen-finance-1", "vpc.aliyuncs.com"),
    ("cn-beijing-finance-1", "vpc.aliyuncs.com"),
    ("cn-north-2-gov-1", "vpc.aliyuncs.com"),
    ("cn-edge-1", "vpc-nebula.cn-qingdao-nebula.aliyuncs.com"),
    ("cn-zhangjiakou-na62-a01", "vpc.cn-zhangjiakou.aliyuncs.com"),
];

/// The host the SDK talks to when no endpoint is given for `region_id`.
///
/// ```
/// assert_eq!(vpncert::endpoint::default_host("cn-hangzhou"), "vpc.aliyuncs.com");
/// assert_eq!(vpncert::endpoint::default_host("eu-central-1"), "vpc.eu-central-1.aliyuncs.com");
/// ```
pub fn default_host(region_id: &str) -> String {
    if let Some((_, host)) = ENDPOINT_MAP.iter().find(|(r, _)| *r == region_id) {
        return (*host).to_owned();
    }
    if region_id.ends_with("-nebula") || region_id.contains("-nebula-") {
        return "vpc-nebula.cn-qingdao-nebula.aliyuncs.com".to_owned();
    }
    format!("vpc.{region_id}.aliyuncs.com")
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
    pub fn parse(s: &str) -> Result<Self, Error> {
        let s = s.trim();
        let (scheme, rest) = match s.split_once("://") {
            Some((scheme, rest)) => (scheme.to_ascii_lowercase(), rest),
            None => ("https".to_owned(), s),
        };
        if scheme != "http" && scheme != "https" {
            return Err(Error::invalid(
                "endpoint",
                format!("scheme must be http or https, not {scheme:?}"),
            ));
        }
        let authority = rest.trim_end_matches('/');
        if authority.is_empty() || authority.contains(['/', '?', '#', '@', ' ']) {
            return Err(Error::invalid(
                "endpoint",
                format!("expected scheme://host[:port], got {s:?}"),
            ));
        }
        let host = if let Some(v6) = authority.strip_prefix('[') {
            let end = v6
                .find(']')
                .ok_or_else(|| Error::invalid("endpoint", "unclosed IPv6 bracket"))?;
            &v6[..end]
        } else {
            let (host, port) = match authority.rsplit_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (authority, None),
            };
            if let Some(p) = port {
                if p.parse::<u16>().is_err() {
                    return Err(Error::invalid("endpoint", format!("bad port {p:?}")));
                }
            }
            host
        };
        if host.is_empty() {
            return Err(Error::invalid("endpoint", "missing host"));
        }
        let ep = Endpoint {
            scheme,
            authority: authority.to_owned(),
            host: host.to_ascii_lowercase(),
        };
        if ep.scheme == "http" && !ep.is_loopback() {
            return Err(Error::invalid(
                "endpoint",
                "plain http is allowed only for loopback addresses; use https",
            ));
        }
        Ok(ep)
    }

    /// The endpoint for a region when none is given explicitly.
    pub fn for_region(region_id: &str) -> Self {
        let host = default_host(region_id);
        Endpoint {
            scheme: "https".into(),
            authority: host.clone(),
            host,
        }
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
        assert_eq!(default_host("cn-hangzhou"), "vpc.aliyuncs.com");
        assert_eq!(
            default_host("cn-qingdao-nebula"),
            "vpc-nebula.cn-qingdao-nebula.aliyuncs.com"
        );
        assert_eq!(
            default_host("cn-edge-1"),
            "vpc-nebula.cn-qingdao-nebula.aliyuncs.com"
        );
        assert_eq!(
            default_host("cn-zhangjiakou-na62-a01"),
            "vpc.cn-zhangjiakou.aliyuncs.com"
        );
        assert_eq!(
            default_host("ap-southeast-1"),
            "vpc.ap-southeast-1.aliyuncs.com"
        );
        assert_eq!(
            Endpoint::for_region("us-west-1").base_url(),
            "https://vpc.us-west-1.aliyuncs.com/"
        );
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
        ] {
            assert!(
                matches!(Endpoint::parse(bad), Err(Error::InvalidInput { ref parameter, .. }) if parameter == "endpoint"),
                "{bad}"
            );
        }
    }
}
