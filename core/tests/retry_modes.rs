//! The retry modes' behaviour against loopback servers: the standard mode's retry quota, shared
//! by a client's clones and threads, runs dry in a brownout and stops retries (but not for a
//! gateway applying a change), and refills once calls succeed again.

mod support;

use std::time::Duration;

use support::{Reply, Scripted};
use vpncert::{Client, Credentials, DescribeSslVpnClientCerts, RetryPolicy};

fn client(url: &str) -> Client {
    Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(url)
        .retry_policy(RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(2),
            deadline: Duration::from_secs(30),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap()
}

fn err_body(code: &str) -> String {
    format!(
        r#"{{"RequestId":"R-{code}","HostId":"vpc.aliyuncs.com","Code":"{code}","Message":"m"}}"#
    )
}

const LISTED: &str = r#"{"RequestId":"R-OK","TotalCount":0,"PageNumber":1,"PageSize":10,"SslVpnClientCertKeys":{"SslVpnClientCertKey":[]}}"#;

fn list(c: &Client) -> Result<(), vpncert::Error> {
    c.describe_ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new())
        .map(|_| ())
}

/// `calls` list calls spread over four threads using clones of `c`.
fn run_calls(c: &Client, calls: usize) -> usize {
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let c = c.clone();
            std::thread::spawn(move || (0..calls / 4).filter(|_| list(&c).is_err()).count())
        })
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).sum()
}

#[test]
fn a_brownout_spends_the_shared_quota_and_then_only_first_attempts_are_sent() {
    let server = Scripted::start(vec![Reply::json(503, &err_body("ServiceUnavailable"))]);
    let c = client(&server.url);
    let failed = run_calls(&c, 200);
    assert_eq!(failed, 200);
    let s = c.stats();
    // 500 tokens at 5 a retry: 100 retries in all, shared by every thread and clone, where
    // the policy alone would have allowed 600.
    assert_eq!(s.retries, 100, "{s:?}");
    assert_eq!(s.attempts, 300, "{s:?}");
    assert_eq!(server.count(), 300);
    // A call either got all three retries or was refused one: at most 33 got all three.
    assert!((167..=200).contains(&s.quota_refusals), "{s:?}");
    assert_eq!(c.retry_quota_available(), 0);
}

#[test]
fn successes_refill_the_quota() {
    // 50 first attempts and the quota's 100 retries fail; everything after succeeds.
    let mut script = vec![Reply::json(503, &err_body("ServiceUnavailable")); 150];
    script.push(Reply::json(200, LISTED));
    let server = Scripted::start(script);
    let c = client(&server.url);
    // Sequential, so the script's order is the calls' order.
    for _ in 0..50 {
        assert!(list(&c).is_err());
    }
    assert_eq!(server.count(), 150);
    let before = c.retry_quota_available();
    assert_eq!(before, 0);
    for _ in 0..20 {
        list(&c).unwrap();
    }
    assert_eq!(
        c.retry_quota_available(),
        20,
        "one token per call that needed no retry"
    );
}

#[test]
fn a_configuring_gateway_does_not_spend_the_quota() {
    let server = Scripted::start(vec![Reply::json(400, &err_body("VpnGateway.Configuring"))]);
    let c = client(&server.url);
    let failed = run_calls(&c, 200);
    assert_eq!(failed, 200);
    let s = c.stats();
    assert_eq!(s.retries, 600, "every call gets its three retries: {s:?}");
    assert_eq!(c.retry_quota_available(), 500);
    assert_eq!(s.quota_refusals, 0);
}

#[test]
fn retry_modes_parse_and_name_the_parameter() {
    assert_eq!(
        "adaptive".parse::<vpncert::RetryMode>().unwrap(),
        vpncert::RetryMode::Adaptive
    );
    assert_eq!(vpncert::RetryMode::default().to_string(), "standard");
    let e = "fast".parse::<vpncert::RetryMode>().unwrap_err();
    assert!(e.to_string().contains("retry_mode"), "{e}");
}
