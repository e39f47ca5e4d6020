//! Whole calls through `vpncert::Client` against the in-process emulator over loopback
//! keep-alive HTTP: signing, sending, the emulator's work, receiving and decoding.
//!
//! The emulator issues a real X.509 certificate for every create, so `create` is bound by the
//! emulator, not by the client; `describe_servers` is a cheap read that shows the client's own
//! cost plus one loopback round trip. Client and emulator share this machine's cores.
//!
//! Run: `cargo bench -p vpncert --bench emulator`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use vpncert::{
    Client, CreateSslVpnClientCert, Credentials, DescribeSslVpnServers, SignatureVersion,
};
use vpncert_emulator::{Emulator, Role, ServerState};

const SERVER: &str = "vss-emulator0001";

fn emulator() -> Emulator {
    Emulator::builder()
        .access_key("testid", "testsecret", Role::Owner)
        .server("cn-hangzhou", SERVER, ServerState::Ready)
        // The benchmark creates thousands of certificates; never hit a quota.
        .quota(u32::MAX)
        .create_limit(u32::MAX)
        .start()
        .expect("the emulator starts")
}

fn client(emu: &Emulator, version: SignatureVersion) -> Client {
    Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(emu.url())
        .signature_version(version)
        .max_retries(0)
        .build()
        .expect("a client")
}

fn calls(c: &mut Criterion) {
    let emu = emulator();
    let mut g = c.benchmark_group("emulator");
    for (name, version) in [("v1", SignatureVersion::V1), ("v3", SignatureVersion::V3)] {
        let client = client(&emu, version);
        let servers = DescribeSslVpnServers::new();
        g.bench_function(format!("describe_servers_{name}"), |b| {
            b.iter(|| {
                client
                    .describe_ssl_vpn_servers(black_box(&servers))
                    .expect("describe succeeds")
            })
        });
        // A fresh ClientToken per call (the client draws one), so every call makes a cert.
        let create = CreateSslVpnClientCert::new(SERVER).name("bench");
        g.bench_function(format!("create_{name}"), |b| {
            b.iter(|| {
                client
                    .create_ssl_vpn_client_cert(black_box(&create))
                    .expect("create succeeds")
            })
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = calls
}
criterion_main!(benches);
