//! `ModifySslVpnClientCert`: rename a certificate.

use serde::{Deserialize, Serialize};

use super::Operation;
use crate::{validate, Client, Error};

/// The documented error codes of `ModifySslVpnClientCert`.
pub const ERROR_CODES: &[&str] = &[
    "InvalidName",
    "Forbbiden.SubUser",
    "Forbidden",
    "InvalidRegionId.NotFound",
    "InvalidSslVpnClientCertId.NotFound",
];

/// A `ModifySslVpnClientCert` request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModifySslVpnClientCert {
    ssl_vpn_client_cert_id: String,
    name: String,
    client_token: Option<String>,
}

impl ModifySslVpnClientCert {
    /// Renames certificate `ssl_vpn_client_cert_id` to `name` (1-100 characters, not starting with
    /// `http://` or `https://`).
    pub fn new(ssl_vpn_client_cert_id: impl Into<String>, name: impl Into<String>) -> Self {
        ModifySslVpnClientCert {
            ssl_vpn_client_cert_id: ssl_vpn_client_cert_id.into(),
            name: name.into(),
            client_token: None,
        }
    }

    /// The idempotency token (default: one generated per logical call).
    pub fn client_token(mut self, token: impl Into<String>) -> Self {
        self.client_token = Some(token.into());
        self
    }
}

/// The answer to `ModifySslVpnClientCert`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ModifySslVpnClientCertResponse {
    /// The request id.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub request_id: String,
    /// The new name.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub name: String,
    /// The certificate id.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub ssl_vpn_client_cert_id: String,
}

impl Operation for ModifySslVpnClientCert {
    const ACTION: &'static str = "ModifySslVpnClientCert";
    const MUTATING: bool = true;
    type Output = ModifySslVpnClientCertResponse;

    fn validate(&self) -> Result<(), Error> {
        validate::id("SslVpnClientCertId", &self.ssl_vpn_client_cert_id)?;
        validate::name("Name", &self.name)?;
        if let Some(token) = &self.client_token {
            validate::client_token(token)?;
        }
        Ok(())
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        out.push(("SslVpnClientCertId", self.ssl_vpn_client_cert_id.clone()));
        out.push(("Name", self.name.clone()));
    }

    fn client_token(&self) -> Option<&str> {
        self.client_token.as_deref()
    }
}

impl Client {
    /// Renames a certificate.
    pub fn modify_ssl_vpn_client_cert(
        &self,
        request: &ModifySslVpnClientCert,
    ) -> Result<ModifySslVpnClientCertResponse, Error> {
        self.execute(request)
    }
}
