//! The HTTP side: keep-alive, concurrency, hostile input, TLS, the state routes and shutdown.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::*;
use vpncert_emulator::{Emulator, ServerState};

fn connect(emu: &Emulator) -> TcpStream {
    let s = TcpStream::connect(emu.local_addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s
}

/// Reads one response: status and body.
fn read_response(r: &mut BufReader<TcpStream>) -> (u16, Vec<(String, String)>, String) {
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    let status: u16 = line.split(' ').nth(1).unwrap().parse().unwrap();
    let mut headers = Vec::new();
    let mut length = 0;
    loop {
        let mut h = String::new();
        r.read_line(&mut h).unwrap();
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(": ").unwrap();
        if k.eq_ignore_ascii_case("content-length") {
            length = v.parse().unwrap();
        }
        headers.push((k.to_ascii_lowercase(), v.to_owned()));
    }
    let mut body = vec![0; length];
    r.read_exact(&mut body).unwrap();
    (status, headers, String::from_utf8(body).unwrap())
}

#[test]
fn keep_alive_serves_many_requests_on_one_connection() {
    let emu = Emulator::start_default().unwrap();
    let s = connect(&emu);
    let mut w = s.try_clone().unwrap();
    let mut r = BufReader::new(s);
    let get = format!(
        "GET /__emulator/state HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
        emu.port()
    );
    for _ in 0..3 {
        w.write_all(get.as_bytes()).unwrap();
        let (status, headers, body) = read_response(&mut r);
        assert_eq!(status, 200);
        assert!(headers
            .iter()
            .any(|(k, v)| k == "connection" && v == "keep-alive"));
        assert!(headers.iter().any(|(k, _)| k == "date"));
        assert!(body.contains("vss-emulator0001"));
    }
    // Connection: close is honoured.
    w.write_all(b"GET /__emulator/state HTTP/1.1\r\nConnection: close\r\n\r\n")
        .unwrap();
    let (status, headers, _) = read_response(&mut r);
    assert_eq!(status, 200);
    assert!(headers
        .iter()
        .any(|(k, v)| k == "connection" && v == "close"));
    let mut rest = Vec::new();
    assert_eq!(
        r.read_to_end(&mut rest).unwrap(),
        0,
        "closed after the answer"
    );
}

#[test]
fn concurrent_clients_all_succeed() {
    let emu = Emulator::builder().quota(100).start().unwrap();
    let url = emu.url();
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let url = url.clone();
            std::thread::spawn(move || {
                let c = client(
                    &url,
                    if t % 2 == 0 {
                        vpncert::SignatureVersion::V1
                    } else {
                        vpncert::SignatureVersion::V3
                    },
                );
                for i in 0..6 {
                    c.create_ssl_vpn_client_cert(
                        &vpncert::CreateSslVpnClientCert::new(SERVER).name(format!("t{t}-{i}")),
                    )
                    .unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(emu.state()["certificates"].as_array().unwrap().len(), 48);
}

#[test]
fn hostile_input_gets_an_answer_and_the_server_lives_on() {
    let emu = Emulator::start_default().unwrap();
    let cases: Vec<(Vec<u8>, u16)> = vec![
        (b"NONSENSE\r\n\r\n".to_vec(), 400),
        (b"GET / HTTP/9.9\r\n\r\n".to_vec(), 505),
        (
            {
                let mut v = b"GET / HTTP/1.1\r\nX-Big: ".to_vec();
                v.extend(vec![b'a'; 70 * 1024]);
                v.extend_from_slice(b"\r\n\r\n");
                v
            },
            431,
        ),
        (
            b"POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n".to_vec(),
            413,
        ),
        (
            b"GET /?Action=%FF%FE&Version=\xff\xfe HTTP/1.1\r\nHost: \xff\r\n\r\n".to_vec(),
            400,
        ),
    ];
    for (raw, status) in cases {
        let s = connect(&emu);
        let mut w = s.try_clone().unwrap();
        w.write_all(&raw).unwrap();
        let (got, _, body) = read_response(&mut BufReader::new(s));
        assert_eq!(got, status, "{body}");
    }
    // A connection that sends half a request and hangs up does not disturb anyone.
    let mut s = connect(&emu);
    s.write_all(b"POST / HTTP/1.1\r\nContent-Length: 50\r\n\r\nabc")
        .unwrap();
    drop(s);
    v1(&emu.url(), &Req::new("DescribeSslVpnServers")).ok();
}

#[test]
fn chunked_form_bodies_and_expect_continue() {
    let emu = Emulator::start_default().unwrap();
    // Sign a V1 request whose business parameters travel in a chunked form body.
    let ts = vpncert::sign::format_timestamp(std::time::SystemTime::now());
    let common = [
        ("Action", "DescribeSslVpnServers"),
        ("Version", "2016-04-28"),
        ("AccessKeyId", ID),
        ("SignatureMethod", "HMAC-SHA1"),
        ("SignatureVersion", "1.0"),
        ("SignatureNonce", "chunked-1"),
        ("Timestamp", ts.as_str()),
    ];
    let body = [("RegionId", REGION)];
    let sts = vpncert::sign::v1::string_to_sign("POST", common.iter().chain(&body).copied());
    let sig = vpncert::sign::v1::signature(SECRET, &sts);
    let query = format!(
        "{}&Signature={}",
        vpncert::sign::v1::canonical_query(common),
        vpncert::sign::percent_encode(&sig)
    );
    let s = connect(&emu);
    let mut w = s.try_clone().unwrap();
    let mut r = BufReader::new(s);
    w.write_all(
        format!(
            "POST /?{query} HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        .as_bytes(),
    )
    .unwrap();
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    assert_eq!(line, "HTTP/1.1 100 Continue\r\n");
    r.read_line(&mut line).unwrap();
    w.write_all(b"5\r\nRegio\r\nf\r\nnId=cn-hangzhou\r\n0\r\n\r\n")
        .unwrap();
    let (status, _, text) = read_response(&mut r);
    assert_eq!(status, 200, "{text}");
    assert!(text.contains("\"TotalCount\":1"), "{text}");
}

#[test]
fn tls_with_the_throwaway_ca() {
    let emu = Emulator::builder().tls(true).start().unwrap();
    assert!(emu.url().starts_with("https://127.0.0.1:"), "{}", emu.url());
    let ca = emu.ca_pem().expect("a CA with TLS").to_owned();
    for v in [vpncert::SignatureVersion::V1, vpncert::SignatureVersion::V3] {
        let c = vpncert::Client::builder()
            .region_id(REGION)
            .credentials(vpncert::Credentials::access_key(ID, SECRET))
            .endpoint(emu.url())
            .ca_bundle_pem(ca.clone().into_bytes())
            .signature_version(v)
            .max_retries(0)
            .build()
            .unwrap();
        c.create_ssl_vpn_client_cert(&vpncert::CreateSslVpnClientCert::new(SERVER))
            .expect("HTTPS works with the emulator's CA");
    }
    // Without trusting the CA, the handshake fails.
    let c = client(&emu.url(), vpncert::SignatureVersion::V1);
    let e = c
        .create_ssl_vpn_client_cert(&vpncert::CreateSslVpnClientCert::new(SERVER))
        .unwrap_err();
    assert!(matches!(e, vpncert::Error::Transport(_)), "{e:?}");
    assert!(Emulator::start_default().unwrap().ca_pem().is_none());
}

#[test]
fn state_routes() {
    let emu = Emulator::start_default().unwrap();
    let url = emu.url();
    let id = create(&url, "state");
    let mut resp = agent()
        .get(format!("{url}/__emulator/state"))
        .call()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let state: serde_json::Value =
        serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap();
    assert_eq!(
        state["certificates"][0]["ssl_vpn_client_cert_id"],
        id.as_str()
    );
    assert_eq!(state["certificates"][0]["status"], "normal");
    assert_eq!(state["creates"], 1);
    assert_eq!(state["access_keys"][0]["access_key_id"], ID);
    assert!(state["access_keys"][0].get("secret").is_none());
    let resp = agent()
        .post(format!(
            "{url}/__emulator/server-state?SslVpnServerId={SERVER}&State=configuring=1"
        ))
        .send_empty()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(emu.state()["servers"][0]["state"], "configuring");
    let resp = agent()
        .post(format!(
            "{url}/__emulator/server-state?SslVpnServerId=vss-none&State=ready"
        ))
        .send_empty()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 404);
    assert!(emu.set_server_state(SERVER, ServerState::Locked));
    assert_eq!(emu.state()["servers"][0]["state"], "locked");
}

#[test]
fn shutdown_closes_the_port_and_open_connections() {
    let emu = Emulator::start_default().unwrap();
    let addr = emu.local_addr();
    let idle = connect(&emu);
    v1(&emu.url(), &Req::new("DescribeSslVpnServers")).ok();
    emu.shutdown();
    emu.shutdown(); // idempotent
    let mut buf = [0u8; 1];
    let n = (&idle).read(&mut buf).unwrap_or(0);
    assert_eq!(n, 0, "the idle connection was closed");
    assert!(TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_err());
    // Drop after shutdown is fine, and dropping a running emulator stops it too.
    drop(emu);
    let emu = Emulator::start_default().unwrap();
    let addr = emu.local_addr();
    drop(emu);
    assert!(TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_err());
}
