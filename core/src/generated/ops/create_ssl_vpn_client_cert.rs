// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `CreateSslVpnClientCert`: the request builder, its answer and its documented error codes.

#![allow(clippy::doc_markdown)]

pub use crate::generated::records::CreateSslVpnClientCertResponse;
#[allow(unused_imports)]
use crate::{Client, Error};

/// The documented error codes of `CreateSslVpnClientCert`.
pub const ERROR_CODES: &[&str] = &[
    "Resource.QuotaFull",
    "VpnGateway.Configuring",
    "VpnGateway.FinancialLocked",
    "InvalidName",
    "SslVpnClientCreateTimes.ReachLimits",
    "CreateSslCertsQuotaFull.QuotaFull",
    "Forbbiden.SubUser",
    "Forbidden",
    "InvalidSslVpnServerId.NotFound",
    "InvalidRegionId.NotFound",
];

/// A `CreateSslVpnClientCert` request: creates an SSL client certificate. Retries reuse one
/// ClientToken (the caller's, or one generated for this call), so a retried create never makes
/// a second certificate.
///
/// Required parameters are taken by `new`; each optional one has a setter and a `get_` getter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateSslVpnClientCert {
    pub(crate) ssl_vpn_server_id: String,
    pub(crate) name: Option<String>,
    pub(crate) client_token: Option<String>,
    pub(crate) region_id: Option<String>,
}

impl CreateSslVpnClientCert {
    /// A request with its required parameters: `ssl_vpn_server_id`.
    pub fn new(ssl_vpn_server_id: impl Into<String>) -> Self {
        CreateSslVpnClientCert {
            ssl_vpn_server_id: {
                let v = ssl_vpn_server_id;
                v.into()
            },
            name: None,
            client_token: None,
            region_id: None,
        }
    }

    /// `Name`: the certificate's name: 1-100 characters, not starting with `http://` or
    /// `https://`.
    pub fn name(mut self, v: impl Into<String>) -> Self {
        self.name = Some(v.into());
        self
    }

    /// `ClientToken`: the idempotency token (ASCII, at most 64 characters; default: one
    /// generated per logical call).
    pub fn client_token(mut self, v: impl Into<String>) -> Self {
        self.client_token = Some(v.into());
        self
    }

    /// `RegionId`: the region of this request (default: the client's), so one client can work in several regions.
    pub fn region_id(mut self, v: impl Into<String>) -> Self {
        self.region_id = Some(v.into());
        self
    }

    /// Unsets `Name`.
    pub fn clear_name(mut self) -> Self {
        self.name = None;
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

    /// The `SslVpnServerId` of this request.
    pub fn ssl_vpn_server_id(&self) -> &str {
        &self.ssl_vpn_server_id
    }

    /// The `Name` of this request, if set.
    pub fn get_name(&self) -> Option<&str> {
        self.name.as_deref()
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
        if let Some(v) = &self.name {
            crate::validate::name("Name", v)?;
        }
        if let Some(v) = &self.client_token {
            crate::validate::client_token("ClientToken", v)?;
        }
        if let Some(v) = &self.region_id {
            crate::validate::region_id("RegionId", v)?;
        }
        Ok(())
    }
}

impl crate::ops::Operation for CreateSslVpnClientCert {
    const ACTION: &'static str = "CreateSslVpnClientCert";
    const MUTATING: bool = true;
    type Output = CreateSslVpnClientCertResponse;

    fn validate(&self) -> Result<(), Error> {
        self.check_parameters()?;
        crate::ops::Hooks::validate_more(self)
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        {
            let v = &self.ssl_vpn_server_id;
            out.push(("SslVpnServerId", v.clone()));
        }
        if let Some(v) = &self.name {
            out.push(("Name", v.clone()));
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

impl Client {
    /// Creates an SSL client certificate. Retries reuse one ClientToken (the caller's, or one
    /// generated for this call), so a retried create never makes a second certificate.
    pub fn create_ssl_vpn_client_cert(
        &self,
        request: &CreateSslVpnClientCert,
    ) -> Result<CreateSslVpnClientCertResponse, Error> {
        self.execute(request)
    }
}
