//! Exactly once under faults: 1,000 logical creates from 8 threads against an emulator that
//! injects 5xx (503, 500), throttling (`Throttling`, `Throttling.User`, `Rejected.Throttling`),
//! latency and "commit then drop the connection" at about 30% in all, then renames and deletes
//! under the same faults. The emulator's state must hold exactly one
//! certificate per logical create, and no error may leak from a delete whose first attempt
//! committed. Run with `--nocapture` to see the counts.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use vpncert::{
    Client, CreateSslVpnClientCert, Credentials, DeleteSslVpnClientCert, DescribeSslVpnClientCerts,
    ModifySslVpnClientCert, RetryPolicy,
};
use vpncert_emulator::{Emulator, FaultKind};

const SERVER: &str = "vss-emulator0001";
const THREADS: usize = 8;
const CREATES: usize = 1000;

fn soak_client(url: &str) -> Client {
    Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(url)
        .timeout(Duration::from_secs(5))
        .retry_policy(RetryPolicy {
            max_retries: 12,
            base_delay: Duration::from_millis(2),
            max_delay: Duration::from_millis(40),
            deadline: Duration::from_secs(30),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap()
}

fn held(emu: &Emulator) -> HashMap<String, (String, String)> {
    emu.state()["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["ssl_vpn_client_cert_id"].as_str().unwrap().to_owned(),
                (
                    c["name"].as_str().unwrap().to_owned(),
                    c["ssl_vpn_server_id"].as_str().unwrap().to_owned(),
                ),
            )
        })
        .collect()
}

/// Runs `work(i)` for `0..n` across the threads; returns the results in index order.
fn fan_out<T: Send>(n: usize, work: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let results: Mutex<Vec<Option<T>>> = Mutex::new((0..n).map(|_| None).collect());
    std::thread::scope(|s| {
        for t in 0..THREADS {
            let (results, work) = (&results, &work);
            s.spawn(move || {
                for i in (t..n).step_by(THREADS) {
                    let r = work(i);
                    results.lock().unwrap()[i] = Some(r);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(Option::unwrap)
        .collect()
}

#[test]
fn soak_exactly_once_under_faults() {
    let emu = Emulator::builder()
        .quota(2 * CREATES as u32)
        .create_limit(2 * CREATES as u32)
        .fault(FaultKind::ServiceUnavailable, 0.07)
        .fault(FaultKind::InternalError, 0.03)
        .fault(FaultKind::Throttling, 0.05)
        .fault(FaultKind::ThrottlingUser, 0.03)
        .fault(FaultKind::RejectedThrottling, 0.02)
        .fault(FaultKind::DropAfterCommit, 0.10)
        .latency(Duration::from_millis(1))
        // After each delete the gateway answers `VpnGateway.Configuring` for a moment, so the 8
        // threads' deletes on one gateway also ride out each other's reconfiguration, including
        // a retried delete that had committed before its connection dropped.
        .delete_settle(Duration::from_millis(2))
        .seed(20261128)
        .start()
        .unwrap();
    let client = soak_client(&emu.url());
    let started = Instant::now();

    // Creates.
    let results = fan_out(CREATES, |i| {
        client.create_ssl_vpn_client_cert(
            &CreateSslVpnClientCert::new(SERVER).name(format!("soak-{i:04}")),
        )
    });
    let create_stats = client.stats();
    let state = held(&emu);
    let mut per_name: HashMap<&str, usize> = HashMap::new();
    for (name, _) in state.values() {
        *per_name.entry(name.as_str()).or_default() += 1;
    }
    let mut failed = 0;
    for (i, r) in results.iter().enumerate() {
        let name = format!("soak-{i:04}");
        match r {
            Ok(out) => {
                assert_eq!(
                    per_name.get(name.as_str()),
                    Some(&1),
                    "{name}: exactly one certificate"
                );
                let (held_name, server) = state
                    .get(&out.ssl_vpn_client_cert_id)
                    .expect("returned id is held");
                assert_eq!(
                    (held_name.as_str(), server.as_str()),
                    (name.as_str(), SERVER)
                );
            }
            Err(e) => {
                // Only a retryable failure may outlast the budget, and it must not duplicate.
                assert!(e.is_retryable(), "{name}: unexpected error {e}");
                assert!(
                    per_name.get(name.as_str()).copied().unwrap_or(0) <= 1,
                    "{name}: duplicated"
                );
                failed += 1;
            }
        }
    }
    assert_eq!(
        state.len(),
        per_name.len(),
        "no certificate without a name of ours"
    );
    assert!(
        failed <= 2,
        "{failed} creates failed after their retry budget"
    );
    let faults = emu.state()["faults"].clone();

    // Renames of the first 200.
    let ids: Vec<String> = results
        .iter()
        .take(200)
        .filter_map(|r| r.as_ref().ok())
        .map(|o| o.ssl_vpn_client_cert_id.clone())
        .collect();
    let renames = fan_out(ids.len(), |i| {
        client.modify_ssl_vpn_client_cert(&ModifySslVpnClientCert::new(
            &ids[i],
            format!("renamed-{i:04}"),
        ))
    });
    for r in &renames {
        r.as_ref().expect("rename succeeds within its budget");
    }
    let state = held(&emu);
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(state[id].0, format!("renamed-{i:04}"));
    }

    // Deletes of the same 200: whatever the faults, the caller sees Deleted or AlreadyDeleted.
    let before_deletes = client.stats();
    let deletes = fan_out(ids.len(), |i| {
        client.delete_ssl_vpn_client_cert(&DeleteSslVpnClientCert::new(&ids[i]))
    });
    let mut already = 0;
    for (i, r) in deletes.iter().enumerate() {
        match r {
            Ok(o) => already += usize::from(o.was_already_deleted()),
            Err(e) => panic!("delete of {} leaked an error: {e}", ids[i]),
        }
    }
    let state = held(&emu);
    assert!(
        ids.iter().all(|id| !state.contains_key(id)),
        "every deleted certificate is gone"
    );
    let listed = client
        .ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new())
        .count();
    assert_eq!(listed, state.len());

    let s = client.stats();
    let delete_stats = client.stats();
    println!(
        "soak: deletes took {} attempts ({} API errors: faults and the gateway configuring after each delete)",
        delete_stats.attempts - before_deletes.attempts,
        delete_stats.api_errors - before_deletes.api_errors
    );
    println!(
        "soak: {CREATES} creates ({failed} failed), {} renames, {} deletes ({already} already gone) from {THREADS} threads in {:?}",
        renames.len(),
        deletes.len(),
        started.elapsed()
    );
    println!(
        "soak: creates took {} attempts, {} retries, {} transport errors, {} API errors; all calls: {} attempts, {} retries",
        create_stats.attempts, create_stats.retries, create_stats.transport_errors, create_stats.api_errors, s.attempts, s.retries
    );
    println!("soak: faults injected by the emulator during creates: {faults}");
    assert!(
        create_stats.retries > 100,
        "faults were really injected: {create_stats:?}"
    );
}
