//! DescribeSslVpnServers: the SSL-VPN servers of a region, filtered and paged.

use serde_json::Value;

use super::{matches, paged, paging, Ctx};
use crate::error::Failure;
use crate::generated::actions::DescribeSslVpnServersParams;
use crate::world::RESOURCE_GROUP_ID;

pub(crate) fn run(cx: &mut Ctx<'_>, p: &DescribeSslVpnServersParams) -> Result<Value, Failure> {
    let (number, size) = paging(cx.params)?;
    let id = p.ssl_vpn_server_id.as_ref();
    let gateway = p.vpn_gateway_id.as_ref();
    let name = p.name.as_ref();
    let group = p.resource_group_id.as_ref();
    let all: Vec<Value> = cx
        .world
        .servers
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            s.region_id == cx.region_id
                && matches(id, &s.ssl_vpn_server_id)
                && matches(gateway, &s.vpn_gateway_id)
                && matches(name, &s.name)
                && matches(group, RESOURCE_GROUP_ID)
        })
        .map(|(i, _)| cx.world.server_json(i))
        .collect();
    Ok(paged("SslVpnServers", "SslVpnServer", all, number, size))
}
