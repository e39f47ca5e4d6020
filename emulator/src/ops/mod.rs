//! What each operation of the family does, one module each. Which actions exist, their typed
//! parameters and the dispatch are generated from the spec (`crate::generated::actions`).

pub(crate) mod create_ssl_vpn_client_cert;
pub(crate) mod create_ssl_vpn_server;
pub(crate) mod delete_ssl_vpn_client_cert;
pub(crate) mod delete_ssl_vpn_server;
pub(crate) mod describe_ssl_vpn_client_cert;
pub(crate) mod describe_ssl_vpn_client_certs;
pub(crate) mod describe_ssl_vpn_clients;
pub(crate) mod describe_ssl_vpn_servers;
pub(crate) mod describe_vpn_gateway;
pub(crate) mod describe_vpn_gateways;
pub(crate) mod describe_vpn_ssl_server_logs;
pub(crate) mod modify_ssl_vpn_client_cert;
pub(crate) mod modify_ssl_vpn_server;
pub(crate) mod settings;

use std::time::{Instant, SystemTime};

use serde_json::{json, Value};

use crate::builder::Config;
use crate::error::Failure;
use crate::params::Params;
use crate::world::World;

pub(crate) use crate::generated::actions::{run, Action};

/// What an operation works with.
pub(crate) struct Ctx<'a> {
    pub world: &'a mut World,
    pub config: &'a Config,
    pub params: &'a Params,
    pub region_id: &'a str,
    pub access_key_id: &'a str,
    /// The emulator's clock (skew applied).
    pub now: SystemTime,
    /// The monotonic clock, for how long gateways stay configuring.
    pub instant: Instant,
}

/// The name rules of create and modify: 1 to 100 characters, not starting with `http://` or
/// `https://`.
fn validate_name(name: &str) -> Result<(), Failure> {
    let chars = name.chars().count();
    if chars == 0 {
        return Err(Failure::invalid_name("the name must not be empty."));
    }
    if chars > 100 {
        return Err(Failure::invalid_name(
            "the name must be 1 to 100 characters long.",
        ));
    }
    let lower = name.get(..8).unwrap_or(name).to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Err(Failure::invalid_name(
            "the name must not start with http:// or https://.",
        ));
    }
    Ok(())
}

/// The ClientToken, when given: ASCII only, at most 64 characters.
fn client_token(token: Option<&str>) -> Result<Option<&str>, Failure> {
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    if !token.is_ascii() || token.len() > 64 {
        return Err(Failure::invalid_parameter(
            "ClientToken",
            "it must contain only ASCII characters and be at most 64 characters long.",
        ));
    }
    Ok(Some(token))
}

/// The result of an earlier call by this access key with this ClientToken.
fn recall(cx: &Ctx<'_>, action: Action, token: Option<&str>) -> Option<Value> {
    cx.world.remembered(cx.access_key_id, action.name(), token?)
}

/// Remembers a result under its ClientToken.
fn remember(cx: &mut Ctx<'_>, action: Action, token: Option<&str>, result: &Value) {
    if let Some(token) = token {
        cx.world
            .remember(cx.access_key_id, action.name(), token, result.clone());
    }
}

/// `PageNumber` (default 1, at least 1) and `PageSize` (default 10, 1 to 50).
fn paging(params: &Params) -> Result<(u64, u64), Failure> {
    let number = match params.non_empty("PageNumber") {
        None => 1,
        Some(v) => v.parse::<u64>().ok().filter(|n| *n >= 1).ok_or_else(|| {
            Failure::invalid_parameter("PageNumber", "it must be a whole number of at least 1.")
        })?,
    };
    let size = match params.non_empty("PageSize") {
        None => 10,
        Some(v) => v
            .parse::<u64>()
            .ok()
            .filter(|n| (1..=50).contains(n))
            .ok_or_else(|| {
                Failure::invalid_parameter("PageSize", "it must be a whole number from 1 to 50.")
            })?,
    };
    Ok((number, size))
}

/// The items of one page.
fn page<T>(items: Vec<T>, number: u64, size: u64) -> Vec<T> {
    let skip = number.saturating_sub(1).saturating_mul(size);
    items
        .into_iter()
        .skip(usize::try_from(skip).unwrap_or(usize::MAX))
        .take(size as usize)
        .collect()
}

/// The answer of a paged list: its counts and one page of `all` under `{list: {item: [...]}}`,
/// the shape the API's XML roots give the JSON of every such list.
fn paged(list: &str, item: &str, all: Vec<Value>, number: u64, size: u64) -> Value {
    let total = all.len();
    json!({
        "PageNumber": number,
        "PageSize": size,
        "TotalCount": total,
        list: { item: page(all, number, size) },
    })
}

/// Whether an optional filter matches (an empty filter is no filter, as the gateway reads it).
fn matches(filter: Option<&String>, value: &str) -> bool {
    filter.is_none_or(|f| f.is_empty() || f == value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_reference() {
        assert!(validate_name("alice").is_ok());
        assert!(validate_name(&"证".repeat(100)).is_ok());
        assert_eq!(
            validate_name(&"a".repeat(101)).unwrap_err().code,
            "InvalidName"
        );
        assert_eq!(validate_name("").unwrap_err().code, "InvalidName");
        assert_eq!(validate_name("https://x").unwrap_err().code, "InvalidName");
        assert_eq!(validate_name("HTTP://x").unwrap_err().code, "InvalidName");
        assert!(validate_name("http:/x").is_ok());
        assert!(validate_name("证书").is_ok());
    }

    #[test]
    fn paging_defaults_and_bounds() {
        let p = |pairs: &[(&str, &str)]| {
            Params::new(
                pairs
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            )
        };
        assert_eq!(paging(&p(&[])).unwrap(), (1, 10));
        assert_eq!(
            paging(&p(&[("PageNumber", "3"), ("PageSize", "50")])).unwrap(),
            (3, 50)
        );
        assert!(paging(&p(&[("PageSize", "51")])).is_err());
        assert!(paging(&p(&[("PageSize", "0")])).is_err());
        assert!(paging(&p(&[("PageNumber", "0")])).is_err());
        assert!(paging(&p(&[("PageNumber", "x")])).is_err());
        assert_eq!(page((1..=25).collect(), 3, 10), vec![21, 22, 23, 24, 25]);
        assert!(page((1..=25).collect::<Vec<_>>(), u64::MAX, 50).is_empty());
    }

    #[test]
    fn client_tokens_are_ascii_and_short() {
        assert_eq!(client_token(Some("t-1")).unwrap(), Some("t-1"));
        assert_eq!(client_token(Some("")).unwrap(), None);
        assert_eq!(client_token(None).unwrap(), None);
        assert!(client_token(Some(&"a".repeat(65))).is_err());
        assert!(client_token(Some("令牌")).is_err());
    }
}
