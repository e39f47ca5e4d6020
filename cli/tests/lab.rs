//! `vpncert lab`: issue on the built-in emulator, connect with a real OpenVPN, revoke, see the
//! profile refused, leave nothing behind; and a clear error without OpenVPN.
//!
//! The tests that run OpenVPN are ignored by a plain `cargo test`; `tests/openvpn/run.sh`
//! (part of `scripts/test.sh`) runs them in a network namespace with only loopback.

mod common;

use common::{run, Sandbox};

fn scratch_dirs(sb: &Sandbox) -> Vec<String> {
    std::fs::read_dir(sb.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("vpncert-lab-"))
        .collect()
}

fn lab(proto: &str) {
    let sb = Sandbox::new();
    let r = run(sb.bare().env("TMPDIR", sb.path()).args([
        "--output", "json", "lab", "--proto", proto, "--name", "Jane Doe",
    ]));
    r.assert_code(0);
    let report = r.json();
    assert_eq!(report["name"], "Jane Doe");
    assert!(
        report["openvpn_remote"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/{proto}")),
        "{report}"
    );
    let connect = &report["connect"];
    assert_eq!(connect["outcome"], "connected", "{report}");
    assert_eq!(connect["data_cipher"], "AES-128-CBC", "{report}");
    assert_eq!(
        connect["client_warnings"],
        serde_json::json!([]),
        "{report}"
    );
    let revoked = &report["after_revoke"];
    assert_eq!(revoked["outcome"], "refused", "{report}");
    assert!(
        revoked["detail"]
            .as_str()
            .unwrap()
            .contains("certificate revoked"),
        "{report}"
    );
    assert_eq!(scratch_dirs(&sb), Vec::<String>::new(), "the lab cleans up");
    assert!(!r.stdout.contains("PRIVATE KEY"));
}

#[test]
#[ignore = "needs openvpn: run by tests/openvpn/run.sh in a network namespace"]
fn lab_connects_over_udp_and_the_revoked_profile_is_refused() {
    lab("udp");
}

#[test]
#[ignore = "needs openvpn: run by tests/openvpn/run.sh in a network namespace"]
fn lab_connects_over_tcp_and_the_revoked_profile_is_refused() {
    lab("tcp");
}

#[test]
#[ignore = "needs openvpn: run by tests/openvpn/run.sh in a network namespace"]
fn lab_tells_what_it_did_in_words() {
    let sb = Sandbox::new();
    let r = run(sb.bare().env("TMPDIR", sb.path()).arg("lab"));
    r.assert_code(0);
    for want in [
        "Connected in",
        "Initialization Sequence Completed",
        "The client printed no warning.",
        "the same profile is refused",
        "certificate revoked",
    ] {
        assert!(
            r.stdout.contains(want),
            "{want:?} missing from\n{}",
            r.stdout
        );
    }
}

#[test]
fn without_openvpn_the_lab_says_how_to_install_it() {
    let sb = Sandbox::new();
    let missing = sb.join("no-such-openvpn");
    let r = run(sb.bare().args(["lab", "--openvpn"]).arg(&missing));
    r.assert_code(3);
    for want in [
        "OpenVpnMissing",
        "apt-get install openvpn",
        "no-such-openvpn",
    ] {
        assert!(
            r.stderr.contains(want),
            "{want:?} missing from {}",
            r.stderr
        );
    }
    // Through the environment, and a program that is not OpenVPN.
    let r = run(sb.bare().env("VPNCERT_OPENVPN", "/bin/true").arg("lab"));
    r.assert_code(3);
    assert!(
        r.stderr.contains("does not print an OpenVPN version"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty(), "nothing was done: {}", r.stdout);
}
