//! Fault injection: deterministic under a seed, at the given rates, "commit then drop" breaks
//! the connection promptly after the change is made, and latency is added.

mod common;

use std::time::{Duration, Instant};

use common::*;
use vpncert_emulator::{Emulator, FaultKind};

fn outcomes(seed: u64) -> Vec<String> {
    let emu = Emulator::builder()
        .fault(FaultKind::ServiceUnavailable, 0.3)
        .fault(FaultKind::Throttling, 0.2)
        .seed(seed)
        .start()
        .unwrap();
    (0..40)
        .map(|_| {
            let r = v1(&emu.url(), &Req::new("DescribeSslVpnServers"));
            format!("{} {}", r.status, r.code())
        })
        .collect()
}

#[test]
fn the_same_seed_gives_the_same_faults() {
    let a = outcomes(42);
    assert_eq!(a, outcomes(42));
    assert_ne!(a, outcomes(43), "another seed, another sequence");
    let count = |s: &str| a.iter().filter(|o| *o == s).count();
    assert!(count("503 ServiceUnavailable") > 0, "{a:?}");
    assert!(count("400 Throttling") > 0, "{a:?}");
    assert!(count("200 ") > 0, "{a:?}");
}

#[test]
fn rates_are_respected_and_counted() {
    let emu = Emulator::builder()
        .fault(FaultKind::ServiceUnavailable, 0.25)
        .seed(7)
        .start()
        .unwrap();
    let n = 400;
    let failed = (0..n)
        .filter(|_| v1(&emu.url(), &Req::new("DescribeSslVpnServers")).status == 503)
        .count();
    assert!((60..140).contains(&failed), "{failed} of {n} at rate 0.25");
    assert_eq!(emu.state()["faults"]["service_unavailable"], failed);
    assert_eq!(emu.state()["requests"], n);
}

#[test]
fn drop_after_commit_creates_then_breaks_the_connection() {
    let emu = Emulator::builder()
        .fault(FaultKind::DropAfterCommit, 1.0)
        .start()
        .unwrap();
    let started = Instant::now();
    let r = try_v1(
        &emu.url(),
        &Req::new("CreateSslVpnClientCert")
            .param("SslVpnServerId", SERVER)
            .param("ClientToken", "drop-1"),
    );
    assert!(r.is_err(), "expected a broken connection, got {r:?}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "prompt, not a hang"
    );
    let state = emu.state();
    assert_eq!(
        state["certificates"].as_array().unwrap().len(),
        1,
        "committed"
    );
    assert_eq!(state["faults"]["drop_after_commit"], 1);
    // Reads are never dropped.
    v1(&emu.url(), &Req::new("DescribeSslVpnServers")).ok();
}

#[test]
fn a_retrying_client_with_one_token_makes_one_certificate_despite_drops() {
    let emu = Emulator::builder()
        .fault(FaultKind::DropAfterCommit, 0.5)
        .fault(FaultKind::ServiceUnavailable, 0.2)
        .seed(2024)
        .start()
        .unwrap();
    let c = vpncert::Client::builder()
        .region_id(REGION)
        .credentials(vpncert::Credentials::access_key(ID, SECRET))
        .endpoint(emu.url())
        .retry_policy(vpncert::RetryPolicy {
            max_retries: 12,
            base_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(20),
            ..vpncert::RetryPolicy::default()
        })
        .build()
        .unwrap();
    let mut ids = Vec::new();
    for i in 0..5 {
        let out = c
            .create_ssl_vpn_client_cert(
                &vpncert::CreateSslVpnClientCert::new(SERVER).name(format!("n{i}")),
            )
            .expect("retries get through");
        ids.push(out.ssl_vpn_client_cert_id);
    }
    let state = emu.state();
    assert!(
        state["faults"]["drop_after_commit"].as_u64().unwrap() > 0,
        "the seed must drop at least one create: {state}"
    );
    let live: Vec<&str> = state["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["ssl_vpn_client_cert_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        live, ids,
        "one certificate per logical create, no duplicates"
    );
}

#[test]
fn latency_is_added_to_every_request() {
    let emu = Emulator::builder()
        .latency(Duration::from_millis(150))
        .start()
        .unwrap();
    let started = Instant::now();
    v1(&emu.url(), &Req::new("DescribeSslVpnServers")).ok();
    v1(
        &emu.url(),
        &Req::new("DescribeSslVpnServers").key(ID, "wrong"),
    );
    assert!(started.elapsed() >= Duration::from_millis(300));
}
