use super::{Credentials, CredentialsProvider, Environment};
use crate::Error;

/// Reads `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and
/// `ALIBABA_CLOUD_SECURITY_TOKEN` (with the CLI's fallbacks `ALIBABACLOUD_*` and `ALICLOUD_*`)
/// each time credentials are needed.
#[derive(Debug, Clone, Default)]
pub struct EnvProvider {
    environment: Environment,
}

const PREFIXES: [&str; 3] = ["ALIBABA_CLOUD_", "ALIBABACLOUD_", "ALICLOUD_"];

impl EnvProvider {
    /// A provider reading the process environment.
    pub fn new() -> Self {
        Self::with_environment(Environment::process())
    }

    /// A provider reading `environment`.
    pub fn with_environment(environment: Environment) -> Self {
        EnvProvider { environment }
    }

    fn var(&self, suffix: &str) -> Option<(String, String)> {
        PREFIXES.iter().find_map(|p| {
            let name = format!("{p}{suffix}");
            self.environment.var(&name).map(|v| (name, v))
        })
    }
}

impl CredentialsProvider for EnvProvider {
    fn credentials(&self) -> Result<Credentials, Error> {
        let id = self.var("ACCESS_KEY_ID");
        let secret = self.var("ACCESS_KEY_SECRET");
        match (id, secret) {
            (Some((_, id)), Some((_, secret))) => Ok(match self.var("SECURITY_TOKEN") {
                Some((_, token)) => Credentials::sts(id, secret, token),
                None => Credentials::access_key(id, secret),
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
