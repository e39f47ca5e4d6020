//! DeleteSslVpnClientCert: revoke a certificate. The gateway reconfigures in the background, so
//! it is `updating` and answers `VpnGateway.Configuring` to changes for a while afterwards, and
//! every client of the server is disconnected.

use serde_json::{json, Value};

use super::{client_token, recall, remember, Action, Ctx};
use crate::error::Failure;
use crate::generated::actions::DeleteSslVpnClientCertParams;

const ACTION: Action = Action::DeleteSslVpnClientCert;

pub(crate) fn run(cx: &mut Ctx<'_>, p: &DeleteSslVpnClientCertParams) -> Result<Value, Failure> {
    let id = p.ssl_vpn_client_cert_id.as_str();
    let token = client_token(p.client_token.as_deref())?;
    if let Some(earlier) = recall(cx, ACTION, token) {
        return Ok(earlier);
    }
    let index = cx
        .world
        .cert_index(cx.region_id, id)
        .ok_or_else(Failure::cert_not_found)?;
    let server_id = cx.world.certs[index].ssl_vpn_server_id.clone();
    let server = cx
        .world
        .server_index(cx.region_id, &server_id)
        .ok_or_else(|| Failure::new(500, "InternalError", "the certificate's server is gone"))?;
    let gateway_index = cx.world.gateway_of(server)?;
    let gateway = &mut cx.world.gateways[gateway_index];
    gateway.accept_change(cx.instant)?;
    gateway.settle(cx.instant, cx.config.settle);
    cx.world.revoke(index, cx.now);
    let result = json!({});
    remember(cx, ACTION, token, &result);
    Ok(result)
}
