//! CreateSslVpnServer, ModifySslVpnServer and DeleteSslVpnServer: the service's rules for the
//! settings, one server per gateway, ClientToken idempotency, dry runs, the settle window
//! after each change and the two-factor authentication fields.

mod common;

use std::time::Duration;

use common::*;
use serde_json::Value;
use vpncert_emulator::{Emulator, Idaas, ServerState};

const BARE: &str = "vpn-bare0001";

fn bare(settle: Duration) -> Emulator {
    Emulator::builder()
        .gateway(REGION, BARE, ServerState::Ready)
        .settle(settle)
        .start()
        .unwrap()
}

fn create_server(params: &[(&str, &str)]) -> Req {
    let mut r = Req::new("CreateSslVpnServer")
        .param("VpnGatewayId", BARE)
        .param("LocalSubnet", "10.0.0.0/8,172.16.0.0/16")
        .param("ClientIpPool", "192.168.0.0/24");
    for (k, v) in params {
        r = if v.is_empty() {
            r.without(k)
        } else {
            r.param(k, v)
        };
    }
    r
}

fn server_item(url: &str, id: &str) -> Value {
    let r = v1(
        url,
        &Req::new("DescribeSslVpnServers").param("SslVpnServerId", id),
    )
    .ok();
    r.body["SslVpnServers"]["SslVpnServer"][0].clone()
}

#[test]
fn create_makes_the_gateways_server_with_the_services_defaults() {
    let emu = bare(Duration::from_millis(300));
    let url = emu.url();
    let created = v3(&url, &create_server(&[("Name", "office")])).ok();
    let body = created.body.as_object().unwrap();
    let mut keys: Vec<&str> = body.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["Name", "RequestId", "SslVpnServerId"],
        "the model's three fields"
    );
    let id = created.body["SslVpnServerId"].as_str().unwrap().to_owned();
    assert!(id.starts_with("vss-") && id.len() == 25, "{id}");
    assert_eq!(created.body["Name"], "office");

    // Asynchronous: the gateway is updating, then active.
    assert_eq!(gateway_status(&url, BARE), "updating");
    until_active(&url, BARE, Duration::from_secs(5));
    let g = v1(
        &url,
        &Req::new("DescribeVpnGateway").param("VpnGatewayId", BARE),
    )
    .ok();
    assert_eq!(g.body["SslVpn"], "enable");

    let s = server_item(&url, &id);
    assert_eq!(s["VpnGatewayId"], BARE);
    assert_eq!(s["InternetIp"], g.body["SslVpnInternetIp"]);
    assert_eq!(
        (&s["Proto"], &s["Port"], &s["Cipher"], &s["Compress"]),
        (
            &Value::from("TCP"),
            &Value::from(1194),
            &Value::from("AES-128-CBC"),
            &Value::from(false)
        ),
        "the defaults of a create"
    );
    assert_eq!(s["LocalSubnet"], "10.0.0.0/8,172.16.0.0/16");
    assert_eq!(s["ClientIpPool"], "192.168.0.0/24");
    assert_eq!(s["MaxConnections"], 5);
    assert_eq!(s["Connections"], 0);
    assert_eq!(s["EnableMultiFactorAuth"], false);
    assert!(s.get("DnsServers").is_none());

    // Certificates on it work, with a profile for its settings.
    let cert = v1(
        &url,
        &Req::new("CreateSslVpnClientCert")
            .param("SslVpnServerId", &id)
            .param("Name", "alice"),
    )
    .ok();
    let cert_id = cert.body["SslVpnClientCertId"].as_str().unwrap();
    let detail = v1(
        &url,
        &Req::new("DescribeSslVpnClientCert").param("SslVpnClientCertId", cert_id),
    )
    .ok();
    let profile = detail.body["ClientConfig"].as_str().unwrap();
    assert!(profile.contains("proto tcp\n"), "{profile}");
    assert!(
        profile.contains(&format!(
            "remote {} 1194\n",
            s["InternetIp"].as_str().unwrap()
        )),
        "{profile}"
    );
    assert!(profile.contains("cipher AES-128-CBC\n"), "{profile}");
}

#[test]
fn create_takes_every_setting() {
    let emu = Emulator::builder()
        .gateway(REGION, BARE, ServerState::Ready)
        .ssl_max_connections(BARE, 10)
        .start()
        .unwrap();
    let url = emu.url();
    let created = v1(
        &url,
        &create_server(&[
            ("ClientIpPool", "10.200.0.0/26"),
            ("LocalSubnet", "192.168.1.0/24"),
            ("Cipher", "AES-256-CBC"),
            ("Proto", "UDP"),
            ("Port", "1195"),
            ("Compress", "True"),
            ("DnsServers", "10.0.0.2,10.0.0.3"),
            ("EnableMultiFactorAuth", "True"),
            ("IDaaSInstanceId", "idaas-cn-inst0001"),
            ("IDaaSRegionId", "cn-shanghai"),
            ("IDaaSApplicationId", "app-0001"),
        ]),
    )
    .ok();
    let id = created.body["SslVpnServerId"].as_str().unwrap();
    assert_eq!(
        created.body["Name"], id,
        "unnamed, a server is named by its id"
    );
    let s = server_item(&url, id);
    assert_eq!(
        [
            &s["Cipher"],
            &s["Proto"],
            &s["Port"],
            &s["Compress"],
            &s["DnsServers"],
            &s["MaxConnections"]
        ],
        [
            &Value::from("AES-256-CBC"),
            &Value::from("UDP"),
            &Value::from(1195),
            &Value::from(true),
            &Value::from("10.0.0.2,10.0.0.3"),
            &Value::from(10)
        ]
    );
    assert_eq!(
        [
            &s["EnableMultiFactorAuth"],
            &s["IDaaSInstanceId"],
            &s["IDaaSRegionId"],
            &s["IDaaSApplicationId"],
            &s["IDaaSInstanceVersion"]
        ],
        [
            &Value::from(true),
            &Value::from("idaas-cn-inst0001"),
            &Value::from("cn-shanghai"),
            &Value::from("app-0001"),
            &Value::from("2.0")
        ]
    );
}

/// Parameters to set (an empty value removes one), then the status, code and a word of the
/// message expected.
type Case<'a> = (&'a [(&'a str, &'a str)], u16, &'a str, &'a str);

#[test]
fn the_services_rules_for_the_settings() {
    let emu = Emulator::builder()
        .gateway(REGION, BARE, ServerState::Ready)
        .start()
        .unwrap();
    let url = emu.url();
    let cases: &[Case] = &[
        (
            &[("Cipher", "AES-512-CBC")],
            400,
            "InvalidParameter",
            "Cipher",
        ),
        (
            &[("Cipher", "aes-128-cbc")],
            400,
            "InvalidParameter",
            "Cipher",
        ),
        (&[("Proto", "SCTP")], 400, "InvalidParameter", "Proto"),
        (&[("Port", "0")], 400, "InvalidParameter", "Port"),
        (&[("Port", "65536")], 400, "InvalidParameter", "Port"),
        (&[("Port", "http")], 400, "InvalidParameter", "Port"),
        (&[("Port", "22")], 400, "InvalidParameter", "Port"),
        (&[("Port", "443")], 400, "InvalidParameter", "Port"),
        (&[("Port", "4500")], 400, "InvalidParameter", "Port"),
        (
            &[("ClientIpPool", "192.168.0.0/15")],
            400,
            "InvalidParameter",
            "ClientIpPool",
        ),
        (
            &[("ClientIpPool", "192.168.0.0/30")],
            400,
            "InvalidParameter",
            "ClientIpPool",
        ),
        (
            &[("ClientIpPool", "100.64.0.0/24")],
            400,
            "InvalidParameter",
            "ClientIpPool",
        ),
        (
            &[("ClientIpPool", "127.0.0.0/24")],
            400,
            "InvalidParameter",
            "ClientIpPool",
        ),
        (
            &[("ClientIpPool", "169.254.0.0/24")],
            400,
            "InvalidParameter",
            "ClientIpPool",
        ),
        (
            &[("ClientIpPool", "230.0.0.0/24")],
            400,
            "InvalidParameter",
            "ClientIpPool",
        ),
        (
            &[("ClientIpPool", "255.0.0.0/24")],
            400,
            "InvalidParameter",
            "ClientIpPool",
        ),
        (
            &[("ClientIpPool", "not-a-cidr")],
            400,
            "InvalidParameter",
            "ClientIpPool",
        ),
        // 16 addresses, 4 for each of the gateway's 5 connections need 20.
        (
            &[("ClientIpPool", "192.168.0.0/28")],
            400,
            "InvalidParameter",
            "ClientIpPool",
        ),
        (
            &[("ClientIpPool", "10.1.0.0/24")],
            400,
            "InvalidParameter",
            "overlaps the local network 10.0.0.0/8",
        ),
        (
            &[("LocalSubnet", "10.0.0.0/7")],
            400,
            "InvalidParameter",
            "LocalSubnet",
        ),
        (
            &[("LocalSubnet", "127.0.0.1/32")],
            400,
            "InvalidParameter",
            "LocalSubnet",
        ),
        (
            &[("LocalSubnet", "169.254.0.0/16")],
            400,
            "InvalidParameter",
            "LocalSubnet",
        ),
        (
            &[("LocalSubnet", "224.0.0.0/4")],
            400,
            "InvalidParameter",
            "LocalSubnet",
        ),
        (
            &[("LocalSubnet", "255.255.255.255/32")],
            400,
            "InvalidParameter",
            "LocalSubnet",
        ),
        (
            &[(
                "LocalSubnet",
                "10.1.0.0/16,10.2.0.0/16,10.3.0.0/16,10.4.0.0/16,10.5.0.0/16,10.6.0.0/16",
            )],
            400,
            "InvalidParameter",
            "at most 5",
        ),
        (
            &[("LocalSubnet", "")],
            400,
            "MissingLocalSubnet",
            "LocalSubnet",
        ),
        (
            &[("LocalSubnet", ",")],
            400,
            "MissingLocalSubnet",
            "LocalSubnet",
        ),
        (
            &[("ClientIpPool", "")],
            400,
            "MissingClientIpPool",
            "ClientIpPool",
        ),
        (
            &[("VpnGatewayId", "")],
            400,
            "MissingVpnGatewayId",
            "VpnGatewayId",
        ),
        (&[("Name", "https://office")], 400, "InvalidName", "http"),
        (&[("Name", &"n".repeat(101))], 400, "InvalidName", "100"),
        (
            &[("EnableMultiFactorAuth", "True")],
            400,
            "InvalidParameter",
            "IDaaSInstanceId",
        ),
        (
            &[
                ("EnableMultiFactorAuth", "True"),
                ("IDaaSInstanceId", "idaas-x"),
            ],
            400,
            "InvalidParameter",
            "IDaaSRegionId",
        ),
        (
            &[("EnableMultiFactorAuth", "perhaps")],
            400,
            "InvalidParameter",
            "EnableMultiFactorAuth",
        ),
        (&[("Compress", "1")], 400, "InvalidParameter", "Compress"),
        (
            &[("DnsServers", "10.0.0.2,dns.example")],
            400,
            "InvalidParameter",
            "DnsServers",
        ),
        (
            &[("ClientToken", &"t".repeat(65))],
            400,
            "InvalidParameter",
            "ClientToken",
        ),
        (
            &[("VpnGatewayId", "vpn-nothere")],
            404,
            "InvalidVpnGatewayInstanceId.NotFound",
            "vpn gateway",
        ),
    ];
    for (params, status, code, mentions) in cases {
        let r = v1(&url, &create_server(params));
        r.expect_error(*status, code);
        assert!(
            r.message().contains(mentions),
            "{params:?}: {} does not mention {mentions}",
            r.message()
        );
        // A refusal is the same with DryRun: validation comes first.
        v1(&url, &create_server(params).param("DryRun", "true")).expect_error(*status, code);
    }
    assert!(emu.state()["gateways"][1]["ssl_vpn_server_id"].is_null());
    // Limits hold exactly: a /27 holds 4 addresses for each of 5 connections, 5 blocks and
    // ports next to refused ones are fine, `none` is a cipher.
    v1(
        &url,
        &create_server(&[
            ("ClientIpPool", "192.168.0.0/27"),
            (
                "LocalSubnet",
                "10.1.0.0/16,10.2.0.0/16,10.3.0.0/16,10.4.0.0/16,10.5.0.0/32",
            ),
            ("Port", "4501"),
            ("Cipher", "none"),
            ("Name", &"n".repeat(100)),
        ]),
    )
    .ok();
}

#[test]
fn dry_runs_check_everything_and_change_nothing() {
    let emu = Emulator::builder()
        .gateway(REGION, BARE, ServerState::Ready)
        .gateway(REGION, "vpn-busy0001", ServerState::Configuring(1))
        .gateway(REGION, "vpn-lock0001", ServerState::Locked)
        .start()
        .unwrap();
    let url = emu.url();
    let r = v1(&url, &create_server(&[("DryRun", "True")]));
    r.expect_error(400, "DryRunOperation");
    assert_eq!(
        r.message(),
        "Request validation has been passed with DryRun flag set."
    );
    assert_eq!(gateway_status(&url, BARE), "active", "nothing was applied");
    assert!(emu.state()["gateways"][1]["ssl_vpn_server_id"].is_null());
    // What the real request would meet, the dry run meets too.
    v1(
        &url,
        &create_server(&[("DryRun", "true"), ("VpnGatewayId", "vpn-lock0001")]),
    )
    .expect_error(400, "VpnGateway.FinancialLocked");
    v1(
        &url,
        &create_server(&[("DryRun", "true"), ("VpnGatewayId", "vpn-busy0001")]),
    )
    .expect_error(400, "VpnGateway.Configuring");
    // A dry run with a token is not remembered as the token's result.
    v1(
        &url,
        &create_server(&[("DryRun", "true"), ("ClientToken", "dry-1")]),
    )
    .expect_error(400, "DryRunOperation");
    let real = v1(&url, &create_server(&[("ClientToken", "dry-1")])).ok();
    let id = real.body["SslVpnServerId"].as_str().unwrap().to_owned();
    v1(&url, &create_server(&[("DryRun", "true")]))
        .expect_error(400, "OperationFailed.SslVpnServerExists");

    // Modify too.
    until_active(&url, BARE, Duration::from_secs(5));
    let dry = v1(
        &url,
        &Req::new("ModifySslVpnServer")
            .param("SslVpnServerId", &id)
            .param("Port", "1300")
            .param("DryRun", "True"),
    );
    dry.expect_error(400, "DryRunOperation");
    assert_eq!(server_item(&url, &id)["Port"], 1194);
    assert_eq!(gateway_status(&url, BARE), "active");
    v1(
        &url,
        &Req::new("ModifySslVpnServer")
            .param("SslVpnServerId", &id)
            .param("Port", "443")
            .param("DryRun", "True"),
    )
    .expect_error(400, "InvalidParameter");
}

#[test]
fn one_server_per_gateway_and_client_tokens() {
    let emu = bare(Duration::from_millis(100));
    let url = emu.url();
    let first = v1(&url, &create_server(&[("ClientToken", "srv-1")])).ok();
    // The same token gives back the same server, even while the gateway is busy with it.
    let again = v3(&url, &create_server(&[("ClientToken", "srv-1")])).ok();
    assert_eq!(first.body["SslVpnServerId"], again.body["SslVpnServerId"]);
    assert_ne!(first.body["RequestId"], again.body["RequestId"]);
    // The server exists from the create on, while the gateway still applies it.
    v1(&url, &create_server(&[("ClientToken", "srv-2")]))
        .expect_error(400, "OperationFailed.SslVpnServerExists");
    until_active(&url, BARE, Duration::from_secs(5));
    let second = v1(&url, &create_server(&[("ClientToken", "srv-2")]));
    second.expect_error(400, "OperationFailed.SslVpnServerExists");
    assert!(second.message().contains("at most one"));
    let servers = emu.state()["servers"].as_array().unwrap().clone();
    assert_eq!(
        servers.len(),
        2,
        "the default server and the new one: {servers:?}"
    );
    // The default server's gateway has its server already.
    v1(
        &url,
        &create_server(&[("VpnGatewayId", "vpn-emulator0001")]),
    )
    .expect_error(400, "OperationFailed.SslVpnServerExists");
}

#[test]
fn modify_changes_what_is_given_and_answers_the_whole_server() {
    let emu = Emulator::builder()
        .settle(Duration::from_millis(300))
        .dns_servers(SERVER, "10.0.0.2")
        .start()
        .unwrap();
    let url = emu.url();
    let gateway = "vpn-emulator0001";
    let cert = create(&url, "alice");
    emu.connect(&cert, None).unwrap();

    // A rename is not a change the gateway applies: no settle, nobody disconnected.
    let renamed = v1(
        &url,
        &Req::new("ModifySslVpnServer")
            .param("SslVpnServerId", SERVER)
            .param("Name", "office"),
    )
    .ok();
    let body = renamed.body.as_object().unwrap();
    let mut keys: Vec<&str> = body.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "Cipher",
            "ClientIpPool",
            "Compress",
            "Connections",
            "CreateTime",
            "EnableMultiFactorAuth",
            "IDaaSApplicationId",
            "IDaaSInstanceId",
            "InternetIp",
            "LocalSubnet",
            "MaxConnections",
            "Name",
            "Port",
            "Proto",
            "RegionId",
            "RequestId",
            "ResourceGroupId",
            "SslVpnServerId",
            "VpnGatewayId"
        ],
        "the model's fields; no IDaaSRegionId, no DnsServers, and IDaaSInstanceVersion only for EIAM 2.0"
    );
    assert_eq!(renamed.body["Name"], "office");
    assert_eq!(renamed.body["Connections"], 1);
    assert_eq!(gateway_status(&url, gateway), "active");

    // A port change is applied in the background and restarts the server.
    let moved = v1(
        &url,
        &Req::new("ModifySslVpnServer")
            .param("SslVpnServerId", SERVER)
            .param("Port", "1300")
            .param("Proto", "TCP"),
    )
    .ok();
    assert_eq!(
        (
            &moved.body["Port"],
            &moved.body["Proto"],
            &moved.body["Name"]
        ),
        (
            &Value::from(1300),
            &Value::from("TCP"),
            &Value::from("office")
        )
    );
    assert_eq!(
        moved.body["Connections"], 0,
        "the restart disconnected alice"
    );
    assert_eq!(gateway_status(&url, gateway), "updating");
    v1(
        &url,
        &Req::new("ModifySslVpnServer")
            .param("SslVpnServerId", SERVER)
            .param("Name", "again"),
    )
    .expect_error(400, "VpnGateway.Configuring");
    until_active(&url, gateway, Duration::from_secs(5));
    let profile = v1(
        &url,
        &Req::new("DescribeSslVpnClientCert").param("SslVpnClientCertId", &cert),
    )
    .ok();
    let profile = profile.body["ClientConfig"].as_str().unwrap().to_owned();
    assert!(
        profile.contains(" 1300\n") && profile.contains("proto tcp\n"),
        "{profile}"
    );
    let s = server_item(&url, SERVER);
    assert_eq!(s["DnsServers"], "10.0.0.2", "untouched settings stay");

    // The rules between settings hold for the server as it would be: the current local
    // networks against a new pool.
    let r = v1(
        &url,
        &Req::new("ModifySslVpnServer")
            .param("SslVpnServerId", SERVER)
            .param("ClientIpPool", "172.16.8.0/24"),
    );
    r.expect_error(400, "InvalidParameter");
    assert!(r.message().contains("172.16.0.0/16"), "{}", r.message());
    // DnsServers empty clears them.
    v1(
        &url,
        &Req::new("ModifySslVpnServer")
            .param("SslVpnServerId", SERVER)
            .param("DnsServers", ""),
    )
    .ok();
    assert!(server_item(&url, SERVER).get("DnsServers").is_none());
    until_active(&url, gateway, Duration::from_secs(5));

    // Two-factor authentication on (EIAM 1.0: no version), then off again.
    let on = v1(
        &url,
        &Req::new("ModifySslVpnServer")
            .param("SslVpnServerId", SERVER)
            .param("EnableMultiFactorAuth", "True")
            .param("IDaaSInstanceId", "idaas-cn-old01")
            .param("IDaaSRegionId", "cn-hangzhou"),
    )
    .ok();
    assert_eq!(on.body["EnableMultiFactorAuth"], true);
    assert_eq!(on.body["IDaaSInstanceId"], "idaas-cn-old01");
    assert!(on.body.get("IDaaSInstanceVersion").is_none());
    assert_eq!(server_item(&url, SERVER)["IDaaSRegionId"], "cn-hangzhou");
    until_active(&url, gateway, Duration::from_secs(5));
    let off = v1(
        &url,
        &Req::new("ModifySslVpnServer")
            .param("SslVpnServerId", SERVER)
            .param("EnableMultiFactorAuth", "False"),
    )
    .ok();
    assert_eq!(
        (
            &off.body["EnableMultiFactorAuth"],
            &off.body["IDaaSInstanceId"]
        ),
        (&Value::from(false), &Value::from(""))
    );
}

#[test]
fn modify_errors_and_tokens() {
    let emu = Emulator::builder()
        .server(REGION, "vss-locked01", ServerState::Locked)
        .server(REGION, SERVER, ServerState::Ready)
        .settle(Duration::ZERO)
        .start()
        .unwrap();
    let url = emu.url();
    let modify = |params: &[(&str, &str)]| {
        let mut r = Req::new("ModifySslVpnServer").param("SslVpnServerId", SERVER);
        for (k, v) in params {
            r = r.param(k, v);
        }
        v1(&url, &r)
    };
    modify(&[("SslVpnServerId", "vss-nothere")])
        .expect_error(404, "InvalidSslVpnServerId.NotFound");
    modify(&[("SslVpnServerId", "vss-locked01")]).expect_error(400, "VpnGateway.FinancialLocked");
    v1(&url, &Req::new("ModifySslVpnServer")).expect_error(400, "MissingSslVpnServerId");
    for (param, value) in [
        ("Cipher", "AES-1-CBC"),
        ("Proto", "tcp"),
        ("Port", "9000"),
        ("ClientIpPool", "10.0.0.0/31"),
        ("LocalSubnet", "10.0.0.0/33"),
        ("DnsServers", "nine"),
        ("EnableMultiFactorAuth", "True"),
    ] {
        let r = modify(&[(param, value)]);
        r.expect_error(400, "InvalidParameter");
        let named = if param == "EnableMultiFactorAuth" {
            "IDaaSInstanceId"
        } else {
            param
        };
        assert!(r.message().contains(named), "{param}: {}", r.message());
    }
    modify(&[("Name", "http://x")]).expect_error(400, "InvalidName");
    // With a token, a repeat is the first answer, even after the server changed again.
    let first = modify(&[("Port", "1201"), ("ClientToken", "mod-1")]).ok();
    modify(&[("Port", "1202")]).ok();
    let again = modify(&[("Port", "1201"), ("ClientToken", "mod-1")]).ok();
    assert_eq!(again.body["Port"], first.body["Port"]);
    assert_eq!(
        server_item(&url, SERVER)["Port"],
        1202,
        "the repeat changed nothing"
    );
}

#[test]
fn delete_takes_the_certificates_and_settles() {
    let emu = Emulator::builder()
        .server(REGION, SERVER, ServerState::Ready)
        .server(REGION, "vss-locked01", ServerState::Locked)
        .settle(Duration::from_millis(300))
        .start()
        .unwrap();
    let url = emu.url();
    let gateway = "vpn-emulator0001";
    let cert = create(&url, "alice");
    emu.connect(&cert, Some("198.51.100.200")).unwrap();
    v1(
        &url,
        &Req::new("DeleteSslVpnServer").param("SslVpnServerId", "vss-locked01"),
    )
    .expect_error(400, "VpnGateway.FinancialLocked");

    let deleted = v1(
        &url,
        &Req::new("DeleteSslVpnServer")
            .param("SslVpnServerId", SERVER)
            .param("ClientToken", "del-1"),
    )
    .ok();
    assert_eq!(
        deleted.body.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["RequestId"]
    );
    let state = emu.state();
    assert!(state["certificates"].as_array().unwrap().is_empty());
    assert!(state["connections"].as_array().unwrap().is_empty());
    assert_eq!(state["deletes"], 1, "its certificate went with it");
    assert_eq!(gateway_status(&url, gateway), "updating");
    // The same token is the same answer; without it the server is gone.
    v1(
        &url,
        &Req::new("DeleteSslVpnServer")
            .param("SslVpnServerId", SERVER)
            .param("ClientToken", "del-1"),
    )
    .ok();
    until_active(&url, gateway, Duration::from_secs(5));
    v1(
        &url,
        &Req::new("DeleteSslVpnServer").param("SslVpnServerId", SERVER),
    )
    .expect_error(404, "InvalidSslVpnServerId.NotFound");
    v1(
        &url,
        &Req::new("DescribeSslVpnClientCert").param("SslVpnClientCertId", &cert),
    )
    .expect_error(400, "InvalidInstanceId.NotFound");
    let g = v1(
        &url,
        &Req::new("DescribeVpnGateway").param("VpnGatewayId", gateway),
    )
    .ok();
    assert_eq!(g.body["SslVpn"], "disable");
    // The gateway takes a new server.
    let new = v1(
        &url,
        &Req::new("CreateSslVpnServer")
            .param("VpnGatewayId", gateway)
            .param("LocalSubnet", "10.0.0.0/8")
            .param("ClientIpPool", "192.168.0.0/24"),
    )
    .ok();
    assert_ne!(new.body["SslVpnServerId"], SERVER);
}

#[test]
fn configured_two_factor_servers_carry_distinct_idaas_values() {
    let emu = Emulator::builder()
        .server(REGION, SERVER, ServerState::Ready)
        .server(REGION, "vss-mfa00001", ServerState::Ready)
        .server(REGION, "vss-mfa00002", ServerState::Ready)
        .server_idaas(
            "vss-mfa00001",
            Idaas::v2("idaas-cn-mfa0001", "cn-shanghai", "app-mfa0001"),
        )
        .server_idaas("vss-mfa00002", Idaas::v1("idaas-cn-mfa0002", "cn-beijing"))
        .start()
        .unwrap();
    let url = emu.url();
    let plain = server_item(&url, SERVER);
    assert_eq!(plain["EnableMultiFactorAuth"], false);
    assert_eq!(plain["IDaaSInstanceId"], "");
    let v2 = server_item(&url, "vss-mfa00001");
    assert_eq!(v2["EnableMultiFactorAuth"], true);
    assert_eq!(
        [
            &v2["IDaaSInstanceId"],
            &v2["IDaaSRegionId"],
            &v2["IDaaSApplicationId"],
            &v2["IDaaSInstanceVersion"]
        ],
        ["idaas-cn-mfa0001", "cn-shanghai", "app-mfa0001", "2.0"]
    );
    let v1_server = server_item(&url, "vss-mfa00002");
    assert_eq!(v1_server["IDaaSApplicationId"], "");
    assert!(v1_server.get("IDaaSInstanceVersion").is_none());
    assert!(Emulator::builder()
        .server_idaas("vss-nothere", Idaas::v1("i", "r"))
        .start()
        .is_err());
    assert!(Emulator::builder()
        .server_idaas(SERVER, Idaas::v1("", "r"))
        .start()
        .is_err());
}
