//! Assuming a RAM role through STS `AssumeRole` (signature V1), with cached, refreshed results.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;

use super::cache::SessionCache;
use super::http::{self, Method};
use super::{ChainConfig, Credentials, CredentialsProvider};
use crate::endpoint::Endpoint;
use crate::sign;
use crate::transport::RawResponse;
use crate::Error;

/// The STS API version.
pub const STS_API_VERSION: &str = "2015-04-01";

/// The session length asked for when none is configured, in seconds.
pub const DEFAULT_DURATION_SECONDS: u32 = 3600;

/// The shortest session STS grants, in seconds.
pub const MIN_DURATION_SECONDS: u32 = 900;

/// Which role to assume, and how.
///
/// ```
/// let role = vpncert::credentials::AssumeRole::new("acs:ram::123456789012:role/vpn-admin")
///     .role_session_name("onboarding")
///     .duration_seconds(1800);
/// assert_eq!(role.role_arn(), "acs:ram::123456789012:role/vpn-admin");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct AssumeRole {
    role_arn: String,
    role_session_name: Option<String>,
    duration_seconds: u32,
    policy: Option<String>,
    external_id: Option<String>,
    sts_region: Option<String>,
    enable_vpc: bool,
}

impl fmt::Debug for AssumeRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The ARN only when it looks like one: a misplaced secret may stand where it belongs.
        f.debug_struct("AssumeRole")
            .field("role_arn", &super::shown_arn(&self.role_arn))
            .field("role_session_name", &self.role_session_name)
            .field("duration_seconds", &self.duration_seconds)
            .field("policy", &self.policy.is_some())
            .field("external_id", &self.external_id.is_some())
            .field("sts_region", &self.sts_region)
            .field("enable_vpc", &self.enable_vpc)
            .finish()
    }
}

impl AssumeRole {
    /// The role, e.g. `acs:ram::<account>:role/<name>`.
    pub fn new(role_arn: impl Into<String>) -> Self {
        AssumeRole {
            role_arn: role_arn.into(),
            role_session_name: None,
            duration_seconds: DEFAULT_DURATION_SECONDS,
            policy: None,
            external_id: None,
            sts_region: None,
            enable_vpc: false,
        }
    }

    /// The session name recorded in the audit log (default: `ALIBABA_CLOUD_ROLE_SESSION_NAME`,
    /// else `vpncert-<milliseconds>`).
    pub fn role_session_name(mut self, name: impl Into<String>) -> Self {
        self.role_session_name = Some(name.into()).filter(|n| !n.trim().is_empty());
        self
    }

    /// How long the credentials live, at least 900 seconds (default 3600; 0 means the default).
    pub fn duration_seconds(mut self, seconds: u32) -> Self {
        self.duration_seconds = if seconds == 0 {
            DEFAULT_DURATION_SECONDS
        } else {
            seconds
        };
        self
    }

    /// A policy narrowing what the session may do (JSON text).
    pub fn policy(mut self, policy: impl Into<String>) -> Self {
        self.policy = Some(policy.into()).filter(|p| !p.trim().is_empty());
        self
    }

    /// The external id the role's trust policy asks for.
    pub fn external_id(mut self, id: impl Into<String>) -> Self {
        self.external_id = Some(id.into()).filter(|p| !p.trim().is_empty());
        self
    }

    /// The region whose STS endpoint to use (`sts.<region>.aliyuncs.com`).
    pub fn sts_region(mut self, region: impl Into<String>) -> Self {
        self.sts_region = Some(region.into()).filter(|p| !p.trim().is_empty());
        self
    }

    /// Use the VPC-internal STS endpoint (`sts-vpc.<region>.aliyuncs.com`).
    pub fn enable_vpc(mut self, yes: bool) -> Self {
        self.enable_vpc = yes;
        self
    }

    /// The role ARN.
    pub fn role_arn(&self) -> &str {
        &self.role_arn
    }
}

/// Credentials of an assumed RAM role: STS `AssumeRole`, signed V1 with the credentials of a
/// source provider, cached and refreshed before they expire.
pub struct AssumeRoleProvider {
    source: Arc<dyn CredentialsProvider>,
    role: AssumeRole,
    session_name: String,
    endpoint: Endpoint,
    agent: ureq::Agent,
    cache: SessionCache,
}

impl fmt::Debug for AssumeRoleProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AssumeRoleProvider")
            .field("role_arn", &super::shown_arn(&self.role.role_arn))
            .field("role_session_name", &self.session_name)
            .field("sts_endpoint", &self.endpoint.base_url())
            .field("source", &self.source)
            .finish()
    }
}

impl AssumeRoleProvider {
    /// Assumes `role` with the credentials `source` yields. Checks the settings; no request is
    /// made until credentials are needed.
    pub fn new(
        source: Arc<dyn CredentialsProvider>,
        role: AssumeRole,
        config: &ChainConfig,
    ) -> Result<Self, Error> {
        if role.role_arn.trim().is_empty() {
            return Err(Error::Credentials("RoleArn is empty".into()));
        }
        if role.duration_seconds < MIN_DURATION_SECONDS {
            return Err(Error::Credentials(format!(
                "DurationSeconds {} is below the minimum of {MIN_DURATION_SECONDS}",
                role.duration_seconds
            )));
        }
        let session_name = session_name(role.role_session_name.as_deref(), config);
        let endpoint = config.resolve_sts_endpoint(role.sts_region.as_deref(), role.enable_vpc)?;
        let agent = sts_agent(config, &endpoint)?;
        Ok(AssumeRoleProvider {
            source,
            role,
            session_name,
            endpoint,
            agent,
            cache: SessionCache::new(config.clock.clone(), config.refresh_before),
        })
    }

    /// The STS endpoint requests go to.
    pub fn sts_endpoint_url(&self) -> String {
        self.endpoint.base_url()
    }

    fn fetch(&self) -> Result<Credentials, Error> {
        let arn = &self.role.role_arn;
        // A value set where the ARN belongs may be a misplaced secret: messages show it only when
        // it looks like an ARN.
        let shown = super::shown_arn(arn);
        let source = self.source.credentials().map_err(|e| {
            Error::Credentials(format!(
                "no source credentials to assume {shown} with: {}",
                strip_prefix(&e)
            ))
        })?;
        source
            .validate()
            .map_err(|e| Error::Credentials(format!("source credentials for {shown}: {e}")))?;
        let timestamp = sign::format_timestamp(self.cache.clock().now());
        let nonce = sign::new_nonce();
        let mut common: Vec<(&str, &str)> = vec![
            ("Action", "AssumeRole"),
            ("Version", STS_API_VERSION),
            ("Format", "JSON"),
            ("AccessKeyId", source.access_key_id()),
            ("SignatureMethod", "HMAC-SHA1"),
            ("SignatureVersion", "1.0"),
            ("SignatureNonce", &nonce),
            ("Timestamp", &timestamp),
        ];
        if let Some(token) = source.security_token() {
            common.push(("SecurityToken", token.expose()));
        }
        let duration = self.role.duration_seconds.to_string();
        let mut form: Vec<(&str, &str)> = vec![
            ("RoleArn", arn),
            ("RoleSessionName", &self.session_name),
            ("DurationSeconds", &duration),
        ];
        if let Some(p) = &self.role.policy {
            form.push(("Policy", p));
        }
        if let Some(x) = &self.role.external_id {
            form.push(("ExternalId", x));
        }
        let string_to_sign =
            sign::v1::string_to_sign("POST", common.iter().chain(form.iter()).copied());
        let signature = sign::v1::signature(source.access_key_secret().expose(), &string_to_sign);
        let mut url = self.endpoint.base_url();
        url.push('?');
        url.push_str(&sign::v1::canonical_query(common.iter().copied()));
        url.push_str("&Signature=");
        sign::percent_encode_into(&mut url, &signature);
        let body = sign::v1::canonical_query(form.iter().copied());
        let where_ = format!("STS AssumeRole of {shown} at {}", self.endpoint.authority);
        let raw = http::exchange(
            &self.agent,
            Method::PostForm(body),
            &url,
            &[("accept", "application/json")],
        )
        .map_err(|e| Error::Credentials(format!("{where_} failed: {e}")));
        // A proxy or gateway page may quote the request, the source STS token included.
        let mut scrubber = crate::redact::Scrubber::new();
        source.add_secrets_to(&mut scrubber);
        raw.and_then(|raw| read_answer(&raw, &where_, &string_to_sign))
            .map_err(|e| e.scrub(&scrubber))
    }
}

impl CredentialsProvider for AssumeRoleProvider {
    fn credentials(&self) -> Result<Credentials, Error> {
        self.cache.get(|| self.fetch())
    }
}

#[derive(Deserialize)]
struct AssumeRoleResponse {
    #[serde(rename = "RequestId", default)]
    request_id: String,
    #[serde(rename = "Credentials")]
    credentials: Option<StsCredentials>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct StsCredentials {
    access_key_id: String,
    access_key_secret: String,
    security_token: String,
    expiration: String,
}

/// The session name: the configured one, else `ALIBABA_CLOUD_ROLE_SESSION_NAME`, else
/// `vpncert-<milliseconds>` (the official libraries generate a name of the same shape).
pub(crate) fn session_name(given: Option<&str>, config: &ChainConfig) -> String {
    if let Some(n) = given.map(str::trim).filter(|n| !n.is_empty()) {
        return n.to_owned();
    }
    config
        .environment
        .var("ALIBABA_CLOUD_ROLE_SESSION_NAME")
        .unwrap_or_else(|| {
            let ms = config
                .clock
                .now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_millis();
            format!("vpncert-{ms}")
        })
}

/// An agent for one STS endpoint, through the proxy the settings choose for it.
pub(crate) fn sts_agent(config: &ChainConfig, endpoint: &Endpoint) -> Result<ureq::Agent, Error> {
    let proxy = crate::proxy::select(
        &config.environment,
        config.proxy.as_deref(),
        &endpoint.scheme,
        &endpoint.authority,
    )?;
    Ok(http::agent(
        Duration::from_secs(5),
        Duration::from_secs(10),
        proxy,
        config.tls.clone(),
    ))
}

/// The temporary credentials in an STS answer (`AssumeRole`, `AssumeRoleWithOIDC`), or why
/// there are none: a refusal with its code, HTTP status and request id, or an unusable body.
/// `where_` names the call; `string_to_sign` is ours, empty for an unsigned call.
pub(crate) fn read_answer(
    raw: &RawResponse,
    where_: &str,
    string_to_sign: &str,
) -> Result<Credentials, Error> {
    if !(200..300).contains(&raw.status) {
        let e = crate::decode::failure(raw, string_to_sign);
        return Err(Error::Credentials(format!(
            "{where_} refused: {}",
            describe_refusal(&e)
        )));
    }
    let parsed: AssumeRoleResponse = serde_json::from_str(&raw.body)
        .map_err(|e| Error::Credentials(format!("{where_}: unreadable response: {e}")))?;
    let c = parsed.credentials.ok_or_else(|| {
        Error::Credentials(format!(
            "{where_}: response has no Credentials (RequestId {})",
            parsed.request_id
        ))
    })?;
    let expiration = sign::parse_timestamp(c.expiration.trim()).ok_or_else(|| {
        Error::Credentials(format!(
            "{where_}: unreadable Expiration {:?}",
            c.expiration
        ))
    })?;
    Ok(
        Credentials::sts(c.access_key_id, c.access_key_secret, c.security_token)
            .with_expiration(expiration),
    )
}

/// An error message without the variant's own prefix (`credentials: `), for nesting.
pub(crate) fn strip_prefix(e: &Error) -> String {
    match e {
        Error::Credentials(m) => m.clone(),
        other => other.to_string(),
    }
}

/// Code, HTTP status, message and request id of a refused call. The server's echo of the string
/// to sign is left out: it holds the caller's AccessKeyId and, for STS source credentials, the
/// security token.
pub(crate) fn describe_refusal(e: &Error) -> String {
    match e.as_api() {
        Some(api) => {
            let mut message = api.message.as_str();
            let cut = message
                .find("server string to sign")
                .or_else(|| message.find("string to sign"));
            if let Some(i) = cut {
                message = message[..i].trim_end_matches([' ', ':', ',']);
            }
            let code = if api.code.is_empty() {
                "(no code)"
            } else {
                &api.code
            };
            let mut s = format!("{code} (HTTP {}): {message}", api.http_status);
            if !api.request_id.is_empty() {
                s.push_str(&format!(" [RequestId: {}]", api.request_id));
            }
            s
        }
        None => e.to_string(),
    }
}
