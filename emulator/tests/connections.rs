//! Connected clients: `/__emulator/connect` and `/disconnect` (and the same on the handle),
//! DescribeSslVpnClients, the server's `Connections`, who may connect, and deletes that
//! disconnect everyone.

mod common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::*;
use serde_json::{json, Value};
use vpncert_emulator::{Emulator, ServerState};

const GATEWAY: &str = "vpn-emulator0001";

fn clients(url: &str, extra: &[(&str, &str)]) -> Reply {
    let mut r = Req::new("DescribeSslVpnClients").param("VpnGatewayId", GATEWAY);
    for (k, v) in extra {
        r = r.param(k, v);
    }
    v3(url, &r).ok()
}

fn listed(url: &str) -> Vec<Value> {
    clients(url, &[("PageSize", "50")]).body["ClientInfoList"]
        .as_array()
        .unwrap()
        .clone()
}

fn connections_of_server(url: &str) -> Value {
    let r = v1(url, &Req::new("DescribeSslVpnServers")).ok();
    r.body["SslVpnServers"]["SslVpnServer"][0]["Connections"].clone()
}

#[test]
fn a_connected_client_is_listed_with_the_models_shape() {
    let emu = Emulator::builder().settle(Duration::ZERO).start().unwrap();
    let url = emu.url();
    let cert = create(&url, "alice");
    let before = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64;
    let (status, c) = control_post(
        &url,
        "/__emulator/connect",
        &json!({"ssl_vpn_client_cert_id": cert, "ip": "198.51.100.77"}),
    );
    assert_eq!(status, 200, "{c}");
    assert_eq!(c["ssl_vpn_client_cert_id"], cert.as_str());
    assert_eq!(c["vpn_gateway_id"], GATEWAY);

    let page = clients(&url, &[]);
    let body = page.body.as_object().unwrap();
    let mut keys: Vec<&str> = body.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "ClientInfoList",
            "PageNumber",
            "PageSize",
            "RegionId",
            "RequestId",
            "TotalCount",
            "VpnGatewayId"
        ]
    );
    assert_eq!(
        (
            &page.body["TotalCount"],
            &page.body["PageNumber"],
            &page.body["PageSize"]
        ),
        (&json!(1), &json!(1), &json!(10))
    );
    assert_eq!(page.body["VpnGatewayId"], GATEWAY);
    assert_eq!(page.body["RegionId"], REGION);
    let item = &page.body["ClientInfoList"][0];
    let mut fields: Vec<&str> = item
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    fields.sort_unstable();
    assert_eq!(
        fields,
        [
            "CommonName",
            "ConnectedTime",
            "Ip",
            "Port",
            "PrivateIp",
            "ReceiveBytes",
            "SendBytes",
            "Status"
        ]
    );
    assert_eq!(
        item["CommonName"],
        cert.as_str(),
        "the certificate's CN is its id"
    );
    assert_eq!(item["Ip"], "198.51.100.77");
    let port: u16 = item["Port"]
        .as_str()
        .expect("Port is a string in the model")
        .parse()
        .unwrap();
    assert!(port >= 49_152, "{port}");
    assert_eq!(item["Status"], "online");
    let connected = item["ConnectedTime"].as_u64().unwrap();
    assert!(
        connected >= before && connected < before + 10_000,
        "milliseconds: {connected} vs {before}"
    );
    let private: std::net::Ipv4Addr = item["PrivateIp"].as_str().unwrap().parse().unwrap();
    assert_eq!(
        private,
        std::net::Ipv4Addr::new(192, 168, 100, 2),
        "the first free address of the pool 192.168.100.0/24"
    );
    let sent = item["SendBytes"].as_u64().unwrap();
    assert!(item["ReceiveBytes"].as_u64().unwrap() > 0 && sent > 0);
    std::thread::sleep(Duration::from_millis(30));
    assert!(
        listed(&url)[0]["SendBytes"].as_u64().unwrap() > sent,
        "traffic grows"
    );
    assert_eq!(connections_of_server(&url), 1);
    let state = emu.state();
    assert_eq!(state["servers"][0]["connections"], 1);
    assert_eq!(state["connections"][0]["private_ip"], "192.168.100.2");
    assert_eq!(state["connections"][0]["ip"], "198.51.100.77");

    // A second client gets the next address and a picked public one.
    let other = create(&url, "bob");
    let c2 = emu.connect(&other, None).unwrap();
    assert_eq!(c2["private_ip"], "192.168.100.3");
    assert!(c2["ip"]
        .as_str()
        .unwrap()
        .parse::<std::net::IpAddr>()
        .is_ok());
    assert_eq!(connections_of_server(&url), 2);
    // Paging.
    let p2 = clients(&url, &[("PageSize", "1"), ("PageNumber", "2")]);
    assert_eq!(p2.body["TotalCount"], 2);
    assert_eq!(p2.body["ClientInfoList"][0]["CommonName"], other.as_str());
    v1(
        &url,
        &Req::new("DescribeSslVpnClients")
            .param("VpnGatewayId", GATEWAY)
            .param("PageSize", "0"),
    )
    .expect_error(400, "InvalidParameter");

    // Disconnecting one leaves the other; disconnecting again ends nothing.
    let (status, out) = control_post(
        &url,
        "/__emulator/disconnect",
        &json!({"ssl_vpn_client_cert_id": cert}),
    );
    assert_eq!((status, &out["disconnected"]), (200, &json!(1)));
    assert_eq!(emu.disconnect(&cert, None), 0);
    let left = listed(&url);
    assert_eq!(left.len(), 1);
    assert_eq!(left[0]["CommonName"], other.as_str());
}

#[test]
fn unknown_gateways_and_gateways_without_clients() {
    let emu = Emulator::builder()
        .gateway(REGION, "vpn-bare0001", ServerState::Ready)
        .start()
        .unwrap();
    let url = emu.url();
    let bare = v1(
        &url,
        &Req::new("DescribeSslVpnClients").param("VpnGatewayId", "vpn-bare0001"),
    )
    .ok();
    assert_eq!(bare.body["TotalCount"], 0);
    assert_eq!(bare.body["ClientInfoList"], json!([]));
    v1(
        &url,
        &Req::new("DescribeSslVpnClients").param("VpnGatewayId", "vpn-nothere"),
    )
    .expect_error(404, "InvalidVpnGatewayInstanceId.NotFound");
    v1(&url, &Req::new("DescribeSslVpnClients")).expect_error(400, "MissingVpnGatewayId");
}

#[test]
fn who_cannot_connect() {
    let emu = Emulator::builder()
        .server(REGION, SERVER, ServerState::Ready)
        .server(REGION, "vss-locked01", ServerState::Ready)
        .settle(Duration::from_millis(400))
        .start()
        .unwrap();
    let url = emu.url();
    let refused = |body: Value| {
        let (status, out) = control_post(&url, "/__emulator/connect", &body);
        assert_eq!(status, 409, "{body}: {out}");
        out["error"].as_str().unwrap().to_owned()
    };
    let why = refused(json!({"ssl_vpn_client_cert_id": "vsc-nothere"}));
    assert!(why.contains("no live certificate"), "{why}");

    // A deleted certificate cannot connect; the gateway applying the delete takes nobody.
    let gone = create(&url, "gone");
    let kept = create(&url, "kept");
    v1(
        &url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &gone),
    )
    .ok();
    assert!(refused(json!({"ssl_vpn_client_cert_id": gone})).contains("no live certificate"));
    assert!(refused(json!({"ssl_vpn_client_cert_id": kept})).contains("updating"));
    until_active(&url, GATEWAY, Duration::from_secs(5));
    let (status, _) = control_post(
        &url,
        "/__emulator/connect",
        &json!({"ssl_vpn_client_cert_id": kept}),
    );
    assert_eq!(status, 200, "clients reconnect once the gateway is active");

    // A locked gateway serves no one.
    let locked = v1(
        &url,
        &Req::new("CreateSslVpnClientCert").param("SslVpnServerId", "vss-locked01"),
    )
    .ok();
    let locked = locked.body["SslVpnClientCertId"]
        .as_str()
        .unwrap()
        .to_owned();
    emu.set_server_state("vss-locked01", ServerState::Locked);
    assert!(refused(json!({"ssl_vpn_client_cert_id": locked})).contains("overdue"));
    let e = emu.connect(&locked, None).unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::ConnectionRefused);
    assert!(e.to_string().contains("overdue"), "{e}");

    // Bad requests are 400, not refusals.
    for (body, why) in [
        (json!({}), "ssl_vpn_client_cert_id is required"),
        (json!({"ssl_vpn_client_cert_id": 7}), "must be a string"),
        (
            json!({"ssl_vpn_client_cert_id": kept, "ip": "somewhere"}),
            "not an IP address",
        ),
        (json!(["not", "an", "object"]), "JSON object"),
    ] {
        let (status, out) = control_post(&url, "/__emulator/connect", &body);
        assert_eq!(status, 400, "{body}: {out}");
        assert!(out["error"].as_str().unwrap().contains(why), "{out}");
    }
    let e = emu.connect(&kept, Some("nowhere")).unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput);
}

#[test]
fn an_expired_certificate_cannot_connect() {
    let emu = Emulator::builder()
        .cert_validity(Duration::from_secs(1))
        .start()
        .unwrap();
    let url = emu.url();
    let cert = create(&url, "brief");
    std::thread::sleep(Duration::from_millis(2100));
    let (status, out) = control_post(
        &url,
        "/__emulator/connect",
        &json!({"ssl_vpn_client_cert_id": cert}),
    );
    assert_eq!(status, 409, "{out}");
    assert!(out["error"].as_str().unwrap().contains("expired"), "{out}");
    assert!(emu.state()["connections"].as_array().unwrap().is_empty());
}

#[test]
fn the_gateways_limit_bounds_the_clients() {
    let emu = Emulator::builder().settle(Duration::ZERO).start().unwrap();
    let url = emu.url();
    let cert = create(&url, "team");
    // One certificate may be used by several clients at once, up to SslMaxConnections (5).
    for i in 0..5 {
        emu.connect(&cert, Some(&format!("198.51.100.{i}")))
            .unwrap_or_else(|e| panic!("client {i}: {e}"));
    }
    let e = emu.connect(&cert, None).unwrap_err();
    assert!(e.to_string().contains("5 clients connected"), "{e}");
    assert_eq!(connections_of_server(&url), 5);
    assert_eq!(emu.disconnect(&cert, Some("198.51.100.3")), 1);
    let c = emu.connect(&cert, None).unwrap();
    assert_eq!(
        c["private_ip"], "192.168.100.5",
        "the freed address is reused"
    );

    // A bigger gateway allows more, from a pool that must hold 4 addresses for each.
    let emu = Emulator::builder()
        .ssl_max_connections(SERVER, 10)
        .settle(Duration::ZERO)
        .start()
        .unwrap();
    let url = emu.url();
    v1(
        &url,
        &Req::new("ModifySslVpnServer")
            .param("SslVpnServerId", SERVER)
            .param("ClientIpPool", "192.168.7.0/26"),
    )
    .ok();
    let cert = create(&url, "many");
    for _ in 0..10 {
        emu.connect(&cert, None).unwrap();
    }
    let e = emu.connect(&cert, None).unwrap_err();
    assert!(e.to_string().contains("10 clients connected"), "{e}");
    assert_eq!(emu.state()["connections"][9]["private_ip"], "192.168.7.11");
}

#[test]
fn deleting_any_certificate_disconnects_everyone_on_its_server() {
    let emu = Emulator::builder()
        .server(REGION, SERVER, ServerState::Ready)
        .server(REGION, "vss-other001", ServerState::Ready)
        .settle(Duration::from_millis(50))
        .start()
        .unwrap();
    let url = emu.url();
    let alice = create(&url, "alice");
    let bob = create(&url, "bob");
    let carol = create(&url, "carol");
    let elsewhere = v1(
        &url,
        &Req::new("CreateSslVpnClientCert").param("SslVpnServerId", "vss-other001"),
    )
    .ok();
    let elsewhere = elsewhere.body["SslVpnClientCertId"]
        .as_str()
        .unwrap()
        .to_owned();
    for c in [&alice, &bob, &elsewhere] {
        emu.connect(c, None).unwrap();
    }
    assert_eq!(listed(&url).len(), 2);
    // carol is not connected, and deleting her certificate still restarts the server.
    v1(
        &url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &carol),
    )
    .ok();
    assert!(listed(&url).is_empty(), "{:?}", listed(&url));
    assert_eq!(connections_of_server(&url), 0);
    let state = emu.state();
    let left = state["connections"].as_array().unwrap();
    assert_eq!(left.len(), 1, "the other server's client stays: {left:?}");
    assert_eq!(left[0]["ssl_vpn_client_cert_id"], elsewhere.as_str());
}

#[test]
fn two_factor_servers_list_the_user() {
    let emu = Emulator::builder()
        .server_idaas(
            SERVER,
            vpncert_emulator::Idaas::v2("idaas-cn-x", "cn-hangzhou", "app-x"),
        )
        .start()
        .unwrap();
    let url = emu.url();
    let cert = create(&url, "shared");
    emu.connect_as(&cert, None, Some("alice@example.com"))
        .unwrap();
    let (status, _) = control_post(
        &url,
        "/__emulator/connect",
        &json!({"ssl_vpn_client_cert_id": cert, "user": "bob@example.com"}),
    );
    assert_eq!(status, 200);
    let names: Vec<Value> = listed(&url)
        .into_iter()
        .map(|c| c["CommonName"].clone())
        .collect();
    assert_eq!(
        names,
        [json!("alice@example.com"), json!("bob@example.com")]
    );

    // Without two-factor authentication the certificate's name is reported, user or not.
    let emu = Emulator::start_default().unwrap();
    let url = emu.url();
    let cert = create(&url, "plain");
    emu.connect_as(&cert, None, Some("alice@example.com"))
        .unwrap();
    assert_eq!(listed(&url)[0]["CommonName"], cert.as_str());
}

#[test]
fn the_connection_routes_are_guarded_like_the_others() {
    let emu = Emulator::start_default().unwrap();
    let url = emu.url();
    let cert = create(&url, "guarded");
    for route in ["/__emulator/connect", "/__emulator/disconnect"] {
        let req = ureq::http::Request::builder()
            .method("POST")
            .uri(format!("{url}{route}"))
            .header("origin", "http://evil.example")
            .header("content-type", "application/json")
            .body(json!({"ssl_vpn_client_cert_id": cert}).to_string())
            .unwrap();
        let resp = agent().run(req).unwrap();
        assert_eq!(resp.status().as_u16(), 403, "{route}");
    }
    assert!(emu.state()["connections"].as_array().unwrap().is_empty());
    // The query form works for tools that post no body.
    let req = ureq::http::Request::builder()
        .method("POST")
        .uri(format!(
            "{url}/__emulator/connect?ssl_vpn_client_cert_id={cert}&ip=203.0.113.200"
        ))
        .body(String::new())
        .unwrap();
    let resp = agent().run(req).unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(emu.state()["connections"][0]["ip"], "203.0.113.200");
    // GET is not a way to connect.
    let resp = agent()
        .get(format!(
            "{url}/__emulator/connect?ssl_vpn_client_cert_id={cert}"
        ))
        .call()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 404);
}
