//! The modelled account: regions, VPN gateways and their SSL-VPN servers, client certificates,
//! the clients connected now, the servers' connection logs, limits and the ClientToken memory.

use std::collections::{HashMap, VecDeque};
use std::net::Ipv4Addr;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use crate::builder::{gateway_id_of, Config, GatewaySpec, Idaas, ServerSpec};
use crate::error::Failure;
use crate::pki::{self, Ca, IssuedCert};
use crate::ServerState;

/// Public regions of the VPC product; a request for any other region (that has no configured
/// server or gateway) answers `InvalidRegionId.NotFound`.
pub(crate) const KNOWN_REGIONS: &[&str] = &[
    "cn-qingdao",
    "cn-beijing",
    "cn-zhangjiakou",
    "cn-huhehaote",
    "cn-wulanchabu",
    "cn-hangzhou",
    "cn-shanghai",
    "cn-nanjing",
    "cn-fuzhou",
    "cn-shenzhen",
    "cn-heyuan",
    "cn-guangzhou",
    "cn-chengdu",
    "cn-wuhan-lr",
    "cn-hongkong",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-southeast-1",
    "ap-southeast-3",
    "ap-southeast-5",
    "ap-southeast-6",
    "ap-southeast-7",
    "us-east-1",
    "us-west-1",
    "eu-west-1",
    "eu-central-1",
    "me-east-1",
    "me-central-1",
    "na-south-1",
    "cn-shanghai-finance-1",
    "cn-shenzhen-finance-1",
    "cn-beijing-finance-1",
    "cn-north-2-gov-1",
];

/// The resource group every modelled resource belongs to.
pub(crate) const RESOURCE_GROUP_ID: &str = "rg-emulator0001";

/// A cert expiring within this window is `expiring-soon`.
const EXPIRING_SOON: Duration = Duration::from_secs(7 * 86_400);

/// ClientToken results kept at most; the oldest are forgotten first.
const MAX_REMEMBERED_TOKENS: usize = 100_000;

/// Log lines kept at most (all servers together); the oldest are forgotten first.
const MAX_LOG_LINES: usize = 100_000;

/// How long a gateway's subscription runs from its creation.
const SUBSCRIPTION: Duration = Duration::from_secs(365 * 86_400);

/// The system's labels of a gateway (`Tag`): a JSON object in a string, as the service sends it.
const SYSTEM_TAG: &str = r#"{"VpnNewImage":"true","VisuallySsl":"true","PbrPriority":"true"}"#;

/// The service's log times are Beijing time (UTC+8), as its documentation's examples show.
const LOG_UTC_OFFSET_HOURS: i8 = 8;

pub(crate) fn epoch_ms(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// A VPN gateway: where at most one SSL-VPN server runs, and what is busy or locked.
#[derive(Debug)]
pub(crate) struct Gateway {
    pub region_id: String,
    pub vpn_gateway_id: String,
    pub name: String,
    pub description: String,
    pub vpc_id: String,
    pub vswitch_id: String,
    pub disaster_recovery_vswitch_id: String,
    /// The first IPsec address of a dual-tunnel gateway.
    pub internet_ip: String,
    pub disaster_recovery_internet_ip: String,
    /// What SSL-VPN clients connect to (the server's `InternetIp`).
    pub ssl_vpn_internet_ip: String,
    pub ssl_max_connections: u32,
    pub create_time_ms: u64,
    pub end_time_ms: u64,
    pub tags: Vec<(String, String)>,
    /// Whether `ssl_vpn_internet_ip` is an address of its own (servers then show `internet_ip`).
    pub own_ssl_vpn_address: bool,
    pub eni_instance_ids: Vec<String>,
    pub locked: bool,
    pub configuring_requests: u32,
    pub busy_until: Option<Instant>,
}

impl Gateway {
    /// The `InternetIp` DescribeSslVpnServers shows for a server on this gateway: the SSL-VPN
    /// address, unless the gateway has one of its own apart from its main address.
    pub(crate) fn server_internet_ip(&self) -> String {
        if self.own_ssl_vpn_address {
            self.internet_ip.clone()
        } else {
            self.ssl_vpn_internet_ip.clone()
        }
    }

    /// Whether the gateway accepts a change now. Counts down `Configuring(N)`.
    pub fn accept_change(&mut self, now: Instant) -> Result<(), Failure> {
        if self.configuring_requests > 0 {
            self.configuring_requests -= 1;
            return Err(Failure::gateway_configuring());
        }
        if self.busy_until.is_some_and(|until| until > now) {
            return Err(Failure::gateway_configuring());
        }
        self.busy_until = None;
        Ok(())
    }

    /// `VpnGateway.FinancialLocked` when the account is overdue.
    pub fn ensure_unlocked(&self) -> Result<(), Failure> {
        if self.locked {
            Err(Failure::gateway_locked())
        } else {
            Ok(())
        }
    }

    /// Starts applying a change: the gateway is `updating` for `d` (nothing when zero).
    pub fn settle(&mut self, now: Instant, d: Duration) {
        if d.is_zero() {
            return;
        }
        let until = now + d;
        self.busy_until = Some(self.busy_until.map_or(until, |u| u.max(until)));
    }

    pub fn is_updating(&self, now: Instant) -> bool {
        self.configuring_requests > 0 || self.busy_until.is_some_and(|u| u > now)
    }

    /// `Status`: `updating` while a change is applied, else `active`.
    pub fn status(&self, now: Instant) -> &'static str {
        if self.is_updating(now) {
            "updating"
        } else {
            "active"
        }
    }

    pub fn business_status(&self) -> &'static str {
        if self.locked {
            "FinancialLocked"
        } else {
            "Normal"
        }
    }

    /// The emulator's name of the state (`--server ...:STATE`, the snapshot).
    fn state_name(&self, now: Instant) -> &'static str {
        if self.locked {
            "locked"
        } else if self.is_updating(now) {
            "configuring"
        } else {
            "ready"
        }
    }

    fn apply_state(&mut self, state: ServerState) {
        match state {
            ServerState::Ready => {
                self.locked = false;
                self.configuring_requests = 0;
                self.busy_until = None;
            }
            ServerState::Configuring(n) => {
                self.locked = false;
                self.configuring_requests = n;
            }
            ServerState::Locked => {
                self.locked = true;
                self.configuring_requests = 0;
            }
        }
    }

    /// The body of DescribeVpnGateway (without `RequestId`) and the item of
    /// DescribeVpnGateways. No pending orders are modelled, so `ReservationData` is never
    /// there, even when asked for.
    pub fn api_json(&self, now: Instant, has_ssl_vpn_server: bool) -> Value {
        let tags: Vec<Value> = self
            .tags
            .iter()
            .map(|(k, v)| json!({"Key": k, "Value": v}))
            .collect();
        json!({
            "VpnGatewayId": self.vpn_gateway_id,
            "VpcId": self.vpc_id,
            "VSwitchId": self.vswitch_id,
            "Name": self.name,
            "Description": self.description,
            "Status": self.status(now),
            "BusinessStatus": self.business_status(),
            "SslVpn": if has_ssl_vpn_server { "enable" } else { "disable" },
            "SslMaxConnections": self.ssl_max_connections,
            "SslVpnInternetIp": self.ssl_vpn_internet_ip,
            "IpsecVpn": "enable",
            "InternetIp": self.internet_ip,
            "DisasterRecoveryInternetIp": self.disaster_recovery_internet_ip,
            "DisasterRecoveryVSwitchId": self.disaster_recovery_vswitch_id,
            "Spec": "5",
            "ChargeType": "Prepay",
            "CreateTime": self.create_time_ms,
            "EndTime": self.end_time_ms,
            "GatewayType": "Normal",
            "NetworkType": "public",
            "VpnType": "Normal",
            "AutoPropagate": false,
            "EnableBgp": false,
            "ResourceGroupId": RESOURCE_GROUP_ID,
            "Tag": SYSTEM_TAG,
            "Tags": { "Tag": tags },
            "EniInstanceIds": { "EniInstanceId": self.eni_instance_ids },
        })
    }
}

/// One SSL-VPN server, on the gateway `vpn_gateway_id`.
#[derive(Debug)]
pub(crate) struct Server {
    pub region_id: String,
    pub ssl_vpn_server_id: String,
    pub vpn_gateway_id: String,
    pub name: String,
    pub internet_ip: String,
    /// Where its clients connect: the gateway's `SslVpnInternetIp` (what `ClientConfig` names).
    pub client_address: String,
    pub client_ip_pool: String,
    pub local_subnet: Vec<String>,
    pub proto: String,
    pub port: u16,
    pub cipher: String,
    pub compress: bool,
    pub create_time_ms: u64,
    /// `DnsServers`: IP addresses joined by commas, or `None` (the field is left out).
    pub dns_servers: Option<String>,
    pub enable_multi_factor_auth: bool,
    /// The IDaaS settings; empty strings when none.
    pub idaas: Idaas,
    pub ca: Ca,
    /// The serial numbers of the certificates deleted so far, with when: the server's CRL.
    pub revoked: Vec<(u64, SystemTime)>,
}

impl Server {
    fn endpoint(&self) -> pki::Endpoint<'_> {
        pki::Endpoint {
            internet_ip: &self.client_address,
            port: self.port,
            proto: &self.proto,
            cipher: &self.cipher,
            compress: self.compress,
        }
    }

    /// The fields the DescribeSslVpnServers item and the ModifySslVpnServer answer share.
    /// `IDaaSInstanceVersion` is there only for a server bound to EIAM 2.0.
    fn common_json(&self, connections: usize, max_connections: u32) -> Value {
        let mut item = json!({
            "SslVpnServerId": self.ssl_vpn_server_id,
            "VpnGatewayId": self.vpn_gateway_id,
            "RegionId": self.region_id,
            "Name": self.name,
            "InternetIp": self.internet_ip,
            "ClientIpPool": self.client_ip_pool,
            "LocalSubnet": self.local_subnet.join(","),
            "Proto": self.proto,
            "Port": self.port,
            "Cipher": self.cipher,
            "Compress": self.compress,
            "Connections": connections,
            "MaxConnections": max_connections,
            "CreateTime": self.create_time_ms,
            "EnableMultiFactorAuth": self.enable_multi_factor_auth,
            "IDaaSInstanceId": self.idaas.instance_id,
            "IDaaSApplicationId": self.idaas.application_id,
            "ResourceGroupId": RESOURCE_GROUP_ID,
        });
        if !self.idaas.instance_version.is_empty() {
            item["IDaaSInstanceVersion"] = Value::String(self.idaas.instance_version.clone());
        }
        item
    }
}

/// One client certificate.
#[derive(Debug, Clone)]
pub(crate) struct Cert {
    pub ssl_vpn_client_cert_id: String,
    pub ssl_vpn_server_id: String,
    pub region_id: String,
    pub name: String,
    pub create_time_ms: u64,
    pub end_time_ms: u64,
    pub ca_pem: String,
    pub issued: IssuedCert,
    /// The certificate's serial number (what the server's CRL lists once it is deleted).
    pub serial: u64,
    pub client_config: String,
}

impl Cert {
    /// `normal`, `expiring-soon` (within a week) or `expired`, at `now_ms`.
    pub fn status(&self, now_ms: u64) -> &'static str {
        if now_ms >= self.end_time_ms {
            "expired"
        } else if self.end_time_ms - now_ms <= EXPIRING_SOON.as_millis() as u64 {
            "expiring-soon"
        } else {
            "normal"
        }
    }

    /// The item of DescribeSslVpnClientCerts (no secrets).
    pub fn list_json(&self, now_ms: u64) -> Value {
        json!({
            "Status": self.status(now_ms),
            "EndTime": self.end_time_ms,
            "CreateTime": self.create_time_ms,
            "SslVpnClientCertId": self.ssl_vpn_client_cert_id,
            "SslVpnServerId": self.ssl_vpn_server_id,
            "Name": self.name,
            "RegionId": self.region_id,
            "ResourceGroupId": RESOURCE_GROUP_ID,
        })
    }

    /// The body of DescribeSslVpnClientCert (with the PEMs and the profile).
    pub fn detail_json(&self, now_ms: u64) -> Value {
        json!({
            "RegionId": self.region_id,
            "SslVpnClientCertId": self.ssl_vpn_client_cert_id,
            "SslVpnServerId": self.ssl_vpn_server_id,
            "Name": self.name,
            "CaCert": self.ca_pem,
            "ClientCert": self.issued.cert_pem,
            "ClientKey": self.issued.key_pem,
            "ClientConfig": self.client_config,
            "CreateTime": self.create_time_ms,
            "EndTime": self.end_time_ms,
            "Status": self.status(now_ms),
            "ResourceGroupId": RESOURCE_GROUP_ID,
        })
    }
}

/// A client connected to an SSL-VPN server now.
#[derive(Debug, Clone)]
pub(crate) struct Connection {
    pub ssl_vpn_client_cert_id: String,
    pub ssl_vpn_server_id: String,
    pub vpn_gateway_id: String,
    /// The certificate's common name (its id), or the user with two-factor authentication.
    pub common_name: String,
    pub ip: String,
    pub port: u16,
    pub private_ip: Ipv4Addr,
    pub connected_time_ms: u64,
}

impl Connection {
    /// Traffic so far: a handshake's worth, then a steady trickle, so that the counters grow
    /// while the client stays.
    fn bytes(&self, now_ms: u64) -> (u64, u64) {
        let ms = now_ms.saturating_sub(self.connected_time_ms);
        (
            5_120u64.saturating_add(ms.saturating_mul(2)),
            7_680u64.saturating_add(ms.saturating_mul(3)),
        )
    }

    /// The item of DescribeSslVpnClients (`Port` is a string there).
    pub fn api_json(&self, now_ms: u64) -> Value {
        let (receive, send) = self.bytes(now_ms);
        json!({
            "CommonName": self.common_name,
            "Ip": self.ip,
            "Port": self.port.to_string(),
            "PrivateIp": self.private_ip.to_string(),
            "ConnectedTime": self.connected_time_ms,
            "ReceiveBytes": receive,
            "SendBytes": send,
            "Status": "online",
        })
    }

    /// The snapshot's (and the connect route's) view.
    pub fn state_json(&self, now_ms: u64) -> Value {
        let (receive, send) = self.bytes(now_ms);
        json!({
            "ssl_vpn_client_cert_id": self.ssl_vpn_client_cert_id,
            "ssl_vpn_server_id": self.ssl_vpn_server_id,
            "vpn_gateway_id": self.vpn_gateway_id,
            "common_name": self.common_name,
            "ip": self.ip,
            "port": self.port,
            "private_ip": self.private_ip.to_string(),
            "connected_time": self.connected_time_ms,
            "receive_bytes": receive,
            "send_bytes": send,
        })
    }
}

/// One line of an SSL-VPN server's connection log.
#[derive(Debug, Clone)]
pub(crate) struct LogLine {
    pub ssl_vpn_server_id: String,
    pub ssl_vpn_client_cert_id: Option<String>,
    pub time_ms: u64,
    pub text: String,
}

/// Why a client could not connect (answered 409 by the control route).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refusal(pub String);

/// Key of the ClientToken memory: access key, action, token.
type TokenKey = (String, &'static str, String);

/// Everything that changes while the emulator runs.
#[derive(Debug)]
pub(crate) struct World {
    pub gateways: Vec<Gateway>,
    pub servers: Vec<Server>,
    /// Live certificates, oldest first.
    pub certs: Vec<Cert>,
    /// Connected clients, oldest first.
    pub connections: Vec<Connection>,
    logs: VecDeque<LogLine>,
    /// Successful creations, ever (the create limit counts these).
    pub creates: u64,
    pub deletes: u64,
    tokens: HashMap<TokenKey, Value>,
    token_order: VecDeque<TokenKey>,
    rng: fastrand::Rng,
    next_serial: u64,
    /// Connections ever made, for picking client addresses.
    connects: u64,
    /// Whether DescribeSslVpnClientCert carries a `ClientConfig` (see
    /// `EmulatorBuilder::client_config`).
    send_client_config: bool,
}

impl World {
    pub fn new(config: &Config, now: SystemTime) -> Result<World, rcgen::Error> {
        let rng = match config.seed {
            Some(seed) => fastrand::Rng::with_seed(seed ^ 0x05ee_d1d5),
            None => fastrand::Rng::new(),
        };
        let create_time_ms = epoch_ms(now) / 1000 * 1000;
        let mut gateways: Vec<Gateway> = config
            .gateways
            .iter()
            .enumerate()
            .map(|(i, spec)| new_gateway(spec, i, create_time_ms))
            .collect();
        if let Some(remote) = &config.openvpn_remote {
            // Every SSL-VPN server is then reached there, whichever gateway it runs on.
            for g in &mut gateways {
                g.ssl_vpn_internet_ip = remote.host.clone();
            }
        }
        let mut world = World {
            gateways,
            servers: Vec::with_capacity(config.servers.len()),
            certs: Vec::new(),
            connections: Vec::new(),
            logs: VecDeque::new(),
            creates: 0,
            deletes: 0,
            tokens: HashMap::new(),
            token_order: VecDeque::new(),
            rng,
            next_serial: 1_000,
            connects: 0,
            send_client_config: config.client_config,
        };
        for (i, spec) in config.servers.iter().enumerate() {
            let mut server = world.configured_server(spec, i, create_time_ms, now)?;
            if let Some(remote) = &config.openvpn_remote {
                server.port = remote.port;
                server.proto = remote.proto.as_str().to_owned();
            }
            world.servers.push(server);
        }
        Ok(world)
    }

    fn configured_server(
        &mut self,
        spec: &ServerSpec,
        index: usize,
        create_time_ms: u64,
        now: SystemTime,
    ) -> Result<Server, rcgen::Error> {
        let vpn_gateway_id = gateway_id_of(&spec.ssl_vpn_server_id);
        let gateway = self
            .gateways
            .iter()
            .find(|g| g.vpn_gateway_id == vpn_gateway_id);
        let internet_ip = gateway.map(Gateway::server_internet_ip).unwrap_or_default();
        let client_address = gateway
            .map(|g| g.ssl_vpn_internet_ip.clone())
            .unwrap_or_default();
        let ca = Ca::new(
            &format!("{} CA", spec.ssl_vpn_server_id),
            now,
            self.rng.u64(1..u64::MAX / 2),
        )?;
        let idaas = spec.idaas.clone();
        Ok(Server {
            region_id: spec.region_id.clone(),
            ssl_vpn_server_id: spec.ssl_vpn_server_id.clone(),
            vpn_gateway_id,
            name: format!("SslVpnServer{}", index + 1),
            internet_ip,
            client_address,
            client_ip_pool: "192.168.100.0/24".into(),
            local_subnet: vec!["172.16.0.0/16".into(), "10.0.0.0/8".into()],
            proto: "UDP".into(),
            port: 1194,
            cipher: "AES-128-CBC".into(),
            compress: false,
            create_time_ms,
            dns_servers: spec.dns_servers.clone(),
            enable_multi_factor_auth: idaas.is_some(),
            idaas: idaas.unwrap_or_else(|| Idaas::v1("", "")),
            ca,
            revoked: Vec::new(),
        })
    }

    /// Makes a new SSL-VPN server on the gateway at `gateway_index` (already checked to have
    /// none) with the settings of a CreateSslVpnServer request.
    pub fn add_server(
        &mut self,
        gateway_index: usize,
        settings: ServerSettings,
        now: SystemTime,
    ) -> Result<&Server, Failure> {
        let id = self.new_id("vss-");
        let serial = self.rng.u64(1..u64::MAX / 2);
        let ca = Ca::new(&format!("{id} CA"), now, serial).map_err(|e| {
            Failure::new(
                500,
                "InternalError",
                format!("creating the server's CA failed: {e}"),
            )
        })?;
        let gateway = &self.gateways[gateway_index];
        let server = Server {
            region_id: gateway.region_id.clone(),
            name: settings.name.unwrap_or_else(|| id.clone()),
            ssl_vpn_server_id: id,
            vpn_gateway_id: gateway.vpn_gateway_id.clone(),
            internet_ip: gateway.server_internet_ip(),
            client_address: gateway.ssl_vpn_internet_ip.clone(),
            client_ip_pool: settings.client_ip_pool,
            local_subnet: settings.local_subnet,
            proto: settings.proto,
            port: settings.port,
            cipher: settings.cipher,
            compress: settings.compress,
            create_time_ms: epoch_ms(now) / 1000 * 1000,
            dns_servers: settings.dns_servers,
            enable_multi_factor_auth: settings.enable_multi_factor_auth,
            idaas: settings.idaas,
            ca,
            revoked: Vec::new(),
        };
        self.servers.push(server);
        Ok(self.servers.last().expect("just pushed"))
    }

    /// Whether `region_id` exists.
    pub fn region_exists(&self, region_id: &str) -> bool {
        KNOWN_REGIONS.contains(&region_id)
            || self.gateways.iter().any(|g| g.region_id == region_id)
            || self.servers.iter().any(|s| s.region_id == region_id)
    }

    /// Index of a live certificate in a region.
    pub fn cert_index(&self, region_id: &str, id: &str) -> Option<usize> {
        self.certs
            .iter()
            .position(|c| c.region_id == region_id && c.ssl_vpn_client_cert_id == id)
    }

    /// Index of a server in a region.
    pub fn server_index(&self, region_id: &str, id: &str) -> Option<usize> {
        self.servers
            .iter()
            .position(|s| s.region_id == region_id && s.ssl_vpn_server_id == id)
    }

    /// Index of a gateway in a region.
    pub fn gateway_index(&self, region_id: &str, id: &str) -> Option<usize> {
        self.gateways
            .iter()
            .position(|g| g.region_id == region_id && g.vpn_gateway_id == id)
    }

    /// Index of the gateway a server runs on.
    pub fn gateway_of(&self, server_index: usize) -> Result<usize, Failure> {
        let id = &self.servers[server_index].vpn_gateway_id;
        self.gateways
            .iter()
            .position(|g| g.vpn_gateway_id == *id)
            .ok_or_else(|| Failure::new(500, "InternalError", "the server's gateway is gone"))
    }

    /// The server on a gateway, if it has one.
    pub fn server_on(&self, gateway_index: usize) -> Option<usize> {
        let id = &self.gateways[gateway_index].vpn_gateway_id;
        self.servers.iter().position(|s| s.vpn_gateway_id == *id)
    }

    /// Clients connected to a server now.
    pub fn connections_of(&self, ssl_vpn_server_id: &str) -> usize {
        self.connections
            .iter()
            .filter(|c| c.ssl_vpn_server_id == ssl_vpn_server_id)
            .count()
    }

    /// The item of DescribeSslVpnServers. `DnsServers` (a string in the official SDKs' models;
    /// here the addresses joined by commas) appears only for a server with DNS servers.
    pub fn server_json(&self, index: usize) -> Value {
        let s = &self.servers[index];
        let mut item = s.common_json(
            self.connections_of(&s.ssl_vpn_server_id),
            self.max_connections_of(s),
        );
        item["IDaaSRegionId"] = Value::String(s.idaas.region_id.clone());
        if let Some(dns) = &s.dns_servers {
            item["DnsServers"] = Value::String(dns.clone());
        }
        item
    }

    /// The answer of ModifySslVpnServer: the server without `IDaaSRegionId` and `DnsServers`.
    pub fn modified_server_json(&self, index: usize) -> Value {
        let s = &self.servers[index];
        s.common_json(
            self.connections_of(&s.ssl_vpn_server_id),
            self.max_connections_of(s),
        )
    }

    fn max_connections_of(&self, s: &Server) -> u32 {
        self.gateways
            .iter()
            .find(|g| g.vpn_gateway_id == s.vpn_gateway_id)
            .map_or(0, |g| g.ssl_max_connections)
    }

    /// A new resource id: `prefix` and 21 lower-case letters and digits.
    pub fn new_id(&mut self, prefix: &str) -> String {
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
        let mut id = String::with_capacity(prefix.len() + 21);
        id.push_str(prefix);
        for _ in 0..21 {
            id.push(ALPHABET[self.rng.usize(..ALPHABET.len())] as char);
        }
        id
    }

    /// A serial number for the next certificate.
    pub fn next_serial(&mut self) -> u64 {
        self.next_serial += 1;
        self.next_serial
    }

    /// Issues a certificate on the server at `server_index` and stores it.
    pub fn issue(
        &mut self,
        server_index: usize,
        name: Option<&str>,
        now: SystemTime,
        validity: Duration,
    ) -> Result<&Cert, Failure> {
        let id = self.new_id("vsc-");
        let serial = self.next_serial();
        // Whole seconds, so that EndTime and the certificate's notAfter agree exactly.
        let create_time_ms = epoch_ms(now) / 1000 * 1000;
        let created = UNIX_EPOCH + Duration::from_millis(create_time_ms);
        let end = created + validity;
        let server = &self.servers[server_index];
        let issued = server
            .ca
            .issue_client(&id, created, end, serial)
            .map_err(|e| {
                Failure::new(
                    500,
                    "InternalError",
                    format!("issuing the certificate failed: {e}"),
                )
            })?;
        let ca_pem = server.ca.pem().to_owned();
        let client_config = if self.send_client_config {
            pki::openvpn_profile(
                server.endpoint(),
                &ca_pem,
                &issued.cert_pem,
                &issued.key_pem,
            )
        } else {
            String::new()
        };
        let cert = Cert {
            name: name.map(str::to_owned).unwrap_or_else(|| id.clone()),
            ssl_vpn_client_cert_id: id,
            ssl_vpn_server_id: server.ssl_vpn_server_id.clone(),
            region_id: server.region_id.clone(),
            create_time_ms,
            end_time_ms: epoch_ms(end),
            ca_pem,
            issued,
            serial,
            client_config,
        };
        self.log(
            &cert.ssl_vpn_server_id,
            Some(&cert.ssl_vpn_client_cert_id),
            epoch_ms(now),
            format!("certificate created, name {:?}", cert.name),
        );
        self.certs.push(cert);
        self.creates += 1;
        Ok(self.certs.last().expect("just pushed"))
    }

    /// Renames the certificate at `index`.
    pub fn rename(&mut self, index: usize, name: &str, now: SystemTime) {
        let cert = &mut self.certs[index];
        cert.name = name.to_owned();
        let (server, id) = (
            cert.ssl_vpn_server_id.clone(),
            cert.ssl_vpn_client_cert_id.clone(),
        );
        self.log(
            &server,
            Some(&id),
            epoch_ms(now),
            format!("certificate renamed to {name:?}"),
        );
    }

    /// Deletes the certificate at `index`. The gateway reloads its server's certificates, which
    /// disconnects every client of that server.
    pub fn revoke(&mut self, index: usize, now: SystemTime) {
        let cert = self.certs.remove(index);
        self.deletes += 1;
        if let Some(server) = self
            .servers
            .iter_mut()
            .find(|s| s.ssl_vpn_server_id == cert.ssl_vpn_server_id)
        {
            server.revoked.push((cert.serial, now));
        }
        let now_ms = epoch_ms(now);
        self.log(
            &cert.ssl_vpn_server_id,
            Some(&cert.ssl_vpn_client_cert_id),
            now_ms,
            format!(
                "certificate deleted (name {:?}); the server disconnects every client",
                cert.name
            ),
        );
        self.disconnect_server(
            &cert.ssl_vpn_server_id,
            now_ms,
            &format!("certificate {} deleted", cert.ssl_vpn_client_cert_id),
        );
    }

    /// Deletes the server at `index` with its certificates and connections; its log goes too.
    pub fn remove_server(&mut self, index: usize, now: SystemTime) {
        let server = self.servers.remove(index);
        let id = &server.ssl_vpn_server_id;
        self.disconnect_server(id, epoch_ms(now), "SSL-VPN server deleted");
        let before = self.certs.len();
        self.certs.retain(|c| c.ssl_vpn_server_id != *id);
        self.deletes += (before - self.certs.len()) as u64;
        self.logs.retain(|l| l.ssl_vpn_server_id != *id);
    }

    /// After a change of the server at `index` that the gateway applies (port, protocol,
    /// pool...): the OpenVPN server restarts, so every client is disconnected, and the
    /// certificates' profiles follow the new settings.
    pub fn server_reconfigured(&mut self, index: usize, now: SystemTime) {
        let server = &self.servers[index];
        let id = server.ssl_vpn_server_id.clone();
        let send = self.send_client_config;
        for cert in self
            .certs
            .iter_mut()
            .filter(|c| send && c.ssl_vpn_server_id == id)
        {
            cert.client_config = pki::openvpn_profile(
                server.endpoint(),
                &cert.ca_pem,
                &cert.issued.cert_pem,
                &cert.issued.key_pem,
            );
        }
        self.disconnect_server(&id, epoch_ms(now), "SSL-VPN server reconfigured");
    }

    fn disconnect_server(&mut self, ssl_vpn_server_id: &str, now_ms: u64, reason: &str) {
        let (gone, kept): (Vec<Connection>, Vec<Connection>) =
            std::mem::take(&mut self.connections)
                .into_iter()
                .partition(|c| c.ssl_vpn_server_id == ssl_vpn_server_id);
        self.connections = kept;
        for c in gone {
            self.log_disconnect(&c, now_ms, reason);
        }
    }

    fn log_disconnect(&mut self, c: &Connection, now_ms: u64, reason: &str) {
        self.log(
            &c.ssl_vpn_server_id,
            Some(&c.ssl_vpn_client_cert_id),
            now_ms,
            format!(
                "{}/{}:{} disconnected ({reason})",
                c.common_name, c.ip, c.port
            ),
        );
    }

    /// Connects a client with a certificate, from `ip` (one is picked when `None`). `user` is
    /// the common name a server with two-factor authentication reports instead of the
    /// certificate's.
    pub fn connect(
        &mut self,
        ssl_vpn_client_cert_id: &str,
        ip: Option<&str>,
        user: Option<&str>,
        now: SystemTime,
        instant: Instant,
    ) -> Result<&Connection, Refusal> {
        let now_ms = epoch_ms(now);
        let refuse = |why: String| Err(Refusal(why));
        let Some(cert) = self
            .certs
            .iter()
            .find(|c| c.ssl_vpn_client_cert_id == ssl_vpn_client_cert_id)
        else {
            return refuse(format!(
                "no live certificate {ssl_vpn_client_cert_id}: it was deleted or never existed"
            ));
        };
        if cert.status(now_ms) == "expired" {
            return refuse(format!("certificate {ssl_vpn_client_cert_id} has expired"));
        }
        let server_id = cert.ssl_vpn_server_id.clone();
        let Some(server_index) = self
            .servers
            .iter()
            .position(|s| s.ssl_vpn_server_id == server_id)
        else {
            return refuse(format!("the server {server_id} is gone"));
        };
        let gateway_index = self
            .gateway_of(server_index)
            .map_err(|f| Refusal(f.message))?;
        let gateway = &self.gateways[gateway_index];
        if gateway.locked {
            return refuse(format!(
                "the gateway {} is locked for an overdue payment",
                gateway.vpn_gateway_id
            ));
        }
        if gateway.is_updating(instant) {
            return refuse(format!(
                "the gateway {} is updating; clients reconnect once it is active",
                gateway.vpn_gateway_id
            ));
        }
        let max = gateway.ssl_max_connections as usize;
        if self.connections_of(&server_id) >= max {
            return refuse(format!(
                "the server {server_id} has {max} clients connected, the most its gateway allows"
            ));
        }
        let server = &self.servers[server_index];
        let private_ip = self.free_address(server).ok_or_else(|| {
            Refusal(format!(
                "the client pool {} of {server_id} has no free address",
                server.client_ip_pool
            ))
        })?;
        let common_name = match user.filter(|u| !u.is_empty()) {
            Some(u) if server.enable_multi_factor_auth => u.to_owned(),
            _ => ssl_vpn_client_cert_id.to_owned(),
        };
        self.connects += 1;
        let ip = ip.map(str::to_owned).unwrap_or_else(|| {
            // TEST-NET-1 (RFC 5737): documentation addresses, never routed.
            format!("192.0.2.{}", 10 + self.connects % 240)
        });
        let connection = Connection {
            ssl_vpn_client_cert_id: ssl_vpn_client_cert_id.to_owned(),
            ssl_vpn_server_id: server_id.clone(),
            vpn_gateway_id: server.vpn_gateway_id.clone(),
            common_name,
            ip,
            port: self.rng.u16(49_152..=65_535),
            private_ip,
            connected_time_ms: now_ms,
        };
        self.log(
            &server_id,
            Some(ssl_vpn_client_cert_id),
            now_ms,
            format!(
                "{}/{}:{} connected, virtual address {}",
                connection.common_name, connection.ip, connection.port, connection.private_ip
            ),
        );
        self.connections.push(connection);
        Ok(self.connections.last().expect("just pushed"))
    }

    /// The first address of the server's client pool no client has: past the network address
    /// and the server's own (the first host), before the broadcast address.
    fn free_address(&self, server: &Server) -> Option<Ipv4Addr> {
        let (addr, mask) = crate::ops::settings::parse_cidr(&server.client_ip_pool)?;
        let (start, end) = crate::ops::settings::cidr_range(addr, mask);
        let taken: Vec<Ipv4Addr> = self
            .connections
            .iter()
            .filter(|c| c.ssl_vpn_server_id == server.ssl_vpn_server_id)
            .map(|c| c.private_ip)
            .collect();
        (start.saturating_add(2)..end)
            .map(Ipv4Addr::from)
            .find(|a| !taken.contains(a))
    }

    /// Disconnects the clients connected with a certificate (only the one from `ip`, when
    /// given); how many.
    pub fn disconnect(
        &mut self,
        ssl_vpn_client_cert_id: &str,
        ip: Option<&str>,
        now: SystemTime,
    ) -> usize {
        let (gone, kept): (Vec<Connection>, Vec<Connection>) =
            std::mem::take(&mut self.connections)
                .into_iter()
                .partition(|c| {
                    c.ssl_vpn_client_cert_id == ssl_vpn_client_cert_id
                        && ip.is_none_or(|ip| c.ip == ip)
                });
        self.connections = kept;
        let now_ms = epoch_ms(now);
        for c in &gone {
            self.log_disconnect(c, now_ms, "client left");
        }
        gone.len()
    }

    /// Appends a line to a server's log.
    fn log(&mut self, server: &str, cert: Option<&str>, time_ms: u64, what: String) {
        self.logs.push_back(LogLine {
            ssl_vpn_server_id: server.to_owned(),
            ssl_vpn_client_cert_id: cert.map(str::to_owned),
            time_ms,
            text: format!(
                "{} {server} {} {what}",
                log_time(time_ms),
                cert.unwrap_or("-")
            ),
        });
        while self.logs.len() > MAX_LOG_LINES {
            self.logs.pop_front();
        }
    }

    /// A server's log lines, oldest first.
    pub fn logs_of<'a>(&'a self, ssl_vpn_server_id: &'a str) -> impl Iterator<Item = &'a LogLine> {
        self.logs
            .iter()
            .filter(move |l| l.ssl_vpn_server_id == ssl_vpn_server_id)
    }

    /// The remembered result of an earlier call with this ClientToken.
    pub fn remembered(
        &self,
        access_key_id: &str,
        action: &'static str,
        token: &str,
    ) -> Option<Value> {
        self.tokens
            .get(&(access_key_id.to_owned(), action, token.to_owned()))
            .cloned()
    }

    /// Remembers the result of a call with this ClientToken.
    pub fn remember(
        &mut self,
        access_key_id: &str,
        action: &'static str,
        token: &str,
        result: Value,
    ) {
        let key = (access_key_id.to_owned(), action, token.to_owned());
        if self.tokens.insert(key.clone(), result).is_none() {
            self.token_order.push_back(key);
        }
        while self.token_order.len() > MAX_REMEMBERED_TOKENS {
            if let Some(old) = self.token_order.pop_front() {
                self.tokens.remove(&old);
            }
        }
    }

    /// Applies a state to the gateway of a server; `false` when there is no such server.
    pub fn set_server_state(&mut self, id: &str, state: ServerState) -> bool {
        let Some(i) = self.servers.iter().position(|s| s.ssl_vpn_server_id == id) else {
            return false;
        };
        let Ok(g) = self.gateway_of(i) else {
            return false;
        };
        self.gateways[g].apply_state(state);
        true
    }

    /// Applies a state to a gateway; `false` when there is no such gateway.
    pub fn set_gateway_state(&mut self, id: &str, state: ServerState) -> bool {
        let Some(g) = self.gateways.iter_mut().find(|g| g.vpn_gateway_id == id) else {
            return false;
        };
        g.apply_state(state);
        true
    }

    /// The test snapshot (see `Emulator::state`).
    pub fn snapshot(&self, now: Instant, now_ms: u64) -> Value {
        let gateway_state = |id: &str| {
            self.gateways
                .iter()
                .find(|g| g.vpn_gateway_id == id)
                .map(|g| (g.state_name(now), g.configuring_requests))
        };
        let servers: Vec<Value> = self
            .servers
            .iter()
            .map(|s| {
                let (state, configuring) = gateway_state(&s.vpn_gateway_id).unwrap_or(("ready", 0));
                json!({
                    "region_id": s.region_id,
                    "ssl_vpn_server_id": s.ssl_vpn_server_id,
                    "vpn_gateway_id": s.vpn_gateway_id,
                    "name": s.name,
                    "state": state,
                    "configuring_requests": configuring,
                    "internet_ip": s.internet_ip,
                    "port": s.port,
                    "proto": s.proto,
                    "cipher": s.cipher,
                    "compress": s.compress,
                    "client_ip_pool": s.client_ip_pool,
                    "local_subnet": s.local_subnet.join(","),
                    "dns_servers": s.dns_servers,
                    "enable_multi_factor_auth": s.enable_multi_factor_auth,
                    "idaas_instance_id": s.idaas.instance_id,
                    "idaas_region_id": s.idaas.region_id,
                    "idaas_application_id": s.idaas.application_id,
                    "idaas_instance_version": s.idaas.instance_version,
                    "ca_cert": s.ca.pem(),
                    "certificates": self.certs.iter().filter(|c| c.ssl_vpn_server_id == s.ssl_vpn_server_id).count(),
                    "connections": self.connections_of(&s.ssl_vpn_server_id),
                })
            })
            .collect();
        let gateways: Vec<Value> = self
            .gateways
            .iter()
            .map(|g| {
                let server = self
                    .servers
                    .iter()
                    .find(|s| s.vpn_gateway_id == g.vpn_gateway_id)
                    .map(|s| s.ssl_vpn_server_id.clone());
                json!({
                    "region_id": g.region_id,
                    "vpn_gateway_id": g.vpn_gateway_id,
                    "vpc_id": g.vpc_id,
                    "status": g.status(now),
                    "business_status": g.business_status(),
                    "state": g.state_name(now),
                    "configuring_requests": g.configuring_requests,
                    "ssl_max_connections": g.ssl_max_connections,
                    "ssl_vpn_internet_ip": g.ssl_vpn_internet_ip,
                    "ssl_vpn_server_id": server,
                    "tags": g.tags.iter().map(|(k, v)| json!({"key": k, "value": v})).collect::<Vec<_>>(),
                })
            })
            .collect();
        let certs: Vec<Value> = self
            .certs
            .iter()
            .map(|c| {
                json!({
                    "ssl_vpn_client_cert_id": c.ssl_vpn_client_cert_id,
                    "ssl_vpn_server_id": c.ssl_vpn_server_id,
                    "region_id": c.region_id,
                    "name": c.name,
                    "status": c.status(now_ms),
                    "create_time": c.create_time_ms,
                    "end_time": c.end_time_ms,
                })
            })
            .collect();
        let connections: Vec<Value> = self
            .connections
            .iter()
            .map(|c| c.state_json(now_ms))
            .collect();
        json!({
            "gateways": gateways,
            "servers": servers,
            "certificates": certs,
            "connections": connections,
            "creates": self.creates,
            "deletes": self.deletes,
        })
    }
}

/// The settings of a new SSL-VPN server, checked (see `ops::settings`).
#[derive(Debug, Clone)]
pub(crate) struct ServerSettings {
    pub name: Option<String>,
    pub client_ip_pool: String,
    pub local_subnet: Vec<String>,
    pub proto: String,
    pub port: u16,
    pub cipher: String,
    pub compress: bool,
    pub dns_servers: Option<String>,
    pub enable_multi_factor_auth: bool,
    pub idaas: Idaas,
}

/// `2006-01-02 15:04:05` in the service's time zone.
fn log_time(time_ms: u64) -> String {
    let secs = i64::try_from(time_ms / 1000).unwrap_or(i64::MAX);
    let offset =
        time::UtcOffset::from_hms(LOG_UTC_OFFSET_HOURS, 0, 0).unwrap_or(time::UtcOffset::UTC);
    let t = time::OffsetDateTime::from_unix_timestamp(secs)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
        .to_offset(offset);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// A gateway's record. Addresses come from the documentation ranges (RFC 5737), never routed:
/// SSL-VPN on TEST-NET-3 (as the servers always had), the two IPsec tunnels on TEST-NET-2.
/// The other ids derive from the gateway's, so that each gateway has its own VPC.
fn new_gateway(spec: &GatewaySpec, index: usize, create_time_ms: u64) -> Gateway {
    let id = &spec.vpn_gateway_id;
    let suffix = id.strip_prefix("vpn-").unwrap_or(id);
    let mut gateway = Gateway {
        region_id: spec.region_id.clone(),
        vpn_gateway_id: id.clone(),
        name: format!("VpnGateway{}", index + 1),
        description: format!("emulated VPN gateway {}", index + 1),
        vpc_id: format!("vpc-{suffix}"),
        vswitch_id: format!("vsw-{suffix}a"),
        disaster_recovery_vswitch_id: format!("vsw-{suffix}b"),
        internet_ip: format!("198.51.100.{}", 10 + index % 120),
        disaster_recovery_internet_ip: format!("198.51.100.{}", 130 + index % 120),
        ssl_vpn_internet_ip: spec
            .ssl_vpn_internet_ip
            .clone()
            .unwrap_or_else(|| format!("203.0.113.{}", 10 + index % 240)),
        ssl_max_connections: spec.ssl_max_connections,
        create_time_ms,
        end_time_ms: create_time_ms + SUBSCRIPTION.as_millis() as u64,
        tags: spec.tags.clone(),
        own_ssl_vpn_address: spec.ssl_vpn_internet_ip.is_some(),
        eni_instance_ids: vec![format!("eni-{suffix}a"), format!("eni-{suffix}b")],
        locked: false,
        configuring_requests: 0,
        busy_until: None,
    };
    gateway.apply_state(spec.state);
    gateway
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_times_are_beijing_time() {
        // 2020-09-22 01:42:42 UTC, the documentation's example.
        assert_eq!(log_time(1_600_738_962_000), "2020-09-22 09:42:42");
        assert_eq!(log_time(0), "1970-01-01 08:00:00");
        assert_eq!(log_time(u64::MAX), log_time(u64::MAX));
    }
}
