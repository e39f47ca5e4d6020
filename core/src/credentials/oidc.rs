//! A RAM role assumed with an OIDC token: STS `AssumeRoleWithOIDC`, what Alibaba Cloud calls RRSA
//! (RAM Roles for Service Accounts) for pods on ACK / Kubernetes.
//!
//! With RRSA enabled, a pod receives three variables: `ALIBABA_CLOUD_ROLE_ARN` (the role to
//! assume), `ALIBABA_CLOUD_OIDC_PROVIDER_ARN` (the cluster's OIDC identity provider in RAM) and
//! `ALIBABA_CLOUD_OIDC_TOKEN_FILE` (a service-account token the kubelet rotates in place). The
//! token is exchanged at STS (API version 2015-04-01) for temporary credentials. The call carries
//! no AccessKey and no signature: the token is the proof of identity.
//!
//! The token file is read again at every refresh, so a rotated token is always the one sent. The
//! token lives in memory only for the duration of one STS call and never appears in a message;
//! an unreadable file is reported with its path and the operating system's reason.
//!
//! Where the role comes from:
//! - the environment, [`OidcEnvProvider`] (second in the [`DefaultChain`](super::DefaultChain),
//!   after the AccessKey variables, as in the official credential libraries); the optional
//!   `ALIBABA_CLOUD_ROLE_SESSION_NAME` names the session;
//! - an aliyun CLI profile with `"mode": "OIDC"` (`ram_role_arn`, `oidc_provider_arn`,
//!   `oidc_token_file`, optional `ram_session_name`, `expired_seconds`, `policy`, `sts_region`,
//!   `enable_vpc`);
//! - an INI section with `type = oidc_role_arn` (`role_arn`, `oidc_provider_arn`,
//!   `oidc_token_file_path`, optional `role_session_name`, `policy`, `duration_seconds`,
//!   `sts_region`).
//!
//! In both files a missing role ARN, provider ARN or token file falls back to the variable above,
//! as the official libraries do.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::cache::SessionCache;
use super::http::{self, Method};
use super::ram_role_arn::{read_answer, session_name, sts_agent};
use super::{
    shown_arn, shown_path, ChainConfig, Credentials, CredentialsProvider, Environment, Memo,
    Secret, DEFAULT_DURATION_SECONDS, MIN_DURATION_SECONDS, STS_API_VERSION,
};
use crate::endpoint::Endpoint;
use crate::sign;
use crate::Error;

/// The variable naming the role to assume.
pub const ROLE_ARN_VAR: &str = "ALIBABA_CLOUD_ROLE_ARN";

/// The variable naming the OIDC identity provider registered in RAM.
pub const OIDC_PROVIDER_ARN_VAR: &str = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";

/// The variable naming the file that holds the OIDC token.
pub const OIDC_TOKEN_FILE_VAR: &str = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";

/// The longest OIDC token STS accepts, in characters (the shortest is 4).
pub const MAX_OIDC_TOKEN_CHARS: usize = 20_000;

const MIN_OIDC_TOKEN_CHARS: usize = 4;

/// A token file larger than this is not a token; reading stops there.
const MAX_TOKEN_FILE_BYTES: u64 = 64 * 1024;

/// Which role to assume with which OIDC token, and how.
///
/// ```
/// use vpncert::credentials::OidcRole;
/// let role = OidcRole::new(
///     "acs:ram::123456789012:role/vpn-admin",
///     "acs:ram::123456789012:oidc-provider/ack-rrsa-c0ffee",
///     "/var/run/secrets/ack.alibabacloud.com/rrsa-tokens/token",
/// )
/// .role_session_name("vpn-onboarding")
/// .duration_seconds(1800);
/// assert_eq!(role.role_arn(), "acs:ram::123456789012:role/vpn-admin");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct OidcRole {
    role_arn: String,
    oidc_provider_arn: String,
    oidc_token_file: PathBuf,
    role_session_name: Option<String>,
    duration_seconds: u32,
    policy: Option<String>,
    sts_region: Option<String>,
    enable_vpc: bool,
}

impl OidcRole {
    /// The role (`acs:ram::<account>:role/<name>`), the identity provider
    /// (`acs:ram::<account>:oidc-provider/<name>`) and the file holding the token.
    pub fn new(
        role_arn: impl Into<String>,
        oidc_provider_arn: impl Into<String>,
        oidc_token_file: impl Into<PathBuf>,
    ) -> Self {
        OidcRole {
            role_arn: role_arn.into().trim().to_owned(),
            oidc_provider_arn: oidc_provider_arn.into().trim().to_owned(),
            oidc_token_file: oidc_token_file.into(),
            role_session_name: None,
            duration_seconds: DEFAULT_DURATION_SECONDS,
            policy: None,
            sts_region: None,
            enable_vpc: false,
        }
    }

    /// The role named by `ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_OIDC_PROVIDER_ARN` and
    /// `ALIBABA_CLOUD_OIDC_TOKEN_FILE`. All three are needed; the error names the ones missing
    /// (never a value).
    ///
    /// ```
    /// use vpncert::credentials::OidcRole;
    /// use vpncert::Environment;
    /// let env = Environment::empty().with_var("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/r");
    /// let err = OidcRole::from_environment(&env).unwrap_err().to_string();
    /// assert!(err.contains(
    ///     "ALIBABA_CLOUD_ROLE_ARN is set but \
    ///      ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE are not"
    /// ));
    /// ```
    pub fn from_environment(environment: &Environment) -> Result<Self, Error> {
        let names = [ROLE_ARN_VAR, OIDC_PROVIDER_ARN_VAR, OIDC_TOKEN_FILE_VAR];
        let values = names.map(|n| environment.var(n));
        if let [Some(role), Some(provider), Some(file)] = &values {
            return Ok(OidcRole::new(role, provider, file));
        }
        let (set, unset): (Vec<_>, Vec<_>) = names
            .iter()
            .zip(&values)
            .partition(|(_, value)| value.is_some());
        let unset: Vec<&str> = unset.into_iter().map(|(n, _)| *n).collect();
        let set: Vec<&str> = set.into_iter().map(|(n, _)| *n).collect();
        let why = if set.is_empty() {
            format!("OIDC role: {} are not set", join(&unset))
        } else {
            format!(
                "OIDC role: {} {} set but {} {} not (all three are needed)",
                join(&set),
                if set.len() == 1 { "is" } else { "are" },
                join(&unset),
                if unset.len() == 1 { "is" } else { "are" },
            )
        };
        Err(Error::Credentials(why))
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

    /// The OIDC identity provider ARN.
    pub fn oidc_provider_arn(&self) -> &str {
        &self.oidc_provider_arn
    }

    /// The file the token is read from at every refresh.
    pub fn oidc_token_file(&self) -> &Path {
        &self.oidc_token_file
    }
}

impl fmt::Debug for OidcRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OidcRole")
            .field("role_arn", &shown_arn(&self.role_arn))
            .field("oidc_provider_arn", &shown_arn(&self.oidc_provider_arn))
            .field("oidc_token_file", &shown_path(&self.oidc_token_file))
            .field("role_session_name", &self.role_session_name)
            .field("duration_seconds", &self.duration_seconds)
            .field("policy", &self.policy.is_some())
            .field("sts_region", &self.sts_region)
            .field("enable_vpc", &self.enable_vpc)
            .finish()
    }
}

fn join(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Credentials of a RAM role assumed with an OIDC token: STS `AssumeRoleWithOIDC`, unsigned,
/// cached and refreshed before they expire (once for all threads), the token file read again at
/// every refresh.
pub struct OidcRoleProvider {
    role: OidcRole,
    session_name: String,
    endpoint: Endpoint,
    agent: ureq::Agent,
    cache: SessionCache,
}

impl fmt::Debug for OidcRoleProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OidcRoleProvider")
            .field("role_arn", &shown_arn(&self.role.role_arn))
            .field(
                "oidc_provider_arn",
                &shown_arn(&self.role.oidc_provider_arn),
            )
            .field("oidc_token_file", &shown_path(&self.role.oidc_token_file))
            .field("role_session_name", &self.session_name)
            .field("sts_endpoint", &self.endpoint.base_url())
            .finish()
    }
}

impl OidcRoleProvider {
    /// Assumes `role`. Checks the settings (the token file is not read yet); no request is made
    /// until credentials are needed. STS is `config`'s endpoint, else the role's region (see
    /// [`ChainConfig::sts_endpoint`]).
    pub fn new(role: OidcRole, config: &ChainConfig) -> Result<Self, Error> {
        if role.role_arn.is_empty() {
            return Err(Error::Credentials("OIDC role: RoleArn is empty".into()));
        }
        if role.oidc_provider_arn.is_empty() {
            return Err(Error::Credentials(
                "OIDC role: OIDCProviderArn is empty".into(),
            ));
        }
        if role.oidc_token_file.as_os_str().is_empty() {
            return Err(Error::Credentials(
                "OIDC role: the OIDC token file path is empty".into(),
            ));
        }
        if role.duration_seconds < MIN_DURATION_SECONDS {
            return Err(Error::Credentials(format!(
                "OIDC role: DurationSeconds {} is below the minimum of {MIN_DURATION_SECONDS}",
                role.duration_seconds
            )));
        }
        let session_name = session_name(role.role_session_name.as_deref(), config);
        let endpoint = config.resolve_sts_endpoint(role.sts_region.as_deref(), role.enable_vpc)?;
        let agent = sts_agent(config, &endpoint)?;
        Ok(OidcRoleProvider {
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

    /// The session name sent to STS.
    pub fn role_session_name(&self) -> &str {
        &self.session_name
    }

    fn fetch(&self) -> Result<Credentials, Error> {
        let token = read_token(&self.role.oidc_token_file)?;
        // Nothing STS says should echo the token, but nothing we pass on may carry it, in any
        // of the encodings it was sent in.
        let scrubber = crate::redact::Scrubber::new().secret(token.expose());
        let scrub = |e: Error| e.scrub(&scrubber);
        let timestamp = sign::format_timestamp(self.cache.clock().now());
        let query = sign::v1::canonical_query([
            ("Action", "AssumeRoleWithOIDC"),
            ("Version", STS_API_VERSION),
            ("Format", "JSON"),
            ("Timestamp", timestamp.as_str()),
        ]);
        let duration = self.role.duration_seconds.to_string();
        let mut form: Vec<(&str, &str)> = vec![
            ("RoleArn", &self.role.role_arn),
            ("OIDCProviderArn", &self.role.oidc_provider_arn),
            ("OIDCToken", token.expose()),
            ("RoleSessionName", &self.session_name),
            ("DurationSeconds", &duration),
        ];
        if let Some(p) = &self.role.policy {
            form.push(("Policy", p));
        }
        // The token travels in the body, never in the URL (which proxies and logs may keep).
        let body = sign::v1::canonical_query(form.iter().copied());
        let url = format!("{}?{query}", self.endpoint.base_url());
        let where_ = format!(
            "STS AssumeRoleWithOIDC of {} at {}",
            shown_arn(&self.role.role_arn),
            self.endpoint.authority
        );
        let raw = http::exchange(
            &self.agent,
            Method::PostForm(body),
            &url,
            &[("accept", "application/json")],
        )
        .map_err(|e| Error::Credentials(format!("{where_} failed: {e}")))
        .map_err(scrub)?;
        read_answer(&raw, &where_, "").map_err(scrub)
    }
}

impl CredentialsProvider for OidcRoleProvider {
    fn credentials(&self) -> Result<Credentials, Error> {
        self.cache.get(|| self.fetch())
    }
}

/// The token in `path`, trimmed: surrounding whitespace (a trailing newline left by an editor or
/// `echo`) is never part of a token.
fn read_token(path: &Path) -> Result<Secret, Error> {
    let shown = shown_path(path);
    let cannot = |e: std::io::Error| {
        Error::Credentials(format!("OIDC token file {shown}: cannot read: {e}"))
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_TOKEN_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_TOKEN_FILE_BYTES {
        return Err(Error::Credentials(format!(
            "OIDC token file {shown}: larger than {} KiB, so not a token (STS takes at most {MAX_OIDC_TOKEN_CHARS} characters)",
            MAX_TOKEN_FILE_BYTES / 1024
        )));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::Credentials(format!("OIDC token file {shown}: not UTF-8 text")))?;
    let token = text.trim();
    if token.is_empty() {
        return Err(Error::Credentials(format!(
            "OIDC token file {shown}: empty"
        )));
    }
    let chars = token.chars().count();
    if !(MIN_OIDC_TOKEN_CHARS..=MAX_OIDC_TOKEN_CHARS).contains(&chars) {
        return Err(Error::Credentials(format!(
            "OIDC token file {shown}: holds {chars} characters; STS takes {MIN_OIDC_TOKEN_CHARS} to {MAX_OIDC_TOKEN_CHARS}"
        )));
    }
    Ok(Secret::new(token))
}

/// A setting from a profile, else the variable the official libraries fall back to. The error
/// names both (never a value).
pub(crate) fn setting_or_env(
    value: &str,
    field: &str,
    var: &str,
    environment: &Environment,
) -> Result<String, String> {
    let value = value.trim();
    if !value.is_empty() {
        return Ok(value.to_owned());
    }
    environment
        .var(var)
        .ok_or_else(|| format!("{field} is missing or empty and {var} is not set"))
}

/// The OIDC role named by the environment, as a source of the default chain.
///
/// The variables are read when credentials are first needed; once all three are set, the
/// [`OidcRoleProvider`] built from them (with its cache) is kept. While some are missing, the
/// error names them, and the next call reads the variables again.
pub struct OidcEnvProvider {
    config: ChainConfig,
    resolved: Memo,
}

impl fmt::Debug for OidcEnvProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OidcEnvProvider")
            .field("resolved", &self.resolved)
            .finish()
    }
}

impl OidcEnvProvider {
    /// A source reading the variables of `config`'s environment.
    pub fn new(config: &ChainConfig) -> Self {
        OidcEnvProvider {
            config: config.clone(),
            resolved: Memo::default(),
        }
    }
}

impl CredentialsProvider for OidcEnvProvider {
    fn credentials(&self) -> Result<Credentials, Error> {
        let provider = self.resolved.get_or_try(|| {
            let role = OidcRole::from_environment(&self.config.environment)?;
            Ok(Arc::new(OidcRoleProvider::new(role, &self.config)?)
                as Arc<dyn CredentialsProvider>)
        })?;
        provider.credentials()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_arns_are_shown_only_when_they_look_like_them() {
        let p = |s: &str| shown_path(Path::new(s));
        assert_eq!(
            p("/var/run/secrets/tokens/oidc-token"),
            "/var/run/secrets/tokens/oidc-token"
        );
        assert_eq!(p("C:\\Users\\me\\token"), "C:\\Users\\me\\token");
        for odd in [
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl",
            "SECRET+MARKER/=",
            "token",
            "",
        ] {
            assert_eq!(p(odd), "(a value that does not look like a file path)");
        }
        assert_eq!(shown_arn("acs:ram::1234:role/x"), "acs:ram::1234:role/x");
        assert_eq!(
            shown_arn("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0"),
            "(a value that does not look like an ARN)"
        );
    }

    #[test]
    fn missing_variables_are_named_in_order() {
        let env = Environment::empty();
        let msg = OidcRole::from_environment(&env).unwrap_err().to_string();
        assert!(msg.ends_with(
            "OIDC role: ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE are not set"
        ), "{msg}");
        let env = Environment::empty()
            .with_var(ROLE_ARN_VAR, "acs:ram::1:role/r")
            .with_var(OIDC_TOKEN_FILE_VAR, "/t");
        let msg = OidcRole::from_environment(&env).unwrap_err().to_string();
        assert!(msg.ends_with(
            "OIDC role: ALIBABA_CLOUD_ROLE_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE are set but ALIBABA_CLOUD_OIDC_PROVIDER_ARN is not (all three are needed)"
        ), "{msg}");
    }
}
