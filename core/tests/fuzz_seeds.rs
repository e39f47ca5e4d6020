//! Every committed fuzz seed (`fuzz/seeds/<target>/*`) replayed through what its cargo-fuzz
//! target calls, with that target's oracle. The fuzzer itself needs nightly and is not part of
//! the test command; this keeps the inputs behind its findings (and the shapes written for it)
//! checked on stable, on every run.

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// One replay per target. The targets build only under cargo-fuzz (`no_main`, libfuzzer-sys),
/// so each replay repeats its target's body; `calls` is the call that body makes, which
/// `every_target_is_replayed` finds in the target's source, so the two cannot drift apart
/// unnoticed.
struct Target {
    name: &'static str,
    calls: &'static str,
    replay: fn(&[u8], &Path) -> Replayed,
}

/// What a replay can tell beyond "no oracle failed", to check that the seeds still reach the
/// code they were kept for.
#[derive(Default)]
struct Replayed {
    decoded: usize,
    requests: usize,
}

const TARGETS: &[Target] = &[
    Target {
        name: "decode_response",
        calls: "vpncert::fuzzing::decode_response(status, body)",
        replay: decode_response,
    },
    Target {
        name: "config_files",
        calls: "vpncert::fuzzing::parse_config_files(text, &scratch)",
        replay: config_files,
    },
    Target {
        name: "emulator_request",
        calls: "vpncert_emulator::fuzzing::requests(data)",
        replay: emulator_request,
    },
    Target {
        name: "percent_encode",
        calls: "vpncert::sign::percent_encode(s)",
        replay: percent_encode,
    },
];

fn seeds_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/seeds")
}

/// What libfuzzer-sys hands a `|s: &str|` target: arbitrary's `<&str>::arbitrary_take_rest`,
/// which keeps the longest valid UTF-8 prefix of the input rather than rejecting it.
fn fuzz_str(data: &[u8]) -> &str {
    match std::str::from_utf8(data) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&data[..e.valid_up_to()]).expect("a valid prefix"),
    }
}

fn decode_response(data: &[u8], _scratch: &Path) -> Replayed {
    let (status, body) = match data.split_first() {
        Some((s, rest)) => (200 + u16::from(*s) * 2, rest),
        None => (200, data),
    };
    Replayed {
        decoded: vpncert::fuzzing::decode_response(status, body),
        ..Replayed::default()
    }
}

fn config_files(data: &[u8], scratch: &Path) -> Replayed {
    vpncert::fuzzing::parse_config_files(fuzz_str(data), scratch);
    Replayed::default()
}

fn emulator_request(data: &[u8], _scratch: &Path) -> Replayed {
    Replayed {
        requests: vpncert_emulator::fuzzing::requests(data),
        ..Replayed::default()
    }
}

fn percent_encode(data: &[u8], _scratch: &Path) -> Replayed {
    let s = fuzz_str(data);
    let enc = vpncert::sign::percent_encode(s);
    let b = enc.as_bytes();
    let unreserved = |c: u8| c.is_ascii_alphanumeric() || b"-_.~".contains(&c);
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).expect("escape is ASCII");
            assert!(hex
                .bytes()
                .all(|c| c.is_ascii_digit() || (b'A'..=b'F').contains(&c)));
            let v = u8::from_str_radix(hex, 16).expect("hex escape");
            assert!(!unreserved(v), "unreserved byte escaped");
            out.push(v);
            i += 3;
        } else {
            assert!(unreserved(b[i]), "reserved byte left bare");
            out.push(b[i]);
            i += 1;
        }
    }
    assert_eq!(out, s.as_bytes());
    Replayed::default()
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned())
}

/// Replays every file of `seeds/<name>`, and fails naming each seed whose replay panicked. A
/// missing or empty directory fails too: a moved or emptied seed set must not pass as a test
/// of nothing.
fn replay_all(name: &str) -> Replayed {
    let target = TARGETS
        .iter()
        .find(|t| t.name == name)
        .expect("a known target");
    let dir = seeds_root().join(name);
    let mut seeds: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .map(|e| e.expect("a readable seed directory").path())
            .collect(),
        Err(e) => panic!("{}: {e}", dir.display()),
    };
    seeds.sort();
    assert!(!seeds.is_empty(), "{} holds no seeds", dir.display());
    let scratch =
        std::env::temp_dir().join(format!("vpncert-fuzz-seeds-{}-{name}", std::process::id()));
    let mut total = Replayed::default();
    let mut failed = Vec::new();
    for seed in &seeds {
        let data = std::fs::read(seed).unwrap_or_else(|e| panic!("{}: {e}", seed.display()));
        match panic::catch_unwind(AssertUnwindSafe(|| (target.replay)(&data, &scratch))) {
            Ok(r) => {
                total.decoded += r.decoded;
                total.requests += r.requests;
            }
            Err(payload) => failed.push(format!(
                "{}: {}",
                seed.file_name().unwrap_or_default().to_string_lossy(),
                panic_text(&*payload)
            )),
        }
    }
    let _ = std::fs::remove_file(&scratch);
    assert!(
        failed.is_empty(),
        "{} of {} {name} seeds failed the target's oracle:\n{}",
        failed.len(),
        seeds.len(),
        failed.join("\n")
    );
    total
}

#[test]
fn decode_response_seeds_hold_the_oracle() {
    let r = replay_all("decode_response");
    assert!(
        r.decoded > 0,
        "no seed decodes as any answer: the seeds no longer reach the success decoders"
    );
}

#[test]
fn config_files_seeds_hold_the_oracle() {
    replay_all("config_files");
}

#[test]
fn emulator_request_seeds_hold_the_oracle() {
    let r = replay_all("emulator_request");
    assert!(
        r.requests > 0,
        "no seed parses as a request: the seeds no longer reach past the request head"
    );
}

#[test]
fn percent_encode_seeds_hold_the_oracle() {
    replay_all("percent_encode");
}

/// A new target's seeds would otherwise go unreplayed without anyone noticing.
#[test]
fn every_seed_directory_has_a_replay() {
    let root = seeds_root();
    let entries = std::fs::read_dir(&root).unwrap_or_else(|e| panic!("{}: {e}", root.display()));
    for entry in entries {
        let entry = entry.expect("a readable seeds directory");
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(
            TARGETS.iter().any(|t| t.name == name),
            "fuzz/seeds/{name} has no replay in core/tests/fuzz_seeds.rs"
        );
    }
}

/// A new target, or a target that came to call something else, would otherwise leave its
/// replay checking the wrong thing.
#[test]
fn every_target_is_replayed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/fuzz_targets");
    let mut found = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a readable fuzz_targets directory").path();
        let Some(name) = path.file_stem().and_then(|n| n.to_str()) else {
            continue;
        };
        let target = TARGETS
            .iter()
            .find(|t| t.name == name)
            .unwrap_or_else(|| panic!("fuzz target {name} has no replay here"));
        let source = std::fs::read_to_string(&path).expect("a readable target");
        assert!(
            source.contains(target.calls),
            "fuzz target {name} no longer calls `{}`: update its replay",
            target.calls
        );
        found += 1;
    }
    assert_eq!(found, TARGETS.len(), "a replay without a fuzz target");
}
