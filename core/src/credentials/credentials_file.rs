//! Credentials from the shared INI file of the official SDKs, `~/.alibabacloud/credentials`.
//!
//! ```ini
//! [default]
//! type = access_key
//! access_key_id = LTAI...
//! access_key_secret = ...
//!
//! [vpn-admin]
//! type = ram_role_arn
//! access_key_id = LTAI...
//! access_key_secret = ...
//! role_arn = acs:ram::123456789012:role/vpn-admin
//! role_session_name = onboarding
//! ```
//! Types: `access_key`, `sts` (adds `security_token`), `ecs_ram_role` (optional `role_name`),
//! `ram_role_arn` (adds `role_arn`, optional `role_session_name`, `policy`, `external_id`,
//! `duration_seconds`, `sts_region`), `oidc_role_arn` (`role_arn`, `oidc_provider_arn`,
//! `oidc_token_file_path`, optional `role_session_name`, `policy`, `duration_seconds`,
//! `sts_region`; see [`OidcRoleProvider`]). A section with `enable = false` is skipped. There is
//! no type for a credentials URI: the official libraries read none from this file (use
//! `ALIBABA_CLOUD_CREDENTIALS_URI` or a CLI profile with mode `CredentialsURI`).
//!
//! ```ini
//! [rrsa]
//! type = oidc_role_arn
//! role_arn = acs:ram::123456789012:role/vpn-admin
//! oidc_provider_arn = acs:ram::123456789012:oidc-provider/ack-rrsa-c0ffee
//! oidc_token_file_path = /var/run/secrets/ack.alibabacloud.com/rrsa-tokens/token
//! ```

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use super::ini::{Ini, Section};
use super::oidc::setting_or_env;
use super::{
    AssumeRole, AssumeRoleProvider, ChainConfig, Credentials, CredentialsProvider,
    EcsMetadataProvider, Memo, OidcRole, OidcRoleProvider, StaticProvider, CREDENTIALS_URI_VAR,
    OIDC_PROVIDER_ARN_VAR, OIDC_TOKEN_FILE_VAR, ROLE_ARN_VAR,
};
use crate::Error;

/// The INI credentials file as a credentials source.
///
/// The file is `ALIBABA_CLOUD_CREDENTIALS_FILE`, else `~/.alibabacloud/credentials`; the section
/// is the configured profile ([`ChainConfig::profile`]), else `ALIBABA_CLOUD_PROFILE`, else
/// `default`. Read when credentials are first needed; the provider built from the section is
/// kept.
pub struct CredentialsFileProvider {
    config: ChainConfig,
    resolved: Memo,
}

impl fmt::Debug for CredentialsFileProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsFileProvider")
            .field("profile", &self.config.profile)
            .field("resolved", &self.resolved)
            .finish()
    }
}

impl CredentialsFileProvider {
    /// A source reading the INI credentials file with these settings.
    pub fn new(config: &ChainConfig) -> Self {
        CredentialsFileProvider {
            config: config.clone(),
            resolved: Memo::default(),
        }
    }

    fn path(&self) -> Result<PathBuf, Error> {
        if let Some(p) = self
            .config
            .environment
            .var("ALIBABA_CLOUD_CREDENTIALS_FILE")
        {
            return Ok(PathBuf::from(p));
        }
        self.config
            .environment
            .home_dir()
            .map(|h| h.join(".alibabacloud").join("credentials"))
            .ok_or_else(|| {
                Error::Credentials(
                    "credentials file: no home directory (HOME is not set) and ALIBABA_CLOUD_CREDENTIALS_FILE is not set"
                        .into(),
                )
            })
    }

    fn resolve(&self) -> Result<Arc<dyn CredentialsProvider>, Error> {
        let path = self.path()?;
        let shown = path.display().to_string();
        // The file holds secrets: its text is wiped once parsed.
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => zeroize::Zeroizing::new(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::Credentials(format!(
                    "credentials file {shown}: no such file"
                )))
            }
            Err(e) => {
                return Err(Error::Credentials(format!(
                    "credentials file {shown}: cannot read: {e}"
                )))
            }
        };
        let ini = Ini::parse(&text).map_err(|why| {
            Error::Credentials(format!("credentials file {shown}: malformed: {why}"))
        })?;
        let name = self
            .config
            .selected_profile()
            .unwrap_or_else(|| "default".to_owned());
        let Some(section) = ini.section(&name) else {
            let names: Vec<String> = ini.section_names().map(super::label).collect();
            return Err(Error::Credentials(format!(
                "credentials file {shown}: no section [{name}]{}",
                if names.is_empty() {
                    String::new()
                } else {
                    format!(" (sections: {})", names.join(", "))
                }
            )));
        };
        build(&self.config, section).map_err(|why| {
            Error::Credentials(format!("credentials file {shown}, section [{name}]: {why}"))
        })
    }
}

impl CredentialsProvider for CredentialsFileProvider {
    fn credentials(&self) -> Result<Credentials, Error> {
        let provider = self.resolved.get_or_try(|| self.resolve())?;
        provider.credentials()
    }
}

fn build(config: &ChainConfig, s: &Section) -> Result<Arc<dyn CredentialsProvider>, String> {
    let get = |k: &str| s.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
    let need = |k: &str| get(k).ok_or_else(|| format!("{k} is missing or empty"));
    if get("enable").is_some_and(|v| v.eq_ignore_ascii_case("false")) {
        return Err("disabled (enable = false)".into());
    }
    let kind = need("type")?;
    match kind {
        "access_key" => Ok(Arc::new(StaticProvider::new(Credentials::access_key(
            need("access_key_id")?,
            need("access_key_secret")?,
        )))),
        "sts" => Ok(Arc::new(StaticProvider::new(Credentials::sts(
            need("access_key_id")?,
            need("access_key_secret")?,
            need("security_token")?,
        )))),
        "ecs_ram_role" => Ok(Arc::new(EcsMetadataProvider::for_role(
            config,
            get("role_name").map(str::to_owned),
        ))),
        "ram_role_arn" => {
            let (id, secret) = (need("access_key_id")?, need("access_key_secret")?);
            let source = match get("security_token") {
                Some(token) => Credentials::sts(id, secret, token),
                None => Credentials::access_key(id, secret),
            };
            let duration = duration_seconds(get("duration_seconds"))?;
            let role = AssumeRole::new(need("role_arn")?)
                .role_session_name(get("role_session_name").unwrap_or_default())
                .duration_seconds(duration)
                .policy(get("policy").unwrap_or_default())
                .external_id(get("external_id").unwrap_or_default())
                .sts_region(get("sts_region").unwrap_or_default());
            AssumeRoleProvider::new(Arc::new(StaticProvider::new(source)), role, config)
                .map(|a| Arc::new(a) as Arc<dyn CredentialsProvider>)
                .map_err(|e| super::ram_role_arn::strip_prefix(&e))
        }
        "oidc_role_arn" => {
            let env = &config.environment;
            let field = |k: &str, var: &str| setting_or_env(get(k).unwrap_or_default(), k, var, env);
            let role = OidcRole::new(
                field("role_arn", ROLE_ARN_VAR)?,
                field("oidc_provider_arn", OIDC_PROVIDER_ARN_VAR)?,
                field("oidc_token_file_path", OIDC_TOKEN_FILE_VAR)?,
            )
            .role_session_name(get("role_session_name").unwrap_or_default())
            .duration_seconds(duration_seconds(get("duration_seconds"))?)
            .policy(get("policy").unwrap_or_default())
            .sts_region(get("sts_region").unwrap_or_default());
            OidcRoleProvider::new(role, config)
                .map(|o| Arc::new(o) as Arc<dyn CredentialsProvider>)
                .map_err(|e| super::ram_role_arn::strip_prefix(&e))
        }
        "credentials_uri" => Err(format!(
            "type credentials_uri is not read from this file (by vpncert or the official libraries); set {CREDENTIALS_URI_VAR} or use an aliyun CLI profile with mode CredentialsURI"
        )),
        other => Err(format!(
            "type {} is not supported by vpncert (supported: access_key, sts, ecs_ram_role, ram_role_arn, oidc_role_arn)",
            super::label(other)
        )),
    }
}

/// `duration_seconds` as read, 0 (the default) when absent.
fn duration_seconds(value: Option<&str>) -> Result<u32, String> {
    match value {
        Some(d) => d
            .parse::<u32>()
            .map_err(|_| "duration_seconds is not a whole number".to_owned()),
        None => Ok(0),
    }
}
