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

/// The answer to `CreateSslVpnServer`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct CreateSslVpnServerResponse {
    /// The request id.
    #[serde(
        default,
        rename = "RequestId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub request_id: String,
    /// The new server's id (`vss-...`; empty for a dry run).
    #[serde(
        default,
        rename = "SslVpnServerId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ssl_vpn_server_id: String,
    /// The server's name.
    #[serde(
        default,
        rename = "Name",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub name: String,
    /// Whether this was a dry run that the service found would succeed (nothing was changed).
    #[serde(skip)]
    pub dry_run: bool,
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

/// The answer to `DeleteSslVpnServer`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct DeleteSslVpnServerResponse {
    /// The request id.
    #[serde(
        default,
        rename = "RequestId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub request_id: String,
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

/// The answer to `ModifySslVpnServer`: the server as it is now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ModifySslVpnServerResponse {
    /// The request id.
    #[serde(
        default,
        rename = "RequestId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub request_id: String,
    /// The server id (`vss-...`).
    #[serde(
        default,
        rename = "SslVpnServerId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ssl_vpn_server_id: String,
    /// The VPN gateway it runs on.
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
    /// The port clients connect to.
    #[serde(
        default,
        rename = "Port",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub port: u64,
    /// The cipher.
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
    /// Whether two-factor authentication (IDaaS) is on.
    #[serde(
        default,
        rename = "EnableMultiFactorAuth",
        deserialize_with = "crate::decode::lenient::bool"
    )]
    pub enable_multi_factor_auth: bool,
    /// The IDaaS instance (empty when none).
    #[serde(
        default,
        rename = "IDaaSInstanceId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub idaas_instance_id: String,
    /// The IDaaS application (empty when none).
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
    /// The resource group.
    #[serde(
        default,
        rename = "ResourceGroupId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub resource_group_id: String,
    /// Whether this was a dry run that the service found would succeed (nothing was changed;
    /// the other fields are empty).
    #[serde(skip)]
    pub dry_run: bool,
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
    /// The client's private key (PEM). Secret: never shown by `Debug` or `repr`, held once and
    /// wiped on drop.
    #[serde(
        default,
        rename = "ClientKey",
        deserialize_with = "crate::decode::lenient::secret"
    )]
    pub client_key: crate::Secret,
    /// The OpenVPN profile the service sent (may be empty; a complete one is built from the
    /// bundle). It may carry the key inline, so it is held as the key is.
    #[serde(
        default,
        rename = "ClientConfig",
        deserialize_with = "crate::decode::lenient::secret"
    )]
    pub client_config: crate::Secret,
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
                &crate::profile::redact_secret_blocks(self.client_config.expose()),
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

/// A client connected to an SSL-VPN server now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct SslVpnClientInfo {
    /// The certificate it connected with (or the user, with two-factor authentication).
    #[serde(
        default,
        rename = "CommonName",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub common_name: String,
    /// The public address it connects from.
    #[serde(
        default,
        rename = "Ip",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ip: String,
    /// The port it connects from (the API sends it as text).
    #[serde(
        default,
        rename = "Port",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub port: String,
    /// The address the gateway gave it.
    #[serde(
        default,
        rename = "PrivateIp",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub private_ip: String,
    /// When it connected, epoch milliseconds.
    #[serde(
        default,
        rename = "ConnectedTime",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub connected_time: u64,
    /// Bytes the gateway received from it.
    #[serde(
        default,
        rename = "ReceiveBytes",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub receive_bytes: u64,
    /// Bytes the gateway sent to it.
    #[serde(
        default,
        rename = "SendBytes",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub send_bytes: u64,
    /// `online`.
    #[serde(
        default,
        rename = "Status",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub status: String,
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

/// A VPN gateway: where SSL-VPN servers run. `Status` is `updating` while a change is applied
/// and `active` when it is done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct VpnGateway {
    /// The request id (empty for the items of a list).
    #[serde(
        default,
        rename = "RequestId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub request_id: String,
    /// The gateway id (`vpn-...`).
    #[serde(
        default,
        rename = "VpnGatewayId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub vpn_gateway_id: String,
    /// The VPC it belongs to.
    #[serde(
        default,
        rename = "VpcId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub vpc_id: String,
    /// The vSwitch it belongs to.
    #[serde(
        default,
        rename = "VSwitchId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub v_switch_id: String,
    /// The name.
    #[serde(
        default,
        rename = "Name",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub name: String,
    /// The description.
    #[serde(
        default,
        rename = "Description",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub description: String,
    /// `init`, `provisioning`, `active`, `updating` or `deleting`.
    #[serde(
        default,
        rename = "Status",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub status: String,
    /// `Normal`, or `FinancialLocked` (overdue payment).
    #[serde(
        default,
        rename = "BusinessStatus",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub business_status: String,
    /// Whether SSL-VPN is on: `enable` or `disable`.
    #[serde(
        default,
        rename = "SslVpn",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ssl_vpn: String,
    /// How many SSL-VPN connections may be open at once.
    #[serde(
        default,
        rename = "SslMaxConnections",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub ssl_max_connections: u64,
    /// The address SSL-VPN clients connect to.
    #[serde(
        default,
        rename = "SslVpnInternetIp",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ssl_vpn_internet_ip: String,
    /// Whether IPsec-VPN is on: `enable` or `disable`.
    #[serde(
        default,
        rename = "IpsecVpn",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub ipsec_vpn: String,
    /// The public address of the gateway.
    #[serde(
        default,
        rename = "InternetIp",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub internet_ip: String,
    /// The second address of a dual-tunnel gateway.
    #[serde(
        default,
        rename = "DisasterRecoveryInternetIp",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub disaster_recovery_internet_ip: String,
    /// The second vSwitch of a dual-tunnel gateway.
    #[serde(
        default,
        rename = "DisasterRecoveryVSwitchId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub disaster_recovery_v_switch_id: String,
    /// The bandwidth specification.
    #[serde(
        default,
        rename = "Spec",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub spec: String,
    /// The billing method.
    #[serde(
        default,
        rename = "ChargeType",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub charge_type: String,
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
    /// The type of the gateway.
    #[serde(
        default,
        rename = "GatewayType",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub gateway_type: String,
    /// The network type.
    #[serde(
        default,
        rename = "NetworkType",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub network_type: String,
    /// The VPN type.
    #[serde(
        default,
        rename = "VpnType",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub vpn_type: String,
    /// Whether routes propagate automatically.
    #[serde(
        default,
        rename = "AutoPropagate",
        deserialize_with = "crate::decode::lenient::bool"
    )]
    pub auto_propagate: bool,
    /// Whether BGP is on.
    #[serde(
        default,
        rename = "EnableBgp",
        deserialize_with = "crate::decode::lenient::bool"
    )]
    pub enable_bgp: bool,
    /// The resource group.
    #[serde(
        default,
        rename = "ResourceGroupId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub resource_group_id: String,
    /// The system's labels of the gateway.
    #[serde(
        default,
        rename = "Tag",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub tag: String,
    /// The tags bound to the gateway.
    #[serde(default, rename = "Tags", deserialize_with = "vpn_gateway_tags")]
    pub tags: Vec<VpnGatewayTag>,
    /// The network interfaces of the gateway.
    #[serde(
        default,
        rename = "EniInstanceIds",
        deserialize_with = "vpn_gateway_eni_instance_ids"
    )]
    pub eni_instance_ids: Vec<String>,
    /// The pending order, when there is one (asked for with `IncludeReservationData`).
    #[serde(default, rename = "ReservationData")]
    pub reservation_data: Option<VpnGatewayReservationData>,
}

/// Reads `Tags.Tag`: the list inside its wrapping object (a missing or null wrapper is empty).
fn vpn_gateway_tags<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Vec<VpnGatewayTag>, D::Error> {
    #[derive(Deserialize, Default)]
    struct Wrapper {
        #[serde(rename = "Tag", default)]
        items: Vec<VpnGatewayTag>,
    }
    Ok(Option::<Wrapper>::deserialize(d)?.unwrap_or_default().items)
}

/// Reads `EniInstanceIds.EniInstanceId`: the list inside its wrapping object (a missing or null wrapper is empty).
fn vpn_gateway_eni_instance_ids<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize, Default)]
    struct Wrapper {
        #[serde(rename = "EniInstanceId", default)]
        items: Vec<String>,
    }
    Ok(Option::<Wrapper>::deserialize(d)?.unwrap_or_default().items)
}

/// A pending order of a VPN gateway.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct VpnGatewayReservationData {
    /// When a temporary upgrade ends.
    #[serde(
        default,
        rename = "ReservationEndTime",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub reservation_end_time: String,
    /// IPsec-VPN in the pending order: `enable` or `disable`.
    #[serde(
        default,
        rename = "ReservationIpsec",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub reservation_ipsec: String,
    /// SSL-VPN connections in the pending order.
    #[serde(
        default,
        rename = "ReservationMaxConnections",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub reservation_max_connections: u64,
    /// The type of the pending order.
    #[serde(
        default,
        rename = "ReservationOrderType",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub reservation_order_type: String,
    /// The bandwidth of the pending order.
    #[serde(
        default,
        rename = "ReservationSpec",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub reservation_spec: String,
    /// SSL-VPN in the pending order: `enable` or `disable`.
    #[serde(
        default,
        rename = "ReservationSsl",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub reservation_ssl: String,
    /// The status of the pending order.
    #[serde(
        default,
        rename = "Status",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub status: String,
}

/// A tag of a VPN gateway.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct VpnGatewayTag {
    /// The tag's key.
    #[serde(
        default,
        rename = "Key",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub key: String,
    /// The tag's value.
    #[serde(
        default,
        rename = "Value",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub value: String,
}

/// One page of an SSL-VPN server's connection logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct VpnSslServerLogs {
    /// The request id.
    #[serde(
        default,
        rename = "RequestId",
        deserialize_with = "crate::decode::lenient::string"
    )]
    pub request_id: String,
    /// How many log lines there are in all.
    #[serde(
        default,
        rename = "Count",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub count: u64,
    /// The page number.
    #[serde(
        default,
        rename = "PageNumber",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub page_number: u64,
    /// The page size.
    #[serde(
        default,
        rename = "PageSize",
        deserialize_with = "crate::decode::lenient::u64"
    )]
    pub page_size: u64,
    /// Whether the logs of the period are complete (the service may still be collecting them).
    #[serde(
        default,
        rename = "IsCompleted",
        deserialize_with = "crate::decode::lenient::bool"
    )]
    pub is_completed: bool,
    /// The log lines of this page.
    #[serde(
        default,
        rename = "Data",
        deserialize_with = "vpn_ssl_server_logs_logs"
    )]
    pub logs: Vec<String>,
}

/// Reads `Data.Logs`: the list inside its wrapping object (a missing or null wrapper is empty).
fn vpn_ssl_server_logs_logs<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize, Default)]
    struct Wrapper {
        #[serde(rename = "Logs", default)]
        items: Vec<String>,
    }
    Ok(Option::<Wrapper>::deserialize(d)?.unwrap_or_default().items)
}
