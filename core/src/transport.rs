//! HTTP over one shared keep-alive `ureq` agent.

use std::time::{Duration, SystemTime};

use crate::Error;

/// Responses larger than this are refused: the API's bodies are a few KiB, so anything bigger is
/// a misbehaving server or proxy, not data to hold in memory.
pub const MAX_RESPONSE_BYTES: u64 = 1024 * 1024;

/// What the decoder needs of a response. Its body is wiped when it is dropped: a describe answer
/// carries the client's private key, and an STS answer the credentials.
#[derive(Debug, Clone)]
pub(crate) struct RawResponse {
    pub status: u16,
    pub body: String,
    pub request_id_header: Option<String>,
    pub date: Option<SystemTime>,
    pub retry_after: Option<Duration>,
}

impl Drop for RawResponse {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.body);
    }
}

/// Settings the agent is built from.
#[derive(Debug, Clone)]
pub(crate) struct TransportConfig {
    pub connect_timeout: Duration,
    pub user_agent: String,
    pub proxy: Option<ureq::Proxy>,
    pub tls: ureq::tls::TlsConfig,
}

pub(crate) fn new_agent(cfg: &TransportConfig) -> ureq::Agent {
    let config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_connect(Some(cfg.connect_timeout))
        .user_agent(cfg.user_agent.as_str())
        .max_redirects(0)
        .proxy(cfg.proxy.clone())
        .tls_config(cfg.tls.clone())
        .max_idle_connections(64)
        .max_idle_connections_per_host(32)
        .build();
    ureq::Agent::with_parts(
        config,
        MarkingConnector(ureq::unversioned::transport::DefaultConnector::new()),
        crate::resolver::CachingResolver::default(),
    )
}

std::thread_local! {
    /// Whether the request this thread is sending opened a connection of its own (rather than
    /// taking one from the pool). ureq sends on the calling thread, connecting included.
    static OPENED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The default connector, noting on the calling thread each connection it opens: ureq calls
/// it only when the pool has no usable connection, so a request that did not call it went out
/// on a pooled one.
#[derive(Debug)]
struct MarkingConnector(ureq::unversioned::transport::DefaultConnector);

impl ureq::unversioned::transport::Connector<()> for MarkingConnector {
    type Out = Box<dyn ureq::unversioned::transport::Transport>;

    fn connect(
        &self,
        details: &ureq::unversioned::transport::ConnectionDetails,
        chained: Option<()>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        let out = self.0.connect(details, chained)?;
        if out.is_some() {
            OPENED.with(|o| o.set(true));
        }
        Ok(out)
    }
}

/// How many times one call sends a request again because the pooled connection it went out on
/// had been closed by the server before any answer arrived (see [`send`]). Each such
/// connection fails at once and is dropped; the pool checks the others before handing them out,
/// so more is never needed.
pub(crate) const STALE_RESENDS: u32 = 2;

/// Why [`send`] failed.
#[derive(Debug)]
pub(crate) struct Failure {
    pub error: Error,
    /// The request went out on a pooled connection that turned out closed (reset, broken pipe,
    /// end of stream) before any answer: a server closing an idle keep-alive connection just
    /// then. That says nothing about the request or the service, so the caller sends it again
    /// at once, re-signed (a new nonce), without spending a retry. Every request vpncert sends
    /// may be repeated: reads, and changes that carry a ClientToken.
    pub stale_connection: bool,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure {
            error,
            stale_connection: false,
        }
    }
}

/// Whether `e`, from sending a request and reading the head of its answer, says the connection
/// was closed under it rather than anything about the request.
fn is_closed_connection(e: &ureq::Error) -> bool {
    use std::io::ErrorKind as Io;
    matches!(e, ureq::Error::Io(io) if matches!(
        io.kind(),
        Io::ConnectionReset | Io::ConnectionAborted | Io::BrokenPipe | Io::UnexpectedEof | Io::NotConnected
    ))
}

/// Sends one request. `timeout` bounds the whole exchange, body included.
pub(crate) fn send(
    agent: &ureq::Agent,
    url: &str,
    headers: &[(&str, &str)],
    timeout: Duration,
) -> Result<RawResponse, Failure> {
    let mut req = agent.post(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    OPENED.with(|o| o.set(false));
    let mut resp = req
        .config()
        .timeout_global(Some(timeout))
        .build()
        .send_empty()
        .map_err(|e| Failure {
            stale_connection: !OPENED.with(|o| o.get()) && is_closed_connection(&e),
            error: map_error(e),
        })?;
    let status = resp.status().as_u16();
    let header = |name: &str| {
        resp.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let request_id_header = header("x-acs-request-id");
    let date = header("date").and_then(|d| httpdate::parse_http_date(&d).ok());
    let retry_after = header("retry-after")
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs);
    let length_hint = header("content-length").and_then(|v| v.trim().parse::<u64>().ok());
    let mut reader = resp
        .body_mut()
        .with_config()
        .limit(MAX_RESPONSE_BYTES)
        .reader();
    // A body read fails with an I/O error that may wrap ureq's own (a timeout, the limit).
    let bytes = read_wiping(&mut reader, length_hint).map_err(|e| match ureq::Error::from(e) {
        ureq::Error::BodyExceedsLimit(_) => Error::Decode {
            http_status: status,
            reason: format!("response body exceeds {MAX_RESPONSE_BYTES} bytes"),
            snippet: String::new(),
        },
        other => map_error(other),
    })?;
    let body = String::from_utf8(bytes).map_err(|e| {
        let mut bytes = e.into_bytes();
        let snippet = String::from_utf8_lossy(&bytes).chars().take(200).collect();
        zeroize::Zeroize::zeroize(&mut bytes);
        Error::Decode {
            http_status: status,
            reason: "response body is not UTF-8".into(),
            snippet,
        }
    })?;
    Ok(RawResponse {
        status,
        body,
        request_id_header,
        date,
        retry_after,
    })
}

/// Reads a body to its end without leaving copies of it behind: the buffer is sized from
/// `Content-Length` when there is one (at most [`MAX_RESPONSE_BYTES`]), and when it must grow
/// anyway, the old buffer is wiped before it is freed (a `Vec` that grows by itself hands its
/// old buffers back to the allocator as they are, private key included).
fn read_wiping(
    reader: &mut impl std::io::Read,
    length_hint: Option<u64>,
) -> std::io::Result<Vec<u8>> {
    use zeroize::Zeroize;
    let first = length_hint.unwrap_or(0).min(MAX_RESPONSE_BYTES) as usize;
    let mut buf: Vec<u8> = Vec::with_capacity(first.max(1024));
    let mut chunk = [0u8; 8192];
    let result = loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break Ok(()),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => break Err(e),
        };
        if buf.capacity() - buf.len() < n {
            let mut bigger = Vec::with_capacity((buf.len() + n).max(buf.capacity() * 2));
            bigger.extend_from_slice(&buf);
            buf.zeroize();
            buf = bigger;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    chunk.zeroize();
    match result {
        Ok(()) => Ok(buf),
        Err(e) => {
            buf.zeroize();
            Err(e)
        }
    }
}

/// How to fix an untrusted server certificate. A corporate TLS-inspecting proxy is the usual
/// cause, so the hint says how to trust its CA.
fn tls_hint(text: &str) -> &'static str {
    if text.contains("UnknownIssuer") {
        " (the server's certificate is not signed by a trusted CA: if a proxy or gateway \
         re-signs TLS, trust its CA with ALIBABA_CLOUD_CA_BUNDLE=FILE, --ca-bundle FILE or \
         ca_bundle)"
    } else {
        ""
    }
}

/// Maps a ureq error to ours, keeping the reason.
pub(crate) fn map_error(e: ureq::Error) -> Error {
    use std::io::ErrorKind as Io;
    match e {
        ureq::Error::Timeout(t) => Error::Timeout(format!("{t} timeout elapsed")),
        ureq::Error::Io(io) if matches!(io.kind(), Io::TimedOut | Io::WouldBlock) => {
            Error::Timeout(format!("I/O timed out: {io}"))
        }
        // rustls reports a certificate it cannot verify through the I/O error of the handshake.
        ureq::Error::Io(io) if io.to_string().contains("invalid peer certificate") => {
            Error::Transport(format!("TLS error: {io}{}", tls_hint(&io.to_string())))
        }
        ureq::Error::Io(io) => Error::Transport(format!("I/O error: {io}")),
        ureq::Error::HostNotFound => Error::Transport("host not found (DNS lookup failed)".into()),
        ureq::Error::ConnectionFailed => Error::Transport("connection failed".into()),
        ureq::Error::Tls(why) => Error::Transport(format!("TLS error: {why}")),
        ureq::Error::Rustls(r) => {
            let text = r.to_string();
            Error::Transport(format!("TLS error: {text}{}", tls_hint(&text)))
        }
        ureq::Error::Pem(p) => Error::Transport(format!("bad PEM data in CA bundle: {p}")),
        ureq::Error::Protocol(p) => Error::Transport(format!("HTTP protocol error: {p}")),
        ureq::Error::BadUri(u) => Error::invalid("endpoint", format!("bad URI: {u}")),
        ureq::Error::InvalidProxyUrl => Error::invalid("proxy", "invalid proxy URL"),
        ureq::Error::BodyExceedsLimit(n) => Error::Decode {
            http_status: 0,
            reason: format!("response body exceeds {n} bytes"),
            snippet: String::new(),
        },
        other => Error::Transport(other.to_string()),
    }
}
