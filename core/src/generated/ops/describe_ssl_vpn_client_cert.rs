// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `DescribeSslVpnClientCert`: the request builder, its answer and its documented error codes.

#![allow(clippy::doc_markdown)]

pub use crate::generated::records::SslVpnClientCertBundle;
#[allow(unused_imports)]
use crate::{Client, Error};

/// The documented error codes of `DescribeSslVpnClientCert`.
pub const ERROR_CODES: &[&str] = &[
    "InvalidInstanceId.NotFound",
    "InvalidSslVpnClientCertId.NotFound",
    "Forbbiden.SubUser",
    "Forbidden",
    "InvalidRegionId.NotFound",
];

/// A `DescribeSslVpnClientCert` request: fetches one certificate with its CA, certificate,
/// private key and OpenVPN profile. Every not-found form of the API is a certificate-not-found
/// error.
///
/// Required parameters are taken by `new`; each optional one has a setter and a `get_` getter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescribeSslVpnClientCert {
    pub(crate) ssl_vpn_client_cert_id: String,
    pub(crate) region_id: Option<String>,
}

impl DescribeSslVpnClientCert {
    /// A request with its required parameters: `ssl_vpn_client_cert_id`.
    pub fn new(ssl_vpn_client_cert_id: impl Into<String>) -> Self {
        DescribeSslVpnClientCert {
            ssl_vpn_client_cert_id: {
                let v = ssl_vpn_client_cert_id;
                v.into()
            },
            region_id: None,
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

    /// The `SslVpnClientCertId` of this request.
    pub fn ssl_vpn_client_cert_id(&self) -> &str {
        &self.ssl_vpn_client_cert_id
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
        if let Some(v) = &self.region_id {
            crate::validate::region_id("RegionId", v)?;
        }
        Ok(())
    }
}

impl crate::ops::Operation for DescribeSslVpnClientCert {
    const ACTION: &'static str = "DescribeSslVpnClientCert";
    const MUTATING: bool = false;
    type Output = SslVpnClientCertBundle;

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

    fn region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    fn check(&self, out: Self::Output) -> Result<Self::Output, Error> {
        crate::ops::Hooks::check_answer(self, out)
    }
}

impl Client {
    /// Fetches one certificate with its CA, certificate, private key and OpenVPN profile. Every
    /// not-found form of the API is a certificate-not-found error.
    pub fn describe_ssl_vpn_client_cert(
        &self,
        ssl_vpn_client_cert_id: &str,
    ) -> Result<SslVpnClientCertBundle, Error> {
        self.execute(&DescribeSslVpnClientCert::new(ssl_vpn_client_cert_id))
    }

    /// [`describe_ssl_vpn_client_cert`](Self::describe_ssl_vpn_client_cert) with every
    /// parameter of the request (its region, say).
    pub fn describe_ssl_vpn_client_cert_with(
        &self,
        request: &DescribeSslVpnClientCert,
    ) -> Result<SslVpnClientCertBundle, Error> {
        self.execute(request)
    }
}
