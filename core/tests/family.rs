//! The rest of the SSL-VPN family end to end against the emulator (issue 14): gateways and their
//! lazy walk, who is connected, the SSL-VPN server's create/modify/delete (dry runs, ClientToken,
//! local checks that send nothing), the gateway wait (settle windows, `FinancialLocked`), a
//! revocation's wait, the server logs and their walk, per-request `RegionId`, the `network`
//! setting and a rename without a name.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use serde_json::Value;
use vpncert::{
    Client, CreateSslVpnClientCert, CreateSslVpnServer, Credentials, DeleteSslVpnClientCert,
    DeleteSslVpnServer, DescribeSslVpnClientCerts, DescribeSslVpnClients, DescribeSslVpnServers,
    DescribeVpnGateway, DescribeVpnGateways, DescribeVpnSslServerLogs, Environment, Error,
    ErrorKind, IssueClientCert, ModifySslVpnClientCert, ModifySslVpnServer, RetryPolicy,
    WaitForGateway,
};
use vpncert_emulator::{Emulator, EmulatorBuilder, FaultKind, ServerState};

const SERVER: &str = "vss-emulator0001";
const GATEWAY: &str = "vpn-emulator0001";
/// A gateway without an SSL-VPN server yet.
const BARE: &str = "vpn-bare0001";

fn fast(max_retries: u32) -> RetryPolicy {
    RetryPolicy {
        max_retries,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(50),
        deadline: Duration::from_secs(30),
        ..RetryPolicy::default()
    }
}

fn client_in(emu: &Emulator, region: &str) -> Client {
    Client::builder()
        .region_id(region)
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(emu.url())
        .retry_policy(fast(3))
        .build()
        .unwrap()
}

fn client(emu: &Emulator) -> Client {
    client_in(emu, "cn-hangzhou")
}

/// The default server, a bare gateway and short settle windows.
fn emulator() -> EmulatorBuilder {
    Emulator::builder()
        .server("cn-hangzhou", SERVER, ServerState::Ready)
        .gateway("cn-hangzhou", BARE, ServerState::Ready)
        .settle(Duration::from_millis(60))
}

/// API requests the emulator has seen.
fn requests(emu: &Emulator) -> u64 {
    emu.state()["requests"].as_u64().unwrap()
}

fn gateway_state(emu: &Emulator, id: &str) -> Value {
    emu.state()["gateways"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["vpn_gateway_id"] == id)
        .cloned()
        .unwrap_or_else(|| panic!("no gateway {id}"))
}

fn server_state(emu: &Emulator, id: &str) -> Option<Value> {
    emu.state()["servers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["ssl_vpn_server_id"] == id)
        .cloned()
}

fn servers_on(emu: &Emulator, gateway: &str) -> usize {
    emu.state()["servers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["vpn_gateway_id"] == gateway)
        .count()
}

#[track_caller]
fn parameter_of<T: std::fmt::Debug>(r: Result<T, Error>) -> String {
    match r {
        Err(Error::InvalidInput { parameter, .. }) => parameter,
        other => panic!("expected a local validation error, got {other:?}"),
    }
}

#[track_caller]
fn kind_of<T: std::fmt::Debug>(r: Result<T, Error>) -> ErrorKind {
    match r {
        Err(Error::Api(e)) => e.kind,
        other => panic!("expected an API error, got {other:?}"),
    }
}

fn status_of(c: &Client, gateway: &str) -> String {
    c.describe_vpn_gateway(&DescribeVpnGateway::new(gateway))
        .unwrap()
        .status
}

fn new_cert(c: &Client, name: &str) -> String {
    c.create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER).name(name))
        .unwrap()
        .ssl_vpn_client_cert_id
}

// --- gateways -----------------------------------------------------------------------------

#[test]
fn describe_vpn_gateway_reads_the_gateway_of_a_server_and_a_bare_one() {
    let emu = emulator().ssl_max_connections(BARE, 50).start().unwrap();
    let c = client(&emu);

    let g = c
        .describe_vpn_gateway(&DescribeVpnGateway::new(GATEWAY))
        .unwrap();
    assert_eq!(g.vpn_gateway_id, GATEWAY);
    assert_eq!(g.status, "active");
    assert_eq!(g.business_status, "Normal");
    assert_eq!(g.ssl_vpn, "enable");
    assert_eq!(g.ssl_max_connections, 5, "the emulator's default");
    assert!(!g.request_id.is_empty());
    let server = c
        .ssl_vpn_servers(&DescribeSslVpnServers::new().ssl_vpn_server_id(SERVER))
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(server.vpn_gateway_id, GATEWAY);
    assert!(!g.ssl_vpn_internet_ip.is_empty());
    assert_eq!(g.ssl_vpn_internet_ip, server.internet_ip);

    let bare = c
        .describe_vpn_gateway(&DescribeVpnGateway::new(BARE))
        .unwrap();
    assert_eq!(bare.vpn_gateway_id, BARE);
    assert_eq!(bare.ssl_vpn, "disable", "no SSL-VPN server on it yet");
    assert_eq!(bare.ssl_max_connections, 50);

    assert_eq!(
        kind_of(c.describe_vpn_gateway(&DescribeVpnGateway::new("vpn-missing"))),
        ErrorKind::GatewayNotFound
    );
    // The gateway id is checked before anything is sent.
    let before = requests(&emu);
    assert_eq!(
        parameter_of(c.describe_vpn_gateway(&DescribeVpnGateway::new(""))),
        "VpnGatewayId"
    );
    assert_eq!(requests(&emu), before);
}

#[test]
fn vpn_gateways_walks_every_page_lazily() {
    let mut b = emulator();
    for i in 0..60 {
        b = b.gateway("cn-hangzhou", format!("vpn-many{i:04}"), ServerState::Ready);
    }
    // Another region's gateway is not listed.
    let emu = b
        .gateway("cn-shanghai", "vpn-elsewhere01", ServerState::Ready)
        .start()
        .unwrap();
    let c = client(&emu);

    // One page: TotalCount counts them all.
    let page = c
        .describe_vpn_gateways(&DescribeVpnGateways::new().page_size(10).page_number(7))
        .unwrap();
    assert_eq!(page.total_count, 62, "60 + the bare one + the server's");
    assert_eq!(page.items.len(), 2);

    // The walk sends nothing until asked, then one request per page of 50.
    let before = requests(&emu);
    let mut walk = c.vpn_gateways(&DescribeVpnGateways::new());
    assert_eq!(requests(&emu), before, "made lazily");
    let first = walk.next().unwrap().unwrap();
    assert_eq!(requests(&emu), before + 1);
    let mut ids = vec![first.vpn_gateway_id];
    for _ in 1..50 {
        ids.push(walk.next().unwrap().unwrap().vpn_gateway_id);
    }
    assert_eq!(requests(&emu), before + 1, "the first page holds 50");
    for g in walk {
        ids.push(g.unwrap().vpn_gateway_id);
    }
    assert_eq!(requests(&emu), before + 2, "the second page ends the walk");
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(ids.len(), 62);
    assert_eq!(unique.len(), 62, "no gateway twice");
    assert!(unique.contains(&GATEWAY.to_owned()) && unique.contains(&BARE.to_owned()));
    assert!(!unique.contains(&"vpn-elsewhere01".to_owned()));

    // Filters reach the service.
    let only: Vec<String> = c
        .vpn_gateways(&DescribeVpnGateways::new().vpn_gateway_id("vpn-many0007"))
        .map(|g| g.unwrap().vpn_gateway_id)
        .collect();
    assert_eq!(only, ["vpn-many0007"]);
}

// --- who is connected ---------------------------------------------------------------------

#[test]
fn ssl_vpn_clients_lists_every_connection_even_two_of_one_certificate() {
    let emu = emulator().ssl_max_connections(SERVER, 100).start().unwrap();
    let c = client(&emu);
    let alice = new_cert(&c, "alice");
    let bob = new_cert(&c, "bob");

    let none = c
        .describe_ssl_vpn_clients(&DescribeSslVpnClients::new(GATEWAY))
        .unwrap();
    assert_eq!((none.total_count, none.items.len()), (0, 0));

    // Alice on her laptop and her phone, Bob once.
    let laptop = emu.connect(&alice, Some("198.51.100.7")).unwrap();
    emu.connect(&alice, Some("198.51.100.8")).unwrap();
    emu.connect(&bob, None).unwrap();
    let page = c
        .describe_ssl_vpn_clients(&DescribeSslVpnClients::new(GATEWAY))
        .unwrap();
    assert_eq!(page.total_count, 3);
    assert_eq!(page.items.len(), 3);
    let first = page
        .items
        .iter()
        .find(|i| i.ip == "198.51.100.7")
        .expect("the laptop");
    assert_eq!(first.common_name, laptop["common_name"].as_str().unwrap());
    assert_eq!(first.private_ip, laptop["private_ip"].as_str().unwrap());
    assert_eq!(first.port, laptop["port"].to_string());
    assert_eq!(first.status, "online");

    // The walk lists each connection: Alice's two have one common name.
    let walked: Vec<_> = c
        .ssl_vpn_clients(&DescribeSslVpnClients::new(GATEWAY))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(walked.len(), 3, "{walked:?}");
    let ips: BTreeSet<&str> = walked.iter().map(|w| w.ip.as_str()).collect();
    assert!(ips.contains("198.51.100.7") && ips.contains("198.51.100.8"));

    // Over several pages.
    for i in 0..52 {
        emu.connect(&bob, Some(&format!("203.0.113.{}", i + 1)))
            .unwrap();
    }
    let before = requests(&emu);
    let walked: Vec<_> = c
        .ssl_vpn_clients(&DescribeSslVpnClients::new(GATEWAY))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(walked.len(), 55);
    assert_eq!(requests(&emu), before + 2, "two pages of 50");
    let private: BTreeSet<&str> = walked.iter().map(|w| w.private_ip.as_str()).collect();
    assert_eq!(private.len(), 55, "each connection once");
    assert_eq!(
        c.ssl_vpn_servers(&DescribeSslVpnServers::new().ssl_vpn_server_id(SERVER))
            .next()
            .unwrap()
            .unwrap()
            .connections,
        55
    );

    // Revoking any certificate of the server disconnects everyone on it.
    let carol = new_cert(&c, "carol");
    c.delete_ssl_vpn_client_cert(&DeleteSslVpnClientCert::new(&carol))
        .unwrap();
    assert_eq!(
        c.ssl_vpn_clients(&DescribeSslVpnClients::new(GATEWAY))
            .count(),
        0
    );

    // A gateway without a server has nobody; a missing one is its own error.
    assert_eq!(
        c.ssl_vpn_clients(&DescribeSslVpnClients::new(BARE)).count(),
        0
    );
    assert_eq!(
        kind_of(c.describe_ssl_vpn_clients(&DescribeSslVpnClients::new("vpn-missing"))),
        ErrorKind::GatewayNotFound
    );
}

// --- the SSL-VPN server --------------------------------------------------------------------

fn create_on_bare() -> CreateSslVpnServer {
    CreateSslVpnServer::new(BARE, ["10.10.0.0/16"], "192.168.50.0/24")
}

#[test]
fn dry_runs_pass_and_change_nothing() {
    let emu = emulator().start().unwrap();
    let c = client(&emu);
    let before = emu.state()["servers"].clone();

    let dry = c
        .create_ssl_vpn_server(&create_on_bare().name("office").dry_run(true))
        .unwrap();
    assert!(dry.dry_run);
    assert!(dry.ssl_vpn_server_id.is_empty(), "{dry:?}");
    assert!(!dry.request_id.is_empty());
    assert_eq!(emu.state()["servers"], before, "nothing was created");
    assert!(gateway_state(&emu, BARE)["ssl_vpn_server_id"].is_null());
    assert_eq!(
        status_of(&c, BARE),
        "active",
        "a dry run does not reconfigure"
    );

    let dry = c
        .modify_ssl_vpn_server(
            &ModifySslVpnServer::new(SERVER)
                .port(1195)
                .cipher("AES-256-CBC")
                .dry_run(true),
        )
        .unwrap();
    assert!(dry.dry_run);
    assert_eq!(dry.ssl_vpn_server_id, SERVER);
    assert!(!dry.request_id.is_empty());
    assert_eq!(emu.state()["servers"], before, "nothing was changed");
    assert_eq!(status_of(&c, GATEWAY), "active");

    // A dry run the service refuses is an error as usual.
    emu.set_gateway_state(BARE, ServerState::Locked);
    assert_eq!(
        kind_of(c.create_ssl_vpn_server(&create_on_bare().dry_run(true))),
        ErrorKind::FinancialLocked
    );
    // Without dry_run nothing is read as a dry run.
    emu.set_gateway_state(BARE, ServerState::Ready);
    let real = c.create_ssl_vpn_server(&create_on_bare()).unwrap();
    assert!(!real.dry_run);
    assert!(real.ssl_vpn_server_id.starts_with("vss-"), "{real:?}");
}

#[test]
fn create_modify_delete_with_wait_return_once_the_gateway_is_active() {
    let settle = Duration::from_millis(80);
    let emu = emulator().settle(settle).start().unwrap();
    let c = client(&emu);

    let started = Instant::now();
    let created = c
        .create_ssl_vpn_server(
            &CreateSslVpnServer::new(BARE, ["10.10.0.0/16", "10.20.0.0/16"], "192.168.50.0/24")
                .name("office")
                .port(1195)
                .proto("UDP")
                .cipher("AES-256-CBC")
                .dns_servers(["10.10.0.2"])
                .wait(Duration::from_secs(10)),
        )
        .unwrap();
    assert!(
        started.elapsed() >= settle,
        "returned before the settle window"
    );
    assert!(!created.dry_run);
    assert_eq!(created.name, "office");
    let id = created.ssl_vpn_server_id.clone();
    assert!(id.starts_with("vss-"));
    assert_eq!(status_of(&c, BARE), "active");
    let s = c
        .ssl_vpn_servers(&DescribeSslVpnServers::new().ssl_vpn_server_id(&id))
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(s.vpn_gateway_id, BARE);
    assert_eq!(s.local_subnet, ["10.10.0.0/16", "10.20.0.0/16"]);
    assert_eq!(s.client_ip_pool, "192.168.50.0/24");
    assert_eq!((s.port, s.proto.as_str()), (1195, "UDP"));
    assert_eq!(s.cipher, "AES-256-CBC");
    assert_eq!(s.dns_servers, ["10.10.0.2"]);

    let started = Instant::now();
    let modified = c
        .modify_ssl_vpn_server(
            &ModifySslVpnServer::new(&id)
                .port(1196)
                .local_subnet(["10.30.0.0/16"])
                .wait(Duration::from_secs(10)),
        )
        .unwrap();
    assert!(started.elapsed() >= settle);
    assert!(!modified.dry_run);
    assert_eq!(modified.ssl_vpn_server_id, id);
    assert_eq!(modified.port, 1196);
    assert_eq!(modified.local_subnet, ["10.30.0.0/16"]);
    assert_eq!(modified.vpn_gateway_id, BARE);
    assert_eq!(status_of(&c, BARE), "active");

    // Without wait the call returns while the gateway still applies the change.
    c.modify_ssl_vpn_server(&ModifySslVpnServer::new(&id).port(1197))
        .unwrap();
    assert_eq!(status_of(&c, BARE), "updating");

    // The delete waits out the previous change's window, then its own.
    let deleted = c
        .delete_ssl_vpn_server(&DeleteSslVpnServer::new(&id).wait(Duration::from_secs(10)))
        .unwrap();
    assert!(!deleted.request_id.is_empty());
    assert!(server_state(&emu, &id).is_none());
    assert_eq!(status_of(&c, BARE), "active");
    assert_eq!(
        kind_of(c.delete_ssl_vpn_server(&DeleteSslVpnServer::new(&id))),
        ErrorKind::SslVpnServerNotFound
    );
}

#[test]
fn one_client_token_makes_one_server_change() {
    let emu = emulator().start().unwrap();
    let c = client(&emu);

    let first = c
        .create_ssl_vpn_server(&create_on_bare().client_token("office-1"))
        .unwrap();
    // The gateway is still applying the first: the repeat is answered from the token.
    let again = c
        .create_ssl_vpn_server(&create_on_bare().client_token("office-1"))
        .unwrap();
    assert_eq!(again.ssl_vpn_server_id, first.ssl_vpn_server_id);
    assert_eq!(servers_on(&emu, BARE), 1);
    // Another token is another create, which the gateway refuses: it has its server.
    c.wait_for_gateway(&WaitForGateway::new(BARE)).unwrap();
    assert!(c
        .create_ssl_vpn_server(&create_on_bare().client_token("office-2"))
        .is_err());
    assert_eq!(servers_on(&emu, BARE), 1);

    let id = first.ssl_vpn_server_id;
    let modify = ModifySslVpnServer::new(&id)
        .port(1200)
        .client_token("office-port-1");
    c.modify_ssl_vpn_server(&modify).unwrap();
    c.modify_ssl_vpn_server(&modify).unwrap();
    assert_eq!(server_state(&emu, &id).unwrap()["port"], 1200);

    let delete = DeleteSslVpnServer::new(&id).client_token("office-gone-1");
    c.delete_ssl_vpn_server(&delete).unwrap();
    // The same token again is the same (successful) delete, although the server is gone.
    c.delete_ssl_vpn_server(&delete).unwrap();
    assert!(server_state(&emu, &id).is_none());
}

#[test]
fn a_retried_create_makes_one_server() {
    // Most changes are made and then their answers dropped: the retry carries the same
    // ClientToken and gets the first attempt's answer.
    let emu = emulator()
        .fault(FaultKind::DropAfterCommit, 0.75)
        .seed(7)
        .start()
        .unwrap();
    let c = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(emu.url())
        .retry_policy(fast(20))
        .build()
        .unwrap();
    let created = c.create_ssl_vpn_server(&create_on_bare()).unwrap();
    assert_eq!(servers_on(&emu, BARE), 1);
    assert_eq!(
        gateway_state(&emu, BARE)["ssl_vpn_server_id"],
        created.ssl_vpn_server_id.as_str()
    );
    assert!(
        emu.state()["faults"]["drop_after_commit"].as_u64().unwrap() >= 1,
        "no answer was dropped: the seed does not test a retry"
    );
}

#[test]
fn server_settings_are_checked_locally_naming_the_parameter() {
    let emu = emulator().ssl_max_connections(BARE, 100).start().unwrap();
    let c = client(&emu);
    let create =
        |subnets: &[&str], pool: &str| CreateSslVpnServer::new(BARE, subnets.iter().copied(), pool);
    let good = || create(&["10.10.0.0/16"], "192.168.0.0/22");

    let cases: Vec<(CreateSslVpnServer, &str)> = vec![
        (good().port(443), "Port"),
        (good().port(22), "Port"),
        (good().port(500), "Port"),
        (good().port(0), "Port"),
        (good().port(65536), "Port"),
        (good().cipher("aes-256-cbc"), "Cipher"),
        (good().cipher("AES-512-CBC"), "Cipher"),
        (good().proto("udp"), "Proto"),
        (good().proto("SCTP"), "Proto"),
        (create(&["10.0.0.0/7"], "192.168.0.0/22"), "LocalSubnet"),
        (create(&["10.0.0.0/33"], "192.168.0.0/22"), "LocalSubnet"),
        (create(&["10.0.0.0"], "192.168.0.0/22"), "LocalSubnet"),
        (create(&["10.0.0.0/+16"], "192.168.0.0/22"), "LocalSubnet"),
        (create(&[], "192.168.0.0/22"), "LocalSubnet"),
        (
            create(
                &[
                    "10.1.0.0/16",
                    "10.2.0.0/16",
                    "10.3.0.0/16",
                    "10.4.0.0/16",
                    "10.5.0.0/16",
                    "10.6.0.0/16",
                ],
                "192.168.0.0/22",
            ),
            "LocalSubnet",
        ),
        (create(&["127.0.0.0/8"], "192.168.0.0/22"), "LocalSubnet"),
        (create(&["169.254.1.0/24"], "192.168.0.0/22"), "LocalSubnet"),
        (create(&["224.0.0.0/8"], "192.168.0.0/22"), "LocalSubnet"),
        (create(&["10.10.0.0/16"], "192.168.0.0/30"), "ClientIpPool"),
        (create(&["10.10.0.0/16"], "10.0.0.0/15"), "ClientIpPool"),
        (create(&["10.10.0.0/16"], "192.168.0.0/+22"), "ClientIpPool"),
        (create(&["10.10.0.0/16"], "100.64.1.0/24"), "ClientIpPool"),
        (create(&["10.10.0.0/16"], "224.1.0.0/16"), "ClientIpPool"),
        (create(&["10.10.0.0/16"], "127.1.0.0/16"), "ClientIpPool"),
        (create(&["10.10.0.0/16"], "pool"), "ClientIpPool"),
        // The pool overlaps the networks it should reach.
        (create(&["10.0.0.0/8"], "10.1.0.0/16"), "ClientIpPool"),
        (
            create(&["172.16.0.0/12", "192.168.0.0/16"], "192.168.4.0/22"),
            "ClientIpPool",
        ),
        // Two-factor authentication needs its IDaaS instance and region.
        (good().enable_multi_factor_auth(true), "IDaaSInstanceId"),
        (
            good()
                .enable_multi_factor_auth(true)
                .idaas_instance_id("idaas-cn-1"),
            "IDaaSRegionId",
        ),
        (good().dns_servers(["dns.example"]), "DnsServers"),
        (good().name(""), "Name"),
        (good().name("http://office"), "Name"),
        (good().client_token(""), "ClientToken"),
        (good().client_token("x".repeat(65)), "ClientToken"),
        (good().region_id("CN-HANGZHOU"), "RegionId"),
        (good().wait(Duration::ZERO), "wait"),
        (good().dry_run(true).port(443), "Port"),
        (
            CreateSslVpnServer::new("", ["10.10.0.0/16"], "192.168.0.0/22"),
            "VpnGatewayId",
        ),
    ];
    for (request, parameter) in cases {
        let before = requests(&emu);
        let got = parameter_of(c.create_ssl_vpn_server(&request));
        assert_eq!(got, parameter, "{request:?}");
        assert_eq!(requests(&emu), before, "a request was sent for {request:?}");
    }
    assert_eq!(servers_on(&emu, BARE), 0);

    // The same rules for a change, with nothing sent.
    let modify_cases: Vec<(ModifySslVpnServer, &str)> = vec![
        (ModifySslVpnServer::new(SERVER).port(80), "Port"),
        (ModifySslVpnServer::new(SERVER).cipher("AES"), "Cipher"),
        (ModifySslVpnServer::new(SERVER).proto("tcp"), "Proto"),
        (
            ModifySslVpnServer::new(SERVER).local_subnet(["10.0.0.0/7"]),
            "LocalSubnet",
        ),
        (
            ModifySslVpnServer::new(SERVER).client_ip_pool("192.168.0.0/30"),
            "ClientIpPool",
        ),
        (
            ModifySslVpnServer::new(SERVER)
                .local_subnet(["192.168.0.0/16"])
                .client_ip_pool("192.168.8.0/24"),
            "ClientIpPool",
        ),
        (
            ModifySslVpnServer::new(SERVER).enable_multi_factor_auth(true),
            "IDaaSInstanceId",
        ),
        (
            ModifySslVpnServer::new(SERVER).dns_servers(["10.0.0.300"]),
            "DnsServers",
        ),
        (ModifySslVpnServer::new(""), "SslVpnServerId"),
    ];
    for (request, parameter) in modify_cases {
        let before = requests(&emu);
        assert_eq!(
            parameter_of(c.modify_ssl_vpn_server(&request)),
            parameter,
            "{request:?}"
        );
        assert_eq!(requests(&emu), before, "a request was sent for {request:?}");
    }

    // A pool that the gateway's connections do not fit: 100 connections need 400 addresses.
    // Only the gateway is read (one request); nothing is created.
    let before = requests(&emu);
    let small = create(&["10.10.0.0/16"], "192.168.0.0/24");
    assert_eq!(
        parameter_of(c.create_ssl_vpn_server(&small)),
        "ClientIpPool"
    );
    assert_eq!(requests(&emu), before + 1, "DescribeVpnGateway only");
    assert_eq!(
        parameter_of(c.create_ssl_vpn_server(&small.dry_run(true))),
        "ClientIpPool"
    );
    assert_eq!(servers_on(&emu, BARE), 0);
    // 1024 addresses fit.
    c.create_ssl_vpn_server(&good().dry_run(true)).unwrap();
    // A change of pool on the default server (5 connections need 20 addresses): the server
    // and its gateway are read, the change is not sent.
    let before = requests(&emu);
    assert_eq!(
        parameter_of(c.modify_ssl_vpn_server(
            &ModifySslVpnServer::new(SERVER).client_ip_pool("192.168.9.0/28")
        )),
        "ClientIpPool"
    );
    assert_eq!(requests(&emu), before + 2);
    assert_eq!(
        server_state(&emu, SERVER).unwrap()["client_ip_pool"],
        "192.168.100.0/24"
    );
    // A missing gateway is the service's error, and no create is sent.
    assert_eq!(
        kind_of(c.create_ssl_vpn_server(&CreateSslVpnServer::new(
            "vpn-missing",
            ["10.10.0.0/16"],
            "192.168.0.0/22"
        ))),
        ErrorKind::GatewayNotFound
    );
}

#[test]
fn a_rename_without_a_name_is_refused_locally() {
    let emu = emulator().start().unwrap();
    let c = client(&emu);
    let id = new_cert(&c, "alice");
    let before = requests(&emu);
    assert_eq!(
        parameter_of(c.modify_ssl_vpn_client_cert(&ModifySslVpnClientCert::new(&id, ""))),
        "Name"
    );
    assert_eq!(requests(&emu), before);
    assert_eq!(emu.state()["certificates"][0]["name"], "alice");
    let renamed = c
        .modify_ssl_vpn_client_cert(&ModifySslVpnClientCert::new(&id, "alice-laptop"))
        .unwrap();
    assert_eq!(renamed.name, "alice-laptop");
}

// --- waiting for the gateway ----------------------------------------------------------------

#[test]
fn wait_for_gateway_returns_once_the_gateway_is_active() {
    let settle = Duration::from_millis(150);
    let emu = emulator().settle(settle).start().unwrap();
    let c = client(&emu);

    // Active already: one look.
    let before = requests(&emu);
    let g = c.wait_for_gateway(&WaitForGateway::new(GATEWAY)).unwrap();
    assert_eq!(g.status, "active");
    assert_eq!(requests(&emu), before + 1);

    let id = new_cert(&c, "alice");
    let started = Instant::now();
    c.delete_ssl_vpn_client_cert(&DeleteSslVpnClientCert::new(&id))
        .unwrap();
    assert_eq!(status_of(&c, GATEWAY), "updating");
    let g = c
        .wait_for_gateway(&WaitForGateway::new(GATEWAY).timeout(Duration::from_secs(10)))
        .unwrap();
    assert!(started.elapsed() >= settle, "returned while updating");
    assert_eq!(g.vpn_gateway_id, GATEWAY);
    assert_eq!(g.status, "active");
    assert_eq!(status_of(&c, GATEWAY), "active");

    // The timeout is the caller's, checked locally.
    assert_eq!(
        parameter_of(c.wait_for_gateway(&WaitForGateway::new(GATEWAY).timeout(Duration::ZERO))),
        "timeout"
    );
    assert_eq!(
        parameter_of(c.wait_for_gateway(&WaitForGateway::new(""))),
        "VpnGatewayId"
    );
    assert_eq!(
        kind_of(c.wait_for_gateway(&WaitForGateway::new("vpn-missing"))),
        ErrorKind::GatewayNotFound
    );
}

#[test]
fn a_gateway_that_stays_busy_times_the_wait_out() {
    let emu = emulator().settle(Duration::from_secs(60)).start().unwrap();
    let c = client(&emu);
    let id = new_cert(&c, "alice");
    c.delete_ssl_vpn_client_cert(&DeleteSslVpnClientCert::new(&id))
        .unwrap();
    let started = Instant::now();
    let r = c.wait_for_gateway(&WaitForGateway::new(GATEWAY).timeout(Duration::from_millis(400)));
    assert!(matches!(r, Err(Error::Timeout(_))), "{r:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn a_financially_locked_gateway_ends_the_wait_at_once() {
    let emu = emulator().settle(Duration::from_secs(60)).start().unwrap();
    let c = client(&emu);
    let id = new_cert(&c, "alice");
    c.delete_ssl_vpn_client_cert(&DeleteSslVpnClientCert::new(&id))
        .unwrap();
    assert_eq!(status_of(&c, GATEWAY), "updating");
    assert!(emu.set_gateway_state(GATEWAY, ServerState::Locked));

    let started = Instant::now();
    let r = c.wait_for_gateway(&WaitForGateway::new(GATEWAY).timeout(Duration::from_secs(60)));
    assert_eq!(kind_of(r), ErrorKind::FinancialLocked);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "waited {:?}",
        started.elapsed()
    );

    // Locked and idle: still the error, not the gateway.
    assert!(emu.set_gateway_state(BARE, ServerState::Locked));
    assert_eq!(status_of(&c, BARE), "active");
    assert_eq!(
        kind_of(c.wait_for_gateway(&WaitForGateway::new(BARE))),
        ErrorKind::FinancialLocked
    );
    // And a change on it is refused by the service.
    assert_eq!(
        kind_of(c.create_ssl_vpn_server(&create_on_bare().wait(Duration::from_secs(60)))),
        ErrorKind::FinancialLocked
    );
}

#[test]
fn delete_with_wait_returns_when_the_certificate_is_gone_and_the_gateway_active() {
    let settle = Duration::from_millis(200);
    let emu = emulator().settle(settle).start().unwrap();
    let c = client(&emu);
    let alice = new_cert(&c, "alice");
    let bob = new_cert(&c, "bob");
    emu.connect(&alice, None).unwrap();

    let started = Instant::now();
    let out = c
        .delete_ssl_vpn_client_cert(
            &DeleteSslVpnClientCert::new(&bob).wait_until_gone(Duration::from_secs(10)),
        )
        .unwrap();
    assert!(!out.was_already_deleted());
    assert!(!out.request_id().is_empty());
    assert!(
        started.elapsed() >= settle,
        "returned before the gateway applied the revocation"
    );
    assert_eq!(status_of(&c, GATEWAY), "active");
    let listed = c
        .describe_ssl_vpn_client_certs(
            &DescribeSslVpnClientCerts::new().ssl_vpn_client_cert_id(&bob),
        )
        .unwrap();
    assert!(listed.items.is_empty());
    assert_eq!(emu.state()["connections"], Value::Array(vec![]));
    // Once active, the clients can connect again.
    emu.connect(&alice, None).unwrap();

    // Already deleted: done at once, nothing to wait for.
    let started = Instant::now();
    let again = c
        .delete_ssl_vpn_client_cert(
            &DeleteSslVpnClientCert::new(&bob).wait_until_gone(Duration::from_secs(10)),
        )
        .unwrap();
    assert!(again.was_already_deleted());
    assert!(started.elapsed() < settle);

    // A wait too short for the gateway is a timeout; the delete itself was made.
    let slow = emulator().settle(Duration::from_secs(60)).start().unwrap();
    let s = client(&slow);
    let id = new_cert(&s, "carol");
    let r = s.delete_ssl_vpn_client_cert(
        &DeleteSslVpnClientCert::new(&id).wait_until_gone(Duration::from_millis(300)),
    );
    assert!(matches!(r, Err(Error::Timeout(_))), "{r:?}");
    assert_eq!(slow.state()["certificates"], Value::Array(vec![]));
}

// --- logs -------------------------------------------------------------------------------------

#[test]
fn server_logs_one_page_and_the_lazy_walk() {
    let emu = emulator().start().unwrap();
    let c = client(&emu);
    let alice = new_cert(&c, "alice");
    let bob = new_cert(&c, "bob");
    for ip in ["198.51.100.1", "198.51.100.2", "198.51.100.3"] {
        emu.connect(&alice, Some(ip)).unwrap();
    }
    assert_eq!(emu.disconnect(&alice, Some("198.51.100.2")), 1);
    // Two creates, three connects, one disconnect.
    let lines = 6;

    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let all = DescribeVpnSslServerLogs::new(SERVER)
        .from(now - 3600)
        .to(now + 60);
    let one = c
        .describe_vpn_ssl_server_logs(&all.clone().page_size(50))
        .unwrap();
    assert_eq!(one.count, lines);
    assert_eq!(one.logs.len(), lines as usize);
    assert!(one.is_completed);
    assert!(
        one.logs.iter().all(|l| l.contains(SERVER)),
        "{:?}",
        one.logs
    );
    assert_eq!(
        one.logs
            .iter()
            .filter(|l| l.contains(" connected, virtual address "))
            .count(),
        3
    );
    assert!(one.logs.iter().any(|l| l.contains("disconnected")));

    let page2 = c
        .describe_vpn_ssl_server_logs(&all.clone().page_size(4).page_number(2))
        .unwrap();
    assert_eq!((page2.count, page2.logs.len()), (lines, 2));
    assert_eq!(page2.page_number, 2);

    // The walk: nothing until asked, then a page at a time, every line once, in order.
    let before = requests(&emu);
    let mut walk = c.vpn_ssl_server_logs(&all.clone().page_size(2));
    assert_eq!(requests(&emu), before);
    let first = walk.next().unwrap().unwrap();
    assert_eq!(requests(&emu), before + 1);
    let mut walked = first.logs;
    for page in walk {
        walked.extend(page.unwrap().logs);
    }
    assert_eq!(requests(&emu), before + 3, "three pages of two");
    assert_eq!(walked, one.logs);

    // By certificate, and by the last minutes.
    let bobs: Vec<String> = c
        .vpn_ssl_server_logs(&all.clone().ssl_vpn_client_cert_id(&bob))
        .flat_map(|p| p.unwrap().logs)
        .collect();
    assert_eq!(bobs.len(), 1, "{bobs:?}");
    assert!(bobs[0].contains(&bob));
    let recent = c
        .describe_vpn_ssl_server_logs(&DescribeVpnSslServerLogs::new(SERVER).minute_period(10))
        .unwrap();
    assert_eq!(recent.count, lines);
    // A period with nothing in it ends the walk after one page.
    let empty: Vec<_> = c
        .vpn_ssl_server_logs(&DescribeVpnSslServerLogs::new(SERVER).from(1).to(2))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(empty.len(), 1);
    assert!(empty[0].logs.is_empty());

    assert_eq!(
        kind_of(c.describe_vpn_ssl_server_logs(
            &DescribeVpnSslServerLogs::new("vss-missing").minute_period(10)
        )),
        ErrorKind::SslVpnServerNotFound
    );
    assert_eq!(
        parameter_of(
            c.describe_vpn_ssl_server_logs(&DescribeVpnSslServerLogs::new(SERVER).page_size(0))
        ),
        "PageSize"
    );
}

// --- regions and endpoints -----------------------------------------------------------------------

#[test]
fn region_id_per_request_reaches_another_region() {
    let emu = emulator()
        .server("cn-shanghai", "vss-sh0001", ServerState::Ready)
        .gateway("cn-shanghai", "vpn-shbare01", ServerState::Ready)
        .start()
        .unwrap();
    let c = client(&emu);
    let sh = "cn-shanghai";

    // The client's region is the default.
    assert_eq!(
        kind_of(c.describe_vpn_gateway(&DescribeVpnGateway::new("vpn-sh0001"))),
        ErrorKind::GatewayNotFound
    );
    let g = c
        .describe_vpn_gateway(&DescribeVpnGateway::new("vpn-sh0001").region_id(sh))
        .unwrap();
    assert_eq!(g.vpn_gateway_id, "vpn-sh0001");
    let ids: BTreeSet<String> = c
        .vpn_gateways(&DescribeVpnGateways::new().region_id(sh))
        .map(|g| g.unwrap().vpn_gateway_id)
        .collect();
    assert_eq!(
        ids,
        ["vpn-sh0001", "vpn-shbare01"]
            .into_iter()
            .map(String::from)
            .collect()
    );
    let here: BTreeSet<String> = c
        .vpn_gateways(&DescribeVpnGateways::new())
        .map(|g| g.unwrap().vpn_gateway_id)
        .collect();
    assert!(here.contains(GATEWAY) && !here.contains("vpn-sh0001"));

    // A certificate there, someone connected, the logs, and a revocation with its wait.
    let cert = c
        .create_ssl_vpn_client_cert(
            &CreateSslVpnClientCert::new("vss-sh0001")
                .name("shanghai")
                .region_id(sh),
        )
        .unwrap()
        .ssl_vpn_client_cert_id;
    emu.connect(&cert, None).unwrap();
    assert_eq!(
        c.ssl_vpn_clients(&DescribeSslVpnClients::new("vpn-sh0001").region_id(sh))
            .count(),
        1
    );
    let logs = c
        .describe_vpn_ssl_server_logs(
            &DescribeVpnSslServerLogs::new("vss-sh0001")
                .minute_period(10)
                .region_id(sh),
        )
        .unwrap();
    assert_eq!(logs.count, 2, "{:?}", logs.logs);
    c.delete_ssl_vpn_client_cert(
        &DeleteSslVpnClientCert::new(&cert)
            .region_id(sh)
            .wait_until_gone(Duration::from_secs(10)),
    )
    .unwrap();
    assert_eq!(status_of_in(&c, "vpn-sh0001", sh), "active");

    // The composite calls take the region too: an issue there (its create, polls, server
    // read and gateway wait all in that region), and a wait for a gateway there.
    assert_eq!(
        kind_of(c.issue_client_cert(&IssueClientCert::new("vss-sh0001", "nowhere"))),
        ErrorKind::SslVpnServerNotFound
    );
    let issued = c
        .issue_client_cert(
            &IssueClientCert::new("vss-sh0001", "issued-there")
                .region_id(sh)
                .poll_interval(Duration::from_millis(20)),
        )
        .unwrap();
    assert_eq!(issued.region_id, sh);
    assert!(issued.to_ovpn().unwrap().contains("<cert>"));
    // A bundle whose service profile is empty gets its server's settings from its own region.
    let mut bare = issued.clone();
    bare.client_config = "".into();
    bare.server = None;
    c.fill_server_settings(&mut bare).unwrap();
    assert_eq!(
        bare.server.as_ref().unwrap().ssl_vpn_server_id,
        "vss-sh0001"
    );
    assert_eq!(
        kind_of(c.wait_for_gateway(&WaitForGateway::new("vpn-sh0001"))),
        ErrorKind::GatewayNotFound
    );
    let g = c
        .wait_for_gateway(&WaitForGateway::new("vpn-sh0001").region_id(sh))
        .unwrap();
    assert_eq!(
        (g.vpn_gateway_id.as_str(), g.status.as_str()),
        ("vpn-sh0001", "active")
    );

    // The server of a gateway there: created, changed and deleted with waits.
    let created = c
        .create_ssl_vpn_server(
            &CreateSslVpnServer::new("vpn-shbare01", ["10.10.0.0/16"], "192.168.50.0/24")
                .region_id(sh)
                .wait(Duration::from_secs(10)),
        )
        .unwrap();
    assert_eq!(status_of_in(&c, "vpn-shbare01", sh), "active");
    assert_eq!(
        server_state(&emu, &created.ssl_vpn_server_id).unwrap()["region_id"],
        sh
    );
    c.modify_ssl_vpn_server(
        &ModifySslVpnServer::new(&created.ssl_vpn_server_id)
            .port(1300)
            .region_id(sh)
            .wait(Duration::from_secs(10)),
    )
    .unwrap();
    assert_eq!(status_of_in(&c, "vpn-shbare01", sh), "active");
    c.delete_ssl_vpn_server(
        &DeleteSslVpnServer::new(&created.ssl_vpn_server_id)
            .region_id(sh)
            .wait(Duration::from_secs(10)),
    )
    .unwrap();
    assert_eq!(status_of_in(&c, "vpn-shbare01", sh), "active");
    assert!(server_state(&emu, &created.ssl_vpn_server_id).is_none());
    // Not in the client's region.
    assert_eq!(
        kind_of(c.modify_ssl_vpn_server(&ModifySslVpnServer::new("vss-sh0001").port(1300))),
        ErrorKind::SslVpnServerNotFound
    );
}

fn status_of_in(c: &Client, gateway: &str, region: &str) -> String {
    c.describe_vpn_gateway(&DescribeVpnGateway::new(gateway).region_id(region))
        .unwrap()
        .status
}

#[test]
fn the_network_setting_names_the_vpc_endpoint() {
    // Nothing is sent: the endpoint is only built.
    let build = |region: &str, network: Option<&str>, env: Environment| {
        let mut b = Client::builder()
            .region_id(region)
            .credentials(Credentials::access_key("id", "secret"))
            .environment(env);
        if let Some(n) = network {
            b = b.network(n);
        }
        b.build()
    };
    let url = |region: &str, network: Option<&str>| {
        build(region, network, Environment::empty())
            .unwrap()
            .endpoint_url()
    };
    assert_eq!(
        url("eu-central-1", None),
        "https://vpc.eu-central-1.aliyuncs.com/"
    );
    assert_eq!(
        url("eu-central-1", Some("vpc")),
        "https://vpc-vpc.eu-central-1.aliyuncs.com/"
    );
    assert_eq!(
        url("eu-central-1", Some("public")),
        "https://vpc.eu-central-1.aliyuncs.com/"
    );
    assert_eq!(
        url("ap-southeast-1", Some("vpc")),
        "https://vpc-vpc.ap-southeast-1.aliyuncs.com/"
    );
    // A region of the official map keeps its host, whatever the network (as the official SDKs).
    assert_eq!(url("cn-hangzhou", None), "https://vpc.aliyuncs.com/");
    assert_eq!(url("cn-hangzhou", Some("vpc")), "https://vpc.aliyuncs.com/");

    // From the environment, and the builder's setting over it.
    let env = Environment::empty().with_var("ALIBABA_CLOUD_NETWORK", "vpc");
    assert_eq!(
        build("eu-central-1", None, env.clone())
            .unwrap()
            .endpoint_url(),
        "https://vpc-vpc.eu-central-1.aliyuncs.com/"
    );
    assert_eq!(
        build("eu-central-1", Some("public"), env.clone())
            .unwrap()
            .endpoint_url(),
        "https://vpc.eu-central-1.aliyuncs.com/"
    );
    // An explicit endpoint ignores it.
    let explicit = Client::builder()
        .region_id("eu-central-1")
        .credentials(Credentials::access_key("id", "secret"))
        .environment(env)
        .network("vpc")
        .endpoint("https://vpc.example.com")
        .build()
        .unwrap();
    assert_eq!(explicit.endpoint_url(), "https://vpc.example.com/");

    // A network that would change the host's shape is refused, naming the setting.
    for bad in ["vpc.evil.com", "VPC", "vpc/x", "vpc@evil"] {
        assert_eq!(
            parameter_of(build("eu-central-1", Some(bad), Environment::empty())),
            "network",
            "{bad}"
        );
    }
}

// --- the fallback profile ------------------------------------------------------------------------

#[test]
fn the_fallback_profile_takes_the_gateways_ssl_vpn_address_and_tcp_by_default() {
    let emu = emulator()
        .ssl_vpn_internet_ip(SERVER, "192.0.2.7")
        .start()
        .unwrap();
    let c = client(&emu);
    // The server's record shows the gateway's main address; the gateway its SSL-VPN one.
    let server = c
        .ssl_vpn_servers(&DescribeSslVpnServers::new().ssl_vpn_server_id(SERVER))
        .next()
        .unwrap()
        .unwrap();
    assert_ne!(server.internet_ip, "192.0.2.7");
    let gateway = c
        .describe_vpn_gateway(&DescribeVpnGateway::new(GATEWAY))
        .unwrap();
    assert_eq!(gateway.ssl_vpn_internet_ip, "192.0.2.7");

    let issued = c
        .issue_client_cert(
            &IssueClientCert::new(SERVER, "alice").poll_interval(Duration::from_millis(20)),
        )
        .unwrap();
    assert!(issued.client_config.expose().contains("remote 192.0.2.7 "));
    // Built from the settings when the service sends no profile: the same address.
    let mut bare = issued.clone();
    bare.client_config = "".into();
    bare.server = None;
    c.fill_server_settings(&mut bare).unwrap();
    let built = bare.to_ovpn().unwrap();
    assert!(built.contains("remote 192.0.2.7 "), "{built}");
    assert!(!built.contains(&server.internet_ip), "{built}");
    // A server without a Proto: the documented default, TCP.
    let mut settings = bare.server.clone().unwrap();
    settings.proto = String::new();
    bare.server = Some(settings);
    assert!(bare.to_ovpn().unwrap().contains("\nproto tcp-client\n"));

    // A gateway with one address for both: the server's.
    let plain = emulator().start().unwrap();
    let c = client(&plain);
    let issued = c
        .issue_client_cert(
            &IssueClientCert::new(SERVER, "bob").poll_interval(Duration::from_millis(20)),
        )
        .unwrap();
    let mut bare = issued.clone();
    bare.client_config = "".into();
    c.fill_server_settings(&mut bare).unwrap();
    let address = bare.server.as_ref().unwrap().internet_ip.clone();
    assert!(bare
        .to_ovpn()
        .unwrap()
        .contains(&format!("remote {address} ")));
}

#[test]
fn issue_returns_once_the_gateway_has_applied_the_certificate() {
    // Each create leaves the gateway updating for a while.
    let emu = emulator()
        .create_settle(Duration::from_millis(400))
        .start()
        .unwrap();
    let c = client(&emu);
    let started = Instant::now();
    c.issue_client_cert(
        &IssueClientCert::new(SERVER, "alice").poll_interval(Duration::from_millis(20)),
    )
    .unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(350),
        "returned before the settle"
    );
    assert_eq!(status_of(&c, GATEWAY), "active");
}
