//! What an emulator is started with: access keys, SSL-VPN servers, limits, faults and clock.

use std::io;
use std::time::{Duration, SystemTime};

use crate::Emulator;

/// What an access key is allowed to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Role {
    /// The account owner: every operation is allowed.
    #[default]
    Owner,
    /// A RAM user of another account: every operation answers 403 `Forbbiden.SubUser`.
    SubUser,
    /// A RAM user without the VPC permissions: every operation answers 403 `Forbidden`.
    NoPerm,
    /// A disabled key: every request answers 400 `InvalidAccessKeyId.Inactive`.
    Inactive,
}

impl Role {
    /// The name used on the command line and in the state snapshot.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::SubUser => "subuser",
            Role::NoPerm => "noperm",
            Role::Inactive => "inactive",
        }
    }

    /// Parses `owner`, `subuser`, `noperm` or `inactive` (case-insensitive).
    pub fn parse(s: &str) -> Option<Role> {
        match s.trim().to_ascii_lowercase().as_str() {
            "owner" => Some(Role::Owner),
            "subuser" | "sub-user" => Some(Role::SubUser),
            "noperm" | "no-perm" => Some(Role::NoPerm),
            "inactive" | "disabled" => Some(Role::Inactive),
            _ => None,
        }
    }
}

/// The state of the VPN gateway behind an SSL-VPN server (or of a gateway on its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ServerState {
    /// Accepts changes.
    #[default]
    Ready,
    /// The next N changes on the gateway (certificate creates and deletes, SSL-VPN server
    /// creates, modifies and deletes, dry runs included) answer 400 `VpnGateway.Configuring`,
    /// and its `Status` is `updating` until they are used up; then it is ready again.
    Configuring(u32),
    /// Suspended for overdue payment: its `BusinessStatus` is `FinancialLocked` and changes
    /// answer 400 `VpnGateway.FinancialLocked`.
    Locked,
}

impl ServerState {
    /// Parses `ready`, `configuring=N` or `locked` (case-insensitive), as on the command line.
    pub fn parse(s: &str) -> Option<ServerState> {
        let s = s.trim().to_ascii_lowercase();
        match s.as_str() {
            "ready" => Some(ServerState::Ready),
            "locked" => Some(ServerState::Locked),
            _ => {
                let n = s.strip_prefix("configuring=")?;
                n.parse().ok().map(ServerState::Configuring)
            }
        }
    }
}

/// A fault the emulator injects at a given rate.
///
/// The rejecting kinds (`ServiceUnavailable` to `UnknownError`, those with an
/// [`error_code`](FaultKind::error_code)) answer before the request is authenticated or carried
/// out, with the gateway's error body, so nothing changes (not even the nonce memory). When
/// several rejecting kinds hit one request, the one declared first here answers.
///
/// The connection kinds (`ResetBefore` to `CloseIdle`) break the transport instead. Each
/// request outside `/__emulator/` draws every configured kind once, as soon as its head is read.
/// [`ResetBefore`](FaultKind::ResetBefore) and [`Stall`](FaultKind::Stall) act then, and
/// nothing is carried out. Otherwise the request is answered as usual (a change is made); then,
/// unless [`DropAfterCommit`](FaultKind::DropAfterCommit) dropped it, the first of
/// [`ResetAfter`](FaultKind::ResetAfter), [`Truncate`](FaultKind::Truncate),
/// [`Drip`](FaultKind::Drip) and [`Garbage`](FaultKind::Garbage) that hit mangles the answer,
/// and [`CloseIdle`](FaultKind::CloseIdle) acts on an answer that went out whole. Only the kinds
/// that acted are counted. New kinds may be added, hence `#[non_exhaustive]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FaultKind {
    /// The request is not processed and answers 503 `ServiceUnavailable`.
    ServiceUnavailable,
    /// The request is not processed and answers 400 `Throttling`.
    Throttling,
    /// A mutating request (create, modify, delete) is carried out, then the connection is closed
    /// without an answer: the client sees a broken connection although the change happened.
    DropAfterCommit,
    /// The request is not processed and answers 400 `Throttling.User` (the account's flow
    /// control).
    ThrottlingUser,
    /// The request is not processed and answers 400 `Throttling.Api` (the operation's flow
    /// control).
    ThrottlingApi,
    /// The request is not processed and answers 400 `Rejected.Throttling`.
    RejectedThrottling,
    /// The request is not processed and answers 500 `InternalError`.
    InternalError,
    /// The request is not processed and answers 500 `UnknownError`.
    UnknownError,
    /// As soon as the request head has arrived, before the body is read, the connection is reset
    /// (`SO_LINGER` 0, then closed: the client sees `ECONNRESET`). Nothing is carried out.
    ResetBefore,
    /// The request is carried out (a change is made), then the connection is reset without
    /// an answer.
    ResetAfter,
    /// The request is carried out; the answer's head announces the whole body in
    /// `Content-Length`, but only the first half of the body is sent before the connection is
    /// closed.
    Truncate,
    /// Nothing is carried out and nothing is ever written: the connection is held, its input
    /// discarded, until the client closes it, the emulator stops or 120 s have passed, then it
    /// is closed.
    Stall,
    /// The request is carried out; its answer is sent one byte every 200 ms. If it has not
    /// gone out whole within 120 s (or the client has left), the connection is closed.
    Drip,
    /// The request is carried out; the answer's status line reads `HTTP/1.1 2OO OK` (letters O)
    /// and its head holds a line without a colon; then the connection is closed.
    Garbage,
    /// The answer is sent whole and says `Connection: keep-alive`, but the server then closes
    /// the connection: for half of the hits (by the same draw) right after answering, for the
    /// other half once it has been idle for 50 ms. The client's pooled connection is stale
    /// when next used. Counted when the server closes; a request arriving within the 50 ms
    /// keeps the connection open.
    CloseIdle,
}

impl FaultKind {
    /// Every kind, in declaration order (which is also the precedence among rejecting kinds).
    pub const ALL: &'static [FaultKind] = &[
        FaultKind::ServiceUnavailable,
        FaultKind::Throttling,
        FaultKind::DropAfterCommit,
        FaultKind::ThrottlingUser,
        FaultKind::ThrottlingApi,
        FaultKind::RejectedThrottling,
        FaultKind::InternalError,
        FaultKind::UnknownError,
        FaultKind::ResetBefore,
        FaultKind::ResetAfter,
        FaultKind::Truncate,
        FaultKind::Stall,
        FaultKind::Drip,
        FaultKind::Garbage,
        FaultKind::CloseIdle,
    ];

    /// The name used on the command line: `503`, `throttle`, `drop-after-commit`,
    /// `throttle-user`, `throttle-api`, `rejected-throttling`, `internal-error`,
    /// `unknown-error`, `reset-before`, `reset-after`, `truncate`, `stall`, `drip`, `garbage`
    /// or `close-idle`.
    pub fn as_str(self) -> &'static str {
        match self {
            FaultKind::ServiceUnavailable => "503",
            FaultKind::Throttling => "throttle",
            FaultKind::DropAfterCommit => "drop-after-commit",
            FaultKind::ThrottlingUser => "throttle-user",
            FaultKind::ThrottlingApi => "throttle-api",
            FaultKind::RejectedThrottling => "rejected-throttling",
            FaultKind::InternalError => "internal-error",
            FaultKind::UnknownError => "unknown-error",
            FaultKind::ResetBefore => "reset-before",
            FaultKind::ResetAfter => "reset-after",
            FaultKind::Truncate => "truncate",
            FaultKind::Stall => "stall",
            FaultKind::Drip => "drip",
            FaultKind::Garbage => "garbage",
            FaultKind::CloseIdle => "close-idle",
        }
    }

    /// Parses a command-line name (see [`as_str`](Self::as_str)), case-insensitively. Also
    /// accepted: the long names `service-unavailable` and `throttling`, and the error code a
    /// kind answers with (`ServiceUnavailable`, `Throttling`, `Throttling.User`,
    /// `Throttling.Api`, `Rejected.Throttling`, `InternalError`, `UnknownError`), and `_` for
    /// `-` (`reset_after`, the name of the counter in the state snapshot).
    pub fn parse(s: &str) -> Option<FaultKind> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "503" | "service-unavailable" | "serviceunavailable" => {
                Some(FaultKind::ServiceUnavailable)
            }
            "throttle" | "throttling" => Some(FaultKind::Throttling),
            "drop-after-commit" | "drop" | "dropaftercommit" => Some(FaultKind::DropAfterCommit),
            "throttle-user" | "throttling-user" | "throttling.user" => {
                Some(FaultKind::ThrottlingUser)
            }
            "throttle-api" | "throttling-api" | "throttling.api" => Some(FaultKind::ThrottlingApi),
            "rejected-throttling" | "rejected-throttle" | "rejected.throttling" => {
                Some(FaultKind::RejectedThrottling)
            }
            "internal-error" | "internalerror" => Some(FaultKind::InternalError),
            "unknown-error" | "unknownerror" => Some(FaultKind::UnknownError),
            "reset-before" => Some(FaultKind::ResetBefore),
            "reset-after" => Some(FaultKind::ResetAfter),
            "truncate" => Some(FaultKind::Truncate),
            "stall" => Some(FaultKind::Stall),
            "drip" => Some(FaultKind::Drip),
            "garbage" => Some(FaultKind::Garbage),
            "close-idle" => Some(FaultKind::CloseIdle),
            _ => None,
        }
    }

    /// The error code a rejecting kind answers with; `None` for the kinds that break the
    /// connection instead ([`DropAfterCommit`](FaultKind::DropAfterCommit) and the connection
    /// kinds).
    pub fn error_code(self) -> Option<&'static str> {
        match self {
            FaultKind::ServiceUnavailable => Some("ServiceUnavailable"),
            FaultKind::Throttling => Some("Throttling"),
            FaultKind::DropAfterCommit
            | FaultKind::ResetBefore
            | FaultKind::ResetAfter
            | FaultKind::Truncate
            | FaultKind::Stall
            | FaultKind::Drip
            | FaultKind::Garbage
            | FaultKind::CloseIdle => None,
            FaultKind::ThrottlingUser => Some("Throttling.User"),
            FaultKind::ThrottlingApi => Some("Throttling.Api"),
            FaultKind::RejectedThrottling => Some("Rejected.Throttling"),
            FaultKind::InternalError => Some("InternalError"),
            FaultKind::UnknownError => Some("UnknownError"),
        }
    }

    /// Whether the kind answers with an error body instead of breaking the connection.
    pub(crate) fn is_rejecting(self) -> bool {
        self.error_code().is_some()
    }

    /// Position in [`ALL`](Self::ALL).
    pub(crate) fn index(self) -> usize {
        match self {
            FaultKind::ServiceUnavailable => 0,
            FaultKind::Throttling => 1,
            FaultKind::DropAfterCommit => 2,
            FaultKind::ThrottlingUser => 3,
            FaultKind::ThrottlingApi => 4,
            FaultKind::RejectedThrottling => 5,
            FaultKind::InternalError => 6,
            FaultKind::UnknownError => 7,
            FaultKind::ResetBefore => 8,
            FaultKind::ResetAfter => 9,
            FaultKind::Truncate => 10,
            FaultKind::Stall => 11,
            FaultKind::Drip => 12,
            FaultKind::Garbage => 13,
            FaultKind::CloseIdle => 14,
        }
    }

    /// The key of the kind's counter under `faults` in the state snapshot.
    pub(crate) fn counter_name(self) -> &'static str {
        match self {
            FaultKind::ServiceUnavailable => "service_unavailable",
            FaultKind::Throttling => "throttling",
            FaultKind::DropAfterCommit => "drop_after_commit",
            FaultKind::ThrottlingUser => "throttling_user",
            FaultKind::ThrottlingApi => "throttling_api",
            FaultKind::RejectedThrottling => "rejected_throttling",
            FaultKind::InternalError => "internal_error",
            FaultKind::UnknownError => "unknown_error",
            FaultKind::ResetBefore => "reset_before",
            FaultKind::ResetAfter => "reset_after",
            FaultKind::Truncate => "truncate",
            FaultKind::Stall => "stall",
            FaultKind::Drip => "drip",
            FaultKind::Garbage => "garbage",
            FaultKind::CloseIdle => "close_idle",
        }
    }
}

impl FaultKind {
    /// The command-line names of every fault kind, joined with `sep` (for usage messages).
    pub fn names(sep: &str) -> String {
        FaultKind::ALL
            .iter()
            .map(|k| k.as_str())
            .collect::<Vec<_>>()
            .join(sep)
    }
}

/// One access key the emulator accepts.
#[derive(Clone)]
pub(crate) struct KeySpec {
    pub id: String,
    pub secret: String,
    pub role: Role,
    /// STS keys: the token every request must carry.
    pub security_token: Option<String>,
    /// STS keys: when the token stops being accepted.
    pub expires_at: Option<SystemTime>,
}

impl std::fmt::Debug for KeySpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeySpec")
            .field("id", &self.id)
            .field("role", &self.role)
            .field("sts", &self.security_token.is_some())
            .finish_non_exhaustive()
    }
}

/// The two-factor authentication (IDaaS EIAM) an SSL-VPN server is bound to.
///
/// ```
/// use vpncert_emulator::Idaas;
/// let v2: Idaas = "idaas-cn-demo01:cn-shanghai:app-demo01".parse().unwrap();
/// assert_eq!(v2, Idaas::v2("idaas-cn-demo01", "cn-shanghai", "app-demo01"));
/// assert_eq!(v2.instance_version, "2.0");
/// assert_eq!(Idaas::v1("idaas-cn-old01", "cn-hangzhou").instance_version, "");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Idaas {
    /// `IDaaSInstanceId`, e.g. `idaas-cn-...`.
    pub instance_id: String,
    /// `IDaaSRegionId`, the region of the IDaaS instance.
    pub region_id: String,
    /// `IDaaSApplicationId` (EIAM 2.0 only; empty for EIAM 1.0).
    pub application_id: String,
    /// `IDaaSInstanceVersion`: `2.0` for EIAM 2.0; empty (left out of answers) for 1.0.
    pub instance_version: String,
}

impl Idaas {
    /// An EIAM 1.0 instance: no application, no version in answers.
    pub fn v1(instance_id: impl Into<String>, region_id: impl Into<String>) -> Self {
        Idaas {
            instance_id: instance_id.into(),
            region_id: region_id.into(),
            application_id: String::new(),
            instance_version: String::new(),
        }
    }

    /// An EIAM 2.0 instance and its application (`IDaaSInstanceVersion` `2.0`).
    pub fn v2(
        instance_id: impl Into<String>,
        region_id: impl Into<String>,
        application_id: impl Into<String>,
    ) -> Self {
        Idaas {
            instance_id: instance_id.into(),
            region_id: region_id.into(),
            application_id: application_id.into(),
            instance_version: "2.0".into(),
        }
    }
}

impl std::str::FromStr for Idaas {
    type Err = String;

    /// `INSTANCE:REGION[:APPLICATION[:VERSION]]`; VERSION defaults to `2.0` when an
    /// application is given.
    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || format!("expected INSTANCE:REGION[:APPLICATION[:VERSION]], got {s:?}");
        let parts: Vec<&str> = s.split(':').map(str::trim).collect();
        if parts.iter().any(|p| p.is_empty()) {
            return Err(usage());
        }
        match parts.as_slice() {
            [instance, region] => Ok(Idaas::v1(*instance, *region)),
            [instance, region, app] => Ok(Idaas::v2(*instance, *region, *app)),
            [instance, region, app, version] => Ok(Idaas {
                instance_version: (*version).into(),
                ..Idaas::v2(*instance, *region, *app)
            }),
            _ => Err(usage()),
        }
    }
}

/// One SSL-VPN server the emulator models.
#[derive(Debug, Clone)]
pub(crate) struct ServerSpec {
    pub region_id: String,
    pub ssl_vpn_server_id: String,
    pub state: ServerState,
    /// `DnsServers` of DescribeSslVpnServers: IP addresses joined by commas; `None` leaves the
    /// field out, as for a server without DNS servers.
    pub dns_servers: Option<String>,
    /// Two-factor authentication; `None` for a server without it.
    pub idaas: Option<Idaas>,
}

/// One VPN gateway: the gateway of each configured server, then those given on their own.
#[derive(Debug, Clone)]
pub(crate) struct GatewaySpec {
    pub region_id: String,
    pub vpn_gateway_id: String,
    pub state: ServerState,
    pub ssl_max_connections: u32,
    pub tags: Vec<(String, String)>,
    /// An address of the gateway's own for its SSL-VPN (`SslVpnInternetIp`).
    pub ssl_vpn_internet_ip: Option<String>,
}

/// The VPN gateway an SSL-VPN server given with [`EmulatorBuilder::server`] runs on:
/// `vss-X` runs on `vpn-X`.
pub(crate) fn gateway_id_of(ssl_vpn_server_id: &str) -> String {
    let suffix = ssl_vpn_server_id
        .strip_prefix("vss-")
        .unwrap_or(ssl_vpn_server_id);
    format!("vpn-{suffix}")
}

/// Everything [`EmulatorBuilder::start`] needs; frozen once the emulator runs.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub listen: String,
    pub keys: Vec<KeySpec>,
    pub servers: Vec<ServerSpec>,
    /// Filled in at start: every gateway, those of the servers first.
    pub gateways: Vec<GatewaySpec>,
    /// Gateways without a server yet, as given.
    pub bare_gateways: Vec<(String, String, ServerState)>,
    /// `SslMaxConnections` by gateway or server id, applied to the gateway specs at start.
    pub ssl_max_connections: Vec<(String, u32)>,
    /// Tags `(gateway or server id, key, value)`, applied to the gateway specs at start.
    pub gateway_tags: Vec<(String, String, String)>,
    /// SSL-VPN addresses of their own by gateway or server id, applied at start.
    pub ssl_vpn_internet_ips: Vec<(String, String)>,
    /// Two-factor authentication by server id, applied to the server specs at start.
    pub idaas: Vec<(String, Idaas)>,
    pub quota: u32,
    pub server_quota: u32,
    pub create_limit: u32,
    pub faults: Vec<(FaultKind, f64)>,
    /// DNS servers per SSL-VPN server id, applied to the server specs at start.
    pub dns_servers: Vec<(String, String)>,
    pub seed: Option<u64>,
    pub latency: Duration,
    /// Each answer's latency is uniform in `latency ± latency_jitter`.
    pub latency_jitter: Duration,
    /// Per-action flow control (see [`crate::limits`]).
    pub rate_limits: crate::limits::RateLimits,
    pub clock_skew_secs: i64,
    pub tls: bool,
    /// Extra host names the TLS certificate is valid for.
    pub tls_names: Vec<String>,
    /// How long a gateway is `updating` after a certificate delete and a server change.
    pub settle: Duration,
    /// How long a gateway is `updating` after a certificate create.
    pub create_settle: Duration,
    pub cert_validity: Duration,
    /// Whether DescribeSslVpnClientCert answers carry a `ClientConfig`.
    pub client_config: bool,
    pub max_connections: usize,
    /// Where a real OpenVPN server for the SSL-VPN servers listens (see `openvpn`).
    pub openvpn_remote: Option<crate::OpenVpnRemote>,
}

/// The access key used when none is configured.
pub const DEFAULT_ACCESS_KEY_ID: &str = "testid";
/// The secret of [`DEFAULT_ACCESS_KEY_ID`].
pub const DEFAULT_ACCESS_KEY_SECRET: &str = "testsecret";
/// The region of the server used when none is configured.
pub const DEFAULT_REGION_ID: &str = "cn-hangzhou";
/// The SSL-VPN server used when none is configured.
pub const DEFAULT_SSL_VPN_SERVER_ID: &str = "vss-emulator0001";
/// Live client certificates the account may hold (an older API document states 50).
pub const DEFAULT_QUOTA: u32 = 50;
/// Certificate creations the account may make over the emulator's lifetime.
pub const DEFAULT_CREATE_LIMIT: u32 = 1000;
/// How long a gateway stays `updating` (changes answer `VpnGateway.Configuring`) after a
/// certificate delete and after an SSL-VPN server is created, changed or deleted.
pub const DEFAULT_SETTLE: Duration = Duration::from_millis(300);
/// The older name of [`DEFAULT_SETTLE`].
pub const DEFAULT_DELETE_SETTLE: Duration = DEFAULT_SETTLE;
/// How long a gateway stays `updating` after a certificate create (the service's creates are
/// quick, so by default not at all).
pub const DEFAULT_CREATE_SETTLE: Duration = Duration::ZERO;
/// The `SslMaxConnections` of a gateway unless configured: the smallest the service sells.
pub const DEFAULT_SSL_MAX_CONNECTIONS: u32 = 5;
/// The `SslMaxConnections` the service sells.
pub const SSL_MAX_CONNECTIONS_CHOICES: [u32; 8] = [5, 10, 20, 50, 100, 200, 500, 1000];
/// How long issued client certificates are valid: three years.
pub const DEFAULT_CERT_VALIDITY: Duration = Duration::from_secs(3 * 365 * 86_400);
/// Connections served at once.
pub const DEFAULT_MAX_CONNECTIONS: usize = 512;

/// Configures and starts an [`Emulator`].
///
/// With nothing configured it accepts the key `testid:testsecret` (owner) and models one ready
/// server `vss-emulator0001` in `cn-hangzhou`, on `127.0.0.1` with a free port.
///
/// ```
/// use vpncert_emulator::{Emulator, Role, ServerState};
/// let emu = Emulator::builder()
///     .access_key("AKID", "s3cret", Role::Owner)
///     .server("cn-shanghai", "vss-demo0001", ServerState::Configuring(2))
///     .quota(5)
///     .start()?;
/// assert!(emu.url().starts_with("http://127.0.0.1:"));
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct EmulatorBuilder {
    config: Config,
}

impl Default for EmulatorBuilder {
    fn default() -> Self {
        EmulatorBuilder {
            config: Config {
                listen: "127.0.0.1:0".into(),
                keys: Vec::new(),
                servers: Vec::new(),
                gateways: Vec::new(),
                bare_gateways: Vec::new(),
                ssl_max_connections: Vec::new(),
                ssl_vpn_internet_ips: Vec::new(),
                gateway_tags: Vec::new(),
                idaas: Vec::new(),
                quota: DEFAULT_QUOTA,
                server_quota: u32::MAX,
                create_limit: DEFAULT_CREATE_LIMIT,
                faults: Vec::new(),
                dns_servers: Vec::new(),
                seed: None,
                latency: Duration::ZERO,
                latency_jitter: Duration::ZERO,
                rate_limits: crate::limits::RateLimits::default(),
                clock_skew_secs: 0,
                tls: false,
                tls_names: Vec::new(),
                settle: DEFAULT_SETTLE,
                create_settle: DEFAULT_CREATE_SETTLE,
                cert_validity: DEFAULT_CERT_VALIDITY,
                client_config: true,
                max_connections: DEFAULT_MAX_CONNECTIONS,
                openvpn_remote: None,
            },
        }
    }
}

impl EmulatorBuilder {
    /// A builder with the defaults (see the type's documentation).
    pub fn new() -> Self {
        Self::default()
    }

    /// The address to listen on, `HOST:PORT` (default `127.0.0.1:0`: loopback, a free port).
    pub fn listen(mut self, addr: impl Into<String>) -> Self {
        self.config.listen = addr.into();
        self
    }

    /// Accepts this access key with this role. Once any key (or STS key) is given, the default
    /// `testid:testsecret` is no longer added. A later key with the same id replaces an earlier one.
    pub fn access_key(
        mut self,
        id: impl Into<String>,
        secret: impl Into<String>,
        role: Role,
    ) -> Self {
        self.push_key(KeySpec {
            id: id.into(),
            secret: secret.into(),
            role,
            security_token: None,
            expires_at: None,
        });
        self
    }

    /// Accepts an STS key (owner role) whose requests must carry `security_token`.
    pub fn sts_credentials(
        mut self,
        id: impl Into<String>,
        secret: impl Into<String>,
        security_token: impl Into<String>,
    ) -> Self {
        self.push_key(KeySpec {
            id: id.into(),
            secret: secret.into(),
            role: Role::Owner,
            security_token: Some(security_token.into()),
            expires_at: None,
        });
        self
    }

    /// Like [`sts_credentials`](Self::sts_credentials), but the token is refused with
    /// `InvalidSecurityToken.Expired` from `expires_at` on (emulator clock).
    pub fn sts_credentials_until(
        mut self,
        id: impl Into<String>,
        secret: impl Into<String>,
        security_token: impl Into<String>,
        expires_at: SystemTime,
    ) -> Self {
        self.push_key(KeySpec {
            id: id.into(),
            secret: secret.into(),
            role: Role::Owner,
            security_token: Some(security_token.into()),
            expires_at: Some(expires_at),
        });
        self
    }

    fn push_key(&mut self, key: KeySpec) {
        self.config.keys.retain(|k| k.id != key.id);
        self.config.keys.push(key);
    }

    /// Models an SSL-VPN server in a region. Once any server is given, the default
    /// `cn-hangzhou:vss-emulator0001` is no longer added.
    pub fn server(
        mut self,
        region_id: impl Into<String>,
        ssl_vpn_server_id: impl Into<String>,
        state: ServerState,
    ) -> Self {
        self.config.servers.push(ServerSpec {
            region_id: region_id.into(),
            ssl_vpn_server_id: ssl_vpn_server_id.into(),
            state,
            dns_servers: None,
            idaas: None,
        });
        self
    }

    /// Models a VPN gateway without an SSL-VPN server yet (one can be made with
    /// CreateSslVpnServer). Every server given to [`server`](Self::server) has a gateway of its
    /// own already (`vss-X` runs on `vpn-X`); this adds another. The default server is still
    /// added when no server is given.
    pub fn gateway(
        mut self,
        region_id: impl Into<String>,
        vpn_gateway_id: impl Into<String>,
        state: ServerState,
    ) -> Self {
        self.config
            .bare_gateways
            .push((region_id.into(), vpn_gateway_id.into(), state));
        self
    }

    /// The `SslMaxConnections` of a gateway, named by its id or by the id of the server on it:
    /// one of 5 (the default), 10, 20, 50, 100, 200, 500 or 1000. It bounds the connections of
    /// its SSL-VPN server and the size its client pool needs (4 addresses per connection).
    pub fn ssl_max_connections(mut self, id: impl Into<String>, n: u32) -> Self {
        let id = id.into();
        self.config.ssl_max_connections.retain(|(g, _)| *g != id);
        self.config.ssl_max_connections.push((id, n));
        self
    }

    /// Gives a gateway (named by its id or by the id of the server on it) an address of its own
    /// for SSL-VPN: its `SslVpnInternetIp` is `ip`, while DescribeSslVpnServers shows the
    /// gateway's `InternetIp` for its server, as for a gateway whose SSL-VPN listens apart from
    /// its IPsec address. A profile built from the server's settings alone then points at the
    /// wrong address; clients must take the gateway's. The default: one address, the same in
    /// both.
    pub fn ssl_vpn_internet_ip(mut self, id: impl Into<String>, ip: impl Into<String>) -> Self {
        let id = id.into();
        self.config.ssl_vpn_internet_ips.retain(|(g, _)| *g != id);
        self.config.ssl_vpn_internet_ips.push((id, ip.into()));
        self
    }

    /// A tag of a gateway, named by its id or by the id of the server on it (DescribeVpnGateways
    /// filters by tags). A later tag with the same key replaces an earlier one.
    pub fn gateway_tag(
        mut self,
        id: impl Into<String>,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        let (id, key) = (id.into(), key.into());
        self.config
            .gateway_tags
            .retain(|(g, k, _)| !(*g == id && *k == key));
        self.config.gateway_tags.push((id, key, value.into()));
        self
    }

    /// Binds a server to two-factor authentication: `EnableMultiFactorAuth` is true and the
    /// `IDaaS...` fields of DescribeSslVpnServers carry these values (servers without it have
    /// them empty). The server may be one given to [`server`](Self::server) or the default.
    pub fn server_idaas(mut self, ssl_vpn_server_id: impl Into<String>, idaas: Idaas) -> Self {
        let id = ssl_vpn_server_id.into();
        self.config.idaas.retain(|(s, _)| *s != id);
        self.config.idaas.push((id, idaas));
        self
    }

    /// The DNS servers an SSL-VPN server pushes to its clients: IP addresses separated by
    /// commas, e.g. `"10.0.0.2,10.0.0.3"`. DescribeSslVpnServers then carries them as the
    /// string `DnsServers`; servers without DNS servers (the default) leave the field out.
    /// The server may be one given to [`server`](Self::server) or the default
    /// `vss-emulator0001`; an empty string means none. A later call for the same server
    /// replaces an earlier one.
    pub fn dns_servers(
        mut self,
        ssl_vpn_server_id: impl Into<String>,
        dns_servers: impl Into<String>,
    ) -> Self {
        let id = ssl_vpn_server_id.into();
        self.config.dns_servers.retain(|(s, _)| *s != id);
        self.config.dns_servers.push((id, dns_servers.into()));
        self
    }

    /// Live client certificates the account may hold (default 50); one more create answers
    /// 400 `Resource.QuotaFull`.
    pub fn quota(mut self, n: u32) -> Self {
        self.config.quota = n;
        self
    }

    /// Live client certificates one SSL-VPN server may hold (default unlimited); one more create
    /// answers 400 `CreateSslCertsQuotaFull.QuotaFull`.
    pub fn server_quota(mut self, n: u32) -> Self {
        self.config.server_quota = n;
        self
    }

    /// Creations the account may make in total, deleted certificates included (default 1000);
    /// one more create answers 400 `SslVpnClientCreateTimes.ReachLimits`.
    pub fn create_limit(mut self, n: u32) -> Self {
        self.config.create_limit = n;
        self
    }

    /// Injects a fault into this fraction (0.0 to 1.0) of API requests.
    pub fn fault(mut self, kind: FaultKind, rate: f64) -> Self {
        self.config.faults.retain(|(k, _)| *k != kind);
        self.config.faults.push((kind, rate));
        self
    }

    /// Seeds the fault draws and generated ids, so that one client's sequence of requests meets
    /// the same faults on every run.
    pub fn seed(mut self, seed: u64) -> Self {
        self.config.seed = Some(seed);
        self
    }

    /// Delay added to every API request before it is carried out and answered.
    pub fn latency(mut self, latency: Duration) -> Self {
        self.config.latency = latency;
        self
    }

    /// Spreads the latency: each request's is uniform in `latency ± jitter` (never below 0).
    pub fn latency_jitter(mut self, jitter: Duration) -> Self {
        self.config.latency_jitter = jitter;
        self
    }

    /// The service's per-API flow control: at most `per_second` requests of `action` per
    /// second and access key (a token bucket holding one second's worth, starting full);
    /// past it, 400 `Throttling.User`, nothing carried out. `action` `*` limits every action
    /// not limited by name. A rate of 0 or less, or not finite, is ignored.
    pub fn rate_limit(mut self, action: impl Into<String>, per_second: f64) -> Self {
        if per_second.is_finite() && per_second > 0.0 {
            self.config.rate_limits.set(&action.into(), per_second);
        }
        self
    }

    /// Offset of the emulator's clock from the machine's, in seconds: the `Date` header, the
    /// timestamp check and certificate times use it.
    pub fn clock_skew_secs(mut self, secs: i64) -> Self {
        self.config.clock_skew_secs = secs;
        self
    }

    /// Serve HTTPS with a throwaway CA (see [`Emulator::ca_pem`]) instead of plain HTTP.
    pub fn tls(mut self, on: bool) -> Self {
        self.config.tls = on;
        self
    }

    /// Another host name the TLS certificate is valid for (besides `localhost` and the loopback
    /// addresses), e.g. a name a test proxy routes to this emulator. Implies [`tls`](Self::tls).
    pub fn tls_name(mut self, name: impl Into<String>) -> Self {
        self.config.tls = true;
        self.config.tls_names.push(name.into());
        self
    }

    /// How long a gateway stays `updating` after a certificate of its server is deleted and
    /// after its SSL-VPN server is created, changed (other than renamed) or deleted (default
    /// 300 ms). Meanwhile other changes on it answer `VpnGateway.Configuring`, and clients
    /// cannot connect.
    pub fn settle(mut self, d: Duration) -> Self {
        self.config.settle = d;
        self
    }

    /// The older name of [`settle`](Self::settle).
    pub fn delete_settle(self, d: Duration) -> Self {
        self.settle(d)
    }

    /// How long a gateway stays `updating` after a certificate of its server is created
    /// (default 0: not at all).
    pub fn create_settle(mut self, d: Duration) -> Self {
        self.config.create_settle = d;
        self
    }

    /// Whether DescribeSslVpnClientCert answers carry the OpenVPN profile `ClientConfig`
    /// (default true). Without it the answer has an empty `ClientConfig`, as the service may
    /// send, and clients build the profile from the server's and the gateway's settings.
    pub fn client_config(mut self, send: bool) -> Self {
        self.config.client_config = send;
        self
    }

    /// Validity of issued client certificates (default three years). Shorter values let tests
    /// see the `expiring-soon` and `expired` statuses.
    pub fn cert_validity(mut self, d: Duration) -> Self {
        self.config.cert_validity = d;
        self
    }

    /// Connections served at once (default 512, at least 1). One more is closed as soon as it
    /// is accepted, without an answer, so that a flood of idle connections costs one thread
    /// and one socket each, up to this bound.
    pub fn max_connections(mut self, n: usize) -> Self {
        self.config.max_connections = n.max(1);
        self
    }

    /// Makes `remote` the address of every SSL-VPN server (`InternetIp`, and the gateways'
    /// `SslVpnInternetIp`) and the configured servers' `Port` and `Proto`, so that the profiles
    /// issued point at a real OpenVPN server there, run from
    /// [`Emulator::openvpn_server_config`](crate::Emulator::openvpn_server_config). Servers
    /// made later with CreateSslVpnServer keep the port and protocol they are given.
    pub fn openvpn_remote(mut self, remote: crate::OpenVpnRemote) -> Self {
        self.config.openvpn_remote = Some(remote);
        self
    }

    /// Binds the socket, generates the certificate authorities and starts serving.
    ///
    /// Fails with [`io::ErrorKind::InvalidInput`] for a bad configuration (a fault rate outside
    /// 0 to 1, an empty or duplicate server id, an empty key id) and with the bind error when
    /// the address is taken.
    pub fn start(self) -> io::Result<Emulator> {
        let mut config = self.config;
        if config.keys.is_empty() {
            config.keys.push(KeySpec {
                id: DEFAULT_ACCESS_KEY_ID.into(),
                secret: DEFAULT_ACCESS_KEY_SECRET.into(),
                role: Role::Owner,
                security_token: None,
                expires_at: None,
            });
        }
        if config.servers.is_empty() {
            config.servers.push(ServerSpec {
                region_id: DEFAULT_REGION_ID.into(),
                ssl_vpn_server_id: DEFAULT_SSL_VPN_SERVER_ID.into(),
                state: ServerState::Ready,
                dns_servers: None,
                idaas: None,
            });
        }
        if let Some(remote) = &config.openvpn_remote {
            remote.check().map_err(invalid)?;
        }
        apply_dns_servers(&mut config)?;
        apply_idaas(&mut config)?;
        validate(&config)?;
        resolve_gateways(&mut config)?;
        Emulator::start_with(config)
    }
}

fn invalid(msg: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, msg)
}

/// Moves the configured DNS servers into the server specs, after checking each address.
fn apply_dns_servers(config: &mut Config) -> io::Result<()> {
    for (id, dns) in std::mem::take(&mut config.dns_servers) {
        let Some(spec) = config
            .servers
            .iter_mut()
            .find(|s| s.ssl_vpn_server_id == id)
        else {
            return Err(invalid(format!(
                "DNS servers given for {id}, which is not a configured server"
            )));
        };
        let dns = dns.trim();
        if dns.is_empty() {
            spec.dns_servers = None;
            continue;
        }
        let mut addresses = Vec::new();
        for part in dns.split(',') {
            let part = part.trim();
            if part.parse::<std::net::IpAddr>().is_err() {
                return Err(invalid(format!(
                    "DNS server {part:?} of {id} is not an IP address"
                )));
            }
            addresses.push(part);
        }
        spec.dns_servers = Some(addresses.join(","));
    }
    Ok(())
}

fn apply_idaas(config: &mut Config) -> io::Result<()> {
    for (id, idaas) in std::mem::take(&mut config.idaas) {
        let Some(spec) = config
            .servers
            .iter_mut()
            .find(|s| s.ssl_vpn_server_id == id)
        else {
            return Err(invalid(format!(
                "two-factor authentication given for {id}, which is not a configured server"
            )));
        };
        if idaas.instance_id.trim().is_empty() || idaas.region_id.trim().is_empty() {
            return Err(invalid(format!(
                "the IDaaS instance and region of {id} must not be empty"
            )));
        }
        spec.idaas = Some(idaas);
    }
    Ok(())
}

/// Builds the gateway specs (each server's own gateway, then the bare ones) and applies the
/// per-gateway settings, which may name a gateway or the server on it.
fn resolve_gateways(config: &mut Config) -> io::Result<()> {
    let mut gateways: Vec<GatewaySpec> = config
        .servers
        .iter()
        .map(|s| GatewaySpec {
            region_id: s.region_id.clone(),
            vpn_gateway_id: gateway_id_of(&s.ssl_vpn_server_id),
            state: s.state,
            ssl_max_connections: DEFAULT_SSL_MAX_CONNECTIONS,
            tags: Vec::new(),
            ssl_vpn_internet_ip: None,
        })
        .collect();
    for (region_id, id, state) in std::mem::take(&mut config.bare_gateways) {
        if region_id.trim().is_empty() || id.trim().is_empty() {
            return Err(invalid("gateway region and id must not be empty".into()));
        }
        gateways.push(GatewaySpec {
            region_id,
            vpn_gateway_id: id,
            state,
            ssl_max_connections: DEFAULT_SSL_MAX_CONNECTIONS,
            tags: Vec::new(),
            ssl_vpn_internet_ip: None,
        });
    }
    let mut seen = std::collections::HashSet::new();
    for g in &gateways {
        if !seen.insert(g.vpn_gateway_id.as_str()) {
            return Err(invalid(format!(
                "gateway {} is configured twice (server vss-X runs on gateway vpn-X)",
                g.vpn_gateway_id
            )));
        }
    }
    let servers = &config.servers;
    let find = |gateways: &mut Vec<GatewaySpec>, id: &str| -> io::Result<usize> {
        let gateway_id = servers
            .iter()
            .find(|s| s.ssl_vpn_server_id == id)
            .map_or_else(|| id.to_owned(), |s| gateway_id_of(&s.ssl_vpn_server_id));
        gateways
            .iter()
            .position(|g| g.vpn_gateway_id == gateway_id)
            .ok_or_else(|| invalid(format!("{id} is neither a configured gateway nor server")))
    };
    for (id, n) in std::mem::take(&mut config.ssl_max_connections) {
        if !SSL_MAX_CONNECTIONS_CHOICES.contains(&n) {
            return Err(invalid(format!(
                "SslMaxConnections of {id} must be one of {SSL_MAX_CONNECTIONS_CHOICES:?}, got {n}"
            )));
        }
        let i = find(&mut gateways, &id)?;
        gateways[i].ssl_max_connections = n;
    }
    for (id, ip) in std::mem::take(&mut config.ssl_vpn_internet_ips) {
        if ip.parse::<std::net::IpAddr>().is_err() {
            return Err(invalid(format!(
                "the SSL-VPN address of {id} must be an IP address, got {ip:?}"
            )));
        }
        let i = find(&mut gateways, &id)?;
        gateways[i].ssl_vpn_internet_ip = Some(ip);
    }
    for (id, key, value) in std::mem::take(&mut config.gateway_tags) {
        if key.is_empty() {
            return Err(invalid(format!("a tag key of {id} is empty")));
        }
        let i = find(&mut gateways, &id)?;
        let tags = &mut gateways[i].tags;
        tags.retain(|(k, _)| *k != key);
        tags.push((key, value));
    }
    config.gateways = gateways;
    Ok(())
}

fn validate(config: &Config) -> io::Result<()> {
    for (kind, rate) in &config.faults {
        if !(0.0..=1.0).contains(rate) {
            return Err(invalid(format!(
                "fault rate for {} must be between 0 and 1, got {rate}",
                kind.as_str()
            )));
        }
    }
    for key in &config.keys {
        if key.id.trim().is_empty() {
            return Err(invalid("access key id must not be empty".into()));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for s in &config.servers {
        if s.ssl_vpn_server_id.trim().is_empty() || s.region_id.trim().is_empty() {
            return Err(invalid(
                "server region and id must not be empty".to_string(),
            ));
        }
        if !seen.insert(s.ssl_vpn_server_id.as_str()) {
            return Err(invalid(format!(
                "server {} is configured twice",
                s.ssl_vpn_server_id
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_command_line_names() {
        assert_eq!(Role::parse("SubUser"), Some(Role::SubUser));
        assert_eq!(Role::parse("root"), None);
        assert_eq!(
            ServerState::parse("configuring=3"),
            Some(ServerState::Configuring(3))
        );
        assert_eq!(ServerState::parse("configuring=x"), None);
        assert_eq!(ServerState::parse("LOCKED"), Some(ServerState::Locked));
        assert_eq!(FaultKind::parse("503"), Some(FaultKind::ServiceUnavailable));
        assert_eq!(
            FaultKind::parse("drop-after-commit"),
            Some(FaultKind::DropAfterCommit)
        );
        assert_eq!(FaultKind::parse("500"), None);
        assert_eq!(
            FaultKind::parse("Throttling.User"),
            Some(FaultKind::ThrottlingUser)
        );
        assert_eq!(
            FaultKind::parse("REJECTED.THROTTLING"),
            Some(FaultKind::RejectedThrottling)
        );
    }

    #[test]
    fn every_fault_kind_round_trips_and_is_listed_once() {
        // A new variant breaks this match: add it to `FaultKind::ALL` too.
        fn listed(k: FaultKind) -> bool {
            match k {
                FaultKind::ServiceUnavailable
                | FaultKind::Throttling
                | FaultKind::DropAfterCommit
                | FaultKind::ThrottlingUser
                | FaultKind::ThrottlingApi
                | FaultKind::RejectedThrottling
                | FaultKind::InternalError
                | FaultKind::UnknownError
                | FaultKind::ResetBefore
                | FaultKind::ResetAfter
                | FaultKind::Truncate
                | FaultKind::Stall
                | FaultKind::Drip
                | FaultKind::Garbage
                | FaultKind::CloseIdle => FaultKind::ALL.contains(&k),
            }
        }
        for (i, &kind) in FaultKind::ALL.iter().enumerate() {
            assert!(listed(kind));
            assert_eq!(kind.index(), i, "{kind:?}");
            assert_eq!(FaultKind::parse(kind.as_str()), Some(kind));
            assert_eq!(FaultKind::parse(kind.counter_name()), Some(kind));
            assert_eq!(
                FaultKind::parse(&kind.as_str().to_ascii_uppercase()),
                Some(kind)
            );
            if let Some(code) = kind.error_code() {
                assert_eq!(FaultKind::parse(code), Some(kind), "{code}");
            }
        }
        let names: std::collections::HashSet<_> =
            FaultKind::ALL.iter().map(|k| k.counter_name()).collect();
        assert_eq!(names.len(), FaultKind::ALL.len());
        assert!(FaultKind::ALL.len() <= 32, "Draw keeps the hits in a u32");
    }

    #[test]
    fn dns_servers_are_checked_and_attached_to_their_server() {
        let config = |b: EmulatorBuilder| {
            let mut c = b.config;
            if c.servers.is_empty() {
                c.servers.push(ServerSpec {
                    region_id: DEFAULT_REGION_ID.into(),
                    ssl_vpn_server_id: DEFAULT_SSL_VPN_SERVER_ID.into(),
                    state: ServerState::Ready,
                    dns_servers: None,
                    idaas: None,
                });
            }
            apply_dns_servers(&mut c).map(|()| c)
        };
        let c = config(
            EmulatorBuilder::new().dns_servers(DEFAULT_SSL_VPN_SERVER_ID, " 10.0.0.2 ,fd00::53"),
        )
        .unwrap();
        assert_eq!(
            c.servers[0].dns_servers.as_deref(),
            Some("10.0.0.2,fd00::53")
        );
        let c = config(
            EmulatorBuilder::new()
                .dns_servers(DEFAULT_SSL_VPN_SERVER_ID, "10.0.0.2")
                .dns_servers(DEFAULT_SSL_VPN_SERVER_ID, ""),
        )
        .unwrap();
        assert_eq!(
            c.servers[0].dns_servers, None,
            "a later empty value means none"
        );
        let e = config(EmulatorBuilder::new().dns_servers("vss-other", "10.0.0.2")).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::InvalidInput);
        let e = EmulatorBuilder::new()
            .dns_servers(DEFAULT_SSL_VPN_SERVER_ID, "10.0.0.2,dns.example")
            .start()
            .unwrap_err();
        assert!(e.to_string().contains("dns.example"), "{e}");
    }

    #[test]
    fn gateways_come_from_the_servers_and_the_bare_ones() {
        let mut c = EmulatorBuilder::new()
            .server("cn-hangzhou", "vss-a1", ServerState::Locked)
            .server("cn-beijing", "odd-id", ServerState::Ready)
            .gateway("cn-hangzhou", "vpn-bare", ServerState::Configuring(2))
            .ssl_max_connections("vss-a1", 50)
            .ssl_max_connections("vpn-bare", 1000)
            .gateway_tag("vpn-a1", "env", "prod")
            .gateway_tag("vss-a1", "env", "test")
            .config;
        resolve_gateways(&mut c).unwrap();
        let g: Vec<(&str, &str, ServerState, u32)> = c
            .gateways
            .iter()
            .map(|g| {
                (
                    g.region_id.as_str(),
                    g.vpn_gateway_id.as_str(),
                    g.state,
                    g.ssl_max_connections,
                )
            })
            .collect();
        assert_eq!(
            g,
            [
                ("cn-hangzhou", "vpn-a1", ServerState::Locked, 50),
                ("cn-beijing", "vpn-odd-id", ServerState::Ready, 5),
                ("cn-hangzhou", "vpn-bare", ServerState::Configuring(2), 1000),
            ]
        );
        assert_eq!(
            c.gateways[0].tags,
            [("env".to_string(), "test".to_string())],
            "a later tag of the same key replaces the earlier one"
        );
    }

    #[test]
    fn bad_gateway_settings_are_refused() {
        for (b, says) in [
            (
                EmulatorBuilder::new().gateway(
                    "cn-hangzhou",
                    "vpn-emulator0001",
                    ServerState::Ready,
                ),
                "twice",
            ),
            (
                EmulatorBuilder::new().gateway("", "vpn-x", ServerState::Ready),
                "empty",
            ),
            (
                EmulatorBuilder::new().ssl_max_connections(DEFAULT_SSL_VPN_SERVER_ID, 7),
                "one of",
            ),
            (
                EmulatorBuilder::new().ssl_max_connections("vpn-nothere", 10),
                "neither",
            ),
            (
                EmulatorBuilder::new().gateway_tag("vpn-emulator0001", "", "v"),
                "empty",
            ),
            (
                EmulatorBuilder::new().server_idaas("vss-nothere", Idaas::v1("i", "r")),
                "not a configured server",
            ),
        ] {
            let e = b.start().unwrap_err();
            assert_eq!(e.kind(), io::ErrorKind::InvalidInput);
            assert!(e.to_string().contains(says), "{e}");
        }
        assert!("a:b:c:d:e"
            .parse::<Idaas>()
            .unwrap_err()
            .contains("INSTANCE"));
        assert!("a::c".parse::<Idaas>().is_err());
        assert_eq!(
            "i:r:app:3.0".parse::<Idaas>().unwrap().instance_version,
            "3.0"
        );
    }

    #[test]
    fn bad_configurations_are_refused() {
        let e = EmulatorBuilder::new()
            .fault(FaultKind::Throttling, 1.5)
            .start()
            .unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::InvalidInput);
        let e = EmulatorBuilder::new()
            .server("cn-hangzhou", "vss-a", ServerState::Ready)
            .server("cn-beijing", "vss-a", ServerState::Ready)
            .start()
            .unwrap_err();
        assert!(e.to_string().contains("twice"), "{e}");
        let e = EmulatorBuilder::new()
            .fault(FaultKind::Throttling, f64::NAN)
            .start()
            .unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::InvalidInput);
    }
}
