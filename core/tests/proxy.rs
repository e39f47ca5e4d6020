//! Proxy settings and `NO_PROXY` routing, through a CONNECT proxy on loopback that records every
//! tunnel it opens. The client's settings come from an `Environment` given to the builder, so
//! nothing here changes the process environment.

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

#[test]
fn http_proxy_variables_route_through_the_proxy() {
    let (proxy, vpc) = (Proxy::start(), vpc());
    for var in ["HTTP_PROXY", "http_proxy"] {
        let env = base_env().with_var(var, proxy.url());
        assert_eq!(call(env, &vpc).unwrap(), "vsc-LTAIproxy");
    }
    assert_eq!(proxy.targets(), [vpc.addr.clone(), vpc.addr.clone()]);
    assert_eq!(vpc.hits(), 2);
}

#[test]
fn https_proxy_is_for_https_targets_only() {
    let (proxy, vpc) = (Proxy::start(), vpc());
    let env = base_env().with_var("HTTPS_PROXY", proxy.url());
    call(env, &vpc).unwrap();
    assert!(proxy.targets().is_empty());
    assert_eq!(vpc.hits(), 1);
}

#[test]
fn no_proxy_entries_send_requests_direct() {
    let (proxy, vpc) = (Proxy::start(), vpc());
    let port = vpc.addr.rsplit_once(':').unwrap().1.to_owned();
    let direct = [
        "127.0.0.1".to_owned(),
        // Spaces after commas: ureq's own reader misses these.
        "example.com, 127.0.0.1".to_owned(),
        "127.0.0.0/8".to_owned(),
        format!("127.0.0.1:{port}"),
        "*".to_owned(),
    ];
    for list in &direct {
        for var in ["NO_PROXY", "no_proxy"] {
            let env = base_env()
                .with_var("HTTP_PROXY", proxy.url())
                .with_var(var, list.as_str());
            call(env, &vpc).unwrap();
            assert!(
                proxy.targets().is_empty(),
                "{var}={list} went through the proxy"
            );
        }
    }
    let proxied = [
        "10.0.0.0/8".to_owned(),
        "127.0.0.1:1".to_owned(),
        "example.com".to_owned(),
    ];
    for list in &proxied {
        let env = base_env()
            .with_var("HTTP_PROXY", proxy.url())
            .with_var("NO_PROXY", list.as_str());
        call(env, &vpc).unwrap();
    }
    assert_eq!(proxy.targets().len(), proxied.len());
    assert_eq!(vpc.hits(), direct.len() * 2 + proxied.len());
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
        .endpoint("http://127.0.0.1:9")
        .build()
        .unwrap_err();
    let shown = err.to_string();
    assert!(
        shown.contains("HTTP_PROXY is not a valid proxy URL"),
        "{shown}"
    );
    assert!(!shown.contains("hunter2"), "{shown}");
}

#[test]
fn sts_goes_through_the_proxy_while_no_proxy_keeps_the_endpoint_direct() {
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
        .with_var("NO_PROXY", vpc.addr.as_str());
    assert_eq!(call(env, &vpc).unwrap(), "vsc-STS.assumed1");
    assert_eq!(proxy.targets(), std::slice::from_ref(&sts.server.addr));
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
