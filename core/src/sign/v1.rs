//! Signature V1: HMAC-SHA1 over the sorted, twice-encoded parameter list.

use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha1::Sha1;

use std::borrow::Cow;

use super::{percent_encode_cow, percent_encode_into};

/// The parameters in canonical form: names and values percent-encoded, sorted by encoded name,
/// joined as `name=value` with `&`. `Signature` must not be among them.
pub fn canonical_query<'a, I>(params: I) -> String
where
    I: IntoIterator<Item = (&'a str, &'a str)>,
{
    let mut pairs: Vec<(Cow<'a, str>, Cow<'a, str>)> = params
        .into_iter()
        .map(|(k, v)| (percent_encode_cow(k), percent_encode_cow(v)))
        .collect();
    pairs.sort_unstable();
    join_pairs(&pairs)
}

/// `k=v` joined by `&`, in one allocation.
pub(crate) fn join_pairs(pairs: &[(Cow<'_, str>, Cow<'_, str>)]) -> String {
    let mut out = String::with_capacity(pairs.iter().map(|(k, v)| k.len() + v.len() + 2).sum());
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
    out
}

/// `METHOD&%2F&percent_encode(canonical_query)`.
pub fn string_to_sign<'a, I>(method: &str, params: I) -> String
where
    I: IntoIterator<Item = (&'a str, &'a str)>,
{
    let query = canonical_query(params);
    let mut out = String::with_capacity(method.len() + 4 + query.len() * 5 / 4);
    out.push_str(method);
    out.push_str("&%2F&");
    percent_encode_into(&mut out, &query);
    out
}

/// `base64(HMAC-SHA1(secret + "&", string_to_sign))`.
pub fn signature(secret: &str, string_to_sign: &str) -> String {
    // HMAC takes keys of any length, so this cannot fail.
    let mut mac = <Hmac<Sha1> as Mac>::new_from_slice(format!("{secret}&").as_bytes())
        .expect("HMAC accepts any key length");
    mac.update(string_to_sign.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}
