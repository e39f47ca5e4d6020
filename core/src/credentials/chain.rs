//! The default credentials chain and the settings its sources share.

use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use super::cache::DEFAULT_REFRESH_BEFORE;
use super::{
    CliConfigProvider, Clock, Credentials, CredentialsFileProvider, CredentialsProvider,
    CredentialsUriEnvProvider, EcsMetadataProvider, EnvProvider, Environment, OidcEnvProvider,
    SystemClock,
};
use crate::endpoint::Endpoint;
use crate::Error;

/// The instance metadata service every ECS instance reaches.
pub const DEFAULT_METADATA_ENDPOINT: &str = "http://100.100.100.200";

/// The central STS endpoint, used when no STS region or endpoint is configured.
pub const DEFAULT_STS_HOST: &str = "sts.aliyuncs.com";

/// What the credential sources need to know: where to read settings, which profile to use,
/// the time, and where the STS and metadata services are.
///
/// ```
/// use vpncert::credentials::{ChainConfig, DefaultChain};
/// use vpncert::Environment;
/// let config = ChainConfig::new()
///     .environment(Environment::empty().with_home("/tmp/nowhere"))
///     .profile("prod")
///     .metadata_endpoint("http://127.0.0.1:9");
/// let chain = DefaultChain::with_config(config);
/// # drop(chain);
/// ```
#[derive(Clone)]
pub struct ChainConfig {
    pub(crate) environment: Environment,
    pub(crate) profile: Option<String>,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) metadata_endpoint: String,
    pub(crate) sts_endpoint: Option<String>,
    pub(crate) refresh_before: Duration,
    pub(crate) proxy: Option<String>,
    pub(crate) tls: Option<ureq::tls::TlsConfig>,
}

impl Default for ChainConfig {
    fn default() -> Self {
        Self::new()
    }
}

impl ChainConfig {
    /// The process environment, the system clock, the real STS and metadata services.
    pub fn new() -> Self {
        ChainConfig {
            environment: Environment::process(),
            profile: None,
            clock: Arc::new(SystemClock),
            metadata_endpoint: DEFAULT_METADATA_ENDPOINT.to_owned(),
            sts_endpoint: None,
            refresh_before: DEFAULT_REFRESH_BEFORE,
            proxy: None,
            tls: None,
        }
    }

    /// Where variables and the home directory come from (default: the process).
    pub fn environment(mut self, environment: Environment) -> Self {
        self.environment = environment;
        self
    }

    /// The profile to use in both `~/.aliyun/config.json` and `~/.alibabacloud/credentials`
    /// (default: `ALIBABA_CLOUD_PROFILE`, else the CLI config's `current` and the INI file's
    /// `default`).
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// The clock deciding when temporary credentials are due for refresh, and the time STS
    /// requests are signed with.
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The instance metadata service base URL (default `http://100.100.100.200`; a bare
    /// `host[:port]` means plain http, which is what the service speaks).
    pub fn metadata_endpoint(mut self, url: impl Into<String>) -> Self {
        let url = url.into();
        let url = url.trim().trim_end_matches('/');
        self.metadata_endpoint = if url.contains("://") {
            url.to_owned()
        } else {
            format!("http://{url}")
        };
        self
    }

    /// The STS endpoint for `AssumeRole` and `AssumeRoleWithOIDC`, e.g.
    /// `https://sts.cn-shanghai.aliyuncs.com` (default:
    /// `ALIBABA_CLOUD_STS_ENDPOINT`, else the profile's or `ALIBABA_CLOUD_STS_REGION`'s regional
    /// endpoint, `sts-vpc.` when `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true`, else
    /// `sts.aliyuncs.com`).
    pub fn sts_endpoint(mut self, url: impl Into<String>) -> Self {
        self.sts_endpoint = Some(url.into());
        self
    }

    /// How long before expiry temporary credentials are refreshed (default 5 minutes; never
    /// later than half their lifetime).
    pub fn refresh_before(mut self, d: Duration) -> Self {
        self.refresh_before = d;
        self
    }

    /// The variables and home directory in use.
    pub fn env(&self) -> &Environment {
        &self.environment
    }

    /// The explicitly chosen profile, else `ALIBABA_CLOUD_PROFILE`.
    pub(crate) fn selected_profile(&self) -> Option<String> {
        self.profile
            .clone()
            .filter(|p| !p.trim().is_empty())
            .or_else(|| self.environment.var("ALIBABA_CLOUD_PROFILE"))
    }

    /// The STS endpoint for a role whose profile names `sts_region` and `enable_vpc`.
    pub(crate) fn resolve_sts_endpoint(
        &self,
        sts_region: Option<&str>,
        enable_vpc: bool,
    ) -> Result<Endpoint, Error> {
        let explicit = self
            .sts_endpoint
            .clone()
            .or_else(|| self.environment.var("ALIBABA_CLOUD_STS_ENDPOINT"));
        if let Some(url) = explicit {
            return Endpoint::parse(&url).map_err(|e| {
                Error::Credentials(format!("STS endpoint {url:?} is not usable: {e}"))
            });
        }
        let region = sts_region
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_owned)
            .or_else(|| self.environment.var("ALIBABA_CLOUD_STS_REGION"));
        let vpc = enable_vpc || self.environment.flag("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED");
        let host = match region {
            Some(r) => {
                crate::validate::region_id("StsRegion", &r)
                    .map_err(|e| Error::Credentials(format!("STS region: {e}")))?;
                format!("{}.{r}.aliyuncs.com", if vpc { "sts-vpc" } else { "sts" })
            }
            None => DEFAULT_STS_HOST.to_owned(),
        };
        Endpoint::parse(&host)
    }
}

impl fmt::Debug for ChainConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ChainConfig")
            .field("environment", &self.environment)
            .field("profile", &self.profile)
            .field("clock", &self.clock)
            .field("metadata_endpoint", &self.metadata_endpoint)
            .field("sts_endpoint", &self.sts_endpoint)
            .field("refresh_before", &self.refresh_before)
            .field("proxy", &self.proxy.as_deref().map(crate::proxy::redact))
            .field("custom_tls", &self.tls.is_some())
            .finish()
    }
}

const NO_WINNER: usize = usize::MAX;

/// The default chain: the first source that yields credentials wins.
///
/// In order, as in the official credential libraries:
/// 1. the AccessKey variables of the environment ([`EnvProvider`]);
/// 2. an OIDC role from the environment, `ALIBABA_CLOUD_ROLE_ARN`,
///    `ALIBABA_CLOUD_OIDC_PROVIDER_ARN` and `ALIBABA_CLOUD_OIDC_TOKEN_FILE`, as ACK sets them
///    for RRSA ([`OidcEnvProvider`]);
/// 3. the aliyun CLI's `~/.aliyun/config.json` ([`CliConfigProvider`]);
/// 4. the INI file `~/.alibabacloud/credentials` ([`CredentialsFileProvider`]);
/// 5. the ECS instance metadata service ([`EcsMetadataProvider`]);
/// 6. a credentials URI named by `ALIBABA_CLOUD_CREDENTIALS_URI`, an HTTP endpoint (usually a
///    local agent or sidecar) answering a `GET` with temporary credentials
///    ([`CredentialsUriEnvProvider`]).
///
/// Sources are consulted when credentials are first needed, never when the library loads or a
/// client is built. Once a source has yielded, the chain keeps asking that source (which caches
/// and refreshes temporary credentials); when none yields, the error lists each source in order
/// and why it gave nothing.
#[derive(Debug, Clone)]
pub struct DefaultChain {
    sources: Vec<Arc<dyn CredentialsProvider>>,
    winner: Arc<AtomicUsize>,
}

impl DefaultChain {
    /// The standard chain over the process environment.
    pub fn new() -> Self {
        Self::with_config(ChainConfig::new())
    }

    /// The standard chain with these settings.
    pub fn with_config(config: ChainConfig) -> Self {
        Self::from_sources(vec![
            Arc::new(EnvProvider::with_environment(config.environment.clone())),
            Arc::new(OidcEnvProvider::new(&config)),
            Arc::new(CliConfigProvider::new(&config)),
            Arc::new(CredentialsFileProvider::new(&config)),
            Arc::new(EcsMetadataProvider::new(&config)),
            Arc::new(CredentialsUriEnvProvider::new(&config)),
        ])
    }

    /// A chain of the given sources, tried in order.
    pub fn from_sources(sources: Vec<Arc<dyn CredentialsProvider>>) -> Self {
        DefaultChain {
            sources,
            winner: Arc::new(AtomicUsize::new(NO_WINNER)),
        }
    }
}

impl Default for DefaultChain {
    fn default() -> Self {
        Self::new()
    }
}

impl CredentialsProvider for DefaultChain {
    fn credentials(&self) -> Result<Credentials, Error> {
        let winner = self.winner.load(Ordering::Acquire);
        if let Some(source) = self.sources.get(winner) {
            return source.credentials();
        }
        let mut tried = Vec::with_capacity(self.sources.len());
        for (i, source) in self.sources.iter().enumerate() {
            match source.credentials() {
                Ok(c) => {
                    if !tried.is_empty() {
                        log::debug!("credentials found after: {}", tried.join("; "));
                    }
                    self.winner.store(i, Ordering::Release);
                    return Ok(c);
                }
                Err(Error::Credentials(why)) => tried.push(format!("{}) {why}", i + 1)),
                Err(e) => tried.push(format!("{}) {e}", i + 1)),
            }
        }
        Err(Error::Credentials(format!(
            "no credentials found; tried {}",
            tried.join("; ")
        )))
    }
}
