//! The signing test vectors in `tests/vectors/`, checked against the official signers: every case
//! must match byte for byte. The vectors are kept in the repository (copied from the project's
//! shared folder, where they were made), so a clone with nothing beside it runs these tests and
//! nothing here reads outside the checkout.

use std::path::{Path, PathBuf};

use serde_json::Value;
use vpncert::sign::{v1, v3};

/// The checkout's root (the parent of `core/`).
fn checkout() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("core/ has a parent")
        .to_path_buf()
}

fn vectors_dir() -> PathBuf {
    checkout().join("tests").join("vectors")
}

fn load(name: &str) -> Value {
    let path = vectors_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// The names of the files in `dir`, sorted.
fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_repository_holds_the_two_vector_files() {
    assert_eq!(
        file_names(&vectors_dir()),
        ["signature-v1.json", "signature-v3.json"],
        "tests/vectors/ holds the two vector files"
    );
}

/// Everything a clone runs must be inside it: no script, test or bench reads the shared folder
/// beside the checkout (this file included; its needles are built so as not to name it).
#[test]
fn nothing_reads_the_shared_folder_beside_the_checkout() {
    let root = checkout();
    let needles = [concat!("..", "/shared"), concat!("shared", "/vectors")];
    let mut offenders = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                let skip = matches!(
                    name.as_str(),
                    ".git" | "target" | ".venv" | "dist" | "node_modules" | "__pycache__"
                );
                if !skip {
                    stack.push(path);
                }
                continue;
            }
            let code = [
                "rs", "py", "sh", "c", "h", "cpp", "toml", "cmake", "txt", "in",
            ]
            .iter()
            .any(|ext| path.extension().is_some_and(|e| e == *ext))
                || path
                    .parent()
                    .and_then(Path::file_name)
                    .is_some_and(|d| d == ".ci");
            if !code {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            if needles.iter().any(|n| text.contains(n)) {
                offenders.push(path.strip_prefix(&root).unwrap().display().to_string());
            }
        }
    }
    offenders.sort();
    assert!(
        offenders.is_empty(),
        "these files read the shared folder beside the checkout; use tests/vectors/: {offenders:?}"
    );
}

fn pairs(v: &Value) -> Vec<(&str, &str)> {
    v.as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str().unwrap()))
        .collect()
}

#[test]
fn signature_v1_vectors() {
    let doc = load("signature-v1.json");
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 8, "expected the full vector set");
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let params = pairs(&case["params"]);
        let sts = v1::string_to_sign(case["method"].as_str().unwrap(), params.iter().copied());
        assert_eq!(
            sts,
            case["string_to_sign"].as_str().unwrap(),
            "string to sign of {name}"
        );
        let sig = v1::signature(case["secret"].as_str().unwrap(), &sts);
        assert_eq!(
            sig,
            case["signature"].as_str().unwrap(),
            "signature of {name}"
        );
    }
}

#[test]
fn signature_v3_vectors() {
    let doc = load("signature-v3.json");
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 3, "expected the full vector set");
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let query = pairs(&case["query"]);
        let headers = pairs(&case["headers"]);
        let payload = v3::hashed_payload(case["body"].as_str().unwrap().as_bytes());
        let (canonical, signed_headers) = v3::canonical_request(&v3::CanonicalInput {
            method: case["method"].as_str().unwrap(),
            path: case["path"].as_str().unwrap(),
            query: &query,
            headers: &headers,
            hashed_payload: &payload,
        });
        assert_eq!(
            canonical,
            case["canonical_request"].as_str().unwrap(),
            "canonical request of {name}"
        );
        let sts = v3::string_to_sign(&canonical);
        assert_eq!(
            sts.strip_prefix("ACS3-HMAC-SHA256\n").unwrap(),
            case["hashed_canonical_request"].as_str().unwrap(),
            "hashed canonical request of {name}"
        );
        let sig = v3::signature(case["secret"].as_str().unwrap(), &sts);
        let auth = v3::authorization(
            case["access_key_id"].as_str().unwrap(),
            &signed_headers,
            &sig,
        );
        assert_eq!(
            auth,
            case["authorization"].as_str().unwrap(),
            "authorization of {name}"
        );
        let parsed = v3::parse_authorization(&auth).unwrap();
        assert_eq!(
            (parsed.signature, parsed.signed_headers),
            (sig.as_str(), signed_headers.as_str())
        );
    }
}
