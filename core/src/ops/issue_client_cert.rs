//! `issue_client_cert`: the onboarding call. Create, wait until ready, fetch, in one go.

use std::time::Instant;

pub use crate::generated::ops::issue_client_cert::*;

use super::create_ssl_vpn_client_cert::{CreateSslVpnClientCert, CreateSslVpnClientCertResponse};
use super::describe_ssl_vpn_client_cert::{CertStatus, DescribeSslVpnClientCert};
use super::describe_ssl_vpn_servers::{DescribeSslVpnServers, SslVpnServer};
use super::wait::{pause_until, while_configuring};
use crate::{Client, DescribeVpnGateway, Error, ErrorKind, VpnGateway};

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
        let created = self.issue_create(request)?;
        let deadline = Instant::now() + request.ready_timeout;
        let mut bundle = self.issue_ready(request, &created.ssl_vpn_client_cert_id, deadline)?;
        // The server's settings build the profile when the service sends none, and its gateway
        // says when the change is applied.
        let region_id = request.region_id.as_deref();
        let mut server = match self.server_of(&bundle.ssl_vpn_server_id, region_id) {
            Ok(s) => s,
            // The certificate is ready and the service sent its profile: a caller who may not
            // read servers loses only the wait for the gateway, not the certificate.
            Err(e) if !bundle.client_config.expose().trim().is_empty() && !e.is_retryable() => {
                log::warn!(
                    "cannot read SSL-VPN server {} ({e}); not waiting for its gateway",
                    bundle.ssl_vpn_server_id
                );
                None
            }
            Err(e) => return Err(e),
        };
        if let Some(s) = server.as_mut().filter(|s| !s.vpn_gateway_id.is_empty()) {
            let left = deadline.saturating_duration_since(Instant::now());
            let gateway = self.gateway_active_if_readable(&s.vpn_gateway_id, region_id, left)?;
            reached_at(s, gateway.as_ref());
        }
        if bundle.client_config.expose().trim().is_empty() {
            bundle.server = server;
        }
        Ok(bundle)
    }

    /// The change of an issue: the create, with `VpnGateway.Configuring` waited out on the
    /// configuring budget and one ClientToken for every attempt.
    pub(crate) fn issue_create(
        &self,
        request: &IssueClientCert,
    ) -> Result<CreateSslVpnClientCertResponse, Error> {
        let token = request
            .client_token
            .clone()
            .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
        let mut create = CreateSslVpnClientCert::new(&request.ssl_vpn_server_id)
            .name(&request.name)
            .client_token(token);
        if let Some(r) = &request.region_id {
            create = create.region_id(r);
        }
        while_configuring(
            request
                .configuring_budget
                .unwrap_or(self.configuring_budget()),
            request.poll_interval,
            &request.ssl_vpn_server_id,
            |mode| self.execute_with(&create, mode),
        )
    }

    /// The reads of an issue: polls the new certificate until it is `normal` (by `deadline`)
    /// and returns it with its key and profile.
    pub(crate) fn issue_ready(
        &self,
        request: &IssueClientCert,
        ssl_vpn_client_cert_id: &str,
        deadline: Instant,
    ) -> Result<SslVpnClientCertBundle, Error> {
        let mut pause = request.poll_interval;
        let mut describe = DescribeSslVpnClientCert::new(ssl_vpn_client_cert_id);
        if let Some(r) = &request.region_id {
            describe = describe.region_id(r);
        }
        loop {
            let last = match self.execute(&describe) {
                Ok(b) if b.status == CertStatus::Normal => return Ok(b),
                Ok(b) => format!("status is {}", b.status),
                // Right after the create, a lagging read replica may not know the certificate yet.
                Err(Error::Api(e)) if e.kind == ErrorKind::CertNotFound || e.is_retryable() => {
                    e.to_string()
                }
                Err(e) => return Err(e),
            };
            pause = pause_until(deadline, pause).ok_or_else(|| {
                Error::Timeout(format!(
                    "certificate {ssl_vpn_client_cert_id} was not ready within {:?} ({last})",
                    request.ready_timeout
                ))
            })?;
        }
    }

    /// When the service sent no OpenVPN profile for `bundle`, fetches its server's settings
    /// into `bundle.server`, so that [`SslVpnClientCertBundle::to_ovpn`] can build one.
    pub fn fill_server_settings(&self, bundle: &mut SslVpnClientCertBundle) -> Result<(), Error> {
        if !bundle.client_config.expose().trim().is_empty() || bundle.server.is_some() {
            return Ok(());
        }
        // The server is in the certificate's region, which need not be the client's.
        let region_id = Some(bundle.region_id.as_str()).filter(|r| !r.is_empty());
        let mut server = self.server_of(&bundle.ssl_vpn_server_id, region_id)?;
        if let Some(s) = server.as_mut().filter(|s| !s.vpn_gateway_id.is_empty()) {
            let mut request = DescribeVpnGateway::new(&s.vpn_gateway_id);
            if let Some(r) = region_id {
                request = request.region_id(r);
            }
            match self.describe_vpn_gateway(&request) {
                Ok(g) => reached_at(s, Some(&g)),
                // The server's own address still makes a profile.
                Err(e) if !e.is_retryable() => {
                    log::info!("cannot read VPN gateway {} ({e})", s.vpn_gateway_id);
                }
                Err(e) => return Err(e),
            }
        }
        bundle.server = server;
        Ok(())
    }

    /// An SSL-VPN server's settings, or `None` when it is not there.
    pub(crate) fn server_of(
        &self,
        ssl_vpn_server_id: &str,
        region_id: Option<&str>,
    ) -> Result<Option<SslVpnServer>, Error> {
        let mut request = DescribeSslVpnServers::new()
            .ssl_vpn_server_id(ssl_vpn_server_id)
            .page_size(1);
        if let Some(r) = region_id {
            request = request.region_id(r);
        }
        let servers = self.describe_ssl_vpn_servers(&request)?;
        Ok(servers
            .items
            .into_iter()
            .find(|s| s.ssl_vpn_server_id == ssl_vpn_server_id))
    }
}

/// Where clients reach the SSL-VPN server: its gateway's `SslVpnInternetIp` when the gateway has
/// one (a gateway whose SSL-VPN listens on an address of its own), else the server's
/// `InternetIp`. The bundle's `server` carries the address a profile is to use.
fn reached_at(server: &mut SslVpnServer, gateway: Option<&VpnGateway>) {
    if let Some(ip) = gateway
        .map(|g| g.ssl_vpn_internet_ip.trim())
        .filter(|ip| !ip.is_empty())
    {
        server.internet_ip = ip.to_owned();
    }
}
