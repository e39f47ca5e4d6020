//! The `vpncert-emulator` binary: first line, banner, flags, and a clean exit on signals.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

struct Running {
    child: Child,
    out: BufReader<ChildStdout>,
    url: String,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(args: &[&str]) -> Running {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vpncert-emulator"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    let url = first
        .trim_end()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
        .to_owned();
    Running { child, out, url }
}

fn banner(r: &mut Running, lines: usize) -> Vec<String> {
    (0..lines)
        .map(|_| {
            let mut l = String::new();
            r.out.read_line(&mut l).unwrap();
            l.trim_end().to_owned()
        })
        .collect()
}

fn signal_and_wait(r: &mut Running, signal: &str) {
    let status = Command::new("kill")
        .args([signal, &r.child.id().to_string()])
        .status()
        .expect("kill(1) runs");
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if let Some(status) = r.child.try_wait().unwrap() {
            assert!(status.success(), "exit status {status:?}");
            return;
        }
        assert!(Instant::now() < deadline, "no exit after {signal}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn no_flags_serves_the_default_key_and_server_and_stops_on_sigterm() {
    let mut r = start(&[]);
    assert!(r.url.starts_with("http://127.0.0.1:"), "{}", r.url);
    assert_eq!(
        banner(&mut r, 2),
        [
            "access key testid:testsecret (owner)",
            "server cn-hangzhou:vss-emulator0001 (ready)"
        ]
    );
    let c = client(&r.url, vpncert::SignatureVersion::V3);
    c.create_ssl_vpn_client_cert(&vpncert::CreateSslVpnClientCert::new(SERVER).name("bin"))
        .unwrap();
    signal_and_wait(&mut r, "-TERM");
}

#[test]
fn flags_configure_keys_servers_limits_and_faults() {
    let mut r = start(&[
        "--listen",
        "127.0.0.1:0",
        "--access-key",
        "AK1:SK1",
        "--access-key",
        "AK2:SK2:subuser",
        "--server",
        "cn-shanghai:vss-a:configuring=1",
        "--server",
        "cn-shanghai:vss-b:locked",
        "--quota",
        "1",
        "--seed",
        "1",
        "--latency-ms",
        "1",
    ]);
    assert_eq!(
        banner(&mut r, 4),
        [
            "access key AK1:SK1 (owner)",
            "access key AK2:SK2 (subuser)",
            "server cn-shanghai:vss-a (configuring)",
            "server cn-shanghai:vss-b (locked)",
        ]
    );
    let req = |server: &str| {
        Req::new("CreateSslVpnClientCert")
            .param("RegionId", "cn-shanghai")
            .param("SslVpnServerId", server)
            .key("AK1", "SK1")
    };
    v1(&r.url, &req("vss-a")).expect_error(400, "VpnGateway.Configuring");
    v1(&r.url, &req("vss-a")).ok();
    v1(&r.url, &req("vss-a")).expect_error(400, "Resource.QuotaFull");
    v1(&r.url, &req("vss-b")).expect_error(400, "VpnGateway.FinancialLocked");
    v1(&r.url, &req("vss-a").key("AK2", "SK2")).expect_error(403, "Forbbiden.SubUser");
    v1(&r.url, &req("vss-a").key("testid", "testsecret"))
        .expect_error(404, "InvalidAccessKeyId.NotFound");
    signal_and_wait(&mut r, "-INT");
}

#[test]
fn tls_and_sts_flags() {
    let mut r = start(&["--tls", "--sts", "STS.x:sx:tok"]);
    assert!(r.url.starts_with("https://127.0.0.1:"), "{}", r.url);
    let lines = banner(&mut r, 3);
    assert_eq!(lines[0], "access key STS.x:sx (owner) sts token tok");
    assert_eq!(lines[2], "TLS CA certificate:");
    let mut pem = String::new();
    loop {
        let mut l = String::new();
        r.out.read_line(&mut l).unwrap();
        pem.push_str(&l);
        if l.starts_with("-----END CERTIFICATE-----") {
            break;
        }
    }
    let c = vpncert::Client::builder()
        .region_id(REGION)
        .credentials(vpncert::Credentials::sts("STS.x", "sx", "tok"))
        .endpoint(&r.url)
        .ca_bundle_pem(pem.into_bytes())
        .max_retries(0)
        .build()
        .unwrap();
    c.create_ssl_vpn_client_cert(&vpncert::CreateSslVpnClientCert::new(SERVER))
        .expect("HTTPS and STS from the command line");
    signal_and_wait(&mut r, "-TERM");
}

#[test]
fn the_gateway_fault_kinds_from_the_command_line() {
    let mut r = start(&["--fault", "throttle-api:1", "--fault", "internal-error:0"]);
    banner(&mut r, 2);
    let describe = Req::new("DescribeSslVpnServers");
    let reply = v1(&r.url, &describe);
    reply.expect_error(400, "Throttling.Api");
    assert_eq!(
        reply.message(),
        "Request was denied due to api flow control."
    );
    let mut resp = agent()
        .get(format!("{}/__emulator/state", r.url))
        .call()
        .unwrap();
    let state: serde_json::Value =
        serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap();
    assert_eq!(state["faults"]["throttling_api"], 1);
    assert_eq!(state["faults"]["internal_error"], 0);
    signal_and_wait(&mut r, "-TERM");

    for (kind, status, code) in [
        ("throttle-user", 400, "Throttling.User"),
        ("rejected-throttling", 400, "Rejected.Throttling"),
        ("unknown-error", 500, "UnknownError"),
    ] {
        let mut r = start(&["--fault", &format!("{kind}:1")]);
        v1(&r.url, &describe).expect_error(status, code);
        signal_and_wait(&mut r, "-TERM");
    }
}

#[test]
fn the_connection_fault_kinds_from_the_command_line() {
    let mut r = start(&["--fault", "reset-before:1", "--fault", "close-idle:0"]);
    banner(&mut r, 2);
    assert!(try_v1(&r.url, &Req::new("DescribeSslVpnServers")).is_err());
    let mut resp = agent()
        .get(format!("{}/__emulator/state", r.url))
        .call()
        .unwrap();
    let state: serde_json::Value =
        serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap();
    assert_eq!(state["faults"]["reset_before"], 1);
    assert_eq!(state["faults"]["close_idle"], 0);
    assert_eq!(state["certificates"].as_array().unwrap().len(), 0);
    signal_and_wait(&mut r, "-TERM");
}

#[test]
fn dns_servers_flag() {
    let mut r = start(&[
        "--server",
        "cn-hangzhou:vss-a",
        "--server",
        "cn-hangzhou:vss-b",
        "--dns-servers",
        "vss-a=10.0.0.2,10.0.0.3",
    ]);
    banner(&mut r, 3);
    let body = v1(&r.url, &Req::new("DescribeSslVpnServers")).ok().body;
    let items = &body["SslVpnServers"]["SslVpnServer"];
    assert_eq!(items[0]["SslVpnServerId"], "vss-a");
    assert_eq!(items[0]["DnsServers"], "10.0.0.2,10.0.0.3");
    assert!(items[1].get("DnsServers").is_none(), "{body}");
    signal_and_wait(&mut r, "-TERM");
}

#[test]
fn bad_flags_fail_with_a_message() {
    for args in [
        &["--fault", "500:0.1"][..],
        &["--fault", "throttle-usr:0.1"][..],
        &["--dns-servers", "vss-emulator0001=dns.example"][..],
        &["--dns-servers", "vss-nowhere=10.0.0.2"][..],
        &["--server", "nowhere"][..],
        &["--listen", "127.0.0.1:65536"][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_vpncert-emulator"))
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!status.success(), "{args:?} succeeded");
        assert!(!err.trim().is_empty(), "{args:?} printed nothing");
    }
}

/// Signals the binary, waits for it and returns what it printed on stderr.
fn stderr_after_stop(mut r: Running) -> String {
    signal_and_wait(&mut r, "-TERM");
    let mut err = String::new();
    r.child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    err
}

#[test]
fn a_non_loopback_listen_address_is_warned_about_on_stderr() {
    // Bound to every interface only for the moment it takes to read the warning; the test
    // itself talks to nothing.
    let r = start(&["--listen", "0.0.0.0:0"]);
    let err = stderr_after_stop(r);
    assert!(err.contains("WARNING"), "{err}");
    assert!(err.contains("0.0.0.0:"), "{err}");
    assert!(err.contains("testid:testsecret"), "{err}");
    assert!(err.contains("PRIVATE KEYS"), "{err}");

    let r = start(&[]);
    let err = stderr_after_stop(r);
    assert!(!err.contains("WARNING"), "loopback is quiet: {err}");
}

#[test]
fn the_family_flags_reach_the_running_emulator() {
    let mut r = start(&[
        "--server",
        "cn-hangzhou:vss-emulator0001",
        "--server",
        "cn-hangzhou:vss-mfa00001",
        "--server-idaas",
        "vss-mfa00001=idaas-cn-mfa0001:cn-shanghai:app-mfa0001:2.0",
        "--gateway",
        "cn-hangzhou:vpn-bare0001",
        "--ssl-max-connections",
        "vpn-bare0001=20",
        "--gateway-tag",
        "vss-emulator0001:env=prod",
        "--settle-ms",
        "5000",
        "--create-settle-ms",
        "5000",
    ]);
    assert_eq!(
        banner(&mut r, 4)[1..],
        [
            "server cn-hangzhou:vss-emulator0001 (ready)",
            "server cn-hangzhou:vss-mfa00001 (ready)",
            "gateway cn-hangzhou:vpn-bare0001 (ready)",
        ]
    );
    let url = r.url.clone();
    let servers = v1(&url, &Req::new("DescribeSslVpnServers")).ok();
    let mfa = &servers.body["SslVpnServers"]["SslVpnServer"][1];
    assert_eq!(
        [
            &mfa["EnableMultiFactorAuth"],
            &mfa["IDaaSInstanceId"],
            &mfa["IDaaSRegionId"],
            &mfa["IDaaSApplicationId"],
            &mfa["IDaaSInstanceVersion"]
        ],
        [
            true.into(),
            "idaas-cn-mfa0001".into(),
            "cn-shanghai".into(),
            "app-mfa0001".into(),
            "2.0".into()
        ]
        .iter()
        .collect::<Vec<&serde_json::Value>>()[..]
    );
    let bare = v1(
        &url,
        &Req::new("DescribeVpnGateway").param("VpnGatewayId", "vpn-bare0001"),
    )
    .ok();
    assert_eq!(bare.body["SslMaxConnections"], 20);
    let tagged = v1(
        &url,
        &Req::new("DescribeVpnGateways")
            .param("Tag.1.Key", "env")
            .param("Tag.1.Value", "prod"),
    )
    .ok();
    assert_eq!(tagged.body["TotalCount"], 1);
    // --create-settle-ms: a create leaves the gateway updating for 5 s.
    create(&url, "one");
    assert_eq!(gateway_status(&url, "vpn-emulator0001"), "updating");
    v1(
        &url,
        &Req::new("CreateSslVpnClientCert").param("SslVpnServerId", SERVER),
    )
    .expect_error(400, "VpnGateway.Configuring");
    // --settle-ms: so does a server create.
    v1(
        &url,
        &Req::new("CreateSslVpnServer")
            .param("VpnGatewayId", "vpn-bare0001")
            .param("LocalSubnet", "10.0.0.0/8")
            .param("ClientIpPool", "192.168.0.0/24"),
    )
    .ok();
    assert_eq!(gateway_status(&url, "vpn-bare0001"), "updating");
    signal_and_wait(&mut r, "-TERM");
}

#[test]
fn the_old_settle_flag_still_works() {
    let r = start(&["--delete-settle-ms", "5000"]);
    let id = create(&r.url, "a");
    v1(
        &r.url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &id),
    )
    .ok();
    assert_eq!(gateway_status(&r.url, "vpn-emulator0001"), "updating");
}
