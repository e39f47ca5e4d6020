//! Whole calls through `vpncert::Client` against the in-process emulator over loopback
//! keep-alive HTTP: signing, sending, the emulator's work, receiving and decoding.
//!
//! The emulator issues a real X.509 certificate for every create, so `create` is bound by the
//! emulator, not by the client; `describe_servers` is a cheap read that shows the client's own
//! cost plus one loopback round trip. Client and emulator share this machine's cores.
//!
//! Run: `cargo bench -p vpncert --bench emulator`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use vpncert::{
    Client, CreateSslVpnClientCert, Credentials, DeleteSslVpnClientCert, DescribeSslVpnServers,
    SignatureVersion,
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
        // Certificates are deleted between samples; the gateway must not stay "configuring".
        .delete_settle(Duration::ZERO)
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
        // The emulator's create cost grows with the certificates it holds, so each sample's
        // certificates are deleted after it, outside the timed part.
        let create = CreateSslVpnClientCert::new(SERVER).name("bench");
        g.bench_function(format!("create_{name}"), |b| {
            b.iter_custom(|iters| {
                let mut ids = Vec::with_capacity(iters as usize);
                let start = Instant::now();
                for _ in 0..iters {
                    let out = client
                        .create_ssl_vpn_client_cert(black_box(&create))
                        .expect("create succeeds");
                    ids.push(out.ssl_vpn_client_cert_id);
                }
                let elapsed = start.elapsed();
                for id in ids {
                    client
                        .delete_ssl_vpn_client_cert(&DeleteSslVpnClientCert::new(id))
                        .expect("delete succeeds");
                }
                elapsed
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
