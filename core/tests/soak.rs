//! The soak: 2,000 mixed calls (create, issue, describe, list, rename, delete) from 8 threads
//! sharing one client, against an emulator that injects about 30% faults of every kind it has:
//! HTTP answers (503, 500 `InternalError` and `UnknownError`, the four throttling codes),
//! "commit, then drop the connection", and every fault below HTTP (reset before and after the
//! change, truncated answers, stalls, answers dripping one byte at a time, garbage status lines,
//! keep-alive connections closed while idle).
//!
//! Calls may fail (faults outlast a call's retries and deadline), but what the emulator holds
//! afterwards is checked against what the callers were told:
//! - **no duplicate**: no logical create (or issue) ever made a second certificate, counting
//!   the emulator's creations too, so that a duplicate deleted later still counts;
//! - **nothing lost**: every create that succeeded is held (unless a delete of it succeeded,
//!   then it is gone); every create that failed either made nothing or made one certificate that
//!   a rerun with its ClientToken finds again (the same id, no new certificate);
//! - **every call within its deadline**, plus one second;
//! - every failure is one the retry policy retries, or `Decode` (a mangled answer), never a
//!   panic, a hang or another error.
//!
//! `cargo test -p vpncert --test soak -- --nocapture` prints the counts.
//!
//! The client is configured as users get it (the default 3 retries, `standard` retry mode with its
//! shared retry quota), with its times scaled to the emulator's speed (timeouts, backoff and the
//! deadline in milliseconds to seconds rather than seconds to a minute). 30% of requests
//! failing is a brownout: the quota exists to stop a client's retries from deepening one, so the
//! soak keeps it, lets the calls it refuses fail, and holds the invariants regardless. It prints
//! how many retries the quota refused.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;
use vpncert::{
    Client, CreateSslVpnClientCert, Credentials, DeleteSslVpnClientCert, DescribeSslVpnClientCerts,
    Error, IssueClientCert, ModifySslVpnClientCert, RetryPolicy,
};
use vpncert_emulator::{Emulator, FaultKind};

const SERVER: &str = "vss-emulator0001";
const THREADS: usize = 8;
const CALLS: usize = 2000;

/// Every fault kind with its rate: together about 30% of requests meet at least one.
/// Drawn independently per request (one fires when several hit), and some kinds pass over the
/// requests they cannot break (a reset after a change on a read), so these add up to more than
/// the 30% of requests that a fault ends up breaking.
const FAULTS: &[(FaultKind, f64)] = &[
    (FaultKind::ServiceUnavailable, 0.04),
    (FaultKind::InternalError, 0.02),
    (FaultKind::UnknownError, 0.01),
    (FaultKind::Throttling, 0.03),
    (FaultKind::ThrottlingUser, 0.01),
    (FaultKind::ThrottlingApi, 0.01),
    (FaultKind::RejectedThrottling, 0.01),
    (FaultKind::DropAfterCommit, 0.03),
    (FaultKind::ResetBefore, 0.04),
    (FaultKind::ResetAfter, 0.03),
    (FaultKind::Truncate, 0.03),
    (FaultKind::Stall, 0.02),
    (FaultKind::Drip, 0.02),
    (FaultKind::Garbage, 0.04),
    (FaultKind::CloseIdle, 0.04),
];

/// One attempt may take this long: a stalled or dripping answer costs a thread this much. The
/// drip sends a byte every 200 ms, so a timeout per read (rather than per exchange) would never
/// fire and the call would outlive its deadline.
const ATTEMPT_TIMEOUT: Duration = Duration::from_millis(800);
/// The overall deadline of one logical call: shorter than the default retries' worst case
/// (4 attempts of [`ATTEMPT_TIMEOUT`]), so that the deadline, not only the count, ends calls.
const DEADLINE: Duration = Duration::from_secs(2);
/// How long issue and delete wait out `VpnGateway.Configuring` (the gateway settles 2 ms after
/// each delete).
const CONFIGURING_BUDGET: Duration = Duration::from_secs(2);
/// How long an issue waits for its certificate to be ready.
const READY_TIMEOUT: Duration = Duration::from_secs(3);
/// What a call may take beyond its bound.
const SLACK: Duration = Duration::from_secs(1);

fn soak_client(url: &str) -> Client {
    Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(url)
        .connect_timeout(ATTEMPT_TIMEOUT)
        .timeout(ATTEMPT_TIMEOUT)
        .configuring_budget(CONFIGURING_BUDGET)
        .retry_policy(RetryPolicy {
            base_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(100),
            deadline: DEADLINE,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Op {
    Create,
    Issue,
    Describe,
    List,
    Rename,
    Delete,
}

impl Op {
    /// The longest a call may take, by what it is documented to wait for: single calls their
    /// deadline; a delete its configuring budget, plus the call in flight when it ends; an issue
    /// that, plus its ready timeout, within which it reads the certificate, the server and the
    /// gateway, each read possibly in flight when the timeout ends.
    fn bound(self) -> Duration {
        match self {
            Op::Create | Op::Describe | Op::List | Op::Rename => DEADLINE,
            Op::Delete => CONFIGURING_BUDGET + DEADLINE,
            Op::Issue => CONFIGURING_BUDGET + DEADLINE + READY_TIMEOUT + 3 * DEADLINE,
        }
    }

    fn pick(rng: &mut fastrand::Rng, have_live: bool) -> Op {
        let op = match rng.u32(0..100) {
            0..=29 => Op::Create,
            30..=39 => Op::Issue,
            40..=59 => Op::Describe,
            60..=69 => Op::List,
            70..=84 => Op::Rename,
            _ => Op::Delete,
        };
        match op {
            Op::Describe | Op::Rename | Op::Delete if !have_live => Op::Create,
            op => op,
        }
    }
}

/// What one logical create (or issue) was told.
#[derive(Debug, Clone)]
struct Made {
    index: usize,
    token: String,
    issue: bool,
    /// The certificate id when the call succeeded.
    id: Option<String>,
    /// `Some(true)` when a delete of it succeeded, `Some(false)` when one failed.
    deleted: Option<bool>,
}

#[derive(Debug, Default)]
struct Tally {
    ok: BTreeMap<Op, usize>,
    failed: BTreeMap<Op, usize>,
    errors: BTreeMap<String, usize>,
    slowest: BTreeMap<Op, Duration>,
    late: Vec<String>,
    unexpected: Vec<String>,
}

impl Tally {
    fn record<T>(&mut self, op: Op, what: &str, took: Duration, r: &Result<T, Error>) {
        let slowest = self.slowest.entry(op).or_default();
        *slowest = (*slowest).max(took);
        if took > op.bound() + SLACK {
            self.late.push(format!(
                "{op:?} {what} took {took:?} (bound {:?})",
                op.bound()
            ));
        }
        match r {
            Ok(_) => *self.ok.entry(op).or_default() += 1,
            Err(e) => {
                *self.failed.entry(op).or_default() += 1;
                *self.errors.entry(error_class(e)).or_default() += 1;
                if !(e.is_retryable() || matches!(e, Error::Decode { .. })) {
                    self.unexpected.push(format!("{op:?} {what}: {e}"));
                }
            }
        }
    }

    fn merge(&mut self, other: Tally) {
        for (op, n) in other.ok {
            *self.ok.entry(op).or_default() += n;
        }
        for (op, n) in other.failed {
            *self.failed.entry(op).or_default() += n;
        }
        for (e, n) in other.errors {
            *self.errors.entry(e).or_default() += n;
        }
        for (op, d) in other.slowest {
            let s = self.slowest.entry(op).or_default();
            *s = (*s).max(d);
        }
        self.late.extend(other.late);
        self.unexpected.extend(other.unexpected);
    }
}

fn error_class(e: &Error) -> String {
    match e {
        Error::Api(a) => a.code.clone(),
        Error::Transport(_) => "transport".into(),
        Error::Timeout(_) => "timeout".into(),
        Error::Decode { .. } => "decode".into(),
        other => format!("{other:?}").chars().take(40).collect(),
    }
}

fn name_of(index: usize) -> String {
    format!("soak-{index:04}")
}

fn token_of(index: usize) -> String {
    format!("soak-token-{index:04}")
}

/// The logical create a certificate belongs to, from its name (`soak-NNNN`, or renamed
/// `soak-NNNN-rK`).
fn index_of(name: &str) -> Option<usize> {
    name.strip_prefix("soak-")?.get(..4)?.parse().ok()
}

/// Certificates held, by logical create: index -> ids.
fn held(state: &Value) -> HashMap<usize, Vec<String>> {
    let mut by_index: HashMap<usize, Vec<String>> = HashMap::new();
    for c in state["certificates"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        let index = index_of(name).unwrap_or_else(|| panic!("a certificate not ours: {name}"));
        by_index
            .entry(index)
            .or_default()
            .push(c["ssl_vpn_client_cert_id"].as_str().unwrap().to_owned());
    }
    by_index
}

/// The call each thread has in flight, watched while they run: a call that hangs past its bound
/// ends the soak at once, saying which, rather than after it returns (if ever).
struct InFlight(Mutex<[Option<(Op, usize, Instant)>; THREADS]>);

impl InFlight {
    fn set(&self, t: usize, call: Option<(Op, usize, Instant)>) {
        self.0.lock().unwrap()[t] = call;
    }

    /// Checks every 50 ms until `done`; exits the process when a call is late.
    fn watch(&self, done: &AtomicBool) {
        while !done.load(Ordering::Acquire) {
            std::thread::sleep(Duration::from_millis(50));
            for (t, call) in self.0.lock().unwrap().iter().enumerate() {
                if let Some((op, n, started)) = call {
                    if started.elapsed() > op.bound() + SLACK {
                        eprintln!(
                            "soak: late: call {n} ({op:?}) of thread {t} has run {:?}, past its \
                             bound of {:?} + {SLACK:?}",
                            started.elapsed(),
                            op.bound()
                        );
                        std::process::exit(1);
                    }
                }
            }
        }
    }
}

/// One thread's share of the calls: those numbered `t`, `t + THREADS`, ...
fn run_thread(client: &Client, t: usize, in_flight: &InFlight) -> (Vec<Made>, Tally) {
    let mut rng = fastrand::Rng::with_seed(0x50a4 + t as u64);
    let mut made: Vec<Made> = Vec::new();
    // Indexes into `made` of this thread's live certificates.
    let mut live: Vec<usize> = Vec::new();
    let mut renames = 0usize;
    let mut tally = Tally::default();
    for call in (t..CALLS).step_by(THREADS) {
        let op = Op::pick(&mut rng, !live.is_empty());
        let started = Instant::now();
        in_flight.set(t, Some((op, call, started)));
        match op {
            Op::Create | Op::Issue => {
                let (name, token) = (name_of(call), token_of(call));
                let id = if op == Op::Create {
                    let r = client.create_ssl_vpn_client_cert(
                        &CreateSslVpnClientCert::new(SERVER)
                            .name(&name)
                            .client_token(&token),
                    );
                    tally.record(op, &name, started.elapsed(), &r);
                    r.ok().map(|o| o.ssl_vpn_client_cert_id)
                } else {
                    let r = client.issue_client_cert(&issue_request(&name, &token));
                    tally.record(op, &name, started.elapsed(), &r);
                    if let Ok(b) = &r {
                        assert!(
                            b.client_key.expose().contains("PRIVATE KEY"),
                            "{name}: an issued bundle has its key"
                        );
                    }
                    r.ok().map(|b| b.ssl_vpn_client_cert_id)
                };
                if id.is_some() {
                    live.push(made.len());
                }
                made.push(Made {
                    index: call,
                    token,
                    issue: op == Op::Issue,
                    id,
                    deleted: None,
                });
            }
            Op::Describe => {
                let m = &made[live[rng.usize(..live.len())]];
                let id = m.id.as_deref().unwrap();
                let r = client.describe_ssl_vpn_client_cert(id);
                tally.record(op, id, started.elapsed(), &r);
                if let Ok(b) = &r {
                    assert_eq!(index_of(&b.name), Some(m.index), "{id}: describes its own");
                }
            }
            Op::List => {
                let r = client.describe_ssl_vpn_client_certs(
                    &DescribeSslVpnClientCerts::new()
                        .ssl_vpn_server_id(SERVER)
                        .page_number(rng.u32(1..=3))
                        .page_size(50),
                );
                tally.record(op, "a page", started.elapsed(), &r);
            }
            Op::Rename => {
                let m = &made[live[rng.usize(..live.len())]];
                let id = m.id.as_deref().unwrap();
                renames += 1;
                let r = client.modify_ssl_vpn_client_cert(&ModifySslVpnClientCert::new(
                    id,
                    format!("{}-r{renames}", name_of(m.index)),
                ));
                tally.record(op, id, started.elapsed(), &r);
            }
            Op::Delete => {
                let m = &mut made[live.swap_remove(rng.usize(..live.len()))];
                let id = m.id.clone().unwrap();
                let r = client.delete_ssl_vpn_client_cert(&DeleteSslVpnClientCert::new(&id));
                tally.record(op, &id, started.elapsed(), &r);
                m.deleted = Some(r.is_ok());
            }
        }
        in_flight.set(t, None);
    }
    (made, tally)
}

fn issue_request(name: &str, token: &str) -> IssueClientCert {
    IssueClientCert::new(SERVER, name)
        .client_token(token)
        .configuring_budget(CONFIGURING_BUDGET)
        .ready_timeout(READY_TIMEOUT)
        .poll_interval(Duration::from_millis(10))
}

#[test]
fn soak_mixed_calls_under_every_fault() {
    let mut emu = Emulator::builder()
        .quota(CALLS as u32)
        .create_limit(CALLS as u32)
        .latency(Duration::from_millis(1))
        // Every delete leaves the gateway `updating` for a moment, so changes made meanwhile
        // (by the other threads) ride out `VpnGateway.Configuring` too.
        .settle(Duration::from_millis(2))
        .seed(20261204);
    for &(kind, rate) in FAULTS {
        emu = emu.fault(kind, rate);
    }
    let emu = emu.start().unwrap();
    let client = soak_client(&emu.url());
    let started = Instant::now();

    let results = Mutex::new(Vec::new());
    let in_flight = InFlight(Mutex::new([None; THREADS]));
    let done = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| in_flight.watch(&done));
        let workers: Vec<_> = (0..THREADS)
            .map(|t| {
                let (client, results, in_flight) = (&client, &results, &in_flight);
                s.spawn(move || {
                    let r = run_thread(client, t, in_flight);
                    results.lock().unwrap().push(r);
                })
            })
            .collect();
        let panicked = workers.into_iter().any(|w| w.join().is_err());
        done.store(true, Ordering::Release);
        assert!(!panicked, "a soak thread panicked");
    });
    let mixed_took = started.elapsed();
    let mut made: Vec<Made> = Vec::new();
    let mut tally = Tally::default();
    for (m, t) in results.into_inner().unwrap() {
        made.extend(m);
        tally.merge(t);
    }
    let stats = client.stats();
    let state = emu.state();
    let faults = state["faults"].clone();
    let requests = state["requests"].as_u64().unwrap();

    // No duplicate: at most one certificate per logical create, and the emulator made exactly
    // one for each logical create known to have one (so a duplicate deleted since counts too).
    let holding = held(&state);
    let mut duplicates: Vec<String> = holding
        .iter()
        .filter(|(_, ids)| ids.len() > 1)
        .map(|(i, ids)| format!("{}: {ids:?}", name_of(*i)))
        .collect();

    // Nothing lost.
    let mut lost: Vec<String> = Vec::new();
    let mut failed_made: Vec<&Made> = Vec::new();
    for m in &made {
        let ids = holding.get(&m.index).map(Vec::as_slice).unwrap_or(&[]);
        match (&m.id, m.deleted) {
            (Some(id), None) if ids != [id.as_str()] => {
                lost.push(format!("{}: returned {id}, held {ids:?}", name_of(m.index)))
            }
            (Some(id), Some(true)) if !ids.is_empty() => lost.push(format!(
                "{}: {id} was deleted, held {ids:?}",
                name_of(m.index)
            )),
            (Some(id), Some(false)) if ids.iter().any(|i| i != id) => {
                lost.push(format!("{}: returned {id}, held {ids:?}", name_of(m.index)))
            }
            (None, _) => failed_made.push(m),
            _ => {}
        }
    }
    // A failed create that made a certificate: a rerun with its token must find it again.
    let mut found_again = 0;
    let mut nothing_made = 0;
    for m in &failed_made {
        let Some(ids) = holding.get(&m.index) else {
            nothing_made += 1;
            continue;
        };
        let name = name_of(m.index);
        let mut rerun = None;
        for _ in 0..20 {
            let r = if m.issue {
                client
                    .issue_client_cert(&issue_request(&name, &m.token))
                    .map(|b| b.ssl_vpn_client_cert_id)
            } else {
                client
                    .create_ssl_vpn_client_cert(
                        &CreateSslVpnClientCert::new(SERVER)
                            .name(&name)
                            .client_token(&m.token),
                    )
                    .map(|o| o.ssl_vpn_client_cert_id)
            };
            match r {
                Ok(id) => {
                    rerun = Some(id);
                    break;
                }
                Err(e) => assert!(
                    e.is_retryable() || matches!(e, Error::Decode { .. }),
                    "{name}: rerun failed with {e}"
                ),
            }
        }
        match rerun {
            Some(id) if ids.as_slice() == [id.as_str()] => found_again += 1,
            Some(id) => lost.push(format!(
                "{name}: the rerun with its token returned {id}, held {ids:?}"
            )),
            None => lost.push(format!("{name}: 20 reruns with its token all failed")),
        }
    }
    let after_reruns = emu.state();
    let creations = after_reruns["creates"].as_u64().unwrap();
    let expected_creations = made.iter().filter(|m| m.id.is_some()).count() + found_again;
    if creations != expected_creations as u64 {
        duplicates.push(format!(
            "the emulator made {creations} certificates for {expected_creations} logical creates \
             known to hold one"
        ));
    }
    let after = held(&after_reruns);
    duplicates.extend(
        after
            .iter()
            .filter(|(_, ids)| ids.len() > 1)
            .map(|(i, ids)| format!("{} after the reruns: {ids:?}", name_of(*i))),
    );

    let live_ids: HashSet<&str> = made
        .iter()
        .filter(|m| m.deleted.is_none())
        .filter_map(|m| m.id.as_deref())
        .collect();

    let calls: usize = tally.ok.values().sum::<usize>() + tally.failed.values().sum::<usize>();
    println!(
        "soak: {calls} calls from {THREADS} threads in {mixed_took:?} ({requests} requests to the \
         emulator, {} attempts, {} retries, {} retries refused by the retry quota)",
        stats.attempts, stats.retries, stats.quota_refusals
    );
    for op in [
        Op::Create,
        Op::Issue,
        Op::Describe,
        Op::List,
        Op::Rename,
        Op::Delete,
    ] {
        println!(
            "soak:   {:<8} {:>4} ok {:>3} failed, slowest {:>6} ms (bound {} s)",
            format!("{op:?}").to_lowercase(),
            tally.ok.get(&op).copied().unwrap_or(0),
            tally.failed.get(&op).copied().unwrap_or(0),
            tally
                .slowest
                .get(&op)
                .copied()
                .unwrap_or_default()
                .as_millis(),
            op.bound().as_secs()
        );
    }
    println!("soak: failures by error: {:?}", tally.errors);
    println!("soak: faults by kind: {faults}");
    let fired: u64 = faults
        .as_object()
        .unwrap()
        .values()
        .filter_map(serde_json::Value::as_u64)
        .sum();
    let share = fired as f64 / requests as f64;
    println!(
        "soak: a fault broke {fired} of the {requests} requests ({:.1}%)",
        share * 100.0
    );
    println!(
        "soak: failed creates: {} made nothing, {found_again} found again by a rerun with their token",
        nothing_made
    );
    println!(
        "soak: duplicates {}, lost {}, late {}; {} certificates held ({} live by the callers' account)",
        duplicates.len(),
        lost.len(),
        tally.late.len(),
        after.values().map(Vec::len).sum::<usize>(),
        live_ids.len()
    );

    assert!(duplicates.is_empty(), "duplicates: {duplicates:#?}");
    assert!(lost.is_empty(), "lost: {lost:#?}");
    assert!(tally.late.is_empty(), "late: {:#?}", tally.late);
    assert!(
        share >= 0.28,
        "the soak is meant to run at about 30% faults, not {:.1}%",
        share * 100.0
    );
    assert!(
        tally.unexpected.is_empty(),
        "errors the retry policy does not explain: {:#?}",
        tally.unexpected
    );
    assert_eq!(calls, CALLS);
    let fired = faults.as_object().unwrap();
    assert_eq!(fired.len(), FaultKind::ALL.len());
    assert!(
        fired.values().all(|n| n.as_u64().unwrap() > 0),
        "every kind fired: {faults}"
    );
    // Most calls get through: the faults were survived, not merely counted.
    let failed: usize = tally.failed.values().sum();
    assert!(
        failed * 10 < CALLS,
        "{failed} of {CALLS} calls failed: {:?}",
        tally.errors
    );
}
