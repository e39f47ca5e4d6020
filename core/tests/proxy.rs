//! Proxy settings and `NO_PROXY` routing, through a CONNECT proxy on loopback that records every
//! tunnel it opens. The client's settings come from an `Environment` given to the builder, so
//! nothing here changes the process environment. Environment proxies never apply to loopback
//! endpoints, so the proxied cases use an HTTPS name only the test proxy knows (it routes it to
//! an emulator on loopback); whether `NO_PROXY` exempts a host is decided without connecting,
//! and the unit tests of `proxy.rs` cover it entry by entry.

mod credentials_support;

use std::time::Duration;

use credentials_support::{ManualClock, Proxy, Response, Server, Sts, StsConfig, TempHome};
use vpncert::{CreateSslVpnClientCert, Environment, Error};

fn vpc() -> Server {
    Server::start(|req| {
        let p = req.params();
        Response::new(
            200,
            format!(
                r#"{{"RequestId":"R","Name":"n","SslVpnClientCertId":"vsc-{}"}}"#,
                p.get("AccessKeyId").cloned().unwrap_or_default()
            ),
        )
    })
}

fn base_env() -> Environment {
    Environment::empty()
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIproxy")
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s")
}

fn call(env: Environment, vpc: &Server) -> Result<String, Error> {
    vpncert::Client::builder()
        .environment(env)
        .region_id("cn-hangzhou")
        .endpoint(vpc.url())
        .max_retries(0)
        .build()?
        .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new("vss-1"))
        .map(|o| o.ssl_vpn_client_cert_id)
}

/// The name of an HTTPS endpoint that only the test proxy knows (it routes it to an emulator on
/// loopback): environment proxies apply to endpoints that are not loopback only.
const NAMED: &str = "vpc.proxy.test";

/// An HTTPS emulator valid for [`NAMED`], and a proxy that reaches it under that name.
fn named_vpc() -> (vpncert_emulator::Emulator, Proxy) {
    let emulator = vpncert_emulator::Emulator::builder()
        .tls_name(NAMED)
        .start()
        .unwrap();
    let proxy = Proxy::start();
    let addr = emulator
        .url()
        .trim_start_matches("https://")
        .trim_end_matches('/')
        .to_owned();
    proxy.route(&format!("{NAMED}:443"), &addr);
    (emulator, proxy)
}

fn call_named(env: Environment, emulator: &vpncert_emulator::Emulator) -> Result<String, Error> {
    vpncert::Client::builder()
        .environment(
            env.with_var("ALIBABA_CLOUD_ACCESS_KEY_ID", "testid")
                .with_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "testsecret"),
        )
        .region_id("cn-hangzhou")
        .endpoint(format!("https://{NAMED}"))
        .ca_bundle_pem(emulator.ca_pem().unwrap().as_bytes().to_vec())
        .max_retries(0)
        .build()?
        .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new("vss-emulator0001"))
        .map(|o| o.ssl_vpn_client_cert_id)
}

#[test]
fn proxy_variables_route_https_requests_through_the_proxy() {
    for var in ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"] {
        let (emulator, proxy) = named_vpc();
        let id = call_named(Environment::empty().with_var(var, proxy.url()), &emulator).unwrap();
        assert!(id.starts_with("vsc-"), "{var}: {id}");
        assert_eq!(proxy.targets(), [format!("{NAMED}:443")], "{var}");
    }
}

#[test]
fn a_loopback_endpoint_never_takes_a_proxy_from_the_environment() {
    let (proxy, vpc) = (Proxy::start(), vpc());
    for var in ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy"] {
        let env = base_env().with_var(var, proxy.url());
        assert_eq!(call(env, &vpc).unwrap(), "vsc-LTAIproxy");
    }
    assert!(proxy.targets().is_empty(), "{:?}", proxy.targets());
    assert_eq!(vpc.hits(), 4);
}

#[test]
fn no_proxy_entries_that_do_not_match_leave_the_proxy_in_use() {
    for list in [
        "10.0.0.0/8",
        "proxy.test:8443",
        "example.com",
        "other.proxy.test",
    ] {
        let (emulator, proxy) = named_vpc();
        let env = Environment::empty()
            .with_var("HTTPS_PROXY", proxy.url())
            .with_var("NO_PROXY", list);
        call_named(env, &emulator).unwrap();
        assert_eq!(proxy.targets().len(), 1, "NO_PROXY={list}");
    }
}

#[test]
fn an_explicit_proxy_is_always_used() {
    let (proxy, vpc) = (Proxy::start(), vpc());
    let client = vpncert::Client::builder()
        .environment(base_env().with_var("NO_PROXY", "*"))
        .region_id("cn-hangzhou")
        .endpoint(vpc.url())
        .proxy(proxy.url())
        .max_retries(0)
        .build()
        .unwrap();
    client
        .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new("vss-1"))
        .unwrap();
    assert_eq!(proxy.targets(), std::slice::from_ref(&vpc.addr));
}

#[test]
fn a_bad_proxy_variable_fails_the_build_without_showing_its_value() {
    let env = base_env().with_var("HTTP_PROXY", "gopher://user:hunter2@proxy:70");
    let err = vpncert::Client::builder()
        .environment(env)
        .region_id("cn-hangzhou")
        .endpoint("https://vpc.example.invalid")
        .build()
        .unwrap_err();
    let shown = err.to_string();
    assert!(
        shown.contains("HTTP_PROXY") && shown.contains("not supported"),
        "{shown}"
    );
    assert!(!shown.contains("hunter2"), "{shown}");
}

#[test]
fn loopback_sts_and_endpoint_go_direct_whatever_the_proxy_variables_say() {
    let clock = ManualClock::now_real();
    let sts = Sts::start(StsConfig {
        keys: vec![("LTAIsrc".into(), "src-secret".into())],
        clock,
        refuse: None,
        delay: Duration::ZERO,
    });
    let (proxy, vpc) = (Proxy::start(), vpc());
    let home = TempHome::new();
    home.write(
        ".aliyun/config.json",
        r#"{"current":"r","profiles":[{"name":"r","mode":"RamRoleArn","access_key_id":"LTAIsrc","access_key_secret":"src-secret","ram_role_arn":"acs:ram::1:role/p"}]}"#,
    );
    let env = Environment::empty()
        .with_home(home.path())
        .with_var("ALIBABA_CLOUD_STS_ENDPOINT", sts.server.url())
        .with_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        .with_var("HTTP_PROXY", proxy.url())
        .with_var("HTTPS_PROXY", proxy.url());
    assert_eq!(call(env, &vpc).unwrap(), "vsc-STS.assumed1");
    assert!(proxy.targets().is_empty(), "{:?}", proxy.targets());
    assert_eq!(sts.server.hits(), 1);
    assert_eq!(vpc.hits(), 1);
}

#[test]
fn a_proxy_password_stays_out_of_debug_output() {
    let builder = vpncert::Client::builder()
        .environment(base_env())
        .proxy("http://alice:hunter2@proxy.example:3128");
    let shown = format!("{builder:?}");
    assert!(shown.contains("***@proxy.example:3128"), "{shown}");
    assert!(
        !shown.contains("hunter2") && !shown.contains("alice"),
        "{shown}"
    );
}
