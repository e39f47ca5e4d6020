//! The modelled account: regions, SSL-VPN servers, client certificates, limits and the
//! ClientToken memory.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use crate::builder::{Config, ServerSpec};
use crate::error::Failure;
use crate::pki::{self, Ca, IssuedCert};
use crate::ServerState;

/// Public regions of the VPC product; a request for any other region (that has no configured
/// server) answers `InvalidRegionId.NotFound`.
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

pub(crate) fn epoch_ms(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// One SSL-VPN server.
#[derive(Debug)]
pub(crate) struct Server {
    pub region_id: String,
    pub ssl_vpn_server_id: String,
    pub vpn_gateway_id: String,
    pub name: String,
    pub internet_ip: String,
    pub client_ip_pool: &'static str,
    pub local_subnet: &'static str,
    pub proto: &'static str,
    pub port: u16,
    pub cipher: &'static str,
    pub compress: bool,
    pub max_connections: u32,
    pub create_time_ms: u64,
    /// `DnsServers`: IP addresses joined by commas, or `None` (the field is left out).
    pub dns_servers: Option<String>,
    pub locked: bool,
    pub configuring_requests: u32,
    pub busy_until: Option<Instant>,
    pub ca: Ca,
}

impl Server {
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

    fn state_name(&self, now: Instant) -> &'static str {
        if self.locked {
            "locked"
        } else if self.configuring_requests > 0 || self.busy_until.is_some_and(|u| u > now) {
            "configuring"
        } else {
            "ready"
        }
    }

    /// The item of DescribeSslVpnServers. `DnsServers` (a string in the official SDKs' models;
    /// here the addresses joined by commas) appears only for a server with DNS servers.
    pub fn api_json(&self) -> Value {
        let mut item = json!({
            "SslVpnServerId": self.ssl_vpn_server_id,
            "VpnGatewayId": self.vpn_gateway_id,
            "RegionId": self.region_id,
            "Name": self.name,
            "InternetIp": self.internet_ip,
            "ClientIpPool": self.client_ip_pool,
            "LocalSubnet": self.local_subnet,
            "Proto": self.proto,
            "Port": self.port,
            "Cipher": self.cipher,
            "Compress": self.compress,
            "Connections": 0,
            "MaxConnections": self.max_connections,
            "CreateTime": self.create_time_ms,
            "EnableMultiFactorAuth": false,
            "IDaaSInstanceId": "",
            "IDaaSRegionId": "",
            "IDaaSApplicationId": "",
            "IDaaSInstanceVersion": "",
            "ResourceGroupId": RESOURCE_GROUP_ID,
        });
        if let Some(dns) = &self.dns_servers {
            item["DnsServers"] = Value::String(dns.clone());
        }
        item
    }

    fn endpoint(&self) -> pki::Endpoint<'_> {
        pki::Endpoint {
            internet_ip: &self.internet_ip,
            port: self.port,
            proto: self.proto,
            cipher: self.cipher,
            compress: self.compress,
        }
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

/// Key of the ClientToken memory: access key, action, token.
type TokenKey = (String, &'static str, String);

/// Everything that changes while the emulator runs.
#[derive(Debug)]
pub(crate) struct World {
    pub servers: Vec<Server>,
    /// Live certificates, oldest first.
    pub certs: Vec<Cert>,
    /// Successful creations, ever (the create limit counts these).
    pub creates: u64,
    pub deletes: u64,
    tokens: HashMap<TokenKey, Value>,
    token_order: VecDeque<TokenKey>,
    rng: fastrand::Rng,
    next_serial: u64,
}

impl World {
    pub fn new(config: &Config, now: SystemTime) -> Result<World, rcgen::Error> {
        let mut rng = match config.seed {
            Some(seed) => fastrand::Rng::with_seed(seed ^ 0x05ee_d1d5),
            None => fastrand::Rng::new(),
        };
        let mut servers = Vec::with_capacity(config.servers.len());
        let create_time_ms = epoch_ms(now) / 1000 * 1000;
        for (i, spec) in config.servers.iter().enumerate() {
            servers.push(new_server(spec, i, create_time_ms, now, &mut rng)?);
        }
        Ok(World {
            servers,
            certs: Vec::new(),
            creates: 0,
            deletes: 0,
            tokens: HashMap::new(),
            token_order: VecDeque::new(),
            rng,
            next_serial: 1_000,
        })
    }

    /// Whether `region_id` exists.
    pub fn region_exists(&self, region_id: &str) -> bool {
        KNOWN_REGIONS.contains(&region_id) || self.servers.iter().any(|s| s.region_id == region_id)
    }

    /// Index of a live certificate in a region.
    pub fn cert_index(&self, region_id: &str, id: &str) -> Option<usize> {
        self.certs
            .iter()
            .position(|c| c.region_id == region_id && c.ssl_vpn_client_cert_id == id)
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
        let client_config = pki::openvpn_profile(
            server.endpoint(),
            &ca_pem,
            &issued.cert_pem,
            &issued.key_pem,
        );
        self.certs.push(Cert {
            name: name.map(str::to_owned).unwrap_or_else(|| id.clone()),
            ssl_vpn_client_cert_id: id,
            ssl_vpn_server_id: server.ssl_vpn_server_id.clone(),
            region_id: server.region_id.clone(),
            create_time_ms,
            end_time_ms: epoch_ms(end),
            ca_pem,
            issued,
            client_config,
        });
        self.creates += 1;
        Ok(self.certs.last().expect("just pushed"))
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

    /// Applies a state to a server; `false` when there is no such server.
    pub fn set_server_state(&mut self, id: &str, state: ServerState) -> bool {
        let Some(server) = self.servers.iter_mut().find(|s| s.ssl_vpn_server_id == id) else {
            return false;
        };
        apply_state(server, state);
        true
    }

    /// The test snapshot (see `Emulator::state`).
    pub fn snapshot(&self, now: Instant, now_ms: u64) -> Value {
        let servers: Vec<Value> = self
            .servers
            .iter()
            .map(|s| {
                json!({
                    "region_id": s.region_id,
                    "ssl_vpn_server_id": s.ssl_vpn_server_id,
                    "vpn_gateway_id": s.vpn_gateway_id,
                    "name": s.name,
                    "state": s.state_name(now),
                    "configuring_requests": s.configuring_requests,
                    "internet_ip": s.internet_ip,
                    "port": s.port,
                    "proto": s.proto,
                    "cipher": s.cipher,
                    "dns_servers": s.dns_servers,
                    "ca_cert": s.ca.pem(),
                    "certificates": self.certs.iter().filter(|c| c.ssl_vpn_server_id == s.ssl_vpn_server_id).count(),
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
        json!({
            "servers": servers,
            "certificates": certs,
            "creates": self.creates,
            "deletes": self.deletes,
        })
    }
}

fn apply_state(server: &mut Server, state: ServerState) {
    match state {
        ServerState::Ready => {
            server.locked = false;
            server.configuring_requests = 0;
            server.busy_until = None;
        }
        ServerState::Configuring(n) => {
            server.locked = false;
            server.configuring_requests = n;
        }
        ServerState::Locked => {
            server.locked = true;
            server.configuring_requests = 0;
        }
    }
}

fn new_server(
    spec: &ServerSpec,
    index: usize,
    create_time_ms: u64,
    now: SystemTime,
    rng: &mut fastrand::Rng,
) -> Result<Server, rcgen::Error> {
    let id = &spec.ssl_vpn_server_id;
    let suffix = id.strip_prefix("vss-").unwrap_or(id);
    let ca = Ca::new(&format!("{id} CA"), now, rng.u64(1..u64::MAX / 2))?;
    let mut server = Server {
        region_id: spec.region_id.clone(),
        ssl_vpn_server_id: id.clone(),
        vpn_gateway_id: format!("vpn-{suffix}"),
        name: format!("SslVpnServer{}", index + 1),
        // TEST-NET-3 (RFC 5737): documentation addresses, never routed.
        internet_ip: format!("203.0.113.{}", 10 + index % 240),
        client_ip_pool: "192.168.100.0/24",
        local_subnet: "172.16.0.0/16,10.0.0.0/8",
        proto: "UDP",
        port: 1194,
        cipher: "AES-128-CBC",
        compress: false,
        max_connections: 5,
        create_time_ms,
        dns_servers: spec.dns_servers.clone(),
        locked: false,
        configuring_requests: 0,
        busy_until: None,
        ca,
    };
    apply_state(&mut server, spec.state);
    Ok(server)
}
