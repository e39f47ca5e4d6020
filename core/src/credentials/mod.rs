//! Credentials and where to find them.
//!
//! [`Credentials`] holds an AccessKey pair and, for STS, a security token; its `Debug` never shows
//! the secret or the token. A [`CredentialsProvider`] yields credentials when a call needs them;
//! [`DefaultChain`] is what a client uses when it is given none. It finds credentials where the
//! aliyun CLI and the official SDKs do, in their order:
//!
//! 1. the environment: `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET`,
//!    `ALIBABA_CLOUD_SECURITY_TOKEN`, or the same with `ALIBABACLOUD_` / `ALICLOUD_` ([`EnvProvider`]);
//! 2. an OIDC role from the environment (RRSA on ACK / Kubernetes): `ALIBABA_CLOUD_ROLE_ARN`,
//!    `ALIBABA_CLOUD_OIDC_PROVIDER_ARN`, `ALIBABA_CLOUD_OIDC_TOKEN_FILE` ([`OidcEnvProvider`]);
//! 3. the aliyun CLI's `~/.aliyun/config.json` ([`CliConfigProvider`]);
//! 4. the SDKs' INI file `~/.alibabacloud/credentials` ([`CredentialsFileProvider`]);
//! 5. the ECS instance metadata service ([`EcsMetadataProvider`]);
//! 6. a credentials URI from `ALIBABA_CLOUD_CREDENTIALS_URI`: a local agent or sidecar answering
//!    a `GET` with temporary credentials ([`CredentialsUriEnvProvider`]).
//!
//! Roles are assumed through STS `AssumeRole`, signed with other credentials
//! ([`AssumeRoleProvider`]), or `AssumeRoleWithOIDC`, unsigned, with an OIDC token read from a
//! file ([`OidcRoleProvider`]). Temporary credentials are cached and refreshed a few minutes
//! before they expire, once for all threads sharing them.
//! Every variable and file is read through an [`Environment`] and every expiry is judged by a
//! [`Clock`], both set in a [`ChainConfig`], so tests never touch the real home directory.

mod cache;
mod chain;
mod cli_config;
mod credentials_file;
mod ecs_metadata;
mod env;
mod environment;
mod http;
mod ini;
mod oidc;
mod ram_role_arn;
mod uri;

// Values read from settings, as they may appear in an error or `Debug`: shown when they look like
// what belongs there, replaced otherwise, since a malformed file or a misplaced variable can put a
// secret anywhere.

fn shown_when(plausible: bool, value: String, placeholder: &str) -> String {
    if plausible {
        value
    } else {
        placeholder.to_owned()
    }
}

/// A label read from a file (profile name, mode, type).
pub(crate) fn label(s: &str) -> String {
    let plausible = !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b));
    shown_when(
        plausible,
        s.to_owned(),
        "(a value that is not a plain name)",
    )
}

/// A path: it must have a separator and none of the characters base64 secrets carry (`+`, `=`);
/// a JWT has no `/` at all.
pub(crate) fn shown_path(path: &std::path::Path) -> String {
    let s = path.display().to_string();
    let plausible = s.len() <= 4096
        && (s.contains('/') || s.contains('\\'))
        && s.chars()
            .all(|c| c.is_alphanumeric() || " ._-~/\\:@,()".contains(c));
    shown_when(
        plausible,
        s,
        "(a value that does not look like a file path)",
    )
}

/// An ARN: `acs:` and the characters ARNs use.
pub(crate) fn shown_arn(arn: &str) -> String {
    let plausible = arn.len() <= 512
        && arn.starts_with("acs:")
        && arn
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b":/._-*@".contains(&b));
    shown_when(
        plausible,
        arn.to_owned(),
        "(a value that does not look like an ARN)",
    )
}

pub use cache::DEFAULT_REFRESH_BEFORE;
pub use chain::{ChainConfig, DefaultChain, DEFAULT_METADATA_ENDPOINT, DEFAULT_STS_HOST};
pub(crate) use cli_config::profile_region;
pub use cli_config::CliConfigProvider;
pub use credentials_file::CredentialsFileProvider;
pub use ecs_metadata::{EcsMetadataProvider, METADATA_TOKEN_TTL_SECONDS};
pub use env::EnvProvider;
pub use environment::{Clock, Environment, SystemClock};
pub use oidc::{
    OidcEnvProvider, OidcRole, OidcRoleProvider, MAX_OIDC_TOKEN_CHARS, OIDC_PROVIDER_ARN_VAR,
    OIDC_TOKEN_FILE_VAR, ROLE_ARN_VAR,
};
pub use ram_role_arn::{
    AssumeRole, AssumeRoleProvider, DEFAULT_DURATION_SECONDS, MIN_DURATION_SECONDS, STS_API_VERSION,
};
pub use uri::{
    CredentialsUriEnvProvider, CredentialsUriProvider, CREDENTIALS_URI_CONNECT_TIMEOUT,
    CREDENTIALS_URI_TIMEOUT, CREDENTIALS_URI_VAR,
};

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

use crate::Error;

/// A string that never shows itself in `Debug` or `Display`, held once and wiped on drop: the
/// AccessKey secret, STS and OIDC tokens, and a certificate bundle's private key and profile.
///
/// Clones share one allocation (an `Arc`), so however many clients, caches, in-flight calls
/// and cloned records hold a secret, memory holds it once; when the last holder drops it, the
/// bytes are overwritten with zeros before the allocation is freed. Serializing (serde) writes
/// the value itself: that is handing the data over, as Python's `to_dict()` does.
#[derive(Clone, Default)]
pub struct Secret(Arc<zeroize::Zeroizing<String>>);

impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0.as_str() == other.0.as_str()
    }
}

impl Eq for Secret {}

impl Secret {
    /// Wraps a secret value (a `String` is taken over without a copy).
    pub fn new(value: impl Into<String>) -> Self {
        Secret(Arc::new(zeroize::Zeroizing::new(value.into())))
    }

    /// The value itself; call only where it is needed (signing, writing a profile). A copy
    /// made of it is the caller's to wipe.
    pub fn expose(&self) -> &str {
        self.0.as_str()
    }

    /// Whether the value is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether two secrets are the same allocation (one copy in memory).
    pub fn shares_memory_with(&self, other: &Secret) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"***\"")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.expose())
    }
}

impl<'de> serde::Deserialize<'de> for Secret {
    /// A string (numbers and booleans as their text, null as empty), copied once.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::decode::lenient::secret(d)
    }
}

impl From<String> for Secret {
    fn from(s: String) -> Self {
        Secret::new(s)
    }
}

impl From<&str> for Secret {
    fn from(s: &str) -> Self {
        Secret::new(s)
    }
}

/// An AccessKey pair, optionally with an STS security token and an expiry.
///
/// ```
/// let c = vpncert::Credentials::sts("STS.id", "very-secret", "token-value");
/// let shown = format!("{c:?}");
/// assert!(shown.contains("STS.id") && !shown.contains("very-secret") && !shown.contains("token-value"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key_id: String,
    access_key_secret: Secret,
    security_token: Option<Secret>,
    expiration: Option<SystemTime>,
}

impl Credentials {
    /// Long-lived AccessKey credentials.
    pub fn access_key(id: impl Into<String>, secret: impl Into<String>) -> Self {
        Credentials {
            access_key_id: id.into(),
            access_key_secret: Secret::new(secret),
            security_token: None,
            expiration: None,
        }
    }

    /// Temporary STS credentials.
    pub fn sts(id: impl Into<String>, secret: impl Into<String>, token: impl Into<String>) -> Self {
        Credentials {
            access_key_id: id.into(),
            access_key_secret: Secret::new(secret),
            security_token: Some(Secret::new(token)),
            expiration: None,
        }
    }

    /// The same credentials with an expiry time (temporary credentials are refreshed before it).
    pub fn with_expiration(mut self, at: SystemTime) -> Self {
        self.expiration = Some(at);
        self
    }

    /// The AccessKey id (not secret).
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The AccessKey secret.
    pub fn access_key_secret(&self) -> &Secret {
        &self.access_key_secret
    }

    /// The STS token, if any.
    pub fn security_token(&self) -> Option<&Secret> {
        self.security_token.as_ref()
    }

    /// When the credentials expire, if they do.
    pub fn expiration(&self) -> Option<SystemTime> {
        self.expiration
    }

    /// Adds the secret parts (AccessKey secret, STS token) to a scrubber.
    pub fn add_secrets_to(&self, scrubber: &mut crate::redact::Scrubber) {
        scrubber.add(self.access_key_secret.expose());
        if let Some(token) = &self.security_token {
            scrubber.add(token.expose());
        }
    }

    /// Checks that id and secret are present.
    pub fn validate(&self) -> Result<(), Error> {
        if self.access_key_id.trim().is_empty() {
            return Err(Error::invalid("AccessKeyId", "must not be empty"));
        }
        if self.access_key_secret.is_empty() {
            return Err(Error::invalid("AccessKeySecret", "must not be empty"));
        }
        if self.security_token.as_ref().is_some_and(Secret::is_empty) {
            return Err(Error::invalid(
                "SecurityToken",
                "must not be empty when given",
            ));
        }
        Ok(())
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &self.access_key_secret)
            .field("security_token", &self.security_token)
            .field("expiration", &self.expiration)
            .finish()
    }
}

/// Something that yields credentials when a call needs them.
///
/// Implementations cache temporary credentials and refresh them before they expire; they are
/// shared by every clone of a client and every thread using it.
pub trait CredentialsProvider: Send + Sync + fmt::Debug {
    /// Current credentials, or [`Error::Credentials`] saying why there are none.
    fn credentials(&self) -> Result<Credentials, Error>;
}

/// A provider that always returns the same credentials.
#[derive(Debug, Clone)]
pub struct StaticProvider(Credentials);

impl StaticProvider {
    /// Wraps fixed credentials.
    pub fn new(credentials: Credentials) -> Self {
        StaticProvider(credentials)
    }
}

impl CredentialsProvider for StaticProvider {
    fn credentials(&self) -> Result<Credentials, Error> {
        Ok(self.0.clone())
    }
}

/// A provider built once from a file, kept for later calls. Building happens under the lock so
/// threads arriving together build one provider (and so share one cache), not one each.
#[derive(Default)]
pub(crate) struct Memo(Mutex<Option<Arc<dyn CredentialsProvider>>>);

impl Memo {
    pub(crate) fn get_or_try<F>(&self, build: F) -> Result<Arc<dyn CredentialsProvider>, Error>
    where
        F: FnOnce() -> Result<Arc<dyn CredentialsProvider>, Error>,
    {
        let mut guard = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(p) = guard.as_ref() {
            return Ok(p.clone());
        }
        let p = build()?;
        *guard = Some(p.clone());
        Ok(p)
    }
}

impl fmt::Debug for Memo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
        {
            Some(p) => p.fmt(f),
            None => f.write_str("(not yet read)"),
        }
    }
}

#[cfg(test)]
mod label_tests {
    #[test]
    fn labels_are_shown_only_when_they_look_like_labels() {
        assert_eq!(super::label("RamRoleArn"), "RamRoleArn");
        assert_eq!(super::label("prod-2.eu_west"), "prod-2.eu_west");
        for odd in ["", "a b", "tok+en/==", "x".repeat(65).as_str(), "证书"] {
            assert_eq!(
                super::label(odd),
                "(a value that is not a plain name)",
                "{odd}"
            );
        }
    }
}
