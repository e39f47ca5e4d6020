//! One HTTP request in, one answer out: faults, authentication, region and role checks, the
//! operation, and the JSON bodies the real endpoint sends. Also the `/__emulator/` test routes.

use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

use serde_json::{json, Map, Value};

use crate::auth::{self, Keys, NonceCache};
use crate::builder::{Config, Role};
use crate::error::Failure;
use crate::faults::{Dice, Draw};
use crate::http::{Request, Response};
use crate::ops::{self, Ctx};
use crate::params::{decode_pairs, Params};
use crate::world::{epoch_ms, Refusal, World};
use crate::{FaultKind, ServerState};

/// State shared by every connection of one emulator.
#[derive(Debug)]
pub(crate) struct Shared {
    pub config: Config,
    pub keys: Keys,
    pub world: Mutex<World>,
    pub nonces: Mutex<NonceCache>,
    pub dice: Mutex<Dice>,
    pub stats: Stats,
    pub flow: crate::limits::FlowControl,
    /// Where the listening socket is bound: the control routes accept only `Host` and `Origin`
    /// values naming this port on a loopback address.
    pub local_addr: SocketAddr,
}

/// Counters shown in the state snapshot.
#[derive(Debug, Default)]
pub(crate) struct Stats {
    pub requests: AtomicU64,
    /// API requests answered `Throttling.User` by the flow control or a brownout.
    pub throttled: AtomicU64,
    /// Requests each fault kind hit, indexed by `FaultKind::index`.
    pub faults: [AtomicU64; FaultKind::ALL.len()],
}

impl Stats {
    pub fn count_fault(&self, kind: FaultKind) {
        self.faults[kind.index()].fetch_add(1, Ordering::Relaxed);
    }
}

/// Locks a mutex, carrying on after a panic elsewhere (the data stays consistent: every
/// change is made under one lock and nothing in it panics).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The machine's clock shifted by `skew_secs`.
pub(crate) fn skewed_now(skew_secs: i64) -> SystemTime {
    let now = SystemTime::now();
    let shifted = if skew_secs >= 0 {
        now.checked_add(Duration::from_secs(skew_secs.unsigned_abs()))
    } else {
        now.checked_sub(Duration::from_secs(skew_secs.unsigned_abs()))
    };
    shifted.unwrap_or(now)
}

impl Shared {
    /// The emulator's clock: the machine's, shifted by the configured skew.
    pub fn now(&self) -> SystemTime {
        skewed_now(self.config.clock_skew_secs)
    }

    /// The state snapshot served at `/__emulator/state`.
    pub fn snapshot(&self) -> Value {
        let mut v = lock(&self.world).snapshot(Instant::now(), epoch_ms(self.now()));
        let s = &self.stats;
        v["requests"] = json!(s.requests.load(Ordering::Relaxed));
        v["throttled"] = json!(s.throttled.load(Ordering::Relaxed));
        v["faults"] = Value::Object(
            FaultKind::ALL
                .iter()
                .map(|&k| {
                    let n = s.faults[k.index()].load(Ordering::Relaxed);
                    (k.counter_name().to_owned(), json!(n))
                })
                .collect(),
        );
        v["access_keys"] = Value::Array(
            self.config
                .keys
                .iter()
                .map(|k| json!({"access_key_id": k.id, "role": k.role.as_str(), "sts": k.security_token.is_some()}))
                .collect(),
        );
        v
    }
}

impl Shared {
    /// Connects a client (see `Emulator::connect`); the connection's snapshot view.
    pub fn connect(
        &self,
        ssl_vpn_client_cert_id: &str,
        ip: Option<&str>,
        user: Option<&str>,
    ) -> Result<Value, Refusal> {
        let now = self.now();
        let mut world = lock(&self.world);
        let c = world.connect(ssl_vpn_client_cert_id, ip, user, now, Instant::now())?;
        Ok(c.state_json(epoch_ms(now)))
    }

    /// The OpenVPN server configuration of an SSL-VPN server (see `openvpn::server_config`);
    /// an error when no OpenVPN remote is configured or there is no such server.
    pub fn openvpn_server_config(
        &self,
        ssl_vpn_server_id: &str,
    ) -> Result<String, crate::openvpn::ConfigError> {
        crate::openvpn::config_of(self, ssl_vpn_server_id)
    }

    /// Disconnects a certificate's clients (only the one from `ip`, when given); how many.
    pub fn disconnect(&self, ssl_vpn_client_cert_id: &str, ip: Option<&str>) -> usize {
        let now = self.now();
        lock(&self.world).disconnect(ssl_vpn_client_cert_id, ip, now)
    }
}

/// What to do with the connection after a request.
#[derive(Debug)]
pub(crate) enum Outcome {
    Respond(Response),
    /// Close the connection without answering (the "commit then drop" fault).
    Drop,
}

/// Whether the request is for the emulator's own routes, which faults never hit.
pub(crate) fn is_control(req: &Request) -> bool {
    req.path == "/__emulator" || req.path.starts_with("/__emulator/")
}

/// Counts an API request whose head has arrived and draws the faults that hit it.
pub(crate) fn begin(shared: &Shared) -> Draw {
    shared.stats.requests.fetch_add(1, Ordering::Relaxed);
    lock(&shared.dice).draw()
}

/// Handles one request from `peer`; `draw` is what [`begin`] drew for an API request.
pub(crate) fn handle(shared: &Shared, req: &Request, peer: SocketAddr, draw: Draw) -> Outcome {
    if is_control(req) {
        return Outcome::Respond(control(shared, req, peer));
    }
    let delay = crate::limits::latency(shared.config.latency, shared.config.latency_jitter);
    if !delay.is_zero() {
        std::thread::sleep(delay);
    }
    let request_id = uuid::Uuid::new_v4().to_string().to_ascii_uppercase();
    let (result, drop) = call(shared, req, draw);
    match result {
        Ok(_) if drop => {
            shared.stats.count_fault(FaultKind::DropAfterCommit);
            Outcome::Drop
        }
        Ok(body) => {
            let mut out = Map::new();
            out.insert("RequestId".into(), Value::String(request_id.clone()));
            if let Value::Object(fields) = body {
                out.extend(fields);
            }
            let mut resp = Response::json(200, &Value::Object(out));
            resp.headers.push(("x-acs-request-id", request_id));
            Outcome::Respond(resp)
        }
        Err(f) => Outcome::Respond(error_response(&f, &request_id, req)),
    }
}

/// The error body of the gateway, with the request id also in `x-acs-request-id`.
fn error_response(f: &Failure, request_id: &str, req: &Request) -> Response {
    let host_id = req
        .header("host")
        .map(|h| h.rsplit_once(':').map_or(h, |(host, _)| host))
        .filter(|h| !h.is_empty())
        .unwrap_or("vpc.aliyuncs.com");
    let body = json!({
        "RequestId": request_id,
        "HostId": host_id,
        "Code": f.code,
        "Message": f.message,
        "Recommend": format!(
            "https://api.aliyun.com/troubleshoot?q={}&product=Vpc&requestId={request_id}",
            vpncert::sign::percent_encode(&f.code)
        ),
    });
    let mut resp = Response::json(f.status, &body);
    resp.headers
        .push(("x-acs-request-id", request_id.to_owned()));
    resp
}

/// Runs an API call; the flag says whether a committed change is to be dropped.
fn call(shared: &Shared, req: &Request, draw: Draw) -> (Result<Value, Failure>, bool) {
    if req.method != "GET" && req.method != "POST" {
        return (Err(Failure::unsupported_method(&req.method)), false);
    }
    if req.path != "/" {
        return (Err(Failure::action_not_found(&req.path)), false);
    }
    let too_many = || Failure::invalid_parameter("query", "the request has too many parameters.");
    let Some(query) = decode_pairs(&req.query) else {
        return (Err(too_many()), false);
    };
    let is_form = req.header("content-type").is_some_and(|t| {
        t.split(';').next().is_some_and(|m| {
            m.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
    });
    let form = if is_form {
        match decode_pairs(&String::from_utf8_lossy(&req.body)) {
            Some(f) => f,
            None => return (Err(too_many()), false),
        }
    } else {
        Vec::new()
    };

    // A rejecting fault answers before authentication, so it changes nothing (not even the
    // nonce memory): a retry of the same request may succeed.
    if let Some(kind) = draw.rejection() {
        if let Some(failure) = Failure::fault(kind) {
            shared.stats.count_fault(kind);
            return (Err(failure), false);
        }
    }

    let now = shared.now();
    let auth = match auth::authenticate(
        req,
        &query,
        &form,
        &auth::Context {
            keys: &shared.keys,
            nonces: &shared.nonces,
            now,
        },
    ) {
        Ok(a) => a,
        Err(f) => return (Err(f), false),
    };
    if !shared.flow.admit(
        &shared.config.rate_limits,
        &auth.access_key_id,
        auth.action.name(),
        Instant::now(),
    ) {
        shared.stats.throttled.fetch_add(1, Ordering::Relaxed);
        return (Err(Failure::throttling_user()), false);
    }
    let mut pairs = query;
    pairs.extend(form);
    let params = Params::new(pairs);
    let Some(region_id) = params.non_empty("RegionId") else {
        return (Err(Failure::missing("RegionId")), false);
    };
    let mut world = lock(&shared.world);
    if !world.region_exists(region_id) {
        return (Err(Failure::region_not_found()), false);
    }
    match auth.role {
        Role::SubUser => return (Err(Failure::forbidden_sub_user()), false),
        Role::NoPerm => return (Err(Failure::forbidden()), false),
        Role::Owner | Role::Inactive => {}
    }
    let result = ops::run(
        auth.action,
        &mut Ctx {
            world: &mut world,
            config: &shared.config,
            params: &params,
            region_id,
            access_key_id: &auth.access_key_id,
            now,
            instant: Instant::now(),
        },
    );
    let drop = result.is_ok() && auth.action.is_mutating() && draw.hit(FaultKind::DropAfterCommit);
    (result, drop)
}

/// The control routes, for loopback peers only, and never for a web page (see
/// [`browser_refusal`]):
/// - `GET /__emulator/state`: the snapshot;
/// - `POST /__emulator/server-state?SslVpnServerId=..&State=..` (or `VpnGatewayId=..`): the
///   state of a server's gateway, or of a gateway;
/// - `POST /__emulator/connect` with `{"ssl_vpn_client_cert_id": .., "ip": ..}` (`ip` and
///   `user`, the name a two-factor server reports, optional): a client connects, 200 with the
///   connection, or 409 when the gateway would refuse it;
/// - `POST /__emulator/disconnect` with the same body (`ip` optional): 200 with how many
///   connections ended;
/// - `GET /__emulator/openvpn-server-config?SslVpnServerId=..`: 200 with the OpenVPN server
///   configuration of that server (text), 404 for an unknown server, 409 without an OpenVPN
///   remote.
///
/// The two connection routes also take their fields as query parameters.
fn control(shared: &Shared, req: &Request, peer: SocketAddr) -> Response {
    if !peer.ip().to_canonical().is_loopback() {
        return Response::json(
            403,
            &json!({"error": "the /__emulator/ routes answer loopback clients only"}),
        );
    }
    if let Some(why) = browser_refusal(req, shared.local_addr, shared.config.tls) {
        return Response::json(403, &json!({ "error": why }));
    }
    match (req.method.as_str(), req.path.as_str()) {
        ("GET", "/__emulator/state") => Response::json(200, &shared.snapshot()),
        ("POST", "/__emulator/server-state") => set_state(shared, req),
        ("POST", "/__emulator/brownout") => brownout(shared, req),
        ("GET", "/__emulator/openvpn-server-config") => crate::openvpn::route(shared, req),
        ("POST", "/__emulator/connect") => match connection_fields(req) {
            Err(resp) => resp,
            Ok(f) => match shared.connect(&f.cert, f.ip.as_deref(), f.user.as_deref()) {
                Ok(connection) => Response::json(200, &connection),
                Err(Refusal(why)) => Response::json(409, &json!({ "error": why })),
            },
        },
        ("POST", "/__emulator/disconnect") => match connection_fields(req) {
            Err(resp) => resp,
            Ok(f) => {
                let n = shared.disconnect(&f.cert, f.ip.as_deref());
                Response::json(200, &json!({ "disconnected": n }))
            }
        },
        _ => Response::json(
            404,
            &json!({"error": "routes: GET /__emulator/state, POST /__emulator/server-state?SslVpnServerId=..&State=.., POST /__emulator/connect, POST /__emulator/disconnect, POST /__emulator/brownout?Seconds=S, GET /__emulator/openvpn-server-config?SslVpnServerId=.."}),
        ),
    }
}

/// `POST /__emulator/brownout?Seconds=S`: every API request answers `Throttling.User` for the
/// next S seconds (0 ends a brownout).
fn brownout(shared: &Shared, req: &Request) -> Response {
    let params = Params::new(decode_pairs(&req.query).unwrap_or_default());
    let seconds = params
        .get("Seconds")
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| s.is_finite() && (0.0..=86_400.0).contains(s));
    let Some(seconds) = seconds else {
        return Response::json(400, &json!({"error": "Seconds (0 to 86400) is required"}));
    };
    shared
        .flow
        .brownout(Instant::now(), Duration::from_secs_f64(seconds));
    Response::json(200, &json!({ "brownout_seconds": seconds }))
}

fn set_state(shared: &Shared, req: &Request) -> Response {
    let params = Params::new(decode_pairs(&req.query).unwrap_or_default());
    let server = params.non_empty("SslVpnServerId");
    let gateway = params.non_empty("VpnGatewayId");
    let (Some(state), true) = (params.get("State"), server.is_some() != gateway.is_some()) else {
        return Response::json(
            400,
            &json!({"error": "State (ready | configuring=N | locked) and one of SslVpnServerId or VpnGatewayId are required"}),
        );
    };
    let Some(state) = ServerState::parse(state) else {
        return Response::json(
            400,
            &json!({"error": "State must be ready, configuring=N or locked"}),
        );
    };
    let mut world = lock(&shared.world);
    let (found, id) = match (server, gateway) {
        (Some(id), _) => (world.set_server_state(id, state), id),
        (None, Some(id)) => (world.set_gateway_state(id, state), id),
        (None, None) => (false, ""),
    };
    drop(world);
    if found {
        Response::json(200, &shared.snapshot())
    } else {
        Response::json(404, &json!({"error": format!("no server or gateway {id}")}))
    }
}

/// The fields of a connect or disconnect request.
struct ConnectionFields {
    cert: String,
    ip: Option<String>,
    user: Option<String>,
}

/// Reads the JSON body (or, without a body, the query); a 400 answer for a bad one.
fn connection_fields(req: &Request) -> Result<ConnectionFields, Response> {
    let bad = |why: String| Response::json(400, &json!({ "error": why }));
    let fields: Map<String, Value> = if req.body.iter().all(u8::is_ascii_whitespace) {
        decode_pairs(&req.query)
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| (k, Value::String(v)))
            .collect()
    } else {
        match serde_json::from_slice::<Value>(&req.body) {
            Ok(Value::Object(m)) => m,
            Ok(_) => return Err(bad("the body must be a JSON object".into())),
            Err(e) => return Err(bad(format!("the body is not JSON: {e}"))),
        }
    };
    let text = |name: &str| -> Result<Option<String>, Response> {
        match fields.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(bad(format!("{name} must be a string"))),
        }
    };
    let Some(cert) = text("ssl_vpn_client_cert_id")? else {
        return Err(bad("ssl_vpn_client_cert_id is required".into()));
    };
    let ip = text("ip")?;
    if let Some(ip) = &ip {
        if ip.parse::<IpAddr>().is_err() {
            return Err(bad(format!("ip {ip:?} is not an IP address")));
        }
    }
    Ok(ConnectionFields {
        cert,
        ip,
        user: text("user")?,
    })
}

/// Why a control request looks like it comes from a web page, if it does. A page the browser
/// shows may send requests to 127.0.0.1 (and read the answer once a DNS name it controls
/// resolves there), so the routes that show and change the state refuse requests that name
/// any other origin or site: a foreign `Origin`, a `Sec-Fetch-Site` of another site, or a
/// `Host` (or absolute-form target) that is not this emulator's loopback address and port.
/// Clients that send none of these (curl, SDKs, the tests) are not browsers and pass.
pub(crate) fn browser_refusal(req: &Request, local: SocketAddr, tls: bool) -> Option<&'static str> {
    let scheme = if tls { "https" } else { "http" };
    for site in req.header_values("sec-fetch-site") {
        if site.eq_ignore_ascii_case("cross-site") || site.eq_ignore_ascii_case("same-site") {
            return Some("the /__emulator/ routes refuse requests from another site");
        }
    }
    for origin in req.header_values("origin") {
        let own = origin
            .split_once("://")
            .filter(|(s, _)| s.eq_ignore_ascii_case(scheme))
            .is_some_and(|(_, authority)| is_own_authority(authority, local, tls));
        if !own {
            return Some("the /__emulator/ routes refuse requests from another origin");
        }
    }
    let hosts = req.header_values("host").chain(req.authority.as_deref());
    for host in hosts {
        if !is_own_authority(host, local, tls) {
            return Some(
                "the /__emulator/ routes answer only a Host of 127.0.0.1, localhost or [::1] with the emulator's port",
            );
        }
    }
    None
}

/// Whether `authority` (`host[:port]`) names this emulator on a loopback address: the host
/// `127.0.0.1`, `localhost`, `[::1]` or the bound loopback address, and the bound port (which
/// may be left out when it is the scheme's default).
fn is_own_authority(authority: &str, local: SocketAddr, tls: bool) -> bool {
    let (host, port) = match authority.rsplit_once(':') {
        // `[::1]` alone has colons too, but ends with the bracket.
        Some((host, port)) if !port.ends_with(']') => (host, Some(port)),
        _ => (authority, None),
    };
    let default_port = if tls { 443 } else { 80 };
    let port_ok = match port {
        Some(p) => p.parse::<u16>().ok() == Some(local.port()),
        None => local.port() == default_port,
    };
    if !port_ok {
        return false;
    }
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    let ip = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(v6) => v6.parse::<std::net::Ipv6Addr>().ok().map(IpAddr::V6),
        None => host.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4),
    };
    let bound = local.ip().to_canonical();
    ip.is_some_and(|ip| {
        let ip = ip.to_canonical();
        ip == IpAddr::V4(std::net::Ipv4Addr::LOCALHOST)
            || ip == IpAddr::V6(std::net::Ipv6Addr::LOCALHOST)
            || (bound.is_loopback() && ip == bound)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(headers: &[(&str, &str)]) -> Request {
        Request {
            method: "GET".into(),
            path: "/__emulator/state".into(),
            query: String::new(),
            authority: None,
            http10: false,
            headers: headers
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            body: Vec::new(),
        }
    }

    const LOCAL: &str = "127.0.0.1:4567";

    fn refused(headers: &[(&str, &str)]) -> bool {
        browser_refusal(&req(headers), LOCAL.parse().unwrap(), false).is_some()
    }

    #[test]
    fn loopback_hosts_and_origins_of_this_port_pass() {
        assert!(!refused(&[]));
        for host in [
            "127.0.0.1:4567",
            "localhost:4567",
            "LOCALHOST:4567",
            "[::1]:4567",
        ] {
            assert!(!refused(&[("host", host)]), "{host}");
            let origin = format!("http://{host}");
            assert!(!refused(&[("host", host), ("origin", &origin)]), "{origin}");
        }
        for site in ["same-origin", "none", "Same-Origin"] {
            assert!(!refused(&[("sec-fetch-site", site)]), "{site}");
        }
    }

    #[test]
    fn other_hosts_origins_and_sites_are_refused() {
        for host in [
            "evil.example",
            "evil.example:4567",
            "127.0.0.1:4568",
            "127.0.0.1",
            "localhost.evil.example:4567",
            "127.0.0.2:4567",
            "[::2]:4567",
            "",
            ":4567",
            "[::1]",
        ] {
            assert!(refused(&[("host", host)]), "{host:?}");
        }
        for origin in [
            "http://evil.example",
            "null",
            "https://127.0.0.1:4567",
            "http://127.0.0.1:4568",
            "http://127.0.0.1",
            "file://",
            "",
        ] {
            assert!(
                refused(&[("host", LOCAL), ("origin", origin)]),
                "{origin:?}"
            );
        }
        for site in ["cross-site", "same-site", "CROSS-SITE"] {
            assert!(
                refused(&[("host", LOCAL), ("sec-fetch-site", site)]),
                "{site}"
            );
        }
        // One bad value among good ones is enough.
        assert!(refused(&[("host", LOCAL), ("host", "evil.example")]));
        let mut absolute = req(&[("host", LOCAL)]);
        absolute.authority = Some("evil.example".into());
        assert!(browser_refusal(&absolute, LOCAL.parse().unwrap(), false).is_some());
    }

    #[test]
    fn the_scheme_the_default_port_and_the_bound_address_count() {
        let tls_local: SocketAddr = "127.0.0.1:443".parse().unwrap();
        let tls = |h: &[(&str, &str)]| browser_refusal(&req(h), tls_local, true).is_some();
        assert!(!tls(&[
            ("host", "localhost"),
            ("origin", "https://localhost")
        ]));
        assert!(tls(&[("origin", "http://localhost")]));
        assert!(tls(&[("host", "localhost:80")]));
        let bound: SocketAddr = "127.0.0.9:4567".parse().unwrap();
        assert!(browser_refusal(&req(&[("host", "127.0.0.9:4567")]), bound, false).is_none());
        assert!(browser_refusal(&req(&[("host", "127.0.0.8:4567")]), bound, false).is_some());
    }
}
