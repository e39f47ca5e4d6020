//! `DescribeSslVpnClientCert`: one certificate with its CA, certificate, private key and profile.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use crate::generated::ops::describe_ssl_vpn_client_cert::*;
pub use crate::SslVpnServer;

use super::Hooks;
use crate::{ApiError, Error};

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

impl SslVpnClientCertBundle {
    /// The certificate as the list shows it: the same fields, without the secrets.
    pub fn summary(&self) -> crate::SslVpnClientCertSummary {
        crate::SslVpnClientCertSummary {
            ssl_vpn_client_cert_id: self.ssl_vpn_client_cert_id.clone(),
            ssl_vpn_server_id: self.ssl_vpn_server_id.clone(),
            name: self.name.clone(),
            region_id: self.region_id.clone(),
            status: self.status.clone(),
            create_time: self.create_time,
            end_time: self.end_time,
            resource_group_id: self.resource_group_id.clone(),
        }
    }
}

impl crate::SslVpnClientCertSummary {
    /// Creation time.
    pub fn created_at(&self) -> SystemTime {
        epoch_ms_to_system_time(self.create_time)
    }

    /// Expiry time.
    pub fn expires_at(&self) -> SystemTime {
        epoch_ms_to_system_time(self.end_time)
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

impl Hooks for DescribeSslVpnClientCert {
    fn check_answer(&self, out: Self::Output) -> Result<Self::Output, Error> {
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
