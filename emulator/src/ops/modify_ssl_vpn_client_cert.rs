//! ModifySslVpnClientCert: rename a certificate.

use serde_json::{json, Value};

use super::{client_token, recall, remember, required, validate_name, Action, Ctx};
use crate::error::Failure;

const ACTION: Action = Action::ModifySslVpnClientCert;

pub(super) fn run(cx: &mut Ctx<'_>) -> Result<Value, Failure> {
    let id = required(cx.params, "SslVpnClientCertId")?;
    let name = cx.params.get("Name");
    if let Some(name) = name {
        validate_name(name)?;
    }
    let token = client_token(cx.params)?;
    if let Some(earlier) = recall(cx, ACTION, token) {
        return Ok(earlier);
    }
    let index = cx
        .world
        .cert_index(cx.region_id, id)
        .ok_or_else(Failure::cert_not_found)?;
    let cert = &mut cx.world.certs[index];
    if let Some(name) = name {
        cert.name = name.to_owned();
    }
    let result = json!({
        "Name": cert.name,
        "SslVpnClientCertId": cert.ssl_vpn_client_cert_id,
    });
    remember(cx, ACTION, token, &result);
    Ok(result)
}
