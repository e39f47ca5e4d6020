//! The RAM role of an ECS instance, from the instance metadata service.
//!
//! IMDSv2 first: `PUT /latest/api/token` with `X-aliyun-ecs-metadata-token-ttl-seconds`, then
//! every read carries `X-aliyun-ecs-metadata-token`. When no token can be had, reads go without
//! one (IMDSv1) unless `ALIBABA_CLOUD_IMDSV1_DISABLED=true`. The role is
//! `ALIBABA_CLOUD_ECS_METADATA` or the one the service lists; its credentials are
//! `/latest/meta-data/ram/security-credentials/<role>`.

use std::fmt;
use std::time::Duration;

use serde::Deserialize;

use super::cache::SessionCache;
use super::http::{self, Method};
use super::{ChainConfig, Credentials, CredentialsProvider, Environment};
use crate::sign;
use crate::Error;

/// How long a metadata token asked for lives, in seconds (the official tools ask for 6 hours).
pub const METADATA_TOKEN_TTL_SECONDS: u32 = 21_600;

const CREDENTIALS_PATH: &str = "/latest/meta-data/ram/security-credentials/";

/// Credentials of the RAM role attached to this ECS instance.
///
/// Consults `ALIBABA_CLOUD_ECS_METADATA_DISABLED`, `ALIBABA_CLOUD_ECS_METADATA` and
/// `ALIBABA_CLOUD_IMDSV1_DISABLED` each time it fetches. The metadata service is always reached
/// directly, never through a proxy: it answers only on the instance itself.
pub struct EcsMetadataProvider {
    environment: Environment,
    base: String,
    role_name: Option<String>,
    agent: ureq::Agent,
    cache: SessionCache,
}

impl fmt::Debug for EcsMetadataProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EcsMetadataProvider")
            .field("endpoint", &self.base)
            .field("role_name", &self.role_name)
            .finish()
    }
}

struct Refusal {
    status: u16,
    detail: String,
}

enum Fetch {
    Ok(String),
    Refused(Refusal),
}

impl EcsMetadataProvider {
    /// The instance's role, named by `ALIBABA_CLOUD_ECS_METADATA` or discovered.
    pub fn new(config: &ChainConfig) -> Self {
        Self::for_role(config, None)
    }

    /// A named role (a profile's `ram_role_name` / `role_name`); `None` or empty means
    /// `ALIBABA_CLOUD_ECS_METADATA`, else the role the service lists.
    pub fn for_role(config: &ChainConfig, role_name: Option<String>) -> Self {
        EcsMetadataProvider {
            environment: config.environment.clone(),
            base: config.metadata_endpoint.clone(),
            role_name: role_name.filter(|r| !r.trim().is_empty()),
            // The service is on the instance: a second is plenty, and off ECS the chain should
            // not hang on it.
            agent: http::agent(Duration::from_secs(1), Duration::from_secs(3), None, None),
            cache: SessionCache::new(config.clock.clone(), config.refresh_before),
        }
    }

    fn describe(&self) -> String {
        format!("ECS metadata service {}", self.base)
    }

    fn get(&self, path: &str, token: Option<&str>) -> Result<Fetch, Error> {
        let url = format!("{}{path}", self.base);
        let headers: Vec<(&str, &str)> = token
            .map(|t| vec![("X-aliyun-ecs-metadata-token", t)])
            .unwrap_or_default();
        let mut raw = http::exchange(&self.agent, Method::Get, &url, &headers).map_err(|e| {
            Error::Credentials(format!(
                "{}: not reachable ({}); not on an ECS instance?",
                self.describe(),
                super::ram_role_arn::strip_prefix(&e)
            ))
        })?;
        if raw.status == 200 {
            Ok(Fetch::Ok(std::mem::take(&mut raw.body)))
        } else {
            Ok(Fetch::Refused(Refusal {
                status: raw.status,
                detail: http::snippet(&raw.body),
            }))
        }
    }

    fn token(&self, imdsv1_disabled: bool) -> Result<Option<String>, Error> {
        let url = format!("{}/latest/api/token", self.base);
        let ttl = METADATA_TOKEN_TTL_SECONDS.to_string();
        let result = http::exchange(
            &self.agent,
            Method::Put,
            &url,
            &[("X-aliyun-ecs-metadata-token-ttl-seconds", &ttl)],
        );
        let why = match result {
            Ok(raw) if raw.status == 200 && !raw.body.trim().is_empty() => {
                return Ok(Some(raw.body.trim().to_owned()))
            }
            Ok(raw) => format!("HTTP {}: {}", raw.status, http::snippet(&raw.body)),
            Err(e) => super::ram_role_arn::strip_prefix(&e),
        };
        if imdsv1_disabled {
            return Err(Error::Credentials(format!(
                "{}: no metadata token ({why}) and IMDSv1 is disabled by ALIBABA_CLOUD_IMDSV1_DISABLED=true",
                self.describe()
            )));
        }
        log::debug!("no ECS metadata token ({why}); reading without one (IMDSv1)");
        Ok(None)
    }

    fn fetch(&self) -> Result<Credentials, Error> {
        if self.environment.flag("ALIBABA_CLOUD_ECS_METADATA_DISABLED") {
            return Err(Error::Credentials(
                "ECS metadata: disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true".into(),
            ));
        }
        let imdsv1_disabled = self.environment.flag("ALIBABA_CLOUD_IMDSV1_DISABLED");
        let token = self.token(imdsv1_disabled)?;
        let role = match self
            .role_name
            .clone()
            .or_else(|| self.environment.var("ALIBABA_CLOUD_ECS_METADATA"))
        {
            Some(r) => r,
            None => match self.get(CREDENTIALS_PATH, token.as_deref())? {
                Fetch::Ok(body) => body
                    .lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .map(str::to_owned)
                    .ok_or_else(|| {
                        Error::Credentials(format!(
                            "{}: no RAM role is attached to this instance",
                            self.describe()
                        ))
                    })?,
                Fetch::Refused(r) => {
                    return Err(Error::Credentials(format!(
                        "{}: listing the instance's RAM role refused: HTTP {}: {}",
                        self.describe(),
                        r.status,
                        r.detail
                    )))
                }
            },
        };
        if role.contains(['/', '?', '#']) {
            return Err(Error::Credentials(format!(
                "ECS metadata: role name {role:?} is not a RAM role name"
            )));
        }
        let body = match self.get(&format!("{CREDENTIALS_PATH}{role}"), token.as_deref())? {
            Fetch::Ok(body) => body,
            Fetch::Refused(r) => {
                return Err(Error::Credentials(format!(
                    "{}: credentials of role {role} refused: HTTP {}: {}",
                    self.describe(),
                    r.status,
                    r.detail
                )))
            }
        };
        let doc: MetadataCredentials = serde_json::from_str(&body).map_err(|e| {
            Error::Credentials(format!(
                "{}: unreadable credentials of role {role}: {e}",
                self.describe()
            ))
        })?;
        if doc.code != "Success" {
            return Err(Error::Credentials(format!(
                "{}: credentials of role {role} refused with Code {:?}",
                self.describe(),
                doc.code
            )));
        }
        let (Some(id), Some(secret), Some(token)) =
            (doc.access_key_id, doc.access_key_secret, doc.security_token)
        else {
            return Err(Error::Credentials(format!(
                "{}: credentials of role {role} are incomplete",
                self.describe()
            )));
        };
        let expiration = sign::parse_timestamp(doc.expiration.trim()).ok_or_else(|| {
            Error::Credentials(format!(
                "{}: unreadable Expiration {:?} for role {role}",
                self.describe(),
                doc.expiration
            ))
        })?;
        Ok(Credentials::sts(id, secret, token).with_expiration(expiration))
    }
}

impl CredentialsProvider for EcsMetadataProvider {
    fn credentials(&self) -> Result<Credentials, Error> {
        self.cache.get(|| self.fetch())
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct MetadataCredentials {
    #[serde(default)]
    code: String,
    access_key_id: Option<String>,
    access_key_secret: Option<String>,
    security_token: Option<String>,
    #[serde(default)]
    expiration: String,
}
