// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `DescribeVpnGateways`: the request builder, its answer and its documented error codes.

#![allow(clippy::doc_markdown)]

pub use crate::generated::records::VpnGateway;
#[allow(unused_imports)]
use crate::{Client, Error};

/// The documented error codes of `DescribeVpnGateways`.
pub const ERROR_CODES: &[&str] = &["Forbbiden.SubUser", "Forbidden", "InvalidRegionId.NotFound"];

/// A `DescribeVpnGateways` request: lists one page of VPN gateways.
///
/// Required parameters are taken by `new`; each optional one has a setter and a `get_` getter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DescribeVpnGateways {
    pub(crate) vpn_gateway_id: Option<String>,
    pub(crate) vpc_id: Option<String>,
    pub(crate) status: Option<String>,
    pub(crate) business_status: Option<String>,
    pub(crate) gateway_type: Option<String>,
    pub(crate) resource_group_id: Option<String>,
    pub(crate) tag: Vec<(String, String)>,
    pub(crate) include_reservation_data: Option<bool>,
    pub(crate) page_number: Option<u32>,
    pub(crate) page_size: Option<u32>,
    pub(crate) region_id: Option<String>,
}

impl DescribeVpnGateways {
    /// A request with none of the optional parameters set.
    pub fn new() -> Self {
        DescribeVpnGateways {
            vpn_gateway_id: None,
            vpc_id: None,
            status: None,
            business_status: None,
            gateway_type: None,
            resource_group_id: None,
            tag: Vec::new(),
            include_reservation_data: None,
            page_number: None,
            page_size: None,
            region_id: None,
        }
    }

    /// `Tag.N.Key` / `Tag.N.Value`: adds one; only gateways with all these tags (key and
    /// value).
    pub fn tag(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.tag.push((key.into(), value.into()));
        self
    }

    /// `VpnGatewayId`: only this gateway.
    pub fn vpn_gateway_id(mut self, v: impl Into<String>) -> Self {
        self.vpn_gateway_id = Some(v.into());
        self
    }

    /// `VpcId`: only gateways of this VPC.
    pub fn vpc_id(mut self, v: impl Into<String>) -> Self {
        self.vpc_id = Some(v.into());
        self
    }

    /// `Status`: only gateways in this status (`active`, `updating`, ...).
    pub fn status(mut self, v: impl Into<String>) -> Self {
        self.status = Some(v.into());
        self
    }

    /// `BusinessStatus`: only gateways in this payment status (`Normal`, `FinancialLocked`).
    pub fn business_status(mut self, v: impl Into<String>) -> Self {
        self.business_status = Some(v.into());
        self
    }

    /// `GatewayType`: only gateways of this type.
    pub fn gateway_type(mut self, v: impl Into<String>) -> Self {
        self.gateway_type = Some(v.into());
        self
    }

    /// `ResourceGroupId`: only gateways in this resource group.
    pub fn resource_group_id(mut self, v: impl Into<String>) -> Self {
        self.resource_group_id = Some(v.into());
        self
    }

    /// `IncludeReservationData`: whether to include pending orders.
    pub fn include_reservation_data(mut self, v: bool) -> Self {
        self.include_reservation_data = Some(v);
        self
    }

    /// `PageNumber`: 1-based page number (default 1).
    pub fn page_number(mut self, v: u32) -> Self {
        self.page_number = Some(v);
        self
    }

    /// `PageSize`: page size, 1 to 50 (default 10).
    pub fn page_size(mut self, v: u32) -> Self {
        self.page_size = Some(v);
        self
    }

    /// `RegionId`: the region of this request (default: the client's), so one client can work in several regions.
    pub fn region_id(mut self, v: impl Into<String>) -> Self {
        self.region_id = Some(v.into());
        self
    }

    /// Unsets `VpnGatewayId`.
    pub fn clear_vpn_gateway_id(mut self) -> Self {
        self.vpn_gateway_id = None;
        self
    }

    /// Unsets `VpcId`.
    pub fn clear_vpc_id(mut self) -> Self {
        self.vpc_id = None;
        self
    }

    /// Unsets `Status`.
    pub fn clear_status(mut self) -> Self {
        self.status = None;
        self
    }

    /// Unsets `BusinessStatus`.
    pub fn clear_business_status(mut self) -> Self {
        self.business_status = None;
        self
    }

    /// Unsets `GatewayType`.
    pub fn clear_gateway_type(mut self) -> Self {
        self.gateway_type = None;
        self
    }

    /// Unsets `ResourceGroupId`.
    pub fn clear_resource_group_id(mut self) -> Self {
        self.resource_group_id = None;
        self
    }

    /// Unsets `Tag`.
    pub fn clear_tag(mut self) -> Self {
        self.tag = Vec::new();
        self
    }

    /// Unsets `IncludeReservationData`.
    pub fn clear_include_reservation_data(mut self) -> Self {
        self.include_reservation_data = None;
        self
    }

    /// Unsets `PageNumber`.
    pub fn clear_page_number(mut self) -> Self {
        self.page_number = None;
        self
    }

    /// Unsets `PageSize`.
    pub fn clear_page_size(mut self) -> Self {
        self.page_size = None;
        self
    }

    /// Unsets `RegionId` (the client's applies).
    pub fn clear_region_id(mut self) -> Self {
        self.region_id = None;
        self
    }

    /// The `VpnGatewayId` of this request, if set.
    pub fn get_vpn_gateway_id(&self) -> Option<&str> {
        self.vpn_gateway_id.as_deref()
    }

    /// The `VpcId` of this request, if set.
    pub fn get_vpc_id(&self) -> Option<&str> {
        self.vpc_id.as_deref()
    }

    /// The `Status` of this request, if set.
    pub fn get_status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The `BusinessStatus` of this request, if set.
    pub fn get_business_status(&self) -> Option<&str> {
        self.business_status.as_deref()
    }

    /// The `GatewayType` of this request, if set.
    pub fn get_gateway_type(&self) -> Option<&str> {
        self.gateway_type.as_deref()
    }

    /// The `ResourceGroupId` of this request, if set.
    pub fn get_resource_group_id(&self) -> Option<&str> {
        self.resource_group_id.as_deref()
    }

    /// The `Tag` of this request, if set.
    pub fn get_tag(&self) -> &[(String, String)] {
        &self.tag
    }

    /// The `IncludeReservationData` of this request, if set.
    pub fn get_include_reservation_data(&self) -> Option<bool> {
        self.include_reservation_data
    }

    /// The `PageNumber` of this request, if set.
    pub fn get_page_number(&self) -> Option<u32> {
        self.page_number
    }

    /// The `PageSize` of this request, if set.
    pub fn get_page_size(&self) -> Option<u32> {
        self.page_size
    }

    /// The `RegionId` of this request, if set (else the client's applies).
    pub fn get_region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    /// The local checks of the spec's rules; no request is sent when one fails.
    pub(crate) fn check_parameters(&self) -> Result<(), Error> {
        if let Some(v) = &self.vpn_gateway_id {
            crate::validate::id("VpnGatewayId", v)?;
        }
        if let Some(v) = &self.vpc_id {
            crate::validate::id("VpcId", v)?;
        }
        if let Some(v) = &self.status {
            crate::validate::id("Status", v)?;
        }
        if let Some(v) = &self.business_status {
            crate::validate::id("BusinessStatus", v)?;
        }
        if let Some(v) = &self.gateway_type {
            crate::validate::id("GatewayType", v)?;
        }
        if let Some(v) = &self.resource_group_id {
            crate::validate::id("ResourceGroupId", v)?;
        }
        crate::validate::tags("Tag", &self.tag)?;
        if let Some(v) = &self.page_number {
            crate::validate::page_number("PageNumber", *v)?;
        }
        if let Some(v) = &self.page_size {
            crate::validate::page_size("PageSize", *v)?;
        }
        if let Some(v) = &self.region_id {
            crate::validate::region_id("RegionId", v)?;
        }
        Ok(())
    }
}

impl crate::ops::Operation for DescribeVpnGateways {
    const ACTION: &'static str = "DescribeVpnGateways";
    const MUTATING: bool = false;
    type Output = DescribeVpnGatewaysAnswer;

    fn validate(&self) -> Result<(), Error> {
        self.check_parameters()?;
        crate::ops::Hooks::validate_more(self)
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        if let Some(v) = &self.vpn_gateway_id {
            out.push(("VpnGatewayId", v.clone()));
        }
        if let Some(v) = &self.vpc_id {
            out.push(("VpcId", v.clone()));
        }
        if let Some(v) = &self.status {
            out.push(("Status", v.clone()));
        }
        if let Some(v) = &self.business_status {
            out.push(("BusinessStatus", v.clone()));
        }
        if let Some(v) = &self.gateway_type {
            out.push(("GatewayType", v.clone()));
        }
        if let Some(v) = &self.resource_group_id {
            out.push(("ResourceGroupId", v.clone()));
        }
        for (i, (k, v)) in self.tag.iter().enumerate().take(crate::validate::MAX_TAGS) {
            out.push((crate::validate::TAG_KEYS[i], k.clone()));
            out.push((crate::validate::TAG_VALUES[i], v.clone()));
        }
        if let Some(v) = &self.include_reservation_data {
            out.push(("IncludeReservationData", v.to_string()));
        }
        if let Some(v) = &self.page_number {
            out.push(("PageNumber", v.to_string()));
        }
        if let Some(v) = &self.page_size {
            out.push(("PageSize", v.to_string()));
        }
    }

    fn region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    fn check(&self, out: Self::Output) -> Result<Self::Output, Error> {
        crate::ops::Hooks::check_answer(self, out)
    }
}

impl crate::ops::Hooks for DescribeVpnGateways {}

/// The raw answer of `DescribeVpnGateways`: paging fields and the items' wrapper.
#[derive(Debug, serde::Deserialize)]
#[doc(hidden)]
pub struct DescribeVpnGatewaysAnswer {
    #[serde(
        rename = "RequestId",
        default,
        deserialize_with = "crate::decode::lenient::string"
    )]
    request_id: String,
    #[serde(
        rename = "PageNumber",
        default,
        deserialize_with = "crate::decode::lenient::u64"
    )]
    page_number: u64,
    #[serde(
        rename = "PageSize",
        default,
        deserialize_with = "crate::decode::lenient::u64"
    )]
    page_size: u64,
    #[serde(
        rename = "TotalCount",
        default,
        deserialize_with = "crate::decode::lenient::opt_u64"
    )]
    total_count: Option<u64>,
    #[serde(rename = "VpnGateways", default)]
    items: Option<DescribeVpnGatewaysItems>,
}

#[derive(Debug, serde::Deserialize, Default)]
struct DescribeVpnGatewaysItems {
    #[serde(rename = "VpnGateway", default)]
    items: Vec<VpnGateway>,
}

impl crate::ops::paging::Paged for DescribeVpnGateways {
    type Item = VpnGateway;

    fn at_page(&self, number: u32, size: u32) -> Self {
        Self {
            page_number: Some(number),
            page_size: Some(size),
            ..self.clone()
        }
    }

    fn into_page(out: DescribeVpnGatewaysAnswer) -> crate::Page<VpnGateway> {
        crate::Page::from_raw(
            out.request_id,
            out.page_number,
            out.page_size,
            out.total_count,
            out.items.unwrap_or_default().items,
        )
    }

    fn item_id(item: &VpnGateway) -> &str {
        &item.vpn_gateway_id
    }
}

impl Client {
    /// Lists one page of VPN gateways.
    pub fn describe_vpn_gateways(
        &self,
        request: &DescribeVpnGateways,
    ) -> Result<crate::Page<VpnGateway>, Error> {
        self.execute(request)
            .map(<DescribeVpnGateways as crate::ops::paging::Paged>::into_page)
    }

    /// Iterates over every item `describe_vpn_gateways` lists with these filters, fetching
    /// pages of 50 lazily (see [`Pages`](crate::Pages)).
    pub fn vpn_gateways(&self, filter: &DescribeVpnGateways) -> crate::Pages<VpnGateway> {
        crate::Pages::new(self, filter.clone())
    }
}
