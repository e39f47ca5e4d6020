//! DescribeSslVpnClientCert: one certificate with its PEMs and OpenVPN profile.

use serde_json::Value;

use super::Ctx;
use crate::error::Failure;
use crate::generated::actions::DescribeSslVpnClientCertParams;
use crate::world::epoch_ms;

pub(crate) fn run(cx: &mut Ctx<'_>, p: &DescribeSslVpnClientCertParams) -> Result<Value, Failure> {
    let id = p.ssl_vpn_client_cert_id.as_str();
    // The current API answers an unknown id with 400 InvalidInstanceId.NotFound.
    let index = cx
        .world
        .cert_index(cx.region_id, id)
        .ok_or_else(Failure::instance_not_found)?;
    Ok(cx.world.certs[index].detail_json(epoch_ms(cx.now)))
}
