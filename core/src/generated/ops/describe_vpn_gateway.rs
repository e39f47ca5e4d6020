// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `DescribeVpnGateway`: the request builder, its answer and its documented error codes.

#![allow(clippy::doc_markdown)]

pub use crate::generated::records::VpnGateway;
#[allow(unused_imports)]
use crate::{Client, Error};

/// The documented error codes of `DescribeVpnGateway`.
pub const ERROR_CODES: &[&str] = &[
    "Forbbiden.SubUser",
    "Forbidden",
    "InvalidRegionId.NotFound",
    "InvalidVpnGatewayInstanceId.NotFound",
];

/// A `DescribeVpnGateway` request: fetches one VPN gateway: its `Status` says whether a change
/// is still being applied.
///
/// Required parameters are taken by `new`; each optional one has a setter and a `get_` getter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescribeVpnGateway {
    pub(crate) vpn_gateway_id: String,
    pub(crate) include_reservation_data: Option<bool>,
    pub(crate) region_id: Option<String>,
}

impl DescribeVpnGateway {
    /// A request with its required parameters: `vpn_gateway_id`.
    pub fn new(vpn_gateway_id: impl Into<String>) -> Self {
        DescribeVpnGateway {
            vpn_gateway_id: {
                let v = vpn_gateway_id;
                v.into()
            },
            include_reservation_data: None,
            region_id: None,
        }
    }

    /// `IncludeReservationData`: whether to include the pending order.
    pub fn include_reservation_data(mut self, v: bool) -> Self {
        self.include_reservation_data = Some(v);
        self
    }

    /// `RegionId`: the region of this request (default: the client's), so one client can work in several regions.
    pub fn region_id(mut self, v: impl Into<String>) -> Self {
        self.region_id = Some(v.into());
        self
    }

    /// Unsets `IncludeReservationData`.
    pub fn clear_include_reservation_data(mut self) -> Self {
        self.include_reservation_data = None;
        self
    }

    /// Unsets `RegionId` (the client's applies).
    pub fn clear_region_id(mut self) -> Self {
        self.region_id = None;
        self
    }

    /// The `VpnGatewayId` of this request.
    pub fn vpn_gateway_id(&self) -> &str {
        &self.vpn_gateway_id
    }

    /// The `IncludeReservationData` of this request, if set.
    pub fn get_include_reservation_data(&self) -> Option<bool> {
        self.include_reservation_data
    }

    /// The `RegionId` of this request, if set (else the client's applies).
    pub fn get_region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    /// The local checks of the spec's rules; no request is sent when one fails.
    pub(crate) fn check_parameters(&self) -> Result<(), Error> {
        {
            let v = &self.vpn_gateway_id;
            crate::validate::id("VpnGatewayId", v)?;
        }
        if let Some(v) = &self.region_id {
            crate::validate::region_id("RegionId", v)?;
        }
        Ok(())
    }
}

impl crate::ops::Operation for DescribeVpnGateway {
    const ACTION: &'static str = "DescribeVpnGateway";
    const MUTATING: bool = false;
    type Output = VpnGateway;

    fn validate(&self) -> Result<(), Error> {
        self.check_parameters()?;
        crate::ops::Hooks::validate_more(self)
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        {
            let v = &self.vpn_gateway_id;
            out.push(("VpnGatewayId", v.clone()));
        }
        if let Some(v) = &self.include_reservation_data {
            out.push(("IncludeReservationData", v.to_string()));
        }
    }

    fn region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    fn check(&self, out: Self::Output) -> Result<Self::Output, Error> {
        crate::ops::Hooks::check_answer(self, out)
    }
}

impl crate::ops::Hooks for DescribeVpnGateway {}

impl Client {
    /// Fetches one VPN gateway: its `Status` says whether a change is still being applied.
    pub fn describe_vpn_gateway(&self, request: &DescribeVpnGateway) -> Result<VpnGateway, Error> {
        self.execute(request)
    }
}
