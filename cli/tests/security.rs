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
