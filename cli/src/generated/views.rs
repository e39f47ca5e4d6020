// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! One view per record: the JSON `--output json` prints, with every field of the record in
//! snake_case. Times in epoch milliseconds come with their ISO 8601 UTC form (null when
//! unknown); secrets, and the inline secret blocks of profiles, only with `with_secrets`.

#![allow(dead_code)]

use serde::Serialize;

/// The answer to `CreateSslVpnClientCert`. (the JSON of `CreateSslVpnClientCertResponse`.)
#[derive(Debug, Clone, Serialize)]
pub struct CreateSslVpnClientCertResponseView {
    /// The request id.
    pub request_id: String,
    /// The certificate's name (empty when an older response leaves it out).
    pub name: String,
    /// The new certificate's id (`vsc-...`).
    pub ssl_vpn_client_cert_id: String,
}

impl CreateSslVpnClientCertResponseView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::CreateSslVpnClientCertResponse, with_secrets: bool) -> Self {
        let _ = with_secrets;
        CreateSslVpnClientCertResponseView {
            request_id: r.request_id.clone(),
            name: r.name.clone(),
            ssl_vpn_client_cert_id: r.ssl_vpn_client_cert_id.clone(),
        }
    }
}

/// What a delete did. (the JSON of `DeleteSslVpnClientCertResponse`.)
#[derive(Debug, Clone, Serialize)]
pub struct DeleteSslVpnClientCertResponseView {
    /// The request id of the answer.
    pub request_id: String,
    /// Whether the certificate was already gone (not an error: the delete is done either way).
    pub already_deleted: bool,
}

impl DeleteSslVpnClientCertResponseView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::DeleteSslVpnClientCertResponse, with_secrets: bool) -> Self {
        let _ = with_secrets;
        DeleteSslVpnClientCertResponseView {
            request_id: r.request_id.clone(),
            already_deleted: r.already_deleted,
        }
    }
}

/// The answer to `ModifySslVpnClientCert`. (the JSON of `ModifySslVpnClientCertResponse`.)
#[derive(Debug, Clone, Serialize)]
pub struct ModifySslVpnClientCertResponseView {
    /// The request id.
    pub request_id: String,
    /// The new name.
    pub name: String,
    /// The certificate id.
    pub ssl_vpn_client_cert_id: String,
}

impl ModifySslVpnClientCertResponseView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::ModifySslVpnClientCertResponse, with_secrets: bool) -> Self {
        let _ = with_secrets;
        ModifySslVpnClientCertResponseView {
            request_id: r.request_id.clone(),
            name: r.name.clone(),
            ssl_vpn_client_cert_id: r.ssl_vpn_client_cert_id.clone(),
        }
    }
}

/// A client certificate with its secrets: what a person needs to connect. (the JSON of
/// `SslVpnClientCertBundle`.)
#[derive(Debug, Clone, Serialize)]
pub struct SslVpnClientCertBundleView {
    /// The request id.
    pub request_id: String,
    /// The region.
    pub region_id: String,
    /// The certificate id (`vsc-...`).
    pub ssl_vpn_client_cert_id: String,
    /// The SSL-VPN server it belongs to (`vss-...`).
    pub ssl_vpn_server_id: String,
    /// The certificate's name.
    pub name: String,
    /// The CA certificate (PEM).
    pub ca_cert: String,
    /// The client certificate (PEM).
    pub client_cert: String,
    /// The client's private key (PEM). Secret: never shown by `Debug` or `repr`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_key: Option<String>,
    /// The OpenVPN profile the service sent (may be empty; a complete one is built from the
    /// bundle).
    pub client_config: String,
    /// Creation time, epoch milliseconds.
    pub create_time: u64,
    /// `create_time` as ISO 8601 UTC (null when unknown).
    pub created_at: Option<String>,
    /// Expiry time, epoch milliseconds.
    pub end_time: u64,
    /// `end_time` as ISO 8601 UTC (null when unknown).
    pub expires_at: Option<String>,
    /// `normal`, `expiring-soon`, `expired`, or another value as sent.
    pub status: String,
    /// The resource group.
    pub resource_group_id: String,
    /// The SSL-VPN server's settings, when `issue_client_cert` fetched them to build a profile.
    pub server: Option<SslVpnServerView>,
}

impl SslVpnClientCertBundleView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::SslVpnClientCertBundle, with_secrets: bool) -> Self {
        let _ = with_secrets;
        SslVpnClientCertBundleView {
            request_id: r.request_id.clone(),
            region_id: r.region_id.clone(),
            ssl_vpn_client_cert_id: r.ssl_vpn_client_cert_id.clone(),
            ssl_vpn_server_id: r.ssl_vpn_server_id.clone(),
            name: r.name.clone(),
            ca_cert: r.ca_cert.clone(),
            client_cert: r.client_cert.clone(),
            client_key: with_secrets.then(|| r.client_key.clone()),
            client_config: if with_secrets {
                r.client_config.clone()
            } else {
                vpncert::profile::redact_secret_blocks(&r.client_config)
            },
            create_time: r.create_time,
            created_at: crate::timefmt::iso(r.create_time),
            end_time: r.end_time,
            expires_at: crate::timefmt::iso(r.end_time),
            status: r.status.to_string(),
            resource_group_id: r.resource_group_id.clone(),
            server: r
                .server
                .as_ref()
                .map(|v| SslVpnServerView::new(v, with_secrets)),
        }
    }
}

/// A certificate as the list shows it (no secrets). (the JSON of `SslVpnClientCertSummary`.)
#[derive(Debug, Clone, Serialize)]
pub struct SslVpnClientCertSummaryView {
    /// The certificate id (`vsc-...`).
    pub ssl_vpn_client_cert_id: String,
    /// The SSL-VPN server (`vss-...`).
    pub ssl_vpn_server_id: String,
    /// The name.
    pub name: String,
    /// The region.
    pub region_id: String,
    /// `normal`, `expiring-soon`, `expired`, or another value as sent.
    pub status: String,
    /// Creation time, epoch milliseconds.
    pub create_time: u64,
    /// `create_time` as ISO 8601 UTC (null when unknown).
    pub created_at: Option<String>,
    /// Expiry time, epoch milliseconds.
    pub end_time: u64,
    /// `end_time` as ISO 8601 UTC (null when unknown).
    pub expires_at: Option<String>,
    /// The resource group.
    pub resource_group_id: String,
}

impl SslVpnClientCertSummaryView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::SslVpnClientCertSummary, with_secrets: bool) -> Self {
        let _ = with_secrets;
        SslVpnClientCertSummaryView {
            ssl_vpn_client_cert_id: r.ssl_vpn_client_cert_id.clone(),
            ssl_vpn_server_id: r.ssl_vpn_server_id.clone(),
            name: r.name.clone(),
            region_id: r.region_id.clone(),
            status: r.status.to_string(),
            create_time: r.create_time,
            created_at: crate::timefmt::iso(r.create_time),
            end_time: r.end_time,
            expires_at: crate::timefmt::iso(r.end_time),
            resource_group_id: r.resource_group_id.clone(),
        }
    }
}

/// An SSL-VPN server. (the JSON of `SslVpnServer`.)
#[derive(Debug, Clone, Serialize)]
pub struct SslVpnServerView {
    /// The server id (`vss-...`).
    pub ssl_vpn_server_id: String,
    /// The VPN gateway it runs on (`vpn-...`).
    pub vpn_gateway_id: String,
    /// The region.
    pub region_id: String,
    /// The server name.
    pub name: String,
    /// The public address clients connect to.
    pub internet_ip: String,
    /// The client address pool (CIDR).
    pub client_ip_pool: String,
    /// The networks reachable through the VPN (CIDRs).
    pub local_subnet: Vec<String>,
    /// The protocol, `UDP` or `TCP`.
    pub proto: String,
    /// The port clients connect to, e.g. 1194 (0 when unknown).
    pub port: u64,
    /// The cipher, e.g. `AES-128-CBC`.
    pub cipher: String,
    /// Whether traffic is compressed.
    pub compress: bool,
    /// Current connections.
    pub connections: u64,
    /// Maximum connections.
    pub max_connections: u64,
    /// Creation time, epoch milliseconds.
    pub create_time: u64,
    /// `create_time` as ISO 8601 UTC (null when unknown).
    pub created_at: Option<String>,
    /// Whether multi-factor authentication (IDaaS) is on.
    pub enable_multi_factor_auth: bool,
    /// The IDaaS instance of multi-factor authentication (empty when none).
    pub idaas_instance_id: String,
    /// The region of the IDaaS instance (empty when none).
    pub idaas_region_id: String,
    /// The IDaaS application of multi-factor authentication (empty when none).
    pub idaas_application_id: String,
    /// The version of the IDaaS instance (empty when none).
    pub idaas_instance_version: String,
    /// The resource group (empty when none).
    pub resource_group_id: String,
    /// The DNS servers pushed to clients (IP addresses; empty when none).
    pub dns_servers: Vec<String>,
}

impl SslVpnServerView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::SslVpnServer, with_secrets: bool) -> Self {
        let _ = with_secrets;
        SslVpnServerView {
            ssl_vpn_server_id: r.ssl_vpn_server_id.clone(),
            vpn_gateway_id: r.vpn_gateway_id.clone(),
            region_id: r.region_id.clone(),
            name: r.name.clone(),
            internet_ip: r.internet_ip.clone(),
            client_ip_pool: r.client_ip_pool.clone(),
            local_subnet: r.local_subnet.clone(),
            proto: r.proto.clone(),
            port: r.port,
            cipher: r.cipher.clone(),
            compress: r.compress,
            connections: r.connections,
            max_connections: r.max_connections,
            create_time: r.create_time,
            created_at: crate::timefmt::iso(r.create_time),
            enable_multi_factor_auth: r.enable_multi_factor_auth,
            idaas_instance_id: r.idaas_instance_id.clone(),
            idaas_region_id: r.idaas_region_id.clone(),
            idaas_application_id: r.idaas_application_id.clone(),
            idaas_instance_version: r.idaas_instance_version.clone(),
            resource_group_id: r.resource_group_id.clone(),
            dns_servers: r.dns_servers.clone(),
        }
    }
}
