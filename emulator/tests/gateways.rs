//! DescribeVpnGateway and DescribeVpnGateways: the official record's fields, filters, tags,
//! paging, and the gateway states (`updating` while a change settles, `FinancialLocked`).

mod common;

use std::time::Duration;

use common::*;
use serde_json::Value;
use vpncert_emulator::{Emulator, Role, ServerState};

const GATEWAY: &str = "vpn-emulator0001";

/// Every field of the official model's DescribeVpnGateway body but `RequestId` and the
/// optional `ReservationData` (no pending orders are modelled).
const FIELDS: [&str; 28] = [
    "AutoPropagate",
    "BusinessStatus",
    "ChargeType",
    "CreateTime",
    "Description",
    "DisasterRecoveryInternetIp",
    "DisasterRecoveryVSwitchId",
    "EnableBgp",
    "EndTime",
    "EniInstanceIds",
    "GatewayType",
    "InternetIp",
    "IpsecVpn",
    "Name",
    "NetworkType",
    "ResourceGroupId",
    "Spec",
    "SslMaxConnections",
    "SslVpn",
    "SslVpnInternetIp",
    "Status",
    "Tag",
    "Tags",
    "VSwitchId",
    "VpcId",
    "VpnGatewayId",
    "VpnType",
    "RequestId",
];

fn describe(url: &str, id: &str) -> Reply {
    v1(
        url,
        &Req::new("DescribeVpnGateway").param("VpnGatewayId", id),
    )
}

fn list(url: &str, filters: &[(&str, &str)]) -> Reply {
    let mut r = Req::new("DescribeVpnGateways");
    for (k, v) in filters {
        r = r.param(k, v);
    }
    v3(url, &r).ok()
}

fn ids(reply: &Reply) -> Vec<String> {
    reply.body["VpnGateways"]["VpnGateway"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|g| g["VpnGatewayId"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn describe_vpn_gateway_has_every_field_of_the_official_record() {
    let emu = Emulator::start_default().unwrap();
    let url = emu.url();
    let g = describe(&url, GATEWAY).ok();
    let body = g.body.as_object().unwrap();
    for field in FIELDS {
        assert!(body.contains_key(field), "{field} missing: {}", g.text);
    }
    assert_eq!(
        body.len(),
        FIELDS.len(),
        "no field beyond the model: {}",
        g.text
    );
    let b = &g.body;
    assert_eq!(b["VpnGatewayId"], GATEWAY);
    assert_eq!(
        (b["Status"].as_str(), b["BusinessStatus"].as_str()),
        (Some("active"), Some("Normal"))
    );
    assert_eq!(b["SslVpn"], "enable", "the default server runs on it");
    assert_eq!(b["IpsecVpn"], "enable");
    assert_eq!(b["SslMaxConnections"], 5);
    assert_eq!(
        (
            b["GatewayType"].as_str(),
            b["NetworkType"].as_str(),
            b["VpnType"].as_str()
        ),
        (Some("Normal"), Some("public"), Some("Normal"))
    );
    // Booleans and strings where the model has them (Spec and the enable flags are strings).
    assert!(b["AutoPropagate"].is_boolean() && b["EnableBgp"].is_boolean());
    assert!(b["Spec"].is_string() && b["ChargeType"].is_string() && b["Tag"].is_string());
    assert!(b["CreateTime"].as_u64().unwrap() < b["EndTime"].as_u64().unwrap());
    assert!(b["VpcId"].as_str().unwrap().starts_with("vpc-"));
    assert!(b["VSwitchId"].as_str().unwrap().starts_with("vsw-"));
    assert_ne!(b["VSwitchId"], b["DisasterRecoveryVSwitchId"]);
    let enis = b["EniInstanceIds"]["EniInstanceId"].as_array().unwrap();
    assert!(!enis.is_empty() && enis.iter().all(|e| e.as_str().unwrap().starts_with("eni-")));
    assert_eq!(b["Tags"]["Tag"], serde_json::json!([]));
    assert!(b.get("ReservationData").is_none());

    // The SSL-VPN address is the one the server gives its clients; the IPsec ones differ.
    let servers = v1(&url, &Req::new("DescribeSslVpnServers")).ok();
    let server = &servers.body["SslVpnServers"]["SslVpnServer"][0];
    assert_eq!(server["VpnGatewayId"], GATEWAY);
    assert_eq!(b["SslVpnInternetIp"], server["InternetIp"]);
    assert_eq!(server["MaxConnections"], b["SslMaxConnections"]);
    let ips = [
        &b["InternetIp"],
        &b["DisasterRecoveryInternetIp"],
        &b["SslVpnInternetIp"],
    ];
    assert!(ips[0] != ips[1] && ips[1] != ips[2] && ips[0] != ips[2]);
    for ip in ips {
        ip.as_str().unwrap().parse::<std::net::Ipv4Addr>().unwrap();
    }
    // Asked for, pending orders are still not there: none is modelled.
    let with = v1(
        &url,
        &Req::new("DescribeVpnGateway")
            .param("VpnGatewayId", GATEWAY)
            .param("IncludeReservationData", "True"),
    )
    .ok();
    assert!(with.body.get("ReservationData").is_none());
    let bad = v1(
        &url,
        &Req::new("DescribeVpnGateway")
            .param("VpnGatewayId", GATEWAY)
            .param("IncludeReservationData", "maybe"),
    );
    bad.expect_error(400, "InvalidParameter");
    assert!(bad.message().contains("IncludeReservationData"));
}

#[test]
fn unknown_and_missing_gateways() {
    let emu = Emulator::builder()
        .server("cn-beijing", "vss-beijing01", ServerState::Ready)
        .start()
        .unwrap();
    let url = emu.url();
    let r = describe(&url, "vpn-doesnotexist");
    r.expect_error(404, "InvalidVpnGatewayInstanceId.NotFound");
    assert_eq!(
        r.message(),
        "The specified vpn gateway instance id does not exist."
    );
    // A gateway is found in its own region only.
    describe(&url, "vpn-beijing01").expect_error(404, "InvalidVpnGatewayInstanceId.NotFound");
    v1(
        &url,
        &Req::new("DescribeVpnGateway")
            .param("RegionId", "cn-beijing")
            .param("VpnGatewayId", "vpn-beijing01"),
    )
    .ok();
    v1(&url, &Req::new("DescribeVpnGateway")).expect_error(400, "MissingVpnGatewayId");
    v1(
        &url,
        &Req::new("DescribeVpnGateway")
            .param("RegionId", "xx-nowhere-1")
            .param("VpnGatewayId", "vpn-beijing01"),
    )
    .expect_error(404, "InvalidRegionId.NotFound");
}

#[test]
fn a_bare_gateway_has_ssl_vpn_disabled_until_it_has_a_server() {
    let emu = Emulator::builder()
        .gateway("cn-hangzhou", "vpn-bare0001", ServerState::Ready)
        .start()
        .unwrap();
    let url = emu.url();
    assert_eq!(
        describe(&url, "vpn-bare0001").ok().body["SslVpn"],
        "disable"
    );
    assert_eq!(describe(&url, GATEWAY).ok().body["SslVpn"], "enable");
    let state = emu.state();
    let gateways = state["gateways"].as_array().unwrap();
    assert_eq!(gateways.len(), 2, "the default server's and the bare one");
    assert_eq!(gateways[1]["vpn_gateway_id"], "vpn-bare0001");
    assert!(gateways[1]["ssl_vpn_server_id"].is_null());
    assert_eq!(gateways[0]["ssl_vpn_server_id"], "vss-emulator0001");
    assert!(emu
        .banner_lines()
        .contains(&"gateway cn-hangzhou:vpn-bare0001 (ready)".to_owned()));
}

#[test]
fn describe_vpn_gateways_filters_and_pages() {
    let emu = Emulator::builder()
        .server("cn-hangzhou", "vss-a0000001", ServerState::Ready)
        .server("cn-hangzhou", "vss-b0000001", ServerState::Locked)
        .server("cn-beijing", "vss-c0000001", ServerState::Ready)
        .gateway("cn-hangzhou", "vpn-d0000001", ServerState::Ready)
        .gateway("cn-hangzhou", "vpn-e0000001", ServerState::Configuring(1))
        .gateway_tag("vss-a0000001", "env", "prod")
        .gateway_tag("vpn-a0000001", "team", "net")
        .gateway_tag("vpn-d0000001", "env", "test")
        .ssl_max_connections("vpn-d0000001", 50)
        .start()
        .unwrap();
    let url = emu.url();
    let all = list(&url, &[]);
    assert_eq!(
        ids(&all),
        [
            "vpn-a0000001",
            "vpn-b0000001",
            "vpn-d0000001",
            "vpn-e0000001"
        ],
        "the region's gateways, oldest first"
    );
    assert_eq!(
        (
            &all.body["TotalCount"],
            &all.body["PageNumber"],
            &all.body["PageSize"]
        ),
        (&Value::from(4), &Value::from(1), &Value::from(10))
    );
    let d = &all.body["VpnGateways"]["VpnGateway"][2];
    assert_eq!(d["SslMaxConnections"], 50);
    assert_eq!(d["SslVpn"], "disable");
    for field in FIELDS.iter().filter(|f| **f != "RequestId") {
        assert!(d.get(*field).is_some(), "{field} in the item: {d}");
    }
    let vpc = d["VpcId"].as_str().unwrap().to_owned();

    let only = |filters: &[(&str, &str)]| ids(&list(&url, filters));
    assert_eq!(only(&[("VpnGatewayId", "vpn-b0000001")]), ["vpn-b0000001"]);
    assert_eq!(
        only(&[("VpnGatewayId", "vpn-c0000001")]),
        Vec::<String>::new()
    );
    assert_eq!(only(&[("VpcId", &vpc)]), ["vpn-d0000001"]);
    assert_eq!(
        only(&[("BusinessStatus", "FinancialLocked")]),
        ["vpn-b0000001"]
    );
    assert_eq!(only(&[("BusinessStatus", "Normal")]).len(), 3);
    assert_eq!(only(&[("Status", "updating")]), ["vpn-e0000001"]);
    assert_eq!(only(&[("Status", "active")]).len(), 3);
    assert_eq!(only(&[("GatewayType", "Normal")]).len(), 4);
    assert!(only(&[("GatewayType", "NationalStandard")]).is_empty());
    assert_eq!(only(&[("ResourceGroupId", "rg-emulator0001")]).len(), 4);
    assert!(only(&[("ResourceGroupId", "rg-other")]).is_empty());
    // Tags: every tag asked for must be there; a key alone matches any value.
    assert_eq!(
        only(&[("Tag.1.Key", "env"), ("Tag.1.Value", "prod")]),
        ["vpn-a0000001"]
    );
    assert_eq!(
        only(&[("Tag.1.Key", "env")]),
        ["vpn-a0000001", "vpn-d0000001"]
    );
    assert_eq!(
        only(&[
            ("Tag.1.Key", "env"),
            ("Tag.2.Key", "team"),
            ("Tag.2.Value", "net")
        ]),
        ["vpn-a0000001"]
    );
    assert!(only(&[("Tag.1.Key", "env"), ("Tag.1.Value", "staging")]).is_empty());
    let tagged = list(&url, &[("VpnGatewayId", "vpn-a0000001")]);
    assert_eq!(
        tagged.body["VpnGateways"]["VpnGateway"][0]["Tags"]["Tag"],
        serde_json::json!([{"Key": "env", "Value": "prod"}, {"Key": "team", "Value": "net"}])
    );
    let r = v1(
        &url,
        &Req::new("DescribeVpnGateways").param("Tag.1.Value", "prod"),
    );
    r.expect_error(400, "InvalidParameter");
    assert!(r.message().contains("Tag.N.Key"), "{}", r.message());

    // Paging.
    let page2 = list(&url, &[("PageSize", "3"), ("PageNumber", "2")]);
    assert_eq!(ids(&page2), ["vpn-e0000001"]);
    assert_eq!(page2.body["TotalCount"], 4);
    assert!(ids(&list(&url, &[("PageSize", "3"), ("PageNumber", "3")])).is_empty());
    v1(
        &url,
        &Req::new("DescribeVpnGateways").param("PageSize", "51"),
    )
    .expect_error(400, "InvalidParameter");
    // Another region has its own.
    assert_eq!(only(&[("RegionId", "cn-beijing")]), ["vpn-c0000001"]);
}

#[test]
fn gateway_status_follows_changes_and_locks() {
    let emu = Emulator::builder()
        .settle(Duration::from_millis(400))
        .start()
        .unwrap();
    let url = emu.url();
    let id = create(&url, "a");
    assert_eq!(
        gateway_status(&url, GATEWAY),
        "active",
        "creates settle at once by default"
    );
    v1(
        &url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &id),
    )
    .ok();
    assert_eq!(gateway_status(&url, GATEWAY), "updating");
    assert_eq!(emu.state()["gateways"][0]["status"], "updating");
    let took = until_active(&url, GATEWAY, Duration::from_secs(5));
    assert!(took >= Duration::from_millis(200), "settled after {took:?}");

    // Locked: the payment status says so, changes are refused; reads still work.
    assert!(emu.set_gateway_state(GATEWAY, ServerState::Locked));
    let g = describe(&url, GATEWAY).ok();
    assert_eq!(g.body["BusinessStatus"], "FinancialLocked");
    v1(
        &url,
        &Req::new("CreateSslVpnClientCert").param("SslVpnServerId", SERVER),
    )
    .expect_error(400, "VpnGateway.FinancialLocked");
    assert_eq!(emu.state()["servers"][0]["state"], "locked");
    assert!(emu.set_server_state(SERVER, ServerState::Configuring(2)));
    let g = describe(&url, GATEWAY).ok();
    assert_eq!(
        (g.body["Status"].as_str(), g.body["BusinessStatus"].as_str()),
        (Some("updating"), Some("Normal"))
    );
    assert!(!emu.set_gateway_state("vpn-none", ServerState::Ready));
}

#[test]
fn roles_and_regions_apply_to_the_gateway_reads() {
    let emu = Emulator::builder()
        .access_key(ID, SECRET, Role::Owner)
        .access_key("sub", "subsecret", Role::SubUser)
        .access_key("noperm", "npsecret", Role::NoPerm)
        .start()
        .unwrap();
    let url = emu.url();
    for (key, secret, status, code) in [
        ("sub", "subsecret", 403, "Forbbiden.SubUser"),
        ("noperm", "npsecret", 403, "Forbidden"),
    ] {
        for action in [
            Req::new("DescribeVpnGateway").param("VpnGatewayId", GATEWAY),
            Req::new("DescribeVpnGateways"),
            Req::new("DescribeSslVpnClients").param("VpnGatewayId", GATEWAY),
            Req::new("DescribeVpnSslServerLogs")
                .param("VpnSslServerId", SERVER)
                .param("MinutePeriod", "10"),
            Req::new("CreateSslVpnServer")
                .param("VpnGatewayId", GATEWAY)
                .param("LocalSubnet", "10.0.0.0/8")
                .param("ClientIpPool", "192.168.0.0/24"),
            Req::new("ModifySslVpnServer").param("SslVpnServerId", SERVER),
            Req::new("DeleteSslVpnServer").param("SslVpnServerId", SERVER),
        ] {
            v1(&url, &action.key(key, secret)).expect_error(status, code);
        }
    }
    let gateways = v1(
        &url,
        &Req::new("DescribeVpnGateways").param("RegionId", "xx-nowhere-1"),
    );
    gateways.expect_error(404, "InvalidRegionId.NotFound");
    assert_eq!(emu.state()["servers"].as_array().unwrap().len(), 1);
}
