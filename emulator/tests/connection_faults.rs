//! Faults below HTTP: what bytes a client gets for each connection kind at rate 1, that the
//! change is made first where the kind commits, that the state counts each kind, and that a
//! seed gives the same sequence of outcomes.

mod common;

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::*;
use vpncert_emulator::{Emulator, FaultKind};

fn connect(emu: &Emulator) -> TcpStream {
    let s = TcpStream::connect(("127.0.0.1", emu.port())).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s
}

fn create(token: &str) -> Req {
    Req::new("CreateSslVpnClientCert")
        .param("SslVpnServerId", SERVER)
        .param("ClientToken", token)
}

fn describe() -> Req {
    Req::new("DescribeSslVpnServers")
}

/// Sends `r` on a new connection and reads until the server closes or resets it (or `wait`
/// passes): the bytes that arrived and how the reading ended.
fn exchange(emu: &Emulator, r: &Req, wait: Duration) -> (Vec<u8>, io::Result<()>) {
    let mut s = connect(emu);
    s.set_read_timeout(Some(wait)).unwrap();
    s.write_all(&raw_v1(emu.port(), r)).unwrap();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return (got, Ok(())),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) => return (got, Err(e)),
        }
    }
}

/// A core client without retries, for what an SDK user would see.
fn sdk(emu: &Emulator, timeout: Duration) -> vpncert::Client {
    vpncert::Client::builder()
        .region_id(REGION)
        .credentials(vpncert::Credentials::access_key(ID, SECRET))
        .endpoint(emu.url())
        .timeout(timeout)
        .max_retries(0)
        .build()
        .unwrap()
}

/// What an SDK user sees for a DescribeSslVpnServers: an error (not an answer).
fn sdk_error(emu: &Emulator) -> vpncert::Error {
    sdk(emu, Duration::from_secs(1))
        .describe_ssl_vpn_servers(&vpncert::DescribeSslVpnServers::new())
        .unwrap_err()
}

fn sdk_sees_a_transport_error(emu: &Emulator) {
    let e = sdk_error(emu);
    assert!(matches!(e, vpncert::Error::Transport(_)), "{e:?}");
}

fn certificates(emu: &Emulator) -> usize {
    emu.state()["certificates"].as_array().unwrap().len()
}

fn counted(emu: &Emulator, counter: &str) -> u64 {
    emu.state()["faults"][counter].as_u64().unwrap()
}

fn is_reset(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::ConnectionReset
}

fn content_length(head: &str) -> usize {
    head.lines()
        .find_map(|l| l.strip_prefix("Content-Length: "))
        .and_then(|v| v.trim().parse().ok())
        .expect("a Content-Length")
}

#[test]
fn reset_before_resets_and_changes_nothing() {
    let emu = Emulator::builder()
        .fault(FaultKind::ResetBefore, 1.0)
        .start()
        .unwrap();
    let (got, end) = exchange(&emu, &create("rb"), Duration::from_secs(5));
    assert!(got.is_empty(), "{:?}", String::from_utf8_lossy(&got));
    assert!(end.as_ref().is_err_and(is_reset), "{end:?}");
    sdk_sees_a_transport_error(&emu);
    assert_eq!(certificates(&emu), 0);
    assert_eq!(emu.state()["creates"], 0);
    assert_eq!(counted(&emu, "reset_before"), 2);
    assert_eq!(emu.state()["requests"], 2);
}

#[test]
fn reset_after_makes_the_change_then_resets() {
    let emu = Emulator::builder()
        .fault(FaultKind::ResetAfter, 1.0)
        .start()
        .unwrap();
    let started = Instant::now();
    let (got, end) = exchange(&emu, &create("ra"), Duration::from_secs(5));
    assert!(got.is_empty(), "{:?}", String::from_utf8_lossy(&got));
    assert!(end.as_ref().is_err_and(is_reset), "{end:?}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "prompt, not a hang"
    );
    assert_eq!(certificates(&emu), 1, "committed before the reset");
    // The client's retry with the same ClientToken finds the same certificate.
    let (_, end) = exchange(&emu, &create("ra"), Duration::from_secs(5));
    assert!(end.as_ref().is_err_and(is_reset), "{end:?}");
    assert_eq!(certificates(&emu), 1, "one certificate per ClientToken");
    assert_eq!(emu.state()["creates"], 1);
    // Reads are reset too.
    let (_, end) = exchange(&emu, &describe(), Duration::from_secs(5));
    assert!(end.as_ref().is_err_and(is_reset), "{end:?}");
    assert_eq!(counted(&emu, "reset_after"), 3);
}

#[test]
fn truncate_announces_the_whole_body_and_sends_half() {
    let emu = Emulator::builder()
        .fault(FaultKind::Truncate, 1.0)
        .start()
        .unwrap();
    for (r, commits) in [(create("tr"), 1), (describe(), 1)] {
        let (got, end) = exchange(&emu, &r, Duration::from_secs(5));
        end.expect("an orderly close, not a reset");
        let text = String::from_utf8(got).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").expect("a whole head");
        assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
        let announced = content_length(head);
        assert_eq!(body.len(), announced / 2, "{head}\n\n{body}");
        assert!(body.len() < announced);
        assert_eq!(certificates(&emu), commits);
    }
    sdk_sees_a_transport_error(&emu);
    assert_eq!(counted(&emu, "truncate"), 3);
}

#[test]
fn stall_writes_nothing_and_changes_nothing_until_the_client_leaves() {
    let emu = Emulator::builder()
        .fault(FaultKind::Stall, 1.0)
        .max_connections(1)
        .start()
        .unwrap();
    let (got, end) = exchange(&emu, &create("st"), Duration::from_millis(1500));
    assert!(got.is_empty(), "{:?}", String::from_utf8_lossy(&got));
    let e = end.expect_err("no answer, no close");
    assert!(
        matches!(
            e.kind(),
            io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
        ),
        "{e:?}"
    );
    assert_eq!(certificates(&emu), 0, "nothing is carried out");
    assert_eq!(counted(&emu, "stall"), 1);
    // The client left (the socket was dropped): the stalled connection is released, so the
    // only connection slot serves the next client.
    let deadline = Instant::now() + Duration::from_secs(3);
    let state = format!(
        "GET /__emulator/state HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
        emu.port()
    );
    loop {
        let mut s = connect(&emu);
        let _ = s.write_all(state.as_bytes());
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        if out.starts_with("HTTP/1.1 200 OK") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the stalled connection was not released"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_stalled_connection_ends_when_the_emulator_stops() {
    let emu = Emulator::builder()
        .fault(FaultKind::Stall, 1.0)
        .start()
        .unwrap();
    let mut s = connect(&emu);
    s.write_all(&raw_v1(emu.port(), &describe())).unwrap();
    while counted(&emu, "stall") == 0 {
        std::thread::sleep(Duration::from_millis(10));
    }
    let started = Instant::now();
    emu.shutdown();
    let mut buf = [0u8; 16];
    assert_eq!(s.read(&mut buf).unwrap_or(0), 0, "closed without an answer");
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[test]
fn drip_sends_the_answer_a_byte_at_a_time_after_the_change() {
    let emu = Emulator::builder()
        .fault(FaultKind::Drip, 1.0)
        .start()
        .unwrap();
    let mut s = connect(&emu);
    s.write_all(&raw_v1(emu.port(), &create("dr"))).unwrap();
    let mut got = Vec::new();
    let mut reads = 0;
    let started = Instant::now();
    let mut buf = [0u8; 4096];
    while started.elapsed() < Duration::from_millis(1100) {
        let n = s.read(&mut buf).unwrap();
        assert!(n > 0, "the connection stays open");
        assert_eq!(n, 1, "one byte at a time");
        got.extend_from_slice(&buf[..n]);
        reads += 1;
        if reads == 1 {
            assert_eq!(certificates(&emu), 1, "committed before the answer starts");
        }
    }
    assert!((4..=8).contains(&got.len()), "{} bytes in 1.1 s", got.len());
    assert!(b"HTTP/1.1 200 OK".starts_with(&got), "{got:?}");
    assert_eq!(counted(&emu, "drip"), 1);
    drop(s);
    // A client with a deadline for the whole answer gives up on it.
    let started = Instant::now();
    let e = sdk_error(&emu);
    assert!(matches!(e, vpncert::Error::Timeout(_)), "{e:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn garbage_breaks_the_status_line_and_a_header_after_the_change() {
    let emu = Emulator::builder()
        .fault(FaultKind::Garbage, 1.0)
        .start()
        .unwrap();
    let (got, end) = exchange(&emu, &create("ga"), Duration::from_secs(5));
    end.expect("an orderly close");
    let text = String::from_utf8(got).unwrap();
    assert!(
        text.starts_with("HTTP/1.1 2OO OK\r\nthis header line has no colon\r\nDate: "),
        "{text}"
    );
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    assert_eq!(body.len(), content_length(head), "the body is whole");
    assert!(body.contains("SslVpnClientCertId"), "{body}");
    assert_eq!(certificates(&emu), 1, "committed");
    sdk_sees_a_transport_error(&emu);
    assert_eq!(counted(&emu, "garbage"), 2);
}

/// Reads one whole answer: its head and body.
fn read_answer(r: &mut BufReader<TcpStream>) -> (String, Vec<u8>) {
    let mut status = String::new();
    r.read_line(&mut status).unwrap();
    let (head, body) = read_answer_after_status(r);
    (status + &head, body)
}

/// Reads the rest of an answer whose status line was read.
fn read_answer_after_status(r: &mut BufReader<TcpStream>) -> (String, Vec<u8>) {
    let mut head = String::new();
    loop {
        let mut line = String::new();
        r.read_line(&mut line).unwrap();
        head.push_str(&line);
        if line == "\r\n" {
            break;
        }
    }
    let mut body = vec![0; content_length(&head)];
    r.read_exact(&mut body).unwrap();
    (head, body)
}

/// Whether the server has closed `s`, without waiting.
fn closed_by_server(s: &TcpStream) -> bool {
    s.set_nonblocking(true).unwrap();
    let mut buf = [0u8; 64];
    let closed = match (&*s).read(&mut buf) {
        Ok(_) => true,
        Err(e) => e.kind() != io::ErrorKind::WouldBlock,
    };
    s.set_nonblocking(false).unwrap();
    closed
}

#[test]
fn close_idle_closes_a_keep_alive_connection_at_once_or_after_50_ms() {
    let emu = Emulator::builder()
        .fault(FaultKind::CloseIdle, 1.0)
        .seed(9)
        .start()
        .unwrap();
    let (mut at_once, mut after_idle) = (0, 0);
    for _ in 0..16 {
        let s = connect(&emu);
        let mut w = s.try_clone().unwrap();
        let mut r = BufReader::new(s.try_clone().unwrap());
        w.write_all(&raw_v1(emu.port(), &describe())).unwrap();
        let (head, _) = read_answer(&mut r);
        assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
        assert!(
            head.contains("Connection: keep-alive\r\n"),
            "the answer promises keep-alive: {head}"
        );
        std::thread::sleep(Duration::from_millis(10));
        if closed_by_server(&s) {
            at_once += 1;
        } else {
            after_idle += 1;
            std::thread::sleep(Duration::from_millis(150));
            assert!(closed_by_server(&s), "closed once idle for 50 ms");
        }
        // The stale connection fails on its next use.
        let next = w
            .write_all(&raw_v1(emu.port(), &describe()))
            .and_then(|()| {
                let mut line = String::new();
                r.read_line(&mut line).map(|n| n > 0)
            });
        assert!(!matches!(next, Ok(true)), "{next:?}");
    }
    assert!(at_once > 0 && after_idle > 0, "{at_once} {after_idle}");
    assert_eq!(counted(&emu, "close_idle"), 16);
}

#[test]
fn close_idle_keeps_a_connection_whose_next_request_comes_in_time() {
    // Half of the hits wait 50 ms for the next request: sent at once, it is served on the
    // same connection. Some of these connections must serve two requests or more.
    let emu = Emulator::builder()
        .fault(FaultKind::CloseIdle, 1.0)
        .seed(9)
        .start()
        .unwrap();
    let mut most = 0;
    for _ in 0..10 {
        let s = connect(&emu);
        let mut w = s.try_clone().unwrap();
        let mut r = BufReader::new(s);
        let mut served = 0;
        while served < 20 {
            if w.write_all(&raw_v1(emu.port(), &describe())).is_err() {
                break;
            }
            let mut peek = String::new();
            if r.read_line(&mut peek).unwrap_or(0) == 0 {
                break;
            }
            let (_, _) = read_answer_after_status(&mut r);
            served += 1;
        }
        most = most.max(served);
    }
    assert!(most >= 2, "no connection outlived its first answer");
}

#[test]
fn connection_faults_never_hit_the_control_routes() {
    let mut b = Emulator::builder();
    for &k in &[
        FaultKind::ResetBefore,
        FaultKind::ResetAfter,
        FaultKind::Truncate,
        FaultKind::Stall,
        FaultKind::Drip,
        FaultKind::Garbage,
        FaultKind::CloseIdle,
    ] {
        b = b.fault(k, 1.0);
    }
    let emu = b.start().unwrap();
    for _ in 0..3 {
        let resp = agent()
            .get(format!("{}/__emulator/state", emu.url()))
            .call()
            .unwrap();
        assert_eq!(resp.status().as_u16(), 200);
    }
    assert_eq!(emu.state()["requests"], 0);
}

#[test]
fn earlier_kinds_win_and_only_the_kinds_that_acted_are_counted() {
    // reset-before acts before anything else: 503 never answers.
    let emu = Emulator::builder()
        .fault(FaultKind::ServiceUnavailable, 1.0)
        .fault(FaultKind::ResetBefore, 1.0)
        .start()
        .unwrap();
    let (_, end) = exchange(&emu, &describe(), Duration::from_secs(5));
    assert!(end.as_ref().is_err_and(is_reset), "{end:?}");
    assert_eq!(counted(&emu, "reset_before"), 1);
    assert_eq!(counted(&emu, "service_unavailable"), 0);

    // A rejecting answer can itself be cut short: both acted.
    let emu = Emulator::builder()
        .fault(FaultKind::ServiceUnavailable, 1.0)
        .fault(FaultKind::Garbage, 1.0)
        .fault(FaultKind::Truncate, 1.0)
        .start()
        .unwrap();
    let (got, _) = exchange(&emu, &describe(), Duration::from_secs(5));
    let text = String::from_utf8(got).unwrap();
    assert!(
        text.starts_with("HTTP/1.1 503 Service Unavailable\r\n"),
        "{text}"
    );
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    assert_eq!(
        body.len(),
        content_length(head) / 2,
        "truncate before garbage"
    );
    assert_eq!(counted(&emu, "service_unavailable"), 1);
    assert_eq!(counted(&emu, "truncate"), 1);
    assert_eq!(counted(&emu, "garbage"), 0);

    // drop-after-commit ends a committed change with an orderly close, before reset-after.
    let emu = Emulator::builder()
        .fault(FaultKind::DropAfterCommit, 1.0)
        .fault(FaultKind::ResetAfter, 1.0)
        .start()
        .unwrap();
    let (got, end) = exchange(&emu, &create("dac"), Duration::from_secs(5));
    assert!(got.is_empty() && end.is_ok(), "{end:?}");
    let (_, end) = exchange(&emu, &describe(), Duration::from_secs(5));
    assert!(
        end.as_ref().is_err_and(is_reset),
        "reads are reset: {end:?}"
    );
    assert_eq!(counted(&emu, "drop_after_commit"), 1);
    assert_eq!(counted(&emu, "reset_after"), 1);
}

/// One request on a fresh connection, named by what the client saw.
fn outcome(emu: &Emulator, i: usize) -> String {
    let s = connect(emu);
    // For the whole answer, not each read: `drip` sends a byte every 200 ms.
    let deadline = Instant::now() + Duration::from_millis(400);
    let r = if i.is_multiple_of(3) {
        create(&format!("seeded-{i}"))
    } else {
        describe()
    };
    (&s).write_all(&raw_v1(emu.port(), &r)).unwrap();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    let end = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break "timeout";
        }
        s.set_read_timeout(Some(left)).unwrap();
        match (&s).read(&mut buf) {
            Ok(0) => break "eof",
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if is_reset(&e) => break "reset",
            Err(_) => break "timeout",
        }
        let whole_head = got.windows(4).position(|w| w == b"\r\n\r\n");
        if let Some(i) = whole_head.filter(|_| got.starts_with(b"HTTP/1.1 200 OK")) {
            let head = String::from_utf8_lossy(&got[..i]);
            if got.len() - i - 4 == content_length(&head) {
                // A whole answer: does the server then close the connection?
                std::thread::sleep(Duration::from_millis(200));
                break if closed_by_server(&s) {
                    "closed"
                } else {
                    "kept"
                };
            }
        }
    };
    let start = if got.starts_with(b"HTTP/1.1 200 OK") {
        "ok"
    } else if got.starts_with(b"HTTP/1.1 2OO") {
        "garbage"
    } else if got.is_empty() {
        "nothing"
    } else {
        "partial"
    };
    format!("{start}/{end}")
}

fn seeded_run(seed: u64) -> (Vec<String>, serde_json::Value) {
    let emu = Emulator::builder()
        .fault(FaultKind::ResetBefore, 0.1)
        .fault(FaultKind::ResetAfter, 0.1)
        .fault(FaultKind::Truncate, 0.1)
        .fault(FaultKind::Stall, 0.05)
        .fault(FaultKind::Drip, 0.05)
        .fault(FaultKind::Garbage, 0.1)
        .fault(FaultKind::CloseIdle, 0.3)
        .seed(seed)
        .start()
        .unwrap();
    let outcomes = (0..40).map(|i| outcome(&emu, i)).collect();
    (outcomes, emu.state())
}

#[test]
fn a_seed_gives_the_same_connection_faults() {
    // Three emulators at once: the runs mostly wait, on the stalls and close-idle checks.
    let runs: Vec<_> = [77, 77, 78]
        .into_iter()
        .map(|seed| std::thread::spawn(move || seeded_run(seed)))
        .collect();
    let mut runs = runs.into_iter().map(|t| t.join().unwrap());
    let (a, state) = runs.next().unwrap();
    let (b, _) = runs.next().unwrap();
    let (c, _) = runs.next().unwrap();
    assert_eq!(a, b);
    assert_ne!(a, c, "another seed, another sequence");
    let count = |s: &str| a.iter().filter(|o| *o == s).count() as u64;
    let faults = &state["faults"];
    assert_eq!(
        faults["reset_before"].as_u64().unwrap() + faults["reset_after"].as_u64().unwrap(),
        count("nothing/reset"),
        "{a:?}"
    );
    assert_eq!(faults["truncate"], count("ok/eof"), "{a:?}");
    assert_eq!(faults["garbage"], count("garbage/eof"), "{a:?}");
    assert_eq!(faults["stall"], count("nothing/timeout"), "{a:?}");
    assert_eq!(faults["drip"], count("partial/timeout"), "{a:?}");
    assert_eq!(faults["close_idle"], count("ok/closed"), "{a:?}");
    assert!(count("ok/kept") > 0, "{a:?}");
    for kind in ["nothing/reset", "ok/eof", "garbage/eof", "ok/closed"] {
        assert!(count(kind) > 0, "seed 77 shows {kind}: {a:?}");
    }
    assert_eq!(state["requests"], 40);
}

#[test]
fn connection_faults_also_break_tls_connections() {
    for (kind, counter, commits) in [
        (FaultKind::ResetBefore, "reset_before", 0),
        (FaultKind::ResetAfter, "reset_after", 1),
        (FaultKind::Truncate, "truncate", 1),
        (FaultKind::Garbage, "garbage", 1),
    ] {
        let emu = Emulator::builder()
            .tls(true)
            .fault(kind, 1.0)
            .start()
            .unwrap();
        let c = vpncert::Client::builder()
            .region_id(REGION)
            .credentials(vpncert::Credentials::access_key(ID, SECRET))
            .endpoint(emu.url())
            .ca_bundle_pem(emu.ca_pem().unwrap().as_bytes().to_vec())
            .timeout(Duration::from_secs(2))
            .max_retries(0)
            .build()
            .unwrap();
        let e = c
            .create_ssl_vpn_client_cert(&vpncert::CreateSslVpnClientCert::new(SERVER))
            .unwrap_err();
        assert!(matches!(e, vpncert::Error::Transport(_)), "{kind:?}: {e:?}");
        assert_eq!(certificates(&emu), commits, "{kind:?}");
        assert_eq!(counted(&emu, counter), 1, "{kind:?}");
    }
}
