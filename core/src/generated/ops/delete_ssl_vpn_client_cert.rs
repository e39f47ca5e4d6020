// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `DeleteSslVpnClientCert`: the request builder, its answer and its documented error codes.

#![allow(clippy::doc_markdown)]

pub use crate::generated::records::DeleteSslVpnClientCertResponse;
#[allow(unused_imports)]
use crate::{Client, Error};

/// The documented error codes of `DeleteSslVpnClientCert`.
pub const ERROR_CODES: &[&str] = &[
    "VpnGateway.Configuring",
    "Forbbiden.SubUser",
    "Forbidden",
    "InvalidRegionId.NotFound",
    "InvalidSslVpnClientCertId.NotFound",
];

/// A `DeleteSslVpnClientCert` request: deletes a certificate. One that does not exist is
/// already deleted, not an error. While the gateway is configuring (as it is for a while after
/// every change), the delete is tried again for up to the configuring budget, with one
/// ClientToken for every attempt.
///
/// Required parameters are taken by `new`; each optional one has a setter and a `get_` getter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteSslVpnClientCert {
    pub(crate) ssl_vpn_client_cert_id: String,
    pub(crate) client_token: Option<String>,
    pub(crate) region_id: Option<String>,
    pub(crate) wait: Option<std::time::Duration>,
    pub(crate) configuring_budget: Option<std::time::Duration>,
}

impl DeleteSslVpnClientCert {
    /// A request with its required parameters: `ssl_vpn_client_cert_id`.
    pub fn new(ssl_vpn_client_cert_id: impl Into<String>) -> Self {
        DeleteSslVpnClientCert {
            ssl_vpn_client_cert_id: {
                let v = ssl_vpn_client_cert_id;
                v.into()
            },
            client_token: None,
            region_id: None,
            wait: None,
            configuring_budget: None,
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

    /// After the delete is accepted, wait up to this long until the certificate is gone.
    pub fn wait_until_gone(mut self, v: std::time::Duration) -> Self {
        self.wait = Some(v);
        self
    }

    /// How long to keep trying while the gateway answers `VpnGateway.Configuring` (default: the
    /// client's; zero leaves only the retry policy).
    pub fn configuring_budget(mut self, v: std::time::Duration) -> Self {
        self.configuring_budget = Some(v);
        self
    }

    /// The `SslVpnClientCertId` of this request.
    pub fn ssl_vpn_client_cert_id(&self) -> &str {
        &self.ssl_vpn_client_cert_id
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
            let v = &self.ssl_vpn_client_cert_id;
            crate::validate::id("SslVpnClientCertId", v)?;
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
        if let Some(v) = self.configuring_budget {
            crate::validate::duration("configuring_budget", v)?;
        }
        Ok(())
    }
}

impl crate::ops::Operation for DeleteSslVpnClientCert {
    const ACTION: &'static str = "DeleteSslVpnClientCert";
    const MUTATING: bool = true;
    type Output = DeleteSslVpnClientCertResponse;

    fn validate(&self) -> Result<(), Error> {
        self.check_parameters()?;
        crate::ops::Hooks::validate_more(self)
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        {
            let v = &self.ssl_vpn_client_cert_id;
            out.push(("SslVpnClientCertId", v.clone()));
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

impl crate::ops::Hooks for DeleteSslVpnClientCert {}
