//! The command line of `vpncert-emulator`, reusable by other commands (`vpncert emulator`).
//!
//! ```
//! use clap::Parser;
//! use vpncert_emulator::cli::Cli;
//! let cli = Cli::try_parse_from([
//!     "vpncert-emulator", "--access-key", "AK:SK:subuser", "--server", "cn-beijing:vss-b:locked",
//!     "--fault", "503:0.25", "--seed", "7",
//! ]).unwrap();
//! let emu = cli.args.into_builder().start()?;
//! assert_eq!(emu.state()["servers"][0]["state"], "locked");
//! # Ok::<(), std::io::Error>(())
//! ```

use std::io::{self, Write};
use std::str::FromStr;
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

use clap::{Args, Parser};

use crate::builder::EmulatorBuilder;
use crate::{FaultKind, Idaas, Role, ServerState};

/// `--access-key ID:SECRET[:ROLE]` (ROLE: owner, subuser, noperm, inactive; default owner).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessKeyArg {
    /// The access key id.
    pub id: String,
    /// The secret.
    pub secret: String,
    /// What the key may do.
    pub role: Role,
}

impl FromStr for AccessKeyArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let (id, rest) = s
            .split_once(':')
            .ok_or_else(|| format!("expected ID:SECRET[:ROLE], got {s:?}"))?;
        // A secret may itself contain ':', so only a known role name at the end is a role.
        let (secret, role) = match rest.rsplit_once(':') {
            Some((secret, role)) if Role::parse(role).is_some() => {
                (secret, Role::parse(role).unwrap_or_default())
            }
            _ => (rest, Role::Owner),
        };
        if id.is_empty() || secret.is_empty() {
            return Err(format!("expected ID:SECRET[:ROLE], got {s:?}"));
        }
        Ok(AccessKeyArg {
            id: id.into(),
            secret: secret.into(),
            role,
        })
    }
}

/// `--sts ID:SECRET:TOKEN[:EXPIRES_IN_SECS]`: an STS key whose requests must carry TOKEN;
/// with EXPIRES_IN_SECS the token expires that long after start (0: already expired).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StsArg {
    /// The STS access key id (conventionally `STS.`...).
    pub id: String,
    /// The secret.
    pub secret: String,
    /// The security token.
    pub token: String,
    /// Seconds after start when the token expires.
    pub expires_in_secs: Option<u64>,
}

impl FromStr for StsArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || format!("expected ID:SECRET:TOKEN[:EXPIRES_IN_SECS], got {s:?}");
        let parts: Vec<&str> = s.split(':').collect();
        let (id, secret, token, expires) = match parts.as_slice() {
            [id, secret, token] => (*id, *secret, *token, None),
            [id, secret, token, secs] => (
                *id,
                *secret,
                *token,
                Some(secs.parse::<u64>().map_err(|_| usage())?),
            ),
            _ => return Err(usage()),
        };
        if id.is_empty() || secret.is_empty() || token.is_empty() {
            return Err(usage());
        }
        Ok(StsArg {
            id: id.into(),
            secret: secret.into(),
            token: token.into(),
            expires_in_secs: expires,
        })
    }
}

/// `--server REGION:SERVER_ID[:STATE]` (STATE: ready, configuring=N, locked; default ready).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerArg {
    /// The region, e.g. `cn-hangzhou`.
    pub region_id: String,
    /// The SSL-VPN server id, e.g. `vss-emulator0001`.
    pub ssl_vpn_server_id: String,
    /// Its state at start.
    pub state: ServerState,
}

impl FromStr for ServerArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || format!("expected REGION:SERVER_ID[:ready|configuring=N|locked], got {s:?}");
        let parts: Vec<&str> = s.split(':').collect();
        let (region, id, state) = match parts.as_slice() {
            [region, id] => (*region, *id, ServerState::Ready),
            [region, id, state] => (*region, *id, ServerState::parse(state).ok_or_else(usage)?),
            _ => return Err(usage()),
        };
        if region.is_empty() || id.is_empty() {
            return Err(usage());
        }
        Ok(ServerArg {
            region_id: region.into(),
            ssl_vpn_server_id: id.into(),
            state,
        })
    }
}

/// `--gateway REGION:VPN_GATEWAY_ID[:STATE]`: a gateway without an SSL-VPN server yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GatewayArg {
    /// The region, e.g. `cn-hangzhou`.
    pub region_id: String,
    /// The gateway id, e.g. `vpn-new0001`.
    pub vpn_gateway_id: String,
    /// Its state at start.
    pub state: ServerState,
}

impl FromStr for GatewayArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let server: ServerArg = s.parse().map_err(|_| {
            format!("expected REGION:VPN_GATEWAY_ID[:ready|configuring=N|locked], got {s:?}")
        })?;
        Ok(GatewayArg {
            region_id: server.region_id,
            vpn_gateway_id: server.ssl_vpn_server_id,
            state: server.state,
        })
    }
}

/// `--ssl-max-connections ID=N`: the `SslMaxConnections` of a gateway (named by its id or by
/// its server's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SslMaxConnectionsArg {
    /// A gateway id or the id of the server on it.
    pub id: String,
    /// 5, 10, 20, 50, 100, 200, 500 or 1000.
    pub n: u32,
}

impl FromStr for SslMaxConnectionsArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || format!("expected ID=N, got {s:?}");
        let (id, n) = s.split_once('=').ok_or_else(usage)?;
        let n: u32 = n.trim().parse().map_err(|_| usage())?;
        if id.trim().is_empty() {
            return Err(usage());
        }
        if !crate::builder::SSL_MAX_CONNECTIONS_CHOICES.contains(&n) {
            return Err(format!(
                "SslMaxConnections must be one of {:?}, got {n}",
                crate::builder::SSL_MAX_CONNECTIONS_CHOICES
            ));
        }
        Ok(SslMaxConnectionsArg {
            id: id.trim().into(),
            n,
        })
    }
}

/// `--ssl-vpn-internet-ip ID=IP`: an SSL-VPN address of a gateway's own (named by its id or by
/// its server's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SslVpnInternetIpArg {
    /// A gateway id or the id of the server on it.
    pub id: String,
    /// An IP address.
    pub ip: String,
}

impl FromStr for SslVpnInternetIpArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || format!("expected ID=IP, got {s:?}");
        let (id, ip) = s.split_once('=').ok_or_else(usage)?;
        let (id, ip) = (id.trim(), ip.trim());
        if id.is_empty() || ip.parse::<std::net::IpAddr>().is_err() {
            return Err(usage());
        }
        Ok(SslVpnInternetIpArg {
            id: id.into(),
            ip: ip.into(),
        })
    }
}

/// `--gateway-tag ID:KEY=VALUE`: a tag of a gateway (named by its id or by its server's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GatewayTagArg {
    /// A gateway id or the id of the server on it.
    pub id: String,
    /// The tag's key.
    pub key: String,
    /// The tag's value (may be empty).
    pub value: String,
}

impl FromStr for GatewayTagArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || format!("expected ID:KEY=VALUE, got {s:?}");
        let (id, tag) = s.split_once(':').ok_or_else(usage)?;
        let (key, value) = tag.split_once('=').ok_or_else(usage)?;
        if id.is_empty() || key.is_empty() {
            return Err(usage());
        }
        Ok(GatewayTagArg {
            id: id.into(),
            key: key.into(),
            value: value.into(),
        })
    }
}

/// `--server-idaas SERVER_ID=INSTANCE:REGION[:APPLICATION[:VERSION]]`: a server with
/// two-factor authentication (VERSION defaults to `2.0` with an APPLICATION).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerIdaasArg {
    /// The SSL-VPN server id.
    pub ssl_vpn_server_id: String,
    /// The IDaaS instance it is bound to.
    pub idaas: Idaas,
}

impl FromStr for ServerIdaasArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage =
            || format!("expected SERVER_ID=INSTANCE:REGION[:APPLICATION[:VERSION]], got {s:?}");
        let (id, idaas) = s.split_once('=').ok_or_else(usage)?;
        if id.trim().is_empty() {
            return Err(usage());
        }
        Ok(ServerIdaasArg {
            ssl_vpn_server_id: id.trim().into(),
            idaas: idaas.parse().map_err(|_| usage())?,
        })
    }
}

/// `--fault KIND:RATE` (KIND: 503, throttle, drop-after-commit, throttle-user, throttle-api,
/// rejected-throttling, internal-error, unknown-error, reset-before, reset-after, truncate,
/// stall, drip, garbage, close-idle; RATE from 0 to 1). See [`FaultKind`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FaultArg {
    /// The fault.
    pub kind: FaultKind,
    /// The fraction of requests it hits.
    pub rate: f64,
}

impl FromStr for FaultArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || {
            format!(
                "expected KIND:RATE with KIND one of {} and RATE from 0 to 1, got {s:?}",
                FaultKind::names(", ")
            )
        };
        let (kind, rate) = s.rsplit_once(':').ok_or_else(usage)?;
        let kind = FaultKind::parse(kind).ok_or_else(usage)?;
        let rate: f64 = rate.trim().parse().map_err(|_| usage())?;
        if !(0.0..=1.0).contains(&rate) {
            return Err(usage());
        }
        Ok(FaultArg { kind, rate })
    }
}

/// `--latency-ms MEAN[:JITTER]`, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LatencyArg {
    /// The mean delay.
    pub mean_ms: u64,
    /// The spread either side of it.
    pub jitter_ms: u64,
}

impl FromStr for LatencyArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || format!("expected MEAN or MEAN:JITTER in milliseconds, got {s:?}");
        let (mean, jitter) = s.split_once(':').unwrap_or((s, "0"));
        let ms = |v: &str| v.trim().parse::<u64>().ok().filter(|n| *n <= 600_000);
        Ok(LatencyArg {
            mean_ms: ms(mean).ok_or_else(usage)?,
            jitter_ms: ms(jitter).ok_or_else(usage)?,
        })
    }
}

/// `--rate-limit ACTION=N`: requests per second of an API action (`*`: every other action).
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimitArg {
    /// The action, e.g. `CreateSslVpnClientCert`, or `*`.
    pub action: String,
    /// Requests per second.
    pub per_second: f64,
}

impl FromStr for RateLimitArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || {
            format!("expected ACTION=N (N requests per second, more than 0; ACTION `*` for every other action), got {s:?}")
        };
        let (action, rate) = s.split_once('=').ok_or_else(usage)?;
        let action = action.trim();
        let known = action == "*" || crate::generated::actions::Action::from_name(action).is_some();
        if !known {
            return Err(format!(
                "{action:?} is not an API action the emulator serves ({s:?})"
            ));
        }
        let per_second: f64 = rate.trim().parse().map_err(|_| usage())?;
        if !per_second.is_finite() || per_second <= 0.0 || per_second > 1e6 {
            return Err(usage());
        }
        Ok(RateLimitArg {
            action: action.to_owned(),
            per_second,
        })
    }
}

/// `--dns-servers SERVER_ID=IP[,IP]...`: the DNS servers an SSL-VPN server pushes to clients,
/// returned by DescribeSslVpnServers as `DnsServers`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DnsServersArg {
    /// The SSL-VPN server id, e.g. `vss-emulator0001`.
    pub ssl_vpn_server_id: String,
    /// IP addresses separated by commas.
    pub dns_servers: String,
}

impl FromStr for DnsServersArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || format!("expected SERVER_ID=IP[,IP]..., got {s:?}");
        let (id, dns) = s.split_once('=').ok_or_else(usage)?;
        let (id, dns) = (id.trim(), dns.trim());
        if id.is_empty() || dns.is_empty() {
            return Err(usage());
        }
        if let Some(bad) = dns
            .split(',')
            .map(str::trim)
            .find(|ip| ip.parse::<std::net::IpAddr>().is_err())
        {
            return Err(format!("{bad:?} is not an IP address, in {s:?}"));
        }
        Ok(DnsServersArg {
            ssl_vpn_server_id: id.into(),
            dns_servers: dns.into(),
        })
    }
}

/// The emulator's flags, as a clap `Args` group another command can flatten into its own.
#[derive(Debug, Clone, Default, Args)]
pub struct EmulatorArgs {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:0")]
    pub listen: String,
    /// An accepted access key (repeatable). ROLE: owner (default), subuser, noperm, inactive.
    /// Default when no key is given: testid:testsecret.
    #[arg(long = "access-key", value_name = "ID:SECRET[:ROLE]")]
    pub access_keys: Vec<AccessKeyArg>,
    /// An accepted STS key whose requests must carry TOKEN (repeatable).
    #[arg(long = "sts", value_name = "ID:SECRET:TOKEN[:EXPIRES_IN_SECS]")]
    pub sts: Vec<StsArg>,
    /// A modelled SSL-VPN server (repeatable). STATE: ready (default), configuring=N, locked.
    /// Default when no server is given: cn-hangzhou:vss-emulator0001.
    #[arg(long = "server", value_name = "REGION:SERVER_ID[:STATE]")]
    pub servers: Vec<ServerArg>,
    /// A VPN gateway without an SSL-VPN server yet, for CreateSslVpnServer (repeatable;
    /// every --server has a gateway of its own already: vss-X runs on vpn-X). STATE as for
    /// --server.
    #[arg(long = "gateway", value_name = "REGION:VPN_GATEWAY_ID[:STATE]")]
    pub gateways: Vec<GatewayArg>,
    /// The SslMaxConnections of a gateway, named by its id or its server's (repeatable):
    /// 5 (default), 10, 20, 50, 100, 200, 500 or 1000.
    #[arg(long = "ssl-max-connections", value_name = "ID=N")]
    pub ssl_max_connections: Vec<SslMaxConnectionsArg>,
    /// Gives a gateway, named by its id or its server's, an SSL-VPN address of its own
    /// (repeatable): its SslVpnInternetIp is IP, while DescribeSslVpnServers shows the
    /// gateway's InternetIp for its server.
    #[arg(long = "ssl-vpn-internet-ip", value_name = "ID=IP")]
    pub ssl_vpn_internet_ips: Vec<SslVpnInternetIpArg>,
    /// A tag of a gateway, named by its id or its server's (repeatable).
    #[arg(long = "gateway-tag", value_name = "ID:KEY=VALUE")]
    pub gateway_tags: Vec<GatewayTagArg>,
    /// Two-factor authentication of a server: EnableMultiFactorAuth is true and the IDaaS
    /// fields carry these values (repeatable). VERSION defaults to 2.0 with an APPLICATION.
    #[arg(
        long = "server-idaas",
        value_name = "SERVER_ID=INSTANCE:REGION[:APPLICATION[:VERSION]]"
    )]
    pub server_idaas: Vec<ServerIdaasArg>,
    /// DNS servers of an SSL-VPN server, reported as DnsServers by DescribeSslVpnServers
    /// (repeatable). Default: none, and the field is left out.
    #[arg(long = "dns-servers", value_name = "SERVER_ID=IP[,IP]...")]
    pub dns_servers: Vec<DnsServersArg>,
    /// Live certificates the account may hold (Resource.QuotaFull past it) [default: 50].
    #[arg(long, value_name = "N")]
    pub quota: Option<u32>,
    /// Live certificates one server may hold (CreateSslCertsQuotaFull.QuotaFull past it)
    /// [default: unlimited].
    #[arg(long, value_name = "N")]
    pub server_quota: Option<u32>,
    /// Creations allowed in total (SslVpnClientCreateTimes.ReachLimits past it) [default: 1000].
    #[arg(long, value_name = "N")]
    pub create_limit: Option<u32>,
    /// Inject a fault into a fraction of requests (repeatable). KIND: 503 (503
    /// ServiceUnavailable), throttle (400 Throttling), throttle-user (400 Throttling.User),
    /// throttle-api (400 Throttling.Api), rejected-throttling (400 Rejected.Throttling),
    /// internal-error (500 InternalError), unknown-error (500 UnknownError), drop-after-commit
    /// (a change is made, then the connection is closed unanswered). Below HTTP: reset-before
    /// (the connection is reset once the request head arrives; nothing is done), stall (nothing
    /// is done or written until the client leaves, at most 120 s), reset-after (the request is
    /// carried out, then the connection is reset), truncate (half the body, then close), drip
    /// (the answer one byte every 200 ms), garbage (status line `HTTP/1.1 2OO OK` and a header
    /// line without a colon, then close), close-idle (after a keep-alive answer the server
    /// closes the connection at once or after 50 ms idle).
    #[arg(long = "fault", value_name = "KIND:RATE")]
    pub faults: Vec<FaultArg>,
    /// Seed for fault draws and generated ids (deterministic runs).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Delay added to every API request, in milliseconds: MEAN, or MEAN:JITTER for a delay
    /// uniform in MEAN ± JITTER.
    #[arg(long, value_name = "MEAN[:JITTER]")]
    pub latency_ms: Option<LatencyArg>,
    /// The service's flow control: at most N requests per second of ACTION per access key
    /// (a token bucket with a burst of N); past it, 400 Throttling.User. ACTION `*` limits every
    /// action not named. Repeatable.
    #[arg(long = "rate-limit", value_name = "ACTION=N")]
    pub rate_limits: Vec<RateLimitArg>,
    /// Offset of the emulator's clock from the machine's, in seconds (may be negative).
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub clock_skew_secs: Option<i64>,
    /// Serve HTTPS with a throwaway CA; its PEM is printed after the banner.
    #[arg(long)]
    pub tls: bool,
    /// How long a gateway stays `updating` (changes answer VpnGateway.Configuring, clients
    /// cannot connect) after a certificate delete and after an SSL-VPN server is created,
    /// changed (other than renamed) or deleted, in ms [default: 300]. Also
    /// --delete-settle-ms.
    #[arg(
        long = "settle-ms",
        visible_alias = "delete-settle-ms",
        value_name = "N"
    )]
    pub settle_ms: Option<u64>,
    /// The same after a certificate create, in ms [default: 0].
    #[arg(long, value_name = "N")]
    pub create_settle_ms: Option<u64>,
    /// Validity of issued client certificates, in seconds [default: three years].
    #[arg(long, value_name = "N")]
    pub cert_validity_secs: Option<u64>,
    /// Answer DescribeSslVpnClientCert with an empty ClientConfig (as the service may): clients
    /// then build the profile from the server's and the gateway's settings.
    #[arg(long)]
    pub no_client_config: bool,
    /// Connections served at once; more are closed as soon as they are accepted [default: 512].
    #[arg(long, value_name = "N")]
    pub max_connections: Option<usize>,
    /// Where a real OpenVPN server for the SSL-VPN servers listens (PROTO udp, the default, or
    /// tcp): every server's InternetIp, and the configured servers' Port and Proto, so issued
    /// profiles connect there. GET /__emulator/openvpn-server-config?SslVpnServerId=.. then
    /// answers that server's OpenVPN configuration (CA, server certificate, CRL).
    #[arg(long, value_name = "HOST:PORT[/PROTO]")]
    pub openvpn_remote: Option<crate::OpenVpnRemote>,
}

impl EmulatorArgs {
    /// The builder these flags describe.
    pub fn into_builder(self) -> EmulatorBuilder {
        let mut b = EmulatorBuilder::new();
        if !self.listen.is_empty() {
            b = b.listen(self.listen);
        }
        for k in self.access_keys {
            b = b.access_key(k.id, k.secret, k.role);
        }
        let now = SystemTime::now();
        for s in self.sts {
            b = match s.expires_in_secs {
                Some(secs) => b.sts_credentials_until(
                    s.id,
                    s.secret,
                    s.token,
                    now + Duration::from_secs(secs),
                ),
                None => b.sts_credentials(s.id, s.secret, s.token),
            };
        }
        for s in self.servers {
            b = b.server(s.region_id, s.ssl_vpn_server_id, s.state);
        }
        for g in self.gateways {
            b = b.gateway(g.region_id, g.vpn_gateway_id, g.state);
        }
        for m in self.ssl_max_connections {
            b = b.ssl_max_connections(m.id, m.n);
        }
        for a in self.ssl_vpn_internet_ips {
            b = b.ssl_vpn_internet_ip(a.id, a.ip);
        }
        for t in self.gateway_tags {
            b = b.gateway_tag(t.id, t.key, t.value);
        }
        for i in self.server_idaas {
            b = b.server_idaas(i.ssl_vpn_server_id, i.idaas);
        }
        for d in self.dns_servers {
            b = b.dns_servers(d.ssl_vpn_server_id, d.dns_servers);
        }
        if let Some(n) = self.quota {
            b = b.quota(n);
        }
        if let Some(n) = self.server_quota {
            b = b.server_quota(n);
        }
        if let Some(n) = self.create_limit {
            b = b.create_limit(n);
        }
        for f in self.faults {
            b = b.fault(f.kind, f.rate);
        }
        if let Some(seed) = self.seed {
            b = b.seed(seed);
        }
        if let Some(l) = self.latency_ms {
            b = b
                .latency(Duration::from_millis(l.mean_ms))
                .latency_jitter(Duration::from_millis(l.jitter_ms));
        }
        for r in self.rate_limits {
            b = b.rate_limit(r.action, r.per_second);
        }
        if let Some(secs) = self.clock_skew_secs {
            b = b.clock_skew_secs(secs);
        }
        if let Some(ms) = self.settle_ms {
            b = b.settle(Duration::from_millis(ms));
        }
        if let Some(ms) = self.create_settle_ms {
            b = b.create_settle(Duration::from_millis(ms));
        }
        if let Some(secs) = self.cert_validity_secs {
            b = b.cert_validity(Duration::from_secs(secs));
        }
        if self.no_client_config {
            b = b.client_config(false);
        }
        if let Some(n) = self.max_connections {
            b = b.max_connections(n);
        }
        if let Some(remote) = self.openvpn_remote {
            b = b.openvpn_remote(remote);
        }
        b.tls(self.tls)
    }
}

/// The `vpncert-emulator` command.
#[derive(Debug, Clone, Parser)]
#[command(
    name = "vpncert-emulator",
    version,
    about = "A local emulator of the Alibaba Cloud VPC SSL-VPN client-certificate API"
)]
pub struct Cli {
    /// The emulator's flags.
    #[command(flatten)]
    pub args: EmulatorArgs,
}

/// Starts the emulator, prints `listening on URL` (flushed) and then one line per key and
/// server (and the CA PEM with `--tls`) to `out`, and serves until SIGINT or SIGTERM.
///
/// Installs the process's signal handler, so call it once per process.
pub fn run(args: EmulatorArgs, out: &mut dyn Write) -> io::Result<()> {
    let (tx, rx) = mpsc::channel::<()>();
    ctrlc::set_handler(move || {
        let _ = tx.send(());
    })
    .map_err(|e| io::Error::other(format!("cannot install the signal handler: {e}")))?;
    let emu = args.into_builder().start()?;
    // The first line is a contract (scripts wait for it), so it is flushed on its own.
    writeln!(out, "listening on {}://{}", emu.scheme(), emu.local_addr())?;
    out.flush()?;
    // Later write errors (a closed pipe) must not stop the server.
    for line in emu.banner_lines() {
        let _ = writeln!(out, "{line}");
    }
    if let Some(pem) = emu.ca_pem() {
        let _ = write!(out, "TLS CA certificate:\n{pem}");
    }
    let _ = out.flush();
    let _ = rx.recv();
    emu.shutdown();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latency_and_rate_limits_are_checked() {
        assert_eq!(
            "30:10".parse::<LatencyArg>().unwrap(),
            LatencyArg {
                mean_ms: 30,
                jitter_ms: 10
            }
        );
        for bad in ["", "x", "30:", "-1", "30:10:5"] {
            assert!(bad.parse::<LatencyArg>().is_err(), "{bad:?}");
        }
        for bad in [
            "CreateSslVpnClientCert",
            "CreateSslVpnClientCert=0",
            "Nope=5",
            "*=x",
            "*=inf",
        ] {
            assert!(bad.parse::<RateLimitArg>().is_err(), "{bad:?}");
        }
        let e = "CreateCert=5".parse::<RateLimitArg>().unwrap_err();
        assert!(e.contains("CreateCert"), "{e}");
    }

    #[test]
    fn parses_every_flag() {
        let cli = Cli::try_parse_from([
            "vpncert-emulator",
            "--listen",
            "127.0.0.1:0",
            "--access-key",
            "a:b:c:noperm",
            "--access-key",
            "x:y",
            "--sts",
            "STS.t:s:tok:60",
            "--server",
            "cn-beijing:vss-1:configuring=2",
            "--quota",
            "3",
            "--server-quota",
            "2",
            "--create-limit",
            "9",
            "--fault",
            "throttle:0.5",
            "--fault",
            "drop-after-commit:1",
            "--fault",
            "Throttling.User:0.1",
            "--fault",
            "unknown-error:0",
            "--dns-servers",
            "vss-1=10.0.0.2, 2001:db8::53",
            "--seed",
            "42",
            "--latency-ms",
            "5",
            "--clock-skew-secs",
            "-3600",
            "--tls",
            "--delete-settle-ms",
            "10",
            "--cert-validity-secs",
            "100",
            "--no-client-config",
            "--openvpn-remote",
            "127.0.0.1:11940/tcp",
            "--fault",
            "reset_after:0.25",
            "--fault",
            "close-idle:1",
            "--max-connections",
            "7",
            "--gateway",
            "cn-beijing:vpn-bare0001:locked",
            "--ssl-max-connections",
            "vss-1=20",
            "--ssl-vpn-internet-ip",
            "vss-1=192.0.2.7",
            "--gateway-tag",
            "vpn-bare0001:env=prod=blue",
            "--server-idaas",
            "vss-1=idaas-cn-x:cn-shanghai:app-y",
            "--create-settle-ms",
            "25",
            "--rate-limit",
            "CreateSslVpnClientCert=30",
            "--rate-limit",
            "*=100.5",
        ])
        .unwrap();
        let a = cli.args;
        assert_eq!(
            a.access_keys,
            vec![
                AccessKeyArg {
                    id: "a".into(),
                    secret: "b:c".into(),
                    role: Role::NoPerm
                },
                AccessKeyArg {
                    id: "x".into(),
                    secret: "y".into(),
                    role: Role::Owner
                },
            ]
        );
        assert_eq!(a.sts[0].expires_in_secs, Some(60));
        assert_eq!(a.servers[0].state, ServerState::Configuring(2));
        assert_eq!(a.faults[1].kind, FaultKind::DropAfterCommit);
        assert_eq!(a.faults[2].kind, FaultKind::ThrottlingUser);
        assert_eq!(a.faults[3].kind, FaultKind::UnknownError);
        assert_eq!(
            a.dns_servers,
            vec![DnsServersArg {
                ssl_vpn_server_id: "vss-1".into(),
                dns_servers: "10.0.0.2, 2001:db8::53".into(),
            }]
        );
        assert_eq!(a.clock_skew_secs, Some(-3600));
        assert!(a.tls);
        assert_eq!(
            (a.faults[4].kind, a.faults[4].rate),
            (FaultKind::ResetAfter, 0.25)
        );
        assert_eq!(a.faults[5].kind, FaultKind::CloseIdle);
        assert_eq!(a.max_connections, Some(7));
        assert_eq!(a.settle_ms, Some(10), "--delete-settle-ms is --settle-ms");
        assert!(a.no_client_config);
        assert_eq!(
            a.openvpn_remote,
            Some(crate::OpenVpnRemote::new("127.0.0.1", 11940).proto(crate::OpenVpnProto::Tcp))
        );
        assert_eq!(a.create_settle_ms, Some(25));
        assert_eq!(
            a.latency_ms,
            Some(LatencyArg {
                mean_ms: 5,
                jitter_ms: 0
            })
        );
        assert_eq!(
            a.rate_limits,
            vec![
                RateLimitArg {
                    action: "CreateSslVpnClientCert".into(),
                    per_second: 30.0
                },
                RateLimitArg {
                    action: "*".into(),
                    per_second: 100.5
                },
            ]
        );
        assert_eq!(
            a.gateways,
            vec![GatewayArg {
                region_id: "cn-beijing".into(),
                vpn_gateway_id: "vpn-bare0001".into(),
                state: ServerState::Locked,
            }]
        );
        assert_eq!(
            a.ssl_max_connections,
            vec![SslMaxConnectionsArg {
                id: "vss-1".into(),
                n: 20
            }]
        );
        assert_eq!(
            a.ssl_vpn_internet_ips,
            vec![SslVpnInternetIpArg {
                id: "vss-1".into(),
                ip: "192.0.2.7".into()
            }]
        );
        assert_eq!(
            a.gateway_tags,
            vec![GatewayTagArg {
                id: "vpn-bare0001".into(),
                key: "env".into(),
                value: "prod=blue".into(),
            }]
        );
        assert_eq!(
            a.server_idaas[0].idaas,
            Idaas::v2("idaas-cn-x", "cn-shanghai", "app-y")
        );
        let a = Cli::try_parse_from(["vpncert-emulator", "--settle-ms", "7"])
            .unwrap()
            .args;
        assert_eq!(a.settle_ms, Some(7));
    }

    #[test]
    fn the_default_listen_address_is_loopback() {
        let a = Cli::try_parse_from(["vpncert-emulator"]).unwrap().args;
        assert_eq!(a.listen, "127.0.0.1:0");
        let emu = a.into_builder().start().unwrap();
        assert!(emu.local_addr().ip().is_loopback(), "{}", emu.local_addr());
        let emu = EmulatorArgs::default().into_builder().start().unwrap();
        assert!(emu.local_addr().ip().is_loopback(), "{}", emu.local_addr());
    }

    #[test]
    fn refuses_bad_values() {
        for bad in [
            ["--access-key", "nosecret"],
            ["--server", "cn-hangzhou"],
            ["--server", "cn-hangzhou:vss:busy"],
            ["--fault", "500:0.1"],
            ["--fault", "503:2"],
            ["--fault", "internal-error"],
            ["--dns-servers", "vss-1"],
            ["--dns-servers", "vss-1="],
            ["--dns-servers", "vss-1=dns.example"],
            ["--sts", "id:secret"],
            ["--gateway", "cn-hangzhou"],
            ["--gateway", "cn-hangzhou:vpn-1:sleepy"],
            ["--ssl-max-connections", "vpn-1=7"],
            ["--ssl-max-connections", "vpn-1"],
            ["--ssl-max-connections", "=5"],
            ["--ssl-vpn-internet-ip", "vss-1"],
            ["--ssl-vpn-internet-ip", "vss-1=vpn.example"],
            ["--ssl-vpn-internet-ip", "=192.0.2.7"],
            ["--gateway-tag", "vpn-1:=v"],
            ["--gateway-tag", "vpn-1"],
            ["--server-idaas", "vss-1=idaas-only"],
            ["--server-idaas", "vss-1=a:b:c:d:e"],
            ["--server-idaas", "=a:b"],
        ] {
            let r = Cli::try_parse_from(["vpncert-emulator", bad[0], bad[1]]);
            assert!(r.is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn every_fault_kind_has_a_flag_value() {
        for &kind in FaultKind::ALL {
            let arg: FaultArg = format!("{}:0.5", kind.as_str()).parse().unwrap();
            assert_eq!((arg.kind, arg.rate), (kind, 0.5));
        }
        let e = "nope:0.5".parse::<FaultArg>().unwrap_err();
        assert!(e.contains("rejected-throttling"), "{e}");
        assert!(e.contains("close-idle"), "{e}");
    }
}
