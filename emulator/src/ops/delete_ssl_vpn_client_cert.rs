//! DeleteSslVpnClientCert: revoke a certificate. The gateway reconfigures in the background, so
//! it answers `VpnGateway.Configuring` to changes for a while afterwards.

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
        .servers
        .iter_mut()
        .find(|s| s.ssl_vpn_server_id == server_id)
        .ok_or_else(|| Failure::new(500, "InternalError", "the certificate's server is gone"))?;
    server.accept_change(cx.instant)?;
    if !cx.config.delete_settle.is_zero() {
        server.busy_until = Some(cx.instant + cx.config.delete_settle);
    }
    cx.world.certs.remove(index);
    cx.world.deletes += 1;
    let result = json!({});
    remember(cx, ACTION, token, &result);
    Ok(result)
}
