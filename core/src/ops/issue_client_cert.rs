//! `issue_client_cert`: the onboarding call. Create, wait until ready, fetch, in one go.

use std::time::Instant;

pub use crate::generated::ops::issue_client_cert::*;

use super::create_ssl_vpn_client_cert::CreateSslVpnClientCert;
use super::describe_ssl_vpn_client_cert::CertStatus;
use super::describe_ssl_vpn_servers::DescribeSslVpnServers;
use super::wait::{pause_until, while_configuring};
use crate::{Client, Error, ErrorKind};

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
        request.check_parameters()?;
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
        // The server's settings build the profile when the service sends none, and its gateway
        // says when the change is applied.
        let servers = self.describe_ssl_vpn_servers(
            &DescribeSslVpnServers::new()
                .ssl_vpn_server_id(&bundle.ssl_vpn_server_id)
                .page_size(1),
        )?;
        let server = servers
            .items
            .into_iter()
            .find(|s| s.ssl_vpn_server_id == bundle.ssl_vpn_server_id);
        if let Some(gateway) = server.as_ref().map(|s| s.vpn_gateway_id.as_str()) {
            if !gateway.is_empty() {
                let left = deadline.saturating_duration_since(Instant::now());
                self.gateway_active_if_readable(gateway, None, left)?;
            }
        }
        if bundle.client_config.trim().is_empty() {
            bundle.server = server;
        }
        Ok(bundle)
    }
}
