//! Name resolution for the shared agent: IP literals are used as they are, and host names are
//! looked up once and remembered for a short while.
//!
//! ureq's default resolver enforces its timeout by starting a thread for every lookup, and it
//! looks up the host of every request, pooled connection or not: a thread per call. The VPC
//! endpoint's addresses do not change from one call to the next, so a lookup is shared by the
//! calls of the next [`TTL`].

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

/// How long a looked-up address list is reused.
pub(crate) const TTL: Duration = Duration::from_secs(30);

/// Bounds the cache for clients that talk to many hosts (proxies, custom endpoints).
const MAX_HOSTS: usize = 64;

#[derive(Debug, Default)]
pub(crate) struct CachingResolver {
    lookup: DefaultResolver,
    cache: Mutex<HashMap<String, (Instant, ResolvedSocketAddrs)>>,
}

fn default_port(uri: &Uri) -> Option<u16> {
    match uri.scheme_str() {
        Some("https") => Some(443),
        Some("http") => Some(80),
        _ => None,
    }
}

impl Resolver for CachingResolver {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let Some(authority) = uri.authority() else {
            return self.lookup.resolve(uri, config, timeout);
        };
        let Some(port) = authority.port_u16().or_else(|| default_port(uri)) else {
            return self.lookup.resolve(uri, config, timeout);
        };
        let host = authority.host();
        let literal = host
            .strip_prefix('[')
            .and_then(|h| h.strip_suffix(']'))
            .unwrap_or(host);
        if let Ok(ip) = literal.parse::<IpAddr>() {
            let mut out = self.empty();
            out.push(SocketAddr::new(ip, port));
            return Ok(out);
        }
        let key = format!("{}:{port}", host.to_ascii_lowercase());
        let now = Instant::now();
        if let Ok(cache) = self.cache.lock() {
            if let Some((at, addrs)) = cache.get(&key) {
                if now.saturating_duration_since(*at) < TTL {
                    return Ok(addrs.clone());
                }
            }
        }
        let addrs = self.lookup.resolve(uri, config, timeout)?;
        if let Ok(mut cache) = self.cache.lock() {
            if cache.len() >= MAX_HOSTS {
                cache.retain(|_, (at, _)| now.saturating_duration_since(*at) < TTL);
                if cache.len() >= MAX_HOSTS {
                    cache.clear();
                }
            }
            cache.insert(key, (now, addrs.clone()));
        }
        Ok(addrs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ureq::unversioned::transport::time::Duration as UreqDuration;

    fn timeout() -> NextTimeout {
        NextTimeout {
            after: UreqDuration::NotHappening,
            reason: ureq::Timeout::Global,
            ..NextTimeout::default()
        }
    }

    #[test]
    fn literals_need_no_lookup() {
        let r = CachingResolver::default();
        let cfg = Config::default();
        for (url, want) in [
            ("http://127.0.0.1:8080/", "127.0.0.1:8080"),
            ("https://127.0.0.1/", "127.0.0.1:443"),
            ("http://[::1]:9000/", "[::1]:9000"),
        ] {
            let uri: Uri = url.parse().unwrap();
            let got = r.resolve(&uri, &cfg, timeout()).unwrap();
            assert_eq!(
                got.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
                [want]
            );
        }
        assert!(r.cache.lock().unwrap().is_empty());
    }

    #[test]
    fn names_are_looked_up_once_per_ttl() {
        let r = CachingResolver::default();
        let cfg = Config::default();
        let uri: Uri = "http://localhost:8080/".parse().unwrap();
        let first = r.resolve(&uri, &cfg, timeout()).unwrap();
        assert!(!first.is_empty());
        assert_eq!(r.cache.lock().unwrap().len(), 1);
        // A planted answer is served from the cache: no second lookup.
        let planted: SocketAddr = "127.0.0.9:8080".parse().unwrap();
        let mut addrs = r.empty();
        addrs.push(planted);
        r.cache
            .lock()
            .unwrap()
            .insert("localhost:8080".into(), (Instant::now(), addrs));
        assert_eq!(
            r.resolve(&uri, &cfg, timeout()).unwrap().to_vec(),
            vec![planted]
        );
        // Past the TTL it is looked up again.
        let stale = Instant::now() - TTL - Duration::from_secs(1);
        r.cache.lock().unwrap().get_mut("localhost:8080").unwrap().0 = stale;
        assert_ne!(
            r.resolve(&uri, &cfg, timeout()).unwrap().to_vec(),
            vec![planted]
        );
    }
}
