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

/// The answer to `CreateSslVpnServer`. (the JSON of `CreateSslVpnServerResponse`.)
#[derive(Debug, Clone, Serialize)]
pub struct CreateSslVpnServerResponseView {
    /// The request id.
    pub request_id: String,
    /// The new server's id (`vss-...`; empty for a dry run).
    pub ssl_vpn_server_id: String,
    /// The server's name.
    pub name: String,
    /// Whether this was a dry run that the service found would succeed (nothing was changed).
    pub dry_run: bool,
}

impl CreateSslVpnServerResponseView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::CreateSslVpnServerResponse, with_secrets: bool) -> Self {
        let _ = with_secrets;
        CreateSslVpnServerResponseView {
            request_id: r.request_id.clone(),
            ssl_vpn_server_id: r.ssl_vpn_server_id.clone(),
            name: r.name.clone(),
            dry_run: r.dry_run,
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

/// The answer to `DeleteSslVpnServer`. (the JSON of `DeleteSslVpnServerResponse`.)
#[derive(Debug, Clone, Serialize)]
pub struct DeleteSslVpnServerResponseView {
    /// The request id.
    pub request_id: String,
}

impl DeleteSslVpnServerResponseView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::DeleteSslVpnServerResponse, with_secrets: bool) -> Self {
        let _ = with_secrets;
        DeleteSslVpnServerResponseView {
            request_id: r.request_id.clone(),
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

/// The answer to `ModifySslVpnServer`: the server as it is now. (the JSON of
/// `ModifySslVpnServerResponse`.)
#[derive(Debug, Clone, Serialize)]
pub struct ModifySslVpnServerResponseView {
    /// The request id.
    pub request_id: String,
    /// The server id (`vss-...`).
    pub ssl_vpn_server_id: String,
    /// The VPN gateway it runs on.
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
    /// The port clients connect to.
    pub port: u64,
    /// The cipher.
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
    /// Whether two-factor authentication (IDaaS) is on.
    pub enable_multi_factor_auth: bool,
    /// The IDaaS instance (empty when none).
    pub idaas_instance_id: String,
    /// The IDaaS application (empty when none).
    pub idaas_application_id: String,
    /// The version of the IDaaS instance (empty when none).
    pub idaas_instance_version: String,
    /// The resource group.
    pub resource_group_id: String,
    /// Whether this was a dry run that the service found would succeed (nothing was changed;
    /// the other fields are empty).
    pub dry_run: bool,
}

impl ModifySslVpnServerResponseView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::ModifySslVpnServerResponse, with_secrets: bool) -> Self {
        let _ = with_secrets;
        ModifySslVpnServerResponseView {
            request_id: r.request_id.clone(),
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
            idaas_application_id: r.idaas_application_id.clone(),
            idaas_instance_version: r.idaas_instance_version.clone(),
            resource_group_id: r.resource_group_id.clone(),
            dry_run: r.dry_run,
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
    /// The client's private key (PEM). Secret: never shown by `Debug` or `repr`, held once and
    /// wiped on drop.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_key: Option<vpncert::Secret>,
    /// The OpenVPN profile the service sent (may be empty; a complete one is built from the
    /// bundle). It may carry the key inline, so it is held as the key is.
    pub client_config: vpncert::Secret,
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
                vpncert::profile::redact_secret_blocks(r.client_config.expose()).into()
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

/// A client connected to an SSL-VPN server now. (the JSON of `SslVpnClientInfo`.)
#[derive(Debug, Clone, Serialize)]
pub struct SslVpnClientInfoView {
    /// The certificate it connected with (or the user, with two-factor authentication).
    pub common_name: String,
    /// The public address it connects from.
    pub ip: String,
    /// The port it connects from (the API sends it as text).
    pub port: String,
    /// The address the gateway gave it.
    pub private_ip: String,
    /// When it connected, epoch milliseconds.
    pub connected_time: u64,
    /// `connected_time` as ISO 8601 UTC (null when unknown).
    pub connected_at: Option<String>,
    /// Bytes the gateway received from it.
    pub receive_bytes: u64,
    /// Bytes the gateway sent to it.
    pub send_bytes: u64,
    /// `online`.
    pub status: String,
}

impl SslVpnClientInfoView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::SslVpnClientInfo, with_secrets: bool) -> Self {
        let _ = with_secrets;
        SslVpnClientInfoView {
            common_name: r.common_name.clone(),
            ip: r.ip.clone(),
            port: r.port.clone(),
            private_ip: r.private_ip.clone(),
            connected_time: r.connected_time,
            connected_at: crate::timefmt::iso(r.connected_time),
            receive_bytes: r.receive_bytes,
            send_bytes: r.send_bytes,
            status: r.status.clone(),
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

/// A VPN gateway: where SSL-VPN servers run. `Status` is `updating` while a change is applied
/// and `active` when it is done. (the JSON of `VpnGateway`.)
#[derive(Debug, Clone, Serialize)]
pub struct VpnGatewayView {
    /// The request id (empty for the items of a list).
    pub request_id: String,
    /// The gateway id (`vpn-...`).
    pub vpn_gateway_id: String,
    /// The VPC it belongs to.
    pub vpc_id: String,
    /// The vSwitch it belongs to.
    pub v_switch_id: String,
    /// The name.
    pub name: String,
    /// The description.
    pub description: String,
    /// `init`, `provisioning`, `active`, `updating` or `deleting`.
    pub status: String,
    /// `Normal`, or `FinancialLocked` (overdue payment).
    pub business_status: String,
    /// Whether SSL-VPN is on: `enable` or `disable`.
    pub ssl_vpn: String,
    /// How many SSL-VPN connections may be open at once.
    pub ssl_max_connections: u64,
    /// The address SSL-VPN clients connect to.
    pub ssl_vpn_internet_ip: String,
    /// Whether IPsec-VPN is on: `enable` or `disable`.
    pub ipsec_vpn: String,
    /// The public address of the gateway.
    pub internet_ip: String,
    /// The second address of a dual-tunnel gateway.
    pub disaster_recovery_internet_ip: String,
    /// The second vSwitch of a dual-tunnel gateway.
    pub disaster_recovery_v_switch_id: String,
    /// The bandwidth specification.
    pub spec: String,
    /// The billing method.
    pub charge_type: String,
    /// Creation time, epoch milliseconds.
    pub create_time: u64,
    /// `create_time` as ISO 8601 UTC (null when unknown).
    pub created_at: Option<String>,
    /// Expiry time, epoch milliseconds.
    pub end_time: u64,
    /// `end_time` as ISO 8601 UTC (null when unknown).
    pub expires_at: Option<String>,
    /// The type of the gateway.
    pub gateway_type: String,
    /// The network type.
    pub network_type: String,
    /// The VPN type.
    pub vpn_type: String,
    /// Whether routes propagate automatically.
    pub auto_propagate: bool,
    /// Whether BGP is on.
    pub enable_bgp: bool,
    /// The resource group.
    pub resource_group_id: String,
    /// The system's labels of the gateway.
    pub tag: String,
    /// The tags bound to the gateway.
    pub tags: Vec<VpnGatewayTagView>,
    /// The network interfaces of the gateway.
    pub eni_instance_ids: Vec<String>,
    /// The pending order, when there is one (asked for with `IncludeReservationData`).
    pub reservation_data: Option<VpnGatewayReservationDataView>,
}

impl VpnGatewayView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::VpnGateway, with_secrets: bool) -> Self {
        let _ = with_secrets;
        VpnGatewayView {
            request_id: r.request_id.clone(),
            vpn_gateway_id: r.vpn_gateway_id.clone(),
            vpc_id: r.vpc_id.clone(),
            v_switch_id: r.v_switch_id.clone(),
            name: r.name.clone(),
            description: r.description.clone(),
            status: r.status.clone(),
            business_status: r.business_status.clone(),
            ssl_vpn: r.ssl_vpn.clone(),
            ssl_max_connections: r.ssl_max_connections,
            ssl_vpn_internet_ip: r.ssl_vpn_internet_ip.clone(),
            ipsec_vpn: r.ipsec_vpn.clone(),
            internet_ip: r.internet_ip.clone(),
            disaster_recovery_internet_ip: r.disaster_recovery_internet_ip.clone(),
            disaster_recovery_v_switch_id: r.disaster_recovery_v_switch_id.clone(),
            spec: r.spec.clone(),
            charge_type: r.charge_type.clone(),
            create_time: r.create_time,
            created_at: crate::timefmt::iso(r.create_time),
            end_time: r.end_time,
            expires_at: crate::timefmt::iso(r.end_time),
            gateway_type: r.gateway_type.clone(),
            network_type: r.network_type.clone(),
            vpn_type: r.vpn_type.clone(),
            auto_propagate: r.auto_propagate,
            enable_bgp: r.enable_bgp,
            resource_group_id: r.resource_group_id.clone(),
            tag: r.tag.clone(),
            tags: r
                .tags
                .iter()
                .map(|v| VpnGatewayTagView::new(v, with_secrets))
                .collect(),
            eni_instance_ids: r.eni_instance_ids.clone(),
            reservation_data: r
                .reservation_data
                .as_ref()
                .map(|v| VpnGatewayReservationDataView::new(v, with_secrets)),
        }
    }
}

/// A pending order of a VPN gateway. (the JSON of `VpnGatewayReservationData`.)
#[derive(Debug, Clone, Serialize)]
pub struct VpnGatewayReservationDataView {
    /// When a temporary upgrade ends.
    pub reservation_end_time: String,
    /// IPsec-VPN in the pending order: `enable` or `disable`.
    pub reservation_ipsec: String,
    /// SSL-VPN connections in the pending order.
    pub reservation_max_connections: u64,
    /// The type of the pending order.
    pub reservation_order_type: String,
    /// The bandwidth of the pending order.
    pub reservation_spec: String,
    /// SSL-VPN in the pending order: `enable` or `disable`.
    pub reservation_ssl: String,
    /// The status of the pending order.
    pub status: String,
}

impl VpnGatewayReservationDataView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::VpnGatewayReservationData, with_secrets: bool) -> Self {
        let _ = with_secrets;
        VpnGatewayReservationDataView {
            reservation_end_time: r.reservation_end_time.clone(),
            reservation_ipsec: r.reservation_ipsec.clone(),
            reservation_max_connections: r.reservation_max_connections,
            reservation_order_type: r.reservation_order_type.clone(),
            reservation_spec: r.reservation_spec.clone(),
            reservation_ssl: r.reservation_ssl.clone(),
            status: r.status.clone(),
        }
    }
}

/// A tag of a VPN gateway. (the JSON of `VpnGatewayTag`.)
#[derive(Debug, Clone, Serialize)]
pub struct VpnGatewayTagView {
    /// The tag's key.
    pub key: String,
    /// The tag's value.
    pub value: String,
}

impl VpnGatewayTagView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::VpnGatewayTag, with_secrets: bool) -> Self {
        let _ = with_secrets;
        VpnGatewayTagView {
            key: r.key.clone(),
            value: r.value.clone(),
        }
    }
}

/// One page of an SSL-VPN server's connection logs. (the JSON of `VpnSslServerLogs`.)
#[derive(Debug, Clone, Serialize)]
pub struct VpnSslServerLogsView {
    /// The request id.
    pub request_id: String,
    /// How many log lines there are in all.
    pub count: u64,
    /// The page number.
    pub page_number: u64,
    /// The page size.
    pub page_size: u64,
    /// Whether the logs of the period are complete (the service may still be collecting them).
    pub is_completed: bool,
    /// The log lines of this page.
    pub logs: Vec<String>,
}

impl VpnSslServerLogsView {
    /// The view of `r`; secrets only `with_secrets`.
    pub fn new(r: &vpncert::VpnSslServerLogs, with_secrets: bool) -> Self {
        let _ = with_secrets;
        VpnSslServerLogsView {
            request_id: r.request_id.clone(),
            count: r.count,
            page_number: r.page_number,
            page_size: r.page_size,
            is_completed: r.is_completed,
            logs: r.logs.clone(),
        }
    }
}
