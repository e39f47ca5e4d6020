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

/// `threads` threads listing through `c` until `d` has passed; the calls that failed.
fn hammer(c: &Client, threads: usize, d: Duration) -> usize {
    let until = std::time::Instant::now() + d;
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let c = c.clone();
            std::thread::spawn(move || {
                let mut failed = 0;
                while std::time::Instant::now() < until {
                    if list(&c).is_err() {
                        failed += 1;
                    }
                }
                failed
            })
        })
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).sum()
}

fn limited_client(mode: vpncert::RetryMode) -> (vpncert_emulator::Emulator, Client) {
    let emu = vpncert_emulator::Emulator::builder()
        .rate_limit("DescribeSslVpnClientCerts", 20.0)
        .start()
        .unwrap();
    let c = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(emu.url())
        .retry_mode(mode)
        .build()
        .unwrap();
    (emu, c)
}

#[test]
fn throttling_answers_make_an_adaptive_client_slow_down_to_the_service_rate() {
    let (std_emu, standard) = limited_client(vpncert::RetryMode::Standard);
    let (ad_emu, adaptive) = limited_client(vpncert::RetryMode::Adaptive);
    let d = Duration::from_secs(2);
    std::thread::scope(|s| {
        s.spawn(|| hammer(&standard, 4, d));
        s.spawn(|| hammer(&adaptive, 4, d));
    });
    let (s, a) = (standard.stats(), adaptive.stats());
    let throttled = |e: &vpncert_emulator::Emulator| e.state()["throttled"].as_u64().unwrap();
    let sent = |e: &vpncert_emulator::Emulator| e.state()["requests"].as_u64().unwrap();
    // Without pacing, four threads keep asking as fast as answers come back; nearly all of it
    // is throttled. The adaptive client learns the rate (20/s) and keeps near it.
    eprintln!(
        "standard: sent {}, throttled {}; adaptive: sent {}, throttled {}, paced {:?}",
        sent(&std_emu),
        throttled(&std_emu),
        sent(&ad_emu),
        throttled(&ad_emu),
        a.paced
    );
    let share = |e: &vpncert_emulator::Emulator| throttled(e) as f64 / sent(e).max(1) as f64;
    assert!(share(&ad_emu) < 0.25, "{a:?}");
    assert!(share(&ad_emu) * 3.0 < share(&std_emu), "{s:?} / {a:?}");
    assert!(
        sent(&ad_emu) < 3 * 20 * 2 + 20,
        "adaptive sent {} in 2 s",
        sent(&ad_emu)
    );
    let rate = adaptive
        .paced_rate("DescribeSslVpnClientCerts")
        .expect("the adaptive client was throttled, so it paces");
    assert!((2.0..=45.0).contains(&rate), "paced to {rate}/s");
    assert!(a.paced > Duration::ZERO);
    assert_eq!(standard.paced_rate("DescribeSslVpnClientCerts"), None);
    assert_eq!(
        adaptive.paced_rate("DescribeVpnGateway"),
        None,
        "per action"
    );
}
