//! DescribeVpnGateway: one gateway; its `Status` says whether a change is still applied.

use serde_json::Value;

use super::Ctx;
use crate::error::Failure;
use crate::generated::actions::DescribeVpnGatewayParams;

pub(crate) fn run(cx: &mut Ctx<'_>, p: &DescribeVpnGatewayParams) -> Result<Value, Failure> {
    let index = cx
        .world
        .gateway_index(cx.region_id, &p.vpn_gateway_id)
        .ok_or_else(Failure::gateway_not_found)?;
    let has_server = cx.world.server_on(index).is_some();
    Ok(cx.world.gateways[index].api_json(cx.instant, has_server))
}
