//! The `/__emulator/` routes refuse what a web page could send them: a foreign `Origin`, a
//! `Sec-Fetch-Site` of another site, and a `Host` other than the emulator's loopback address
//! (DNS rebinding). Requests from local tools and tests still pass.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::*;
use vpncert_emulator::Emulator;

/// Sends one request (`Connection: close`) and returns the status and the body.
fn send(emu: &Emulator, request_line: &str, headers: &[(&str, String)]) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", emu.port())).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut raw = format!("{request_line}\r\n");
    for (k, v) in headers {
        raw.push_str(&format!("{k}: {v}\r\n"));
    }
    raw.push_str("Connection: close\r\n\r\n");
    s.write_all(raw.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let status = out
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status in {out:?}"));
    let body = out.split_once("\r\n\r\n").map_or("", |(_, b)| b).to_owned();
    (status, body)
}

fn host(emu: &Emulator) -> (&'static str, String) {
    ("Host", format!("127.0.0.1:{}", emu.port()))
}

const STATE: &str = "GET /__emulator/state HTTP/1.1";

fn set_locked() -> String {
    format!("POST /__emulator/server-state?SslVpnServerId={SERVER}&State=locked HTTP/1.1")
}

/// Every control route: the state, the state change and the route list of unknown paths.
fn routes() -> Vec<String> {
    vec![
        STATE.to_owned(),
        set_locked(),
        "POST /__emulator/server-state?VpnGatewayId=vpn-emulator0001&State=locked HTTP/1.1"
            .to_owned(),
        "POST /__emulator/connect?ssl_vpn_client_cert_id=vsc-x HTTP/1.1".to_owned(),
        "POST /__emulator/disconnect?ssl_vpn_client_cert_id=vsc-x HTTP/1.1".to_owned(),
        format!("GET /__emulator/openvpn-server-config?SslVpnServerId={SERVER} HTTP/1.1"),
        "GET /__emulator/nothing-here HTTP/1.1".to_owned(),
        "GET /__emulator HTTP/1.1".to_owned(),
    ]
}

fn assert_refused(emu: &Emulator, headers: &[(&str, String)]) {
    for line in routes() {
        let (status, body) = send(emu, &line, headers);
        assert_eq!(status, 403, "{line} with {headers:?}: {body}");
        let json: serde_json::Value = serde_json::from_str(&body).expect("a JSON error");
        assert!(
            json["error"]
                .as_str()
                .is_some_and(|e| e.contains("/__emulator/")),
            "{body}"
        );
    }
    assert_eq!(
        emu.state()["servers"][0]["state"],
        "ready",
        "a refused request changes nothing"
    );
}

#[test]
fn a_foreign_origin_is_refused() {
    let emu = Emulator::start_default().unwrap();
    let port = emu.port();
    for origin in [
        "http://evil.example".to_owned(),
        "null".to_owned(),
        format!("http://evil.example:{port}"),
        format!("https://127.0.0.1:{port}"),
        format!("http://127.0.0.1:{}", port.wrapping_add(1)),
    ] {
        assert_refused(&emu, &[host(&emu), ("Origin", origin)]);
    }
}

#[test]
fn a_host_other_than_the_emulators_loopback_address_is_refused() {
    let emu = Emulator::start_default().unwrap();
    let port = emu.port();
    for h in [
        "evil.example".to_owned(),
        format!("evil.example:{port}"),
        format!("127.0.0.1.evil.example:{port}"),
        format!("192.168.1.10:{port}"),
        "127.0.0.1".to_owned(),
    ] {
        assert_refused(&emu, &[("Host", h)]);
    }
    // The authority of an absolute-form target stands for the Host header.
    let (status, body) = send(
        &emu,
        "GET http://evil.example/__emulator/state HTTP/1.1",
        &[host(&emu)],
    );
    assert_eq!(status, 403, "{body}");
}

#[test]
fn a_request_from_another_site_is_refused() {
    let emu = Emulator::start_default().unwrap();
    for site in ["cross-site", "same-site"] {
        assert_refused(&emu, &[host(&emu), ("Sec-Fetch-Site", site.to_owned())]);
    }
}

#[test]
fn loopback_requests_still_work() {
    let emu = Emulator::start_default().unwrap();
    let port = emu.port();
    let ok_headers: Vec<Vec<(&str, String)>> = vec![
        vec![],
        vec![host(&emu)],
        vec![("Host", format!("localhost:{port}"))],
        vec![("Host", format!("[::1]:{port}"))],
        vec![host(&emu), ("Origin", format!("http://127.0.0.1:{port}"))],
        vec![
            ("Host", format!("localhost:{port}")),
            ("Origin", format!("http://localhost:{port}")),
        ],
        vec![host(&emu), ("Sec-Fetch-Site", "same-origin".to_owned())],
        vec![host(&emu), ("Sec-Fetch-Site", "none".to_owned())],
    ];
    for headers in &ok_headers {
        let (status, body) = send(&emu, STATE, headers);
        assert_eq!(status, 200, "{headers:?}: {body}");
        assert!(body.contains(SERVER), "{body}");
    }
    let (status, body) = send(&emu, &set_locked(), &[host(&emu)]);
    assert_eq!(status, 200, "{body}");
    assert_eq!(emu.state()["servers"][0]["state"], "locked");
    let (status, body) = send(
        &emu,
        "POST /__emulator/server-state?VpnGatewayId=vpn-emulator0001&State=ready HTTP/1.1",
        &[host(&emu)],
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(emu.state()["gateways"][0]["state"], "ready");
    for bad in [
        "POST /__emulator/server-state?VpnGatewayId=vpn-nothere&State=ready HTTP/1.1",
        "POST /__emulator/server-state?SslVpnServerId=vss-emulator0001&VpnGatewayId=vpn-emulator0001&State=ready HTTP/1.1",
    ] {
        let (status, body) = send(&emu, bad, &[host(&emu)]);
        assert!(status == 404 || status == 400, "{bad}: {status} {body}");
    }
    let (status, body) = send(
        &emu,
        "POST /__emulator/connect?ssl_vpn_client_cert_id=vsc-nothere HTTP/1.1",
        &[host(&emu)],
    );
    assert_eq!(status, 409, "{body}");
    let (status, body) = send(&emu, "GET /__emulator/nothing-here HTTP/1.1", &[host(&emu)]);
    assert_eq!(status, 404, "unknown routes still list the routes");
    assert!(body.contains("/__emulator/connect"), "{body}");
    // The usual client (ureq sends Host 127.0.0.1:PORT) gets the state.
    let resp = agent()
        .get(format!("{}/__emulator/state", emu.url()))
        .call()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
}

#[test]
fn with_tls_the_origin_must_be_https() {
    let emu = Emulator::builder().tls(true).start().unwrap();
    let ca = emu.ca_pem().unwrap().to_owned();
    let port = emu.port();
    let certs: Vec<_> = ureq::tls::parse_pem(ca.as_bytes())
        .filter_map(|item| match item {
            Ok(ureq::tls::PemItem::Certificate(c)) => Some(c),
            _ => None,
        })
        .collect();
    let agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .tls_config(
            ureq::tls::TlsConfig::builder()
                .root_certs(ureq::tls::RootCerts::new_with_certs(&certs))
                .build(),
        )
        .build()
        .new_agent();
    let status = |origin: String| {
        agent
            .get(format!("{}/__emulator/state", emu.url()))
            .header("Origin", origin)
            .call()
            .unwrap()
            .status()
            .as_u16()
    };
    assert_eq!(status(format!("https://127.0.0.1:{port}")), 200);
    assert_eq!(status(format!("http://127.0.0.1:{port}")), 403);
}
