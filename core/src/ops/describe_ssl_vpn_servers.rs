//! `DescribeSslVpnServers`: discover SSL-VPN servers, one page or all.

use serde::{Deserialize, Serialize};

use super::paging::{check_page, push_list_params, Page, Paged, Pages};
use super::Operation;
use crate::{validate, Client, Error};

/// The documented error codes of `DescribeSslVpnServers`.
pub const ERROR_CODES: &[&str] = &["Forbbiden.SubUser", "Forbidden"];

/// Filters and paging of a `DescribeSslVpnServers` request. All filters are optional.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DescribeSslVpnServers {
    ssl_vpn_server_id: Option<String>,
    vpn_gateway_id: Option<String>,
    name: Option<String>,
    resource_group_id: Option<String>,
    page_number: Option<u32>,
    page_size: Option<u32>,
}

impl DescribeSslVpnServers {
    /// No filters: every SSL-VPN server of the region.
    pub fn new() -> Self {
        Self::default()
    }
    /// Only this server.
    pub fn ssl_vpn_server_id(mut self, id: impl Into<String>) -> Self {
        self.ssl_vpn_server_id = Some(id.into());
        self
    }
    /// Only servers of this VPN gateway.
    pub fn vpn_gateway_id(mut self, id: impl Into<String>) -> Self {
        self.vpn_gateway_id = Some(id.into());
        self
    }
    /// Only servers with this name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
    /// Only servers in this resource group.
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

/// An SSL-VPN server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SslVpnServer {
    /// The server id (`vss-...`).
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub ssl_vpn_server_id: String,
    /// The VPN gateway it runs on.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub vpn_gateway_id: String,
    /// The region.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub region_id: String,
    /// The name.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub name: String,
    /// The public address clients connect to.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub internet_ip: String,
    /// The client address pool (CIDR).
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub client_ip_pool: String,
    /// The networks reachable through the VPN, as a list of CIDRs.
    #[serde(default, deserialize_with = "crate::decode::lenient::comma_list")]
    pub local_subnet: Vec<String>,
    /// `UDP` or `TCP`.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub proto: String,
    /// The port, e.g. 1194.
    #[serde(default, deserialize_with = "crate::decode::lenient::u64")]
    pub port: u64,
    /// The cipher, e.g. `AES-128-CBC`.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub cipher: String,
    /// Whether traffic is compressed.
    #[serde(default, deserialize_with = "crate::decode::lenient::bool")]
    pub compress: bool,
    /// Current connections.
    #[serde(default, deserialize_with = "crate::decode::lenient::u64")]
    pub connections: u64,
    /// Maximum connections.
    #[serde(default, deserialize_with = "crate::decode::lenient::u64")]
    pub max_connections: u64,
    /// Creation time, epoch milliseconds.
    #[serde(default, deserialize_with = "crate::decode::lenient::u64")]
    pub create_time: u64,
    /// Whether multi-factor authentication (IDaaS) is on.
    #[serde(default, deserialize_with = "crate::decode::lenient::bool")]
    pub enable_multi_factor_auth: bool,
    /// The IDaaS instance, when MFA is on.
    #[serde(
        default,
        rename = "IDaaSInstanceId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub idaas_instance_id: String,
    /// The IDaaS region.
    #[serde(
        default,
        rename = "IDaaSRegionId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub idaas_region_id: String,
    /// The IDaaS application.
    #[serde(
        default,
        rename = "IDaaSApplicationId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub idaas_application_id: String,
    /// The IDaaS instance version.
    #[serde(
        default,
        rename = "IDaaSInstanceVersion",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub idaas_instance_version: String,
    /// The resource group.
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    pub resource_group_id: String,
    /// The DNS servers pushed to clients, as a list of IP addresses (empty when none, or from
    /// older models that do not send `DnsServers`).
    #[serde(default, deserialize_with = "crate::decode::lenient::comma_list")]
    pub dns_servers: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "PascalCase")]
struct Servers {
    #[serde(default)]
    ssl_vpn_server: Vec<SslVpnServer>,
}

/// The raw answer.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct ServersResponse {
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    request_id: String,
    #[serde(default, deserialize_with = "crate::decode::lenient::u64")]
    page_number: u64,
    #[serde(default, deserialize_with = "crate::decode::lenient::u64")]
    page_size: u64,
    #[serde(default, deserialize_with = "crate::decode::lenient::opt_u64")]
    total_count: Option<u64>,
    #[serde(default)]
    ssl_vpn_servers: Option<Servers>,
}

impl Operation for DescribeSslVpnServers {
    const ACTION: &'static str = "DescribeSslVpnServers";
    const MUTATING: bool = false;
    type Output = ServersResponse;

    fn validate(&self) -> Result<(), Error> {
        for (param, v) in [
            ("SslVpnServerId", &self.ssl_vpn_server_id),
            ("VpnGatewayId", &self.vpn_gateway_id),
            ("ResourceGroupId", &self.resource_group_id),
        ] {
            if let Some(v) = v {
                validate::id(param, v)?;
            }
        }
        if let Some(name) = &self.name {
            validate::name("Name", name)?;
        }
        check_page(self.page_number, self.page_size)
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        push_list_params(
            out,
            &[
                ("SslVpnServerId", &self.ssl_vpn_server_id),
                ("VpnGatewayId", &self.vpn_gateway_id),
                ("Name", &self.name),
                ("ResourceGroupId", &self.resource_group_id),
            ],
            self.page_number,
            self.page_size,
        );
    }
}

impl Paged for DescribeSslVpnServers {
    type Item = SslVpnServer;

    fn at_page(&self, number: u32, size: u32) -> Self {
        Self {
            page_number: Some(number),
            page_size: Some(size),
            ..self.clone()
        }
    }

    fn into_page(out: ServersResponse) -> Page<SslVpnServer> {
        Page::from_raw(
            out.request_id,
            out.page_number,
            out.page_size,
            out.total_count,
            out.ssl_vpn_servers.unwrap_or_default().ssl_vpn_server,
        )
    }

    fn item_id(item: &SslVpnServer) -> &str {
        &item.ssl_vpn_server_id
    }
}

impl Client {
    /// Lists one page of SSL-VPN servers.
    pub fn describe_ssl_vpn_servers(
        &self,
        request: &DescribeSslVpnServers,
    ) -> Result<Page<SslVpnServer>, Error> {
        self.execute(request).map(DescribeSslVpnServers::into_page)
    }

    /// Iterates over every SSL-VPN server matching the filters, fetching pages of 50 lazily.
    pub fn ssl_vpn_servers(&self, filter: &DescribeSslVpnServers) -> Pages<SslVpnServer> {
        Pages::new(self, filter.clone())
    }
}
