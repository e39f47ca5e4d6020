//! `CreateSslVpnServer`: the SSL-VPN server of a gateway. Its settings are checked before
//! sending, a dry run's `DryRunOperation` is a result, and `wait` waits for the gateway.

use std::time::Duration;

pub use crate::generated::ops::create_ssl_vpn_server::*;

use super::wait::while_configuring;
use super::Hooks;
use crate::{validate, Client, DescribeVpnGateway, Error, ErrorKind};

impl Hooks for CreateSslVpnServer {
    fn validate_more(&self) -> Result<(), Error> {
        check_server_settings(
            Some(&self.local_subnet),
            Some(&self.client_ip_pool),
            self.enable_multi_factor_auth,
            self.idaas_instance_id.as_deref(),
            self.idaas_region_id.as_deref(),
        )
    }
}

/// The rules between settings: the client pool must not overlap the local networks, and
/// two-factor authentication needs its IDaaS instance.
pub(crate) fn check_server_settings(
    local_subnet: Option<&[String]>,
    client_ip_pool: Option<&str>,
    enable_multi_factor_auth: Option<bool>,
    idaas_instance_id: Option<&str>,
    idaas_region_id: Option<&str>,
) -> Result<(), Error> {
    if let (Some(pool), Some(subnets)) = (client_ip_pool, local_subnet) {
        if let Some(overlap) = validate::first_overlap(pool, subnets) {
            return Err(Error::invalid(
                "ClientIpPool",
                format!("{pool} overlaps LocalSubnet {overlap}"),
            ));
        }
    }
    if enable_multi_factor_auth == Some(true) {
        for (parameter, value) in [
            ("IDaaSInstanceId", idaas_instance_id),
            ("IDaaSRegionId", idaas_region_id),
        ] {
            if value.is_none_or(str::is_empty) {
                return Err(Error::invalid(
                    parameter,
                    "is required when EnableMultiFactorAuth is true",
                ));
            }
        }
    }
    Ok(())
}

/// A client pool holds at least 4 addresses per connection the gateway allows.
pub(crate) fn check_pool_size(pool: &str, max_connections: u64) -> Result<(), Error> {
    let Some(size) = validate::pool_size(pool) else {
        return Ok(());
    };
    if max_connections > 0 && size < max_connections.saturating_mul(4) {
        return Err(Error::invalid(
            "ClientIpPool",
            format!(
                "{pool} holds {size} addresses; the gateway allows {max_connections} SSL-VPN \
                 connections, which need at least {} (4 per connection)",
                max_connections.saturating_mul(4)
            ),
        ));
    }
    Ok(())
}

impl Client {
    /// Creates the SSL-VPN server of a gateway (see [`CreateSslVpnServer`]). The client pool is
    /// checked against the gateway's `SslMaxConnections` when the gateway can be read. With
    /// `dry_run`, a passing check is a result whose `dry_run` is true; nothing is created.
    pub fn create_ssl_vpn_server(
        &self,
        request: &CreateSslVpnServer,
    ) -> Result<CreateSslVpnServerResponse, Error> {
        super::Operation::validate(request)?;
        let region = request.region_id.as_deref();
        let mut describe = DescribeVpnGateway::new(&request.vpn_gateway_id);
        if let Some(r) = region {
            describe = describe.region_id(r);
        }
        match self.describe_vpn_gateway(&describe) {
            Ok(gateway) => check_pool_size(&request.client_ip_pool, gateway.ssl_max_connections)?,
            Err(e) if e.api_kind() == Some(ErrorKind::GatewayNotFound) => return Err(e),
            // Not readable (permissions, a fault): the service checks the pool itself.
            Err(e) => log::debug!("cannot read gateway {}: {e}", request.vpn_gateway_id),
        }
        let attempt = with_token(
            request.clone(),
            |r| r.client_token.is_none(),
            |r, t| r.client_token(t),
        );
        let created = while_configuring(
            self.configuring_budget(),
            Duration::from_millis(250),
            &request.vpn_gateway_id,
            |mode| self.execute_with(&attempt, mode),
        );
        let out = match created {
            Ok(out) => out,
            Err(Error::Api(e))
                if request.dry_run == Some(true) && e.kind == ErrorKind::DryRunPassed =>
            {
                return Ok(CreateSslVpnServerResponse {
                    request_id: e.request_id,
                    dry_run: true,
                    ..Default::default()
                })
            }
            Err(e) => return Err(e),
        };
        if let Some(wait) = request.wait {
            self.gateway_active_if_readable(&request.vpn_gateway_id, region, wait)?;
        }
        Ok(out)
    }
}

/// `request` with a generated ClientToken when it has none, so that every attempt of one
/// logical call, the configuring waits' included, carries the same one.
pub(crate) fn with_token<R>(
    request: R,
    lacks: impl Fn(&R) -> bool,
    set: impl Fn(R, String) -> R,
) -> R {
    if lacks(&request) {
        set(request, uuid::Uuid::new_v4().to_string())
    } else {
        request
    }
}
