//! Waiting for a VPN gateway to finish a change: poll `DescribeVpnGateway` until its `Status` is
//! `active`, the documented sign that an SSL-VPN change (a certificate's deletion, a server's
//! creation or change) is applied. A certificate record can vanish before the gateway is done.

use std::time::{Duration, Instant};

pub use crate::generated::ops::wait_for_gateway::*;

use super::wait::pause_until;
use crate::{
    ApiError, Client, DescribeSslVpnClientCerts, DescribeSslVpnServers, DescribeVpnGateway,
};
use crate::{Error, ErrorKind};

/// The first pause between two polls of the gateway; it doubles up to 5 s.
const FIRST_PAUSE: Duration = Duration::from_millis(250);

/// The error that ends every wait on a gateway locked for an overdue payment: it will apply
/// nothing until the account is paid up.
pub(crate) fn financial_locked(vpn_gateway_id: &str, request_id: &str) -> Error {
    let mut e = ApiError::new(
        "VpnGateway.FinancialLocked",
        format!("the VPN gateway {vpn_gateway_id} is locked for an overdue payment"),
        400,
    );
    e.request_id = request_id.to_owned();
    e.into()
}

impl Client {
    /// Waits until gateway `vpn_gateway_id` is `active` and returns it (see
    /// [`WaitForGateway`]).
    pub fn wait_for_gateway(&self, request: &WaitForGateway) -> Result<VpnGateway, Error> {
        request.check_parameters()?;
        self.gateway_active(
            &request.vpn_gateway_id,
            request.region_id.as_deref(),
            request.timeout,
        )
    }

    /// Polls the gateway until it is `active`, for up to `timeout`. `FinancialLocked` ends the
    /// wait at once: the gateway will not apply anything until the account is paid up.
    pub(crate) fn gateway_active(
        &self,
        vpn_gateway_id: &str,
        region_id: Option<&str>,
        timeout: Duration,
    ) -> Result<VpnGateway, Error> {
        let deadline = Instant::now() + timeout;
        let mut pause = FIRST_PAUSE;
        let mut request = DescribeVpnGateway::new(vpn_gateway_id);
        if let Some(r) = region_id {
            request = request.region_id(r);
        }
        loop {
            let last = match self.describe_vpn_gateway(&request) {
                Ok(g) if g.business_status == "FinancialLocked" => {
                    return Err(financial_locked(vpn_gateway_id, &g.request_id))
                }
                Ok(g) if g.status == "active" => return Ok(g),
                Ok(g) => format!("its status is {:?}", g.status),
                Err(e) if e.is_retryable() => e.to_string(),
                Err(e) => return Err(e),
            };
            pause = pause_until(deadline, pause).ok_or_else(|| {
                Error::Timeout(format!(
                    "the VPN gateway {vpn_gateway_id} was not active within {timeout:?} ({last})"
                ))
            })?;
        }
    }

    /// The gateway an SSL-VPN server runs on, or `None` when the server is not there.
    pub(crate) fn gateway_of_server(
        &self,
        ssl_vpn_server_id: &str,
        region_id: Option<&str>,
    ) -> Result<Option<String>, Error> {
        let mut request = DescribeSslVpnServers::new()
            .ssl_vpn_server_id(ssl_vpn_server_id)
            .page_size(1);
        if let Some(r) = region_id {
            request = request.region_id(r);
        }
        let page = self.describe_ssl_vpn_servers(&request)?;
        Ok(page
            .items
            .into_iter()
            .find(|s| s.ssl_vpn_server_id == ssl_vpn_server_id)
            .map(|s| s.vpn_gateway_id)
            .filter(|g| !g.is_empty()))
    }

    /// The SSL-VPN server and gateway of a certificate, or `None` when it is not there. Read
    /// from the list, which carries no secrets (describing one certificate returns its key).
    pub(crate) fn gateway_of_cert(
        &self,
        ssl_vpn_client_cert_id: &str,
        region_id: Option<&str>,
    ) -> Result<Option<(String, String)>, Error> {
        let mut request = DescribeSslVpnClientCerts::new()
            .ssl_vpn_client_cert_id(ssl_vpn_client_cert_id)
            .page_size(1);
        if let Some(r) = region_id {
            request = request.region_id(r);
        }
        let page = self.describe_ssl_vpn_client_certs(&request)?;
        let Some(cert) = page
            .items
            .into_iter()
            .find(|c| c.ssl_vpn_client_cert_id == ssl_vpn_client_cert_id)
        else {
            return Ok(None);
        };
        Ok(self
            .gateway_of_server(&cert.ssl_vpn_server_id, region_id)?
            .map(|g| (cert.ssl_vpn_server_id, g)))
    }

    /// The lookup of a change's gateway (`lookup`: [`gateway_of_server`](Self::gateway_of_server)
    /// or [`gateway_of_cert`](Self::gateway_of_cert)), except that a caller not allowed to read
    /// it is not failed for it: the change goes ahead without what needs the gateway (`lost`
    /// says what), as the wait then falls back to the configuring hand-back.
    pub(crate) fn gateway_if_readable<T>(
        lookup: Result<Option<T>, Error>,
        what: &str,
        lost: &str,
    ) -> Result<Option<T>, Error> {
        match lookup {
            Err(e)
                if matches!(
                    e.api_kind(),
                    Some(ErrorKind::Forbidden | ErrorKind::SubUserForbidden)
                ) =>
            {
                log::warn!("cannot read {what} ({e}); {lost}");
                Ok(None)
            }
            other => other,
        }
    }

    /// [`gateway_active`](Self::gateway_active), except that a caller not allowed to read
    /// gateways (a RAM policy without `vpc:DescribeVpnGateway`) is not failed for it: the
    /// change itself succeeded, and the wait is then left to the configuring hand-back.
    pub(crate) fn gateway_active_if_readable(
        &self,
        vpn_gateway_id: &str,
        region_id: Option<&str>,
        timeout: Duration,
    ) -> Result<Option<VpnGateway>, Error> {
        Self::gateway_if_readable(
            self.gateway_active(vpn_gateway_id, region_id, timeout)
                .map(Some),
            &format!("VPN gateway {vpn_gateway_id}"),
            "not waiting for it",
        )
    }
}
