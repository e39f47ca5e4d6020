//! ModifySslVpnClientCert: rename a certificate.

use serde_json::{json, Value};

use super::{client_token, recall, remember, validate_name, Action, Ctx};
use crate::error::Failure;
use crate::generated::actions::ModifySslVpnClientCertParams;

const ACTION: Action = Action::ModifySslVpnClientCert;

pub(crate) fn run(cx: &mut Ctx<'_>, p: &ModifySslVpnClientCertParams) -> Result<Value, Failure> {
    let id = p.ssl_vpn_client_cert_id.as_str();
    if let Some(name) = p.name.as_deref() {
        validate_name(name)?;
    }
    let token = client_token(p.client_token.as_deref())?;
    if let Some(earlier) = recall(cx, ACTION, token) {
        return Ok(earlier);
    }
    let index = cx
        .world
        .cert_index(cx.region_id, id)
        .ok_or_else(Failure::cert_not_found)?;
    // Optional in the official models, but a rename without a name is refused by the service.
    let name = p.name.as_deref().ok_or_else(|| Failure::missing("Name"))?;
    cx.world.rename(index, name, cx.now);
    let cert = &cx.world.certs[index];
    let result = json!({
        "Name": cert.name,
        "SslVpnClientCertId": cert.ssl_vpn_client_cert_id,
    });
    remember(cx, ACTION, token, &result);
    Ok(result)
}
