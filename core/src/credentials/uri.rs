//! Temporary credentials from a credentials URI: an HTTP endpoint, usually a local agent or a
//! sidecar, that hands out STS credentials to whoever may reach it.
//!
//! The endpoint answers a plain `GET` of the URI with JSON:
//!
//! ```json
//! {"Code": "Success", "AccessKeyId": "STS.…", "AccessKeySecret": "…",
//!  "SecurityToken": "…", "Expiration": "2026-01-01T08:00:00Z"}
//! ```
//!
//! Only a 2xx answer whose `Code` is `Success` and which carries all four fields is used; any
//! other status or `Code` is a refusal, reported with the status, the `Code` and the `Message`
//! when the body has them. The credentials are cached and fetched again a few minutes before
//! `Expiration`, once for all threads.
//!
//! Where the URI comes from:
//! - `ALIBABA_CLOUD_CREDENTIALS_URI`, [`CredentialsUriEnvProvider`]: the last source of the
//!   [`DefaultChain`](super::DefaultChain), after the ECS metadata service, as in the official
//!   credential libraries;
//! - an aliyun CLI profile with `"mode": "CredentialsURI"` and `credentials_uri` (an empty
//!   `credentials_uri` falls back to the variable, as the CLI does).
//!
//! The official libraries read no credentials URI from the INI file
//! `~/.alibabacloud/credentials`, so neither does this SDK.
//!
//! The URI may be `http` (an agent on the same host or pod) or `https`, whose certificate is
//! verified like every other (with the client's CA bundle when one is set). A `user:password@`
//! in the URI is sent as HTTP Basic authentication, as curl and Go's HTTP client do; a query
//! string is sent as given. Either may hold a token, so messages and `Debug` show the URI only
//! as scheme, host, port and path, and text taken from an answer is cleared of them (and of any
//! secret the answer carries) before it appears in a message. A loopback URI is always reached
//! directly; any other goes through the proxy the settings choose, like STS.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use serde_json::Value;

use super::cache::SessionCache;
use super::http::{self, Method};
use super::ram_role_arn::strip_prefix;
use super::{ChainConfig, Credentials, CredentialsProvider, Memo, Secret};
use crate::sign;
use crate::Error;

/// The variable naming the credentials URI.
pub const CREDENTIALS_URI_VAR: &str = "ALIBABA_CLOUD_CREDENTIALS_URI";

/// How long connecting to the credentials URI may take (the official libraries' default).
pub const CREDENTIALS_URI_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// How long one fetch from the credentials URI may take in all (the official libraries give the
/// read 10 seconds).
pub const CREDENTIALS_URI_TIMEOUT: Duration = Duration::from_secs(10);

/// Query values shorter than this are not taken for secrets when messages are cleared (a flag
/// such as `?refresh=1` would otherwise blank every `1` of a message).
const MIN_SECRET_CHARS: usize = 6;

/// A credentials URI taken apart: what is requested, what may be shown, what must never be.
struct Target {
    /// `scheme://host[:port]/path[?query]`, without the user information.
    url: String,
    /// `scheme://host[:port]/path`: the URI as messages and `Debug` show it.
    shown: String,
    scheme: String,
    authority: String,
    loopback: bool,
    /// `Basic …` from the user information, when there is one.
    authorization: Option<Secret>,
    /// Pieces of the URI (user information, query, query values) never to repeat, longest first.
    hidden: Vec<String>,
    has_userinfo: bool,
    has_query: bool,
}

impl Target {
    /// Parses `raw`; the error says what is wrong without quoting the value, which may hold a
    /// token.
    fn parse(raw: &str) -> Result<Target, String> {
        let raw = raw.trim();
        let not_a_url =
            || "not an http or https URL (expected scheme://host[:port]/path)".to_owned();
        let (scheme, rest) = raw.split_once("://").ok_or_else(not_a_url)?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(format!(
                "scheme {} is not http or https",
                super::label(&scheme)
            ));
        }
        // A fragment is never sent.
        let rest = rest.split_once('#').map_or(rest, |(before, _)| before);
        if !rest.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(
                "the URL holds spaces, control or non-ASCII characters; percent-encode them".into(),
            );
        }
        let end = rest.find(['/', '?']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(end);
        let (userinfo, hostport) = match authority.rsplit_once('@') {
            Some((u, h)) => (Some(u), h),
            None => (None, authority),
        };
        let (host, port) = split_host_port(hostport).ok_or_else(not_a_url)?;
        if let Some(p) = port {
            if p.parse::<u16>().map_or(true, |p| p == 0) {
                return Err("the port is not a number from 1 to 65535".into());
            }
        }
        let host_ok = if let Some(v6) = host.strip_prefix('[') {
            v6.strip_suffix(']')
                .and_then(|a| a.parse::<std::net::Ipv6Addr>().ok())
                .is_some()
        } else {
            !host.is_empty()
                && host
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._".contains(&b))
        };
        if !host_ok {
            return Err("the host is not a host name or IP address".into());
        }
        let (path, query) = match tail.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (tail, None),
        };
        let path = if path.is_empty() { "/" } else { path };
        let host_lower = host.to_ascii_lowercase();
        let bare = host_lower.trim_start_matches('[').trim_end_matches(']');
        let loopback = bare == "localhost"
            || bare
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback());
        // Plain http carries the answer's secrets in cleartext: only to this machine, or to a
        // metadata address that never leaves the host's own link.
        if scheme == "http" && !loopback && !is_metadata_address(bare) {
            return Err(
                "plain http is allowed only to loopback or link-local metadata addresses; use https"
                    .into(),
            );
        }
        let authority = hostport.to_owned();
        // A path may hold a token too (`/creds/<token>`): shown only when it looks like a plain
        // path, without the characters secrets carry (`+`, `=`, `%`).
        let plain_path = path.len() <= 256
            && path
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~/".contains(&b));
        let shown = if plain_path {
            format!("{scheme}://{authority}{path}")
        } else {
            format!("{scheme}://{authority}/(a path that does not look like a plain path)")
        };
        let url = match query {
            Some(q) => format!("{scheme}://{authority}{path}?{q}"),
            None => format!("{scheme}://{authority}{path}"),
        };

        let mut hidden = Vec::new();
        let mut keep = |s: &str| {
            if !s.is_empty() && !hidden.iter().any(|h| h == s) {
                hidden.push(s.to_owned());
            }
        };
        if !plain_path {
            keep(path);
            keep(path.trim_start_matches('/'));
        }
        let authorization = userinfo.map(|u| {
            keep(u);
            let (user, password) = u.split_once(':').unwrap_or((u, ""));
            for part in [user, password] {
                if part.len() >= MIN_SECRET_CHARS {
                    keep(part);
                    keep(&percent_decode(part));
                }
            }
            let pair = format!("{}:{}", percent_decode(user), percent_decode(password));
            keep(&pair);
            let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
            keep(&encoded);
            Secret::new(format!("Basic {encoded}"))
        });
        if let Some(q) = query {
            keep(q);
            for pair in q.split('&') {
                let value = pair.split_once('=').map_or(pair, |(_, v)| v);
                if value.len() >= MIN_SECRET_CHARS {
                    keep(value);
                    keep(&percent_decode(value));
                }
            }
        }
        hidden.sort_by_key(|h| std::cmp::Reverse(h.len()));
        Ok(Target {
            url,
            shown,
            scheme,
            authority,
            loopback,
            authorization,
            hidden,
            has_userinfo: userinfo.is_some(),
            has_query: query.is_some_and(|q| !q.is_empty()),
        })
    }

    /// `text` with every hidden piece of the URI replaced, and whatever carries secrets by its
    /// shape (an echoed `Authorization` header, a URL's user information) removed.
    fn clear(&self, text: &str) -> String {
        let mut text = text.to_owned();
        for h in &self.hidden {
            if text.contains(h.as_str()) {
                text = text.replace(h.as_str(), "***");
            }
        }
        crate::redact::Scrubber::new().text(&text)
    }
}

/// Whether `host` is a link-local address (169.254.0.0/16, fe80::/10) or the ECS metadata
/// service's 100.100.100.200: addresses an agent on the host's own link answers.
fn is_metadata_address(host: &str) -> bool {
    match host.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(v4)) => {
            v4.is_link_local() || v4 == std::net::Ipv4Addr::new(100, 100, 100, 200)
        }
        Ok(std::net::IpAddr::V6(v6)) => (v6.segments()[0] & 0xffc0) == 0xfe80,
        Err(_) => false,
    }
}

/// `host[:port]` or `[v6][:port]` into host and port text; `None` when it is not shaped so.
fn split_host_port(s: &str) -> Option<(&str, Option<&str>)> {
    if s.starts_with('[') {
        let end = s.find(']')?;
        let (host, after) = s.split_at(end + 1);
        return match after {
            "" => Some((host, None)),
            a => a.strip_prefix(':').map(|p| (host, Some(p))),
        };
    }
    match s.split_once(':') {
        Some((_, p)) if p.contains(':') => None,
        Some((h, p)) => Some((h, Some(p))),
        None => Some((s, None)),
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (b[i], b.get(i + 1).copied(), b.get(i + 2).copied()) {
            (b'%', Some(h), Some(l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Temporary credentials fetched from a credentials URI, cached and fetched again before they
/// expire (once for all threads).
///
/// ```
/// use vpncert::credentials::{ChainConfig, CredentialsUriProvider};
/// let p = CredentialsUriProvider::new(
///     "http://agent:s3cr3t-pass@127.0.0.1:8400/v1/credentials?token=abcdef123456",
///     &ChainConfig::new(),
/// )
/// .unwrap();
/// assert_eq!(p.shown_uri(), "http://127.0.0.1:8400/v1/credentials");
/// let shown = format!("{p:?}");
/// assert!(!shown.contains("s3cr3t-pass") && !shown.contains("abcdef123456"));
/// ```
pub struct CredentialsUriProvider {
    target: Target,
    agent: ureq::Agent,
    cache: SessionCache,
}

impl fmt::Debug for CredentialsUriProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsUriProvider")
            .field("uri", &self.target.shown)
            .field("userinfo", &self.target.has_userinfo)
            .field("query", &self.target.has_query)
            .finish()
    }
}

impl CredentialsUriProvider {
    /// Fetches from `uri` (`http` or `https`). Checks the URI; no request is made until
    /// credentials are needed. `config` supplies the clock, the refresh margin, the proxy for
    /// hosts other than loopback and the TLS settings.
    pub fn new(uri: &str, config: &ChainConfig) -> Result<Self, Error> {
        Self::build(uri, config)
            .map_err(|why| Error::Credentials(format!("credentials URI: {why}")))
    }

    fn build(uri: &str, config: &ChainConfig) -> Result<Self, String> {
        let target = Target::parse(uri)?;
        let proxy = if target.loopback {
            // A proxy cannot reach this host's own loopback, and an agent there is local.
            None
        } else {
            crate::proxy::select(
                &config.environment,
                config.proxy.as_deref(),
                &target.scheme,
                &target.authority,
            )
            .map_err(|e| strip_prefix(&e))?
        };
        let agent = http::agent(
            CREDENTIALS_URI_CONNECT_TIMEOUT,
            CREDENTIALS_URI_TIMEOUT,
            proxy,
            config.tls.clone(),
        );
        Ok(CredentialsUriProvider {
            target,
            agent,
            cache: SessionCache::new(config.clock.clone(), config.refresh_before),
        })
    }

    /// The URI as messages show it: scheme, host, port and path, never user information or
    /// query.
    pub fn shown_uri(&self) -> &str {
        &self.target.shown
    }

    fn describe(&self) -> String {
        format!("credentials URI {}", self.target.shown)
    }

    fn fetch(&self) -> Result<Credentials, Error> {
        let mut headers: Vec<(&str, &str)> = vec![("accept", "application/json")];
        if let Some(a) = &self.target.authorization {
            headers.push(("authorization", a.expose()));
        }
        let raw = http::exchange(&self.agent, Method::Get, &self.target.url, &headers)
            .map_err(|e| self.failure(&format!("not reachable ({})", strip_prefix(&e)), &[]))?;
        let status = raw.status;
        let parsed = serde_json::from_str::<Value>(&raw.body);
        // Whatever secret the body carries is cleared from any text taken from it, before the
        // text is shortened (so no part of a secret survives the cut).
        let secrets: Vec<&str> = match &parsed {
            Ok(v) => ["AccessKeySecret", "SecurityToken"]
                .iter()
                .filter_map(|k| v.get(*k).and_then(Value::as_str))
                .filter(|s| !s.is_empty())
                .collect(),
            Err(_) => Vec::new(),
        };
        let excerpt = |text: &str| http::snippet(&self.clear(text, &secrets));
        let field = |name: &str| {
            parsed
                .as_ref()
                .ok()
                .and_then(|v| v.get(name))
                .and_then(Value::as_str)
                .map(str::trim)
        };
        let message = field("Message").filter(|m| !m.is_empty()).map(excerpt);
        let code = field("Code");
        if !(200..300).contains(&status) {
            let why = match (code, &message, &parsed) {
                (Some(c), m, _) => refusal(status, c, m.as_deref()),
                (None, Some(m), _) => format!("refused: HTTP {status}: {m}"),
                (None, None, Ok(_)) => format!("refused: HTTP {status}"),
                (None, None, Err(_)) => format!("refused: HTTP {status}: {}", excerpt(&raw.body)),
            };
            return Err(self.failure(&why, &secrets));
        }
        let doc = match &parsed {
            Ok(Value::Object(doc)) => doc,
            Ok(_) => {
                return Err(self.failure(
                    &format!("answered HTTP {status} with JSON that is not an object"),
                    &[],
                ))
            }
            Err(e) => {
                // serde_json's message can quote the body, which may hold credentials.
                let what = match e.classify() {
                    serde_json::error::Category::Io => "unreadable",
                    serde_json::error::Category::Syntax => "syntax error",
                    serde_json::error::Category::Data => "unexpected data",
                    serde_json::error::Category::Eof => "unexpected end",
                };
                return Err(self.failure(
                    &format!(
                        "answered HTTP {status} with a body that is not JSON ({what} at line {} column {})",
                        e.line(),
                        e.column()
                    ),
                    &[],
                ));
            }
        };
        match code {
            Some("Success") => {}
            Some(c) => return Err(self.failure(&refusal(status, c, message.as_deref()), &secrets)),
            None => {
                return Err(self.failure(
                    &format!(
                        "refused: HTTP {status}, the answer has no Code (\"Success\" expected)"
                    ),
                    &secrets,
                ))
            }
        }
        let text = |k: &str| {
            doc.get(k)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        let (Some(id), Some(secret), Some(token), Some(expiration)) = (
            text("AccessKeyId"),
            text("AccessKeySecret"),
            text("SecurityToken"),
            text("Expiration"),
        ) else {
            let missing: Vec<&str> = [
                "AccessKeyId",
                "AccessKeySecret",
                "SecurityToken",
                "Expiration",
            ]
            .into_iter()
            .filter(|k| text(k).is_none())
            .collect();
            return Err(self.failure(
                &format!(
                    "the answer lacks {} (or {} not text)",
                    missing.join(", "),
                    if missing.len() == 1 {
                        "it is"
                    } else {
                        "they are"
                    }
                ),
                &secrets,
            ));
        };
        let at = sign::parse_timestamp(expiration).ok_or_else(|| {
            let plausible = expiration.len() <= 40
                && expiration
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b":.+- ".contains(&b));
            let shown = if plausible {
                format!("{expiration:?}")
            } else {
                "(a value that is not a time)".to_owned()
            };
            self.failure(
                &format!("unreadable Expiration {shown} (expected yyyy-MM-ddTHH:mm:ssZ)"),
                &secrets,
            )
        })?;
        Ok(Credentials::sts(id, secret, token).with_expiration(at))
    }

    /// `text` without the URI's hidden pieces and without `secrets`.
    fn clear(&self, text: &str, secrets: &[&str]) -> String {
        let mut text = self.target.clear(text);
        for s in secrets {
            if text.contains(s) {
                text = text.replace(s, "***");
            }
        }
        text
    }

    /// A credentials error naming the URI, with the URI's hidden pieces and `secrets` cleared.
    fn failure(&self, why: &str, secrets: &[&str]) -> Error {
        Error::Credentials(format!("{}: {}", self.describe(), self.clear(why, secrets)))
    }
}

/// `refused: HTTP <status>, Code "<code>"[: <message>]`.
fn refusal(status: u16, code: &str, message: Option<&str>) -> String {
    let shown = super::label(code);
    let mut s = if shown == code {
        format!("refused: HTTP {status}, Code {code:?}")
    } else {
        format!("refused: HTTP {status}, Code {shown}")
    };
    if let Some(m) = message {
        s.push_str(": ");
        s.push_str(m);
    }
    s
}

impl CredentialsProvider for CredentialsUriProvider {
    fn credentials(&self) -> Result<Credentials, Error> {
        self.cache.get(|| self.fetch())
    }
}

/// The credentials URI named by `ALIBABA_CLOUD_CREDENTIALS_URI`, as a source of the default
/// chain.
///
/// The variable is read when credentials are first needed; once it holds a usable URI, the
/// [`CredentialsUriProvider`] built from it (with its cache) is kept. While it is unset or
/// unusable, the error says so, and the next call reads the variable again.
pub struct CredentialsUriEnvProvider {
    config: ChainConfig,
    resolved: Memo,
}

impl fmt::Debug for CredentialsUriEnvProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsUriEnvProvider")
            .field("resolved", &self.resolved)
            .finish()
    }
}

impl CredentialsUriEnvProvider {
    /// A source reading the variable of `config`'s environment.
    pub fn new(config: &ChainConfig) -> Self {
        CredentialsUriEnvProvider {
            config: config.clone(),
            resolved: Memo::default(),
        }
    }
}

impl CredentialsProvider for CredentialsUriEnvProvider {
    fn credentials(&self) -> Result<Credentials, Error> {
        let provider = self.resolved.get_or_try(|| {
            let uri = self
                .config
                .environment
                .var(CREDENTIALS_URI_VAR)
                .ok_or_else(|| {
                    Error::Credentials(format!("credentials URI: {CREDENTIALS_URI_VAR} is not set"))
                })?;
            let provider = CredentialsUriProvider::build(&uri, &self.config).map_err(|why| {
                Error::Credentials(format!("credentials URI in {CREDENTIALS_URI_VAR}: {why}"))
            })?;
            Ok(Arc::new(provider) as Arc<dyn CredentialsProvider>)
        })?;
        provider.credentials()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_a_uri() {
        let t = Target::parse(
            " HTTP://agent%40x:pa%3Ass-word-9@LocalHost:8400/v1/creds?role=vpn&token=tok%2Ben-12345#frag ",
        )
        .unwrap();
        assert_eq!(t.shown, "http://LocalHost:8400/v1/creds");
        assert_eq!(
            t.url,
            "http://LocalHost:8400/v1/creds?role=vpn&token=tok%2Ben-12345"
        );
        assert!(t.loopback && t.has_userinfo && t.has_query);
        let expected = base64::engine::general_purpose::STANDARD.encode("agent@x:pa:ss-word-9");
        assert_eq!(
            t.authorization.as_ref().unwrap().expose(),
            format!("Basic {expected}")
        );
        let cleared = t.clear("echo tok+en-12345 and tok%2Ben-12345 and pa:ss-word-9 and vpn");
        assert_eq!(cleared, "echo *** and *** and *** and vpn");

        let t = Target::parse("https://[::1]/").unwrap();
        assert!(t.loopback && !t.has_userinfo && !t.has_query);
        assert_eq!(t.shown, "https://[::1]/");
        let t = Target::parse("http://100.100.100.200").unwrap();
        assert!(!t.loopback);
        assert_eq!(t.url, "http://100.100.100.200/");
    }

    #[test]
    fn unusable_uris_are_described_without_their_value() {
        for (raw, why) in [
            ("SECRETVALUE", "not an http or https URL"),
            (
                "ftp://SECRETVALUE@host/x",
                "scheme ftp is not http or https",
            ),
            ("http://SECRETVALUE@/x", "the host is not a host name"),
            ("http://host:SECRETVALUE/x", "the port is not a number"),
            ("http://host:0/x", "the port is not a number"),
            ("http://host/SECRET VALUE", "percent-encode them"),
            ("http://[SECRETVALUE]/", "the host is not a host name"),
            ("http://a:b:c/", "not an http or https URL"),
        ] {
            let e = Target::parse(raw).err().unwrap();
            assert!(e.contains(why), "{raw}: {e}");
            assert!(!e.contains("SECRET"), "{raw}: {e}");
        }
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%2Bb%3d%zz%4"), "a+b=%zz%4");
    }
}
