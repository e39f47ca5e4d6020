//! `CreateSslVpnClientCert`: create an SSL client certificate on an SSL-VPN server.

use serde::{Deserialize, Serialize};

use super::Operation;
use crate::{validate, Client, Error};

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

/// A `CreateSslVpnClientCert` request.
///
/// ```
/// let req = vpncert::CreateSslVpnClientCert::new("vss-m5et0q3iy1qex328w")
///     .name("alice")
///     .client_token("onboard-alice-1");
/// assert_eq!(req.ssl_vpn_server_id(), "vss-m5et0q3iy1qex328w");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateSslVpnClientCert {
    ssl_vpn_server_id: String,
    name: Option<String>,
    client_token: Option<String>,
}

impl CreateSslVpnClientCert {
    /// A request for the SSL-VPN server `ssl_vpn_server_id` (`vss-...`).
    pub fn new(ssl_vpn_server_id: impl Into<String>) -> Self {
        CreateSslVpnClientCert {
            ssl_vpn_server_id: ssl_vpn_server_id.into(),
            name: None,
            client_token: None,
        }
    }

    /// The certificate's name: 1-100 characters, not starting with `http://` or `https://`.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// The idempotency token (ASCII, at most 64 characters). Without one, the client generates a
    /// UUID for this logical call, so its retries never create a second certificate.
    pub fn client_token(mut self, token: impl Into<String>) -> Self {
        self.client_token = Some(token.into());
        self
    }

    /// The server id.
    pub fn ssl_vpn_server_id(&self) -> &str {
        &self.ssl_vpn_server_id
    }

    /// The requested name, if any.
    pub fn get_name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The caller's ClientToken, if any.
    pub fn get_client_token(&self) -> Option<&str> {
        self.client_token.as_deref()
    }
}

/// The answer to `CreateSslVpnClientCert`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct CreateSslVpnClientCertResponse {
    /// The request id.
    #[serde(deserialize_with = "crate::decode::lenient::string")]
    pub request_id: String,
    /// The certificate's name (empty when an older response leaves it out).
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub name: String,
    /// The new certificate's id (`vsc-...`).
    #[serde(deserialize_with = "crate::decode::lenient::string")]
    pub ssl_vpn_client_cert_id: String,
}

impl Operation for CreateSslVpnClientCert {
    const ACTION: &'static str = "CreateSslVpnClientCert";
    const MUTATING: bool = true;
    type Output = CreateSslVpnClientCertResponse;

    fn validate(&self) -> Result<(), Error> {
        validate::id("SslVpnServerId", &self.ssl_vpn_server_id)?;
        if let Some(name) = &self.name {
            validate::name("Name", name)?;
        }
        if let Some(token) = &self.client_token {
            validate::client_token(token)?;
        }
        Ok(())
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        out.push(("SslVpnServerId", self.ssl_vpn_server_id.clone()));
        if let Some(name) = &self.name {
            out.push(("Name", name.clone()));
        }
    }

    fn client_token(&self) -> Option<&str> {
        self.client_token.as_deref()
    }

    fn check(&self, out: Self::Output) -> Result<Self::Output, Error> {
        if out.ssl_vpn_client_cert_id.is_empty() {
            return Err(Error::Decode {
                http_status: 200,
                reason: "the response has no SslVpnClientCertId".into(),
                snippet: String::new(),
            });
        }
        Ok(out)
    }
}

impl Client {
    /// Creates an SSL client certificate.
    ///
    /// Retries transient failures (with the same ClientToken, so at most one certificate is made)
    /// and returns the new certificate's id and name.
    pub fn create_ssl_vpn_client_cert(
        &self,
        request: &CreateSslVpnClientCert,
    ) -> Result<CreateSslVpnClientCertResponse, Error> {
        self.execute(request)
    }
}
