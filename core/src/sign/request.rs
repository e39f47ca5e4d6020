//! Signing a whole request: what to put on the wire for one attempt.

use std::fmt;
use std::time::SystemTime;

use super::{format_timestamp, percent_encode_into, v1, v3, SignatureVersion};
use crate::Credentials;

/// Everything one signed attempt depends on. Time and nonce are inputs: the client draws fresh
/// ones for every attempt, tests and benchmarks pin them.
#[derive(Clone, Copy)]
pub struct RequestToSign<'a> {
    /// V1 or V3.
    pub version: SignatureVersion,
    /// `scheme://authority/`.
    pub base_url: &'a str,
    /// The authority (host and optional port), signed as `host` by V3.
    pub host: &'a str,
    /// The API action, e.g. `CreateSslVpnClientCert`.
    pub action: &'a str,
    /// The API version, e.g. `2016-04-28`.
    pub api_version: &'a str,
    /// Business parameters (RegionId, ClientToken, ...), raw.
    pub params: &'a [(&'a str, &'a str)],
    /// The signing credentials.
    pub credentials: &'a Credentials,
    /// The request time.
    pub timestamp: SystemTime,
    /// The signature nonce, unique per attempt.
    pub nonce: &'a str,
}

/// A signed attempt: POST this URL with these headers and an empty body.
#[derive(Clone)]
pub struct SignedRequest {
    /// The full URL with the query string.
    pub url: String,
    /// Headers to send (lower-case names).
    pub headers: Vec<(&'static str, String)>,
    /// The string that was signed (no secrets), for diagnosing `SignatureDoesNotMatch`.
    pub string_to_sign: String,
}

impl fmt::Debug for SignedRequest {
    // The URL (V1) and headers (V3) can carry the STS token: show only what is safe.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.headers.iter().map(|(k, _)| *k).collect();
        f.debug_struct("SignedRequest")
            .field("url", &self.url.split('?').next().unwrap_or(""))
            .field("headers", &names)
            .field(
                "string_to_sign",
                &super::redact_security_token(&self.string_to_sign),
            )
            .finish()
    }
}

/// Signs one attempt with V1 (parameters and signature in the query) or V3 (`x-acs-*` headers
/// and `Authorization`).
pub fn sign_request(req: &RequestToSign<'_>) -> SignedRequest {
    let timestamp = format_timestamp(req.timestamp);
    let creds = req.credentials;
    match req.version {
        SignatureVersion::V1 => {
            let mut all: Vec<(&str, &str)> = Vec::with_capacity(req.params.len() + 9);
            all.extend_from_slice(req.params);
            all.extend_from_slice(&[
                ("Action", req.action),
                ("Version", req.api_version),
                ("Format", "JSON"),
                ("AccessKeyId", creds.access_key_id()),
                ("SignatureMethod", "HMAC-SHA1"),
                ("SignatureVersion", "1.0"),
                ("SignatureNonce", req.nonce),
                ("Timestamp", &timestamp),
            ]);
            if let Some(token) = creds.security_token() {
                all.push(("SecurityToken", token.expose()));
            }
            let query = v1::canonical_query(all.iter().copied());
            let mut string_to_sign = String::with_capacity(query.len() * 5 / 4 + 8);
            string_to_sign.push_str("POST&%2F&");
            percent_encode_into(&mut string_to_sign, &query);
            let signature = v1::signature(creds.access_key_secret().expose(), &string_to_sign);
            let mut url = String::with_capacity(req.base_url.len() + query.len() + 48);
            url.push_str(req.base_url);
            url.push('?');
            url.push_str(&query);
            url.push_str("&Signature=");
            percent_encode_into(&mut url, &signature);
            SignedRequest {
                url,
                headers: vec![("accept", "application/json".into())],
                string_to_sign,
            }
        }
        SignatureVersion::V3 => {
            let payload = v3::hashed_payload(b"");
            let mut headers: Vec<(&str, &str)> = vec![
                ("host", req.host),
                ("x-acs-action", req.action),
                ("x-acs-version", req.api_version),
                ("x-acs-date", &timestamp),
                ("x-acs-signature-nonce", req.nonce),
                ("x-acs-content-sha256", &payload),
            ];
            if let Some(token) = creds.security_token() {
                headers.push(("x-acs-security-token", token.expose()));
            }
            let (canonical, signed_headers) = v3::canonical_request(&v3::CanonicalInput {
                method: "POST",
                path: "/",
                query: req.params,
                headers: &headers,
                hashed_payload: &payload,
            });
            let string_to_sign = v3::string_to_sign(&canonical);
            let signature = v3::signature(creds.access_key_secret().expose(), &string_to_sign);
            let authorization =
                v3::authorization(creds.access_key_id(), &signed_headers, &signature);
            // The canonical query is the second line of the canonical request.
            let query = canonical.split('\n').nth(2).unwrap_or("");
            let mut url = String::with_capacity(req.base_url.len() + query.len() + 1);
            url.push_str(req.base_url);
            url.push('?');
            url.push_str(query);
            let mut out: Vec<(&'static str, String)> = vec![
                ("x-acs-action", req.action.to_owned()),
                ("x-acs-version", req.api_version.to_owned()),
                ("x-acs-date", timestamp.clone()),
                ("x-acs-signature-nonce", req.nonce.to_owned()),
                ("x-acs-content-sha256", payload.clone()),
                ("authorization", authorization),
                ("accept", "application/json".into()),
            ];
            if let Some(token) = creds.security_token() {
                out.push(("x-acs-security-token", token.expose().to_owned()));
            }
            SignedRequest {
                url,
                headers: out,
                string_to_sign,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn debug_hides_the_token_in_url_and_headers() {
        let creds = Credentials::sts("STS.id", "secret-x", "token-x");
        for version in [SignatureVersion::V1, SignatureVersion::V3] {
            let signed = sign_request(&RequestToSign {
                version,
                base_url: "https://vpc.aliyuncs.com/",
                host: "vpc.aliyuncs.com",
                action: "CreateSslVpnClientCert",
                api_version: "2016-04-28",
                params: &[("RegionId", "cn-hangzhou")],
                credentials: &creds,
                timestamp: UNIX_EPOCH + Duration::from_secs(1_709_539_200),
                nonce: "n",
            });
            let shown = format!("{signed:?}");
            assert!(
                !shown.contains("token-x") && !shown.contains("secret-x"),
                "{shown}"
            );
            assert!(signed.url.contains("RegionId=cn-hangzhou"));
        }
    }
}
