use super::{Credentials, CredentialsProvider};
use crate::Error;

/// Reads `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and
/// `ALIBABA_CLOUD_SECURITY_TOKEN` (with the CLI's fallbacks `ALIBABACLOUD_*` and `ALICLOUD_*`)
/// each time credentials are needed.
#[derive(Debug, Clone, Default)]
pub struct EnvProvider {
    _priv: (),
}

const PREFIXES: [&str; 3] = ["ALIBABA_CLOUD_", "ALIBABACLOUD_", "ALICLOUD_"];

fn var(suffix: &str) -> Option<(String, String)> {
    PREFIXES.iter().find_map(|p| {
        let name = format!("{p}{suffix}");
        match std::env::var(&name) {
            Ok(v) if !v.trim().is_empty() => Some((name, v)),
            _ => None,
        }
    })
}

impl EnvProvider {
    /// A provider reading the process environment.
    pub fn new() -> Self {
        EnvProvider { _priv: () }
    }
}

impl CredentialsProvider for EnvProvider {
    fn credentials(&self) -> Result<Credentials, Error> {
        let id = var("ACCESS_KEY_ID");
        let secret = var("ACCESS_KEY_SECRET");
        match (id, secret) {
            (Some((_, id)), Some((_, secret))) => Ok(match var("SECURITY_TOKEN") {
                Some((_, token)) => Credentials::sts(id.trim(), secret, token),
                None => Credentials::access_key(id.trim(), secret),
            }),
            (Some((name, _)), None) => Err(Error::Credentials(format!(
                "environment: {name} is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not"
            ))),
            (None, Some((name, _))) => Err(Error::Credentials(format!(
                "environment: {name} is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not"
            ))),
            (None, None) => Err(Error::Credentials(
                "environment: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set".into(),
            )),
        }
    }
}
