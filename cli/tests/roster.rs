//! `vpncert plan`, `apply` and `expiring` against an emulator in this process: the exit codes
//! of `--detailed-exitcode`, the hand-over directory, rotation, the revocation guard, and
//! `apply` killed (SIGKILL) at random points ten times, then rerun: exactly one certificate per
//! person, each holding the profile of the certificate the service has.

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{certs_per_name, mode, run, Sandbox, KEY_ID, KEY_SECRET, REGION, SERVER};
use vpncert_emulator::{Emulator, Role, ServerState};

fn emulator(latency: Duration, validity: Option<Duration>) -> Emulator {
    let mut b = Emulator::builder()
        .access_key(KEY_ID, KEY_SECRET, Role::Owner)
        .server(REGION, SERVER, ServerState::Ready)
        .quota(1000)
        .settle(Duration::from_millis(20))
        .latency(latency);
    if let Some(v) = validity {
        b = b.cert_validity(v);
    }
    b.start().unwrap()
}

fn roster(sb: &Sandbox, names: &[&str]) {
    let mut text = String::from("name,email\n");
    for n in names {
        text.push_str(&format!("{n},{n}@example.com\n"));
    }
    std::fs::write(sb.join("people.csv"), text).unwrap();
}

fn plan(sb: &Sandbox, emu: &Emulator, extra: &[&str]) -> common::Run {
    run(sb
        .cli(&emu.url())
        .args([
            "--output",
            "json",
            "plan",
            "--roster",
            "people.csv",
            "--server",
            SERVER,
        ])
        .args(extra))
}

fn apply(sb: &Sandbox, emu: &Emulator, extra: &[&str]) -> common::Run {
    run(sb
        .cli(&emu.url())
        .args([
            "--output",
            "json",
            "apply",
            "--roster",
            "people.csv",
            "--server",
            SERVER,
            "--out-dir",
            "handover",
        ])
        .args(extra))
}

#[test]
fn plan_exit_codes_apply_hands_over_and_a_second_plan_is_empty() {
    let emu = emulator(Duration::ZERO, None);
    let sb = Sandbox::new();
    roster(&sb, &["ann", "ben", "cy"]);

    let p = plan(&sb, &emu, &["--detailed-exitcode"]);
    p.assert_code(2);
    let doc = p.json();
    assert_eq!(doc["summary"]["create"], 3);
    assert_eq!(doc["actions"][0]["columns"]["email"], "ann@example.com");
    assert_eq!(emu.state()["creates"], 0, "plan changes nothing");

    let a = apply(&sb, &emu, &[]);
    a.assert_code(0);
    let report = a.json();
    assert_eq!(report["outcomes"].as_array().unwrap().len(), 3);
    assert!(report["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["result"] == "done"));
    assert_eq!(mode(&sb.join("handover")), 0o700);
    for n in ["ann", "ben", "cy"] {
        let path = sb.join(&format!("handover/{n}.ovpn"));
        assert_eq!(mode(&path), 0o600);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("# vpncert: "), "{text}");
        common::assert_inline_pem(&text, "key", "PRIVATE KEY");
    }
    let audit = std::fs::read_to_string(sb.join("handover/audit.jsonl")).unwrap();
    assert_eq!(audit.lines().count(), 3);
    assert!(!audit.contains("PRIVATE KEY"));
    assert_eq!(mode(&sb.join("handover/audit.jsonl")), 0o600);

    plan(&sb, &emu, &["--detailed-exitcode"]).assert_code(0);
    // An error under --detailed-exitcode is 1, never 2.
    let broken = run(sb.cli(&emu.url()).args([
        "plan",
        "--roster",
        "missing.csv",
        "--server",
        SERVER,
        "--detailed-exitcode",
    ]));
    broken.assert_code(1);
    assert!(broken.stderr.contains("missing.csv"), "{}", broken.stderr);
}

#[test]
fn prune_revokes_only_within_the_guard_and_rotation_replaces_before_revoking() {
    let emu = emulator(Duration::ZERO, Some(Duration::from_secs(20 * 86_400)));
    let sb = Sandbox::new();
    roster(&sb, &["ann", "ben", "cy", "dee"]);
    apply(&sb, &emu, &[]).assert_code(0);

    roster(&sb, &["ann"]);
    // Three revocations, more than --max-revocations 2: refused, nothing changed.
    let refused = apply(&sb, &emu, &["--prune", "--max-revocations", "2"]);
    refused.assert_code(2);
    assert!(
        refused.stderr.contains("max_revocations") || refused.stderr.contains("revokes"),
        "{}",
        refused.stderr
    );
    assert_eq!(certs_per_name(&emu.state()).len(), 4);

    let pruned = apply(&sb, &emu, &["--prune", "--max-revocations", "3"]);
    pruned.assert_code(0);
    assert_eq!(
        certs_per_name(&emu.state()).keys().collect::<Vec<_>>(),
        ["ann"]
    );

    // Every certificate expires within 20 days: rotating within 30 replaces ann's.
    let before = emu.state()["certificates"][0]["ssl_vpn_client_cert_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let expiring = run(sb
        .cli(&emu.url())
        .args(["--output", "json", "expiring", "--within", "30d"]));
    expiring.assert_code(0);
    assert_eq!(expiring.json()["count"], 1);
    let rotated = apply(&sb, &emu, &["--rotate-within", "30d"]);
    rotated.assert_code(0);
    let state = emu.state();
    let certs = state["certificates"].as_array().unwrap();
    assert_eq!(
        certs.len(),
        1,
        "the old certificate is revoked once replaced"
    );
    let after = certs[0]["ssl_vpn_client_cert_id"].as_str().unwrap();
    assert_ne!(after, before);
    let profile = std::fs::read_to_string(sb.join("handover/ann.ovpn")).unwrap();
    assert!(
        profile.lines().next().unwrap().contains(after),
        "the new profile is handed over"
    );
}

/// Runs `vpncert ARGS` and kills it with SIGKILL (no handler runs) `at` after its start;
/// whether it was still running then.
fn killed_at(sb: &Sandbox, emu: &Emulator, args: &[&str], at: Duration) -> bool {
    let mut child = sb
        .cli(&emu.url())
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while started.elapsed() < at && child.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_millis(2));
    }
    let running = child.try_wait().unwrap().is_none();
    if running {
        child.kill().unwrap();
    }
    child.wait().unwrap();
    running
}

#[test]
fn apply_killed_at_random_points_then_rerun_leaves_exactly_one_certificate_each() {
    // Each create is followed by a settle the next one waits for: a run has work for seconds,
    // so every kill lands mid-way.
    let emu = Emulator::builder()
        .access_key(KEY_ID, KEY_SECRET, Role::Owner)
        .server(REGION, SERVER, ServerState::Ready)
        .quota(1000)
        .latency(Duration::from_millis(20))
        .create_settle(Duration::from_millis(30))
        .start()
        .unwrap();
    let sb = Sandbox::new();
    let names: Vec<String> = (0..60).map(|i| format!("p{i:02}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    roster(&sb, &refs);
    // A seeded spread of kill points, from right after the start to well into the run.
    let mut rng = fastrand::Rng::with_seed(0x5eed);
    let args = [
        "apply",
        "--roster",
        "people.csv",
        "--server",
        SERVER,
        "--out-dir",
        "handover",
        "--concurrency",
        "4",
    ];
    let kills = (0..10)
        .filter(|_| killed_at(&sb, &emu, &args, Duration::from_millis(rng.u64(20..400))))
        .count();
    assert!(kills >= 8, "most runs were killed mid-way ({kills})");
    assert!(
        certs_per_name(&emu.state()).len() < names.len(),
        "the killed runs had not finished the job"
    );
    let last = apply(&sb, &emu, &[]);
    last.assert_code(0);
    let state = emu.state();
    let per_name = certs_per_name(&state);
    assert_eq!(per_name.len(), names.len(), "{per_name:?}");
    assert!(
        per_name.values().all(|&n| n == 1),
        "a duplicate: {per_name:?}"
    );
    for c in state["certificates"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        let id = c["ssl_vpn_client_cert_id"].as_str().unwrap();
        let profile = std::fs::read_to_string(sb.join(&format!("handover/{name}.ovpn")))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            profile.lines().next().unwrap().contains(id),
            "{name}: stale profile"
        );
    }
    // No temporary file is left among the hand-overs.
    for e in std::fs::read_dir(sb.join("handover")).unwrap() {
        let n = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            n.ends_with(".ovpn") || n == "audit.jsonl",
            "left behind: {n}"
        );
    }
    plan(&sb, &emu, &["--detailed-exitcode"]).assert_code(0);
}

#[test]
fn a_rotation_killed_at_random_points_then_rerun_leaves_one_certificate_each_handed_over() {
    // Certificates live 20 days, inside the 30-day window: every apply rotates everyone, so
    // each kill lands in some person's create, hand-over or revocation.
    let emu = emulator(
        Duration::from_millis(10),
        Some(Duration::from_secs(20 * 86_400)),
    );
    let sb = Sandbox::new();
    let names: Vec<String> = (0..12).map(|i| format!("r{i:02}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    roster(&sb, &refs);
    apply(&sb, &emu, &["--bundle", "both"]).assert_code(0);
    let rotate = [
        "apply",
        "--roster",
        "people.csv",
        "--server",
        SERVER,
        "--out-dir",
        "handover",
        "--bundle",
        "both",
        "--rotate-within",
        "30d",
        "--max-revocations",
        "100",
    ];
    let mut rng = fastrand::Rng::with_seed(0x0707);
    for _ in 0..6 {
        killed_at(&sb, &emu, &rotate, Duration::from_millis(rng.u64(30..600)));
    }
    run(sb.cli(&emu.url()).args(rotate)).assert_code(0);

    let state = emu.state();
    let per_name = certs_per_name(&state);
    assert_eq!(per_name.len(), names.len(), "{per_name:?}");
    assert!(
        per_name.values().all(|&n| n == 1),
        "left over: {per_name:?}"
    );
    for c in state["certificates"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        let id = c["ssl_vpn_client_cert_id"].as_str().unwrap();
        let ovpn = vpncert::profile::read_profile_owner(sb.join(&format!("handover/{name}.ovpn")));
        let zip = vpncert::profile::read_zip_owner(sb.join(&format!("handover/{name}.zip")));
        assert_eq!(
            ovpn.map(|o| o.ssl_vpn_client_cert_id).as_deref(),
            Some(id),
            "{name}"
        );
        assert_eq!(
            zip.map(|o| o.ssl_vpn_client_cert_id).as_deref(),
            Some(id),
            "{name}"
        );
    }
    for e in std::fs::read_dir(sb.join("handover")).unwrap() {
        let n = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!n.ends_with(".tmp"), "left behind: {n}");
    }
}
