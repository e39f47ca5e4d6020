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
            timeout: std::time::Duration::from_millis(180000),
        }
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

    /// The local checks of the spec's rules; no request is sent when one fails.
    pub(crate) fn check_parameters(&self) -> Result<(), Error> {
        {
            let v = &self.vpn_gateway_id;
            crate::validate::id("VpnGatewayId", v)?;
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
