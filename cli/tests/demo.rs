//! `vpncert demo` (the README's first command) and `vpncert emulator`.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::{run, Sandbox};

#[cfg(unix)]
#[test]
fn demo_issues_alice_into_a_valid_private_profile() {
    let sb = Sandbox::new();
    let r = run(sb.bare().arg("demo"));
    r.assert_code(0);
    let path = sb.join("alice.ovpn");
    assert_eq!(common::mode(&path), 0o600);
    let profile = std::fs::read_to_string(&path).unwrap();
    assert!(
        profile.starts_with("# vpncert: {") && profile.lines().nth(1) == Some("client"),
        "{profile}"
    );
    let owner = vpncert::profile::read_profile_owner(&path).expect("an owner line");
    assert!(owner.is_for("vss-emulator0001", "alice"), "{owner:?}");
    assert!(profile.lines().any(|l| l.starts_with("remote ")));
    assert!(profile.lines().any(|l| l.starts_with("proto ")));
    common::assert_inline_pem(&profile, "ca", "CERTIFICATE");
    common::assert_inline_pem(&profile, "cert", "CERTIFICATE");
    common::assert_inline_pem(&profile, "key", "PRIVATE KEY");

    // It says what it did and how to do the same for real.
    for want in [
        "Started the emulator at http://127.0.0.1:",
        "alice.ovpn",
        "vss-emulator0001",
        "vpncert --region cn-hangzhou issue --server",
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
    ] {
        assert!(
            r.stdout.contains(want),
            "{want:?} missing from:\n{}",
            r.stdout
        );
    }
    assert!(!r.stdout.contains("PRIVATE KEY"));
    let listed = r
        .stdout
        .lines()
        .filter(|l| l.contains("vsc-") && l.contains("alice"))
        .count();
    assert!(listed >= 1, "the list shows alice:\n{}", r.stdout);

    // A second run refuses to replace the profile and leaves it alone.
    let again = run(sb.bare().arg("demo"));
    again.assert_code(2);
    assert!(again.stderr.contains("--force") && again.stderr.contains("--out-dir"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), profile);

    run(sb.bare().args(["demo", "--force"])).assert_code(0);
    assert_ne!(
        std::fs::read_to_string(&path).unwrap(),
        profile,
        "a new certificate"
    );
    assert_eq!(common::mode(&path), 0o600);
}

#[test]
fn demo_json_and_out_dir_ignore_the_callers_environment() {
    let sb = Sandbox::new();
    // Settings that would break a client built from the environment: the demo uses none.
    let r = run(sb
        .bare()
        .env("ALIBABA_CLOUD_ACCESS_KEY_ID", "wrong")
        .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "wrong")
        .env("ALIBABA_CLOUD_REGION_ID", "eu-central-1")
        .env("ALIBABA_CLOUD_ENDPOINT_VPC", "http://127.0.0.1:9")
        .env("HTTP_PROXY", "http://127.0.0.1:9")
        .env("ALL_PROXY", "http://127.0.0.1:9")
        .args(["--output", "json", "demo", "--out-dir", "nested/profiles"]));
    r.assert_code(0);
    let report = r.json();
    assert!(report["emulator_url"]
        .as_str()
        .unwrap()
        .starts_with("http://127.0.0.1:"));
    assert_eq!(report["region_id"], "cn-hangzhou");
    assert_eq!(report["issued"]["name"], "alice");
    assert_eq!(report["issued"]["status"], "normal");
    let id = report["issued"]["ssl_vpn_client_cert_id"].as_str().unwrap();
    assert_eq!(
        report["ssl_vpn_client_certs"][0]["ssl_vpn_client_cert_id"],
        id
    );
    assert_eq!(report["profile"], "nested/profiles/alice.ovpn");
    assert!(sb.join("nested/profiles/alice.ovpn").is_file());
    assert!(!report["next_steps"].as_array().unwrap().is_empty());
}

#[test]
fn the_emulator_command_serves_the_api() {
    let sb = Sandbox::new();
    let mut child = sb
        .bare()
        .args([
            "emulator",
            "--server",
            "cn-shanghai:vss-fromcli",
            "--quota",
            "5",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    let url = first
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("first line: {first:?}"))
        .to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");

    let r = run(sb
        .cli(&url)
        .args(["--region", "cn-shanghai", "--output", "json", "servers"]));
    let _ = child.kill();
    let _ = child.wait();
    r.assert_code(0);
    let servers = r.json();
    assert_eq!(servers["count"], 1);
    assert_eq!(
        servers["ssl_vpn_servers"][0]["ssl_vpn_server_id"],
        "vss-fromcli"
    );
}

#[test]
fn the_emulator_command_rejects_bad_flags() {
    let sb = Sandbox::new();
    for bad in [
        &["emulator", "--fault", "500:0.1"][..],
        &["emulator", "--server", "nocolon"],
        &["emulator", "--quota", "many"],
    ] {
        run(sb.bare().args(bad)).assert_code(2);
    }
}
