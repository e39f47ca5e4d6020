//! DeleteSslVpnServer: remove a gateway's SSL-VPN server, with its certificates; its clients
//! are disconnected. The gateway is `updating` for the settle window afterwards.

use serde_json::{json, Value};

use super::{client_token, recall, remember, Action, Ctx};
use crate::error::Failure;
use crate::generated::actions::DeleteSslVpnServerParams;

const ACTION: Action = Action::DeleteSslVpnServer;

pub(crate) fn run(cx: &mut Ctx<'_>, p: &DeleteSslVpnServerParams) -> Result<Value, Failure> {
    let token = client_token(p.client_token.as_deref())?;
    if let Some(earlier) = recall(cx, ACTION, token) {
        return Ok(earlier);
    }
    let index = cx
        .world
        .server_index(cx.region_id, &p.ssl_vpn_server_id)
        .ok_or_else(Failure::server_not_found)?;
    let gateway_index = cx.world.gateway_of(index)?;
    let gateway = &mut cx.world.gateways[gateway_index];
    gateway.ensure_unlocked()?;
    gateway.accept_change(cx.instant)?;
    gateway.settle(cx.instant, cx.config.settle);
    cx.world.remove_server(index, cx.now);
    let result = json!({});
    remember(cx, ACTION, token, &result);
    Ok(result)
}
