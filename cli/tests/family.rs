//! The gateway and server commands against an emulator in this test process (issue 14):
//! `gateways`, `clients`, `server create|modify|delete` (dry run and wait), `logs`, `wait`, and
//! what `delete` says about who was connected.

mod common;

use std::time::{Duration, Instant};

use common::{run, Run, Sandbox, REGION, SERVER};
use serde_json::Value;
use vpncert_emulator::{Emulator, EmulatorBuilder, ServerState};

const GATEWAY: &str = "vpn-emulator0001";
const BARE: &str = "vpn-bare0001";

fn emulator() -> EmulatorBuilder {
    Emulator::builder()
        .server(REGION, SERVER, ServerState::Ready)
        .gateway(REGION, BARE, ServerState::Ready)
        .settle(Duration::from_millis(60))
}

fn vpncert(sb: &Sandbox, emu: &Emulator, args: &[&str]) -> Run {
    run(sb.cli(&emu.url()).args(args))
}

fn json(sb: &Sandbox, emu: &Emulator, args: &[&str]) -> Value {
    run(sb.cli(&emu.url()).args(["--output", "json"]).args(args))
        .assert_code(0)
        .json()
}

fn requests(emu: &Emulator) -> u64 {
    emu.state()["requests"].as_u64().unwrap()
}

/// The gateway's `status` in the emulator's snapshot (`active` or `updating`).
fn status(emu: &Emulator, gateway: &str) -> String {
    emu.state()["gateways"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["vpn_gateway_id"] == gateway)
        .unwrap_or_else(|| panic!("no gateway {gateway}"))["status"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn server(emu: &Emulator, id: &str) -> Option<Value> {
    emu.state()["servers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["ssl_vpn_server_id"] == id)
        .cloned()
}

fn new_cert(sb: &Sandbox, emu: &Emulator, name: &str) -> String {
    json(sb, emu, &["create", "--server", SERVER, "--name", name])["ssl_vpn_client_cert_id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn gateways_lists_every_page_as_a_table_and_as_json() {
    let mut b = emulator().ssl_max_connections(BARE, 50);
    for i in 0..55 {
        b = b.gateway(REGION, format!("vpn-many{i:04}"), ServerState::Ready);
    }
    let emu = b.start().unwrap();
    let sb = Sandbox::new();

    let listed = json(&sb, &emu, &["gateways"]);
    assert_eq!(listed["region_id"], REGION);
    assert_eq!(listed["count"], 57, "two pages of 50");
    let gateways = listed["vpn_gateways"].as_array().unwrap();
    assert_eq!(gateways.len(), 57);
    let ours = gateways
        .iter()
        .find(|g| g["vpn_gateway_id"] == GATEWAY)
        .unwrap();
    assert_eq!(ours["status"], "active");
    assert_eq!(ours["business_status"], "Normal");
    assert_eq!(ours["ssl_vpn"], "enable");
    assert_eq!(ours["ssl_max_connections"], 5);
    let bare = gateways
        .iter()
        .find(|g| g["vpn_gateway_id"] == BARE)
        .unwrap();
    assert_eq!(bare["ssl_vpn"], "disable");
    assert_eq!(bare["ssl_max_connections"], 50);

    let table = vpncert(&sb, &emu, &["gateways"]);
    table.assert_code(0);
    let header = table.stdout.lines().next().unwrap();
    for column in [
        "ID",
        "NAME",
        "STATUS",
        "BUSINESS",
        "SSL-VPN",
        "SSL MAX",
        "SSL ADDRESS",
    ] {
        assert!(header.contains(column), "{header}");
    }
    let row = table
        .stdout
        .lines()
        .find(|l| l.starts_with(GATEWAY))
        .unwrap_or_else(|| panic!("no row for {GATEWAY}:\n{}", table.stdout));
    assert!(
        row.contains("active") && row.contains("Normal") && row.contains("enable"),
        "{row}"
    );
    assert_eq!(table.stdout.lines().count(), 1 + 57, "{}", table.stdout);

    // --status reaches the service: after a revocation only that gateway is updating.
    let slow = emulator().settle(Duration::from_secs(60)).start().unwrap();
    let id = new_cert(&sb, &slow, "alice");
    json(&sb, &slow, &["delete", &id]);
    let updating = json(&sb, &slow, &["gateways", "--status", "updating"]);
    assert_eq!(updating["count"], 1);
    assert_eq!(updating["vpn_gateways"][0]["vpn_gateway_id"], GATEWAY);
}

#[test]
fn clients_shows_each_connection() {
    let emu = emulator().start().unwrap();
    let sb = Sandbox::new();
    let alice = new_cert(&sb, &emu, "alice");
    let bob = new_cert(&sb, &emu, "bob");

    let none = json(&sb, &emu, &["clients", "--gateway", GATEWAY]);
    assert_eq!(none["count"], 0);
    assert_eq!(none["vpn_gateway_id"], GATEWAY);

    // Alice from two devices, Bob from one.
    let laptop = emu.connect(&alice, Some("198.51.100.7")).unwrap();
    emu.connect(&alice, Some("198.51.100.8")).unwrap();
    emu.connect(&bob, Some("198.51.100.9")).unwrap();
    let listed = json(&sb, &emu, &["clients", "--gateway", GATEWAY]);
    assert_eq!(listed["count"], 3, "{listed}");
    let clients = listed["clients"].as_array().unwrap();
    let first = clients.iter().find(|c| c["ip"] == "198.51.100.7").unwrap();
    assert_eq!(first["private_ip"], laptop["private_ip"]);
    assert_eq!(first["common_name"], laptop["common_name"]);
    assert_eq!(first["status"], "online");
    assert!(first["connected_at"].as_str().unwrap().ends_with('Z'));

    let table = vpncert(&sb, &emu, &["clients", "--gateway", GATEWAY]);
    table.assert_code(0);
    let header = table.stdout.lines().next().unwrap();
    for column in ["NAME", "FROM", "PRIVATE IP", "SINCE", "STATUS"] {
        assert!(header.contains(column), "{header}");
    }
    let from = format!("198.51.100.7:{}", laptop["port"]);
    assert!(table.stdout.contains(&from), "{}", table.stdout);
    assert_eq!(table.stdout.lines().count(), 4, "{}", table.stdout);

    let missing = vpncert(&sb, &emu, &["clients", "--gateway", "vpn-missing"]);
    missing.assert_code(1);
    assert!(
        missing
            .stderr
            .contains("InvalidVpnGatewayInstanceId.NotFound"),
        "{}",
        missing.stderr
    );
    vpncert(&sb, &emu, &["clients"]).assert_code(2);
}

#[test]
fn server_create_modify_delete_with_dry_run_and_wait() {
    let settle = Duration::from_millis(100);
    let emu = emulator().settle(settle).start().unwrap();
    let sb = Sandbox::new();
    let create = [
        "server",
        "create",
        "--gateway",
        BARE,
        "--local-subnet",
        "10.10.0.0/16,10.20.0.0/16",
        "--client-ip-pool",
        "192.168.50.0/24",
        "--name",
        "office",
        "--proto",
        "UDP",
        "--dns-servers",
        "10.10.0.2,10.10.0.3",
    ];

    // A dry run: the service says it would work, nothing is made.
    let dry = json(&sb, &emu, &[&create[..], &["--dry-run"]].concat());
    assert_eq!(dry["dry_run"], true);
    assert_eq!(dry["action"], "create");
    assert!(!dry["request_id"].as_str().unwrap().is_empty());
    assert_eq!(emu.state()["servers"].as_array().unwrap().len(), 1);
    assert_eq!(status(&emu, BARE), "active");
    let text = vpncert(&sb, &emu, &[&create[..], &["--dry-run"]].concat());
    text.assert_code(0);
    assert!(text.stdout.contains("dry run passed"), "{}", text.stdout);

    // For real, waiting for the gateway (the default wait).
    let started = Instant::now();
    let created = json(&sb, &emu, &create);
    assert!(started.elapsed() >= settle);
    assert_eq!(created["dry_run"], false);
    assert_eq!(created["name"], "office");
    let id = created["ssl_vpn_server_id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("vss-"), "{created}");
    assert_eq!(status(&emu, BARE), "active");
    let made = server(&emu, &id).unwrap();
    assert_eq!(made["vpn_gateway_id"], BARE);
    assert_eq!(made["proto"], "UDP");
    assert_eq!(made["local_subnet"], "10.10.0.0/16,10.20.0.0/16");

    // A change: dry run first, then for real with an explicit wait.
    let dry = json(
        &sb,
        &emu,
        &["server", "modify", &id, "--port", "1195", "--dry-run"],
    );
    assert_eq!(dry["dry_run"], true);
    assert_eq!(dry["action"], "modify");
    assert_eq!(server(&emu, &id).unwrap()["port"], 1194);
    let modified = json(
        &sb,
        &emu,
        &["server", "modify", &id, "--port", "1195", "--wait", "10s"],
    );
    assert_eq!(modified["dry_run"], false);
    assert_eq!(modified["ssl_vpn_server_id"], id.as_str());
    assert_eq!(server(&emu, &id).unwrap()["port"], 1195);
    assert_eq!(status(&emu, BARE), "active");

    // --wait 0 returns at once, while the gateway still applies the change.
    let quick = json(
        &sb,
        &emu,
        &[
            "server",
            "modify",
            &id,
            "--cipher",
            "AES-256-CBC",
            "--wait",
            "0",
        ],
    );
    assert_eq!(quick["dry_run"], false);
    assert_eq!(status(&emu, BARE), "updating");

    // The delete rides out that change, then waits for its own.
    let deleted = json(&sb, &emu, &["server", "delete", &id, "--wait", "10s"]);
    assert_eq!(deleted["action"], "delete");
    assert_eq!(deleted["ssl_vpn_server_id"], id.as_str());
    assert!(server(&emu, &id).is_none());
    assert_eq!(status(&emu, BARE), "active");
    let again = vpncert(&sb, &emu, &["server", "delete", &id]);
    again.assert_code(1);
    assert!(
        again.stderr.contains("InvalidSslVpnServerId.NotFound"),
        "{}",
        again.stderr
    );
}

#[test]
fn server_settings_are_refused_before_anything_is_sent() {
    let emu = emulator().start().unwrap();
    let sb = Sandbox::new();
    let base = [
        "server",
        "create",
        "--gateway",
        BARE,
        "--local-subnet",
        "10.10.0.0/16",
    ];
    for (extra, parameter) in [
        (
            &["--client-ip-pool", "192.168.50.0/24", "--port", "443"][..],
            "Port",
        ),
        (
            &["--client-ip-pool", "192.168.50.0/24", "--cipher", "des"][..],
            "Cipher",
        ),
        (
            &["--client-ip-pool", "192.168.50.0/24", "--proto", "udp"][..],
            "Proto",
        ),
        (&["--client-ip-pool", "192.168.50.0/30"][..], "ClientIpPool"),
        (&["--client-ip-pool", "10.10.1.0/24"][..], "ClientIpPool"),
        (&["--client-ip-pool", "100.64.0.0/24"][..], "ClientIpPool"),
        (
            &[
                "--client-ip-pool",
                "192.168.50.0/24",
                "--enable-multi-factor-auth",
                "true",
            ][..],
            "IDaaSInstanceId",
        ),
        (
            &[
                "--client-ip-pool",
                "192.168.50.0/24",
                "--dry-run",
                "--port",
                "22",
            ][..],
            "Port",
        ),
    ] {
        let before = requests(&emu);
        let r = run(sb
            .cli(&emu.url())
            .args(["--output", "json"])
            .args(base)
            .args(extra));
        r.assert_code(2);
        let e = r.json_error();
        assert_eq!(e["code"], "InvalidInput", "{extra:?}");
        assert!(
            e["message"].as_str().unwrap().contains(parameter),
            "{extra:?}: {e}"
        );
        assert_eq!(requests(&emu), before, "sent for {extra:?}");
    }
    let r = vpncert(
        &sb,
        &emu,
        &[
            "server",
            "create",
            "--gateway",
            BARE,
            "--local-subnet",
            "127.0.0.0/8",
            "--client-ip-pool",
            "192.168.50.0/24",
        ],
    );
    r.assert_code(2);
    assert!(r.stderr.contains("LocalSubnet"), "{}", r.stderr);
    let r = vpncert(&sb, &emu, &["server", "modify", SERVER, "--port", "80"]);
    r.assert_code(2);
    assert!(r.stderr.contains("Port"), "{}", r.stderr);
    assert_eq!(emu.state()["servers"].as_array().unwrap().len(), 1);
}

#[test]
fn logs_reads_the_last_hour_by_default() {
    let emu = emulator().start().unwrap();
    let sb = Sandbox::new();
    let alice = new_cert(&sb, &emu, "alice");
    let bob = new_cert(&sb, &emu, "bob");
    for i in 1..=3 {
        emu.connect(&alice, Some(&format!("198.51.100.{i}")))
            .unwrap();
    }
    emu.disconnect(&alice, None);

    let logs = json(&sb, &emu, &["logs", "--server", SERVER]);
    assert_eq!(logs["ssl_vpn_server_id"], SERVER);
    assert_eq!(
        logs["count"], 8,
        "2 creates, 3 connects, 3 disconnects: {logs}"
    );
    assert_eq!(logs["complete"], true);
    let (from, to) = (logs["from"].as_u64().unwrap(), logs["to"].as_u64().unwrap());
    assert_eq!(to - from, 3600);
    let lines: Vec<&str> = logs["logs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.contains(" connected, virtual address "))
            .count(),
        3
    );

    let text = vpncert(&sb, &emu, &["logs", "--server", SERVER]);
    text.assert_code(0);
    assert_eq!(text.stdout.lines().count(), 8, "{}", text.stdout);
    assert!(text.stdout.contains("198.51.100.2"));

    let bobs = json(&sb, &emu, &["logs", "--server", SERVER, "--cert", &bob]);
    assert_eq!(bobs["count"], 1, "{bobs}");
    let two_days = json(&sb, &emu, &["logs", "--server", SERVER, "--since", "2d"]);
    assert_eq!(two_days["count"], 8);
    assert_eq!(
        two_days["to"].as_u64().unwrap() - two_days["from"].as_u64().unwrap(),
        2 * 86_400
    );

    let missing = vpncert(&sb, &emu, &["logs", "--server", "vss-missing"]);
    missing.assert_code(1);
    assert!(missing.stderr.contains("InvalidSslVpnServerId.NotFound"));
    vpncert(&sb, &emu, &["logs", "--server", SERVER, "--since", "0h"]).assert_code(2);
}

#[test]
fn wait_returns_once_active_and_exits_3_on_timeout() {
    let settle = Duration::from_millis(150);
    let emu = emulator().settle(settle).start().unwrap();
    let sb = Sandbox::new();

    let idle = json(&sb, &emu, &["wait", "--gateway", GATEWAY]);
    assert_eq!(idle["vpn_gateway_id"], GATEWAY);
    assert_eq!(idle["status"], "active");

    let id = new_cert(&sb, &emu, "alice");
    let started = Instant::now();
    json(&sb, &emu, &["delete", &id]);
    let waited = json(
        &sb,
        &emu,
        &["wait", "--gateway", GATEWAY, "--timeout", "10s"],
    );
    assert!(started.elapsed() >= settle);
    assert_eq!(waited["status"], "active");
    assert_eq!(status(&emu, GATEWAY), "active");
    let text = vpncert(&sb, &emu, &["wait", "--gateway", GATEWAY]);
    text.assert_code(0);
    assert!(text.stdout.contains("active"), "{}", text.stdout);

    // A gateway that stays busy: a timeout, exit 3.
    let slow = emulator().settle(Duration::from_secs(60)).start().unwrap();
    let id = new_cert(&sb, &slow, "bob");
    json(&sb, &slow, &["delete", &id]);
    let started = Instant::now();
    let timed_out = run(sb.cli(&slow.url()).args([
        "--output",
        "json",
        "wait",
        "--gateway",
        GATEWAY,
        "--timeout",
        "400ms",
    ]));
    timed_out.assert_code(3);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(timed_out.json_error()["exit_code"], 3);

    // Locked: the wait ends at once with the API's code, exit 1.
    slow.set_gateway_state(GATEWAY, ServerState::Locked);
    let started = Instant::now();
    let locked = run(sb.cli(&slow.url()).args([
        "--output",
        "json",
        "wait",
        "--gateway",
        GATEWAY,
        "--timeout",
        "60s",
    ]));
    locked.assert_code(1);
    assert_eq!(locked.json_error()["code"], "VpnGateway.FinancialLocked");
    assert!(started.elapsed() < Duration::from_secs(10));

    vpncert(&sb, &emu, &["wait", "--gateway", "vpn-missing"]).assert_code(1);
    vpncert(&sb, &emu, &["wait", "--gateway", GATEWAY, "--timeout", "0"]).assert_code(2);
    vpncert(&sb, &emu, &["wait"]).assert_code(2);
}

#[test]
fn delete_says_how_many_clients_were_connected_and_disconnected() {
    let emu = emulator().start().unwrap();
    let sb = Sandbox::new();
    let alice = new_cert(&sb, &emu, "alice");
    let bob = new_cert(&sb, &emu, "bob");
    let carol = new_cert(&sb, &emu, "carol");
    emu.connect(&alice, Some("198.51.100.7")).unwrap();
    emu.connect(&alice, Some("198.51.100.8")).unwrap();
    emu.connect(&bob, None).unwrap();

    let deleted = run(sb
        .cli(&emu.url())
        .args(["--output", "json", "delete", &carol, "--wait"]));
    deleted.assert_code(0);
    let out = deleted.json();
    assert_eq!(out["result"], "deleted");
    assert_eq!(out["disconnected"], 3, "{out}");
    assert_eq!(out["waited"], true);
    assert!(
        deleted.stderr.contains("3 client(s) connected"),
        "{}",
        deleted.stderr
    );
    assert_eq!(emu.state()["connections"], serde_json::json!([]));
    assert_eq!(
        status(&emu, GATEWAY),
        "active",
        "--wait waits for the gateway"
    );

    // Nobody connected now: the table says so.
    let text = vpncert(&sb, &emu, &["delete", &bob]);
    text.assert_code(0);
    assert!(
        text.stdout.contains("0 client(s) of its server"),
        "{}",
        text.stdout
    );
    assert!(
        !text.stderr.contains("will be disconnected"),
        "{}",
        text.stderr
    );

    // Already deleted: nothing to report about connections.
    let again = json(&sb, &emu, &["delete", &bob]);
    assert_eq!(again["result"], "already_deleted");
    assert!(again["disconnected"].is_null(), "{again}");
}
