//! Authentication like the gateway: signature V1 (parameters) and V3 (`Authorization` header),
//! the 15-minute timestamp window, nonce reuse, access keys and STS tokens.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant, SystemTime};

use vpncert::sign::{self, v1, v3};

use crate::builder::{KeySpec, Role};
use crate::error::Failure;
use crate::http::Request;
use crate::ops::Action;

/// The API version this product speaks.
pub(crate) const API_VERSION: &str = "2016-04-28";

/// Requests signed further than this from the emulator's clock are refused.
pub(crate) const TIMESTAMP_WINDOW: Duration = Duration::from_secs(15 * 60);

/// The access keys, by id, and which key each STS token belongs to.
#[derive(Debug, Default)]
pub(crate) struct Keys {
    by_id: HashMap<String, KeySpec>,
    token_owner: HashMap<String, String>,
}

impl Keys {
    pub fn new(keys: &[KeySpec]) -> Keys {
        let mut out = Keys::default();
        for k in keys {
            if let Some(t) = &k.security_token {
                out.token_owner.insert(t.clone(), k.id.clone());
            }
            out.by_id.insert(k.id.clone(), k.clone());
        }
        out
    }
}

/// Nonces seen in the last [`TIMESTAMP_WINDOW`], per access key. Older ones need not be kept:
/// a request that old is refused for its timestamp anyway. Nonces are also kept in arrival order,
/// so expiry pops from the front: constant work per request however busy the window is.
#[derive(Debug)]
pub(crate) struct NonceCache {
    seen: HashMap<(String, String), Instant>,
    order: VecDeque<(Instant, (String, String))>,
    capacity: usize,
}

impl Default for NonceCache {
    fn default() -> Self {
        NonceCache::with_capacity(NONCE_CAPACITY)
    }
}

/// At most this many nonces are remembered; past it the oldest are forgotten first (a replay of
/// one of those would need over a million requests inside the window to go unnoticed).
const NONCE_CAPACITY: usize = 1_000_000;

impl NonceCache {
    fn with_capacity(capacity: usize) -> Self {
        NonceCache {
            seen: HashMap::new(),
            order: VecDeque::new(),
            capacity,
        }
    }

    /// Records the nonce; `false` when it was already used within the window.
    pub fn first_use(&mut self, access_key_id: &str, nonce: &str, now: Instant) -> bool {
        while let Some((at, _)) = self.order.front() {
            let expired = now.saturating_duration_since(*at) >= TIMESTAMP_WINDOW;
            if !expired && self.order.len() < self.capacity {
                break;
            }
            if let Some((at, key)) = self.order.pop_front() {
                if self.seen.get(&key) == Some(&at) {
                    self.seen.remove(&key);
                }
            }
        }
        let key = (access_key_id.to_owned(), nonce.to_owned());
        if self.seen.contains_key(&key) {
            return false;
        }
        self.seen.insert(key.clone(), now);
        self.order.push_back((now, key));
        true
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.seen.len()
    }
}

#[cfg(test)]
mod nonce_tests {
    use super::*;

    #[test]
    fn reuse_within_the_window_is_refused_and_allowed_after_it() {
        let mut cache = NonceCache::default();
        let t0 = Instant::now();
        assert!(cache.first_use("id", "n1", t0));
        assert!(!cache.first_use("id", "n1", t0 + Duration::from_secs(60)));
        assert!(
            cache.first_use("other-id", "n1", t0),
            "nonces are per access key"
        );
        let later = t0 + TIMESTAMP_WINDOW + Duration::from_secs(1);
        assert!(
            cache.first_use("id", "n1", later),
            "an expired nonce is forgotten"
        );
        assert!(!cache.first_use("id", "n1", later));
        assert_eq!(
            cache.len(),
            1,
            "expired entries are dropped as time passes: {cache:?}"
        );
    }

    #[test]
    fn capacity_bounds_memory() {
        let mut cache = NonceCache::default();
        let t0 = Instant::now();
        for i in 0..NONCE_CAPACITY + 10 {
            assert!(cache.first_use("id", &i.to_string(), t0));
        }
        assert!(cache.len() <= NONCE_CAPACITY);
        assert!(
            !cache.first_use("id", &(NONCE_CAPACITY + 9).to_string(), t0),
            "recent ones are kept"
        );
    }
}

/// Who made an authenticated request, and what it asks for.
#[derive(Debug, Clone)]
pub(crate) struct Authenticated {
    pub access_key_id: String,
    pub role: Role,
    pub action: Action,
}

/// Everything authentication needs besides the request.
pub(crate) struct Context<'a> {
    pub keys: &'a Keys,
    pub nonces: &'a std::sync::Mutex<NonceCache>,
    /// The emulator's clock (skew applied).
    pub now: SystemTime,
}

/// Authenticates a request. `query` and `form` are its decoded query and form-body parameters.
pub(crate) fn authenticate(
    req: &Request,
    query: &[(String, String)],
    form: &[(String, String)],
    cx: &Context<'_>,
) -> Result<Authenticated, Failure> {
    match req.header("authorization") {
        Some(auth) => verify_v3(req, auth, query, cx),
        None => verify_v1(req, query, form, cx),
    }
}

fn check_version(version: &str) -> Result<(), Failure> {
    if version == API_VERSION {
        Ok(())
    } else {
        Err(Failure::invalid_version(version))
    }
}

fn check_time(value: &str, name: &str, now: SystemTime) -> Result<(), Failure> {
    let t = sign::parse_timestamp(value).ok_or_else(|| Failure::timestamp_format(name))?;
    let skew = match t.duration_since(now) {
        Ok(d) => d,
        Err(e) => e.duration(),
    };
    if skew > TIMESTAMP_WINDOW {
        return Err(Failure::timestamp_expired(
            value,
            &sign::format_timestamp(now),
        ));
    }
    Ok(())
}

fn lookup_key<'k>(keys: &'k Keys, id: &str) -> Result<&'k KeySpec, Failure> {
    let key = keys
        .by_id
        .get(id)
        .ok_or_else(Failure::access_key_not_found)?;
    if key.role == Role::Inactive {
        return Err(Failure::access_key_inactive());
    }
    Ok(key)
}

fn check_token(
    keys: &Keys,
    key: &KeySpec,
    token: Option<&str>,
    now: SystemTime,
) -> Result<(), Failure> {
    let token = token.filter(|t| !t.is_empty());
    match (&key.security_token, token) {
        (None, None) => Ok(()),
        (None, Some(_)) => Err(Failure::security_token_mismatch()),
        (Some(_), None) => Err(Failure::security_token_malformed(
            "STS access keys must send their SecurityToken.",
        )),
        (Some(expected), Some(got)) if expected == got => {
            if key.expires_at.is_some_and(|at| now >= at) {
                Err(Failure::security_token_expired())
            } else {
                Ok(())
            }
        }
        (Some(_), Some(got)) => {
            if keys.token_owner.contains_key(got) {
                Err(Failure::security_token_mismatch())
            } else {
                Err(Failure::security_token_malformed(
                    "The token was not issued by the STS service.",
                ))
            }
        }
    }
}

fn record_nonce(cx: &Context<'_>, access_key_id: &str, nonce: &str) -> Result<(), Failure> {
    let mut nonces = cx
        .nonces
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if nonces.first_use(access_key_id, nonce, Instant::now()) {
        Ok(())
    } else {
        Err(Failure::nonce_used())
    }
}

fn verify_v1(
    req: &Request,
    query: &[(String, String)],
    form: &[(String, String)],
    cx: &Context<'_>,
) -> Result<Authenticated, Failure> {
    let all: Vec<(&str, &str)> = query
        .iter()
        .chain(form)
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let get = |name: &str| {
        all.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| *v)
            .filter(|v| !v.is_empty())
    };
    let action = get("Action").ok_or_else(|| Failure::missing_parameter("Action"))?;
    let version = get("Version").ok_or_else(|| Failure::missing_parameter("Version"))?;
    check_version(version)?;
    let action = Action::from_name(action).ok_or_else(|| Failure::action_not_found(action))?;
    let signature = get("Signature")
        .ok_or_else(|| Failure::incomplete_signature("The Signature parameter is missing."))?;
    match get("SignatureMethod") {
        Some("HMAC-SHA1") => {}
        Some(other) => {
            return Err(Failure::incomplete_signature(&format!(
                "SignatureMethod {other} is not supported; use HMAC-SHA1."
            )))
        }
        None => {
            return Err(Failure::incomplete_signature(
                "The SignatureMethod parameter is missing.",
            ))
        }
    }
    match get("SignatureVersion") {
        Some("1.0") => {}
        Some(other) => {
            return Err(Failure::incomplete_signature(&format!(
                "SignatureVersion {other} is not supported; use 1.0."
            )))
        }
        None => {
            return Err(Failure::incomplete_signature(
                "The SignatureVersion parameter is missing.",
            ))
        }
    }
    let access_key_id =
        get("AccessKeyId").ok_or_else(|| Failure::missing_parameter("AccessKeyId"))?;
    let timestamp = get("Timestamp").ok_or_else(|| Failure::missing_parameter("Timestamp"))?;
    check_time(timestamp, "Timestamp", cx.now)?;
    let nonce =
        get("SignatureNonce").ok_or_else(|| Failure::missing_parameter("SignatureNonce"))?;
    let key = lookup_key(cx.keys, access_key_id)?;
    check_token(cx.keys, key, get("SecurityToken"), cx.now)?;
    let string_to_sign = v1::string_to_sign(
        &req.method,
        all.iter().copied().filter(|(k, _)| *k != "Signature"),
    );
    if v1::signature(&key.secret, &string_to_sign) != signature {
        return Err(Failure::signature_does_not_match(&string_to_sign));
    }
    record_nonce(cx, access_key_id, nonce)?;
    Ok(Authenticated {
        access_key_id: access_key_id.to_owned(),
        role: key.role,
        action,
    })
}

fn verify_v3(
    req: &Request,
    authorization: &str,
    query: &[(String, String)],
    cx: &Context<'_>,
) -> Result<Authenticated, Failure> {
    let auth = v3::parse_authorization(authorization).ok_or_else(|| {
        Failure::incomplete_signature(
            "The Authorization header must read `ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<names>,Signature=<hex>`.",
        )
    })?;
    let header = |name: &str| req.header(name).filter(|v| !v.is_empty());
    let action =
        header("x-acs-action").ok_or_else(|| Failure::missing_parameter("x-acs-action"))?;
    let version =
        header("x-acs-version").ok_or_else(|| Failure::missing_parameter("x-acs-version"))?;
    check_version(version)?;
    let action = Action::from_name(action).ok_or_else(|| Failure::action_not_found(action))?;
    if auth.access_key_id.is_empty() {
        return Err(Failure::missing_parameter("AccessKeyId"));
    }
    let signed: Vec<&str> = auth.signed_headers.split(';').collect();
    if signed
        .iter()
        .any(|n| n.is_empty() || n.bytes().any(|b| b.is_ascii_uppercase()))
    {
        return Err(Failure::incomplete_signature(
            "SignedHeaders must list lower-case header names separated by `;`.",
        ));
    }
    if !signed.contains(&"host") {
        return Err(Failure::incomplete_signature(
            "SignedHeaders must include host.",
        ));
    }
    for (name, _) in &req.headers {
        if name.starts_with("x-acs-") && !signed.contains(&name.as_str()) {
            return Err(Failure::incomplete_signature(&format!(
                "SignedHeaders must include every x-acs-* header; {name} is not signed."
            )));
        }
    }
    let date = header("x-acs-date").ok_or_else(|| Failure::missing_parameter("x-acs-date"))?;
    check_time(date, "x-acs-date", cx.now)?;
    let nonce = header("x-acs-signature-nonce")
        .ok_or_else(|| Failure::missing_parameter("x-acs-signature-nonce"))?;
    let key = lookup_key(cx.keys, auth.access_key_id)?;
    check_token(cx.keys, key, header("x-acs-security-token"), cx.now)?;

    let mut values: Vec<(&str, String)> = Vec::with_capacity(signed.len());
    for name in &signed {
        let mut vals: Vec<&str> = req.header_values(name).collect();
        if vals.is_empty() {
            return Err(Failure::incomplete_signature(&format!(
                "The signed header {name} is not in the request."
            )));
        }
        vals.sort_unstable();
        values.push((name, vals.join(",")));
    }
    let headers: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let query: Vec<(&str, &str)> = query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let payload = v3::hashed_payload(&req.body);
    let (canonical, _) = v3::canonical_request(&v3::CanonicalInput {
        method: &req.method,
        path: &req.path,
        query: &query,
        headers: &headers,
        hashed_payload: &payload,
    });
    let string_to_sign = v3::string_to_sign(&canonical);
    if !v3::signature(&key.secret, &string_to_sign).eq_ignore_ascii_case(auth.signature) {
        return Err(Failure::signature_does_not_match(&string_to_sign));
    }
    record_nonce(cx, auth.access_key_id, nonce)?;
    Ok(Authenticated {
        access_key_id: auth.access_key_id.to_owned(),
        role: key.role,
        action,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonces_are_single_use_within_the_window() {
        let mut c = NonceCache::default();
        let t = Instant::now();
        assert!(c.first_use("k", "n1", t));
        assert!(!c.first_use("k", "n1", t));
        assert!(c.first_use("other", "n1", t), "nonces are per access key");
        assert!(c.first_use("k", "n1", t + TIMESTAMP_WINDOW + Duration::from_secs(1)));
    }

    #[test]
    fn timestamps_outside_fifteen_minutes_are_refused() {
        let now = sign::parse_timestamp("2024-03-04T08:00:00Z").unwrap();
        assert!(check_time("2024-03-04T08:15:00Z", "Timestamp", now).is_ok());
        assert!(check_time("2024-03-04T07:45:00Z", "Timestamp", now).is_ok());
        let e = check_time("2024-03-04T08:15:01Z", "Timestamp", now).unwrap_err();
        assert_eq!(e.code, "InvalidTimeStamp.Expired");
        let e = check_time("2024-03-04 08:00:00", "Timestamp", now).unwrap_err();
        assert_eq!(e.code, "InvalidTimeStamp.Format");
    }
}
