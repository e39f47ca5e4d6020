//! Hostile clients: floods, slowloris, oversized request lines, heads and bodies, and more
//! connections than the emulator serves. It stays up, answers others promptly, and holds
//! bounded resources.

mod common;

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use vpncert_emulator::Emulator;

fn connect(emu: &Emulator) -> TcpStream {
    let s = TcpStream::connect(("127.0.0.1", emu.port())).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(10))).unwrap();
    s
}

/// The status of the next answer on `r`, or the error (a closed or reset connection).
fn status(r: &mut impl BufRead) -> io::Result<u16> {
    let mut line = String::new();
    if r.read_line(&mut line)? == 0 {
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    line.split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| io::Error::other(format!("no status in {line:?}")))
}

/// Reads the rest of one answer's head and its `Content-Length` body.
fn skip_answer(r: &mut impl BufRead) -> io::Result<()> {
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        r.read_line(&mut h)?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(": ") {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; length];
    r.read_exact(&mut body)
}

/// Whether the server has closed `s` (end of stream or reset), without waiting.
fn closed_by_server(s: &TcpStream) -> bool {
    s.set_nonblocking(true).unwrap();
    let mut buf = [0u8; 256];
    let closed = loop {
        match (&*s).read(&mut buf) {
            Ok(0) => break true,
            Ok(_) => continue,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => break false,
            Err(_) => break true,
        }
    };
    s.set_nonblocking(false).unwrap();
    closed
}

/// A normal request from another client, and how long it took.
fn timed_describe(emu: &Emulator) -> Duration {
    let started = Instant::now();
    v1(&emu.url(), &Req::new("DescribeSslVpnServers")).ok();
    started.elapsed()
}

#[test]
fn slowloris_clients_do_not_starve_others_and_are_dropped_at_the_head_deadline() {
    let emu = Emulator::start_default().unwrap();
    let started = Instant::now();
    let mut slow: Vec<TcpStream> = (0..64)
        .map(|_| {
            let mut s = connect(&emu);
            s.write_all(b"GET /__emulator/state HTTP/1.1\r\nX-Slow: ")
                .unwrap();
            s
        })
        .collect();
    // A slow body: the head whole, then a byte of the body now and then.
    let mut slow_body = connect(&emu);
    slow_body
        .write_all(b"POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\nA")
        .unwrap();
    // A legitimate client whose head arrives in two parts, a second apart.
    let mut patient = connect(&emu);
    patient
        .write_all(b"GET /__emulator/state HTTP/1.1\r\n")
        .unwrap();

    let mut answered_patient = false;
    let mut closed_at: Vec<Option<Duration>> = vec![None; slow.len()];
    let mut slow_body_closed_at = None;
    for second in 0..12 {
        std::thread::sleep(Duration::from_secs(1));
        for (s, at) in slow.iter_mut().zip(closed_at.iter_mut()) {
            if at.is_none() && (s.write_all(b"x").is_err() || closed_by_server(s)) {
                *at = Some(started.elapsed());
            }
        }
        if slow_body_closed_at.is_none()
            && (slow_body.write_all(b"B").is_err() || closed_by_server(&slow_body))
        {
            slow_body_closed_at = Some(started.elapsed());
        }
        if second == 0 {
            let took = timed_describe(&emu);
            assert!(took < Duration::from_secs(2), "{took:?} with 64 slowloris");
            patient.write_all(b"Connection: close\r\n\r\n").unwrap();
            let mut r = BufReader::new(patient.try_clone().unwrap());
            assert_eq!(status(&mut r).unwrap(), 200, "a head in two parts is fine");
            answered_patient = true;
        }
        if closed_at.iter().all(Option::is_some) && slow_body_closed_at.is_some() {
            break;
        }
    }
    assert!(answered_patient);
    for at in &closed_at {
        let at = at.expect("every slowloris connection is dropped");
        assert!(
            (Duration::from_secs(3)..Duration::from_secs(9)).contains(&at),
            "dropped after {at:?}: the head deadline is 5 s from the first byte"
        );
    }
    let at = slow_body_closed_at.expect("a trickling body is dropped too");
    assert!(at < Duration::from_secs(12), "{at:?}");
    assert!(timed_describe(&emu) < Duration::from_secs(2));
}

#[test]
fn a_flood_of_64_connections_does_not_starve_others() {
    let emu = Emulator::start_default().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let answered = Arc::new(AtomicU64::new(0));
    let port = emu.port();
    let flooders: Vec<_> = (0..64)
        .map(|i| {
            let (stop, answered) = (Arc::clone(&stop), Arc::clone(&answered));
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let Ok(s) = TcpStream::connect(("127.0.0.1", port)) else {
                        continue;
                    };
                    let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
                    let mut w = s.try_clone().unwrap();
                    let mut r = BufReader::new(s);
                    // Unsigned API requests on keep-alive, and now and then junk.
                    for n in 0..50 {
                        let req: &[u8] = if (i + n) % 10 == 0 {
                            b"NONSENSE\r\n\r\n"
                        } else {
                            b"GET /?Action=DescribeSslVpnServers HTTP/1.1\r\n\r\n"
                        };
                        if w.write_all(req).is_err() || status(&mut r).is_err() {
                            break;
                        }
                        answered.fetch_add(1, Ordering::Relaxed);
                        if req.starts_with(b"NONSENSE") || skip_answer(&mut r).is_err() {
                            break;
                        }
                        if stop.load(Ordering::Relaxed) {
                            break;
                        }
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    for _ in 0..5 {
        let took = timed_describe(&emu);
        assert!(took < Duration::from_secs(5), "{took:?} during the flood");
    }
    stop.store(true, Ordering::Relaxed);
    for f in flooders {
        f.join().unwrap();
    }
    assert!(
        answered.load(Ordering::Relaxed) > 64,
        "the flood was answered too"
    );
    assert!(timed_describe(&emu) < Duration::from_secs(2));
}

/// Sends `head` from another thread (it may be refused before it is all sent) and returns
/// the status answered, or the error the connection ended with, and how much was sent.
fn send_big(emu: &Emulator, head: Vec<u8>) -> (io::Result<u16>, usize) {
    let s = connect(emu);
    let mut w = s.try_clone().unwrap();
    let writer = std::thread::spawn(move || {
        let mut sent = 0;
        for chunk in head.chunks(64 * 1024) {
            if w.write_all(chunk).is_err() {
                break;
            }
            sent += chunk.len();
        }
        sent
    });
    let got = status(&mut BufReader::new(s));
    (got, writer.join().unwrap())
}

#[test]
fn an_oversized_request_line_is_refused_with_414() {
    let emu = Emulator::start_default().unwrap();
    let mut head = b"GET /?".to_vec();
    head.extend(vec![b'a'; 100 * 1024]);
    head.extend_from_slice(b" HTTP/1.1\r\n\r\n");
    let (got, _) = send_big(&emu, head);
    assert_eq!(got.unwrap(), 414);
    assert!(timed_describe(&emu) < Duration::from_secs(2));
}

#[test]
fn a_10_mb_header_is_refused_without_being_read() {
    let emu = Emulator::start_default().unwrap();
    let started = Instant::now();
    let mut head = b"GET / HTTP/1.1\r\nX-Huge: ".to_vec();
    head.extend(vec![b'a'; 10 * 1024 * 1024]);
    head.extend_from_slice(b"\r\n\r\n");
    let (got, sent) = send_big(&emu, head);
    match got {
        Ok(status) => assert_eq!(status, 431),
        Err(e) => assert!(
            matches!(
                e.kind(),
                io::ErrorKind::ConnectionReset | io::ErrorKind::UnexpectedEof
            ),
            "{e:?}"
        ),
    }
    assert!(
        sent < 10 * 1024 * 1024,
        "the server stopped reading: {sent}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    // So are more header lines than allowed.
    let mut many = b"GET / HTTP/1.1\r\n".to_vec();
    for i in 0..200 {
        many.extend_from_slice(format!("X-H{i}: v\r\n").as_bytes());
    }
    many.extend_from_slice(b"\r\n");
    assert_eq!(send_big(&emu, many).0.unwrap(), 431);
    assert!(timed_describe(&emu) < Duration::from_secs(2));
}

#[test]
fn a_100_mb_body_is_refused_with_413_before_it_is_read() {
    let emu = Emulator::start_default().unwrap();
    let s = connect(&emu);
    let mut w = s.try_clone().unwrap();
    w.write_all(b"POST / HTTP/1.1\r\nContent-Length: 104857600\r\n\r\n")
        .unwrap();
    // The refusal comes from the announced length alone, before any of the body is sent.
    assert_eq!(status(&mut BufReader::new(s)).unwrap(), 413);
    let chunk = vec![b'a'; 256 * 1024];
    let mut sent = 0usize;
    let failed = loop {
        if sent >= 100 * 1024 * 1024 {
            break false;
        }
        if w.write_all(&chunk).is_err() {
            break true;
        }
        sent += chunk.len();
    };
    assert!(failed, "the server read the whole body");
    assert!(sent < 50 * 1024 * 1024, "it read {sent} bytes of it");
    assert!(timed_describe(&emu) < Duration::from_secs(2));
}

#[test]
fn connections_past_the_cap_are_closed_at_once() {
    let emu = Emulator::builder().max_connections(4).start().unwrap();
    let state = format!(
        "GET /__emulator/state HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
        emu.port()
    );
    let served = |s: &TcpStream| -> bool {
        let mut w = s.try_clone().unwrap();
        let mut r = BufReader::new(s.try_clone().unwrap());
        w.write_all(state.as_bytes()).is_ok()
            && status(&mut r).is_ok_and(|st| st == 200)
            && skip_answer(&mut r).is_ok()
    };
    let mut idle: Vec<TcpStream> = (0..4).map(|_| connect(&emu)).collect();
    for s in &idle {
        assert!(served(s), "within the cap");
    }
    let started = Instant::now();
    let extra = connect(&emu);
    assert!(!served(&extra), "the fifth connection is refused");
    assert!(started.elapsed() < Duration::from_secs(2), "at once");
    drop(idle.pop());
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if served(&connect(&emu)) {
            break;
        }
        assert!(Instant::now() < deadline, "a freed slot is used again");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn it_listens_on_loopback_unless_told_otherwise() {
    let emu = Emulator::start_default().unwrap();
    assert!(emu.local_addr().ip().is_loopback(), "{}", emu.local_addr());
    let emu = Emulator::builder().tls(true).start().unwrap();
    assert!(emu.local_addr().ip().is_loopback(), "{}", emu.local_addr());
}
