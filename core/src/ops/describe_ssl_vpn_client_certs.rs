//! `DescribeSslVpnClientCerts`: list certificates (without their secrets), one page or all.

use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::describe_ssl_vpn_client_cert::{epoch_ms_to_system_time, CertStatus};
use super::paging::{check_page, push_list_params, Page, Paged, Pages};
use super::Operation;
use crate::{validate, Client, Error};

/// The documented error codes of `DescribeSslVpnClientCerts`.
pub const ERROR_CODES: &[&str] = &["Forbbiden.SubUser", "Forbidden", "InvalidRegionId.NotFound"];

/// Filters and paging of a `DescribeSslVpnClientCerts` request. All filters are optional.
///
/// ```
/// let filter = vpncert::DescribeSslVpnClientCerts::new().ssl_vpn_server_id("vss-1").page_size(50);
/// # let _ = filter;
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DescribeSslVpnClientCerts {
    ssl_vpn_server_id: Option<String>,
    ssl_vpn_client_cert_id: Option<String>,
    name: Option<String>,
    resource_group_id: Option<String>,
    page_number: Option<u32>,
    page_size: Option<u32>,
}

impl DescribeSslVpnClientCerts {
    /// No filters: every certificate of the region.
    pub fn new() -> Self {
        Self::default()
    }
    /// Only certificates of this SSL-VPN server.
    pub fn ssl_vpn_server_id(mut self, id: impl Into<String>) -> Self {
        self.ssl_vpn_server_id = Some(id.into());
        self
    }
    /// Only this certificate.
    pub fn ssl_vpn_client_cert_id(mut self, id: impl Into<String>) -> Self {
        self.ssl_vpn_client_cert_id = Some(id.into());
        self
    }
    /// Only certificates with this name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
    /// Only certificates in this resource group.
    pub fn resource_group_id(mut self, id: impl Into<String>) -> Self {
        self.resource_group_id = Some(id.into());
        self
    }
    /// 1-based page number (default 1).
    pub fn page_number(mut self, n: u32) -> Self {
        self.page_number = Some(n);
        self
    }
    /// Page size, 1 to 50 (default 10).
    pub fn page_size(mut self, n: u32) -> Self {
        self.page_size = Some(n);
        self
    }
}

/// A certificate as the list shows it (no secrets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SslVpnClientCertSummary {
    /// The certificate id.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub ssl_vpn_client_cert_id: String,
    /// The SSL-VPN server.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub ssl_vpn_server_id: String,
    /// The name.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub name: String,
    /// The region.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub region_id: String,
    /// The status.
    #[serde(default)]
    pub status: CertStatus,
    /// Creation time, epoch milliseconds.
    #[serde(default, deserialize_with = "crate::decode::lenient::u64")]
    pub create_time: u64,
    /// Expiry time, epoch milliseconds.
    #[serde(default, deserialize_with = "crate::decode::lenient::u64")]
    pub end_time: u64,
    /// The resource group.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub resource_group_id: String,
}

impl SslVpnClientCertSummary {
    /// Creation time.
    pub fn created_at(&self) -> SystemTime {
        epoch_ms_to_system_time(self.create_time)
    }
    /// Expiry time.
    pub fn expires_at(&self) -> SystemTime {
        epoch_ms_to_system_time(self.end_time)
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "PascalCase")]
struct CertKeys {
    #[serde(default)]
    ssl_vpn_client_cert_key: Vec<SslVpnClientCertSummary>,
}

/// The raw answer.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct ListResponse {
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    request_id: String,
    #[serde(default, deserialize_with = "crate::decode::lenient::u64")]
    page_number: u64,
    #[serde(default, deserialize_with = "crate::decode::lenient::u64")]
    page_size: u64,
    #[serde(default, deserialize_with = "crate::decode::lenient::opt_u64")]
    total_count: Option<u64>,
    #[serde(default)]
    ssl_vpn_client_cert_keys: Option<CertKeys>,
}

impl Operation for DescribeSslVpnClientCerts {
    const ACTION: &'static str = "DescribeSslVpnClientCerts";
    const MUTATING: bool = false;
    type Output = ListResponse;

    fn validate(&self) -> Result<(), Error> {
        if let Some(id) = &self.ssl_vpn_server_id {
            validate::id("SslVpnServerId", id)?;
        }
        if let Some(id) = &self.ssl_vpn_client_cert_id {
            validate::id("SslVpnClientCertId", id)?;
        }
        if let Some(name) = &self.name {
            validate::name("Name", name)?;
        }
        if let Some(id) = &self.resource_group_id {
            validate::id("ResourceGroupId", id)?;
        }
        check_page(self.page_number, self.page_size)
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        push_list_params(
            out,
            &[
                ("SslVpnServerId", &self.ssl_vpn_server_id),
                ("SslVpnClientCertId", &self.ssl_vpn_client_cert_id),
                ("Name", &self.name),
                ("ResourceGroupId", &self.resource_group_id),
            ],
            self.page_number,
            self.page_size,
        );
    }
}

impl Paged for DescribeSslVpnClientCerts {
    type Item = SslVpnClientCertSummary;

    fn at_page(&self, number: u32, size: u32) -> Self {
        Self {
            page_number: Some(number),
            page_size: Some(size),
            ..self.clone()
        }
    }

    fn into_page(out: ListResponse) -> Page<SslVpnClientCertSummary> {
        Page::from_raw(
            out.request_id,
            out.page_number,
            out.page_size,
            out.total_count,
            out.ssl_vpn_client_cert_keys
                .unwrap_or_default()
                .ssl_vpn_client_cert_key,
        )
    }

    fn item_id(item: &SslVpnClientCertSummary) -> &str {
        &item.ssl_vpn_client_cert_id
    }
}

impl Client {
    /// Lists one page of certificates.
    pub fn describe_ssl_vpn_client_certs(
        &self,
        request: &DescribeSslVpnClientCerts,
    ) -> Result<Page<SslVpnClientCertSummary>, Error> {
        self.execute(request)
            .map(DescribeSslVpnClientCerts::into_page)
    }

    /// Iterates over every certificate matching the filters, fetching pages of 50 lazily.
    /// The request's own paging fields are ignored.
    ///
    /// ```no_run
    /// # let client = vpncert::Client::builder()
    /// #     .region_id("cn-hangzhou")
    /// #     .credentials(vpncert::Credentials::access_key("id", "secret"))
    /// #     .build()?;
    /// for cert in client.ssl_vpn_client_certs(&vpncert::DescribeSslVpnClientCerts::new()) {
    ///     let cert = cert?;
    ///     println!("{} {} {}", cert.ssl_vpn_client_cert_id, cert.name, cert.status);
    /// }
    /// # Ok::<(), vpncert::Error>(())
    /// ```
    pub fn ssl_vpn_client_certs(
        &self,
        filter: &DescribeSslVpnClientCerts,
    ) -> Pages<SslVpnClientCertSummary> {
        Pages::new(self, filter.clone())
    }
}
