//! DescribeSslVpnClientCerts: the certificates of a region, filtered and paged, without secrets.

use serde_json::Value;

use super::{matches, paged, paging, Ctx};
use crate::error::Failure;
use crate::generated::actions::DescribeSslVpnClientCertsParams;
use crate::world::{epoch_ms, RESOURCE_GROUP_ID};

pub(crate) fn run(cx: &mut Ctx<'_>, p: &DescribeSslVpnClientCertsParams) -> Result<Value, Failure> {
    let (number, size) = paging(cx.params)?;
    let server = p.ssl_vpn_server_id.as_ref();
    let id = p.ssl_vpn_client_cert_id.as_ref();
    let name = p.name.as_ref();
    let group = p.resource_group_id.as_ref();
    let now_ms = epoch_ms(cx.now);
    let all: Vec<Value> = cx
        .world
        .certs
        .iter()
        .filter(|c| {
            c.region_id == cx.region_id
                && matches(server, &c.ssl_vpn_server_id)
                && matches(id, &c.ssl_vpn_client_cert_id)
                && matches(name, &c.name)
                && matches(group, RESOURCE_GROUP_ID)
        })
        .map(|c| c.list_json(now_ms))
        .collect();
    Ok(paged(
        "SslVpnClientCertKeys",
        "SslVpnClientCertKey",
        all,
        number,
        size,
    ))
}
