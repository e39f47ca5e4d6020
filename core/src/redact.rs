//! Keeping secrets out of every message, snippet, field and log line the SDK produces.
//!
//! Two passes, both applied by [`Scrubber::text`]:
//! - the exact secret values the client holds (access key secret, STS token, OIDC token, proxy
//!   password), raw and in every encoding they are sent in: percent-encoded (the V1 query and
//!   form bodies), percent-encoded twice (the V1 string to sign, which servers echo), form
//!   encoding with `+` for spaces, lower-case hex, and JSON string escaping. A server or proxy
//!   that echoes a request can only ever quote one of these;
//! - patterns that carry secrets whatever their value: `SecurityToken=...`, `Signature=...`,
//!   `Authorization: ...`, JSON members such as `"AccessKeySecret": "..."`, the user information
//!   of URLs, and PEM private keys.
//!
//! There is one scrubber per client; every error leaves the core through it, so the C and
//! Python layers and the CLI print what it left.

use std::fmt;

use crate::sign::percent_encode;

/// What a removed secret is replaced with.
pub const REDACTED: &str = "***";

/// What a private key (and everything after it) is replaced with.
pub const KEY_REDACTED: &str = "<private key redacted>";

/// Secrets shorter than this are not searched for: a one- or two-character "secret" would
/// erase ordinary text, and no real AccessKey secret or token is that short.
const MIN_SECRET_CHARS: usize = 4;

/// Removes known secret values and secret-bearing patterns from text.
#[derive(Clone, Default)]
pub struct Scrubber {
    /// Every form of every secret, longest first so a longer encoding is replaced whole.
    needles: Vec<String>,
}

impl fmt::Debug for Scrubber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Scrubber")
            .field("needles", &self.needles.len())
            .finish()
    }
}

impl Scrubber {
    /// A scrubber that knows no secret values (the patterns still apply).
    pub fn new() -> Self {
        Scrubber::default()
    }

    /// Adds a secret value, in every encoding the SDK sends secrets in.
    pub fn secret(mut self, value: &str) -> Self {
        self.add(value);
        self
    }

    /// Adds a secret value in place.
    pub fn add(&mut self, value: &str) {
        if value.chars().count() < MIN_SECRET_CHARS {
            return;
        }
        let once = percent_encode(value);
        let twice = percent_encode(&once);
        let json = serde_json::to_string(value).unwrap_or_default();
        let json_inner = json
            .strip_prefix('"')
            .and_then(|j| j.strip_suffix('"'))
            .unwrap_or("");
        for form in [
            value.to_owned(),
            once.replace("%20", "+"),
            lower_hex(&once),
            json_inner.replace('/', "\\/"),
            json_inner.to_owned(),
            once,
            twice,
        ] {
            if !form.is_empty() && !self.needles.contains(&form) {
                self.needles.push(form);
            }
        }
        self.needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
    }

    /// Adds every secret of another scrubber.
    pub fn extend(&mut self, other: &Scrubber) {
        for n in &other.needles {
            if !self.needles.contains(n) {
                self.needles.push(n.clone());
            }
        }
        self.needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
    }

    /// `text` with every known secret and every secret-bearing pattern removed.
    pub fn text(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for needle in &self.needles {
            if out.contains(needle.as_str()) {
                out = out.replace(needle.as_str(), REDACTED);
            }
        }
        patterns(&out)
    }

    /// Scrubs a string in place (cheap when there is nothing to remove).
    pub fn in_place(&self, text: &mut String) {
        let clean = self.text(text);
        if clean != *text {
            *text = clean;
        }
    }
}

/// `%2A` -> `%2a`: some proxies and servers lower-case escapes when they echo a URL.
fn lower_hex(encoded: &str) -> String {
    let mut out = String::with_capacity(encoded.len());
    let mut chars = encoded.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '%' {
            for h in chars.by_ref().take(2) {
                out.push(h.to_ascii_lowercase());
            }
        }
    }
    out
}

/// Keys whose value is a secret in a query string, a form, a header dump or a string to sign.
const SECRET_KEYS: [&str; 10] = [
    "SecurityToken=",
    "SecurityToken%3D",
    "SecurityToken%253D",
    "Signature=",
    "Signature%3D",
    "Signature%253D",
    "AccessKeySecret=",
    "x-acs-security-token:",
    "authorization:",
    "Authorization:",
];

/// JSON members whose value is a secret (an echoed credentials answer).
const SECRET_MEMBERS: [&str; 5] = [
    "\"AccessKeySecret\"",
    "\"SecurityToken\"",
    "\"ClientKey\"",
    "\"accessKeySecret\"",
    "\"securityToken\"",
];

/// Removes what carries secrets by its shape, whatever its value.
pub(crate) fn patterns(message: &str) -> String {
    let mut out = private_keys(message);
    for key in SECRET_KEYS {
        replace_values(&mut out, key, |rest| {
            let rest_trimmed = rest.trim_start_matches(' ');
            let lead = rest.len() - rest_trimmed.len();
            // `Authorization: Basic abc` hides the scheme's credentials, not just the scheme.
            let scheme = rest_trimmed
                .split_once(' ')
                .filter(|(s, _)| matches!(*s, "Basic" | "Bearer" | "ACS3-HMAC-SHA256"))
                .map_or(0, |(s, _)| s.len() + 1);
            let value = &rest_trimmed[scheme..];
            let end = [
                value.find(['&', ' ', '"', '\'', '\n', '\r', ')', ']', ',', '\\']),
                value.find("%26"),
            ]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(value.len());
            (lead + scheme, lead + scheme + end)
        });
    }
    for member in SECRET_MEMBERS {
        replace_values(&mut out, member, |rest| {
            let Some(colon) = rest.find(|c: char| !c.is_whitespace()) else {
                return (0, 0);
            };
            if !rest[colon..].starts_with(':') {
                return (0, 0);
            }
            let after = &rest[colon + 1..];
            let Some(quote) = after.find(|c: char| !c.is_whitespace()) else {
                return (0, 0);
            };
            if !after[quote..].starts_with('"') {
                return (0, 0);
            }
            let start = colon + 1 + quote + 1;
            let mut end = start;
            let bytes = rest.as_bytes();
            while end < bytes.len() && bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            (start, end.min(rest.len()))
        });
    }
    user_info(&out)
}

/// Replaces, after each occurrence of `key`, the range `span(rest)` gives (relative to the text
/// right after the key) by [`REDACTED`].
fn replace_values(out: &mut String, key: &str, span: impl Fn(&str) -> (usize, usize)) {
    let mut from = 0;
    while let Some(pos) = out[from..].find(key) {
        let base = from + pos + key.len();
        let (start, end) = span(&out[base..]);
        let (start, end) = (base + start, base + end);
        if end > start && out.is_char_boundary(start) && out.is_char_boundary(end) {
            if &out[start..end] != REDACTED {
                out.replace_range(start..end, REDACTED);
            }
            from = start + REDACTED.len();
        } else {
            from = base;
        }
        if from >= out.len() {
            break;
        }
    }
}

/// Cuts a PEM private key and everything after it.
fn private_keys(message: &str) -> String {
    let mut out = message.to_owned();
    let mut search = 0;
    while let Some(at) = out[search..].find("-----BEGIN").map(|i| search + i) {
        let line_end = out[at..].find('\n').map_or(out.len(), |i| at + i);
        let head = &out[at..line_end.min(at + 80)];
        if head.contains("PRIVATE KEY") {
            out.truncate(at);
            out.push_str(KEY_REDACTED);
            return out;
        }
        search = at + "-----BEGIN".len();
    }
    if let Some(at) = out.find("PRIVATE KEY-----") {
        out.truncate(at);
        out.push_str(KEY_REDACTED);
    }
    out
}

/// `scheme://user:password@host` -> `scheme://***@host`, wherever a URL appears.
fn user_info(message: &str) -> String {
    let mut out = message.to_owned();
    let mut from = 0;
    while let Some(pos) = out[from..].find("://") {
        let start = from + pos + 3;
        let authority_end = out[start..]
            .find(['/', ' ', '"', '\'', '\n', '?', '#', '>', ')'])
            .map_or(out.len(), |i| start + i);
        match out[start..authority_end].rfind('@') {
            Some(at) if &out[start..start + at] != REDACTED => {
                out.replace_range(start..start + at, REDACTED);
                from = start + REDACTED.len() + 1;
            }
            _ => from = authority_end.max(start),
        }
        if from >= out.len() {
            break;
        }
    }
    out
}

/// A URL fit for messages and logs: any `user:password@` becomes `***@` (with or without a
/// scheme).
pub(crate) fn url(url: &str) -> String {
    let (scheme, rest) = match url.split_once("://") {
        Some((s, r)) => (Some(s), r),
        None => (None, url),
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let rest = match rest[..authority_end].rfind('@') {
        Some(at) => format!("{REDACTED}{}", &rest[at..]),
        None => rest.to_owned(),
    };
    match scheme {
        Some(s) => format!("{s}://{rest}"),
        None => rest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_values_go_in_every_encoding() {
        let token = "CAIS+token/with=odd chars~*";
        let s = Scrubber::new().secret(token);
        let once = percent_encode(token);
        let twice = percent_encode(&once);
        for echo in [
            token.to_owned(),
            once.clone(),
            twice.clone(),
            "CAIS%2btoken%2fwith%3dodd%20chars~%2a".to_owned(),
            once.replace("%20", "+"),
            serde_json::to_string(token).unwrap(),
            serde_json::to_string(token).unwrap().replace('/', "\\/"),
        ] {
            let text = format!("the proxy says: {echo} (end)");
            let clean = s.text(&text);
            assert!(!clean.contains("token"), "{echo:?} survived in {clean:?}");
            assert!(clean.contains("(end)"), "{clean:?}");
        }
    }

    #[test]
    fn short_values_are_not_searched() {
        let s = Scrubber::new().secret("ab");
        assert_eq!(s.text("about abc"), "about abc");
    }

    #[test]
    fn patterns_hide_values_whatever_they_are() {
        let cases = [
            (
                "GET /?A=1&SecurityToken=abc%2Bd&B=2",
                "GET /?A=1&SecurityToken=***&B=2",
            ),
            (
                "POST&%2F&SecurityToken%3Dxyz%26T%3D1",
                "POST&%2F&SecurityToken%3D***%26T%3D1",
            ),
            ("x&Signature=s1g%3D&y", "x&Signature=***&y"),
            (
                "Authorization: Basic dXNlcjpwdw==\r\n",
                "Authorization: Basic ***\r\n",
            ),
            ("authorization: abc", "authorization: ***"),
            (
                r#"{"AccessKeySecret": "s3cr\"et", "Code":"X"}"#,
                r#"{"AccessKeySecret": "***", "Code":"X"}"#,
            ),
            (
                "via http://u:p%40ss@proxy:3128/x",
                "via http://***@proxy:3128/x",
            ),
            (
                "a -----BEGIN RSA PRIVATE KEY-----\nMII",
                "a <private key redacted>",
            ),
            ("plain text", "plain text"),
        ];
        for (text, want) in cases {
            assert_eq!(Scrubber::new().text(text), want, "{text:?}");
        }
    }

    #[test]
    fn urls_lose_their_user_info() {
        assert_eq!(url("http://u:p@h:1/x"), "http://***@h:1/x");
        assert_eq!(url("u:p@h:1"), "***@h:1");
        assert_eq!(url("http://h:1"), "http://h:1");
    }
}
