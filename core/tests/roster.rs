//! The roster against the emulator: a first apply creates everyone and hands over 0600
//! profiles, a second plan has nothing to do, a changed roster plans the exact adds and (with
//! prune) revocations, the revocation guard changes nothing, soon-expiring certificates are
//! rotated and the old ones revoked, hostile names never leave the directory or share a file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use vpncert::roster::{self, ActionKind, Applied, ApplyOptions, Bundle, PlanOptions};
use vpncert::{Client, Credentials, Error};
use vpncert_emulator::{Emulator, ServerState};

const SERVER: &str = "vss-roster0001";

fn emulator(validity: Option<Duration>) -> Emulator {
    let mut b = Emulator::builder()
        .server("cn-hangzhou", SERVER, ServerState::Ready)
        .quota(1000)
        .delete_settle(Duration::from_millis(5));
    if let Some(v) = validity {
        b = b.cert_validity(v);
    }
    b.start().unwrap()
}

fn client(emu: &Emulator) -> Client {
    Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(emu.url())
        .build()
        .unwrap()
}

struct Dir(PathBuf);

impl Dir {
    fn new() -> Dir {
        let p =
            std::env::temp_dir().join(format!("vpncert-roster-{}", uuid::Uuid::new_v4().simple()));
        Dir(p)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Live certificates per name on the emulator.
fn certs_per_name(emu: &Emulator) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for c in emu.state()["certificates"].as_array().unwrap() {
        *out.entry(c["name"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    out
}

fn plan(c: &Client, text: &str, options: PlanOptions) -> roster::Plan {
    roster::plan(c, &roster::parse(text).unwrap(), &options.server(SERVER)).unwrap()
}

fn kinds(p: &roster::Plan) -> Vec<(ActionKind, String)> {
    let mut v: Vec<_> = p
        .actions
        .iter()
        .map(|a| (a.action, a.name.clone()))
        .collect();
    v.sort();
    v
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn first_apply_creates_everyone_and_a_second_plan_is_empty() {
    let emu = emulator(None);
    let c = client(&emu);
    let dir = Dir::new();
    let text = "name,email\nalice,alice@example.com\nbob,bob@example.com\ncarol,\n";
    let p = plan(&c, text, PlanOptions::default());
    assert_eq!(p.summary().create, 3);
    let report = roster::apply(
        &c,
        &p,
        &ApplyOptions::new(&dir.0).bundle(Bundle::Both),
        &mut |_| {},
    )
    .unwrap();
    assert!(!report.failed(), "{report:?}");
    for name in ["alice", "bob", "carol"] {
        let (ovpn, zip) = roster::hand_over_paths(&dir.0, name);
        let profile = std::fs::read_to_string(&ovpn).unwrap();
        assert!(
            profile.contains("<key>") && profile.contains("-----BEGIN"),
            "{name}"
        );
        assert!(zip.exists());
        #[cfg(unix)]
        {
            assert_eq!(mode(&ovpn), 0o600);
            assert_eq!(mode(&zip), 0o600);
        }
    }
    #[cfg(unix)]
    assert_eq!(mode(&dir.0), 0o700);
    assert_eq!(certs_per_name(&emu).values().sum::<usize>(), 3);
    let audit = std::fs::read_to_string(dir.0.join(roster::AUDIT_FILE)).unwrap();
    assert_eq!(audit.lines().count(), 3);
    assert!(!audit.contains("PRIVATE KEY"));
    let again = plan(&c, text, PlanOptions::default());
    assert!(!again.has_changes(), "{:?}", kinds(&again));
}

#[test]
fn a_changed_roster_plans_exactly_the_adds_and_with_prune_the_revocations() {
    let emu = emulator(None);
    let c = client(&emu);
    let dir = Dir::new();
    let first = plan(&c, "alice\nbob\ncarol\n", PlanOptions::default());
    roster::apply(&c, &first, &ApplyOptions::new(&dir.0), &mut |_| {}).unwrap();
    let changed = "alice\ncarol\ndave\n";
    let without_prune = plan(&c, changed, PlanOptions::default());
    assert_eq!(
        kinds(&without_prune),
        [
            (ActionKind::Create, "dave".to_owned()),
            (ActionKind::Keep, "alice".to_owned()),
            (ActionKind::Keep, "carol".to_owned()),
        ]
    );
    let pruned = plan(&c, changed, PlanOptions::default().prune(true));
    assert_eq!(
        kinds(&pruned),
        [
            (ActionKind::Create, "dave".to_owned()),
            (ActionKind::Revoke, "bob".to_owned()),
            (ActionKind::Keep, "alice".to_owned()),
            (ActionKind::Keep, "carol".to_owned()),
        ]
    );
    let report = roster::apply(&c, &pruned, &ApplyOptions::new(&dir.0), &mut |_| {}).unwrap();
    assert!(!report.failed(), "{report:?}");
    let live = certs_per_name(&emu);
    assert_eq!(live.keys().collect::<Vec<_>>(), ["alice", "carol", "dave"]);
    assert!(!plan(&c, changed, PlanOptions::default().prune(true)).has_changes());
}

#[test]
fn the_revocation_guard_changes_nothing() {
    let emu = emulator(None);
    let c = client(&emu);
    let dir = Dir::new();
    let first = plan(&c, "a\nb\nc\nd\n", PlanOptions::default());
    roster::apply(&c, &first, &ApplyOptions::new(&dir.0), &mut |_| {}).unwrap();
    let before = emu.state()["certificates"].clone();
    let p = plan(&c, "e\n", PlanOptions::default().prune(true));
    assert_eq!(p.revocations(), 4);
    let err = roster::apply(
        &c,
        &p,
        &ApplyOptions::new(&dir.0).max_revocations(3),
        &mut |_| {},
    )
    .unwrap_err();
    match err {
        Error::InvalidInput { parameter, reason } => {
            assert_eq!(parameter, "max_revocations");
            assert!(reason.contains("revokes 4"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        emu.state()["certificates"],
        before,
        "nothing changed, nothing created"
    );
    assert!(!roster::hand_over_paths(&dir.0, "e").0.exists());
}

#[test]
fn soon_expiring_certificates_are_rotated_and_the_old_ones_revoked() {
    // Certificates that live 20 days expire within a 30-day rotation window.
    let emu = emulator(Some(Duration::from_secs(20 * 86_400)));
    let c = client(&emu);
    let dir = Dir::new();
    let first = plan(&c, "alice\nbob\n", PlanOptions::default());
    let report = roster::apply(&c, &first, &ApplyOptions::new(&dir.0), &mut |_| {}).unwrap();
    let old: BTreeMap<String, String> = report
        .outcomes
        .iter()
        .map(|o| (o.planned.name.clone(), o.issued_cert_id.clone().unwrap()))
        .collect();
    let (alice_profile, _) = roster::hand_over_paths(&dir.0, "alice");
    let before = std::fs::read_to_string(&alice_profile).unwrap();
    let rotation = plan(
        &c,
        "alice\nbob\n",
        PlanOptions::default().rotate_within(Duration::from_secs(30 * 86_400)),
    );
    assert_eq!(rotation.summary().rotate, 2, "{:?}", kinds(&rotation));
    assert_eq!(rotation.revocations(), 2);
    let report = roster::apply(&c, &rotation, &ApplyOptions::new(&dir.0), &mut |_| {}).unwrap();
    assert!(!report.failed(), "{report:?}");
    let after = std::fs::read_to_string(&alice_profile).unwrap();
    assert_ne!(before, after, "the profile was replaced");
    let live: Vec<String> = emu.state()["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["ssl_vpn_client_cert_id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(live.len(), 2);
    for id in old.values() {
        assert!(!live.contains(id), "{id} was revoked");
    }
    let owner = vpncert::profile::profile_owner(&after).unwrap();
    assert!(
        live.contains(&owner.ssl_vpn_client_cert_id),
        "the new profile is a live certificate's"
    );
}

#[test]
fn hostile_names_stay_in_the_directory_and_never_share_a_file() {
    let emu = emulator(None);
    let c = client(&emu);
    let dir = Dir::new();
    let names = [
        "../x", "a/b", "Alice", "alice", "a b", "a_b", "a%20b", ".hidden",
    ];
    let text: String = names.iter().map(|n| format!("\"{n}\"\n")).collect();
    let text = format!("name\n{text}");
    let p = plan(&c, &text, PlanOptions::default());
    let report = roster::apply(&c, &p, &ApplyOptions::new(&dir.0), &mut |_| {}).unwrap();
    assert!(!report.failed(), "{report:?}");
    let files: Vec<PathBuf> = std::fs::read_dir(&dir.0)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ovpn"))
        .collect();
    assert_eq!(files.len(), names.len(), "{files:?}");
    for f in &files {
        assert_eq!(f.parent().unwrap(), dir.0);
        let owner = vpncert::profile::read_profile_owner(f).unwrap();
        assert!(names.contains(&owner.name.as_str()));
    }
    assert!(!dir.0.parent().unwrap().join("x.ovpn").exists());
}

#[test]
fn bad_rosters_name_their_lines_and_unknown_servers_are_refused() {
    let emu = emulator(None);
    let c = client(&emu);
    let err = roster::plan(
        &c,
        &roster::parse("name,server\nalice,vss-nope\nbob,\n").unwrap(),
        &PlanOptions::default().server(SERVER),
    )
    .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput { reason, .. } if reason.contains("line 2") && reason.contains("vss-nope")),
        "{err:?}"
    );
    let err = roster::plan(
        &c,
        &roster::parse("alice\n").unwrap(),
        &PlanOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput { reason, .. } if reason.contains("line(s) 1")),
        "{err:?}"
    );
    assert!(emu.state()["certificates"].as_array().unwrap().is_empty());
}

#[test]
fn a_kept_person_whose_profile_is_missing_gets_it_written() {
    let emu = emulator(None);
    let c = client(&emu);
    let dir = Dir::new();
    let p = plan(&c, "alice\n", PlanOptions::default());
    roster::apply(&c, &p, &ApplyOptions::new(&dir.0), &mut |_| {}).unwrap();
    let (profile, _) = roster::hand_over_paths(&dir.0, "alice");
    std::fs::remove_file(&profile).unwrap();
    let again = plan(&c, "alice\n", PlanOptions::default());
    assert!(!again.has_changes());
    let report = roster::apply(&c, &again, &ApplyOptions::new(&dir.0), &mut |_| {}).unwrap();
    assert_eq!(report.outcomes[0].result, Applied::Delivered);
    assert!(profile.exists());
    assert_eq!(certs_per_name(&emu)["alice"], 1);
}

#[test]
fn apply_makes_one_change_per_gateway_at_a_time_and_serves_gateways_side_by_side() {
    let emu = Emulator::builder()
        .server("cn-hangzhou", "vss-lane0001", ServerState::Ready)
        .server("cn-hangzhou", "vss-lane0002", ServerState::Ready)
        .quota(1000)
        .create_settle(Duration::from_millis(40))
        .settle(Duration::from_millis(40))
        .start()
        .unwrap();
    let c = client(&emu);
    let mut text = String::from("name,server\n");
    for i in 0..8 {
        text.push_str(&format!("a{i},vss-lane0001\nb{i},vss-lane0002\n"));
    }
    let people = roster::parse(&text).unwrap();
    let plan = roster::plan(&c, &people, &PlanOptions::default()).unwrap();
    let dir = Dir::new();
    let mut order = Vec::new();
    let report = roster::apply(
        &c,
        &plan,
        &ApplyOptions::new(&dir.0).concurrency(8),
        &mut |e| {
            if let roster::Event::Done { outcome, .. } = e {
                order.push(outcome.planned.ssl_vpn_server_id.clone());
            }
        },
    )
    .unwrap();
    assert!(!report.failed(), "{:?}", report.outcomes);
    assert_eq!(order.len(), 16);
    assert!(certs_per_name(&emu).values().all(|n| *n == 1));
    // A second create on a gateway still settling answers VpnGateway.Configuring: none did,
    // so each gateway had one change at a time.
    assert_eq!(c.stats().api_errors, 0, "{:?}", c.stats());
    // Side by side: the two gateways' hand-overs finished interleaved, not one server's
    // people after the other's.
    let switches = order.windows(2).filter(|w| w[0] != w[1]).count();
    assert!(
        switches > 2,
        "the gateways were served one after the other: {order:?}"
    );

    // Offboarding all but one on each server: the deletes go one at a time per gateway too.
    let plan = roster::plan(
        &c,
        &roster::parse("name,server\na0,vss-lane0001\nb0,vss-lane0002\n").unwrap(),
        &PlanOptions::default().prune(true),
    )
    .unwrap();
    let before = c.stats().api_errors;
    let report = roster::apply(
        &c,
        &plan,
        &ApplyOptions::new(&dir.0).max_revocations(16).concurrency(8),
        &mut |_| {},
    )
    .unwrap();
    assert!(!report.failed(), "{:?}", report.outcomes);
    assert_eq!(c.stats().api_errors, before);
    let left = certs_per_name(&emu);
    assert_eq!(left.keys().cloned().collect::<Vec<_>>(), ["a0", "b0"]);
}

#[test]
fn a_person_on_two_servers_gets_one_profile_per_server() {
    let emu = Emulator::builder()
        .server("cn-hangzhou", "vss-two0001", ServerState::Ready)
        .server("cn-hangzhou", "vss-two0002", ServerState::Ready)
        .settle(Duration::from_millis(5))
        .start()
        .unwrap();
    let c = client(&emu);
    let people =
        roster::parse("name,server\nalice,vss-two0001\nalice,vss-two0002\nbob,vss-two0001\n")
            .unwrap();
    let plan = roster::plan(&c, &people, &PlanOptions::default()).unwrap();
    let dir = Dir::new();
    let report = roster::apply(&c, &plan, &ApplyOptions::new(&dir.0), &mut |_| {}).unwrap();
    assert!(!report.failed(), "{:?}", report.outcomes);
    for server in ["vss-two0001", "vss-two0002"] {
        let path = dir.0.join(server).join("alice.ovpn");
        let owner = vpncert::profile::read_profile_owner(&path)
            .unwrap_or_else(|| panic!("{}", path.display()));
        assert!(owner.is_for(server, "alice"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let m = std::fs::metadata(dir.0.join(server))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(m & 0o777, 0o700);
        }
    }
    assert!(
        dir.0.join("bob.ovpn").exists(),
        "one server: the top directory"
    );
    // A rerun finds every hand-over where it put it.
    let again = roster::plan(&c, &people, &PlanOptions::default()).unwrap();
    assert!(!again.has_changes());
    let report = roster::apply(&c, &again, &ApplyOptions::new(&dir.0), &mut |_| {}).unwrap();
    assert!(
        report.outcomes.iter().all(|o| o.result == Applied::Done),
        "{:?}",
        report.outcomes
    );
}

/// Live certificate ids on the emulator, oldest first.
fn live_ids(emu: &Emulator) -> Vec<String> {
    emu.state()["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["ssl_vpn_client_cert_id"].as_str().unwrap().to_owned())
        .collect()
}

/// What a run killed in a rotation leaves: the replacement created (with the rotation's
/// token), the hand-over files still the replaced certificate's.
fn killed_rotation(c: &Client, replaced: &str) -> String {
    // Creation times are whole seconds: a second later, the replacement is the newer one.
    std::thread::sleep(Duration::from_millis(1_050));
    let token = roster::client_token(SERVER, "alice", Some(&format!("rotate:{replaced}")));
    c.create_ssl_vpn_client_cert(
        &vpncert::CreateSslVpnClientCert::new(SERVER)
            .name("alice")
            .client_token(token),
    )
    .unwrap()
    .ssl_vpn_client_cert_id
}

#[test]
fn a_rerun_after_a_killed_rotation_hands_over_first_then_revokes_the_rest() {
    // Certificates live 20 days: inside the 30-day window, a replacement is due at once too.
    let emu = emulator(Some(Duration::from_secs(20 * 86_400)));
    let c = client(&emu);
    let dir = Dir::new();
    let both = ApplyOptions::new(&dir.0).bundle(Bundle::Both);
    let first = plan(&c, "alice\n", PlanOptions::default());
    roster::apply(&c, &first, &both, &mut |_| {}).unwrap();
    let old = live_ids(&emu).remove(0);
    let replacement = killed_rotation(&c, &old);

    let rotate = PlanOptions::default().rotate_within(Duration::from_secs(30 * 86_400));
    let rerun = plan(&c, "alice\n", rotate.clone());
    // The replaced certificate goes although the replacement is due as well.
    let revoked: Vec<_> = rerun
        .actions
        .iter()
        .filter(|a| a.action == ActionKind::Revoke)
        .map(|a| a.ssl_vpn_client_cert_id.clone().unwrap())
        .collect();
    assert_eq!(revoked, std::slice::from_ref(&old), "{:?}", rerun.actions);
    let report = roster::apply(&c, &rerun, &both, &mut |_| {}).unwrap();
    assert!(!report.failed(), "{:?}", report.outcomes);

    // One certificate left, the newest, and both files are its.
    let live = live_ids(&emu);
    assert_eq!(live.len(), 1, "{live:?}");
    assert!(!live.contains(&old) && !live.contains(&replacement));
    let (ovpn, zip) = roster::hand_over_paths(&dir.0, "alice");
    let holder = |o: Option<vpncert::profile::ProfileOwner>| o.unwrap().ssl_vpn_client_cert_id;
    assert_eq!(holder(vpncert::profile::read_profile_owner(&ovpn)), live[0]);
    assert_eq!(holder(vpncert::profile::read_zip_owner(&zip)), live[0]);

    // The audit names each change with the request id of the change itself.
    let audit = std::fs::read_to_string(dir.0.join(roster::AUDIT_FILE)).unwrap();
    let lines: Vec<serde_json::Value> = audit
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let rotated = report
        .outcomes
        .iter()
        .find(|o| o.planned.action == ActionKind::Rotate)
        .unwrap();
    let line = lines.iter().find(|l| l["action"] == "rotate").unwrap();
    assert_eq!(line["ssl_vpn_client_cert_id"], live[0].as_str());
    assert_eq!(line["replaced"], replacement.as_str());
    assert_eq!(
        line["request_id"].as_str(),
        rotated.request_id.as_deref(),
        "{line}"
    );
}

#[test]
fn a_kept_person_whose_files_hold_another_certificate_gets_them_rewritten_first() {
    let emu = emulator(None);
    let c = client(&emu);
    let dir = Dir::new();
    let zip_only = ApplyOptions::new(&dir.0).bundle(Bundle::Zip);
    let first = plan(&c, "alice\n", PlanOptions::default());
    roster::apply(&c, &first, &zip_only, &mut |_| {}).unwrap();
    let old = live_ids(&emu).remove(0);
    // A newer certificate of the same person (a rotation's, say) whose zip never arrived.
    let newer = killed_rotation(&c, &old);
    let (ovpn, zip) = roster::hand_over_paths(&dir.0, "alice");
    let holder = |p: &Path| {
        vpncert::profile::read_zip_owner(p)
            .unwrap()
            .ssl_vpn_client_cert_id
    };
    assert_eq!(holder(&zip), old);

    let rerun = plan(&c, "alice\n", PlanOptions::default().prune(true));
    assert_eq!(
        kinds(&rerun),
        [
            (ActionKind::Revoke, "alice".to_owned()),
            (ActionKind::Keep, "alice".to_owned())
        ]
    );
    let report = roster::apply(&c, &rerun, &zip_only, &mut |_| {}).unwrap();
    assert!(!report.failed(), "{:?}", report.outcomes);
    assert_eq!(holder(&zip), newer, "the zip was the revoked certificate's");
    assert_eq!(live_ids(&emu), std::slice::from_ref(&newer));
    assert!(!ovpn.exists());

    // Both files asked for: the one missing is written, the other is left as it is.
    let both = ApplyOptions::new(&dir.0).bundle(Bundle::Both);
    let again = plan(&c, "alice\n", PlanOptions::default());
    let report = roster::apply(&c, &again, &both, &mut |_| {}).unwrap();
    assert_eq!(report.outcomes[0].result, Applied::Delivered);
    assert_eq!(
        vpncert::profile::read_profile_owner(&ovpn)
            .unwrap()
            .ssl_vpn_client_cert_id,
        newer
    );
    std::fs::remove_file(&zip).unwrap();
    let report = roster::apply(&c, &again, &both, &mut |_| {}).unwrap();
    assert_eq!(report.outcomes[0].result, Applied::Delivered);
    assert_eq!(holder(&zip), newer);
    let report = roster::apply(&c, &again, &both, &mut |_| {}).unwrap();
    assert_eq!(report.outcomes[0].result, Applied::Done);
}

#[test]
fn a_failed_hand_over_keeps_the_other_certificates() {
    let emu = emulator(None);
    let c = client(&emu);
    let dir = Dir::new();
    let first = plan(&c, "alice\n", PlanOptions::default());
    roster::apply(&c, &first, &ApplyOptions::new(&dir.0), &mut |_| {}).unwrap();
    let old = live_ids(&emu).remove(0);
    let newer = killed_rotation(&c, &old);
    // The kept certificate's profile cannot be written: a directory stands where it goes.
    let (ovpn, _) = roster::hand_over_paths(&dir.0, "alice");
    std::fs::remove_file(&ovpn).unwrap();
    std::fs::create_dir(&ovpn).unwrap();
    let rerun = plan(&c, "alice\n", PlanOptions::default().prune(true));
    let report = roster::apply(&c, &rerun, &ApplyOptions::new(&dir.0), &mut |_| {}).unwrap();
    assert!(report.failed());
    let revoke = report
        .outcomes
        .iter()
        .find(|o| o.planned.action == ActionKind::Revoke)
        .unwrap();
    assert_eq!(revoke.result, Applied::NotAttempted, "{revoke:?}");
    assert_eq!(live_ids(&emu), [old, newer], "nobody lost access");
}

#[test]
fn prune_keeps_the_newest_duplicate_counts_who_is_connected_and_expiring_lists_soonest_first() {
    let emu = emulator(Some(Duration::from_secs(20 * 86_400)));
    let c = client(&emu);
    let dir = Dir::new();
    let create = |name: &str| {
        c.create_ssl_vpn_client_cert(&vpncert::CreateSslVpnClientCert::new(SERVER).name(name))
            .unwrap()
            .ssl_vpn_client_cert_id
    };
    let older = create("alice");
    // Creation times are whole seconds: the second alice is newer, and expires later.
    std::thread::sleep(Duration::from_millis(1_050));
    let newer = create("alice");
    let bob = create("bob");
    emu.connect(&newer, None).unwrap();

    let within = |days: u64| Duration::from_secs(days * 86_400);
    let soon = roster::expiring(&c, &[SERVER.to_owned()], within(30)).unwrap();
    let ids: Vec<&str> = soon
        .iter()
        .map(|e| e.certificate.ssl_vpn_client_cert_id.as_str())
        .collect();
    assert_eq!(ids.len(), 3);
    assert_eq!(ids[0], older, "soonest first");
    assert!(soon.iter().all(|e| e.days_left == 19), "{soon:?}");
    assert!(roster::expiring(&c, &[SERVER.to_owned()], within(1))
        .unwrap()
        .is_empty());

    let p = plan(&c, "alice\n", PlanOptions::default().prune(true));
    let mut revoked: Vec<String> = p
        .actions
        .iter()
        .filter(|a| a.action == ActionKind::Revoke)
        .map(|a| a.ssl_vpn_client_cert_id.clone().unwrap())
        .collect();
    revoked.sort();
    let mut expected = vec![older.clone(), bob.clone()];
    expected.sort();
    assert_eq!(
        revoked, expected,
        "the older alice and bob, not the newest alice"
    );
    let mut warned = Vec::new();
    let report = roster::apply(&c, &p, &ApplyOptions::new(&dir.0), &mut |e| {
        if let roster::Event::Revoking {
            server,
            count,
            connected,
        } = e
        {
            warned.push((server.to_owned(), count, connected));
        }
    })
    .unwrap();
    assert!(!report.failed(), "{:?}", report.outcomes);
    assert_eq!(
        warned,
        [(SERVER.to_owned(), 2, Some(1))],
        "said once, before revoking"
    );
    assert_eq!(report.connected.get(SERVER), Some(&1));
    assert_eq!(live_ids(&emu), std::slice::from_ref(&newer));
}

#[test]
fn a_person_who_left_and_came_back_gets_a_new_certificate() {
    let emu = emulator(None);
    let c = client(&emu);
    let dir = Dir::new();
    let apply = |text: &str, prune: bool| {
        let p = plan(&c, text, PlanOptions::default().prune(prune));
        let report = roster::apply(&c, &p, &ApplyOptions::new(&dir.0), &mut |_| {}).unwrap();
        assert!(!report.failed(), "{:?}", report.outcomes);
    };
    apply("alice\nbob\n", false);
    let first = live_ids(&emu);
    apply("bob\n", true);
    assert_eq!(certs_per_name(&emu).get("alice"), None);
    // Back on the roster: alice's token answers with her revoked certificate; she gets a new
    // one, and a rerun finds it.
    std::fs::remove_file(roster::hand_over_paths(&dir.0, "alice").0).ok();
    apply("alice\nbob\n", false);
    assert_eq!(certs_per_name(&emu)["alice"], 1);
    let now = live_ids(&emu);
    assert!(now.iter().any(|id| !first.contains(id)), "{now:?}");
    let again = plan(&c, "alice\nbob\n", PlanOptions::default());
    assert!(!again.has_changes(), "{:?}", again.actions);
    let owner =
        vpncert::profile::read_profile_owner(roster::hand_over_paths(&dir.0, "alice").0).unwrap();
    assert!(now.contains(&owner.ssl_vpn_client_cert_id));
}
