// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `ModifySslVpnClientCert`: the request builder, its answer and its documented error codes.

#![allow(clippy::doc_markdown)]

pub use crate::generated::records::ModifySslVpnClientCertResponse;
#[allow(unused_imports)]
use crate::{Client, Error};

/// The documented error codes of `ModifySslVpnClientCert`.
pub const ERROR_CODES: &[&str] = &[
    "InvalidName",
    "Forbbiden.SubUser",
    "Forbidden",
    "InvalidRegionId.NotFound",
    "InvalidSslVpnClientCertId.NotFound",
];

/// A `ModifySslVpnClientCert` request: renames a certificate.
///
/// Required parameters are taken by `new`; each optional one has a setter and a `get_` getter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModifySslVpnClientCert {
    pub(crate) ssl_vpn_client_cert_id: String,
    pub(crate) name: String,
    pub(crate) client_token: Option<String>,
    pub(crate) region_id: Option<String>,
}

impl ModifySslVpnClientCert {
    /// A request with its required parameters: `ssl_vpn_client_cert_id`, `name`.
    pub fn new(ssl_vpn_client_cert_id: impl Into<String>, name: impl Into<String>) -> Self {
        ModifySslVpnClientCert {
            ssl_vpn_client_cert_id: {
                let v = ssl_vpn_client_cert_id;
                v.into()
            },
            name: {
                let v = name;
                v.into()
            },
            client_token: None,
            region_id: None,
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

    /// The `SslVpnClientCertId` of this request.
    pub fn ssl_vpn_client_cert_id(&self) -> &str {
        &self.ssl_vpn_client_cert_id
    }

    /// The `Name` of this request.
    pub fn name(&self) -> &str {
        &self.name
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
        {
            let v = &self.name;
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

impl crate::ops::Operation for ModifySslVpnClientCert {
    const ACTION: &'static str = "ModifySslVpnClientCert";
    const MUTATING: bool = true;
    type Output = ModifySslVpnClientCertResponse;

    fn validate(&self) -> Result<(), Error> {
        self.check_parameters()?;
        crate::ops::Hooks::validate_more(self)
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        {
            let v = &self.ssl_vpn_client_cert_id;
            out.push(("SslVpnClientCertId", v.clone()));
        }
        {
            let v = &self.name;
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

impl crate::ops::Hooks for ModifySslVpnClientCert {}

impl Client {
    /// Renames a certificate.
    pub fn modify_ssl_vpn_client_cert(
        &self,
        request: &ModifySslVpnClientCert,
    ) -> Result<ModifySslVpnClientCertResponse, Error> {
        self.execute(request)
    }
}
