//! `vpncert issue --name`: what a person handing over one profile runs, and what goes wrong
//! before and after the certificate exists; plus the global flags those runs lean on
//! (`--ca-bundle`, `--output json` usage errors, endpoints written without a scheme).

mod common;

use common::{certs_per_name, mode, run, Sandbox, SERVER};
use vpncert_emulator::Emulator;

#[test]
fn out_dash_prints_the_profile_and_writes_no_file() {
    let emu = Emulator::start_default().unwrap();
    let sb = Sandbox::new();
    let r = run(sb
        .cli(&emu.url())
        .args(["issue", "--server", SERVER, "--name", "alice", "--out", "-"]));
    r.assert_code(0);
    assert!(
        r.stdout.starts_with("client\n") || r.stdout.contains("\nclient\n"),
        "{}",
        r.stdout
    );
    common::assert_inline_pem(&r.stdout, "key", "PRIVATE KEY");
    assert!(!r.stderr.contains("PRIVATE KEY"), "{}", r.stderr);
    let files: Vec<_> = std::fs::read_dir(sb.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().ends_with(".ovpn"))
        .collect();
    assert!(files.is_empty(), "wrote {files:?}");
    assert_eq!(certs_per_name(&emu.state())["alice"], 1);
}

#[test]
fn a_missing_output_directory_is_refused_before_any_certificate_exists() {
    let emu = Emulator::start_default().unwrap();
    let sb = Sandbox::new();
    let r = run(sb.cli(&emu.url()).args([
        "issue",
        "--server",
        SERVER,
        "--name",
        "alice",
        "--out",
        "nowhere/alice.ovpn",
    ]));
    r.assert_code(2);
    assert!(r.stderr.contains("nowhere"), "{}", r.stderr);
    assert!(r.stderr.contains("create it first"), "{}", r.stderr);
    assert_eq!(emu.state()["requests"], 0, "a request was sent");
    assert!(emu.state()["certificates"].as_array().unwrap().is_empty());
}

/// `/sys` takes no new file, even for root (whom permission bits do not stop).
#[cfg(target_os = "linux")]
#[test]
fn an_output_directory_that_takes_no_file_is_refused_before_any_certificate_exists() {
    let emu = Emulator::start_default().unwrap();
    let sb = Sandbox::new();
    let r = run(sb.cli(&emu.url()).args([
        "issue",
        "--server",
        SERVER,
        "--name",
        "alice",
        "--out",
        "/sys/alice.ovpn",
    ]));
    r.assert_code(2);
    assert!(
        r.stderr.contains("no new file can be made in /sys"),
        "{}",
        r.stderr
    );
    assert_eq!(emu.state()["requests"], 0, "a request was sent");
}

#[test]
fn a_rerun_after_a_lost_profile_gets_the_same_certificate_back() {
    let emu = Emulator::start_default().unwrap();
    let sb = Sandbox::new();
    let issue = |out: &str| {
        run(sb.cli(&emu.url()).args([
            "--output", "json", "issue", "--server", SERVER, "--name", "alice", "--out", out,
        ]))
    };
    let first = issue("alice.ovpn");
    first.assert_code(0);
    let first_id = first.json()["ssl_vpn_client_cert_id"]
        .as_str()
        .unwrap()
        .to_owned();
    // The file is lost (or the first run died after the create); the rerun must not make a
    // second certificate for the same person.
    std::fs::remove_file(sb.join("alice.ovpn")).unwrap();
    let second = issue("alice.ovpn");
    second.assert_code(0);
    assert_eq!(second.json()["ssl_vpn_client_cert_id"], first_id.as_str());
    assert_eq!(certs_per_name(&emu.state())["alice"], 1);
    assert_eq!(mode(&sb.join("alice.ovpn")), 0o600);

    // An explicit token is still the caller's to choose: another token, another certificate.
    let third = run(sb.cli(&emu.url()).args([
        "--output",
        "json",
        "issue",
        "--server",
        SERVER,
        "--name",
        "alice",
        "--out",
        "alice-2.ovpn",
        "--client-token",
        "ticket-4711",
    ]));
    third.assert_code(0);
    assert_ne!(third.json()["ssl_vpn_client_cert_id"], first_id.as_str());
    assert_eq!(certs_per_name(&emu.state())["alice"], 2);
}

#[test]
fn no_name_says_whom_for() {
    let sb = Sandbox::new();
    let r = run(sb
        .cli(&common::closed_endpoint())
        .args(["issue", "--server", SERVER]));
    r.assert_code(2);
    assert!(
        r.stderr.contains("--name NAME") && r.stderr.contains("--names-from FILE"),
        "{}",
        r.stderr
    );
}

#[test]
fn usage_errors_are_json_under_output_json() {
    let sb = Sandbox::new();
    let r = run(sb
        .bare()
        .args(["--output", "json", "list", "--no-such-flag"]));
    r.assert_code(2);
    let e = r.json_error();
    assert_eq!(e["code"], "Usage");
    assert_eq!(e["exit_code"], 2);
    assert!(
        e["message"].as_str().unwrap().contains("--no-such-flag"),
        "{e}"
    );

    // A missing argument is named (clap puts it on a line of its own).
    let r = run(sb.bare().args(["--output", "json", "issue", "--name", "x"]));
    r.assert_code(2);
    let message = r.json_error()["message"].as_str().unwrap().to_owned();
    assert!(
        message.contains("not provided") && message.contains("--server <SSL_VPN_SERVER_ID>"),
        "{message}"
    );
    assert!(!message.contains("Usage:"), "{message}");

    let r = run(sb
        .bare()
        .args(["--output=json", "plan", "--detailed-exitcode", "--bogus"]));
    r.assert_code(1);
    assert_eq!(r.json_error()["exit_code"], 1);

    // Without --output json, clap's own text.
    let r = run(sb.bare().args(["list", "--no-such-flag"]));
    r.assert_code(2);
    assert!(r.stderr.contains("--no-such-flag"), "{}", r.stderr);
    assert!(serde_json::from_str::<serde_json::Value>(r.stderr.trim()).is_err());
}

#[test]
fn a_loopback_endpoint_without_a_scheme_is_refused_with_the_fix() {
    let sb = Sandbox::new();
    let r = run(sb.cli("127.0.0.1:8080").args(["list"]));
    r.assert_code(2);
    assert!(r.stderr.contains("http://127.0.0.1:8080"), "{}", r.stderr);
}

#[test]
fn ca_bundle_trusts_a_private_ca_and_its_absence_gets_a_hint() {
    let emu = Emulator::builder().tls(true).start().unwrap();
    let sb = Sandbox::new();
    std::fs::write(sb.join("ca.pem"), emu.ca_pem().unwrap()).unwrap();

    let trusted =
        run(sb
            .cli(&emu.url())
            .args(["--ca-bundle", "ca.pem", "--output", "json", "list"]));
    trusted.assert_code(0);
    assert_eq!(trusted.json()["count"], 0);

    let untrusted = run(sb.cli(&emu.url()).args(["list"]));
    assert_ne!(untrusted.code, 0);
    assert!(
        untrusted.stderr.contains("--ca-bundle"),
        "{}",
        untrusted.stderr
    );

    let missing = run(sb.cli(&emu.url()).args(["--ca-bundle", "nope.pem", "list"]));
    missing.assert_code(2);
    assert!(missing.stderr.contains("nope.pem"), "{}", missing.stderr);
}

#[test]
fn both_retry_modes_carry_a_call_through_throttling() {
    // Every other request is throttled: each mode retries it, within its own rules.
    let emu = Emulator::builder()
        .fault(vpncert_emulator::FaultKind::ThrottlingUser, 0.5)
        .seed(3)
        .start()
        .unwrap();
    let sb = Sandbox::new();
    for mode in ["standard", "adaptive"] {
        let r = run(sb.cli(&emu.url()).args([
            "--retry-mode",
            mode,
            "--max-retries",
            "8",
            "list",
            "--server",
            SERVER,
        ]));
        r.assert_code(0);
    }
    assert!(emu.state()["faults"]["throttling_user"].as_u64().unwrap() > 0);
}

#[test]
fn vv_logs_every_attempt_and_v_does_not() {
    // Every request is throttled until the retries run out: three attempts.
    let emu = Emulator::builder()
        .fault(vpncert_emulator::FaultKind::Throttling, 1.0)
        .start()
        .unwrap();
    let sb = Sandbox::new();
    let attempts = |verbose: &str| {
        let r = run(sb.cli(&emu.url()).args([
            verbose,
            "--max-retries",
            "2",
            "list",
            "--server",
            SERVER,
        ]));
        assert_ne!(r.code, 0);
        r.stderr
            .lines()
            .filter(|l| l.contains("DescribeSslVpnClientCerts: attempt"))
            .count()
    };
    assert_eq!(attempts("-vv"), 3);
    assert_eq!(attempts("-v"), 0);
}
