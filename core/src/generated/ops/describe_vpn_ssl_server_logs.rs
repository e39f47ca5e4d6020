// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `DescribeVpnSslServerLogs`: the request builder, its answer and its documented error codes.

#![allow(clippy::doc_markdown)]

pub use crate::generated::records::VpnSslServerLogs;
#[allow(unused_imports)]
use crate::{Client, Error};

/// The documented error codes of `DescribeVpnSslServerLogs`.
pub const ERROR_CODES: &[&str] = &[
    "Forbbiden.SubUser",
    "Forbidden",
    "InvalidRegionId.NotFound",
    "InvalidSslVpnServerId.NotFound",
];

/// A `DescribeVpnSslServerLogs` request: fetches one page of an SSL-VPN server's connection
/// logs (note the parameter `VpnSslServerId`).
///
/// Required parameters are taken by `new`; each optional one has a setter and a `get_` getter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescribeVpnSslServerLogs {
    pub(crate) vpn_ssl_server_id: String,
    pub(crate) ssl_vpn_client_cert_id: Option<String>,
    pub(crate) from: Option<u64>,
    pub(crate) to: Option<u64>,
    pub(crate) minute_period: Option<u32>,
    pub(crate) page_number: Option<u32>,
    pub(crate) page_size: Option<u32>,
    pub(crate) region_id: Option<String>,
}

impl DescribeVpnSslServerLogs {
    /// A request with its required parameters: `vpn_ssl_server_id`.
    pub fn new(vpn_ssl_server_id: impl Into<String>) -> Self {
        DescribeVpnSslServerLogs {
            vpn_ssl_server_id: {
                let v = vpn_ssl_server_id;
                v.into()
            },
            ssl_vpn_client_cert_id: None,
            from: None,
            to: None,
            minute_period: None,
            page_number: None,
            page_size: None,
            region_id: None,
        }
    }

    /// `SslVpnClientCertId`: only the logs of this certificate.
    pub fn ssl_vpn_client_cert_id(mut self, v: impl Into<String>) -> Self {
        self.ssl_vpn_client_cert_id = Some(v.into());
        self
    }

    /// `From`: the start of the period, epoch seconds.
    pub fn from(mut self, v: u64) -> Self {
        self.from = Some(v);
        self
    }

    /// `To`: the end of the period, epoch seconds.
    pub fn to(mut self, v: u64) -> Self {
        self.to = Some(v);
        self
    }

    /// `MinutePeriod`: the period in minutes, when `From` and `To` are not given.
    pub fn minute_period(mut self, v: u32) -> Self {
        self.minute_period = Some(v);
        self
    }

    /// `PageNumber`: 1-based page number (default 1).
    pub fn page_number(mut self, v: u32) -> Self {
        self.page_number = Some(v);
        self
    }

    /// `PageSize`: page size, 1 to 50 (default 10).
    pub fn page_size(mut self, v: u32) -> Self {
        self.page_size = Some(v);
        self
    }

    /// `RegionId`: the region of this request (default: the client's), so one client can work in several regions.
    pub fn region_id(mut self, v: impl Into<String>) -> Self {
        self.region_id = Some(v.into());
        self
    }

    /// Unsets `SslVpnClientCertId`.
    pub fn clear_ssl_vpn_client_cert_id(mut self) -> Self {
        self.ssl_vpn_client_cert_id = None;
        self
    }

    /// Unsets `From`.
    pub fn clear_from(mut self) -> Self {
        self.from = None;
        self
    }

    /// Unsets `To`.
    pub fn clear_to(mut self) -> Self {
        self.to = None;
        self
    }

    /// Unsets `MinutePeriod`.
    pub fn clear_minute_period(mut self) -> Self {
        self.minute_period = None;
        self
    }

    /// Unsets `PageNumber`.
    pub fn clear_page_number(mut self) -> Self {
        self.page_number = None;
        self
    }

    /// Unsets `PageSize`.
    pub fn clear_page_size(mut self) -> Self {
        self.page_size = None;
        self
    }

    /// Unsets `RegionId` (the client's applies).
    pub fn clear_region_id(mut self) -> Self {
        self.region_id = None;
        self
    }

    /// The `VpnSslServerId` of this request.
    pub fn vpn_ssl_server_id(&self) -> &str {
        &self.vpn_ssl_server_id
    }

    /// The `SslVpnClientCertId` of this request, if set.
    pub fn get_ssl_vpn_client_cert_id(&self) -> Option<&str> {
        self.ssl_vpn_client_cert_id.as_deref()
    }

    /// The `From` of this request, if set.
    pub fn get_from(&self) -> Option<u64> {
        self.from
    }

    /// The `To` of this request, if set.
    pub fn get_to(&self) -> Option<u64> {
        self.to
    }

    /// The `MinutePeriod` of this request, if set.
    pub fn get_minute_period(&self) -> Option<u32> {
        self.minute_period
    }

    /// The `PageNumber` of this request, if set.
    pub fn get_page_number(&self) -> Option<u32> {
        self.page_number
    }

    /// The `PageSize` of this request, if set.
    pub fn get_page_size(&self) -> Option<u32> {
        self.page_size
    }

    /// The `RegionId` of this request, if set (else the client's applies).
    pub fn get_region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    /// The local checks of the spec's rules; no request is sent when one fails.
    pub(crate) fn check_parameters(&self) -> Result<(), Error> {
        {
            let v = &self.vpn_ssl_server_id;
            crate::validate::id("VpnSslServerId", v)?;
        }
        if let Some(v) = &self.ssl_vpn_client_cert_id {
            crate::validate::id("SslVpnClientCertId", v)?;
        }
        if let Some(v) = &self.page_number {
            crate::validate::page_number("PageNumber", *v)?;
        }
        if let Some(v) = &self.page_size {
            crate::validate::page_size("PageSize", *v)?;
        }
        if let Some(v) = &self.region_id {
            crate::validate::region_id("RegionId", v)?;
        }
        Ok(())
    }
}

impl crate::ops::Operation for DescribeVpnSslServerLogs {
    const ACTION: &'static str = "DescribeVpnSslServerLogs";
    const MUTATING: bool = false;
    type Output = VpnSslServerLogs;

    fn validate(&self) -> Result<(), Error> {
        self.check_parameters()?;
        crate::ops::Hooks::validate_more(self)
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        {
            let v = &self.vpn_ssl_server_id;
            out.push(("VpnSslServerId", v.clone()));
        }
        if let Some(v) = &self.ssl_vpn_client_cert_id {
            out.push(("SslVpnClientCertId", v.clone()));
        }
        if let Some(v) = &self.from {
            out.push(("From", v.to_string()));
        }
        if let Some(v) = &self.to {
            out.push(("To", v.to_string()));
        }
        if let Some(v) = &self.minute_period {
            out.push(("MinutePeriod", v.to_string()));
        }
        if let Some(v) = &self.page_number {
            out.push(("PageNumber", v.to_string()));
        }
        if let Some(v) = &self.page_size {
            out.push(("PageSize", v.to_string()));
        }
    }

    fn region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    fn check(&self, out: Self::Output) -> Result<Self::Output, Error> {
        crate::ops::Hooks::check_answer(self, out)
    }
}

impl crate::ops::Hooks for DescribeVpnSslServerLogs {}

impl Client {
    /// Fetches one page of an SSL-VPN server's connection logs (note the parameter
    /// `VpnSslServerId`).
    pub fn describe_vpn_ssl_server_logs(
        &self,
        request: &DescribeVpnSslServerLogs,
    ) -> Result<VpnSslServerLogs, Error> {
        self.execute(request)
    }
}
