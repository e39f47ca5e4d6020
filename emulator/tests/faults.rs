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

/// Every rejecting kind with the status, code and message the gateway answers with. Written
/// out (not derived from the crate) so that a changed answer fails here.
const REJECTING: &[(FaultKind, u16, &str, &str)] = &[
    (
        FaultKind::ServiceUnavailable,
        503,
        "ServiceUnavailable",
        "The request has failed due to a temporary failure of the server.",
    ),
    (
        FaultKind::Throttling,
        400,
        "Throttling",
        "Request was denied due to request throttling.",
    ),
    (
        FaultKind::ThrottlingUser,
        400,
        "Throttling.User",
        "Request was denied due to user flow control.",
    ),
    (
        FaultKind::ThrottlingApi,
        400,
        "Throttling.Api",
        "Request was denied due to api flow control.",
    ),
    (
        FaultKind::RejectedThrottling,
        400,
        "Rejected.Throttling",
        "QPS Limit Exceeded",
    ),
    (
        FaultKind::InternalError,
        500,
        "InternalError",
        "The request processing has failed due to some unknown error, exception or failure.",
    ),
    (
        FaultKind::UnknownError,
        500,
        "UnknownError",
        "The request processing has failed due to some unknown error.",
    ),
];

const COUNTERS: &[&str] = &[
    "service_unavailable",
    "throttling",
    "drop_after_commit",
    "throttling_user",
    "throttling_api",
    "rejected_throttling",
    "internal_error",
    "unknown_error",
    "reset_before",
    "reset_after",
    "truncate",
    "stall",
    "drip",
    "garbage",
    "close_idle",
];

/// The kinds that break the connection instead of answering an error body.
const BREAKING: &[FaultKind] = &[
    FaultKind::DropAfterCommit,
    FaultKind::ResetBefore,
    FaultKind::ResetAfter,
    FaultKind::Truncate,
    FaultKind::Stall,
    FaultKind::Drip,
    FaultKind::Garbage,
    FaultKind::CloseIdle,
];

#[test]
fn every_rejecting_fault_answers_its_code_and_status_and_changes_nothing() {
    let listed: Vec<FaultKind> = REJECTING.iter().map(|r| r.0).collect();
    for kind in FaultKind::ALL {
        assert!(
            BREAKING.contains(kind) != listed.contains(kind),
            "{kind:?} has no expected answer here"
        );
    }
    for &(kind, status, code, message) in REJECTING {
        let emu = Emulator::builder().fault(kind, 1.0).start().unwrap();
        let url = emu.url();
        let create = Req::new("CreateSslVpnClientCert")
            .param("SslVpnServerId", SERVER)
            .param("ClientToken", "fault-token");
        for r in [
            v1(&url, &create),
            v3(&url, &create),
            v1(&url, &Req::new("DescribeSslVpnServers").get()),
            v1(&url, &create.clone().key(ID, "a wrong secret")),
        ] {
            r.expect_error(status, code);
            assert_eq!(r.message(), message, "{kind:?}");
        }
        let state = emu.state();
        assert_eq!(
            state["certificates"].as_array().unwrap().len(),
            0,
            "{kind:?}"
        );
        assert_eq!(state["creates"], 0, "{kind:?}");
        assert_eq!(state["servers"][0]["certificates"], 0, "{kind:?}");
        assert_eq!(state["servers"][0]["state"], "ready", "{kind:?}");
        assert_eq!(state["requests"], 4, "{kind:?}");
        for &counter in COUNTERS {
            let expected = if counter == kind_counter(kind) { 4 } else { 0 };
            assert_eq!(state["faults"][counter], expected, "{kind:?} {counter}");
        }
    }
}

fn kind_counter(kind: FaultKind) -> &'static str {
    assert_eq!(COUNTERS.len(), FaultKind::ALL.len(), "a counter per kind");
    let i = FaultKind::ALL.iter().position(|k| *k == kind).unwrap();
    COUNTERS[i]
}

#[test]
fn a_rejected_request_can_be_sent_again_unchanged() {
    // The rejection comes before authentication: the nonce is not spent and the ClientToken
    // not remembered, so the very same signed request later succeeds, once.
    for &(kind, status, code, _) in REJECTING {
        let emu = Emulator::builder()
            .fault(kind, 0.6)
            .seed(3)
            .delete_settle(Duration::ZERO)
            .start()
            .unwrap();
        let same = Req::new("CreateSslVpnClientCert")
            .param("SslVpnServerId", SERVER)
            .param("ClientToken", "again")
            .nonce("one-nonce-for-every-attempt");
        let mut rejected = 0;
        let reply = loop {
            let r = v1(&emu.url(), &same);
            if r.status == 200 {
                break r;
            }
            r.expect_error(status, code);
            rejected += 1;
            assert!(rejected < 40, "{kind:?} never let the request through");
        };
        assert!(
            rejected > 0,
            "seed 3 must reject the first attempt of {kind:?}"
        );
        let state = emu.state();
        assert_eq!(
            state["certificates"][0]["ssl_vpn_client_cert_id"], reply.body["SslVpnClientCertId"],
            "{kind:?}"
        );
        assert_eq!(state["creates"], 1, "{kind:?}");
        assert_eq!(state["faults"][kind_counter(kind)], rejected, "{kind:?}");
    }
}

#[test]
fn new_fault_kinds_follow_the_seed_and_the_rate() {
    let run = |seed: u64| -> Vec<String> {
        let emu = Emulator::builder()
            .fault(FaultKind::ThrottlingUser, 0.2)
            .fault(FaultKind::InternalError, 0.2)
            .fault(FaultKind::RejectedThrottling, 0.2)
            .seed(seed)
            .start()
            .unwrap();
        (0..60)
            .map(|_| {
                let r = v1(&emu.url(), &Req::new("DescribeSslVpnServers"));
                format!("{} {}", r.status, r.code())
            })
            .collect()
    };
    let a = run(5);
    assert_eq!(a, run(5));
    let count = |s: &str| a.iter().filter(|o| *o == s).count();
    for outcome in [
        "400 Throttling.User",
        "500 InternalError",
        "400 Rejected.Throttling",
        "200 ",
    ] {
        assert!(count(outcome) > 0, "{outcome} missing from {a:?}");
    }
    assert_eq!(
        a.iter().filter(|o| o.as_str() != "200 ").count(),
        count("400 Throttling.User")
            + count("500 InternalError")
            + count("400 Rejected.Throttling")
    );
}
