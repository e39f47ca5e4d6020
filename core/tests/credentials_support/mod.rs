//! Helpers for the credential and proxy tests: a temporary home directory, a clock the test moves,
//! and loopback HTTP services (STS, instance metadata, a CONNECT proxy) built on std::net.

#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, SystemTime};

use vpncert::credentials::Clock;
use vpncert::sign;

// ---------------------------------------------------------------------------------------------
// Temporary home

/// A fresh directory under the system temp dir, removed on drop.
pub struct TempHome {
    pub path: PathBuf,
}

impl TempHome {
    pub fn new() -> Self {
        static N: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let path = std::env::temp_dir().join(format!(
            "vpncert-cred-test-{}-{}-{nanos}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&path).unwrap();
        TempHome { path }
    }

    /// Writes `text` at `rel` (parents created) and returns the full path.
    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let p = self.path.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        p
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes `~/.aliyun/config.json` with `profiles` (JSON objects) and `current`.
    #[allow(dead_code)] // not every test file that includes this module writes a CLI config
    pub fn write_cli_config(&self, current: &str, profiles: &[&str]) -> PathBuf {
        self.write(
            ".aliyun/config.json",
            &format!(
                r#"{{"current":"{current}","profiles":[{}]}}"#,
                profiles.join(",")
            ),
        )
    }
}

impl Drop for TempHome {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

// ---------------------------------------------------------------------------------------------
// Clock

#[derive(Debug)]
pub struct ManualClock(Mutex<SystemTime>);

impl ManualClock {
    /// Starts at the real current time (so signed timestamps look plausible).
    pub fn now_real() -> Arc<Self> {
        Arc::new(ManualClock(Mutex::new(SystemTime::now())))
    }

    pub fn advance(&self, d: Duration) {
        *self.0.lock().unwrap() += d;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> SystemTime {
        *self.0.lock().unwrap()
    }
}

// ---------------------------------------------------------------------------------------------
// A loopback HTTP/1.1 server with a handler

#[derive(Clone, Debug)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Query and form-body parameters, decoded.
    pub fn params(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for part in [self.query.as_str(), self.body.as_str()] {
            for (k, v) in parse_form(part) {
                out.insert(k, v);
            }
        }
        out
    }
}

pub struct Response {
    pub status: u16,
    pub body: String,
}

impl Response {
    pub fn new(status: u16, body: impl Into<String>) -> Self {
        Response {
            status,
            body: body.into(),
        }
    }
}

type Handler = dyn Fn(&Request) -> Response + Send + Sync;

/// A server answering every request with `handler`, recording requests and counting hits.
pub struct Server {
    pub addr: String,
    pub requests: Arc<Mutex<Vec<Request>>>,
    hits: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl Server {
    pub fn start(handler: impl Fn(&Request) -> Response + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let hits = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        {
            let (requests, hits, stop) = (requests.clone(), hits.clone(), stop.clone());
            thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let (requests, hits, handler) =
                        (requests.clone(), hits.clone(), handler.clone());
                    thread::spawn(move || serve(stream, &*handler, &requests, &hits));
                }
            });
        }
        Server {
            addr,
            requests,
            hits,
            stop,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }

    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(&self.addr);
    }
}

fn read_head(reader: &mut BufReader<TcpStream>) -> Option<(String, Vec<(String, String)>)> {
    let mut line = String::new();
    if reader.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let request_line = line.trim_end().to_owned();
    let mut headers = Vec::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            headers.push((k.trim().to_owned(), v.trim().to_owned()));
        }
    }
    Some((request_line, headers))
}

fn serve(stream: TcpStream, handler: &Handler, requests: &Mutex<Vec<Request>>, hits: &AtomicUsize) {
    let mut writer = stream.try_clone().unwrap();
    let mut reader = BufReader::new(stream);
    let Some((request_line, headers)) = read_head(&mut reader) else {
        return;
    };
    let mut parts = request_line.split(' ');
    let method = parts.next().unwrap_or_default().to_owned();
    let target = parts.next().unwrap_or_default().to_owned();
    let len = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; len];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_owned(), q.to_owned()),
        None => (target.clone(), String::new()),
    };
    let req = Request {
        method,
        path,
        query,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    hits.fetch_add(1, Ordering::SeqCst);
    requests.lock().unwrap().push(req.clone());
    let resp = handler(&req);
    let head = format!(
        "HTTP/1.1 {} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nx-acs-request-id: RID-TEST\r\nConnection: close\r\n\r\n",
        resp.status,
        resp.body.len()
    );
    let _ = writer.write_all(head.as_bytes());
    let _ = writer.write_all(resp.body.as_bytes());
    let _ = writer.flush();
    let _ = writer.shutdown(Shutdown::Both);
}

pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => {
                let hex = std::str::from_utf8(&b[i + 1..i + 3]).unwrap();
                out.push(u8::from_str_radix(hex, 16).unwrap());
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap()
}

pub fn parse_form(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// STS on loopback

/// The STS `AssumeRole` service: verifies the V1 signature against the known secrets, then
/// answers with credentials valid for `DurationSeconds` from the clock's now.
pub struct Sts {
    pub server: Server,
}

pub struct StsConfig {
    /// AccessKeyId -> secret of callers STS knows.
    pub keys: Vec<(String, String)>,
    pub clock: Arc<ManualClock>,
    /// When set, every call is refused with this (status, code).
    pub refuse: Option<(u16, String)>,
    /// Delay before answering (to make concurrent callers overlap).
    pub delay: Duration,
}

impl Sts {
    pub fn start(cfg: StsConfig) -> Self {
        let issued = Arc::new(AtomicUsize::new(0));
        let server = Server::start(move |req| {
            thread::sleep(cfg.delay);
            if let Some((status, code)) = &cfg.refuse {
                return Response::new(
                    *status,
                    format!(
                        r#"{{"RequestId":"RID-REFUSED","HostId":"sts.aliyuncs.com","Code":"{code}","Message":"You are not authorized to do this action."}}"#
                    ),
                );
            }
            let params = req.params();
            let Some(signature) = params.get("Signature").cloned() else {
                return Response::new(
                    400,
                    r#"{"Code":"MissingSignature","Message":"no signature"}"#,
                );
            };
            let key_id = params.get("AccessKeyId").cloned().unwrap_or_default();
            let Some((_, secret)) = cfg.keys.iter().find(|(id, _)| *id == key_id) else {
                return Response::new(
                    404,
                    r#"{"Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found."}"#,
                );
            };
            let signed: Vec<(&str, &str)> = params
                .iter()
                .filter(|(k, _)| k.as_str() != "Signature")
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let sts = sign::v1::string_to_sign(&req.method, signed.iter().copied());
            if sign::v1::signature(secret, &sts) != signature {
                return Response::new(
                    400,
                    format!(
                        r#"{{"Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation. server string to sign is:{sts}"}}"#
                    ),
                );
            }
            for required in [
                "RoleArn",
                "RoleSessionName",
                "DurationSeconds",
                "Timestamp",
                "SignatureNonce",
            ] {
                if !params.contains_key(required) {
                    return Response::new(
                        400,
                        format!(r#"{{"Code":"MissingParameter","Message":"{required}"}}"#),
                    );
                }
            }
            if params.get("Action").map(String::as_str) != Some("AssumeRole")
                || params.get("Version").map(String::as_str) != Some("2015-04-01")
            {
                return Response::new(400, r#"{"Code":"InvalidAction.NotFound","Message":"?"}"#);
            }
            let n = issued.fetch_add(1, Ordering::SeqCst) + 1;
            let secs: u64 = params["DurationSeconds"].parse().unwrap();
            let exp = sign::format_timestamp(cfg.clock.now() + Duration::from_secs(secs));
            let arn = &params["RoleArn"];
            Response::new(
                200,
                format!(
                    r#"{{"RequestId":"RID-{n}","AssumedRoleUser":{{"Arn":"{arn}/{session}","AssumedRoleId":"1:{session}"}},"Credentials":{{"AccessKeyId":"STS.assumed{n}","AccessKeySecret":"assumed-secret-{n}","SecurityToken":"assumed-token-{n}","Expiration":"{exp}"}}}}"#,
                    session = params["RoleSessionName"],
                ),
            )
        });
        Sts { server }
    }
}

// ---------------------------------------------------------------------------------------------
// Instance metadata on loopback

pub struct MetadataConfig {
    pub role: String,
    pub clock: Arc<ManualClock>,
    /// Tokens are required (IMDSv2 only) when true.
    pub require_token: bool,
    /// The token endpoint answers 403 (IMDSv2 not available) when false.
    pub token_available: bool,
    /// Lifetime of issued credentials.
    pub lifetime: Duration,
    /// Code in the credentials document.
    pub code: String,
    pub delay: Duration,
}

impl MetadataConfig {
    pub fn new(role: &str, clock: Arc<ManualClock>) -> Self {
        MetadataConfig {
            role: role.into(),
            clock,
            require_token: false,
            token_available: true,
            lifetime: Duration::from_secs(6 * 3600),
            code: "Success".into(),
            delay: Duration::ZERO,
        }
    }
}

pub const METADATA_TOKEN: &str = "imds-token-0123";

pub fn start_metadata(cfg: MetadataConfig) -> Server {
    let issued = Arc::new(AtomicUsize::new(0));
    Server::start(move |req| {
        thread::sleep(cfg.delay);
        if req.method == "PUT" && req.path == "/latest/api/token" {
            if !cfg.token_available {
                return Response::new(403, "Forbidden");
            }
            return match req.header("X-aliyun-ecs-metadata-token-ttl-seconds") {
                Some(ttl) if ttl.parse::<u32>().is_ok_and(|t| (1..=21600).contains(&t)) => {
                    Response::new(200, METADATA_TOKEN)
                }
                _ => Response::new(400, "bad ttl"),
            };
        }
        if req.method != "GET" {
            return Response::new(405, "method not allowed");
        }
        let token = req.header("X-aliyun-ecs-metadata-token");
        if cfg.require_token && token != Some(METADATA_TOKEN) {
            return Response::new(401, "token required");
        }
        if token.is_some_and(|t| t != METADATA_TOKEN) {
            return Response::new(401, "bad token");
        }
        let base = "/latest/meta-data/ram/security-credentials/";
        if req.path == base {
            return Response::new(200, format!("{}\n", cfg.role));
        }
        match req.path.strip_prefix(base) {
            Some(role) if role == cfg.role => {
                let n = issued.fetch_add(1, Ordering::SeqCst) + 1;
                let now = cfg.clock.now();
                Response::new(
                    200,
                    format!(
                        r#"{{"AccessKeyId":"STS.ecs{n}","AccessKeySecret":"ecs-secret-{n}","Expiration":"{}","SecurityToken":"ecs-token-{n}","LastUpdated":"{}","Code":"{}"}}"#,
                        sign::format_timestamp(now + cfg.lifetime),
                        sign::format_timestamp(now),
                        cfg.code
                    ),
                )
            }
            _ => Response::new(404, "<html>404 Not Found</html>"),
        }
    })
}

// ---------------------------------------------------------------------------------------------
// A CONNECT proxy on loopback

/// An HTTP CONNECT proxy that records each target and tunnels to it.
pub struct Proxy {
    pub addr: String,
    pub targets: Arc<Mutex<Vec<String>>>,
    /// Targets (`host:port`) the proxy reaches at a loopback address instead: a name only the
    /// proxy "resolves", so tests can use an endpoint that is not loopback without leaving it.
    routes: Arc<Mutex<HashMap<String, String>>>,
    stop: Arc<AtomicBool>,
}

impl Proxy {
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let targets = Arc::new(Mutex::new(Vec::new()));
        let routes = Arc::new(Mutex::new(HashMap::new()));
        let stop = Arc::new(AtomicBool::new(false));
        {
            let (targets, routes, stop) = (targets.clone(), routes.clone(), stop.clone());
            thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let (targets, routes) = (targets.clone(), routes.clone());
                    thread::spawn(move || tunnel(stream, &targets, &routes));
                }
            });
        }
        Proxy {
            addr,
            targets,
            routes,
            stop,
        }
    }

    /// Tunnels to `target` (`host:port`) go to the loopback address `to`.
    #[allow(dead_code)] // not every test file that includes this module routes names
    pub fn route(&self, target: &str, to: &str) {
        self.routes
            .lock()
            .unwrap()
            .insert(target.to_owned(), to.to_owned());
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn targets(&self) -> Vec<String> {
        self.targets.lock().unwrap().clone()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(&self.addr);
    }
}

fn tunnel(
    client: TcpStream,
    targets: &Mutex<Vec<String>>,
    routes: &Mutex<HashMap<String, String>>,
) {
    let mut client_writer = client.try_clone().unwrap();
    let mut reader = BufReader::new(client);
    let Some((request_line, _headers)) = read_head(&mut reader) else {
        return;
    };
    let mut parts = request_line.split(' ');
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method != "CONNECT" {
        let _ = client_writer
            .write_all(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
        return;
    }
    targets.lock().unwrap().push(target.to_owned());
    let routed = routes.lock().unwrap().get(target).cloned();
    let target = routed.as_deref().unwrap_or(target);
    // Only loopback targets are ever forwarded: the tests must not reach the network.
    let allowed = target.starts_with("127.0.0.1:");
    let upstream = if allowed {
        TcpStream::connect(target).ok()
    } else {
        None
    };
    let Some(upstream) = upstream else {
        let _ = client_writer.write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
        return;
    };
    let _ = client_writer.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
    // Bytes the reader buffered past the CONNECT head belong to the tunnel.
    let buffered = reader.buffer().to_vec();
    let client = reader.into_inner();
    let mut up_writer = upstream.try_clone().unwrap();
    if !buffered.is_empty() {
        let _ = up_writer.write_all(&buffered);
    }
    let mut up_reader = upstream;
    let mut client_reader = client;
    let t = thread::spawn(move || {
        let _ = std::io::copy(&mut up_reader, &mut client_writer);
        let _ = client_writer.shutdown(Shutdown::Both);
    });
    let _ = std::io::copy(&mut client_reader, &mut up_writer);
    let _ = up_writer.shutdown(Shutdown::Write);
    let _ = t.join();
}

/// A loopback port nothing listens on (bound, noted, closed).
#[allow(dead_code)] // not every test file that includes this module needs one
pub fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
