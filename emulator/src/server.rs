//! The running emulator: the listening socket, a thread per connection with a keep-alive loop,
//! and a clean shutdown that closes every connection.

use std::cell::Cell;
use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::api::{self, lock, skewed_now, Outcome, Shared, Stats};
use crate::auth::{Keys, NonceCache};
use crate::builder::{Config, EmulatorBuilder, DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET};
use crate::faults::{Dice, Draw};
use crate::http::{self, ReadError, Response};
use crate::tls::{self, Tls};
use crate::world::World;
use crate::{FaultKind, ServerState};

/// A connection without a request in progress is closed after this long.
const IDLE_TIMEOUT: Duration = Duration::from_secs(120);
/// From its first byte, a request head must be complete within this: a client trickling its
/// head (slowloris) is dropped instead of holding a connection and a thread for hours.
const HEAD_DEADLINE: Duration = Duration::from_secs(5);
/// A request body (at most `MAX_BODY_BYTES`) must be complete within this once the head is.
const BODY_DEADLINE: Duration = Duration::from_secs(5);
/// A client that does not read its answer for this long is dropped.
const WRITE_TIMEOUT: Duration = Duration::from_secs(30);
/// After refusing a request, the emulator reads and discards what the client still sends for
/// at most this long and this much: closing with its bytes unread would reset the connection
/// and could destroy the refusal before the client reads it.
const LINGER_TIME: Duration = Duration::from_secs(1);
const LINGER_BYTES: u64 = 1024 * 1024;
/// The `stall` fault holds a connection at most this long.
const STALL_LIMIT: Duration = Duration::from_secs(120);
/// The `drip` fault sends one byte per interval, and gives up after the limit.
const DRIP_INTERVAL: Duration = Duration::from_millis(200);
const DRIP_LIMIT: Duration = Duration::from_secs(120);
/// The `close-idle` fault closes a connection idle for this long.
const CLOSE_IDLE_AFTER: Duration = Duration::from_millis(50);
/// The connection kinds that act on an answer, by precedence.
const ANSWER_FAULTS: &[FaultKind] = &[
    FaultKind::ResetAfter,
    FaultKind::Truncate,
    FaultKind::Drip,
    FaultKind::Garbage,
];

/// The open connections, so that shutdown can close them.
#[derive(Debug, Default)]
struct Connections {
    next_id: AtomicU64,
    open: Mutex<HashMap<u64, TcpStream>>,
}

/// Runtime state of the listener, shared with its threads.
#[derive(Debug)]
struct Runtime {
    shared: Shared,
    tls: Option<Tls>,
    stopping: AtomicBool,
    connections: Connections,
}

/// A running emulator of the VPC endpoint. Stops on [`shutdown`](Self::shutdown) or drop.
///
/// ```
/// let emu = vpncert_emulator::Emulator::start_default()?;
/// let state = emu.state();
/// assert_eq!(state["servers"][0]["ssl_vpn_server_id"], "vss-emulator0001");
/// emu.shutdown();
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug)]
pub struct Emulator {
    runtime: Arc<Runtime>,
    local_addr: SocketAddr,
    accept_thread: Mutex<Option<JoinHandle<()>>>,
}

impl Emulator {
    /// A builder with the defaults: key `testid:testsecret`, server `cn-hangzhou:vss-emulator0001`.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::new()
    }

    /// Starts the no-flags configuration on `127.0.0.1` with a free port.
    pub fn start_default() -> io::Result<Emulator> {
        EmulatorBuilder::new().start()
    }

    pub(crate) fn start_with(config: Config) -> io::Result<Emulator> {
        let listener = TcpListener::bind(config.listen.as_str())?;
        let local_addr = listener.local_addr()?;
        let default_key = config
            .keys
            .iter()
            .any(|k| k.id == DEFAULT_ACCESS_KEY_ID && k.secret == DEFAULT_ACCESS_KEY_SECRET);
        if let Some(warning) = exposure_warning(local_addr, default_key) {
            eprintln!("{warning}");
        }
        let tls = if config.tls {
            Some(tls::setup(local_addr.ip(), &config.tls_names)?)
        } else {
            None
        };
        let keys = Keys::new(&config.keys);
        let dice = Dice::new(config.faults.clone(), config.seed);
        let world =
            World::new(&config, skewed_now(config.clock_skew_secs)).map_err(io::Error::other)?;
        let shared = Shared {
            config,
            keys,
            world: Mutex::new(world),
            nonces: Mutex::new(NonceCache::default()),
            dice: Mutex::new(dice),
            stats: Stats::default(),
            flow: crate::limits::FlowControl::default(),
            local_addr,
        };
        let runtime = Arc::new(Runtime {
            shared,
            tls,
            stopping: AtomicBool::new(false),
            connections: Connections::default(),
        });
        let rt = Arc::clone(&runtime);
        let accept_thread = std::thread::Builder::new()
            .name("vpncert-emulator-accept".into())
            .spawn(move || accept_loop(&rt, listener))?;
        Ok(Emulator {
            runtime,
            local_addr,
            accept_thread: Mutex::new(Some(accept_thread)),
        })
    }

    /// The address the socket is bound to.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The port the socket is bound to.
    pub fn port(&self) -> u16 {
        self.local_addr.port()
    }

    /// The base URL clients use: `http://127.0.0.1:PORT`, or `https://...` with TLS. An
    /// unspecified bind address (`0.0.0.0`, `::`) is given as the loopback address.
    pub fn url(&self) -> String {
        let ip = match self.local_addr.ip() {
            IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
            ip => ip,
        };
        format!("{}://{}", self.scheme(), SocketAddr::new(ip, self.port()))
    }

    /// `http` or `https`.
    pub fn scheme(&self) -> &'static str {
        if self.runtime.tls.is_some() {
            "https"
        } else {
            "http"
        }
    }

    /// With TLS, the PEM of the CA that issued the server certificate (trust it in clients).
    pub fn ca_pem(&self) -> Option<&str> {
        self.runtime.tls.as_ref().map(|t| t.ca_pem.as_str())
    }

    /// The state snapshot, the same JSON as `GET /__emulator/state`:
    /// `gateways` (`region_id`, `vpn_gateway_id`, `vpc_id`, `status` = `active` | `updating`,
    /// `business_status` = `Normal` | `FinancialLocked`, `state`, `configuring_requests`,
    /// `ssl_max_connections`, `ssl_vpn_internet_ip`, `ssl_vpn_server_id` (or null), `tags`),
    /// `servers` (`region_id`, `ssl_vpn_server_id`, `vpn_gateway_id`, `name`, `state` =
    /// `ready` | `configuring` | `locked` (its gateway's), `configuring_requests`,
    /// `internet_ip`, `port`, `proto`, `cipher`, `compress`, `client_ip_pool`, `local_subnet`,
    /// `dns_servers` (string, or null for none), `enable_multi_factor_auth`,
    /// `idaas_instance_id`, `idaas_region_id`, `idaas_application_id`,
    /// `idaas_instance_version`, `ca_cert`, `certificates`, `connections`), `certificates`
    /// (`ssl_vpn_client_cert_id`, `ssl_vpn_server_id`, `region_id`, `name`, `status`,
    /// `create_time`, `end_time`), `connections` (`ssl_vpn_client_cert_id`,
    /// `ssl_vpn_server_id`, `vpn_gateway_id`, `common_name`, `ip`, `port`, `private_ip`,
    /// `connected_time`, `receive_bytes`, `send_bytes`), `creates`, `deletes`, `requests` (API
    /// requests whose head arrived, faulted ones included), `throttled` (API requests the flow
    /// control or a brownout answered `Throttling.User`), `faults` (how often each kind
    /// acted: `service_unavailable`, `throttling`, `drop_after_commit`, `throttling_user`,
    /// `throttling_api`, `rejected_throttling`, `internal_error`, `unknown_error`,
    /// `reset_before`, `reset_after`, `truncate`, `stall`, `drip`, `garbage`, `close_idle`) and
    /// `access_keys`.
    pub fn state(&self) -> Value {
        self.runtime.shared.snapshot()
    }

    /// Every API request answers 400 `Throttling.User` for `d` from now (zero ends a
    /// brownout), as when the service sheds load: for testing that clients do not answer with
    /// a storm of retries.
    pub fn brownout(&self, d: Duration) {
        self.runtime.shared.flow.brownout(Instant::now(), d);
    }

    /// Puts the gateway of a server into a state; `false` when there is no server with that
    /// id.
    pub fn set_server_state(&self, ssl_vpn_server_id: &str, state: ServerState) -> bool {
        lock(&self.runtime.shared.world).set_server_state(ssl_vpn_server_id, state)
    }

    /// Puts a gateway into a state; `false` when there is no gateway with that id.
    pub fn set_gateway_state(&self, vpn_gateway_id: &str, state: ServerState) -> bool {
        lock(&self.runtime.shared.world).set_gateway_state(vpn_gateway_id, state)
    }

    /// A client connects to the SSL-VPN server of a certificate, from `ip` (one from
    /// 192.0.2.0/24 when `None`); it is then listed by DescribeSslVpnClients and counted in
    /// the server's `Connections`, and the server's log has a line for it. The answer is the
    /// connection as the snapshot shows it.
    ///
    /// Refused ([`io::ErrorKind::ConnectionRefused`], the reason in the message) for a
    /// certificate that is expired, deleted or unknown, a gateway that is `updating` (clients
    /// reconnect once it is `active`) or locked, a server with `SslMaxConnections` clients
    /// already, or a client pool without a free address.
    pub fn connect(&self, ssl_vpn_client_cert_id: &str, ip: Option<&str>) -> io::Result<Value> {
        self.connect_as(ssl_vpn_client_cert_id, ip, None)
    }

    /// [`connect`](Self::connect), as the user `user` of a server with two-factor
    /// authentication: DescribeSslVpnClients reports the user as `CommonName` (on other
    /// servers the certificate's common name, its id, as without a user).
    pub fn connect_as(
        &self,
        ssl_vpn_client_cert_id: &str,
        ip: Option<&str>,
        user: Option<&str>,
    ) -> io::Result<Value> {
        if let Some(ip) = ip {
            if ip.parse::<IpAddr>().is_err() {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("{ip:?} is not an IP address"),
                ));
            }
        }
        self.runtime
            .shared
            .connect(ssl_vpn_client_cert_id, ip, user)
            .map_err(|r| io::Error::new(io::ErrorKind::ConnectionRefused, r.0))
    }

    /// A complete OpenVPN server configuration for an SSL-VPN server, to run with
    /// `openvpn --config FILE`, the same text as
    /// `GET /__emulator/openvpn-server-config?SslVpnServerId=..`: it listens where the
    /// [`openvpn_remote`](crate::EmulatorBuilder::openvpn_remote) says (the server's
    /// `InternetIp`, `Port` and `Proto`), with the server's `Cipher` (and compression), and
    /// carries inline the server's CA, a fresh server certificate and key issued by that CA for
    /// TLS server use, and a CRL of every certificate deleted so far. The CA's private key never
    /// leaves the emulator. It is a point-to-point TLS server without a TUN device
    /// (`dev null`): one client per run, so start it again for the next client, and fetch it
    /// again after a delete for the new CRL.
    ///
    /// Fails with [`io::ErrorKind::InvalidInput`] when the emulator has no OpenVPN remote and
    /// [`io::ErrorKind::NotFound`] for an unknown server.
    ///
    /// ```
    /// use vpncert_emulator::{Emulator, OpenVpnRemote};
    /// let emu = Emulator::builder()
    ///     .openvpn_remote(OpenVpnRemote::new("127.0.0.1", 11940))
    ///     .start()?;
    /// let config = emu.openvpn_server_config("vss-emulator0001")?;
    /// assert!(config.contains("\nlocal 127.0.0.1\nport 11940\n"));
    /// assert!(config.contains("<crl-verify>\n-----BEGIN X509 CRL-----"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn openvpn_server_config(&self, ssl_vpn_server_id: &str) -> io::Result<String> {
        Ok(self
            .runtime
            .shared
            .openvpn_server_config(ssl_vpn_server_id)?)
    }

    /// The OpenVPN remote the emulator was started with, if any.
    pub fn openvpn_remote(&self) -> Option<&crate::OpenVpnRemote> {
        self.runtime.shared.config.openvpn_remote.as_ref()
    }

    /// Disconnects the clients connected with a certificate (only the one from `ip`, when
    /// given); how many there were.
    pub fn disconnect(&self, ssl_vpn_client_cert_id: &str, ip: Option<&str>) -> usize {
        self.runtime.shared.disconnect(ssl_vpn_client_cert_id, ip)
    }

    /// One line per access key (`access key ID:SECRET (ROLE)`), server
    /// (`server REGION:ID (STATE)`) and gateway without a server (`gateway REGION:ID (STATE)`),
    /// and the OpenVPN remote when there is one (`openvpn remote HOST:PORT/PROTO ...`), as the
    /// binary prints after its first line.
    pub fn banner_lines(&self) -> Vec<String> {
        let shared = &self.runtime.shared;
        let mut lines = Vec::new();
        for k in &shared.config.keys {
            let mut line = format!("access key {}:{} ({})", k.id, k.secret, k.role.as_str());
            if let Some(t) = &k.security_token {
                line.push_str(&format!(" sts token {t}"));
            }
            lines.push(line);
        }
        let state = self.state();
        if let Some(servers) = state["servers"].as_array() {
            for s in servers {
                lines.push(format!(
                    "server {}:{} ({})",
                    s["region_id"].as_str().unwrap_or(""),
                    s["ssl_vpn_server_id"].as_str().unwrap_or(""),
                    s["state"].as_str().unwrap_or(""),
                ));
            }
        }
        if let Some(gateways) = state["gateways"].as_array() {
            for g in gateways.iter().filter(|g| g["ssl_vpn_server_id"].is_null()) {
                lines.push(format!(
                    "gateway {}:{} ({})",
                    g["region_id"].as_str().unwrap_or(""),
                    g["vpn_gateway_id"].as_str().unwrap_or(""),
                    g["state"].as_str().unwrap_or(""),
                ));
            }
        }
        if let Some(remote) = self.openvpn_remote() {
            lines.push(format!(
                "openvpn remote {remote} (GET /__emulator/openvpn-server-config?SslVpnServerId=..)"
            ));
        }
        lines
    }

    /// Stops accepting, closes every connection and waits (briefly) for their threads.
    /// Idempotent; also done on drop.
    pub fn shutdown(&self) {
        let rt = &self.runtime;
        if rt.stopping.swap(true, Ordering::SeqCst) {
            return;
        }
        // Wake the blocking accept with a connection of our own.
        let wake = SocketAddr::new(
            match self.url_ip() {
                ip if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
                ip => ip,
            },
            self.port(),
        );
        let woke = TcpStream::connect_timeout(&wake, Duration::from_secs(1)).is_ok();
        if let Some(handle) = lock(&self.accept_thread).take() {
            if woke {
                let _ = handle.join();
            }
        }
        for stream in lock(&rt.connections.open).values() {
            let _ = stream.shutdown(Shutdown::Both);
        }
        let deadline = Instant::now() + Duration::from_secs(2);
        while !lock(&rt.connections.open).is_empty() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn url_ip(&self) -> IpAddr {
        self.local_addr.ip()
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// The warning printed when the emulator listens where other machines may reach it.
fn exposure_warning(addr: SocketAddr, default_key: bool) -> Option<String> {
    if addr.ip().to_canonical().is_loopback() {
        return None;
    }
    let key = if default_key {
        format!("the published access key {DEFAULT_ACCESS_KEY_ID}:{DEFAULT_ACCESS_KEY_SECRET}")
    } else {
        "one of its access keys".to_owned()
    };
    Some(format!(
        "vpncert-emulator: WARNING: listening on {addr}, which is not a loopback address.\n\
         vpncert-emulator: WARNING: anyone who can reach this port can sign requests with {key} \
         and be served client certificates and their PRIVATE KEYS.\n\
         vpncert-emulator: WARNING: listen on 127.0.0.1 unless every host that can reach it is trusted."
    ))
}

fn accept_loop(rt: &Arc<Runtime>, listener: TcpListener) {
    let max = rt.shared.config.max_connections;
    for conn in listener.incoming() {
        if rt.stopping.load(Ordering::SeqCst) {
            break;
        }
        let stream = match conn {
            Ok(s) => s,
            Err(_) => {
                // Out of descriptors or a connection reset while queued: back off a little
                // instead of spinning.
                std::thread::sleep(Duration::from_millis(10));
                continue;
            }
        };
        let Ok(peer) = stream.peer_addr() else {
            continue;
        };
        let Ok(registered) = stream.try_clone() else {
            continue;
        };
        let id = rt.connections.next_id.fetch_add(1, Ordering::Relaxed);
        {
            let mut open = lock(&rt.connections.open);
            if open.len() >= max {
                let _ = stream.shutdown(Shutdown::Both);
                continue;
            }
            open.insert(id, registered);
        }
        let rt2 = Arc::clone(rt);
        let spawned = std::thread::Builder::new()
            .name("vpncert-emulator-conn".into())
            .spawn(move || {
                serve_connection(&rt2, stream, peer);
                lock(&rt2.connections.open).remove(&id);
            });
        if spawned.is_err() {
            if let Some(s) = lock(&rt.connections.open).remove(&id) {
                let _ = s.shutdown(Shutdown::Both);
            }
        }
    }
}

/// When the connection's reads give up; the keep-alive loop moves it for each phase (idle,
/// head, body), so that a slow client is bounded in total, not only per read.
type Deadline = Rc<Cell<Instant>>;

/// The socket, read under the connection's [`Deadline`].
struct Clocked {
    stream: TcpStream,
    deadline: Deadline,
}

impl Read for Clocked {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self
            .deadline
            .get()
            .saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        self.stream.read(buf)
    }
}

impl Write for Clocked {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.stream.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.stream.flush()
    }
}

/// How a connection ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// Shut down both ways (the client sees the end of the stream).
    Close,
    /// Reset: the socket is closed with `SO_LINGER` 0, so the client sees `ECONNRESET`.
    Reset,
}

fn serve_connection(rt: &Runtime, stream: TcpStream, peer: SocketAddr) {
    let _ = stream.set_nodelay(true);
    let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
    let Ok(raw) = stream.try_clone() else {
        return;
    };
    let deadline: Deadline = Rc::new(Cell::new(Instant::now() + IDLE_TIMEOUT));
    let clocked = Clocked {
        stream,
        deadline: Rc::clone(&deadline),
    };
    let end = match &rt.tls {
        Some(tls) => {
            let Ok(conn) = rustls::ServerConnection::new(Arc::clone(&tls.config)) else {
                return;
            };
            let mut reader = BufReader::new(rustls::StreamOwned::new(conn, clocked));
            serve(rt, &mut reader, peer, &raw, &deadline)
        }
        None => {
            let mut reader = BufReader::new(clocked);
            serve(rt, &mut reader, peer, &raw, &deadline)
        }
    };
    match end {
        End::Close => {
            let _ = raw.shutdown(Shutdown::Both);
        }
        // The reset happens when the last descriptor of the socket closes, once this thread is
        // done with it; a shutdown first would send the client an orderly end instead.
        End::Reset => {
            if rustix::net::sockopt::set_socket_linger(&raw, Some(Duration::ZERO)).is_err() {
                let _ = raw.shutdown(Shutdown::Both);
            }
        }
    }
}

/// The keep-alive loop of one connection.
fn serve<S: Read + Write>(
    rt: &Runtime,
    reader: &mut BufReader<S>,
    peer: SocketAddr,
    raw: &TcpStream,
    deadline: &Cell<Instant>,
) -> End {
    let shared = &rt.shared;
    // Set by the later half of `close-idle`: the next idle wait is short, and its end counts.
    let mut close_when_idle = false;
    loop {
        if rt.stopping.load(Ordering::SeqCst) {
            return End::Close;
        }
        let idle = if close_when_idle {
            CLOSE_IDLE_AFTER
        } else {
            IDLE_TIMEOUT
        };
        deadline.set(Instant::now() + idle);
        match reader.fill_buf() {
            Ok([]) => return End::Close,
            Ok(_) => {}
            Err(e) => {
                if close_when_idle && is_timeout(&e) {
                    shared.stats.count_fault(FaultKind::CloseIdle);
                }
                return End::Close;
            }
        }
        deadline.set(Instant::now() + HEAD_DEADLINE);
        let mut req = match http::read_head(reader) {
            Ok(Some(req)) => req,
            Ok(None) | Err(ReadError::Io) => return End::Close,
            Err(ReadError::Bad(status, why)) => {
                refuse(rt, reader.get_mut(), raw, status, why);
                return End::Close;
            }
        };
        let draw = if api::is_control(&req) {
            Draw::default()
        } else {
            api::begin(shared)
        };
        if draw.hit(FaultKind::ResetBefore) {
            shared.stats.count_fault(FaultKind::ResetBefore);
            return End::Reset;
        }
        if draw.hit(FaultKind::Stall) {
            shared.stats.count_fault(FaultKind::Stall);
            stall(rt, reader, deadline);
            return End::Close;
        }
        if req.expects_continue() {
            let w = reader.get_mut();
            if w.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
                .and_then(|()| w.flush())
                .is_err()
            {
                return End::Close;
            }
        }
        deadline.set(Instant::now() + BODY_DEADLINE);
        match http::read_body(reader, &mut req) {
            Ok(()) => {}
            Err(ReadError::Io) => return End::Close,
            Err(ReadError::Bad(status, why)) => {
                refuse(rt, reader.get_mut(), raw, status, why);
                return End::Close;
            }
        }
        let resp = match api::handle(shared, &req, peer, draw) {
            Outcome::Drop => {
                // The change is committed; the client sees the connection close instead of
                // an answer.
                let _ = raw.shutdown(Shutdown::Both);
                return End::Close;
            }
            Outcome::Respond(resp) => resp,
        };
        let keep_alive = !req.wants_close() && !rt.stopping.load(Ordering::SeqCst);
        let date = httpdate::fmt_http_date(shared.now());
        let bytes = http::encode_response(&resp, &date, keep_alive);
        let w = reader.get_mut();
        let fault = draw.first_among(ANSWER_FAULTS);
        if let Some(kind) = fault {
            shared.stats.count_fault(kind);
        }
        match fault {
            Some(FaultKind::ResetAfter) => return End::Reset,
            Some(FaultKind::Truncate) => {
                let cut = bytes.len() - resp.body.len() + resp.body.len() / 2;
                let _ = w.write_all(&bytes[..cut]).and_then(|()| w.flush());
                return End::Close;
            }
            Some(FaultKind::Garbage) => {
                let _ = w
                    .write_all(&garbage(&bytes, resp.body.len()))
                    .and_then(|()| w.flush());
                return End::Close;
            }
            Some(FaultKind::Drip) => {
                if !drip(rt, w, &bytes) {
                    return End::Close;
                }
            }
            _ => {
                if w.write_all(&bytes).and_then(|()| w.flush()).is_err() {
                    return End::Close;
                }
            }
        }
        if !keep_alive {
            return End::Close;
        }
        if draw.hit_low(FaultKind::CloseIdle) {
            shared.stats.count_fault(FaultKind::CloseIdle);
            return End::Close;
        }
        close_when_idle = draw.hit(FaultKind::CloseIdle);
    }
}

fn is_timeout(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock
    )
}

/// Answers a malformed or oversized request and prepares the close (see [`LINGER_TIME`]).
fn refuse<W: Write>(rt: &Runtime, w: &mut W, raw: &TcpStream, status: u16, why: &str) {
    if reply(rt, w, &Response::text(status, why), false).is_err() {
        return;
    }
    let _ = raw.shutdown(Shutdown::Write);
    let started = Instant::now();
    let mut discarded = 0u64;
    let mut buf = [0u8; 16 * 1024];
    let mut r = raw;
    while discarded < LINGER_BYTES {
        let left = LINGER_TIME.saturating_sub(started.elapsed());
        if left.is_zero() || r.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match r.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => discarded += n as u64,
        }
    }
}

/// The `stall` fault: reads and discards until the client leaves, the emulator stops or
/// [`STALL_LIMIT`] passes; writes nothing.
fn stall<R: BufRead>(rt: &Runtime, reader: &mut R, deadline: &Cell<Instant>) {
    deadline.set(Instant::now() + STALL_LIMIT);
    while !rt.stopping.load(Ordering::SeqCst) {
        match reader.fill_buf() {
            Ok([]) | Err(_) => return,
            Ok(buf) => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    }
}

/// The `drip` fault: `bytes` one at a time, [`DRIP_INTERVAL`] apart. Whether all went out.
fn drip<W: Write>(rt: &Runtime, w: &mut W, bytes: &[u8]) -> bool {
    let started = Instant::now();
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            std::thread::sleep(DRIP_INTERVAL);
        }
        if rt.stopping.load(Ordering::SeqCst) || started.elapsed() >= DRIP_LIMIT {
            return false;
        }
        if w.write_all(std::slice::from_ref(b))
            .and_then(|()| w.flush())
            .is_err()
        {
            return false;
        }
    }
    true
}

/// The `garbage` fault's answer: the status line `HTTP/1.1 2OO OK`, then a header line without
/// a colon, then the real answer's headers and body.
fn garbage(encoded: &[u8], body_len: usize) -> Vec<u8> {
    let head = &encoded[..encoded.len() - body_len];
    let rest = head
        .windows(2)
        .position(|w| w == b"\r\n")
        .map_or(head, |i| &head[i + 2..]);
    let mut out = b"HTTP/1.1 2OO OK\r\nthis header line has no colon\r\n".to_vec();
    out.extend_from_slice(rest);
    out.extend_from_slice(&encoded[head.len()..]);
    out
}

fn reply<W: Write>(rt: &Runtime, w: &mut W, resp: &Response, keep_alive: bool) -> io::Result<()> {
    let date = httpdate::fmt_http_date(rt.shared.now());
    http::write_response(w, resp, &date, keep_alive)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_non_loopback_addresses_are_warned_about() {
        for quiet in [
            "127.0.0.1:80",
            "127.0.0.5:80",
            "[::1]:80",
            "[::ffff:127.0.0.1]:80",
        ] {
            assert_eq!(
                exposure_warning(quiet.parse().unwrap(), true),
                None,
                "{quiet}"
            );
        }
        for loud in [
            "0.0.0.0:8080",
            "[::]:8080",
            "192.168.1.10:8080",
            "[fd00::1]:8080",
        ] {
            let w = exposure_warning(loud.parse().unwrap(), true).expect(loud);
            assert!(w.contains("WARNING"), "{w}");
            assert!(w.contains("PRIVATE KEYS"), "{w}");
            assert!(w.contains("testid:testsecret"), "{w}");
            assert!(w.contains(loud), "{w}");
        }
        let w = exposure_warning("0.0.0.0:1".parse().unwrap(), false).unwrap();
        assert!(
            !w.contains("testsecret") && w.contains("one of its access keys"),
            "{w}"
        );
    }

    #[test]
    fn garbage_breaks_the_status_line_and_the_head_but_keeps_the_body() {
        let resp = Response::json(200, &serde_json::json!({"a": 1}));
        let encoded = http::encode_response(&resp, "Thu, 01 Jan 1970 00:00:00 GMT", true);
        let g = String::from_utf8(garbage(&encoded, resp.body.len())).unwrap();
        assert!(
            g.starts_with("HTTP/1.1 2OO OK\r\nthis header line has no colon\r\nDate: "),
            "{g}"
        );
        assert!(!g.contains("200 OK"), "{g}");
        assert!(
            g.ends_with("Content-Type: application/json;charset=utf-8\r\n\r\n{\"a\":1}"),
            "{g}"
        );
    }
}
