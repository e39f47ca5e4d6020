//! DescribeSslVpnServers: the SSL-VPN servers of a region, filtered and paged.

use serde_json::{json, Value};

use super::{matches, page, paging, Ctx};
use crate::error::Failure;
use crate::world::RESOURCE_GROUP_ID;

pub(super) fn run(cx: &mut Ctx<'_>) -> Result<Value, Failure> {
    let (number, size) = paging(cx.params)?;
    let id = cx.params.non_empty("SslVpnServerId");
    let gateway = cx.params.non_empty("VpnGatewayId");
    let name = cx.params.non_empty("Name");
    let group = cx.params.non_empty("ResourceGroupId");
    let all: Vec<Value> = cx
        .world
        .servers
        .iter()
        .filter(|s| {
            s.region_id == cx.region_id
                && matches(id, &s.ssl_vpn_server_id)
                && matches(gateway, &s.vpn_gateway_id)
                && matches(name, &s.name)
                && matches(group, RESOURCE_GROUP_ID)
        })
        .map(|s| s.api_json())
        .collect();
    let total = all.len();
    Ok(json!({
        "PageNumber": number,
        "PageSize": size,
        "TotalCount": total,
        "SslVpnServers": { "SslVpnServer": page(all, number, size) },
    }))
}
