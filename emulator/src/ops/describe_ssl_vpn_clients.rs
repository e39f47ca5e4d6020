//! DescribeSslVpnClients: who is connected to a gateway's SSL-VPN server now, paged.

use serde_json::{json, Value};

use super::{page, paging, Ctx};
use crate::error::Failure;
use crate::generated::actions::DescribeSslVpnClientsParams;
use crate::world::epoch_ms;

pub(crate) fn run(cx: &mut Ctx<'_>, p: &DescribeSslVpnClientsParams) -> Result<Value, Failure> {
    let (number, size) = paging(cx.params)?;
    let index = cx
        .world
        .gateway_index(cx.region_id, &p.vpn_gateway_id)
        .ok_or_else(Failure::gateway_not_found)?;
    let gateway_id = &cx.world.gateways[index].vpn_gateway_id;
    let now_ms = epoch_ms(cx.now);
    let all: Vec<Value> = cx
        .world
        .connections
        .iter()
        .filter(|c| c.vpn_gateway_id == *gateway_id)
        .map(|c| c.api_json(now_ms))
        .collect();
    let total = all.len();
    Ok(json!({
        "RegionId": cx.region_id,
        "VpnGatewayId": gateway_id,
        "PageNumber": number,
        "PageSize": size,
        "TotalCount": total,
        "ClientInfoList": page(all, number, size),
    }))
}
