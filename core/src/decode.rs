//! Reading the API's JSON: success bodies into structs, error bodies into [`ApiError`].
//!
//! Older responses carry numbers and booleans as strings, and some gateways use lower-case keys;
//! everything here accepts both.

use serde::de::DeserializeOwned;

use crate::error::{ApiError, Error, ErrorKind, SignatureDiagnosis};
use crate::sign::redact_security_token;
use crate::transport::RawResponse;

/// How many characters of a body an error shows.
pub(crate) const SNIPPET_CHARS: usize = 200;
/// What a snippet cut before a private key ends with.
pub(crate) const KEY_REDACTED: &str = "<private key redacted>";

/// The start of a body for an error message (at most [`SNIPPET_CHARS`] characters of it), cut
/// before any private key: a describe answer carries the client's key, and error text ends up
/// in logs. A snippet cut before a key says so.
fn snippet(body: &str) -> String {
    let key_at = [
        body.find("ClientKey"),
        body.find("PRIVATE KEY")
            .map(|at| body[..at].rfind("-----BEGIN").unwrap_or(at)),
    ]
    .into_iter()
    .flatten()
    .min();
    match key_at {
        // The key starts within the shown part: show what comes before it.
        Some(at) if body[..at].chars().nth(SNIPPET_CHARS).is_none() => {
            format!("{}{KEY_REDACTED}", &body[..at])
        }
        _ => body.chars().take(SNIPPET_CHARS).collect(),
    }
}

/// Quoted values longer than this are not repeated in a decode error's reason.
const MAX_QUOTED_CHARS: usize = 32;

/// A decoder's message with long quoted values elided: serde quotes the offending value
/// (`invalid type: string "...", expected u64`), and a wrong-typed field can hold a key.
fn elide_values(reason: &str) -> String {
    let mut out = String::with_capacity(reason.len().min(256));
    let mut rest = reason;
    while let Some(open) = rest.find('"') {
        out.push_str(&rest[..=open]);
        let body = &rest[open + 1..];
        let mut end = None;
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => {
                    end = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let end = end.unwrap_or(body.len());
        let value = &body[..end];
        let chars = value.chars().count();
        if chars > MAX_QUOTED_CHARS {
            out.push_str(&format!("<{chars} characters>"));
        } else {
            out.push_str(value);
        }
        match body.get(end..) {
            Some(after) if !after.is_empty() => {
                out.push('"');
                rest = &after[1..];
            }
            _ => return out,
        }
    }
    out.push_str(rest);
    out
}

/// Decodes a 2xx body.
pub(crate) fn success<T: DeserializeOwned>(raw: &RawResponse) -> Result<T, Error> {
    serde_json::from_str(&raw.body).map_err(|e| Error::Decode {
        http_status: raw.status,
        reason: elide_values(&e.to_string()),
        snippet: snippet(&raw.body),
    })
}

fn field(obj: &serde_json::Map<String, serde_json::Value>, names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| match obj.get(*n) {
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    })
}

/// Decodes a non-2xx response into an error. `our_string_to_sign` lets a `SignatureDoesNotMatch`
/// say whether the secret is wrong or the encoding differs.
pub(crate) fn failure(raw: &RawResponse, our_string_to_sign: &str) -> Error {
    let parsed: Option<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_str(&raw.body).ok();
    let obj = match parsed {
        Some(obj) if field(&obj, &["Code", "code"]).is_some() => obj,
        _ => {
            if raw.status >= 500 {
                // A proxy's HTML 502 or a bare 503 is still the service being unavailable.
                let mut e = ApiError::new(
                    "",
                    format!(
                        "HTTP {} with no API error body: {:?}",
                        raw.status,
                        snippet(&raw.body)
                    ),
                    raw.status,
                );
                e.kind = ErrorKind::ServiceUnavailable;
                e.request_id = raw.request_id_header.clone().unwrap_or_default();
                e.retry_after = raw.retry_after;
                return e.into();
            }
            return Error::Decode {
                http_status: raw.status,
                reason: "the error response is not the API's JSON".into(),
                snippet: snippet(&raw.body),
            };
        }
    };
    let code = field(&obj, &["Code", "code"]).unwrap_or_default();
    let message =
        field(&obj, &["Message", "message", "Description", "description"]).unwrap_or_default();
    let mut e = ApiError::new(code, message, raw.status);
    e.request_id = field(&obj, &["RequestId", "requestId", "requestid"])
        .or_else(|| raw.request_id_header.clone())
        .unwrap_or_default();
    e.recommend = field(&obj, &["Recommend", "recommend"]);
    e.host_id = field(&obj, &["HostId", "hostId"]);
    e.retry_after = raw.retry_after;
    if e.code == "SignatureDoesNotMatch" {
        e.signature_diagnosis = diagnose_signature(&e.message, our_string_to_sign);
    }
    // The server echoes its string to sign, which (V1) carries the STS token.
    e.message = redact_security_token(&e.message);
    e.into()
}

const SERVER_STRING_MARKER: &str = "server string to sign is:";

/// Compares the server's string to sign (quoted in the message) with ours.
pub(crate) fn diagnose_signature(message: &str, ours: &str) -> Option<SignatureDiagnosis> {
    let at = message.find(SERVER_STRING_MARKER)?;
    let server = message[at + SERVER_STRING_MARKER.len()..].trim();
    if ours.is_empty() {
        return None;
    }
    Some(if server == ours.trim() {
        SignatureDiagnosis::WrongSecret
    } else {
        SignatureDiagnosis::EncodingMismatch {
            client: redact_security_token(ours),
            server: redact_security_token(server),
        }
    })
}

/// Serde helpers for fields that arrive as numbers or strings.
pub(crate) mod lenient {
    use serde::{Deserialize, Deserializer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Loose {
        U(u64),
        I(i64),
        F(f64),
        B(bool),
        S(String),
    }

    impl Loose {
        fn describe(&self) -> String {
            match self {
                Loose::U(n) => n.to_string(),
                Loose::I(n) => n.to_string(),
                Loose::F(f) => f.to_string(),
                Loose::B(b) => b.to_string(),
                Loose::S(s) => format!("{s:?}"),
            }
        }
    }

    fn to_u64<E: serde::de::Error>(v: Loose) -> Result<Option<u64>, E> {
        match v {
            Loose::U(n) => Ok(Some(n)),
            Loose::I(n) => u64::try_from(n)
                .map(Some)
                .map_err(|_| E::custom(format!("negative number {n}"))),
            Loose::F(f) if f >= 0.0 && f.fract() == 0.0 && f < 1.8e19 => Ok(Some(f as u64)),
            Loose::F(f) => Err(E::custom(format!("not a whole number: {f}"))),
            Loose::S(s) if s.trim().is_empty() => Ok(None),
            Loose::S(s) => s
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| E::custom(format!("not a number: {s:?}"))),
            Loose::B(b) => Err(E::custom(format!("expected a number, got {b}"))),
        }
    }

    fn to_bool<E: serde::de::Error>(v: Loose) -> Result<Option<bool>, E> {
        match v {
            Loose::B(b) => Ok(Some(b)),
            Loose::U(n) => Ok(Some(n != 0)),
            Loose::I(n) => Ok(Some(n != 0)),
            Loose::S(s) => match s.trim().to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" | "on" => Ok(Some(true)),
                "false" | "0" | "no" | "off" => Ok(Some(false)),
                "" => Ok(None),
                _ => Err(E::custom(format!("not a boolean: {s:?}"))),
            },
            Loose::F(f) => Err(E::custom(format!("expected a boolean, got {f}"))),
        }
    }

    /// A `u64` given as a number or a string; null or missing is 0.
    pub fn u64<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        Ok(match Option::<Loose>::deserialize(d)? {
            Some(v) => to_u64(v)?.unwrap_or(0),
            None => 0,
        })
    }

    /// A `u64` given as a number or a string; null, missing or an empty string is `None`.
    pub fn opt_u64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
        match Option::<Loose>::deserialize(d)? {
            Some(v) => to_u64(v),
            None => Ok(None),
        }
    }

    /// A `bool` given as a boolean, a number or a string; null or missing is false.
    pub fn bool<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
        Ok(match Option::<Loose>::deserialize(d)? {
            Some(v) => to_bool(v)?.unwrap_or(false),
            None => false,
        })
    }

    /// A string; numbers and booleans are turned into their text, null into "". A visitor
    /// rather than the untagged enum: strings are the common case and need no buffering.
    pub fn string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        struct Text;
        impl<'de> serde::de::Visitor<'de> for Text {
            type Value = String;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string, number, boolean or null")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
                Ok(v.to_owned())
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<String, E> {
                Ok(v)
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<String, E> {
                Ok(String::new())
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<String, E> {
                Ok(String::new())
            }
            fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<String, D2::Error> {
                d.deserialize_any(Text)
            }
        }
        d.deserialize_any(Text)
    }

    /// A secret string, read as [`string`] and held in a [`Secret`](crate::Secret) from the
    /// start: the text is copied once, into the allocation that is wiped on drop.
    pub fn secret<'de, D: Deserializer<'de>>(d: D) -> Result<crate::Secret, D::Error> {
        string(d).map(crate::Secret::new)
    }

    /// A list given as one comma-separated string (`"10.0.0.0/8, 192.168.0.0/16"`, as the API
    /// sends `LocalSubnet`) or as a JSON array of such strings; items are trimmed and empty ones
    /// dropped. Null or missing is the empty list.
    pub fn comma_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        struct Items;
        fn push_items(out: &mut Vec<String>, text: &str) {
            out.extend(
                text.split(',')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned),
            );
        }
        impl<'de> serde::de::Visitor<'de> for Items {
            type Value = Vec<String>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a comma-separated string, a list of strings, or null")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Vec<String>, E> {
                let mut out = Vec::new();
                push_items(&mut out, v);
                Ok(out)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Vec<String>, A::Error> {
                let mut out = Vec::new();
                while let Some(item) = seq.next_element::<Loose>()? {
                    match item {
                        Loose::S(s) => push_items(&mut out, &s),
                        other => {
                            return Err(serde::de::Error::custom(format!(
                                "expected a string in the list, got {}",
                                other.describe()
                            )))
                        }
                    }
                }
                Ok(out)
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Vec<String>, E> {
                Ok(Vec::new())
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<Vec<String>, E> {
                Ok(Vec::new())
            }
            fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Vec<String>, D2::Error> {
                d.deserialize_any(Items)
            }
        }
        d.deserialize_any(Items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    fn raw(status: u16, body: &str) -> RawResponse {
        RawResponse {
            status,
            body: body.into(),
            request_id_header: Some("HDR-RID".into()),
            date: None,
            retry_after: None,
        }
    }

    fn api(e: Error) -> ApiError {
        match e {
            Error::Api(a) => *a,
            other => panic!("expected Api, got {other:?}"),
        }
    }

    #[test]
    fn every_documented_create_code() {
        let cases = [
            (400, "Resource.QuotaFull", ErrorKind::QuotaFull),
            (400, "VpnGateway.Configuring", ErrorKind::GatewayConfiguring),
            (
                400,
                "VpnGateway.FinancialLocked",
                ErrorKind::FinancialLocked,
            ),
            (400, "InvalidName", ErrorKind::InvalidName),
            (
                400,
                "SslVpnClientCreateTimes.ReachLimits",
                ErrorKind::CreateLimitReached,
            ),
            (
                400,
                "CreateSslCertsQuotaFull.QuotaFull",
                ErrorKind::QuotaFull,
            ),
            (403, "Forbbiden.SubUser", ErrorKind::SubUserForbidden),
            (403, "Forbidden", ErrorKind::Forbidden),
            (
                404,
                "InvalidSslVpnServerId.NotFound",
                ErrorKind::SslVpnServerNotFound,
            ),
            (404, "InvalidRegionId.NotFound", ErrorKind::RegionNotFound),
        ];
        for (status, code, kind) in cases {
            let body = format!(
                r#"{{"RequestId":"RID","HostId":"vpc.aliyuncs.com","Code":"{code}","Message":"msg","Recommend":"https://r"}}"#
            );
            let e = api(failure(&raw(status, &body), ""));
            assert_eq!(
                (e.kind, e.code.as_str(), e.http_status),
                (kind, code, status)
            );
            assert_eq!(e.request_id, "RID");
            assert_eq!(e.host_id.as_deref(), Some("vpc.aliyuncs.com"));
            assert_eq!(e.recommend.as_deref(), Some("https://r"));
            assert_eq!(e.message, "msg");
        }
    }

    #[test]
    fn decode_errors_do_not_repeat_long_field_values() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Numbers {
            #[serde(rename = "EndTime")]
            end_time: u64,
        }
        let key = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
        let body = format!(r#"{{"EndTime":"{key}"}}"#);
        match success::<Numbers>(&raw(200, &body)) {
            Err(Error::Decode { reason, .. }) => {
                assert!(!reason.contains(key), "{reason}");
                assert!(reason.contains("<52 characters>"), "{reason}");
            }
            other => panic!("expected a decode error, got {other:?}"),
        }
        assert_eq!(
            elide_values(r#"invalid type: string "abc", expected u64"#),
            r#"invalid type: string "abc", expected u64"#
        );
        assert_eq!(elide_values(r#"x "unterminated"#), r#"x "unterminated"#);
        assert_eq!(
            elide_values(&format!(r#"a "{}" b "\"q" c"#, "k".repeat(40))),
            r#"a "<40 characters>" b "\"q" c"#
        );
    }

    #[test]
    fn lower_case_keys_and_header_request_id() {
        let e = api(failure(
            &raw(403, r#"{"code":"Forbidden","message":"no"}"#),
            "",
        ));
        assert_eq!(
            (e.kind, e.message.as_str(), e.request_id.as_str()),
            (ErrorKind::Forbidden, "no", "HDR-RID")
        );
        let e = api(failure(
            &raw(
                400,
                r#"{"code":"Throttling.User","message":"slow","requestId":"R2"}"#,
            ),
            "",
        ));
        assert_eq!(
            (e.kind, e.request_id.as_str()),
            (ErrorKind::Throttling, "R2")
        );
    }

    #[test]
    fn non_json_and_empty_bodies() {
        match failure(&raw(400, "<html>proxy error</html>"), "") {
            Error::Decode {
                http_status,
                snippet,
                ..
            } => {
                assert_eq!(http_status, 400);
                assert!(snippet.starts_with("<html>"));
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            failure(&raw(404, ""), ""),
            Error::Decode {
                http_status: 404,
                ..
            }
        ));
        let e = api(failure(&raw(502, "<html>bad gateway</html>"), ""));
        assert_eq!(e.kind, ErrorKind::ServiceUnavailable);
        assert!(e.is_retryable());
        #[derive(Deserialize, Debug)]
        #[allow(dead_code)]
        struct S {
            #[serde(rename = "RequestId")]
            request_id: String,
        }
        for body in [
            "",
            "{\"RequestId\":",
            "<html>",
            "[1,2]",
            "{\"RequestId\":5}",
        ] {
            let r = success::<S>(&raw(200, body));
            assert!(
                matches!(
                    r,
                    Err(Error::Decode {
                        http_status: 200,
                        ..
                    })
                ),
                "{body}: {r:?}"
            );
        }
        let long = "x".repeat(5000);
        match failure(&raw(400, &long), "") {
            Error::Decode { snippet, .. } => assert_eq!(snippet.len(), SNIPPET_CHARS),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn signature_mismatch_diagnosis() {
        let ours = "POST&%2F&A%3Db";
        let body = format!(
            r#"{{"Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation. server string to sign is:{ours}"}}"#
        );
        let e = api(failure(&raw(400, &body), ours));
        assert_eq!(e.signature_diagnosis, Some(SignatureDiagnosis::WrongSecret));
        assert!(e.to_string().contains("secret is wrong"));
        let e = api(failure(&raw(400, &body), "POST&%2F&A%3Dc"));
        assert!(matches!(
            e.signature_diagnosis,
            Some(SignatureDiagnosis::EncodingMismatch { .. })
        ));
    }

    #[test]
    fn echoed_security_token_is_redacted() {
        let ours = "POST&%2F&AccessKeyId%3Did%26SecurityToken%3Dtok-123%26Timestamp%3Dt";
        let body = format!(
            r#"{{"Code":"SignatureDoesNotMatch","Message":"no match. server string to sign is:{}"}}"#,
            ours.replace("Timestamp", "Timestamq")
        );
        let e = api(failure(&raw(400, &body), ours));
        let shown = format!("{e:?} {e}");
        assert!(!shown.contains("tok-123"), "{shown}");
        assert!(matches!(
            e.signature_diagnosis,
            Some(SignatureDiagnosis::EncodingMismatch { .. })
        ));
    }

    #[test]
    fn lenient_fields() {
        #[derive(Deserialize)]
        struct S {
            #[serde(deserialize_with = "lenient::u64", default)]
            n: u64,
            #[serde(deserialize_with = "lenient::bool", default)]
            b: bool,
            #[serde(deserialize_with = "lenient::string", default)]
            s: String,
        }
        let v: S = serde_json::from_str(r#"{"n":"1194","b":"true","s":5}"#).unwrap();
        assert_eq!((v.n, v.b, v.s.as_str()), (1194, true, "5"));
        let v: S = serde_json::from_str(r#"{"n":1194,"b":false,"s":"x"}"#).unwrap();
        assert_eq!((v.n, v.b, v.s.as_str()), (1194, false, "x"));
        let v: S = serde_json::from_str(r#"{"n":null}"#).unwrap();
        assert_eq!((v.n, v.b, v.s.as_str()), (0, false, ""));
        assert!(serde_json::from_str::<S>(r#"{"n":"abc"}"#).is_err());
        assert!(serde_json::from_str::<S>(r#"{"n":-1}"#).is_err());
    }

    #[test]
    fn snippets_never_carry_a_private_key() {
        let body = r#"{"RequestId":"r","ClientKey":"-----BEGIN PRIVATE KEY-----\nMIIEvQ\n-----END"#;
        match success::<serde_json::Value>(&raw(200, body)) {
            Err(Error::Decode { snippet, .. }) => {
                assert!(!snippet.contains("MIIEvQ"), "{snippet}");
                assert!(snippet.starts_with(r#"{"RequestId":"r","#), "{snippet}");
            }
            other => panic!("{other:?}"),
        }
        let pem_only = "<html>-----BEGIN RSA PRIVATE KEY-----\nMIIEpA";
        match failure(&raw(400, pem_only), "") {
            Error::Decode { snippet, .. } => assert_eq!(snippet, "<html><private key redacted>"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn snippets_stay_within_their_length_when_a_key_comes_late() {
        // Found by the decode_response fuzz target: a key past the shown part made the snippet
        // 200 characters plus the redaction note.
        let late = format!("{}\"ClientKey\":\"x\"", "é".repeat(300));
        let shown = snippet(&late);
        assert_eq!(shown, "é".repeat(SNIPPET_CHARS));
        let early = format!("{}ClientKey", "a".repeat(SNIPPET_CHARS));
        assert_eq!(
            snippet(&early),
            format!("{}{KEY_REDACTED}", "a".repeat(SNIPPET_CHARS))
        );
        let just_over = format!("{}ClientKey", "a".repeat(SNIPPET_CHARS + 1));
        assert_eq!(snippet(&just_over), "a".repeat(SNIPPET_CHARS));
    }
}
