//! The six operations over real HTTP: the core client's lifecycle, the reference's response
//! shapes, idempotency, paging, limits, gateway states, roles and every documented error code.

mod common;

use std::time::Duration;

use common::*;
use vpncert::SignatureVersion::{V1, V3};
use vpncert_emulator::{Emulator, Role, ServerState};

fn create_req(name: &str) -> Req {
    Req::new("CreateSslVpnClientCert")
        .param("SslVpnServerId", SERVER)
        .param("Name", name)
}

#[test]
fn the_core_client_runs_the_whole_lifecycle() {
    let emu = Emulator::builder()
        .delete_settle(Duration::from_millis(50))
        .start()
        .unwrap();
    for v in [V1, V3] {
        let c = client(&emu.url(), v);
        let servers = c
            .describe_ssl_vpn_servers(&vpncert::DescribeSslVpnServers::new())
            .unwrap();
        assert_eq!(servers.total_count, 1);
        let server = &servers.items[0];
        assert_eq!(server.ssl_vpn_server_id, SERVER);
        assert_eq!((server.port, server.proto.as_str()), (1194, "UDP"));

        let created = c
            .create_ssl_vpn_client_cert(&vpncert::CreateSslVpnClientCert::new(SERVER).name("alice"))
            .unwrap();
        let id = created.ssl_vpn_client_cert_id.clone();
        assert!(id.starts_with("vsc-"), "{id}");

        let bundle = c.describe_ssl_vpn_client_cert(&id).unwrap();
        assert_eq!(bundle.name, "alice");
        assert_eq!(bundle.ssl_vpn_server_id, SERVER);
        assert!(bundle
            .client_cert
            .starts_with("-----BEGIN CERTIFICATE-----"));
        assert!(bundle.client_key.expose().contains("PRIVATE KEY-----"));
        assert_eq!(bundle.status.as_str(), "normal");

        let renamed = c
            .modify_ssl_vpn_client_cert(&vpncert::ModifySslVpnClientCert::new(&id, "alice-laptop"))
            .unwrap();
        assert_eq!(renamed.name, "alice-laptop");

        let list = c
            .describe_ssl_vpn_client_certs(
                &vpncert::DescribeSslVpnClientCerts::new().name("alice-laptop"),
            )
            .unwrap();
        assert_eq!(list.total_count, 1);
        assert_eq!(list.items[0].ssl_vpn_client_cert_id, id);

        let outcome = c
            .delete_ssl_vpn_client_cert(&vpncert::DeleteSslVpnClientCert::new(&id))
            .unwrap();
        assert!(!outcome.was_already_deleted());
        // Let the gateway settle before the next round's create.
        std::thread::sleep(Duration::from_millis(80));
    }
    assert_eq!(emu.state()["certificates"].as_array().unwrap().len(), 0);
    assert_eq!(emu.state()["creates"], 2);
}

#[test]
fn response_shapes_follow_the_reference() {
    let emu = Emulator::start_default().unwrap();
    let url = emu.url();
    let id = create(&url, "shape");
    let one = v1(
        &url,
        &Req::new("DescribeSslVpnClientCert").param("SslVpnClientCertId", &id),
    )
    .ok();
    for field in [
        "RequestId",
        "RegionId",
        "SslVpnClientCertId",
        "SslVpnServerId",
        "Name",
        "CaCert",
        "ClientCert",
        "ClientKey",
        "ClientConfig",
        "Status",
        "ResourceGroupId",
    ] {
        assert!(one.body[field].is_string(), "{field} in {}", one.text);
    }
    let (created, ends) = (
        one.body["CreateTime"].as_u64().unwrap(),
        one.body["EndTime"].as_u64().unwrap(),
    );
    assert_eq!(
        ends - created,
        3 * 365 * 86_400 * 1000,
        "three years, in ms"
    );
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64;
    assert!(created <= now_ms && now_ms - created < 60_000);

    let list = v1(&url, &Req::new("DescribeSslVpnClientCerts")).ok();
    let item = &list.body["SslVpnClientCertKeys"]["SslVpnClientCertKey"][0];
    for field in [
        "Status",
        "EndTime",
        "CreateTime",
        "SslVpnClientCertId",
        "SslVpnServerId",
        "Name",
        "RegionId",
        "ResourceGroupId",
    ] {
        assert!(!item[field].is_null(), "{field} in {}", list.text);
    }
    assert!(item["ClientKey"].is_null(), "the list carries no secrets");
    assert_eq!(
        (
            &list.body["PageNumber"],
            &list.body["PageSize"],
            &list.body["TotalCount"]
        ),
        (
            &serde_json::json!(1),
            &serde_json::json!(10),
            &serde_json::json!(1)
        )
    );

    let servers = v3(&url, &Req::new("DescribeSslVpnServers")).ok();
    let s = &servers.body["SslVpnServers"]["SslVpnServer"][0];
    for field in [
        "SslVpnServerId",
        "VpnGatewayId",
        "RegionId",
        "Name",
        "InternetIp",
        "ClientIpPool",
        "LocalSubnet",
        "Proto",
        "Port",
        "Cipher",
        "Compress",
        "Connections",
        "MaxConnections",
        "CreateTime",
        "EnableMultiFactorAuth",
        "IDaaSInstanceId",
        "IDaaSRegionId",
        "IDaaSApplicationId",
        "ResourceGroupId",
    ] {
        assert!(!s[field].is_null(), "{field} in {}", servers.text);
    }
    // Only a server bound to an EIAM 2.0 instance has a version.
    assert!(s["IDaaSInstanceVersion"].is_null(), "{}", servers.text);

    let modified = v1(
        &url,
        &Req::new("ModifySslVpnClientCert")
            .param("SslVpnClientCertId", &id)
            .param("Name", "renamed"),
    )
    .ok();
    assert_eq!(modified.body["Name"], "renamed");
    assert_eq!(modified.body["SslVpnClientCertId"], id.as_str());
    let deleted = v1(
        &url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &id),
    )
    .ok();
    assert!(deleted.body["RequestId"].is_string());
}

#[test]
fn a_client_token_returns_the_same_result_per_key_and_action() {
    let emu = Emulator::builder()
        .access_key(ID, SECRET, Role::Owner)
        .access_key("second", "key2", Role::Owner)
        .start()
        .unwrap();
    let url = emu.url();
    let first = v1(&url, &create_req("tok").param("ClientToken", "t-1")).ok();
    let again = v3(&url, &create_req("tok").param("ClientToken", "t-1")).ok();
    assert_eq!(
        first.body["SslVpnClientCertId"],
        again.body["SslVpnClientCertId"]
    );
    assert_ne!(first.body["RequestId"], again.body["RequestId"]);
    assert_eq!(emu.state()["creates"], 1);
    // Another access key with the same token is another request.
    let other = v1(
        &url,
        &create_req("tok")
            .param("ClientToken", "t-1")
            .key("second", "key2"),
    )
    .ok();
    assert_ne!(
        first.body["SslVpnClientCertId"],
        other.body["SslVpnClientCertId"]
    );
    // Without a token every create is new.
    create(&url, "a");
    create(&url, "a");
    assert_eq!(emu.state()["creates"], 4);
    // The core client: the same token twice is the same certificate.
    let c = client(&url, V1);
    let req = vpncert::CreateSslVpnClientCert::new(SERVER)
        .name("core")
        .client_token("core-1");
    let a = c.create_ssl_vpn_client_cert(&req).unwrap();
    let b = c.create_ssl_vpn_client_cert(&req).unwrap();
    assert_eq!(a.ssl_vpn_client_cert_id, b.ssl_vpn_client_cert_id);
    assert_eq!(emu.state()["creates"], 5);
    // A bad token is refused.
    v1(&url, &create_req("x").param("ClientToken", &"t".repeat(65)))
        .expect_error(400, "InvalidParameter");
}

#[test]
fn lists_are_paged() {
    let emu = Emulator::builder().quota(100).start().unwrap();
    let url = emu.url();
    let ids: Vec<String> = (0..23).map(|i| create(&url, &format!("c{i:02}"))).collect();
    let page = |n: &str, size: Option<&str>| {
        let mut r = Req::new("DescribeSslVpnClientCerts").param("PageNumber", n);
        if let Some(s) = size {
            r = r.param("PageSize", s);
        }
        v1(&url, &r).ok().body
    };
    let mut seen = Vec::new();
    for (n, expect) in [("1", 10), ("2", 10), ("3", 3), ("4", 0)] {
        let b = page(n, None);
        assert_eq!(b["TotalCount"], 23);
        assert_eq!(b["PageSize"], 10);
        assert_eq!(b["PageNumber"].to_string(), n);
        let items = b["SslVpnClientCertKeys"]["SslVpnClientCertKey"]
            .as_array()
            .unwrap();
        assert_eq!(items.len(), expect, "page {n}");
        seen.extend(
            items
                .iter()
                .map(|i| i["SslVpnClientCertId"].as_str().unwrap().to_owned()),
        );
    }
    assert_eq!(
        seen, ids,
        "pages cover every certificate once, in creation order"
    );
    let b = page("1", Some("50"));
    assert_eq!(
        b["SslVpnClientCertKeys"]["SslVpnClientCertKey"]
            .as_array()
            .unwrap()
            .len(),
        23
    );
    for bad in ["0", "51", "ten"] {
        v1(
            &url,
            &Req::new("DescribeSslVpnClientCerts").param("PageSize", bad),
        )
        .expect_error(400, "InvalidParameter");
    }
    // Filters.
    let b = v1(
        &url,
        &Req::new("DescribeSslVpnClientCerts").param("SslVpnClientCertId", &ids[5]),
    )
    .ok()
    .body;
    assert_eq!(b["TotalCount"], 1);
    let b = v1(
        &url,
        &Req::new("DescribeSslVpnClientCerts").param("SslVpnServerId", "vss-other"),
    )
    .ok()
    .body;
    assert_eq!(b["TotalCount"], 0);
    // The core client walks every page.
    let c = client(&url, V3);
    let all: Vec<_> = c
        .ssl_vpn_client_certs(&vpncert::DescribeSslVpnClientCerts::new())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(all.len(), 23);
}

#[test]
fn servers_are_paged_and_filtered_per_region() {
    let mut b = Emulator::builder();
    for i in 0..12 {
        b = b.server("cn-shanghai", format!("vss-sh{i:02}"), ServerState::Ready);
    }
    let emu = b
        .server("cn-hangzhou", SERVER, ServerState::Ready)
        .start()
        .unwrap();
    let url = emu.url();
    let sh = |r: Req| v1(&url, &r.param("RegionId", "cn-shanghai")).ok().body;
    let p1 = sh(Req::new("DescribeSslVpnServers"));
    assert_eq!(p1["TotalCount"], 12);
    assert_eq!(
        p1["SslVpnServers"]["SslVpnServer"]
            .as_array()
            .unwrap()
            .len(),
        10
    );
    let p2 = sh(Req::new("DescribeSslVpnServers").param("PageNumber", "2"));
    assert_eq!(
        p2["SslVpnServers"]["SslVpnServer"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let one = sh(Req::new("DescribeSslVpnServers").param("VpnGatewayId", "vpn-sh03"));
    assert_eq!(
        one["SslVpnServers"]["SslVpnServer"][0]["SslVpnServerId"],
        "vss-sh03"
    );
    let hz = v1(&url, &Req::new("DescribeSslVpnServers")).ok().body;
    assert_eq!(hz["TotalCount"], 1);
    // A known region without servers is an empty list, an unknown one an error.
    let bj = v1(
        &url,
        &Req::new("DescribeSslVpnServers").param("RegionId", "cn-beijing"),
    )
    .ok()
    .body;
    assert_eq!(bj["TotalCount"], 0);
}

#[test]
fn dns_servers_appear_only_where_configured() {
    // The official SDKs' models (Go, Python, TypeScript) type DnsServers as a string.
    let emu = Emulator::builder()
        .server("cn-hangzhou", SERVER, ServerState::Ready)
        .server("cn-hangzhou", "vss-nodns", ServerState::Ready)
        .server("cn-hangzhou", "vss-v6", ServerState::Ready)
        .dns_servers(SERVER, "10.0.0.2, 10.0.0.3")
        .dns_servers("vss-v6", "2001:db8::53")
        .start()
        .unwrap();
    let url = emu.url();
    let item = |id: &str| {
        let body = v3(
            &url,
            &Req::new("DescribeSslVpnServers").param("SslVpnServerId", id),
        )
        .ok()
        .body;
        assert_eq!(body["TotalCount"], 1, "{body}");
        body["SslVpnServers"]["SslVpnServer"][0].clone()
    };
    assert_eq!(
        item(SERVER)["DnsServers"],
        serde_json::json!("10.0.0.2,10.0.0.3")
    );
    assert_eq!(
        item("vss-v6")["DnsServers"],
        serde_json::json!("2001:db8::53")
    );
    let none = item("vss-nodns");
    assert!(none.get("DnsServers").is_none(), "{none}");
    assert_eq!(
        emu.state()["servers"][0]["dns_servers"],
        "10.0.0.2,10.0.0.3"
    );
    assert!(emu.state()["servers"][1]["dns_servers"].is_null());

    // The core client reads the field (and an absent one as empty).
    let servers = client(&url, V1)
        .describe_ssl_vpn_servers(&vpncert::DescribeSslVpnServers::new())
        .unwrap();
    let dns: Vec<(&str, Vec<&str>)> = servers
        .items
        .iter()
        .map(|s| {
            let ips = s.dns_servers.iter().map(String::as_str).collect();
            (s.ssl_vpn_server_id.as_str(), ips)
        })
        .collect();
    assert_eq!(
        dns,
        [
            (SERVER, vec!["10.0.0.2", "10.0.0.3"]),
            ("vss-nodns", vec![]),
            ("vss-v6", vec!["2001:db8::53"])
        ]
    );

    // The default server has none.
    let plain = Emulator::start_default().unwrap();
    let body = v1(&plain.url(), &Req::new("DescribeSslVpnServers"))
        .ok()
        .body;
    assert!(body["SslVpnServers"]["SslVpnServer"][0]
        .get("DnsServers")
        .is_none());
}

#[test]
fn dns_servers_for_an_unknown_server_or_a_non_address_are_refused() {
    for b in [
        Emulator::builder().dns_servers("vss-nowhere", "10.0.0.2"),
        Emulator::builder().dns_servers(SERVER, "10.0.0.2,"),
        Emulator::builder().dns_servers(SERVER, "dns.example"),
    ] {
        let e = b.start().unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput, "{e}");
    }
}

#[test]
fn quota_server_quota_and_create_limit() {
    let emu = Emulator::builder().quota(2).start().unwrap();
    let url = emu.url();
    create(&url, "a");
    let b = create(&url, "b");
    v1(&url, &create_req("c")).expect_error(400, "Resource.QuotaFull");
    // Deleting frees quota.
    v1(
        &url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &b),
    )
    .ok();

    let emu = Emulator::builder()
        .server_quota(1)
        .server(REGION, SERVER, ServerState::Ready)
        .server(REGION, "vss-second", ServerState::Ready)
        .start()
        .unwrap();
    let url = emu.url();
    create(&url, "a");
    v3(&url, &create_req("b")).expect_error(400, "CreateSslCertsQuotaFull.QuotaFull");
    v1(&url, &create_req("b").param("SslVpnServerId", "vss-second")).ok();

    let emu = Emulator::builder()
        .create_limit(2)
        .delete_settle(Duration::ZERO)
        .start()
        .unwrap();
    let url = emu.url();
    let a = create(&url, "a");
    v1(
        &url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &a),
    )
    .ok();
    create(&url, "b");
    // Deleted certificates still count against the creation limit.
    v1(&url, &create_req("c")).expect_error(400, "SslVpnClientCreateTimes.ReachLimits");
}

#[test]
fn gateway_states() {
    let emu = Emulator::builder()
        .server(REGION, SERVER, ServerState::Configuring(2))
        .server(REGION, "vss-locked", ServerState::Locked)
        // Long enough that a loaded machine still sees the gateway configuring.
        .delete_settle(Duration::from_millis(1500))
        .start()
        .unwrap();
    let url = emu.url();
    assert_eq!(emu.state()["servers"][0]["state"], "configuring");
    v1(&url, &create_req("a")).expect_error(400, "VpnGateway.Configuring");
    v3(&url, &create_req("a")).expect_error(400, "VpnGateway.Configuring");
    let id = create(&url, "a");
    v1(&url, &create_req("x").param("SslVpnServerId", "vss-locked"))
        .expect_error(400, "VpnGateway.FinancialLocked");

    // Delete is asynchronous: the gateway configures for a while.
    v1(
        &url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &id),
    )
    .ok();
    assert_eq!(emu.state()["servers"][0]["state"], "configuring");
    v1(&url, &create_req("b")).expect_error(400, "VpnGateway.Configuring");
    std::thread::sleep(Duration::from_millis(1600));
    assert_eq!(emu.state()["servers"][0]["state"], "ready");
    let id = create(&url, "b");

    // The core client retries VpnGateway.Configuring until it clears.
    assert!(emu.set_server_state(SERVER, ServerState::Configuring(2)));
    let c = vpncert::Client::builder()
        .region_id(REGION)
        .credentials(vpncert::Credentials::access_key(ID, SECRET))
        .endpoint(emu.url())
        .max_retries(5)
        .build()
        .unwrap();
    c.create_ssl_vpn_client_cert(&vpncert::CreateSslVpnClientCert::new(SERVER))
        .expect("retried past Configuring");
    assert!(emu.set_server_state(SERVER, ServerState::Configuring(1)));
    v1(
        &url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &id),
    )
    .expect_error(400, "VpnGateway.Configuring");
    assert!(emu.set_server_state("vss-locked", ServerState::Ready));
    v1(&url, &create_req("x").param("SslVpnServerId", "vss-locked")).ok();
    assert!(!emu.set_server_state("vss-nope", ServerState::Ready));
}

#[test]
fn roles() {
    let emu = Emulator::builder()
        .access_key("sub", "s", Role::SubUser)
        .access_key("none", "n", Role::NoPerm)
        .start()
        .unwrap();
    let url = emu.url();
    for action in [
        "CreateSslVpnClientCert",
        "DescribeSslVpnClientCert",
        "DescribeSslVpnClientCerts",
        "ModifySslVpnClientCert",
        "DeleteSslVpnClientCert",
        "DescribeSslVpnServers",
    ] {
        let r = Req::new(action)
            .param("SslVpnServerId", SERVER)
            .param("SslVpnClientCertId", "vsc-x");
        v1(&url, &r.clone().key("sub", "s")).expect_error(403, "Forbbiden.SubUser");
        v3(&url, &r.key("none", "n")).expect_error(403, "Forbidden");
    }
}

#[test]
fn not_found_and_invalid_input() {
    let emu = Emulator::start_default().unwrap();
    let url = emu.url();
    v1(&url, &create_req("a").param("SslVpnServerId", "vss-nope"))
        .expect_error(404, "InvalidSslVpnServerId.NotFound");
    // A server of another region is not found in this one.
    v1(&url, &create_req("a").param("RegionId", "cn-beijing"))
        .expect_error(404, "InvalidSslVpnServerId.NotFound");
    for action in [
        "CreateSslVpnClientCert",
        "DescribeSslVpnClientCert",
        "DescribeSslVpnClientCerts",
        "ModifySslVpnClientCert",
        "DeleteSslVpnClientCert",
        "DescribeSslVpnServers",
    ] {
        let r = Req::new(action)
            .param("RegionId", "xx-nowhere-1")
            .param("SslVpnServerId", SERVER)
            .param("SslVpnClientCertId", "vsc-x");
        v1(&url, &r).expect_error(404, "InvalidRegionId.NotFound");
    }
    let one = |action: &str| Req::new(action).param("SslVpnClientCertId", "vsc-nope");
    v1(&url, &one("DescribeSslVpnClientCert")).expect_error(400, "InvalidInstanceId.NotFound");
    v1(&url, &one("ModifySslVpnClientCert").param("Name", "n"))
        .expect_error(404, "InvalidSslVpnClientCertId.NotFound");
    v3(&url, &one("DeleteSslVpnClientCert"))
        .expect_error(404, "InvalidSslVpnClientCertId.NotFound");
    // The core client maps both not-found forms to one kind.
    let c = client(&url, V1);
    let e = c.describe_ssl_vpn_client_cert("vsc-nope").unwrap_err();
    assert_eq!(e.api_kind(), Some(vpncert::ErrorKind::CertNotFound));
    let gone = c
        .delete_ssl_vpn_client_cert(&vpncert::DeleteSslVpnClientCert::new("vsc-nope"))
        .unwrap();
    assert!(gone.was_already_deleted());

    for bad in ["", "https://evil", "http://x", &"n".repeat(101)] {
        v1(&url, &create_req(bad)).expect_error(400, "InvalidName");
    }
    let id = create(&url, &"证".repeat(100));
    v1(
        &url,
        &Req::new("ModifySslVpnClientCert")
            .param("SslVpnClientCertId", &id)
            .param("Name", "http://x"),
    )
    .expect_error(400, "InvalidName");
    v1(&url, &Req::new("CreateSslVpnClientCert")).expect_error(400, "MissingSslVpnServerId");
    v1(&url, &Req::new("DescribeSslVpnClientCert")).expect_error(400, "MissingSslVpnClientCertId");
    v3(&url, &Req::new("DeleteSslVpnClientCert")).expect_error(400, "MissingSslVpnClientCertId");
}

#[test]
fn statuses_follow_the_end_time() {
    let soon = Emulator::builder()
        .cert_validity(Duration::from_secs(3 * 86_400))
        .start()
        .unwrap();
    let id = create(&soon.url(), "soon");
    let r = v1(
        &soon.url(),
        &Req::new("DescribeSslVpnClientCert").param("SslVpnClientCertId", &id),
    )
    .ok();
    assert_eq!(r.body["Status"], "expiring-soon");
    let gone = Emulator::builder()
        .cert_validity(Duration::from_secs(1))
        .start()
        .unwrap();
    create(&gone.url(), "short");
    std::thread::sleep(Duration::from_millis(2100));
    let r = v1(&gone.url(), &Req::new("DescribeSslVpnClientCerts")).ok();
    assert_eq!(
        r.body["SslVpnClientCertKeys"]["SslVpnClientCertKey"][0]["Status"],
        "expired"
    );
    assert_eq!(gone.state()["certificates"][0]["status"], "expired");
}

/// One line per documented code: how to provoke it, what status it comes with. Complements
/// the focused tests above with a single list to check the reference against.
#[test]
fn every_documented_error_code_is_reproducible() {
    let emu = Emulator::builder()
        .access_key(ID, SECRET, Role::Owner)
        .access_key("sub", "s", Role::SubUser)
        .access_key("none", "n", Role::NoPerm)
        .access_key("off", "o", Role::Inactive)
        .sts_credentials("STS.a", "as", "tok-a")
        .sts_credentials("STS.b", "bs", "tok-b")
        .sts_credentials_until("STS.old", "os", "tok-old", std::time::SystemTime::now())
        .server(REGION, SERVER, ServerState::Ready)
        .server(REGION, "vss-busy", ServerState::Configuring(100))
        .server(REGION, "vss-locked", ServerState::Locked)
        .server(REGION, "vss-full", ServerState::Ready)
        .server_quota(2)
        .quota(4)
        .create_limit(5)
        .start()
        .unwrap();
    let url = emu.url();
    let on = |server: &str| create_req("x").param("SslVpnServerId", server);
    v1(&url, &on("vss-full")).ok();
    v1(&url, &on("vss-full")).ok();
    let id = create(&url, "kept");
    let cases: Vec<(&str, u16, Req)> = vec![
        ("VpnGateway.Configuring", 400, on("vss-busy")),
        ("VpnGateway.FinancialLocked", 400, on("vss-locked")),
        ("InvalidName", 400, create_req("https://x")),
        ("CreateSslCertsQuotaFull.QuotaFull", 400, on("vss-full")),
        ("Forbbiden.SubUser", 403, on(SERVER).key("sub", "s")),
        ("Forbidden", 403, on(SERVER).key("none", "n")),
        ("InvalidSslVpnServerId.NotFound", 404, on("vss-none")),
        (
            "InvalidRegionId.NotFound",
            404,
            on(SERVER).param("RegionId", "xx-none"),
        ),
        (
            "InvalidInstanceId.NotFound",
            400,
            Req::new("DescribeSslVpnClientCert").param("SslVpnClientCertId", "vsc-0"),
        ),
        (
            "InvalidSslVpnClientCertId.NotFound",
            404,
            Req::new("ModifySslVpnClientCert").param("SslVpnClientCertId", "vsc-0"),
        ),
        ("SignatureDoesNotMatch", 400, on(SERVER).key(ID, "bad")),
        ("IncompleteSignature", 400, on(SERVER).omit("Signature")),
        (
            "InvalidAccessKeyId.NotFound",
            404,
            on(SERVER).key("who", "x"),
        ),
        (
            "InvalidAccessKeyId.Inactive",
            400,
            on(SERVER).key("off", "o"),
        ),
        (
            "InvalidSecurityToken.Expired",
            400,
            on(SERVER).key("STS.old", "os").token("tok-old"),
        ),
        (
            "InvalidSecurityToken.Malformed",
            400,
            on(SERVER).key("STS.a", "as"),
        ),
        (
            "InvalidSecurityToken.MismatchWithAccessKey",
            400,
            on(SERVER).key("STS.a", "as").token("tok-b"),
        ),
        ("InvalidTimeStamp.Expired", 400, on(SERVER).shifted(-3600)),
        (
            "InvalidTimeStamp.Format",
            400,
            on(SERVER).set("Timestamp", "yesterday"),
        ),
        ("MissingParameter", 400, on(SERVER).omit("SignatureNonce")),
        (
            "MissingSslVpnServerId",
            400,
            create_req("x").without("SslVpnServerId"),
        ),
        ("InvalidAction.NotFound", 404, Req::new("CreateVpnGateway")),
        (
            "InvalidVersion",
            400,
            on(SERVER).set("Version", "2016-04-29"),
        ),
    ];
    for (code, status, req) in cases {
        v1(&url, &req).expect_error(status, code);
    }
    v1(&url, &on(SERVER)).ok();
    v1(&url, &on(SERVER)).expect_error(400, "Resource.QuotaFull");
    v1(
        &url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &id),
    )
    .ok();
    std::thread::sleep(Duration::from_millis(400));
    v1(&url, &on(SERVER)).ok();
    v1(&url, &on(SERVER)).expect_error(400, "SslVpnClientCreateTimes.ReachLimits");
    let used = on(SERVER).nonce("once");
    let _ = v1(&url, &used);
    v1(&url, &used).expect_error(400, "SignatureNonceUsed");

    let faulty = Emulator::builder()
        .fault(vpncert_emulator::FaultKind::ServiceUnavailable, 1.0)
        .start()
        .unwrap();
    v1(&faulty.url(), &on(SERVER)).expect_error(503, "ServiceUnavailable");
    let throttled = Emulator::builder()
        .fault(vpncert_emulator::FaultKind::Throttling, 1.0)
        .start()
        .unwrap();
    v3(&throttled.url(), &on(SERVER)).expect_error(400, "Throttling");
}
