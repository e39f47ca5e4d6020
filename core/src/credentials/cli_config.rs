//! Credentials from the aliyun CLI's configuration, `~/.aliyun/config.json`.
//!
//! The file holds `current` (the active profile's name) and `profiles`, each with a `name`, a
//! `mode` and the fields that mode uses. Supported modes: `AK`, `StsToken`, `RamRoleArn` (assume
//! `ram_role_arn` with `source_profile`'s credentials, else the profile's own keys),
//! `ChainableRamRoleArn` (the same, always from `source_profile`), `EcsRamRole`, `OIDC` (assume
//! `ram_role_arn` with the token in `oidc_token_file`, from `oidc_provider_arn`, through STS
//! `AssumeRoleWithOIDC`; see [`OidcRoleProvider`]) and `CredentialsURI` (fetch temporary
//! credentials from `credentials_uri`, else `ALIBABA_CLOUD_CREDENTIALS_URI`; see
//! [`CredentialsUriProvider`]).

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Deserialize;

use super::oidc::setting_or_env;
use super::{
    AssumeRole, AssumeRoleProvider, ChainConfig, Credentials, CredentialsProvider,
    CredentialsUriProvider, EcsMetadataProvider, Memo, OidcRole, OidcRoleProvider, StaticProvider,
    CREDENTIALS_URI_VAR, OIDC_PROVIDER_ARN_VAR, OIDC_TOKEN_FILE_VAR, ROLE_ARN_VAR,
};
use crate::decode::lenient;
use crate::Error;

/// Source chains longer than this are taken for a loop.
const MAX_SOURCE_DEPTH: usize = 8;

/// Modes this SDK understands, for error messages.
const SUPPORTED_MODES: &str =
    "AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC, CredentialsURI";

#[derive(Deserialize, Default)]
#[serde(default)]
struct ConfigFile {
    #[serde(deserialize_with = "lenient::string")]
    current: String,
    profiles: Vec<Profile>,
}

fn secret_string<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<zeroize::Zeroizing<String>, D::Error> {
    lenient::string(d).map(zeroize::Zeroizing::new)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Profile {
    #[serde(deserialize_with = "lenient::string")]
    name: String,
    #[serde(deserialize_with = "lenient::string")]
    mode: String,
    #[serde(deserialize_with = "lenient::string")]
    access_key_id: String,
    // The secrets read from the file are wiped before their memory goes back.
    #[serde(deserialize_with = "secret_string")]
    access_key_secret: zeroize::Zeroizing<String>,
    #[serde(deserialize_with = "secret_string")]
    sts_token: zeroize::Zeroizing<String>,
    #[serde(deserialize_with = "lenient::string")]
    ram_role_arn: String,
    #[serde(deserialize_with = "lenient::string")]
    ram_session_name: String,
    #[serde(deserialize_with = "lenient::u64")]
    expired_seconds: u64,
    #[serde(deserialize_with = "lenient::string")]
    sts_region: String,
    #[serde(deserialize_with = "lenient::bool")]
    enable_vpc: bool,
    #[serde(deserialize_with = "lenient::string")]
    source_profile: String,
    #[serde(deserialize_with = "lenient::string")]
    ram_role_name: String,
    #[serde(deserialize_with = "lenient::string")]
    policy: String,
    #[serde(deserialize_with = "lenient::string")]
    external_id: String,
    #[serde(deserialize_with = "lenient::string")]
    region_id: String,
    #[serde(deserialize_with = "lenient::string")]
    oidc_provider_arn: String,
    #[serde(deserialize_with = "lenient::string")]
    oidc_token_file: String,
    #[serde(deserialize_with = "lenient::string")]
    credentials_uri: String,
}

/// The aliyun CLI configuration file as a credentials source.
///
/// The file is `ALIBABA_CLOUD_CONFIG_FILE`, else `~/.aliyun/config.json`; the profile is the
/// configured one ([`ChainConfig::profile`]), else `ALIBABA_CLOUD_PROFILE`, else the file's
/// `current`. `ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true` turns the source off. The file is read
/// when credentials are first needed; once a profile has been turned into a provider, that
/// provider (with its cache of temporary credentials) is kept.
pub struct CliConfigProvider {
    config: ChainConfig,
    resolved: Memo,
}

impl fmt::Debug for CliConfigProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CliConfigProvider")
            .field("profile", &self.config.profile)
            .field("resolved", &self.resolved)
            .finish()
    }
}

impl CliConfigProvider {
    /// A source reading the CLI configuration with these settings.
    pub fn new(config: &ChainConfig) -> Self {
        CliConfigProvider {
            config: config.clone(),
            resolved: Memo::default(),
        }
    }

    fn resolve(&self) -> Result<Arc<dyn CredentialsProvider>, Error> {
        let path = config_path(&self.config)?;
        let shown = path.display().to_string();
        let file = read_config(&path)?
            .ok_or_else(|| Error::Credentials(format!("CLI config {shown}: no such file")))?;
        let name = self
            .config
            .selected_profile()
            .or_else(|| Some(file.current.trim().to_owned()).filter(|c| !c.is_empty()))
            .unwrap_or_else(|| "default".to_owned());
        let mut seen = Vec::new();
        build(&self.config, &file, &name, &mut seen).map_err(|why| {
            Error::Credentials(format!(
                "CLI config {shown}, profile '{}': {why}",
                super::label(&name)
            ))
        })
    }
}

impl CredentialsProvider for CliConfigProvider {
    fn credentials(&self) -> Result<Credentials, Error> {
        if self
            .config
            .environment
            .flag("ALIBABA_CLOUD_CLI_PROFILE_DISABLED")
        {
            return Err(Error::Credentials(
                "CLI config: disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true".into(),
            ));
        }
        let provider = self.resolved.get_or_try(|| self.resolve())?;
        provider.credentials()
    }
}

fn config_path(config: &ChainConfig) -> Result<PathBuf, Error> {
    if let Some(p) = config.environment.var("ALIBABA_CLOUD_CONFIG_FILE") {
        return Ok(PathBuf::from(p));
    }
    config
        .environment
        .home_dir()
        .map(|h| h.join(".aliyun").join("config.json"))
        .ok_or_else(|| {
            Error::Credentials(
                "CLI config: no home directory (HOME is not set) and ALIBABA_CLOUD_CONFIG_FILE is not set"
                    .into(),
            )
        })
}

/// The parsed file, `None` when it does not exist.
fn read_config(path: &std::path::Path) -> Result<Option<ConfigFile>, Error> {
    let shown = path.display();
    // The file holds secrets: its text is wiped once parsed.
    let text = match std::fs::read_to_string(path) {
        Ok(t) => zeroize::Zeroizing::new(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::Credentials(format!(
                "CLI config {shown}: cannot read: {e}"
            )))
        }
    };
    serde_json::from_str(&text).map(Some).map_err(|e| {
        // serde_json's own message can quote the offending value, which may be a secret.
        let what = match e.classify() {
            serde_json::error::Category::Io => "unreadable",
            serde_json::error::Category::Syntax => "syntax error",
            serde_json::error::Category::Data => "a field has the wrong type",
            serde_json::error::Category::Eof => "unexpected end of file",
        };
        Error::Credentials(format!(
            "CLI config {shown}: malformed JSON: {what} at line {} column {}",
            e.line(),
            e.column()
        ))
    })
}

/// The region the CLI would use: the `region_id` of the selected profile. Best effort: `None`
/// when there is no readable file or profile.
pub(crate) fn profile_region(config: &ChainConfig) -> Option<String> {
    if config
        .environment
        .flag("ALIBABA_CLOUD_CLI_PROFILE_DISABLED")
    {
        return None;
    }
    let file = read_config(&config_path(config).ok()?).ok()??;
    let name = config
        .selected_profile()
        .or_else(|| Some(file.current.trim().to_owned()).filter(|c| !c.is_empty()))
        .unwrap_or_else(|| "default".to_owned());
    let profile = file.profiles.iter().find(|p| p.name == name)?;
    Some(profile.region_id.trim().to_owned()).filter(|r| !r.is_empty())
}

fn build(
    config: &ChainConfig,
    file: &ConfigFile,
    name: &str,
    seen: &mut Vec<String>,
) -> Result<Arc<dyn CredentialsProvider>, String> {
    if seen.iter().any(|s| s == name) || seen.len() >= MAX_SOURCE_DEPTH {
        seen.push(name.to_owned());
        let chain: Vec<String> = seen.iter().map(|s| super::label(s)).collect();
        return Err(format!("source_profile loop: {}", chain.join(" -> ")));
    }
    seen.push(name.to_owned());
    let Some(p) = file.profiles.iter().find(|p| p.name == name) else {
        let names: Vec<String> = file
            .profiles
            .iter()
            .map(|p| super::label(&p.name))
            .collect();
        let name = super::label(name);
        return Err(if names.is_empty() {
            format!("no profile '{name}' (the file has no profiles)")
        } else {
            format!("no profile '{name}' (profiles: {})", names.join(", "))
        });
    };
    let mode = p.mode.trim();
    let nested = seen.len() > 1;
    let (shown_name, shown_mode) = (super::label(name), super::label(mode));
    let where_ = |what: &str| {
        if nested {
            format!("source profile '{shown_name}' (mode {shown_mode}): {what}")
        } else {
            format!("mode {shown_mode}: {what}")
        }
    };
    let keys = |want_token: bool| -> Result<Credentials, String> {
        let id = p.access_key_id.trim();
        let secret = p.access_key_secret.trim();
        if id.is_empty() || secret.is_empty() {
            return Err(where_("access_key_id or access_key_secret is empty"));
        }
        let token = p.sts_token.trim();
        if want_token {
            if token.is_empty() {
                return Err(where_("sts_token is empty"));
            }
            return Ok(Credentials::sts(id, secret, token));
        }
        Ok(if token.is_empty() {
            Credentials::access_key(id, secret)
        } else {
            Credentials::sts(id, secret, token)
        })
    };
    match mode {
        "" | "AK" => Ok(Arc::new(StaticProvider::new(keys(false)?))),
        "StsToken" => Ok(Arc::new(StaticProvider::new(keys(true)?))),
        "RamRoleArn" | "ChainableRamRoleArn" => {
            let source_name = p.source_profile.trim();
            let source: Arc<dyn CredentialsProvider> = if !source_name.is_empty() {
                build(config, file, source_name, seen)?
            } else if mode == "ChainableRamRoleArn" {
                return Err(where_("source_profile is empty"));
            } else {
                Arc::new(StaticProvider::new(keys(false)?))
            };
            if p.ram_role_arn.trim().is_empty() {
                return Err(where_("ram_role_arn is empty"));
            }
            let role = AssumeRole::new(p.ram_role_arn.trim())
                .role_session_name(p.ram_session_name.trim())
                .duration_seconds(u32::try_from(p.expired_seconds).unwrap_or(u32::MAX))
                .policy(p.policy.trim())
                .external_id(p.external_id.trim())
                .sts_region(p.sts_region.trim())
                .enable_vpc(p.enable_vpc);
            AssumeRoleProvider::new(source, role, config)
                .map(|a| Arc::new(a) as Arc<dyn CredentialsProvider>)
                .map_err(|e| where_(&super::ram_role_arn::strip_prefix(&e)))
        }
        "EcsRamRole" => Ok(Arc::new(EcsMetadataProvider::for_role(
            config,
            Some(p.ram_role_name.trim().to_owned()),
        ))),
        "OIDC" => {
            let env = &config.environment;
            let role = OidcRole::new(
                setting_or_env(&p.ram_role_arn, "ram_role_arn", ROLE_ARN_VAR, env)
                    .map_err(|w| where_(&w))?,
                setting_or_env(
                    &p.oidc_provider_arn,
                    "oidc_provider_arn",
                    OIDC_PROVIDER_ARN_VAR,
                    env,
                )
                .map_err(|w| where_(&w))?,
                setting_or_env(
                    &p.oidc_token_file,
                    "oidc_token_file",
                    OIDC_TOKEN_FILE_VAR,
                    env,
                )
                .map_err(|w| where_(&w))?,
            )
            .role_session_name(p.ram_session_name.trim())
            .duration_seconds(u32::try_from(p.expired_seconds).unwrap_or(u32::MAX))
            .policy(p.policy.trim())
            .sts_region(p.sts_region.trim())
            .enable_vpc(p.enable_vpc);
            OidcRoleProvider::new(role, config)
                .map(|o| Arc::new(o) as Arc<dyn CredentialsProvider>)
                .map_err(|e| where_(&super::ram_role_arn::strip_prefix(&e)))
        }
        "CredentialsURI" => {
            let uri = setting_or_env(
                &p.credentials_uri,
                "credentials_uri",
                CREDENTIALS_URI_VAR,
                &config.environment,
            )
            .map_err(|w| where_(&w))?;
            CredentialsUriProvider::new(&uri, config)
                .map(|u| Arc::new(u) as Arc<dyn CredentialsProvider>)
                .map_err(|e| where_(&super::ram_role_arn::strip_prefix(&e)))
        }
        other => Err(format!(
            "mode {} is not supported by vpncert (supported: {SUPPORTED_MODES})",
            super::label(other)
        )),
    }
}
