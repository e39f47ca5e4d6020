//! Real OpenVPN 2.6 on loopback, from the Rust path: the profiles the `vpncert` crate writes
//! connect to a server run from the emulator's configuration (both sides print "Initialization
//! Sequence Completed", with the server's cipher and no warning from the profile), a deleted
//! certificate is refused by the server's CRL while another person's still connects, and after
//! a roster rotation only the new profile connects.
//!
//! These need `openvpn` and are ignored by a plain `cargo test`; `tests/openvpn/run.sh` (part
//! of `scripts/test.sh`) runs them inside a network namespace that has only loopback:
//! `cargo test -p vpncert-emulator --test openvpn_real -- --ignored`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use vpncert::roster::{self, ApplyOptions, PlanOptions};
use vpncert::{
    Client, Credentials, DeleteSslVpnClientCert, DescribeSslVpnServers, IssueClientCert,
    ModifySslVpnServer, SslVpnClientCertBundle,
};
use vpncert_emulator::lab::{self, Attempt, OpenVpn};
use vpncert_emulator::{Emulator, OpenVpnProto, OpenVpnRemote};

const SERVER: &str = "vss-emulator0001";
const TIMEOUT: Duration = Duration::from_secs(20);

fn openvpn() -> OpenVpn {
    OpenVpn::find().expect("openvpn (tests/openvpn/run.sh installs it)")
}

fn lab_emulator(proto: OpenVpnProto, validity: Option<Duration>) -> (Emulator, Client) {
    let port = lab::free_port(lab::LOOPBACK, proto).unwrap();
    let mut b = Emulator::builder()
        .openvpn_remote(OpenVpnRemote::new(lab::LOOPBACK, port).proto(proto))
        .settle(Duration::from_millis(50));
    if let Some(v) = validity {
        b = b.cert_validity(v);
    }
    let emu = b.start().unwrap();
    let client = Client::builder()
        .environment(vpncert::Environment::empty())
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(emu.url())
        .build()
        .unwrap();
    (emu, client)
}

fn issue(client: &Client, name: &str) -> SslVpnClientCertBundle {
    client
        .issue_client_cert(
            &IssueClientCert::new(SERVER, name).poll_interval(Duration::from_millis(50)),
        )
        .unwrap()
}

fn write(bundle: &SslVpnClientCertBundle, dir: &Path) -> PathBuf {
    let path = dir.join(format!("{}.ovpn", bundle.name));
    bundle.write_ovpn(&path, false).unwrap();
    path
}

fn attempt(emu: &Emulator, profile: &Path) -> Attempt {
    let config = emu.openvpn_server_config(SERVER).unwrap();
    openvpn().attempt(&config, profile, TIMEOUT).unwrap()
}

/// Connected on both sides, with `cipher`, and no warning from the client.
fn assert_connects(a: &Attempt, cipher: &str) {
    assert!(
        a.connected(),
        "{:?}\n--- client\n{}\n--- server\n{}",
        a.outcome,
        a.client_log,
        a.server_log
    );
    assert!(a.server_log.contains(lab::COMPLETED), "{}", a.server_log);
    assert_eq!(a.data_cipher(), Some(cipher), "{}", a.client_log);
    assert_eq!(a.client_warnings(), Vec::<&str>::new(), "{}", a.client_log);
}

fn assert_revoked(a: &Attempt) {
    assert!(
        a.revoked(),
        "{:?}\n--- client\n{}\n--- server\n{}",
        a.outcome,
        a.client_log,
        a.server_log
    );
    assert!(!a.client_log.contains(lab::COMPLETED), "{}", a.client_log);
}

#[test]
#[ignore = "needs openvpn: run by tests/openvpn/run.sh in a network namespace"]
fn a_profile_from_the_crate_connects_over_udp_with_the_servers_cipher() {
    let (emu, client) = lab_emulator(OpenVpnProto::Udp, None);
    let dir = tempfile::tempdir().unwrap();
    let alice = issue(&client, "alice");
    // The service's profile names its cipher the OpenVPN 2.4 way; ours adds what 2.6 needs.
    assert!(alice
        .client_config
        .expose()
        .contains("cipher AES-128-CBC\n"));
    let profile = write(&alice, dir.path());
    let a = attempt(&emu, &profile);
    assert_connects(&a, "AES-128-CBC");
    assert!(
        a.server_log
            .contains(&format!("CN={}", alice.ssl_vpn_client_cert_id)),
        "the server saw alice's certificate: {}",
        a.server_log
    );
}

#[test]
#[ignore = "needs openvpn: run by tests/openvpn/run.sh in a network namespace"]
fn a_profile_connects_over_tcp_after_the_server_changes_its_cipher() {
    let (emu, client) = lab_emulator(OpenVpnProto::Tcp, None);
    client
        .modify_ssl_vpn_server(&ModifySslVpnServer::new(SERVER).cipher("AES-256-CBC"))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let bob = issue(&client, "bob");
    let profile = write(&bob, dir.path());
    assert!(std::fs::read_to_string(&profile)
        .unwrap()
        .contains("proto tcp\n"));
    assert_connects(&attempt(&emu, &profile), "AES-256-CBC");
}

#[test]
#[ignore = "needs openvpn: run by tests/openvpn/run.sh in a network namespace"]
fn the_profile_built_from_the_servers_settings_connects() {
    let (emu, client) = lab_emulator(OpenVpnProto::Udp, None);
    let dir = tempfile::tempdir().unwrap();
    let mut carol = issue(&client, "carol");
    // As when the service sends no ClientConfig: issue_client_cert then fetches the server.
    carol.client_config = vpncert::Secret::default();
    carol.server = client
        .describe_ssl_vpn_servers(&DescribeSslVpnServers::new().ssl_vpn_server_id(SERVER))
        .unwrap()
        .items
        .into_iter()
        .next();
    let profile = write(&carol, dir.path());
    let text = std::fs::read_to_string(&profile).unwrap();
    assert!(text.contains("\nremote 127.0.0.1 "), "{text}");
    assert_connects(&attempt(&emu, &profile), "AES-128-CBC");
}

#[test]
#[ignore = "needs openvpn: run by tests/openvpn/run.sh in a network namespace"]
fn a_deleted_certificate_is_refused_by_the_crl_and_another_still_connects() {
    let (emu, client) = lab_emulator(OpenVpnProto::Udp, None);
    let dir = tempfile::tempdir().unwrap();
    let alice = issue(&client, "alice");
    let bob = issue(&client, "bob");
    let (alice_ovpn, bob_ovpn) = (write(&alice, dir.path()), write(&bob, dir.path()));
    let before = emu.openvpn_server_config(SERVER).unwrap();
    assert_connects(
        &openvpn().attempt(&before, &alice_ovpn, TIMEOUT).unwrap(),
        "AES-128-CBC",
    );

    client
        .delete_ssl_vpn_client_cert(
            &DeleteSslVpnClientCert::new(&alice.ssl_vpn_client_cert_id)
                .wait_until_gone(Duration::from_secs(10)),
        )
        .unwrap();
    // The server restarts with the new configuration: its CRL lists alice's certificate.
    let after = emu.openvpn_server_config(SERVER).unwrap();
    assert_revoked(&openvpn().attempt(&after, &alice_ovpn, TIMEOUT).unwrap());
    assert_connects(
        &openvpn().attempt(&after, &bob_ovpn, TIMEOUT).unwrap(),
        "AES-128-CBC",
    );
    // It is the CRL that refuses her: the old configuration still lets her in.
    assert_connects(
        &openvpn().attempt(&before, &alice_ovpn, TIMEOUT).unwrap(),
        "AES-128-CBC",
    );
}

#[test]
#[ignore = "needs openvpn: run by tests/openvpn/run.sh in a network namespace"]
fn after_a_rotation_the_new_profile_connects_and_the_old_one_is_refused() {
    // Certificates that live 20 days expire within a 30-day rotation window.
    let (emu, client) = lab_emulator(OpenVpnProto::Udp, Some(Duration::from_secs(20 * 86_400)));
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("profiles");
    let people = roster::parse("alice\n").unwrap();
    let options = PlanOptions::default().server(SERVER);
    let plan = roster::plan(&client, &people, &options).unwrap();
    let report = roster::apply(&client, &plan, &ApplyOptions::new(&dir), &mut |_| {}).unwrap();
    assert!(!report.failed(), "{report:?}");
    let old = out.path().join("alice-old.ovpn");
    std::fs::copy(dir.join("alice.ovpn"), &old).unwrap();
    assert_connects(&attempt(&emu, &old), "AES-128-CBC");

    let plan = roster::plan(
        &client,
        &people,
        &options.rotate_within(Duration::from_secs(30 * 86_400)),
    )
    .unwrap();
    assert_eq!(plan.summary().rotate, 1, "{plan:?}");
    let report = roster::apply(&client, &plan, &ApplyOptions::new(&dir), &mut |_| {}).unwrap();
    assert!(!report.failed(), "{report:?}");
    let new = dir.join("alice.ovpn");
    assert_ne!(
        std::fs::read(&new).unwrap(),
        std::fs::read(&old).unwrap(),
        "apply wrote the new profile"
    );
    assert_connects(&attempt(&emu, &new), "AES-128-CBC");
    assert_revoked(&attempt(&emu, &old));
}
