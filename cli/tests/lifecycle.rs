//! Each command against an emulator running in this test process: results parsed from JSON,
//! API errors with their code and request id, profiles written 0600, secrets kept out of output.

mod common;

use std::time::Duration;

use common::{certs_per_name, run, Sandbox, KEY_ID, REGION, SERVER};
use vpncert_emulator::{Emulator, Role, ServerState};

fn json(sb: &Sandbox, emu: &Emulator, args: &[&str]) -> serde_json::Value {
    run(sb.cli(&emu.url()).args(["--output", "json"]).args(args))
        .assert_code(0)
        .json()
}

#[test]
fn create_show_rename_list_delete_round_trip_in_json() {
    let emu = Emulator::start_default().unwrap();
    let sb = Sandbox::new();

    let created = json(
        &sb,
        &emu,
        &["create", "--server", SERVER, "--name", "alice"],
    );
    let id = created["ssl_vpn_client_cert_id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(id.starts_with("vsc-"), "{created}");
    assert_eq!(created["name"], "alice");
    assert_eq!(created["ssl_vpn_server_id"], SERVER);
    assert!(!created["request_id"].as_str().unwrap().is_empty());

    let shown = json(&sb, &emu, &["show", &id]);
    assert_eq!(shown["ssl_vpn_client_cert_id"], id.as_str());
    assert_eq!(shown["name"], "alice");
    assert_eq!(shown["region_id"], REGION);
    assert_eq!(shown["status"], "normal");
    assert!(shown["end_time"].as_u64().unwrap() > shown["create_time"].as_u64().unwrap());
    assert!(shown["expires_at"].as_str().unwrap().ends_with('Z'));
    assert!(shown["ca_cert"]
        .as_str()
        .unwrap()
        .contains("BEGIN CERTIFICATE"));
    assert!(shown["client_cert"]
        .as_str()
        .unwrap()
        .contains("BEGIN CERTIFICATE"));
    assert!(
        shown.get("client_key").is_none(),
        "key shown without --with-key"
    );
    assert!(!shown.to_string().contains("PRIVATE KEY"));
    assert!(shown["profile"].is_null());

    let with_key = json(&sb, &emu, &["show", &id, "--with-key"]);
    assert!(with_key["client_key"]
        .as_str()
        .unwrap()
        .contains("BEGIN PRIVATE KEY"));

    let renamed = json(&sb, &emu, &["rename", &id, "alice-laptop"]);
    assert_eq!(renamed["ssl_vpn_client_cert_id"], id.as_str());
    assert_eq!(renamed["name"], "alice-laptop");
    assert_eq!(emu.state()["certificates"][0]["name"], "alice-laptop");

    let listed = json(&sb, &emu, &["list", "--server", SERVER]);
    assert_eq!(listed["region_id"], REGION);
    assert_eq!(listed["count"], 1);
    assert_eq!(
        listed["ssl_vpn_client_certs"][0]["ssl_vpn_client_cert_id"],
        id.as_str()
    );
    assert_eq!(listed["ssl_vpn_client_certs"][0]["name"], "alice-laptop");
    let by_name = json(&sb, &emu, &["list", "--name", "nobody"]);
    assert_eq!(by_name["count"], 0);

    let deleted = json(&sb, &emu, &["delete", &id, "--wait"]);
    assert_eq!(deleted["ssl_vpn_client_cert_id"], id.as_str());
    assert_eq!(deleted["result"], "deleted");
    assert_eq!(deleted["waited"], true);
    assert_eq!(emu.state()["certificates"].as_array().unwrap().len(), 0);

    // Deleting what is gone is a success that says so.
    let again = json(&sb, &emu, &["delete", &id]);
    assert_eq!(again["result"], "already_deleted");
    assert_eq!(again["waited"], false);
}

#[test]
fn table_output_names_each_field() {
    let emu = Emulator::start_default().unwrap();
    let sb = Sandbox::new();
    let url = emu.url();
    let r = run(sb
        .cli(&url)
        .args(["create", "--server", SERVER, "--name", "bob"]));
    r.assert_code(0);
    assert!(r.stdout.starts_with("Created:"), "{}", r.stdout);
    let id = emu.state()["certificates"][0]["ssl_vpn_client_cert_id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(r.stdout.contains(&id));

    let list = run(sb.cli(&url).arg("list"));
    list.assert_code(0);
    let lines: Vec<&str> = list.stdout.lines().collect();
    assert!(lines[0].starts_with("ID") && lines[0].contains("NAME") && lines[0].contains("STATUS"));
    assert!(lines[1].starts_with(&id) && lines[1].contains("bob") && lines[1].contains("normal"));

    let show = run(sb.cli(&url).args(["show", &id]));
    show.assert_code(0);
    assert!(show.stdout.contains("BEGIN CERTIFICATE"));
    assert!(!show.stdout.contains("PRIVATE KEY"), "{}", show.stdout);
    assert!(show.stdout.contains("--with-key"));
    let show_key = run(sb.cli(&url).args(["show", &id, "--with-key"]));
    assert!(show_key.stdout.contains("BEGIN PRIVATE KEY"));

    let servers = run(sb.cli(&url).arg("servers"));
    servers.assert_code(0);
    assert!(servers.stdout.lines().nth(1).unwrap().starts_with(SERVER));

    let delete = run(sb.cli(&url).args(["delete", &id]));
    delete.assert_code(0);
    assert!(
        delete.stdout.contains("delete accepted"),
        "{}",
        delete.stdout
    );
}

#[cfg(unix)]
#[test]
fn issue_writes_a_private_profile_and_never_overwrites_silently() {
    let emu = Emulator::start_default().unwrap();
    let sb = Sandbox::new();
    let url = emu.url();
    let issued = run(sb.cli(&url).args([
        "--output", "json", "issue", "--server", SERVER, "--name", "alice",
    ]))
    .assert_code(0)
    .json();
    assert_eq!(issued["profile"], "alice.ovpn");
    assert_eq!(issued["status"], "normal");
    let path = sb.join("alice.ovpn");
    assert_eq!(common::mode(&path), 0o600);
    let first = std::fs::read_to_string(&path).unwrap();
    common::assert_inline_pem(&first, "ca", "CERTIFICATE");
    common::assert_inline_pem(&first, "cert", "CERTIFICATE");
    common::assert_inline_pem(&first, "key", "PRIVATE KEY");
    assert!(first.lines().any(|l| l.starts_with("remote ")));

    let refused = run(sb
        .cli(&url)
        .args(["issue", "--server", SERVER, "--name", "alice"]));
    refused.assert_code(2);
    assert!(refused.stderr.contains("--force"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), first);
    assert_eq!(
        emu.state()["certificates"].as_array().unwrap().len(),
        1,
        "nothing created"
    );

    std::fs::create_dir(sb.join("out")).unwrap();
    run(sb.cli(&url).args([
        "issue",
        "--server",
        SERVER,
        "--name",
        "alice",
        "--out",
        "out/a.ovpn",
    ]))
    .assert_code(0);
    assert_eq!(common::mode(&sb.join("out/a.ovpn")), 0o600);

    // The token is derived from the person, so --force alone writes the same certificate's
    // profile again; a new token (a deliberate second certificate) replaces it.
    run(sb
        .cli(&url)
        .args(["issue", "--server", SERVER, "--name", "alice", "--force"]))
    .assert_code(0);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), first);
    run(sb.cli(&url).args([
        "issue",
        "--server",
        SERVER,
        "--name",
        "alice",
        "--force",
        "--client-token",
        "second-device",
    ]))
    .assert_code(0);
    assert_ne!(
        std::fs::read_to_string(&path).unwrap(),
        first,
        "replaced with --force"
    );
    assert_eq!(common::mode(&path), 0o600);
}

#[cfg(unix)]
#[test]
fn show_out_writes_the_profile_0600() {
    let emu = Emulator::start_default().unwrap();
    let sb = Sandbox::new();
    let url = emu.url();
    let created = json(
        &sb,
        &emu,
        &["create", "--server", SERVER, "--name", "carol"],
    );
    let id = created["ssl_vpn_client_cert_id"].as_str().unwrap();
    let shown = json(&sb, &emu, &["show", id, "--out", "carol.ovpn"]);
    assert_eq!(shown["profile"], "carol.ovpn");
    assert!(shown.get("client_key").is_none());
    let path = sb.join("carol.ovpn");
    assert_eq!(common::mode(&path), 0o600);
    common::assert_inline_pem(
        &std::fs::read_to_string(&path).unwrap(),
        "key",
        "PRIVATE KEY",
    );
    run(sb.cli(&url).args(["show", id, "--out", "carol.ovpn"])).assert_code(2);
    run(sb
        .cli(&url)
        .args(["show", id, "--out", "carol.ovpn", "--force"]))
    .assert_code(0);
}

#[test]
fn delete_waits_out_a_configuring_gateway_unless_told_not_to() {
    let emu = Emulator::builder()
        .access_key(KEY_ID, common::KEY_SECRET, Role::Owner)
        .server(REGION, SERVER, ServerState::Ready)
        .start()
        .unwrap();
    let sb = Sandbox::new();
    let ids: Vec<String> = (0..2)
        .map(|i| {
            let created = json(
                &sb,
                &emu,
                &["create", "--server", SERVER, "--name", &format!("c{i}")],
            );
            created["ssl_vpn_client_cert_id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();

    // The gateway answers Configuring to its next three changes: the default wait rides it out.
    emu.set_server_state(SERVER, ServerState::Configuring(3));
    let deleted = json(&sb, &emu, &["--max-retries", "0", "delete", &ids[0]]);
    assert_eq!(deleted["result"], "deleted");

    // With no wait of its own and no retries, the caller hears of it (exit 1, the API's code).
    emu.set_server_state(SERVER, ServerState::Configuring(3));
    let refused = run(sb.cli(&emu.url()).args([
        "--output",
        "json",
        "--max-retries",
        "0",
        "--configuring-timeout",
        "0",
        "delete",
        &ids[1],
    ]));
    refused.assert_code(1);
    assert_eq!(refused.json_error()["code"], "VpnGateway.Configuring");
}

#[test]
fn api_errors_exit_1_with_code_message_and_request_id_on_one_line() {
    let emu = Emulator::builder()
        .access_key(KEY_ID, common::KEY_SECRET, Role::Owner)
        .server(REGION, SERVER, ServerState::Ready)
        .server(REGION, "vss-locked", ServerState::Locked)
        .quota(1)
        .start()
        .unwrap();
    let sb = Sandbox::new();
    let url = emu.url();

    let missing = run(sb.cli(&url).args(["show", "vsc-doesnotexist"]));
    missing.assert_code(1);
    assert_eq!(missing.stderr.lines().count(), 1, "{}", missing.stderr);
    let line = missing.stderr.trim_end();
    assert!(line.starts_with("vpncert: error: Invalid"), "{line}");
    assert!(
        line.contains(".NotFound: ") && line.contains("request id "),
        "{line}"
    );

    let locked = run(sb
        .cli(&url)
        .args(["--output", "json", "create", "--server", "vss-locked"]));
    locked.assert_code(1);
    let e = locked.json_error();
    assert_eq!(e["code"], "VpnGateway.FinancialLocked");
    assert_eq!(e["http_status"], 400);
    assert_eq!(e["exit_code"], 1);
    assert!(!e["request_id"].as_str().unwrap().is_empty());
    assert!(!e["message"].as_str().unwrap().is_empty());

    run(sb.cli(&url).args(["create", "--server", SERVER])).assert_code(0);
    let full = run(sb
        .cli(&url)
        .args(["--output", "json", "create", "--server", SERVER]));
    full.assert_code(1);
    assert_eq!(full.json_error()["code"], "Resource.QuotaFull");

    let unknown_server = run(sb
        .cli(&url)
        .args(["issue", "--server", "vss-nope", "--name", "x"]));
    unknown_server.assert_code(1);
    assert!(unknown_server
        .stderr
        .contains("InvalidSslVpnServerId.NotFound"));
    assert!(!sb.join("x.ovpn").exists());
}

#[test]
fn secrets_stay_out_of_logs_and_errors() {
    let emu = Emulator::start_default().unwrap();
    let sb = Sandbox::new();
    let wrong_secret = "Wr0ngSecretValue-do-not-print";
    let r = run(sb
        .cli(&emu.url())
        .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", wrong_secret)
        .args(["-vvv", "list"]));
    r.assert_code(1);
    assert!(r.stderr.contains("SignatureDoesNotMatch"), "{}", r.stderr);
    assert!(!r.stderr.contains(wrong_secret) && !r.stdout.contains(wrong_secret));

    let ok = run(sb
        .cli(&emu.url())
        .args(["-vvv", "issue", "--server", SERVER, "--name", "dave"]));
    ok.assert_code(0);
    assert!(
        ok.stderr.contains("vpncert: info: region cn-hangzhou"),
        "{}",
        ok.stderr
    );
    for out in [&ok.stdout, &ok.stderr] {
        assert!(!out.contains(common::KEY_SECRET), "secret printed:\n{out}");
        assert!(!out.contains("PRIVATE KEY"), "key printed:\n{out}");
    }
}

#[test]
fn signature_v3_works_too() {
    let emu = Emulator::start_default().unwrap();
    let sb = Sandbox::new();
    let created = run(sb.cli(&emu.url()).args([
        "--signature-version",
        "v3",
        "--output",
        "json",
        "create",
        "--server",
        SERVER,
    ]))
    .assert_code(0)
    .json();
    assert!(created["ssl_vpn_client_cert_id"]
        .as_str()
        .unwrap()
        .starts_with("vsc-"));
}

#[test]
fn list_and_servers_walk_every_page() {
    let mut builder = Emulator::builder()
        .access_key(KEY_ID, common::KEY_SECRET, Role::Owner)
        .quota(200);
    for i in 0..57 {
        builder = builder.server(REGION, format!("vss-page{i:03}"), ServerState::Ready);
    }
    let emu = builder
        .dns_servers("vss-page000", "10.0.0.2,10.0.0.3")
        .start()
        .unwrap();
    let sb = Sandbox::new();
    for i in 0..56 {
        run(sb.cli(&emu.url()).args([
            "create",
            "--server",
            "vss-page000",
            "--name",
            &format!("u{i}"),
        ]))
        .assert_code(0);
    }
    let listed = json(&sb, &emu, &["list"]);
    assert_eq!(listed["count"], 56);
    let ids: std::collections::BTreeSet<&str> = listed["ssl_vpn_client_certs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["ssl_vpn_client_cert_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 56, "every certificate once");
    assert_eq!(certs_per_name(&emu.state()).len(), 56);

    let servers = json(&sb, &emu, &["servers"]);
    assert_eq!(servers["count"], 57);
    let s = &servers["ssl_vpn_servers"][0];
    assert!(s["ssl_vpn_server_id"]
        .as_str()
        .unwrap()
        .starts_with("vss-page"));
    assert!(s["port"].as_u64().unwrap() > 0);
    assert!(s["local_subnet"].is_array());
    let dns: Vec<&serde_json::Value> = servers["ssl_vpn_servers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["dns_servers"])
        .collect();
    assert!(dns.contains(&&serde_json::json!(["10.0.0.2", "10.0.0.3"])));
    assert_eq!(
        dns.iter().filter(|d| **d == &serde_json::json!([])).count(),
        56
    );
}

#[test]
fn a_slow_api_is_a_timeout_exit_3() {
    let emu = Emulator::builder()
        .access_key(KEY_ID, common::KEY_SECRET, Role::Owner)
        .server(REGION, SERVER, ServerState::Ready)
        .latency(Duration::from_millis(1500))
        .start()
        .unwrap();
    let sb = Sandbox::new();
    let r = run(sb.cli(&emu.url()).args([
        "--timeout",
        "200ms",
        "--max-retries",
        "0",
        "--output",
        "json",
        "servers",
    ]));
    r.assert_code(3);
    assert_eq!(r.json_error()["code"], "Timeout");
}

#[test]
fn profile_picks_the_credentials_file_section() {
    let emu = Emulator::start_default().unwrap();
    let sb = Sandbox::new();
    std::fs::create_dir(sb.join(".alibabacloud")).unwrap();
    std::fs::write(
        sb.join(".alibabacloud/credentials"),
        format!(
            "[default]\ntype = access_key\naccess_key_id = {KEY_ID}\naccess_key_secret = not-the-secret\n\n\
             [vpn-admin]\ntype = access_key\naccess_key_id = {KEY_ID}\naccess_key_secret = {}\n",
            common::KEY_SECRET
        ),
    )
    .unwrap();
    let base = |sb: &Sandbox| {
        let mut c = sb.bare();
        c.args(["--region", REGION, "--endpoint", &emu.url()]);
        c
    };
    let with_default = run(base(&sb).arg("servers"));
    with_default.assert_code(1);
    assert!(
        with_default.stderr.contains("SignatureDoesNotMatch"),
        "{}",
        with_default.stderr
    );
    assert!(!with_default.stderr.contains("not-the-secret"));

    run(base(&sb).args(["--profile", "vpn-admin", "servers"])).assert_code(0);

    let missing = run(base(&sb).args(["--profile", "nobody", "servers"]));
    missing.assert_code(3);
    assert!(
        missing.stderr.contains("vpncert: error: Credentials: "),
        "{}",
        missing.stderr
    );
}
