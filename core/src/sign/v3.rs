//! Signature V3: ACS3-HMAC-SHA256 over a canonical request, carried in `Authorization`.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use std::borrow::Cow;

use super::percent_encode_cow;

/// The algorithm name that starts the string to sign and the `Authorization` header.
pub const ALGORITHM: &str = "ACS3-HMAC-SHA256";

/// Hex SHA-256 of a request body (of the empty string for an empty body).
pub fn hashed_payload(body: &[u8]) -> String {
    hex::encode(Sha256::digest(body))
}

/// The parts of a canonical request that come from the request itself.
#[derive(Debug, Clone, Copy)]
pub struct CanonicalInput<'a> {
    /// HTTP method, upper case.
    pub method: &'a str,
    /// Path, `/` for RPC-style APIs.
    pub path: &'a str,
    /// Query parameters (raw, not yet encoded).
    pub query: &'a [(&'a str, &'a str)],
    /// Headers to sign (any case; they are lower-cased and sorted).
    pub headers: &'a [(&'a str, &'a str)],
    /// Hex SHA-256 of the body, see [`hashed_payload`].
    pub hashed_payload: &'a str,
}

/// The canonical request and the `SignedHeaders` list that goes with it.
pub fn canonical_request(input: &CanonicalInput<'_>) -> (String, String) {
    let mut query: Vec<(Cow<'_, str>, Cow<'_, str>)> = input
        .query
        .iter()
        .map(|(k, v)| (percent_encode_cow(k), percent_encode_cow(v)))
        .collect();
    query.sort_unstable();
    let mut headers: Vec<(Cow<'_, str>, &str)> = input
        .headers
        .iter()
        .map(|(k, v)| {
            let name = if k.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(k.to_ascii_lowercase())
            } else {
                Cow::Borrowed(*k)
            };
            (name, v.trim())
        })
        .collect();
    headers.sort_unstable();

    let query = super::v1::join_pairs(&query);
    let mut signed = String::with_capacity(headers.iter().map(|(k, _)| k.len() + 1).sum());
    for (i, (k, _)) in headers.iter().enumerate() {
        if i > 0 {
            signed.push(';');
        }
        signed.push_str(k);
    }
    let headers_len: usize = headers.iter().map(|(k, v)| k.len() + v.len() + 2).sum();
    let mut out = String::with_capacity(
        input.method.len() + input.path.len() + query.len() + headers_len + signed.len() + 72,
    );
    out.push_str(input.method);
    out.push('\n');
    out.push_str(input.path);
    out.push('\n');
    out.push_str(&query);
    out.push('\n');
    for (k, v) in &headers {
        out.push_str(k);
        out.push(':');
        out.push_str(v);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&signed);
    out.push('\n');
    out.push_str(input.hashed_payload);
    (out, signed)
}

/// `"ACS3-HMAC-SHA256\n" + hex(SHA-256(canonical_request))`.
pub fn string_to_sign(canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{}",
        hex::encode(Sha256::digest(canonical_request.as_bytes()))
    )
}

/// `hex(HMAC-SHA256(secret, string_to_sign))`.
pub fn signature(secret: &str, string_to_sign: &str) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .expect("HMAC accepts any key length");
    mac.update(string_to_sign.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// The `Authorization` header value.
pub fn authorization(access_key_id: &str, signed_headers: &str, signature: &str) -> String {
    format!("{ALGORITHM} Credential={access_key_id},SignedHeaders={signed_headers},Signature={signature}")
}

/// The fields of an `Authorization: ACS3-HMAC-SHA256 ...` header, as a server reads them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedAuthorization<'a> {
    /// `Credential=`: the access key id.
    pub access_key_id: &'a str,
    /// `SignedHeaders=`: lower-case names joined by `;`.
    pub signed_headers: &'a str,
    /// `Signature=`: lower-case hex.
    pub signature: &'a str,
}

/// Splits an `Authorization` header; `None` when it is not a well-formed V3 header.
pub fn parse_authorization(value: &str) -> Option<ParsedAuthorization<'_>> {
    let rest = value.trim().strip_prefix(ALGORITHM)?.trim_start();
    let (mut id, mut signed, mut sig) = (None, None, None);
    for part in rest.split(',') {
        let (k, v) = part.trim().split_once('=')?;
        match k {
            "Credential" => id = Some(v),
            "SignedHeaders" => signed = Some(v),
            "Signature" => sig = Some(v),
            _ => {}
        }
    }
    Some(ParsedAuthorization {
        access_key_id: id?,
        signed_headers: signed?,
        signature: sig?,
    })
}
