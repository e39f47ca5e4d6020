// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! The records answers carry, one struct each, with every field of the official models. Numbers
//! and booleans that older answers send as strings decode all the same.

#![allow(clippy::doc_markdown)]

use serde::{Deserialize, Serialize};

/// The answer to `CreateSslVpnClientCert`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct CreateSslVpnClientCertResponse {
    /// The request id.
    #[serde(
        default,
        rename = "RequestId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub request_id: String,
    /// The certificate's name (empty when an older response leaves it out).
    #[serde(
        default,
        rename = "Name",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub name: String,
    /// The new certificate's id (`vsc-...`).
    #[serde(
        default,
        rename = "SslVpnClientCertId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ssl_vpn_client_cert_id: String,
}

/// What a delete did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct DeleteSslVpnClientCertResponse {
    /// The request id of the answer.
    #[serde(
        default,
        rename = "RequestId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub request_id: String,
    /// Whether the certificate was already gone (not an error: the delete is done either way).
    #[serde(skip)]
    pub already_deleted: bool,
}

/// The answer to `ModifySslVpnClientCert`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ModifySslVpnClientCertResponse {
    /// The request id.
    #[serde(
        default,
        rename = "RequestId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub request_id: String,
    /// The new name.
    #[serde(
        default,
        rename = "Name",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub name: String,
    /// The certificate id.
    #[serde(
        default,
        rename = "SslVpnClientCertId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ssl_vpn_client_cert_id: String,
}

/// A client certificate with its secrets: what a person needs to connect.
///
/// `Debug` never shows the secrets it holds.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct SslVpnClientCertBundle {
    /// The request id.
    #[serde(
        default,
        rename = "RequestId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub request_id: String,
    /// The region.
    #[serde(
        default,
        rename = "RegionId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub region_id: String,
    /// The certificate id (`vsc-...`).
    #[serde(
        default,
        rename = "SslVpnClientCertId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ssl_vpn_client_cert_id: String,
    /// The SSL-VPN server it belongs to (`vss-...`).
    #[serde(
        default,
        rename = "SslVpnServerId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ssl_vpn_server_id: String,
    /// The certificate's name.
    #[serde(
        default,
        rename = "Name",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub name: String,
    /// The CA certificate (PEM).
    #[serde(
        default,
        rename = "CaCert",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ca_cert: String,
    /// The client certificate (PEM).
    #[serde(
        default,
        rename = "ClientCert",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub client_cert: String,
    /// The client's private key (PEM). Secret: never shown by `Debug` or `repr`.
    #[serde(
        default,
        rename = "ClientKey",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub client_key: String,
    /// The OpenVPN profile the service sent (may be empty; a complete one is built from the
    /// bundle).
    #[serde(
        default,
        rename = "ClientConfig",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub client_config: String,
    /// Creation time, epoch milliseconds.
    #[serde(
        default,
        rename = "CreateTime",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub create_time: u64,
    /// Expiry time, epoch milliseconds.
    #[serde(
        default,
        rename = "EndTime",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub end_time: u64,
    /// `normal`, `expiring-soon`, `expired`, or another value as sent.
    #[serde(default, rename = "Status")]
    pub status: crate::CertStatus,
    /// The resource group.
    #[serde(
        default,
        rename = "ResourceGroupId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub resource_group_id: String,
    /// The SSL-VPN server's settings, when `issue_client_cert` fetched them to build a profile.
    #[serde(skip)]
    pub server: Option<SslVpnServer>,
}

impl std::fmt::Debug for SslVpnClientCertBundle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SslVpnClientCertBundle")
            .field("request_id", &self.request_id)
            .field("region_id", &self.region_id)
            .field("ssl_vpn_client_cert_id", &self.ssl_vpn_client_cert_id)
            .field("ssl_vpn_server_id", &self.ssl_vpn_server_id)
            .field("name", &self.name)
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
            .field("create_time", &self.create_time)
            .field("end_time", &self.end_time)
            .field("status", &self.status)
            .field("resource_group_id", &self.resource_group_id)
            .field("server", &self.server)
            .finish()
    }
}

/// A certificate as the list shows it (no secrets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct SslVpnClientCertSummary {
    /// The certificate id (`vsc-...`).
    #[serde(
        default,
        rename = "SslVpnClientCertId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ssl_vpn_client_cert_id: String,
    /// The SSL-VPN server (`vss-...`).
    #[serde(
        default,
        rename = "SslVpnServerId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ssl_vpn_server_id: String,
    /// The name.
    #[serde(
        default,
        rename = "Name",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub name: String,
    /// The region.
    #[serde(
        default,
        rename = "RegionId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub region_id: String,
    /// `normal`, `expiring-soon`, `expired`, or another value as sent.
    #[serde(default, rename = "Status")]
    pub status: crate::CertStatus,
    /// Creation time, epoch milliseconds.
    #[serde(
        default,
        rename = "CreateTime",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub create_time: u64,
    /// Expiry time, epoch milliseconds.
    #[serde(
        default,
        rename = "EndTime",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub end_time: u64,
    /// The resource group.
    #[serde(
        default,
        rename = "ResourceGroupId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub resource_group_id: String,
}

/// An SSL-VPN server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct SslVpnServer {
    /// The server id (`vss-...`).
    #[serde(
        default,
        rename = "SslVpnServerId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ssl_vpn_server_id: String,
    /// The VPN gateway it runs on (`vpn-...`).
    #[serde(
        default,
        rename = "VpnGatewayId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub vpn_gateway_id: String,
    /// The region.
    #[serde(
        default,
        rename = "RegionId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub region_id: String,
    /// The server name.
    #[serde(
        default,
        rename = "Name",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub name: String,
    /// The public address clients connect to.
    #[serde(
        default,
        rename = "InternetIp",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub internet_ip: String,
    /// The client address pool (CIDR).
    #[serde(
        default,
        rename = "ClientIpPool",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub client_ip_pool: String,
    /// The networks reachable through the VPN (CIDRs).
    #[serde(
        default,
        rename = "LocalSubnet",
        deserialize_with = "crate::decode::lenient::comma_list"
    )]
    pub local_subnet: Vec<String>,
    /// The protocol, `UDP` or `TCP`.
    #[serde(
        default,
        rename = "Proto",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub proto: String,
    /// The port clients connect to, e.g. 1194 (0 when unknown).
    #[serde(
        default,
        rename = "Port",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub port: u64,
    /// The cipher, e.g. `AES-128-CBC`.
    #[serde(
        default,
        rename = "Cipher",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub cipher: String,
    /// Whether traffic is compressed.
    #[serde(
        default,
        rename = "Compress",
        deserialize_with = "crate::decode::lenient::bool"
    )]
    pub compress: bool,
    /// Current connections.
    #[serde(
        default,
        rename = "Connections",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub connections: u64,
    /// Maximum connections.
    #[serde(
        default,
        rename = "MaxConnections",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub max_connections: u64,
    /// Creation time, epoch milliseconds.
    #[serde(
        default,
        rename = "CreateTime",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub create_time: u64,
    /// Whether multi-factor authentication (IDaaS) is on.
    #[serde(
        default,
        rename = "EnableMultiFactorAuth",
        deserialize_with = "crate::decode::lenient::bool"
    )]
    pub enable_multi_factor_auth: bool,
    /// The IDaaS instance of multi-factor authentication (empty when none).
    #[serde(
        default,
        rename = "IDaaSInstanceId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub idaas_instance_id: String,
    /// The region of the IDaaS instance (empty when none).
    #[serde(
        default,
        rename = "IDaaSRegionId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub idaas_region_id: String,
    /// The IDaaS application of multi-factor authentication (empty when none).
    #[serde(
        default,
        rename = "IDaaSApplicationId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub idaas_application_id: String,
    /// The version of the IDaaS instance (empty when none).
    #[serde(
        default,
        rename = "IDaaSInstanceVersion",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub idaas_instance_version: String,
    /// The resource group (empty when none).
    #[serde(
        default,
        rename = "ResourceGroupId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub resource_group_id: String,
    /// The DNS servers pushed to clients (IP addresses; empty when none).
    #[serde(
        default,
        rename = "DnsServers",
        deserialize_with = "crate::decode::lenient::comma_list"
    )]
    pub dns_servers: Vec<String>,
}
