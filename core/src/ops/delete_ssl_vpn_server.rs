//! `DeleteSslVpnServer`: remove an SSL-VPN server; `wait` waits for the gateway.

use std::time::Duration;

pub use crate::generated::ops::delete_ssl_vpn_server::*;

use super::create_ssl_vpn_server::with_token;
use super::wait::while_configuring;
use crate::{Client, Error};

impl Client {
    /// Deletes an SSL-VPN server (see [`DeleteSslVpnServer`]). Its gateway is looked up first,
    /// since the server cannot be asked for it once it is gone.
    pub fn delete_ssl_vpn_server(
        &self,
        request: &DeleteSslVpnServer,
    ) -> Result<DeleteSslVpnServerResponse, Error> {
        super::Operation::validate(request)?;
        let region = request.region_id.as_deref();
        let gateway = match request.wait {
            Some(_) => Self::gateway_if_readable(
                self.gateway_of_server(&request.ssl_vpn_server_id, region),
                &format!("SSL-VPN server {}", request.ssl_vpn_server_id),
                "not waiting for its gateway",
            )?,
            None => None,
        };
        let attempt = with_token(
            request.clone(),
            |r| r.client_token.is_none(),
            |r, t| r.client_token(t),
        );
        let out = while_configuring(
            self.configuring_budget(),
            Duration::from_millis(250),
            &request.ssl_vpn_server_id,
            |mode| self.execute_with(&attempt, mode),
        )?;
        if let (Some(wait), Some(gateway)) = (request.wait, gateway) {
            self.gateway_active_if_readable(&gateway, region, wait)?;
        }
        Ok(out)
    }
}
