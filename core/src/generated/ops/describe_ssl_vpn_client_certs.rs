// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `DescribeSslVpnClientCerts`: the request builder, its answer and its documented error codes.

#![allow(clippy::doc_markdown)]

pub use crate::generated::records::SslVpnClientCertSummary;
#[allow(unused_imports)]
use crate::{Client, Error};

/// The documented error codes of `DescribeSslVpnClientCerts`.
pub const ERROR_CODES: &[&str] = &["Forbbiden.SubUser", "Forbidden", "InvalidRegionId.NotFound"];

/// A `DescribeSslVpnClientCerts` request: lists one page of certificates (without their
/// secrets).
///
/// Required parameters are taken by `new`; each optional one has a setter and a `get_` getter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DescribeSslVpnClientCerts {
    pub(crate) ssl_vpn_server_id: Option<String>,
    pub(crate) ssl_vpn_client_cert_id: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) resource_group_id: Option<String>,
    pub(crate) page_number: Option<u32>,
    pub(crate) page_size: Option<u32>,
    pub(crate) region_id: Option<String>,
}

impl DescribeSslVpnClientCerts {
    /// A request with none of the optional parameters set.
    pub fn new() -> Self {
        DescribeSslVpnClientCerts {
            ssl_vpn_server_id: None,
            ssl_vpn_client_cert_id: None,
            name: None,
            resource_group_id: None,
            page_number: None,
            page_size: None,
            region_id: None,
        }
    }

    /// `SslVpnServerId`: only certificates of this SSL-VPN server.
    pub fn ssl_vpn_server_id(mut self, v: impl Into<String>) -> Self {
        self.ssl_vpn_server_id = Some(v.into());
        self
    }

    /// `SslVpnClientCertId`: only this certificate.
    pub fn ssl_vpn_client_cert_id(mut self, v: impl Into<String>) -> Self {
        self.ssl_vpn_client_cert_id = Some(v.into());
        self
    }

    /// `Name`: only certificates with this name.
    pub fn name(mut self, v: impl Into<String>) -> Self {
        self.name = Some(v.into());
        self
    }

    /// `ResourceGroupId`: only certificates in this resource group.
    pub fn resource_group_id(mut self, v: impl Into<String>) -> Self {
        self.resource_group_id = Some(v.into());
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

    /// Unsets `SslVpnServerId`.
    pub fn clear_ssl_vpn_server_id(mut self) -> Self {
        self.ssl_vpn_server_id = None;
        self
    }

    /// Unsets `SslVpnClientCertId`.
    pub fn clear_ssl_vpn_client_cert_id(mut self) -> Self {
        self.ssl_vpn_client_cert_id = None;
        self
    }

    /// Unsets `Name`.
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self
    }

    /// Unsets `ResourceGroupId`.
    pub fn clear_resource_group_id(mut self) -> Self {
        self.resource_group_id = None;
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

    /// The `SslVpnServerId` of this request, if set.
    pub fn get_ssl_vpn_server_id(&self) -> Option<&str> {
        self.ssl_vpn_server_id.as_deref()
    }

    /// The `SslVpnClientCertId` of this request, if set.
    pub fn get_ssl_vpn_client_cert_id(&self) -> Option<&str> {
        self.ssl_vpn_client_cert_id.as_deref()
    }

    /// The `Name` of this request, if set.
    pub fn get_name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The `ResourceGroupId` of this request, if set.
    pub fn get_resource_group_id(&self) -> Option<&str> {
        self.resource_group_id.as_deref()
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
        if let Some(v) = &self.ssl_vpn_server_id {
            crate::validate::id("SslVpnServerId", v)?;
        }
        if let Some(v) = &self.ssl_vpn_client_cert_id {
            crate::validate::id("SslVpnClientCertId", v)?;
        }
        if let Some(v) = &self.name {
            crate::validate::name("Name", v)?;
        }
        if let Some(v) = &self.resource_group_id {
            crate::validate::id("ResourceGroupId", v)?;
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

impl crate::ops::Operation for DescribeSslVpnClientCerts {
    const ACTION: &'static str = "DescribeSslVpnClientCerts";
    const MUTATING: bool = false;
    type Output = DescribeSslVpnClientCertsAnswer;

    fn validate(&self) -> Result<(), Error> {
        self.check_parameters()?;
        crate::ops::Hooks::validate_more(self)
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        if let Some(v) = &self.ssl_vpn_server_id {
            out.push(("SslVpnServerId", v.clone()));
        }
        if let Some(v) = &self.ssl_vpn_client_cert_id {
            out.push(("SslVpnClientCertId", v.clone()));
        }
        if let Some(v) = &self.name {
            out.push(("Name", v.clone()));
        }
        if let Some(v) = &self.resource_group_id {
            out.push(("ResourceGroupId", v.clone()));
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

impl crate::ops::Hooks for DescribeSslVpnClientCerts {}

/// The raw answer of `DescribeSslVpnClientCerts`: paging fields and the items' wrapper.
#[derive(Debug, serde::Deserialize)]
#[doc(hidden)]
pub struct DescribeSslVpnClientCertsAnswer {
    #[serde(
        rename = "RequestId",
        default,
        deserialize_with = "crate::decode::lenient::string"
    )]
    request_id: String,
    #[serde(
        rename = "PageNumber",
        default,
        deserialize_with = "crate::decode::lenient::u64"
    )]
    page_number: u64,
    #[serde(
        rename = "PageSize",
        default,
        deserialize_with = "crate::decode::lenient::u64"
    )]
    page_size: u64,
    #[serde(
        rename = "TotalCount",
        default,
        deserialize_with = "crate::decode::lenient::opt_u64"
    )]
    total_count: Option<u64>,
    #[serde(rename = "SslVpnClientCertKeys", default)]
    items: Option<DescribeSslVpnClientCertsItems>,
}

#[derive(Debug, serde::Deserialize, Default)]
struct DescribeSslVpnClientCertsItems {
    #[serde(rename = "SslVpnClientCertKey", default)]
    items: Vec<SslVpnClientCertSummary>,
}

impl crate::ops::paging::Paged for DescribeSslVpnClientCerts {
    type Item = SslVpnClientCertSummary;

    fn at_page(&self, number: u32, size: u32) -> Self {
        Self {
            page_number: Some(number),
            page_size: Some(size),
            ..self.clone()
        }
    }

    fn into_page(out: DescribeSslVpnClientCertsAnswer) -> crate::Page<SslVpnClientCertSummary> {
        crate::Page::from_raw(
            out.request_id,
            out.page_number,
            out.page_size,
            out.total_count,
            out.items.unwrap_or_default().items,
        )
    }

    fn item_id(item: &SslVpnClientCertSummary) -> &str {
        &item.ssl_vpn_client_cert_id
    }
}

impl Client {
    /// Lists one page of certificates (without their secrets).
    pub fn describe_ssl_vpn_client_certs(
        &self,
        request: &DescribeSslVpnClientCerts,
    ) -> Result<crate::Page<SslVpnClientCertSummary>, Error> {
        self.execute(request)
            .map(<DescribeSslVpnClientCerts as crate::ops::paging::Paged>::into_page)
    }

    /// Iterates over every item `describe_ssl_vpn_client_certs` lists with these filters,
    /// fetching pages of 50 lazily (see [`Pages`](crate::Pages)).
    pub fn ssl_vpn_client_certs(
        &self,
        filter: &DescribeSslVpnClientCerts,
    ) -> crate::Pages<SslVpnClientCertSummary> {
        crate::Pages::new(self, filter.clone())
    }
}
