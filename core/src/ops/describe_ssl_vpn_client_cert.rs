//! `DescribeSslVpnClientCert`: one certificate with its CA, certificate, private key and profile.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::describe_ssl_vpn_servers::SslVpnServer;
use super::Operation;
use crate::{validate, ApiError, Client, Error};

/// The documented error codes of `DescribeSslVpnClientCert`. All the not-found forms become
/// [`ErrorKind::CertNotFound`](crate::ErrorKind::CertNotFound).
pub const ERROR_CODES: &[&str] = &[
    "InvalidInstanceId.NotFound",
    "InvalidSslVpnClientCertId.NotFound",
    "Forbbiden.SubUser",
    "Forbidden",
    "InvalidRegionId.NotFound",
];

/// A `DescribeSslVpnClientCert` request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescribeSslVpnClientCert {
    ssl_vpn_client_cert_id: String,
}

impl DescribeSslVpnClientCert {
    /// A request for certificate `ssl_vpn_client_cert_id` (`vsc-...`).
    pub fn new(ssl_vpn_client_cert_id: impl Into<String>) -> Self {
        DescribeSslVpnClientCert {
            ssl_vpn_client_cert_id: ssl_vpn_client_cert_id.into(),
        }
    }
}

/// The state of a client certificate.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CertStatus {
    /// Valid.
    Normal,
    /// Expires within a week.
    ExpiringSoon,
    /// Expired.
    Expired,
    /// A value this SDK does not know yet, kept as sent.
    Other(String),
}

impl CertStatus {
    /// Reads the API's value (`normal`, `expiring-soon`, `expired`, ...).
    pub fn parse(s: &str) -> Self {
        match s {
            "normal" => Self::Normal,
            "expiring-soon" => Self::ExpiringSoon,
            "expired" => Self::Expired,
            other => Self::Other(other.to_owned()),
        }
    }

    /// The API's value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "normal",
            Self::ExpiringSoon => "expiring-soon",
            Self::Expired => "expired",
            Self::Other(s) => s,
        }
    }
}

impl Default for CertStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl fmt::Display for CertStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CertStatus {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Self::parse(&crate::decode::lenient::string(d)?))
    }
}

impl Serialize for CertStatus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Epoch milliseconds as a `SystemTime`.
pub fn epoch_ms_to_system_time(ms: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_millis(ms)
}

/// A client certificate with its secrets: what a person needs to connect.
///
/// `Debug` shows everything but the private key, and the profile only with its secret blocks
/// redacted ([`redact_secret_blocks`](crate::profile::redact_secret_blocks)).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SslVpnClientCertBundle {
    /// The request id.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub request_id: String,
    /// The region.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub region_id: String,
    /// The certificate id (`vsc-...`).
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub ssl_vpn_client_cert_id: String,
    /// The SSL-VPN server it belongs to (`vss-...`).
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub ssl_vpn_server_id: String,
    /// The certificate's name.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub name: String,
    /// The CA certificate (PEM).
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub ca_cert: String,
    /// The client certificate (PEM).
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub client_cert: String,
    /// The client's private key (PEM). Secret: never printed by `Debug`.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub client_key: String,
    /// The OpenVPN client profile the service provides (may be empty).
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub client_config: String,
    /// Creation time, epoch milliseconds.
    #[serde(default, deserialize_with = "crate::decode::lenient::u64")]
    pub create_time: u64,
    /// Expiry time, epoch milliseconds.
    #[serde(default, deserialize_with = "crate::decode::lenient::u64")]
    pub end_time: u64,
    /// `normal`, `expiring-soon`, `expired`, or another value kept as text.
    #[serde(default)]
    pub status: CertStatus,
    /// The resource group.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub resource_group_id: String,
    /// The SSL-VPN server, when it was fetched to build a profile (not part of the API answer).
    #[serde(skip)]
    pub server: Option<SslVpnServer>,
}

impl SslVpnClientCertBundle {
    /// Creation time.
    pub fn created_at(&self) -> SystemTime {
        epoch_ms_to_system_time(self.create_time)
    }

    /// Expiry time.
    pub fn expires_at(&self) -> SystemTime {
        epoch_ms_to_system_time(self.end_time)
    }
}

impl fmt::Debug for SslVpnClientCertBundle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SslVpnClientCertBundle")
            .field("request_id", &self.request_id)
            .field("region_id", &self.region_id)
            .field("ssl_vpn_client_cert_id", &self.ssl_vpn_client_cert_id)
            .field("ssl_vpn_server_id", &self.ssl_vpn_server_id)
            .field("name", &self.name)
            .field("status", &self.status)
            .field("create_time", &self.create_time)
            .field("end_time", &self.end_time)
            .field("resource_group_id", &self.resource_group_id)
            .field("ca_cert", &format_args!("<{} bytes>", self.ca_cert.len()))
            .field(
                "client_cert",
                &format_args!("<{} bytes>", self.client_cert.len()),
            )
            .field("client_key", &format_args!("<redacted>"))
            .field(
                "client_config",
                &crate::profile::redact_secret_blocks(&self.client_config),
            )
            .finish()
    }
}

/// The error for a certificate that is not there.
pub(crate) fn cert_not_found(id: &str, detail: &str) -> Error {
    let mut e = ApiError::new(
        "InvalidSslVpnClientCertId.NotFound",
        format!("the SSL client certificate {id} was not found: {detail}"),
        404,
    );
    e.kind = crate::ErrorKind::CertNotFound;
    e.into()
}

impl Operation for DescribeSslVpnClientCert {
    const ACTION: &'static str = "DescribeSslVpnClientCert";
    const MUTATING: bool = false;
    type Output = SslVpnClientCertBundle;

    fn validate(&self) -> Result<(), Error> {
        validate::id("SslVpnClientCertId", &self.ssl_vpn_client_cert_id)
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        out.push(("SslVpnClientCertId", self.ssl_vpn_client_cert_id.clone()));
    }

    fn check(&self, out: Self::Output) -> Result<Self::Output, Error> {
        // Some gateways answer 200 with another (or no) certificate instead of a not-found code.
        if out.ssl_vpn_client_cert_id != self.ssl_vpn_client_cert_id {
            let got = if out.ssl_vpn_client_cert_id.is_empty() {
                "none"
            } else {
                &out.ssl_vpn_client_cert_id
            };
            return Err(cert_not_found(
                &self.ssl_vpn_client_cert_id,
                &format!(
                    "the response describes {got} (RequestId {})",
                    out.request_id
                ),
            ));
        }
        Ok(out)
    }
}

impl Client {
    /// Fetches one certificate with its CA, certificate, private key and OpenVPN profile.
    ///
    /// Every not-found form of the API is [`ErrorKind::CertNotFound`](crate::ErrorKind::CertNotFound).
    pub fn describe_ssl_vpn_client_cert(
        &self,
        ssl_vpn_client_cert_id: &str,
    ) -> Result<SslVpnClientCertBundle, Error> {
        self.execute(&DescribeSslVpnClientCert::new(ssl_vpn_client_cert_id))
    }
}
