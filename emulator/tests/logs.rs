//! DescribeVpnSslServerLogs: a line per connect, disconnect and certificate change, by
//! server, filtered by certificate and by period (epoch seconds), paged.

mod common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::*;
use serde_json::Value;
use vpncert_emulator::{Emulator, ServerState};

fn logs(url: &str, params: &[(&str, &str)]) -> Reply {
    let mut r = Req::new("DescribeVpnSslServerLogs").param("VpnSslServerId", SERVER);
    for (k, v) in params {
        r = r.param(k, v);
    }
    v1(url, &r)
}

fn lines(reply: &Reply) -> Vec<String> {
    reply.body["Data"]["Logs"]
        .as_array()
        .expect("Data.Logs")
        .iter()
        .map(|l| l.as_str().expect("a string").to_owned())
        .collect()
}

fn now_s() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// Sleeps into the next second of the clock.
fn next_second() -> u64 {
    let s = now_s();
    while now_s() == s {
        std::thread::sleep(Duration::from_millis(20));
    }
    now_s()
}

#[test]
fn every_connect_disconnect_and_certificate_change_is_logged() {
    let emu = Emulator::builder().settle(Duration::ZERO).start().unwrap();
    let url = emu.url();
    let cert = create(&url, "alice");
    v1(
        &url,
        &Req::new("ModifySslVpnClientCert")
            .param("SslVpnClientCertId", &cert)
            .param("Name", "alice (laptop)"),
    )
    .ok();
    let c = emu.connect(&cert, Some("198.51.100.9")).unwrap();
    assert_eq!(emu.disconnect(&cert, None), 1);
    emu.connect(&cert, Some("198.51.100.10")).unwrap();
    let other = create(&url, "bob");
    v1(
        &url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &other),
    )
    .ok();

    let r = logs(&url, &[("MinutePeriod", "10"), ("PageSize", "50")]).ok();
    let body = r.body.as_object().unwrap();
    let mut keys: Vec<&str> = body.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "Count",
            "Data",
            "IsCompleted",
            "PageNumber",
            "PageSize",
            "RequestId"
        ]
    );
    assert_eq!(r.body["IsCompleted"], true);
    let got = lines(&r);
    assert_eq!(r.body["Count"], got.len());
    let expected = [
        format!("{SERVER} {cert} certificate created, name \"alice\""),
        format!("{SERVER} {cert} certificate renamed to \"alice (laptop)\""),
        format!(
            "{SERVER} {cert} {cert}/198.51.100.9:{} connected, virtual address 192.168.100.2",
            c["port"]
        ),
        format!(
            "{SERVER} {cert} {cert}/198.51.100.9:{} disconnected (client left)",
            c["port"]
        ),
        format!("{SERVER} {cert} {cert}/198.51.100.10:"),
        format!("{SERVER} {other} certificate created, name \"bob\""),
        format!("{SERVER} {other} certificate deleted (name \"bob\")"),
        format!("{SERVER} {cert} {cert}/198.51.100.10:"),
    ];
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    for (line, want) in got.iter().zip(&expected) {
        // `YYYY-MM-DD HH:MM:SS ` first.
        let (date, rest) = line.split_at(20);
        assert!(
            date.as_bytes()[4] == b'-' && date.as_bytes()[13] == b':' && date.ends_with(' '),
            "{line}"
        );
        assert!(rest.starts_with(want.as_str()), "{line:?} is not {want:?}");
    }
    assert!(
        got[7].contains(&format!("disconnected (certificate {other} deleted)")),
        "{}",
        got[7]
    );

    // By certificate.
    let bobs = logs(
        &url,
        &[("MinutePeriod", "10"), ("SslVpnClientCertId", &other)],
    )
    .ok();
    assert_eq!(lines(&bobs).len(), 2);
    assert_eq!(bobs.body["Count"], 2);
    // Paged: Count is every line of the period, the page is a slice of them.
    let page = logs(
        &url,
        &[
            ("MinutePeriod", "10"),
            ("PageSize", "3"),
            ("PageNumber", "3"),
        ],
    )
    .ok();
    assert_eq!(lines(&page), got[6..].to_vec());
    assert_eq!(
        (
            &page.body["Count"],
            &page.body["PageNumber"],
            &page.body["PageSize"]
        ),
        (&Value::from(8), &Value::from(3), &Value::from(3))
    );
    // Another server's log is its own.
    let emu2 = Emulator::builder()
        .server(REGION, SERVER, ServerState::Ready)
        .server(REGION, "vss-quiet001", ServerState::Ready)
        .start()
        .unwrap();
    create(&emu2.url(), "x");
    let quiet = v1(
        &emu2.url(),
        &Req::new("DescribeVpnSslServerLogs")
            .param("VpnSslServerId", "vss-quiet001")
            .param("MinutePeriod", "10"),
    )
    .ok();
    assert_eq!(quiet.body["Count"], 0);
}

#[test]
fn from_and_to_are_epoch_seconds() {
    let emu = Emulator::start_default().unwrap();
    let url = emu.url();
    let first_s = next_second();
    let cert = create(&url, "early");
    let second_s = next_second();
    emu.connect(&cert, None).unwrap();
    assert!(second_s > first_s);

    let count = |params: &[(&str, &str)]| logs(&url, params).ok().body["Count"].clone();
    let (a, b) = (first_s.to_string(), second_s.to_string());
    assert_eq!(count(&[("From", &a), ("To", &a)]), 1, "the create alone");
    assert_eq!(count(&[("From", &b), ("To", &b)]), 1, "the connect alone");
    assert_eq!(count(&[("From", &a), ("To", &b)]), 2);
    assert_eq!(count(&[("From", &b), ("MinutePeriod", "1")]), 1);
    assert_eq!(count(&[("To", &a), ("MinutePeriod", "1")]), 1);
    let before = (first_s - 120).to_string();
    assert_eq!(count(&[("To", &before), ("MinutePeriod", "1")]), 0);
    // Milliseconds are not seconds: a period in the far future holds nothing.
    let ms = (first_s * 1000).to_string();
    assert_eq!(count(&[("From", &ms), ("MinutePeriod", "10")]), 0);

    for (params, named) in [
        (vec![("From", a.as_str())], "From"),
        (vec![("To", a.as_str())], "To"),
        (vec![], "MinutePeriod"),
        (vec![("MinutePeriod", "0")], "MinutePeriod"),
        (vec![("From", b.as_str()), ("To", a.as_str())], "From"),
        (vec![("From", "yesterday"), ("To", a.as_str())], "From"),
    ] {
        let r = logs(&url, &params);
        r.expect_error(400, "InvalidParameter");
        assert!(r.message().contains(named), "{params:?}: {}", r.message());
    }
}

#[test]
fn the_server_is_named_vpn_ssl_server_id() {
    let emu = Emulator::start_default().unwrap();
    let url = emu.url();
    v1(
        &url,
        &Req::new("DescribeVpnSslServerLogs")
            .param("SslVpnServerId", SERVER)
            .param("MinutePeriod", "10"),
    )
    .expect_error(400, "MissingVpnSslServerId");
    logs(
        &url,
        &[("VpnSslServerId", "vss-nothere"), ("MinutePeriod", "10")],
    )
    .expect_error(404, "InvalidSslVpnServerId.NotFound");
    logs(&url, &[("MinutePeriod", "10"), ("PageSize", "51")]).expect_error(400, "InvalidParameter");
}
