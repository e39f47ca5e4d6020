//! `vpncert issue --names-from FILE --out-dir DIR`: summaries, duplicates, exit codes, and
//! reruns after interruptions that never create a second certificate for a name.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

use common::{certs_per_name, run, Sandbox, KEY_ID, KEY_SECRET, REGION, SERVER};
use vpncert_emulator::{Emulator, FaultKind, Role, ServerState};

/// `--output json issue --server SERVER --names-from NAMES --out-dir OUT_DIR`.
fn bulk_args<'a>(names: &'a str, out_dir: &'a str) -> Vec<&'a str> {
    vec![
        "--output",
        "json",
        "issue",
        "--server",
        SERVER,
        "--names-from",
        names,
        "--out-dir",
        out_dir,
    ]
}

fn results_by_name(summary: &serde_json::Value) -> std::collections::BTreeMap<String, String> {
    summary["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                format!("{}@{}", r["name"].as_str().unwrap(), r["line"]),
                r["result"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn emulator(quota: u32) -> Emulator {
    Emulator::builder()
        .access_key(KEY_ID, KEY_SECRET, Role::Owner)
        .server(REGION, SERVER, ServerState::Ready)
        .quota(quota)
        .start()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn issues_each_name_once_reports_duplicates_and_reruns_as_present() {
    let emu = emulator(50);
    let sb = Sandbox::new();
    std::fs::write(
        sb.join("people.txt"),
        "# onboarding, May\nalice\nbob\n\n  alice  \n证书 user\n# carol left\n",
    )
    .unwrap();
    let first = run(sb.cli(&emu.url()).args(bulk_args("people.txt", "profiles")));
    first.assert_code(0);
    let s = first.json();
    assert_eq!(s["ssl_vpn_server_id"], SERVER);
    assert_eq!(
        (
            &s["issued"],
            &s["present"],
            &s["duplicates"],
            &s["failed"],
            &s["not_attempted"]
        ),
        (&3.into(), &0.into(), &1.into(), &0.into(), &0.into())
    );
    assert_eq!(
        results_by_name(&s),
        [
            ("alice@2", "issued"),
            ("bob@3", "issued"),
            ("alice@5", "duplicate"),
            ("证书 user@6", "issued"),
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .into()
    );
    let dup = &s["results"][2];
    assert_eq!(dup["duplicate_of_line"], 2);
    assert!(first.stderr.contains("repeats line 2"), "{}", first.stderr);
    for file in ["alice.ovpn", "bob.ovpn", "证书%20user.ovpn"] {
        let path = sb.join("profiles").join(file);
        assert_eq!(common::mode(&path), 0o600, "{file}");
        common::assert_inline_pem(
            &std::fs::read_to_string(&path).unwrap(),
            "key",
            "PRIVATE KEY",
        );
    }
    let issued_ids: Vec<String> = s["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["ssl_vpn_client_cert_id"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(issued_ids.len(), 3);

    let rerun = run(sb.cli(&emu.url()).args(bulk_args("people.txt", "profiles")));
    rerun.assert_code(0);
    let r = rerun.json();
    assert_eq!((&r["issued"], &r["present"]), (&0.into(), &3.into()));
    let present_ids: Vec<String> = r["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["ssl_vpn_client_cert_id"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(
        present_ids, issued_ids,
        "present rows name their certificates"
    );

    // --force writes the profiles again, from the certificates the service holds.
    let forced = run(sb
        .cli(&emu.url())
        .args(bulk_args("people.txt", "profiles"))
        .arg("--force"));
    forced.assert_code(0);
    let f = forced.json();
    assert_eq!(
        (f["issued"].as_u64(), f["adopted"].as_u64()),
        (Some(0), Some(3))
    );
    let forced_ids: Vec<String> = f["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["ssl_vpn_client_cert_id"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(forced_ids, issued_ids);

    let state = emu.state();
    assert_eq!(
        certs_per_name(&state),
        [("alice", 1), ("bob", 1), ("证书 user", 1)]
            .map(|(n, c)| (n.to_owned(), c))
            .into()
    );
    assert_eq!(state["creates"], 3);
}

#[test]
fn the_table_summary_lists_every_line() {
    let emu = emulator(50);
    let sb = Sandbox::new();
    std::fs::write(sb.join("n.txt"), "alice\nalice\nbob\n").unwrap();
    let r = run(sb.cli(&emu.url()).args([
        "issue",
        "--server",
        SERVER,
        "--names-from",
        "n.txt",
        "--out-dir",
        "p",
    ]));
    r.assert_code(0);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(
        lines[0].starts_with("NAME") && lines[0].contains("RESULT"),
        "{}",
        r.stdout
    );
    assert!(
        lines[1].starts_with("alice") && lines[1].contains("issued") && lines[1].contains("vsc-")
    );
    assert!(
        lines[2].starts_with("alice")
            && lines[2].contains("duplicate")
            && lines[2].contains("same as line 1")
    );
    assert!(lines[3].starts_with("bob") && lines[3].contains("issued"));
    assert!(
        r.stdout.contains(
            "2 issued, 0 already present, 0 adopted, 1 duplicate, 0 failed, 0 not attempted"
        ),
        "{}",
        r.stdout
    );
    // Not a terminal: one progress line per name on stderr, no bar, counted in the order the
    // names finish (the engine fetches them in parallel).
    assert!(r.stderr.contains("] alice: issued"), "{}", r.stderr);
    assert!(r.stderr.contains("] bob: issued"), "{}", r.stderr);
    assert!(
        r.stderr.contains("[1/2] ") && r.stderr.contains("[2/2] "),
        "{}",
        r.stderr
    );
}

#[test]
fn a_rerun_after_commit_then_drop_failures_never_duplicates() {
    let emu = Emulator::builder()
        .access_key(KEY_ID, KEY_SECRET, Role::Owner)
        .server(REGION, SERVER, ServerState::Ready)
        .fault(FaultKind::DropAfterCommit, 0.5)
        .seed(7)
        .start()
        .unwrap();
    let sb = Sandbox::new();
    let names: Vec<String> = (1..=8).map(|i| format!("user{i}")).collect();
    std::fs::write(sb.join("n.txt"), names.join("\n")).unwrap();

    // No retries: a create the emulator committed but never answered fails the run, like a
    // network cut; the batch stops there.
    let mut codes = Vec::new();
    for _ in 0..40 {
        let r = run(sb
            .cli(&emu.url())
            .args(["--max-retries", "0"])
            .args(bulk_args("n.txt", "out")));
        codes.push(r.code);
        if r.code == 0 {
            break;
        }
        r.assert_code(3);
        let s = r.json();
        let failed: Vec<&serde_json::Value> = s["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["result"] == "failed")
            .collect();
        assert_eq!(
            failed.len(),
            1,
            "the batch stops at the first transport failure: {s}"
        );
        assert_eq!(failed[0]["error"]["code"], "Transport");
    }
    assert_eq!(codes.first(), Some(&3), "the first run was interrupted");
    assert_eq!(
        codes.last(),
        Some(&0),
        "reruns finished the batch: {codes:?}"
    );

    let state = emu.state();
    let per_name = certs_per_name(&state);
    assert_eq!(per_name.len(), names.len(), "{per_name:?}");
    assert!(
        per_name.values().all(|&n| n == 1),
        "a name was issued twice: {per_name:?}"
    );
    assert_eq!(state["creates"], names.len());
    for n in &names {
        assert!(sb.join("out").join(format!("{n}.ovpn")).exists(), "{n}");
    }
}

#[test]
fn with_retries_faults_are_ridden_out_in_one_run_without_duplicates() {
    let emu = Emulator::builder()
        .access_key(KEY_ID, KEY_SECRET, Role::Owner)
        .server(REGION, SERVER, ServerState::Ready)
        .fault(FaultKind::DropAfterCommit, 0.3)
        .fault(FaultKind::ServiceUnavailable, 0.2)
        .seed(11)
        .start()
        .unwrap();
    let sb = Sandbox::new();
    std::fs::write(sb.join("n.txt"), "a\nb\nc\nd\ne\nf\n").unwrap();
    let r = run(sb
        .cli(&emu.url())
        .args(["--max-retries", "10"])
        .args(bulk_args("n.txt", "out")));
    r.assert_code(0);
    assert_eq!(r.json()["issued"], 6);
    let state = emu.state();
    assert!(certs_per_name(&state).values().all(|&n| n == 1));
    assert_eq!(state["creates"], 6);
}

#[test]
fn a_killed_run_is_finished_by_a_rerun_without_duplicates() {
    let emu = Emulator::builder()
        .access_key(KEY_ID, KEY_SECRET, Role::Owner)
        .server(REGION, SERVER, ServerState::Ready)
        .latency(Duration::from_millis(100))
        .start()
        .unwrap();
    let sb = Sandbox::new();
    let names: Vec<String> = (1..=10).map(|i| format!("person{i:02}")).collect();
    std::fs::write(sb.join("n.txt"), names.join("\n")).unwrap();

    let mut child = sb
        .cli(&emu.url())
        .args(bulk_args("n.txt", "out"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut done = 0;
    let mut lines = BufReader::new(stderr).lines();
    while done < 3 {
        let line = lines.next().expect("the run ended early").unwrap();
        if line.contains(": issued") {
            done += 1;
        }
    }
    // Kill it in the middle of the fourth name: created on the service, profile not written.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while emu.state()["certificates"].as_array().unwrap().len() < 4 {
        assert!(
            std::time::Instant::now() < deadline,
            "the fourth create never came"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "killed before the end");
    assert!(
        !sb.join("out").join(format!("{}.ovpn", names[3])).exists(),
        "killed after the fourth profile was written"
    );
    assert_eq!(certs_per_name(&emu.state()).len(), 4);

    let rerun = run(sb.cli(&emu.url()).args(bulk_args("n.txt", "out")));
    rerun.assert_code(0);
    let s = rerun.json();
    // The fourth name's certificate, made before the kill, is adopted.
    assert_eq!(
        s["issued"].as_u64().unwrap()
            + s["present"].as_u64().unwrap()
            + s["adopted"].as_u64().unwrap(),
        names.len() as u64
    );
    assert_eq!(s["present"], 3);
    assert_eq!(s["adopted"], 1);
    let state = emu.state();
    let per_name = certs_per_name(&state);
    assert_eq!(per_name.len(), names.len());
    assert!(per_name.values().all(|&n| n == 1), "{per_name:?}");
    assert_eq!(state["creates"], names.len());
}

#[test]
fn an_error_every_name_would_hit_stops_the_batch() {
    let emu = emulator(2);
    let sb = Sandbox::new();
    std::fs::write(sb.join("n.txt"), "a\nb\nc\nd\n").unwrap();
    let r = run(sb.cli(&emu.url()).args(bulk_args("n.txt", "out")));
    r.assert_code(1);
    let s = r.json();
    assert_eq!(
        results_by_name(&s),
        [
            ("a@1", "issued"),
            ("b@2", "issued"),
            ("c@3", "failed"),
            ("d@4", "not_attempted")
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .into()
    );
    assert_eq!(s["results"][2]["error"]["code"], "Resource.QuotaFull");
    assert!(!s["results"][2]["error"]["request_id"]
        .as_str()
        .unwrap()
        .is_empty());
    assert!(s["results"][3]["note"].as_str().unwrap().contains("rerun"));
    let e = r.json_error();
    assert_eq!(e["code"], "BatchFailed");
    assert_eq!(e["exit_code"], 1);
    assert!(e["message"]
        .as_str()
        .unwrap()
        .contains("1 of 4 names failed"));

    let unknown = run(sb.cli(&emu.url()).args([
        "issue",
        "--server",
        "vss-missing",
        "--names-from",
        "n.txt",
        "--out-dir",
        "out2",
    ]));
    unknown.assert_code(1);
    assert!(unknown.stdout.contains("InvalidSslVpnServerId.NotFound"));
    assert!(
        unknown.stdout.contains(
            "0 issued, 0 already present, 0 adopted, 0 duplicate, 1 failed, 3 not attempted"
        ),
        "{}",
        unknown.stdout
    );
}

#[test]
fn a_bad_name_fails_alone_and_the_exit_code_follows_the_failures() {
    let emu = emulator(50);
    let sb = Sandbox::new();
    // Lines 5 and 6 map to one file on a case-insensitive file system; line 4 is refused by the
    // SDK's checks. Lines 2 and 3 have files of their own.
    std::fs::write(sb.join("n.txt"), "alice\na b\na_b\nhttp://evil\nbob\nBOB\n").unwrap();
    let r = run(sb.cli(&emu.url()).args(bulk_args("n.txt", "out")));
    r.assert_code(2);
    let s = r.json();
    assert_eq!(
        results_by_name(&s),
        [
            ("alice@1", "issued"),
            ("a b@2", "issued"),
            ("a_b@3", "issued"),
            ("http://evil@4", "failed"),
            ("bob@5", "issued"),
            ("BOB@6", "failed"),
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .into()
    );
    assert_eq!(s["results"][3]["error"]["code"], "InvalidInput");
    assert_eq!(s["results"][5]["error"]["code"], "FileNameCollision");
    assert_eq!(certs_per_name(&emu.state()).len(), 4);
    for file in ["a%20b.ovpn", "a_b.ovpn"] {
        assert!(sb.join("out").join(file).exists(), "{file}");
    }
}

#[test]
fn a_new_batch_label_issues_again_after_certificates_were_deleted() {
    let emu = emulator(50);
    let sb = Sandbox::new();
    std::fs::write(sb.join("n.txt"), "alice\n").unwrap();
    let first = run(sb.cli(&emu.url()).args(bulk_args("n.txt", "out")))
        .assert_code(0)
        .json();
    let old_id = first["results"][0]["ssl_vpn_client_cert_id"]
        .as_str()
        .unwrap()
        .to_owned();
    run(sb.cli(&emu.url()).args(["delete", &old_id, "--wait"])).assert_code(0);

    let again = run(sb
        .cli(&emu.url())
        .args(bulk_args("n.txt", "out"))
        .args(["--batch", "2024-06", "--force"]))
    .assert_code(0)
    .json();
    let new_id = again["results"][0]["ssl_vpn_client_cert_id"]
        .as_str()
        .unwrap();
    assert_ne!(new_id, old_id);
    let state = emu.state();
    assert_eq!(state["certificates"][0]["ssl_vpn_client_cert_id"], new_id);
    assert_eq!(state["creates"], 2);
}

#[cfg(unix)]
#[test]
fn sigterm_mid_run_exits_130_leaves_no_temporary_file_and_a_rerun_finishes() {
    let emu = Emulator::builder()
        .access_key(KEY_ID, KEY_SECRET, Role::Owner)
        .server(REGION, SERVER, ServerState::Ready)
        .latency(Duration::from_millis(300))
        .start()
        .unwrap();
    let sb = Sandbox::new();
    let names: Vec<String> = (1..=6).map(|i| format!("person{i:02}")).collect();
    std::fs::write(sb.join("n.txt"), names.join("\n")).unwrap();

    let mut child = sb
        .cli(&emu.url())
        .args(bulk_args("n.txt", "out"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    loop {
        let line = lines.next().expect("the run ended early").unwrap();
        if line.contains(": issued") {
            break;
        }
    }
    let kill = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    let status = child.wait().unwrap();
    assert_eq!(
        status.code(),
        Some(130),
        "stderr after the signal: {rest:?}"
    );
    assert!(
        rest.iter()
            .any(|l| l == "vpncert: interrupted; rerun to continue"),
        "{rest:?}"
    );
    let out: Vec<String> = std::fs::read_dir(sb.join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        out.iter().all(|f| !f.ends_with(".tmp")),
        "no temporary file left: {out:?}"
    );
    assert!(
        out.len() < names.len(),
        "interrupted before the end: {out:?}"
    );

    let rerun = run(sb.cli(&emu.url()).args(bulk_args("n.txt", "out")));
    rerun.assert_code(0);
    let per_name = certs_per_name(&emu.state());
    assert_eq!(per_name.len(), names.len());
    assert!(per_name.values().all(|&n| n == 1), "{per_name:?}");
}

#[cfg(unix)]
#[test]
fn a_temporary_file_a_killed_run_left_behind_is_removed_by_the_rerun() {
    use std::os::unix::fs::PermissionsExt;
    let emu = emulator(50);
    let sb = Sandbox::new();
    std::fs::write(sb.join("n.txt"), "alice\n").unwrap();
    let out = sb.join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o700)).unwrap();
    let left = out.join(".alice.ovpn.0123456789abcdef0123456789abcdef.tmp");
    let f = std::fs::File::create(&left).unwrap();
    f.set_modified(std::time::SystemTime::now() - Duration::from_secs(3600))
        .unwrap();
    drop(f);
    run(sb.cli(&emu.url()).args(bulk_args("n.txt", "out"))).assert_code(0);
    assert!(!left.exists(), "the killed run's temporary file is gone");
    assert!(out.join("alice.ovpn").exists());
}

/// The one result of a single-name bulk run.
fn only_result(r: &common::Run) -> serde_json::Value {
    let s = r.json();
    assert_eq!(s["results"].as_array().unwrap().len(), 1, "{s}");
    s["results"][0].clone()
}

#[test]
fn another_persons_profile_is_never_taken_for_present() {
    let emu = emulator(50);
    let sb = Sandbox::new();
    let out = sb.join("out");
    std::fs::write(sb.join("jane.txt"), "Jane Doe\n").unwrap();
    std::fs::write(sb.join("jane_.txt"), "Jane_Doe\n").unwrap();
    let jane =
        only_result(run(sb.cli(&emu.url()).args(bulk_args("jane.txt", "out"))).assert_code(0));
    assert_eq!(jane["result"], "issued");
    let janes_file = out.join("Jane%20Doe.ovpn");
    let janes_profile = std::fs::read_to_string(&janes_file).unwrap();

    // What the old file naming did: Jane Doe's profile under the name Jane_Doe's maps to.
    let shared = out.join("Jane_Doe.ovpn");
    std::fs::copy(&janes_file, &shared).unwrap();
    let r = run(sb.cli(&emu.url()).args(bulk_args("jane_.txt", "out")));
    r.assert_code(2);
    let item = only_result(&r);
    assert_eq!(item["result"], "failed");
    assert_eq!(item["error"]["code"], "ProfileConflict");
    let message = item["error"]["message"].as_str().unwrap();
    for want in [
        "Jane_Doe.ovpn",
        "\"Jane Doe\"",
        jane["ssl_vpn_client_cert_id"].as_str().unwrap(),
        "--force",
    ] {
        assert!(message.contains(want), "{want:?} missing from {message}");
    }
    assert_eq!(std::fs::read_to_string(&shared).unwrap(), janes_profile);
    assert_eq!(
        certs_per_name(&emu.state()).get("Jane_Doe"),
        None,
        "nothing asked for"
    );

    // With its own file name, Jane_Doe gets a certificate and profile of her own.
    std::fs::remove_file(&shared).unwrap();
    let own =
        only_result(run(sb.cli(&emu.url()).args(bulk_args("jane_.txt", "out"))).assert_code(0));
    assert_eq!(own["result"], "issued");
    assert_ne!(
        own["ssl_vpn_client_cert_id"],
        jane["ssl_vpn_client_cert_id"]
    );
    let owner = vpncert::profile::read_profile_owner(&shared).unwrap();
    assert!(owner.is_for(SERVER, "Jane_Doe"));
    assert_eq!(std::fs::read_to_string(&janes_file).unwrap(), janes_profile);
}

#[test]
fn a_file_without_an_owner_line_is_a_conflict_until_forced() {
    let emu = emulator(50);
    let sb = Sandbox::new();
    std::fs::write(sb.join("n.txt"), "alice\n").unwrap();
    let first = only_result(run(sb.cli(&emu.url()).args(bulk_args("n.txt", "out"))).assert_code(0));
    let path = sb.join("out").join("alice.ovpn");
    // A profile of an older vpncert, or one written by hand: no owner line.
    let profile = std::fs::read_to_string(&path).unwrap();
    let bare: String = profile.lines().skip(1).map(|l| format!("{l}\n")).collect();
    std::fs::write(&path, &bare).unwrap();

    let r = run(sb.cli(&emu.url()).args(bulk_args("n.txt", "out")));
    r.assert_code(2);
    let item = only_result(&r);
    assert_eq!(item["error"]["code"], "ProfileConflict");
    assert!(item["error"]["message"]
        .as_str()
        .unwrap()
        .contains("owner line"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), bare);

    let forced = only_result(
        run(sb
            .cli(&emu.url())
            .args(bulk_args("n.txt", "out"))
            .arg("--force"))
        .assert_code(0),
    );
    assert_eq!(forced["result"], "adopted");
    assert_eq!(
        forced["ssl_vpn_client_cert_id"],
        first["ssl_vpn_client_cert_id"]
    );
    assert_eq!(
        emu.state()["creates"],
        1,
        "the rerun got the same certificate back"
    );
    assert!(vpncert::profile::read_profile_owner(&path)
        .unwrap()
        .is_for(SERVER, "alice"));
}

#[test]
fn a_profile_of_the_same_name_on_another_server_is_a_conflict() {
    let other = "vss-emulator0002";
    let emu = Emulator::builder()
        .access_key(KEY_ID, KEY_SECRET, Role::Owner)
        .server(REGION, SERVER, ServerState::Ready)
        .server(REGION, other, ServerState::Ready)
        .start()
        .unwrap();
    let sb = Sandbox::new();
    std::fs::write(sb.join("n.txt"), "alice\n").unwrap();
    run(sb.cli(&emu.url()).args([
        "issue",
        "--server",
        other,
        "--names-from",
        "n.txt",
        "--out-dir",
        "out",
    ]))
    .assert_code(0);
    let r = run(sb.cli(&emu.url()).args(bulk_args("n.txt", "out")));
    r.assert_code(2);
    let item = only_result(&r);
    assert_eq!(item["error"]["code"], "ProfileConflict");
    assert!(item["error"]["message"].as_str().unwrap().contains(other));
}

#[cfg(unix)]
#[test]
fn the_out_dir_is_private_whatever_the_umask_and_a_loose_one_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let emu = emulator(50);
    let sb = Sandbox::new();
    std::fs::write(sb.join("n.txt"), "alice\n").unwrap();
    for umask in ["000", "777"] {
        let dir = format!("u{umask}/team/profiles");
        let r = run(&mut common::with_umask(
            sb.cli(&emu.url()).args(bulk_args("n.txt", &dir)),
            umask,
        ));
        r.assert_code(0);
        for d in [format!("u{umask}"), format!("u{umask}/team"), dir.clone()] {
            assert_eq!(common::mode(&sb.join(&d)), 0o700, "{d} under umask {umask}");
        }
        assert_eq!(common::mode(&sb.join(&dir).join("alice.ovpn")), 0o600);
    }

    let loose = sb.join("shared");
    std::fs::create_dir(&loose).unwrap();
    std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o777)).unwrap();
    let creates = emu.state()["creates"].clone();
    let refused = run(sb.cli(&emu.url()).args(bulk_args("n.txt", "shared")));
    refused.assert_code(2);
    let e = refused.json_error();
    assert_eq!(e["code"], "OutDirNotPrivate");
    let message = e["message"].as_str().unwrap();
    assert!(
        message.contains("shared") && message.contains("0777"),
        "{message}"
    );
    assert_eq!(emu.state()["creates"], creates, "nothing was sent");
    assert_eq!(std::fs::read_dir(&loose).unwrap().count(), 0);

    for mode in [0o750, 0o704, 0o720] {
        std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(mode)).unwrap();
        run(sb.cli(&emu.url()).args(bulk_args("n.txt", "shared"))).assert_code(2);
    }

    std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o755)).unwrap();
    let forced = run(sb
        .cli(&emu.url())
        .args(bulk_args("n.txt", "shared"))
        .arg("--force"));
    forced.assert_code(0);
    assert!(
        forced.stderr.contains("mode 0755") && forced.stderr.contains("--force"),
        "{}",
        forced.stderr
    );
    assert_eq!(
        common::mode(&loose),
        0o755,
        "a directory of the user's is left as it is"
    );

    std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o711)).unwrap();
    run(sb.cli(&emu.url()).args(bulk_args("n.txt", "shared"))).assert_code(0);
}

#[test]
fn a_name_that_already_has_a_certificate_is_adopted_not_issued_again() {
    let emu = emulator(50);
    let sb = Sandbox::new();
    // Made elsewhere: by hand, by another machine's run, by `vpncert apply`.
    let made = run(sb.cli(&emu.url()).args([
        "--output", "json", "create", "--server", SERVER, "--name", "alice",
    ]))
    .assert_code(0)
    .json()["ssl_vpn_client_cert_id"]
        .as_str()
        .unwrap()
        .to_owned();
    std::fs::write(sb.join("n.txt"), "alice\nbob\n").unwrap();
    let s = run(sb.cli(&emu.url()).args(bulk_args("n.txt", "out")))
        .assert_code(0)
        .json();
    let by_name = results_by_name(&s);
    assert_eq!(by_name["alice@1"], "adopted", "{s}");
    assert_eq!(by_name["bob@2"], "issued", "{s}");
    assert_eq!(s["adopted"], 1);
    assert_eq!(s["results"][0]["ssl_vpn_client_cert_id"], made.as_str());
    let owner = vpncert::profile::read_profile_owner(sb.join("out/alice.ovpn")).unwrap();
    assert_eq!(owner.ssl_vpn_client_cert_id, made);
    assert_eq!(
        certs_per_name(&emu.state())["alice"],
        1,
        "no second certificate"
    );

    // A lost profile comes back from the service, as the same certificate.
    std::fs::remove_file(sb.join("out/alice.ovpn")).unwrap();
    let s = run(sb.cli(&emu.url()).args(bulk_args("n.txt", "out")))
        .assert_code(0)
        .json();
    assert_eq!(results_by_name(&s)["alice@1"], "adopted");
    assert_eq!(results_by_name(&s)["bob@2"], "present");
    assert_eq!(certs_per_name(&emu.state())["alice"], 1);
    assert_eq!(emu.state()["creates"], 2);
}
