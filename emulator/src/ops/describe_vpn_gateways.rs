//! DescribeVpnGateways: the gateways of a region, filtered and paged.

use serde_json::Value;

use super::{matches, paged, paging, Ctx};
use crate::error::Failure;
use crate::generated::actions::DescribeVpnGatewaysParams;
use crate::world::RESOURCE_GROUP_ID;

/// Tag filters one request may carry (the official models document `Tag.N` with N up to 20).
const MAX_TAG_FILTERS: usize = 20;

pub(crate) fn run(cx: &mut Ctx<'_>, p: &DescribeVpnGatewaysParams) -> Result<Value, Failure> {
    let (number, size) = paging(cx.params)?;
    let tags = p.tag.as_deref().unwrap_or(&[]);
    if tags.len() > MAX_TAG_FILTERS {
        return Err(Failure::invalid_parameter(
            "Tag",
            &format!("at most {MAX_TAG_FILTERS} tags, got {}.", tags.len()),
        ));
    }
    if tags.iter().any(|(k, _)| k.is_empty()) {
        return Err(Failure::invalid_parameter(
            "Tag.N.Key",
            "a tag filter needs its key.",
        ));
    }
    let now = cx.instant;
    let world = &*cx.world;
    let all: Vec<Value> = world
        .gateways
        .iter()
        .enumerate()
        .filter(|(_, g)| {
            g.region_id == cx.region_id
                && matches(p.vpn_gateway_id.as_ref(), &g.vpn_gateway_id)
                && matches(p.vpc_id.as_ref(), &g.vpc_id)
                && matches(p.status.as_ref(), g.status(now))
                && matches(p.business_status.as_ref(), g.business_status())
                && matches(p.gateway_type.as_ref(), "Normal")
                && matches(p.resource_group_id.as_ref(), RESOURCE_GROUP_ID)
                // Every tag asked for, by key; an empty value matches any value of the key.
                && tags.iter().all(|(key, value)| {
                    g.tags
                        .iter()
                        .any(|(k, v)| k == key && (value.is_empty() || v == value))
                })
        })
        .map(|(i, g)| g.api_json(now, world.server_on(i).is_some()))
        .collect();
    Ok(paged("VpnGateways", "VpnGateway", all, number, size))
}
