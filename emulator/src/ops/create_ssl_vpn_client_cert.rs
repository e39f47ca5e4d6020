//! CreateSslVpnClientCert: issue a client certificate on an SSL-VPN server. The gateway may be
//! `updating` for a moment afterwards (`create_settle`, none by default).

use serde_json::{json, Value};

use super::{client_token, recall, remember, validate_name, Action, Ctx};
use crate::error::Failure;
use crate::generated::actions::CreateSslVpnClientCertParams;

const ACTION: Action = Action::CreateSslVpnClientCert;

pub(crate) fn run(cx: &mut Ctx<'_>, p: &CreateSslVpnClientCertParams) -> Result<Value, Failure> {
    let server_id = p.ssl_vpn_server_id.as_str();
    let name = p.name.as_deref();
    if let Some(name) = name {
        validate_name(name)?;
    }
    let token = client_token(p.client_token.as_deref())?;
    if let Some(earlier) = recall(cx, ACTION, token) {
        return Ok(earlier);
    }
    let region_id = cx.region_id;
    let index = cx
        .world
        .server_index(region_id, server_id)
        .ok_or_else(Failure::server_not_found)?;
    let gateway_index = cx.world.gateway_of(index)?;
    let gateway = &mut cx.world.gateways[gateway_index];
    gateway.ensure_unlocked()?;
    gateway.accept_change(cx.instant)?;
    if cx.world.creates >= u64::from(cx.config.create_limit) {
        return Err(Failure::create_limit_reached());
    }
    if cx.world.certs.len() as u64 >= u64::from(cx.config.quota) {
        return Err(Failure::quota_full());
    }
    // Counting one server's certificates walks them all; fewer in the whole account than the
    // server quota cannot fill it, which keeps a create O(1) under the default (unlimited) quota.
    let server_quota = u64::from(cx.config.server_quota);
    if cx.world.certs.len() as u64 >= server_quota {
        let on_server = cx
            .world
            .certs
            .iter()
            .filter(|c| c.ssl_vpn_server_id == server_id)
            .count() as u64;
        if on_server >= server_quota {
            return Err(Failure::server_quota_full());
        }
    }
    let cert = cx
        .world
        .issue(index, name, cx.now, cx.config.cert_validity)?;
    let result = json!({
        "Name": cert.name,
        "SslVpnClientCertId": cert.ssl_vpn_client_cert_id,
    });
    cx.world.gateways[gateway_index].settle(cx.instant, cx.config.create_settle);
    remember(cx, ACTION, token, &result);
    Ok(result)
}
