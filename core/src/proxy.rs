//! Which proxy, if any, a request to a given host goes through.
//!
//! `ureq::Proxy::try_from_env` is close but not what users of the official tools expect: it
//! prefers `ALL_PROXY` over `HTTPS_PROXY`, does not trim `NO_PROXY` entries (so
//! `NO_PROXY="a.com, b.com"` never matches `b.com`), treats `example.com` as that host only
//! (curl and Go also match its subdomains), and knows neither ports nor CIDR blocks. The SDK
//! talks to one host per agent, so it decides here, once per host, and hands ureq either a proxy
//! or none.
//!
//! Rules: an explicit proxy always wins. Otherwise an `https` target uses `HTTPS_PROXY`,
//! `https_proxy`, `HTTP_PROXY`, `http_proxy` (the first that is set), an `http` target
//! `HTTP_PROXY`, `http_proxy`; `NO_PROXY` (else `no_proxy`) then exempts the host when an entry
//! matches: `*` (everything), a domain (itself and its subdomains; a leading `.` or `*.` is
//! ignored), an IP address, a CIDR block such as `10.0.0.0/8`, each optionally with `:port`.

use std::net::IpAddr;

use crate::credentials::Environment;
use crate::Error;

const HTTPS_VARS: [&str; 4] = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];
const HTTP_VARS: [&str; 2] = ["HTTP_PROXY", "http_proxy"];

/// The proxy schemes requests can go through: HTTP CONNECT proxies and SOCKS.
const SCHEMES: [&str; 7] = [
    "http", "https", "socks", "socks4", "socks4a", "socks5", "socks5h",
];

/// The proxy for requests to `scheme://authority`: `explicit` when given, else the environment's
/// proxy unless the host is a loopback address (a proxy elsewhere cannot reach this machine's
/// loopback, and plain-http requests to it carry the STS token in cleartext) or `NO_PROXY`
/// exempts it. The error names the variable, never its value (proxy URLs may carry a password).
pub(crate) fn select(
    env: &Environment,
    explicit: Option<&str>,
    scheme: &str,
    authority: &str,
) -> Result<Option<ureq::Proxy>, Error> {
    if let Some(url) = explicit {
        return parse("proxy", url).map(Some);
    }
    let (host, port) = split_host_port(authority);
    if is_loopback(host) {
        return Ok(None);
    }
    let names: &[&str] = if scheme.eq_ignore_ascii_case("https") {
        &HTTPS_VARS
    } else {
        &HTTP_VARS
    };
    let Some((name, url)) = names.iter().find_map(|n| env.var(n).map(|v| (*n, v))) else {
        return Ok(None);
    };
    let default_port = if scheme.eq_ignore_ascii_case("https") {
        443
    } else {
        80
    };
    let port = port.unwrap_or(default_port);
    if let Some(list) = env.var("NO_PROXY").or_else(|| env.var("no_proxy")) {
        if NoProxy::parse(&list).matches(host, port) {
            log::debug!("{host}:{port} is in NO_PROXY; connecting directly");
            return Ok(None);
        }
    }
    let proxy = parse(name, &url)?;
    log::debug!("{host}:{port} goes through the proxy from {name}");
    Ok(Some(proxy))
}

/// A proxy URL, refused with an error naming `source` (the variable or option) when its scheme
/// is not one requests can go through.
fn parse(source: &str, url: &str) -> Result<ureq::Proxy, Error> {
    let scheme = url
        .split_once("://")
        .map_or("http", |(s, _)| s)
        .to_ascii_lowercase();
    if !SCHEMES.contains(&scheme.as_str()) {
        return Err(Error::invalid(
            source,
            format!(
                "proxy scheme {scheme:?} is not supported (use http://, https://, socks4://, \
                 socks4a://, socks5:// or socks5h://)"
            ),
        ));
    }
    ureq::Proxy::new(url).map_err(|_| Error::invalid(source, "not a valid proxy URL"))
}

/// Whether a host (name or address, IPv6 without brackets) is this machine's loopback.
fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<IpAddr>()
            .map(|ip| ip.is_loopback())
            .unwrap_or(false)
}

/// A proxy URL fit for `Debug` output and logs: any `user:password@` is replaced by `***@`.
pub(crate) fn redact(url: &str) -> String {
    crate::redact::url(url)
}

/// `host[:port]` or `[v6][:port]` into the bare host and the port, if any.
fn split_host_port(s: &str) -> (&str, Option<u16>) {
    if let Some(rest) = s.strip_prefix('[') {
        if let Some((host, after)) = rest.split_once(']') {
            let port = after.strip_prefix(':').and_then(|p| p.parse().ok());
            return (host, port);
        }
        return (s, None);
    }
    match s.rsplit_once(':') {
        // One colon: host and port. More: a bare IPv6 address.
        Some((host, port)) if !host.contains(':') => match port.parse() {
            Ok(p) => (host, Some(p)),
            Err(_) => (s, None),
        },
        _ => (s, None),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Entry {
    All,
    Domain {
        name: String,
        port: Option<u16>,
    },
    Net {
        addr: IpAddr,
        prefix: u8,
        port: Option<u16>,
    },
}

/// A parsed `NO_PROXY` list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct NoProxy {
    entries: Vec<Entry>,
}

impl NoProxy {
    /// Parses a comma- (or space-) separated list; entries that mean nothing are skipped.
    pub(crate) fn parse(list: &str) -> Self {
        let entries = list
            .split([',', ' ', '\t'])
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .filter_map(parse_entry)
            .collect();
        NoProxy { entries }
    }

    /// Whether a request to `host:port` bypasses the proxy.
    pub(crate) fn matches(&self, host: &str, port: u16) -> bool {
        let host = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .trim_end_matches('.')
            .to_ascii_lowercase();
        let ip = host.parse::<IpAddr>().ok();
        self.entries.iter().any(|e| match e {
            Entry::All => true,
            Entry::Domain { name, port: p } => {
                p.is_none_or(|p| p == port)
                    && (host == *name
                        || (host.len() > name.len()
                            && host.ends_with(name.as_str())
                            && host.as_bytes()[host.len() - name.len() - 1] == b'.'))
            }
            Entry::Net {
                addr,
                prefix,
                port: p,
            } => p.is_none_or(|p| p == port) && ip.is_some_and(|ip| in_net(ip, *addr, *prefix)),
        })
    }
}

fn parse_entry(e: &str) -> Option<Entry> {
    if e == "*" {
        return Some(Entry::All);
    }
    if let Some((addr, bits)) = e.split_once('/') {
        let addr: IpAddr = addr
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse()
            .ok()?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix: u8 = bits.parse().ok().filter(|b| *b <= max)?;
        return Some(Entry::Net {
            addr,
            prefix,
            port: None,
        });
    }
    let (host, port) = split_host_port(e);
    if let Ok(addr) = host.parse::<IpAddr>() {
        let prefix = if addr.is_ipv4() { 32 } else { 128 };
        return Some(Entry::Net { addr, prefix, port });
    }
    let name = host
        .trim_start_matches('*')
        .trim_start_matches('.')
        .trim_end_matches('.')
        .to_ascii_lowercase();
    if name.is_empty() {
        return None;
    }
    Some(Entry::Domain { name, port })
}

fn in_net(ip: IpAddr, net: IpAddr, prefix: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(b)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0);
            u32::from(a) & mask == u32::from(b) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(b)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0);
            u128::from(a) & mask == u128::from(b) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)]) -> Environment {
        vars.iter()
            .fold(Environment::empty(), |e, (k, v)| e.with_var(*k, *v))
    }

    fn via(env: &Environment, scheme: &str, authority: &str) -> Option<String> {
        select(env, None, scheme, authority)
            .unwrap()
            .map(|p| format!("{}:{}", p.host(), p.port()))
    }

    #[test]
    fn no_proxy_matching() {
        let np = NoProxy::parse(" example.com , .internal.test,*.corp.test localhost:8080, 10.0.0.0/8,[::1], 192.168.1.7:443");
        let cases = [
            ("example.com", 443, true),
            ("vpc.example.com", 443, true),
            ("EXAMPLE.COM.", 443, true),
            ("notexample.com", 443, false),
            ("internal.test", 443, true),
            ("a.b.internal.test", 443, true),
            ("x.corp.test", 443, true),
            ("localhost", 8080, true),
            ("localhost", 8081, false),
            ("10.1.2.3", 443, true),
            ("11.1.2.3", 443, false),
            ("[::1]", 443, true),
            ("::1", 80, true),
            ("::2", 80, false),
            ("192.168.1.7", 443, true),
            ("192.168.1.7", 80, false),
            ("vpc.aliyuncs.com", 443, false),
        ];
        for (host, port, want) in cases {
            assert_eq!(np.matches(host, port), want, "{host}:{port}");
        }
        assert!(NoProxy::parse("*").matches("anything", 1));
        assert!(!NoProxy::parse("").matches("anything", 1));
        assert!(NoProxy::parse("aliyuncs.com").matches("vpc.cn-shanghai.aliyuncs.com", 443));
        assert!(NoProxy::parse("0.0.0.0/0").matches("8.8.8.8", 443));
        assert!(!NoProxy::parse("10.0.0.0/33,bad/x").matches("10.0.0.1", 443));
    }

    #[test]
    fn variables_by_scheme_and_precedence() {
        let e = env(&[("HTTPS_PROXY", "http://s:1"), ("HTTP_PROXY", "http://p:2")]);
        assert_eq!(via(&e, "https", "vpc.aliyuncs.com").as_deref(), Some("s:1"));
        assert_eq!(via(&e, "http", "10.1.2.3:80").as_deref(), Some("p:2"));
        let e = env(&[("https_proxy", "http://lower:3")]);
        assert_eq!(
            via(&e, "https", "vpc.aliyuncs.com").as_deref(),
            Some("lower:3")
        );
        assert_eq!(via(&e, "http", "10.1.2.3:80"), None);
        let e = env(&[("HTTP_PROXY", "http://p:2")]);
        assert_eq!(via(&e, "https", "vpc.aliyuncs.com").as_deref(), Some("p:2"));
        // ALL_PROXY is not one of the variables the official tools read.
        let e = env(&[("ALL_PROXY", "http://all:4")]);
        assert_eq!(via(&e, "https", "vpc.aliyuncs.com"), None);
    }

    #[test]
    fn no_proxy_exempts_and_lowercase_is_read() {
        let e = env(&[
            ("HTTPS_PROXY", "http://s:1"),
            ("NO_PROXY", "example.com, aliyuncs.com"),
        ]);
        assert_eq!(via(&e, "https", "vpc.aliyuncs.com"), None);
        assert_eq!(via(&e, "https", "sts.aliyun.com").as_deref(), Some("s:1"));
        let e = env(&[
            ("HTTPS_PROXY", "http://s:1"),
            ("no_proxy", "vpc.aliyuncs.com"),
        ]);
        assert_eq!(via(&e, "https", "vpc.aliyuncs.com:443"), None);
        assert_eq!(via(&e, "https", "vpc.aliyuncs.com:8443"), None);
    }

    #[test]
    fn explicit_wins_and_bad_urls_name_the_variable_only() {
        let e = env(&[("HTTPS_PROXY", "http://s:1"), ("NO_PROXY", "*")]);
        let p = select(&e, Some("http://explicit:9"), "https", "vpc.aliyuncs.com")
            .unwrap()
            .unwrap();
        assert_eq!((p.host(), p.port()), ("explicit", 9));
        let e = env(&[("HTTPS_PROXY", "bogus://user:hunter2@x")]);
        let err = select(&e, None, "https", "vpc.aliyuncs.com").unwrap_err();
        let shown = err.to_string();
        assert!(shown.contains("HTTPS_PROXY"), "{shown}");
        assert!(!shown.contains("hunter2"), "{shown}");
    }

    #[test]
    fn loopback_hosts_never_take_a_proxy_from_the_environment() {
        let e = env(&[("HTTPS_PROXY", "http://s:1"), ("HTTP_PROXY", "http://p:2")]);
        for authority in [
            "127.0.0.1:8080",
            "localhost:1",
            "[::1]:9",
            "127.9.9.9",
            "LOCALHOST",
        ] {
            for scheme in ["http", "https"] {
                assert_eq!(via(&e, scheme, authority), None, "{scheme}://{authority}");
            }
        }
        let p = select(&e, Some("http://explicit:9"), "http", "127.0.0.1:8080")
            .unwrap()
            .unwrap();
        assert_eq!((p.host(), p.port()), ("explicit", 9));
    }

    #[test]
    fn socks_is_accepted_and_unknown_schemes_are_refused_by_name() {
        for url in [
            "socks5h://127.0.0.1:1080",
            "socks5://h:1",
            "socks4a://h:1",
            "socks4://h:1",
        ] {
            let e = env(&[("HTTPS_PROXY", url)]);
            let p = select(&e, None, "https", "vpc.aliyuncs.com")
                .unwrap()
                .unwrap();
            assert!(format!("{:?}", p.protocol()).starts_with("Socks"), "{url}");
        }
        for url in ["ftp://h:1", "socks6://h:1", "quic://h:1"] {
            let e = env(&[("HTTPS_PROXY", url)]);
            let err = select(&e, None, "https", "vpc.aliyuncs.com").unwrap_err();
            assert!(
                matches!(&err, Error::InvalidInput { parameter, .. } if parameter == "HTTPS_PROXY"),
                "{url}: {err}"
            );
            let err = select(&e, Some(url), "https", "vpc.aliyuncs.com").unwrap_err();
            assert!(
                matches!(&err, Error::InvalidInput { parameter, .. } if parameter == "proxy"),
                "{url}: {err}"
            );
        }
    }

    #[test]
    fn redaction_hides_user_info_only() {
        assert_eq!(
            redact("http://u:p%40ss@proxy:3128"),
            "http://***@proxy:3128"
        );
        assert_eq!(redact("user:pw@proxy:1"), "***@proxy:1");
        assert_eq!(redact("http://proxy:3128"), "http://proxy:3128");
    }

    #[test]
    fn host_port_split() {
        assert_eq!(split_host_port("a.com:8080"), ("a.com", Some(8080)));
        assert_eq!(split_host_port("a.com"), ("a.com", None));
        assert_eq!(split_host_port("[::1]:9"), ("::1", Some(9)));
        assert_eq!(split_host_port("::1"), ("::1", None));
    }
}
