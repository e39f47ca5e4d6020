//! `ModifySslVpnServer`: change an SSL-VPN server's settings; checked before sending, a dry
//! run's `DryRunOperation` is a result, and `wait` waits for the gateway.

use std::time::Duration;

pub use crate::generated::ops::modify_ssl_vpn_server::*;

use super::create_ssl_vpn_server::{check_pool_size, check_server_settings, with_token};
use super::wait::while_configuring;
use super::Hooks;
use crate::{Client, DescribeVpnGateway, Error, ErrorKind};

impl Hooks for ModifySslVpnServer {
    fn validate_more(&self) -> Result<(), Error> {
        check_server_settings(
            self.local_subnet.as_deref(),
            self.client_ip_pool.as_deref(),
            self.enable_multi_factor_auth,
            self.idaas_instance_id.as_deref(),
            self.idaas_region_id.as_deref(),
        )
    }
}

impl Client {
    /// Changes an SSL-VPN server's settings (see [`ModifySslVpnServer`]).
    pub fn modify_ssl_vpn_server(
        &self,
        request: &ModifySslVpnServer,
    ) -> Result<ModifySslVpnServerResponse, Error> {
        super::Operation::validate(request)?;
        let region = request.region_id.as_deref();
        // The gateway is read only for what needs it (the pool's size check, the wait), and a
        // caller not allowed to read servers loses those, not the change.
        let gateway = if request.wait.is_some() || request.client_ip_pool.is_some() {
            Self::gateway_if_readable(
                self.gateway_of_server(&request.ssl_vpn_server_id, region),
                &format!("SSL-VPN server {}", request.ssl_vpn_server_id),
                "not checking the pool against its gateway or waiting for it",
            )?
        } else {
            None
        };
        if let (Some(pool), Some(gateway)) = (&request.client_ip_pool, &gateway) {
            let mut describe = DescribeVpnGateway::new(gateway);
            if let Some(r) = region {
                describe = describe.region_id(r);
            }
            if let Ok(g) = self.describe_vpn_gateway(&describe) {
                check_pool_size(pool, g.ssl_max_connections)?;
            }
        }
        let attempt = with_token(
            request.clone(),
            |r| r.client_token.is_none(),
            |r, t| r.client_token(t),
        );
        let changed = while_configuring(
            self.configuring_budget(),
            Duration::from_millis(250),
            &request.ssl_vpn_server_id,
            |mode| self.execute_with(&attempt, mode),
        );
        let out = match changed {
            Ok(out) => out,
            Err(Error::Api(e))
                if request.dry_run == Some(true) && e.kind == ErrorKind::DryRunPassed =>
            {
                return Ok(ModifySslVpnServerResponse {
                    request_id: e.request_id,
                    ssl_vpn_server_id: request.ssl_vpn_server_id.clone(),
                    dry_run: true,
                    ..Default::default()
                })
            }
            Err(e) => return Err(e),
        };
        if let (Some(wait), Some(gateway)) = (request.wait, gateway) {
            self.gateway_active_if_readable(&gateway, region, wait)?;
        }
        Ok(out)
    }
}
