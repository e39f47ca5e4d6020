//! Exit codes and error lines that need no emulator: usage errors, missing credentials, and an
//! endpoint where nothing listens.

mod common;

use common::{closed_endpoint, run, Sandbox, SERVER};

#[test]
fn usage_errors_exit_2() {
    let sb = Sandbox::new();
    let endpoint = closed_endpoint();
    let cases: &[&[&str]] = &[
        &[],
        &["no-such-command"],
        &["issue", "--server", SERVER],
        &[
            "issue",
            "--server",
            SERVER,
            "--name",
            "a",
            "--names-from",
            "n.txt",
        ],
        &["issue", "--server", SERVER, "--names-from", "n.txt"],
        &["show"],
        &["delete", "vsc-1", "--wait-timeout", "5s"],
        &["--timeout", "0", "list"],
        &["--timeout", "ten", "list"],
        &["--output", "yaml", "list"],
        &["--signature-version", "v2", "list"],
        &["--max-retries", "-1", "list"],
        &["--configuring-timeout", "-1s", "list"],
        &["--configuring-timeout", "forever", "list"],
        &["--retry-mode", "fast", "list"],
    ];
    for args in cases {
        let r = run(sb.cli(&endpoint).args(*args));
        assert_eq!(r.code, 2, "{args:?}\nstderr: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?} printed {}", r.stdout);
    }
}

#[test]
fn local_validation_is_a_usage_error_and_sends_nothing() {
    let sb = Sandbox::new();
    // Nothing listens there: a request would be a transport error (3), not 2.
    let endpoint = closed_endpoint();
    for args in [
        vec!["create", "--server", SERVER, "--name", "http://alice"],
        vec![
            "create",
            "--server",
            SERVER,
            "--client-token",
            &"t".repeat(65),
        ],
        vec!["issue", "--server", SERVER, "--name", &"n".repeat(101)],
        vec!["rename", "vsc-1", ""],
        vec!["show", "vsc 1"],
    ] {
        let r = run(sb.cli(&endpoint).args(&args));
        r.assert_code(2);
        assert!(
            r.stderr
                .starts_with("vpncert: error: InvalidInput: invalid parameter "),
            "{args:?}: {}",
            r.stderr
        );
        assert_eq!(r.stderr.lines().count(), 1, "one line: {}", r.stderr);
    }
}

#[test]
fn missing_region_is_a_usage_error() {
    let sb = Sandbox::new();
    let r = run(sb.bare().args(["--endpoint", &closed_endpoint(), "list"]));
    r.assert_code(2);
    assert!(r.stderr.contains("RegionId"), "{}", r.stderr);
}

#[test]
fn missing_credentials_exit_3() {
    let sb = Sandbox::new();
    let r = run(sb.bare().args([
        "--region",
        "cn-hangzhou",
        "--endpoint",
        &closed_endpoint(),
        "--output",
        "json",
        "list",
    ]));
    r.assert_code(3);
    assert!(r.stdout.is_empty());
    let e = r.json_error();
    assert_eq!(e["code"], "Credentials");
    assert_eq!(e["exit_code"], 3);
    assert!(e["message"]
        .as_str()
        .unwrap()
        .contains("ALIBABA_CLOUD_ACCESS_KEY_ID"));
}

#[test]
fn closed_port_is_a_transport_error_exit_3() {
    let sb = Sandbox::new();
    let endpoint = closed_endpoint();
    for args in [
        vec!["list"],
        vec!["servers"],
        vec!["show", "vsc-1"],
        vec!["create", "--server", SERVER],
        vec!["delete", "vsc-1"],
        vec!["rename", "vsc-1", "bob"],
    ] {
        let r = run(sb.cli(&endpoint).args(["--max-retries", "0"]).args(&args));
        r.assert_code(3);
        assert!(
            r.stderr.starts_with("vpncert: error: Transport: "),
            "{args:?}: {}",
            r.stderr
        );
        assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    }
}

#[test]
fn an_existing_profile_is_refused_before_anything_is_sent() {
    let sb = Sandbox::new();
    std::fs::write(sb.join("alice.ovpn"), "keep me").unwrap();
    let r = run(sb
        .cli(&closed_endpoint())
        .args(["issue", "--server", SERVER, "--name", "alice"]));
    r.assert_code(2);
    assert!(
        r.stderr.contains("FileExists") && r.stderr.contains("--force"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::read_to_string(sb.join("alice.ovpn")).unwrap(),
        "keep me"
    );
}

#[test]
fn a_directory_is_not_a_profile_file() {
    let sb = Sandbox::new();
    std::fs::create_dir(sb.join("profiles")).unwrap();
    for force in [false, true] {
        let mut cmd = sb.cli(&closed_endpoint());
        cmd.args([
            "issue", "--server", SERVER, "--name", "a", "--out", "profiles",
        ]);
        if force {
            cmd.arg("--force");
        }
        let r = run(&mut cmd);
        r.assert_code(2);
        assert!(r.stderr.contains("IsADirectory"), "{}", r.stderr);
    }
}

#[test]
fn bad_names_files_are_usage_errors() {
    let sb = Sandbox::new();
    std::fs::write(sb.join("empty.txt"), "# nobody yet\n\n").unwrap();
    std::fs::write(sb.join("binary.txt"), [0xff, 0xfe, 0x00, 0x41]).unwrap();
    for file in ["missing.txt", "empty.txt", "binary.txt"] {
        let r = run(sb.cli(&closed_endpoint()).args([
            "issue",
            "--server",
            SERVER,
            "--names-from",
            file,
            "--out-dir",
            "profiles",
        ]));
        r.assert_code(2);
        assert!(r.stderr.contains("NamesFile"), "{file}: {}", r.stderr);
    }
}

#[test]
fn help_and_version_exit_0() {
    let sb = Sandbox::new();
    for args in [
        &["--help"][..],
        &["--version"],
        &["issue", "--help"],
        &["help", "list"],
    ] {
        let r = run(sb.bare().args(args));
        r.assert_code(0);
        assert!(!r.stdout.is_empty());
    }
}
