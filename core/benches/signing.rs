//! Signing and decoding without the network: what one CreateSslVpnClientCert attempt costs the
//! CPU before and after the round trip.
//!
//! Time and nonce are fixed inputs, so every iteration signs the same bytes (the client draws
//! fresh ones per attempt; that draw is measured separately in `nonce`).
//!
//! Run: `cargo bench -p vpncert --bench signing`.

use std::hint::black_box;
use std::time::{Duration, UNIX_EPOCH};

use criterion::{criterion_group, criterion_main, Criterion};
use vpncert::sign::{self, v1, v3, RequestToSign, SignatureVersion};
use vpncert::{CreateSslVpnClientCertResponse, Credentials};

const HOST: &str = "vpc.aliyuncs.com";
const BASE_URL: &str = "https://vpc.aliyuncs.com/";
const ACTION: &str = "CreateSslVpnClientCert";
const NONCE: &str = "3ee8c1b883d344afa94f4e0ad82fd6cf";
// The business parameters the client sends for a named create with a ClientToken.
const PARAMS: &[(&str, &str)] = &[
    ("RegionId", "cn-hangzhou"),
    ("SslVpnServerId", "vss-bp1example0000001"),
    ("Name", "alice-laptop"),
    ("ClientToken", "5f0c8a2e-8a31-4d5e-9f4e-0b7d2c6a1e93"),
];
// A success body as the API returns it.
const CREATE_BODY: &str = r#"{"RequestId":"8B33E5A0-8F2C-4B3E-9A55-2C7C9F1B8A11","Name":"alice-laptop","SslVpnClientCertId":"vsc-bp1example0000000001"}"#;

fn request(version: SignatureVersion, credentials: &Credentials) -> RequestToSign<'_> {
    RequestToSign {
        version,
        base_url: BASE_URL,
        host: HOST,
        action: ACTION,
        api_version: vpncert::API_VERSION,
        params: PARAMS,
        credentials,
        timestamp: UNIX_EPOCH + Duration::from_secs(1_709_539_200),
        nonce: NONCE,
    }
}

fn sign_request(c: &mut Criterion) {
    let creds = Credentials::access_key("LTAI5tExampleAccessKey", "ExampleSecretExampleSecret0123");
    let sts = Credentials::sts(
        "STS.NExampleStsKeyId",
        "ExampleSecretExampleSecret0123",
        "CAIS+example+security+token+of+a+typical+length/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789==",
    );
    let mut g = c.benchmark_group("sign_request");
    for (name, version) in [("v1", SignatureVersion::V1), ("v3", SignatureVersion::V3)] {
        let req = request(version, &creds);
        g.bench_function(name, |b| b.iter(|| sign::sign_request(black_box(&req))));
        let req = request(version, &sts);
        g.bench_function(format!("{name}_sts"), |b| {
            b.iter(|| sign::sign_request(black_box(&req)))
        });
    }
    g.finish();
}

// The pieces under sign_request, to see where the time goes.
fn sign_parts(c: &mut Criterion) {
    let secret = "ExampleSecretExampleSecret0123";
    let v1_params: Vec<(&str, &str)> = PARAMS
        .iter()
        .copied()
        .chain([
            ("Action", ACTION),
            ("Version", vpncert::API_VERSION),
            ("Format", "JSON"),
            ("AccessKeyId", "LTAI5tExampleAccessKey"),
            ("SignatureMethod", "HMAC-SHA1"),
            ("SignatureVersion", "1.0"),
            ("SignatureNonce", NONCE),
            ("Timestamp", "2024-03-04T08:00:00Z"),
        ])
        .collect();
    let v1_sts = v1::string_to_sign("POST", v1_params.iter().copied());

    let payload = v3::hashed_payload(b"");
    let headers: &[(&str, &str)] = &[
        ("host", HOST),
        ("x-acs-action", ACTION),
        ("x-acs-version", vpncert::API_VERSION),
        ("x-acs-date", "2024-03-04T08:00:00Z"),
        ("x-acs-signature-nonce", NONCE),
        ("x-acs-content-sha256", &payload),
    ];
    let input = v3::CanonicalInput {
        method: "POST",
        path: "/",
        query: PARAMS,
        headers,
        hashed_payload: &payload,
    };
    let (canonical, _) = v3::canonical_request(&input);
    let v3_sts = v3::string_to_sign(&canonical);

    let mut g = c.benchmark_group("sign_parts");
    g.bench_function("v1_string_to_sign", |b| {
        b.iter(|| v1::string_to_sign("POST", black_box(&v1_params).iter().copied()))
    });
    g.bench_function("v1_signature", |b| {
        b.iter(|| v1::signature(black_box(secret), black_box(&v1_sts)))
    });
    g.bench_function("v3_canonical_request", |b| {
        b.iter(|| v3::canonical_request(black_box(&input)))
    });
    g.bench_function("v3_string_to_sign", |b| {
        b.iter(|| v3::string_to_sign(black_box(&canonical)))
    });
    g.bench_function("v3_signature", |b| {
        b.iter(|| v3::signature(black_box(secret), black_box(&v3_sts)))
    });
    g.bench_function("timestamp", |b| {
        let t = UNIX_EPOCH + Duration::from_secs(1_709_539_200);
        b.iter(|| sign::format_timestamp(black_box(t)))
    });
    g.bench_function("nonce", |b| b.iter(sign::new_nonce));
    g.finish();
}

// Everything one attempt does on the CPU but send: build the parameters from the request
// builder, draw nothing (fixed time and nonce), sign, and decode the answer.
fn build_sign_decode(c: &mut Criterion) {
    let creds = Credentials::access_key("LTAI5tExampleAccessKey", "ExampleSecretExampleSecret0123");
    let mut g = c.benchmark_group("build_sign_decode");
    g.bench_function("decode_create_response", |b| {
        b.iter(|| {
            serde_json::from_str::<CreateSslVpnClientCertResponse>(black_box(CREATE_BODY))
                .expect("a valid body")
        })
    });
    for (name, version) in [("v1", SignatureVersion::V1), ("v3", SignatureVersion::V3)] {
        g.bench_function(name, |b| {
            b.iter(|| {
                let create = vpncert::CreateSslVpnClientCert::new("vss-bp1example0000001")
                    .name("alice-laptop")
                    .client_token("5f0c8a2e-8a31-4d5e-9f4e-0b7d2c6a1e93");
                let params = [
                    ("RegionId", "cn-hangzhou"),
                    ("SslVpnServerId", create.ssl_vpn_server_id()),
                    ("Name", create.get_name().unwrap_or_default()),
                    ("ClientToken", create.get_client_token().unwrap_or_default()),
                ];
                let mut req = request(version, &creds);
                req.params = &params;
                let signed = sign::sign_request(black_box(&req));
                black_box(&signed);
                serde_json::from_str::<CreateSslVpnClientCertResponse>(black_box(CREATE_BODY))
                    .expect("a valid body")
            })
        });
    }
    g.finish();
}

criterion_group!(benches, sign_request, sign_parts, build_sign_decode);
criterion_main!(benches);
