//! `issue_client_cert`: the onboarding call. Create, wait until ready, fetch, in one go.

use std::time::{Duration, Instant};

use super::create_ssl_vpn_client_cert::CreateSslVpnClientCert;
use super::describe_ssl_vpn_client_cert::{CertStatus, SslVpnClientCertBundle};
use super::describe_ssl_vpn_servers::DescribeSslVpnServers;
use super::wait::{pause_until, while_configuring};
use crate::{validate, Client, Error, ErrorKind};

/// An onboarding request: one certificate for one person, ready to use.
///
/// ```no_run
/// # let client = vpncert::Client::builder()
/// #     .region_id("cn-hangzhou")
/// #     .credentials(vpncert::Credentials::access_key("id", "secret"))
/// #     .build()?;
/// let bundle = client.issue_client_cert(&vpncert::IssueClientCert::new("vss-emulator0001", "alice"))?;
/// bundle.write_ovpn("alice.ovpn", false)?;
/// # Ok::<(), vpncert::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueClientCert {
    ssl_vpn_server_id: String,
    name: String,
    client_token: Option<String>,
    configuring_budget: Option<Duration>,
    ready_timeout: Duration,
    poll_interval: Duration,
}

impl IssueClientCert {
    /// A certificate named `name` on SSL-VPN server `ssl_vpn_server_id`.
    pub fn new(ssl_vpn_server_id: impl Into<String>, name: impl Into<String>) -> Self {
        IssueClientCert {
            ssl_vpn_server_id: ssl_vpn_server_id.into(),
            name: name.into(),
            client_token: None,
            configuring_budget: None,
            ready_timeout: Duration::from_secs(120),
            poll_interval: Duration::from_secs(1),
        }
    }

    /// The idempotency token of the create (default: generated once for this call). Give a
    /// stable one (e.g. derived from server and name) to make a rerun after an interruption
    /// return the same certificate.
    pub fn client_token(mut self, token: impl Into<String>) -> Self {
        self.client_token = Some(token.into());
        self
    }

    /// How long to keep retrying while the gateway answers `VpnGateway.Configuring` (default:
    /// the client's [`configuring_budget`](crate::ClientBuilder::configuring_budget), 3 minutes
    /// unless set).
    pub fn configuring_budget(mut self, d: Duration) -> Self {
        self.configuring_budget = Some(d);
        self
    }

    /// How long to wait for the certificate's status to become `normal` (default 2 minutes).
    pub fn ready_timeout(mut self, d: Duration) -> Self {
        self.ready_timeout = d;
        self
    }

    /// The first pause between polls; later pauses double up to 5 s (default 1 s).
    pub fn poll_interval(mut self, d: Duration) -> Self {
        self.poll_interval = d;
        self
    }

    /// The server id.
    pub fn ssl_vpn_server_id(&self) -> &str {
        &self.ssl_vpn_server_id
    }

    /// The certificate name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Client {
    /// Creates a certificate, waits until its status is `normal`, and returns its bundle (CA,
    /// certificate, key, profile).
    ///
    /// One ClientToken covers every attempt, so a retried or rerun create never makes a second
    /// certificate. `VpnGateway.Configuring` is retried for up to the configuring budget; the
    /// wait for `normal` polls with backoff, bounded by the ready timeout ([`Error::Timeout`]
    /// when it passes). When the service gives no OpenVPN profile, the server's settings are
    /// fetched so that [`SslVpnClientCertBundle::to_ovpn`] can build one.
    pub fn issue_client_cert(
        &self,
        request: &IssueClientCert,
    ) -> Result<SslVpnClientCertBundle, Error> {
        validate::name("Name", &request.name)?;
        validate::duration("ready_timeout", request.ready_timeout)?;
        validate::duration("poll_interval", request.poll_interval)?;
        if let Some(budget) = request.configuring_budget {
            validate::duration("configuring_budget", budget)?;
        }
        let token = request
            .client_token
            .clone()
            .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
        let create = CreateSslVpnClientCert::new(&request.ssl_vpn_server_id)
            .name(&request.name)
            .client_token(token);

        let created = while_configuring(
            request
                .configuring_budget
                .unwrap_or(self.configuring_budget()),
            request.poll_interval,
            &request.ssl_vpn_server_id,
            |mode| self.execute_with(&create, mode),
        )?;

        let deadline = Instant::now() + request.ready_timeout;
        let mut pause = request.poll_interval;
        let mut bundle = loop {
            let last = match self.describe_ssl_vpn_client_cert(&created.ssl_vpn_client_cert_id) {
                Ok(b) if b.status == CertStatus::Normal => break b,
                Ok(b) => format!("status is {}", b.status),
                // Right after the create, a lagging read replica may not know the certificate yet.
                Err(Error::Api(e)) if e.kind == ErrorKind::CertNotFound || e.is_retryable() => {
                    e.to_string()
                }
                Err(e) => return Err(e),
            };
            pause = pause_until(deadline, pause).ok_or_else(|| {
                Error::Timeout(format!(
                    "certificate {} was not ready within {:?} ({last})",
                    created.ssl_vpn_client_cert_id, request.ready_timeout
                ))
            })?;
        };
        if bundle.client_config.trim().is_empty() {
            let servers = self.describe_ssl_vpn_servers(
                &DescribeSslVpnServers::new()
                    .ssl_vpn_server_id(&bundle.ssl_vpn_server_id)
                    .page_size(1),
            )?;
            bundle.server = servers
                .items
                .into_iter()
                .find(|s| s.ssl_vpn_server_id == bundle.ssl_vpn_server_id);
        }
        Ok(bundle)
    }
}
