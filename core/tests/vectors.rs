//! The signing test vectors in `shared/vectors/`, checked against the official signers: every case
//! must match byte for byte.

use std::path::PathBuf;

use serde_json::Value;
use vpncert::sign::{v1, v3};

fn load(name: &str) -> Value {
    let dir = std::env::var_os("VPNCERT_SHARED_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    let path = dir.join("vectors").join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
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
