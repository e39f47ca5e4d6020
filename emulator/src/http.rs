//! A small HTTP/1.1 reader and writer: request head, `Content-Length` and chunked bodies,
//! keep-alive. Every size is bounded, and bad input is an error, never a panic.

use std::io::{self, BufRead, Read, Write};

/// Request line plus headers may not exceed this.
pub(crate) const MAX_HEAD_BYTES: u64 = 64 * 1024;
/// The request line alone may not exceed this (with its CRLF); the API's are under 2 KiB.
pub(crate) const MAX_REQUEST_LINE_BYTES: u64 = 16 * 1024;
/// More header lines than this is refused.
pub(crate) const MAX_HEADERS: usize = 128;
/// Request bodies larger than this are refused; the API's are empty or a few hundred bytes.
pub(crate) const MAX_BODY_BYTES: u64 = 1024 * 1024;
/// Memory reserved for a body before it arrives: a client announcing a large body and sending
/// nothing holds no more than this.
const BODY_PREALLOCATION: u64 = 16 * 1024;

/// A parsed request.
#[derive(Debug, Clone)]
pub(crate) struct Request {
    pub method: String,
    pub path: String,
    /// The raw query string, without the `?`.
    pub query: String,
    /// `host[:port]` of an absolute-form target (`http://host:port/path`), which stands for the
    /// `Host` header.
    pub authority: Option<String>,
    pub http10: bool,
    /// Header names lower-cased, values trimmed, in arrival order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The first value of a header (name in lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of a header, in arrival order.
    pub fn header_values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the connection should close after answering.
    pub fn wants_close(&self) -> bool {
        let conn = self
            .header("connection")
            .map(|v| v.to_ascii_lowercase())
            .unwrap_or_default();
        if self.http10 {
            !conn.split(',').any(|t| t.trim() == "keep-alive")
        } else {
            conn.split(',').any(|t| t.trim() == "close")
        }
    }

    /// Whether the client waits for `100 Continue` before sending the body.
    pub fn expects_continue(&self) -> bool {
        !self.http10
            && self
                .header("expect")
                .is_some_and(|v| v.eq_ignore_ascii_case("100-continue"))
    }
}

/// Why a request could not be read.
#[derive(Debug)]
pub(crate) enum ReadError {
    /// The connection failed, timed out or ended mid-request: close it without an answer.
    Io,
    /// The request is malformed or too large: answer with this status and close.
    Bad(u16, &'static str),
}

impl From<io::Error> for ReadError {
    fn from(_: io::Error) -> Self {
        ReadError::Io
    }
}

/// Reads one line (through `\n`) of at most `budget` bytes, decreasing the budget.
fn read_line<R: BufRead>(
    r: &mut R,
    budget: &mut u64,
    too_long: ReadError,
) -> Result<Vec<u8>, ReadError> {
    let mut line = Vec::new();
    let n = r.by_ref().take(*budget).read_until(b'\n', &mut line)? as u64;
    *budget -= n;
    if !line.ends_with(b"\n") {
        if *budget == 0 {
            return Err(too_long);
        }
        return Err(ReadError::Io);
    }
    line.pop();
    if line.ends_with(b"\r") {
        line.pop();
    }
    Ok(line)
}

/// Reads the request line and headers. `Ok(None)`: the client closed the connection cleanly
/// between requests.
pub(crate) fn read_head<R: BufRead>(r: &mut R) -> Result<Option<Request>, ReadError> {
    let mut budget = MAX_HEAD_BYTES;
    let too_long = || ReadError::Bad(431, "request head too large");
    // Clean EOF before a request starts is the normal end of a keep-alive connection.
    if r.fill_buf()?.is_empty() {
        return Ok(None);
    }
    let line_too_long = || ReadError::Bad(414, "request line too long");
    let mut line_budget = MAX_REQUEST_LINE_BYTES;
    let mut line = read_line(r, &mut line_budget, line_too_long())?;
    // RFC 9112 lets a server ignore empty lines before the request line.
    let mut skipped = 0;
    while line.is_empty() {
        skipped += 1;
        if skipped > 8 {
            return Err(ReadError::Bad(400, "empty request line"));
        }
        if r.fill_buf()?.is_empty() {
            return Ok(None);
        }
        line = read_line(r, &mut line_budget, line_too_long())?;
    }
    budget -= MAX_REQUEST_LINE_BYTES - line_budget;
    if has_bare_cr_or_nul(&line) {
        return Err(ReadError::Bad(400, "CR or NUL inside the request line"));
    }
    let line = String::from_utf8_lossy(&line).into_owned();
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ReadError::Bad(400, "malformed request line"));
    };
    if method.is_empty() || !method.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(ReadError::Bad(400, "malformed method"));
    }
    let http10 = match version {
        "HTTP/1.1" => false,
        "HTTP/1.0" => true,
        _ => return Err(ReadError::Bad(505, "HTTP version not supported")),
    };
    let (authority, path, query) =
        split_target(target).ok_or(ReadError::Bad(400, "malformed request target"))?;

    let mut headers = Vec::new();
    loop {
        let raw = read_line(r, &mut budget, too_long())?;
        if raw.is_empty() {
            break;
        }
        if headers.len() >= MAX_HEADERS {
            return Err(ReadError::Bad(431, "too many headers"));
        }
        if raw[0] == b' ' || raw[0] == b'\t' {
            return Err(ReadError::Bad(400, "obsolete header line folding"));
        }
        if has_bare_cr_or_nul(&raw) {
            return Err(ReadError::Bad(400, "CR or NUL inside a header line"));
        }
        let raw = String::from_utf8_lossy(&raw);
        let Some((name, value)) = raw.split_once(':') else {
            return Err(ReadError::Bad(400, "header line without a colon"));
        };
        if name.is_empty() || name.bytes().any(|b| b <= b' ' || b == 0x7f) {
            return Err(ReadError::Bad(400, "malformed header name"));
        }
        headers.push((
            name.to_ascii_lowercase(),
            value.trim_matches(|c| c == ' ' || c == '\t').to_owned(),
        ));
    }
    Ok(Some(Request {
        method: method.to_owned(),
        path,
        query,
        authority,
        http10,
        headers,
        body: Vec::new(),
    }))
}

/// RFC 9110 5.5 and RFC 9112 2.2: a CR that does not end a line, or a NUL, makes a field
/// invalid; passed on, it could split whatever repeats the value.
fn has_bare_cr_or_nul(line: &[u8]) -> bool {
    line.iter().any(|&b| b == b'\r' || b == 0)
}

/// `/p?q` or `http://host/p?q` into (authority of the absolute form, path, query).
fn split_target(target: &str) -> Option<(Option<String>, String, String)> {
    let (authority, rest) = if target.starts_with('/') {
        (None, target)
    } else if let Some(after) = target
        .strip_prefix("http://")
        .or_else(|| target.strip_prefix("https://"))
    {
        let end = after.find(['/', '?', '#']).unwrap_or(after.len());
        let authority = Some(after[..end].to_owned());
        match after.as_bytes().get(end) {
            Some(b'/') => (authority, &after[end..]),
            Some(b'?') => {
                let query = after[end + 1..].split('#').next().unwrap_or("");
                return Some((authority, "/".into(), query.to_owned()));
            }
            _ => (authority, "/"),
        }
    } else {
        return None;
    };
    let rest = rest.split('#').next().unwrap_or("");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    Some((authority, path.to_owned(), query.to_owned()))
}

/// Reads the body the head announces into `req.body`.
pub(crate) fn read_body<R: BufRead>(r: &mut R, req: &mut Request) -> Result<(), ReadError> {
    let chunked = match req.header("transfer-encoding") {
        None => false,
        Some(te) if te.eq_ignore_ascii_case("chunked") => true,
        Some(_) => return Err(ReadError::Bad(501, "unsupported transfer encoding")),
    };
    if chunked {
        if req.header("content-length").is_some() {
            return Err(ReadError::Bad(400, "both Content-Length and chunked"));
        }
        req.body = read_chunked(r)?;
        return Ok(());
    }
    let mut length: Option<u64> = None;
    for v in req.header_values("content-length") {
        for item in v.split(',') {
            let n: u64 = item
                .trim()
                .parse()
                .map_err(|_| ReadError::Bad(400, "malformed Content-Length"))?;
            if length.is_some_and(|l| l != n) {
                return Err(ReadError::Bad(400, "conflicting Content-Length"));
            }
            length = Some(n);
        }
    }
    let length = length.unwrap_or(0);
    if length > MAX_BODY_BYTES {
        return Err(ReadError::Bad(413, "request body too large"));
    }
    let mut body = Vec::with_capacity(length.min(BODY_PREALLOCATION) as usize);
    r.by_ref().take(length).read_to_end(&mut body)?;
    if (body.len() as u64) < length {
        return Err(ReadError::Io);
    }
    req.body = body;
    Ok(())
}

fn read_chunked<R: BufRead>(r: &mut R) -> Result<Vec<u8>, ReadError> {
    let mut body = Vec::new();
    // Chunk-size lines and trailers share one budget, like the head.
    let mut budget = MAX_HEAD_BYTES;
    loop {
        let line = read_line(r, &mut budget, ReadError::Bad(400, "chunk header too long"))?;
        let line = String::from_utf8_lossy(&line);
        let size_text = line.split(';').next().unwrap_or("").trim();
        let size = u64::from_str_radix(size_text, 16)
            .map_err(|_| ReadError::Bad(400, "malformed chunk size"))?;
        if size == 0 {
            break;
        }
        if body.len() as u64 + size > MAX_BODY_BYTES {
            return Err(ReadError::Bad(413, "request body too large"));
        }
        let before = body.len();
        r.by_ref().take(size).read_to_end(&mut body)?;
        if ((body.len() - before) as u64) < size {
            return Err(ReadError::Io);
        }
        let end = read_line(r, &mut budget, ReadError::Bad(400, "chunk without CRLF"))?;
        if !end.is_empty() {
            return Err(ReadError::Bad(400, "chunk without CRLF"));
        }
    }
    // Trailers, ignored, up to the empty line.
    loop {
        let line = read_line(r, &mut budget, ReadError::Bad(400, "trailers too long"))?;
        if line.is_empty() {
            return Ok(body);
        }
    }
}

/// A response to write.
#[derive(Debug, Clone)]
pub(crate) struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Response {
    /// A JSON response.
    pub fn json(status: u16, value: &serde_json::Value) -> Self {
        Response {
            status,
            headers: vec![("Content-Type", "application/json;charset=utf-8".into())],
            body: value.to_string().into_bytes(),
        }
    }

    /// A plain-text response.
    pub fn text(status: u16, text: &str) -> Self {
        Response {
            status,
            headers: vec![("Content-Type", "text/plain;charset=utf-8".into())],
            body: text.as_bytes().to_vec(),
        }
    }
}

/// The reason phrase of the statuses the emulator uses.
pub(crate) fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Content Too Large",
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "Unknown",
    }
}

/// Writes a complete response. `date` is the `Date` header value.
pub(crate) fn write_response<W: Write>(
    w: &mut W,
    resp: &Response,
    date: &str,
    keep_alive: bool,
) -> io::Result<()> {
    w.write_all(&encode_response(resp, date, keep_alive))?;
    w.flush()
}

/// The bytes of a complete response: head, then body.
pub(crate) fn encode_response(resp: &Response, date: &str, keep_alive: bool) -> Vec<u8> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nDate: {date}\r\nServer: vpncert-emulator\r\nContent-Length: {}\r\nConnection: {}\r\n",
        resp.status,
        reason(resp.status),
        resp.body.len(),
        if keep_alive { "keep-alive" } else { "close" }
    );
    for (k, v) in &resp.headers {
        head.push_str(k);
        head.push_str(": ");
        head.push_str(v);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    let mut out = head.into_bytes();
    out.extend_from_slice(&resp.body);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufReader;

    fn parse(raw: &[u8]) -> Result<Option<Request>, ReadError> {
        let mut r = BufReader::new(raw);
        let mut req = match read_head(&mut r)? {
            Some(req) => req,
            None => return Ok(None),
        };
        read_body(&mut r, &mut req)?;
        Ok(Some(req))
    }

    fn bad_status(raw: &[u8]) -> u16 {
        match parse(raw) {
            Err(ReadError::Bad(s, _)) => s,
            other => panic!("expected a bad request, got {other:?}"),
        }
    }

    #[test]
    fn parses_a_post_with_a_form_body() {
        let req = parse(
            b"POST /?A=1 HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\nX-Two: a\r\nx-two: b\r\n\r\nB=2",
        )
        .unwrap()
        .unwrap();
        assert_eq!(req.method, "POST");
        assert_eq!(req.path, "/");
        assert_eq!(req.query, "A=1");
        assert_eq!(req.body, b"B=2");
        assert_eq!(req.header("host"), Some("h"));
        assert_eq!(req.header_values("x-two").collect::<Vec<_>>(), ["a", "b"]);
        assert!(!req.wants_close());
    }

    #[test]
    fn parses_chunked_bodies_and_absolute_targets() {
        let req = parse(
            b"POST http://vpc.example/?x=1 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext\r\nabc\r\n2\r\nde\r\n0\r\nT: v\r\n\r\n",
        )
        .unwrap()
        .unwrap();
        assert_eq!(req.body, b"abcde");
        assert_eq!(req.path, "/");
        assert_eq!(req.query, "x=1");
    }

    #[test]
    fn http10_closes_unless_asked() {
        let req = parse(b"GET / HTTP/1.0\r\n\r\n").unwrap().unwrap();
        assert!(req.wants_close());
        let req = parse(b"GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")
            .unwrap()
            .unwrap();
        assert!(!req.wants_close());
    }

    #[test]
    fn clean_eof_is_not_an_error() {
        assert!(parse(b"").unwrap().is_none());
    }

    #[test]
    fn bad_input_is_refused_without_panicking() {
        assert_eq!(bad_status(b"GET /\r\n\r\n"), 400);
        assert_eq!(bad_status(b"get / HTTP/1.1\r\n\r\n"), 400);
        assert_eq!(bad_status(b"GET / HTTP/2.0\r\n\r\n"), 505);
        assert_eq!(bad_status(b"GET nowhere HTTP/1.1\r\n\r\n"), 400);
        assert_eq!(bad_status(b"GET / HTTP/1.1\r\nNoColon\r\n\r\n"), 400);
        assert_eq!(bad_status(b"GET / HTTP/1.1\r\n folded\r\n\r\n"), 400);
        assert_eq!(
            bad_status(b"POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n"),
            400
        );
        assert_eq!(
            bad_status(b"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"),
            400
        );
        assert_eq!(
            bad_status(b"POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n"),
            413
        );
        assert_eq!(
            bad_status(b"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"),
            501
        );
        assert_eq!(
            bad_status(b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"),
            400
        );
        assert_eq!(bad_status(b"\xff\xfe / HTTP/1.1\r\n\r\n"), 400);
        assert_eq!(bad_status(b"GET / HTTP/1.1\r\nX: a\rb\r\n\r\n"), 400);
        assert_eq!(bad_status(b"GET / HTTP/1.1\r\nX: a\0b\r\n\r\n"), 400);
        assert_eq!(bad_status(b"GET /\r HTTP/1.1\r\n\r\n"), 400);
        assert_eq!(bad_status(b"GET /\0 HTTP/1.1\r\n\r\n"), 400);
        let mut huge = b"GET / HTTP/1.1\r\nX: ".to_vec();
        huge.extend(vec![b'a'; MAX_HEAD_BYTES as usize]);
        huge.extend_from_slice(b"\r\n\r\n");
        assert_eq!(bad_status(&huge), 431);
        let mut many = b"GET / HTTP/1.1\r\n".to_vec();
        for i in 0..=MAX_HEADERS {
            many.extend_from_slice(format!("h{i}: v\r\n").as_bytes());
        }
        many.extend_from_slice(b"\r\n");
        assert_eq!(bad_status(&many), 431);
    }

    #[test]
    fn the_request_line_has_its_own_cap() {
        let mut long = b"GET /?".to_vec();
        long.extend(vec![b'a'; MAX_REQUEST_LINE_BYTES as usize]);
        long.extend_from_slice(b" HTTP/1.1\r\n\r\n");
        assert_eq!(bad_status(&long), 414);
        // Just under the cap, with a head that fills the rest of the head budget, is fine.
        let mut ok = b"GET /?".to_vec();
        ok.extend(vec![b'a'; MAX_REQUEST_LINE_BYTES as usize - 20]);
        ok.extend_from_slice(b" HTTP/1.1\r\nX: ");
        ok.extend(vec![
            b'b';
            (MAX_HEAD_BYTES - MAX_REQUEST_LINE_BYTES) as usize
        ]);
        ok.extend_from_slice(b"\r\n\r\n");
        assert_eq!(
            bad_status(&ok),
            431,
            "the line counts against the head budget"
        );
        let mut fits = b"GET /?".to_vec();
        fits.extend(vec![b'a'; MAX_REQUEST_LINE_BYTES as usize - 20]);
        fits.extend_from_slice(b" HTTP/1.1\r\nX: y\r\n\r\n");
        assert!(parse(&fits).unwrap().is_some());
    }

    #[test]
    fn the_authority_of_an_absolute_target_is_kept() {
        for (target, authority, path, query) in [
            ("/p?q=1", None, "/p", "q=1"),
            ("/p#frag", None, "/p", ""),
            (
                "http://evil.example/__emulator/state",
                Some("evil.example"),
                "/__emulator/state",
                "",
            ),
            (
                "http://127.0.0.1:80?x=1#f",
                Some("127.0.0.1:80"),
                "/",
                "x=1",
            ),
            ("https://[::1]:8443", Some("[::1]:8443"), "/", ""),
            ("http://h#frag", Some("h"), "/", ""),
        ] {
            let raw = format!("GET {target} HTTP/1.1\r\n\r\n");
            let req = parse(raw.as_bytes()).unwrap().unwrap();
            assert_eq!(req.authority.as_deref(), authority, "{target}");
            assert_eq!(
                (req.path.as_str(), req.query.as_str()),
                (path, query),
                "{target}"
            );
        }
    }

    #[test]
    fn truncated_input_is_an_io_error() {
        assert!(matches!(
            parse(b"GET / HTTP/1.1\r\nHost: x"),
            Err(ReadError::Io)
        ));
        assert!(matches!(
            parse(b"POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc"),
            Err(ReadError::Io)
        ));
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(raw in proptest::collection::vec(proptest::num::u8::ANY, 0..2048)) {
            let _ = parse(&raw);
        }

        #[test]
        fn arbitrary_heads_never_panic(
            line in "[A-Z]{1,7} [ -~]{0,64} HTTP/1\\.[01]",
            headers in proptest::collection::vec("[ -~]{0,40}", 0..8),
            body in proptest::collection::vec(proptest::num::u8::ANY, 0..64),
        ) {
            let mut raw = format!("{line}\r\n{}\r\n\r\n", headers.join("\r\n")).into_bytes();
            raw.extend(body);
            let _ = parse(&raw);
        }
    }

    #[test]
    fn writes_a_response() {
        let mut out = Vec::new();
        let resp = Response::json(200, &serde_json::json!({"a": 1}));
        write_response(&mut out, &resp, "Thu, 01 Jan 1970 00:00:00 GMT", true).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.starts_with("HTTP/1.1 200 OK\r\n"), "{s}");
        assert!(s.contains("Content-Length: 7\r\n"));
        assert!(s.contains("Connection: keep-alive\r\n"));
        assert!(s.ends_with("\r\n\r\n{\"a\":1}"));
    }
}
