// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `WaitForGateway`: the request builder.

#![allow(clippy::doc_markdown)]

pub use crate::generated::records::VpnGateway;
#[allow(unused_imports)]
use crate::{Client, Error};
/// Waits until a VPN gateway's `Status` is `active` (the documented sign that a change is
/// applied) and returns it. A gateway that is `FinancialLocked` ends the wait at once with that
/// error; one that stays busy past the timeout is a timeout error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitForGateway {
    pub(crate) vpn_gateway_id: String,
    pub(crate) region_id: Option<String>,
    pub(crate) timeout: std::time::Duration,
}

impl WaitForGateway {
    /// A request with its required parameters: `vpn_gateway_id`.
    pub fn new(vpn_gateway_id: impl Into<String>) -> Self {
        WaitForGateway {
            vpn_gateway_id: {
                let v = vpn_gateway_id;
                v.into()
            },
            region_id: None,
            timeout: std::time::Duration::from_millis(180000),
        }
    }

    /// `RegionId`: the region of this request (default: the client's), so one client can work in several regions.
    pub fn region_id(mut self, v: impl Into<String>) -> Self {
        self.region_id = Some(v.into());
        self
    }

    /// Unsets `RegionId` (the client's applies).
    pub fn clear_region_id(mut self) -> Self {
        self.region_id = None;
        self
    }

    /// How long to wait (default 180 s).
    pub fn timeout(mut self, v: std::time::Duration) -> Self {
        self.timeout = v;
        self
    }

    /// The `VpnGatewayId` of this request.
    pub fn vpn_gateway_id(&self) -> &str {
        &self.vpn_gateway_id
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
        if let Some(v) = Some(self.timeout) {
            crate::validate::duration("timeout", v)?;
            if v.is_zero() {
                return Err(Error::invalid(
                    "timeout",
                    "must be greater than zero when given",
                ));
            }
        }
        Ok(())
    }
}
