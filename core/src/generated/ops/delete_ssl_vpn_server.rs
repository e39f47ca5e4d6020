// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `DeleteSslVpnServer`: the request builder, its answer and its documented error codes.

#![allow(clippy::doc_markdown)]

pub use crate::generated::records::DeleteSslVpnServerResponse;
#[allow(unused_imports)]
use crate::{Client, Error};

/// The documented error codes of `DeleteSslVpnServer`.
pub const ERROR_CODES: &[&str] = &[
    "VpnGateway.Configuring",
    "VpnGateway.FinancialLocked",
    "Forbbiden.SubUser",
    "Forbidden",
    "InvalidRegionId.NotFound",
    "InvalidSslVpnServerId.NotFound",
];

/// A `DeleteSslVpnServer` request: deletes an SSL-VPN server (and with it every client
/// certificate of it). Asynchronous: with `wait`, the call returns once the gateway is `active`
/// again.
///
/// Required parameters are taken by `new`; each optional one has a setter and a `get_` getter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteSslVpnServer {
    pub(crate) ssl_vpn_server_id: String,
    pub(crate) client_token: Option<String>,
    pub(crate) region_id: Option<String>,
    pub(crate) wait: Option<std::time::Duration>,
}

impl DeleteSslVpnServer {
    /// A request with its required parameters: `ssl_vpn_server_id`.
    pub fn new(ssl_vpn_server_id: impl Into<String>) -> Self {
        DeleteSslVpnServer {
            ssl_vpn_server_id: {
                let v = ssl_vpn_server_id;
                v.into()
            },
            client_token: None,
            region_id: None,
            wait: None,
        }
    }

    /// `ClientToken`: the idempotency token (default: one generated per logical call).
    pub fn client_token(mut self, v: impl Into<String>) -> Self {
        self.client_token = Some(v.into());
        self
    }

    /// `RegionId`: the region of this request (default: the client's), so one client can work in several regions.
    pub fn region_id(mut self, v: impl Into<String>) -> Self {
        self.region_id = Some(v.into());
        self
    }

    /// Unsets `ClientToken`.
    pub fn clear_client_token(mut self) -> Self {
        self.client_token = None;
        self
    }

    /// Unsets `RegionId` (the client's applies).
    pub fn clear_region_id(mut self) -> Self {
        self.region_id = None;
        self
    }

    /// After the delete is accepted, wait up to this long until the gateway is `active` again.
    pub fn wait(mut self, v: std::time::Duration) -> Self {
        self.wait = Some(v);
        self
    }

    /// The `SslVpnServerId` of this request.
    pub fn ssl_vpn_server_id(&self) -> &str {
        &self.ssl_vpn_server_id
    }

    /// The `ClientToken` of this request, if set.
    pub fn get_client_token(&self) -> Option<&str> {
        self.client_token.as_deref()
    }

    /// The `RegionId` of this request, if set (else the client's applies).
    pub fn get_region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    /// The local checks of the spec's rules; no request is sent when one fails.
    pub(crate) fn check_parameters(&self) -> Result<(), Error> {
        {
            let v = &self.ssl_vpn_server_id;
            crate::validate::id("SslVpnServerId", v)?;
        }
        if let Some(v) = &self.client_token {
            crate::validate::client_token("ClientToken", v)?;
        }
        if let Some(v) = &self.region_id {
            crate::validate::region_id("RegionId", v)?;
        }
        if let Some(v) = self.wait {
            crate::validate::duration("wait", v)?;
            if v.is_zero() {
                return Err(Error::invalid(
                    "wait",
                    "must be greater than zero when given",
                ));
            }
        }
        Ok(())
    }
}

impl crate::ops::Operation for DeleteSslVpnServer {
    const ACTION: &'static str = "DeleteSslVpnServer";
    const MUTATING: bool = true;
    type Output = DeleteSslVpnServerResponse;

    fn validate(&self) -> Result<(), Error> {
        self.check_parameters()?;
        crate::ops::Hooks::validate_more(self)
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        {
            let v = &self.ssl_vpn_server_id;
            out.push(("SslVpnServerId", v.clone()));
        }
    }

    fn client_token(&self) -> Option<&str> {
        self.client_token.as_deref()
    }

    fn region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    fn check(&self, out: Self::Output) -> Result<Self::Output, Error> {
        crate::ops::Hooks::check_answer(self, out)
    }
}

impl crate::ops::Hooks for DeleteSslVpnServer {}
