// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `DescribeSslVpnClients`: the request builder, its answer and its documented error codes.

#![allow(clippy::doc_markdown)]

pub use crate::generated::records::SslVpnClientInfo;
#[allow(unused_imports)]
use crate::{Client, Error};

/// The documented error codes of `DescribeSslVpnClients`.
pub const ERROR_CODES: &[&str] = &[
    "Forbbiden.SubUser",
    "Forbidden",
    "InvalidRegionId.NotFound",
    "InvalidVpnGatewayInstanceId.NotFound",
];

/// A `DescribeSslVpnClients` request: lists one page of the clients connected to a gateway's
/// SSL-VPN server now (deleting any certificate of that server disconnects them all).
///
/// Required parameters are taken by `new`; each optional one has a setter and a `get_` getter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescribeSslVpnClients {
    pub(crate) vpn_gateway_id: String,
    pub(crate) page_number: Option<u32>,
    pub(crate) page_size: Option<u32>,
    pub(crate) region_id: Option<String>,
}

impl DescribeSslVpnClients {
    /// A request with its required parameters: `vpn_gateway_id`.
    pub fn new(vpn_gateway_id: impl Into<String>) -> Self {
        DescribeSslVpnClients {
            vpn_gateway_id: {
                let v = vpn_gateway_id;
                v.into()
            },
            page_number: None,
            page_size: None,
            region_id: None,
        }
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

    /// The `VpnGatewayId` of this request.
    pub fn vpn_gateway_id(&self) -> &str {
        &self.vpn_gateway_id
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
            let v = &self.vpn_gateway_id;
            crate::validate::id("VpnGatewayId", v)?;
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

impl crate::ops::Operation for DescribeSslVpnClients {
    const ACTION: &'static str = "DescribeSslVpnClients";
    const MUTATING: bool = false;
    type Output = DescribeSslVpnClientsAnswer;

    fn validate(&self) -> Result<(), Error> {
        self.check_parameters()?;
        crate::ops::Hooks::validate_more(self)
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        {
            let v = &self.vpn_gateway_id;
            out.push(("VpnGatewayId", v.clone()));
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

impl crate::ops::Hooks for DescribeSslVpnClients {}

/// The raw answer of `DescribeSslVpnClients`: paging fields and the items' wrapper.
#[derive(Debug, serde::Deserialize)]
#[doc(hidden)]
pub struct DescribeSslVpnClientsAnswer {
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
    #[serde(rename = "ClientInfoList", default)]
    items: Vec<SslVpnClientInfo>,
}

impl crate::ops::paging::Paged for DescribeSslVpnClients {
    type Item = SslVpnClientInfo;

    fn at_page(&self, number: u32, size: u32) -> Self {
        Self {
            page_number: Some(number),
            page_size: Some(size),
            ..self.clone()
        }
    }

    fn into_page(out: DescribeSslVpnClientsAnswer) -> crate::Page<SslVpnClientInfo> {
        crate::Page::from_raw(
            out.request_id,
            out.page_number,
            out.page_size,
            out.total_count,
            out.items,
        )
    }

    fn item_id(item: &SslVpnClientInfo) -> &str {
        &item.private_ip
    }
}

impl Client {
    /// Lists one page of the clients connected to a gateway's SSL-VPN server now (deleting any
    /// certificate of that server disconnects them all).
    pub fn describe_ssl_vpn_clients(
        &self,
        request: &DescribeSslVpnClients,
    ) -> Result<crate::Page<SslVpnClientInfo>, Error> {
        self.execute(request)
            .map(<DescribeSslVpnClients as crate::ops::paging::Paged>::into_page)
    }

    /// Iterates over every item `describe_ssl_vpn_clients` lists with these filters, fetching
    /// pages of 50 lazily (see [`Pages`](crate::Pages)).
    pub fn ssl_vpn_clients(
        &self,
        filter: &DescribeSslVpnClients,
    ) -> crate::Pages<SslVpnClientInfo> {
        crate::Pages::new(self, filter.clone())
    }
}
