//! Entry points for the cargo-fuzz targets under `fuzz/` (they need nightly; the unit tests
//! below run the same code on stable). Not a supported API: hidden from the documentation and
//! free to change.

use std::io::{self, BufReader, Read};
use std::net::SocketAddr;

use crate::api;
use crate::http::{self, ReadError, Request, MAX_BODY_BYTES, MAX_HEADERS};
use crate::params::decode_pairs;

/// Requests read from one connection at most, like a keep-alive loop.
const MAX_REQUESTS: usize = 16;

/// Hands out one byte per read, as a client trickling its request would.
struct OneByte<'a>(&'a [u8]);

impl Read for OneByte<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match (self.0.split_first(), buf.first_mut()) {
            (Some((&b, rest)), Some(slot)) => {
                *slot = b;
                self.0 = rest;
                Ok(1)
            }
            _ => Ok(0),
        }
    }
}

/// Reads requests (head, then body) from `r` until the end, an error or [`MAX_REQUESTS`],
/// as a connection does, and describes each outcome.
fn read_all<R: Read>(r: R) -> Vec<Result<Request, String>> {
    let mut reader = BufReader::new(r);
    let mut out = Vec::new();
    while out.len() < MAX_REQUESTS {
        let mut req = match http::read_head(&mut reader) {
            Ok(Some(req)) => req,
            Ok(None) => break,
            Err(e) => {
                out.push(Err(describe(&e)));
                break;
            }
        };
        if let Err(e) = http::read_body(&mut reader, &mut req) {
            out.push(Err(describe(&e)));
            break;
        }
        out.push(Ok(req));
    }
    out
}

fn describe(e: &ReadError) -> String {
    match e {
        ReadError::Io => "io".to_owned(),
        ReadError::Bad(status, why) => {
            assert!(
                matches!(status, 400 | 413 | 414 | 431 | 501 | 505),
                "unexpected status {status} ({why})"
            );
            format!("{status} {why}")
        }
    }
}

/// What every parsed request must satisfy, whatever the input.
fn check(req: &Request) {
    assert!(
        !req.method.is_empty() && req.method.bytes().all(|b| b.is_ascii_uppercase()),
        "{:?}",
        req.method
    );
    assert!(req.path.starts_with('/'), "{:?}", req.path);
    assert!(req.headers.len() <= MAX_HEADERS);
    assert!(req.body.len() as u64 <= MAX_BODY_BYTES);
    for (name, value) in &req.headers {
        assert!(
            !name.is_empty()
                && !name.contains(':')
                && name.bytes().all(|b| b > b' ' && b != 0x7f)
                && *name == name.to_ascii_lowercase(),
            "{name:?}"
        );
        assert!(
            !value.contains(['\r', '\n', '\0']),
            "a header value keeps a line break or NUL: {value:?}"
        );
        assert!(
            !value.starts_with([' ', '\t']) && !value.ends_with([' ', '\t']),
            "{value:?}"
        );
    }
    // What the server does with a request before any operation: none of it may panic.
    let local: SocketAddr = ([127, 0, 0, 1], 8080).into();
    let _ = api::browser_refusal(req, local, false);
    let _ = api::browser_refusal(req, local, true);
    let _ = api::is_control(req);
    let _ = req.wants_close();
    let _ = req.expects_continue();
    let _ = decode_pairs(&req.query);
    let _ = decode_pairs(&String::from_utf8_lossy(&req.body));
}

/// Parses `data` as the bytes a client sends on one connection: every request in it, as
/// delivered at once and as delivered one byte at a time. Panics when the two disagree, when
/// a parsed request breaks an invariant of the parser (method, path, header names and values,
/// the caps), or when the checks run on a parsed request panic. Returns how many requests
/// were parsed.
pub fn requests(data: &[u8]) -> usize {
    let whole = read_all(data);
    let trickled = read_all(OneByte(data));
    assert_eq!(
        format!("{whole:?}"),
        format!("{trickled:?}"),
        "the outcome depends on how the bytes arrive"
    );
    whole
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .inspect(|req| check(req))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seeds kept for the fuzz target, and how many requests each holds.
    const SEEDS: &[(&[u8], usize)] = &[
        (include_bytes!("../../fuzz/seeds/emulator_request/state"), 1),
        (
            include_bytes!("../../fuzz/seeds/emulator_request/v1_form_post"),
            1,
        ),
        (
            include_bytes!("../../fuzz/seeds/emulator_request/v3_get"),
            1,
        ),
        (
            include_bytes!("../../fuzz/seeds/emulator_request/chunked_continue"),
            1,
        ),
        (
            include_bytes!("../../fuzz/seeds/emulator_request/pipelined"),
            3,
        ),
        (
            include_bytes!("../../fuzz/seeds/emulator_request/absolute_foreign"),
            1,
        ),
        (
            include_bytes!("../../fuzz/seeds/emulator_request/http10"),
            1,
        ),
        (
            include_bytes!("../../fuzz/seeds/emulator_request/bare_cr"),
            0,
        ),
    ];

    #[test]
    fn the_seeds_parse_as_expected() {
        for (i, &(seed, expected)) in SEEDS.iter().enumerate() {
            assert_eq!(requests(seed), expected, "seed {i}");
        }
    }

    #[test]
    fn bad_and_odd_inputs_are_handled() {
        assert_eq!(requests(b""), 0);
        assert_eq!(requests(b"\r\n\r\n"), 0);
        assert_eq!(requests(b"GET / HTTP/1.1\r\n"), 0, "an unfinished head");
        assert_eq!(requests(b"GET / HTTP/1.1\r\n\r\nGARBAGE\r\n\r\n"), 1);
        assert_eq!(
            requests(b"POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET / HTTP/1.1\r\n\r\n"),
            2
        );
        let mut flood = Vec::new();
        for _ in 0..40 {
            flood.extend_from_slice(b"GET / HTTP/1.1\r\n\r\n");
        }
        assert_eq!(requests(&flood), MAX_REQUESTS);
    }

    #[test]
    fn a_broken_invariant_is_caught() {
        let req = Request {
            method: "GET".into(),
            path: "/".into(),
            query: String::new(),
            authority: None,
            http10: false,
            headers: vec![("x".into(), "a\rb".into())],
            body: Vec::new(),
        };
        assert!(std::panic::catch_unwind(|| check(&req)).is_err());
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_bytes_hold_the_invariants(raw in proptest::collection::vec(proptest::num::u8::ANY, 0..512)) {
            requests(&raw);
        }

        #[test]
        fn arbitrary_heads_hold_the_invariants(
            line in "[A-Z]{1,7} /[ -~]{0,40} HTTP/1\\.[01]",
            headers in proptest::collection::vec("[!-9;-~]{1,12}:[ -~\r\0]{0,24}", 0..6),
            body in proptest::collection::vec(proptest::num::u8::ANY, 0..32),
        ) {
            let mut raw = format!("{line}\r\n{}\r\n\r\n", headers.join("\r\n")).into_bytes();
            raw.extend(body);
            requests(&raw);
        }
    }
}
