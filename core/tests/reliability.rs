//! TLS verification, clock-skew correction and stale pooled connections against the emulator.

use vpncert::{Client, CreateSslVpnClientCert, Credentials, Error, SignatureVersion};
use vpncert_emulator::Emulator;

const SERVER: &str = "vss-emulator0001";

fn builder(url: &str) -> vpncert::ClientBuilder {
    Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(url)
        .max_retries(0)
}

#[test]
fn untrusted_certificate_is_refused_and_a_custom_ca_is_accepted() {
    let emu = Emulator::builder().tls(true).start().unwrap();
    let url = emu.url();
    assert!(url.starts_with("https://"), "{url}");
    let ca = emu.ca_pem().unwrap().to_owned();

    let untrusting = builder(&url).build().unwrap();
    match untrusting.create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER)) {
        Err(Error::Transport(why)) => {
            let why = why.to_lowercase();
            assert!(
                why.contains("tls") || why.contains("certificate"),
                "says why: {why}"
            );
        }
        other => panic!("an untrusted certificate must be refused, got {other:?}"),
    }
    assert_eq!(
        emu.state()["certificates"].as_array().map(Vec::len),
        Some(0),
        "nothing reached the API"
    );

    let trusting = builder(&url).ca_bundle_pem(ca.as_bytes()).build().unwrap();
    trusting
        .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER).name("tls"))
        .unwrap();

    // Another CA does not do: verification is real.
    let other = Emulator::builder().tls(true).start().unwrap();
    let wrong = builder(&url)
        .ca_bundle_pem(other.ca_pem().unwrap().as_bytes())
        .build()
        .unwrap();
    assert!(matches!(
        wrong.create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER)),
        Err(Error::Transport(_))
    ));

    assert!(matches!(
        builder(&url).ca_bundle_pem(b"not a pem".to_vec()).build(),
        Err(Error::InvalidInput { ref parameter, .. }) if parameter == "ca_bundle"
    ));
}

#[test]
fn skewed_clock_is_corrected_from_the_date_header() {
    for skew in [3600i64, -7200] {
        let emu = Emulator::builder().clock_skew_secs(skew).start().unwrap();
        for version in [SignatureVersion::V1, SignatureVersion::V3] {
            let c = builder(&emu.url())
                .signature_version(version)
                .build()
                .unwrap();
            let out = c
                .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER))
                .unwrap();
            assert!(out.ssl_vpn_client_cert_id.starts_with("vsc-"));
            let learned = c.clock_offset_ms();
            assert!(
                (learned - skew * 1000).abs() < 5_000,
                "learned {learned} ms for a {skew} s skew"
            );
            // The learned offset is kept: the next call needs no correction.
            let before = c.stats().attempts;
            c.create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER))
                .unwrap();
            assert_eq!(c.stats().attempts, before + 1);
        }
    }
}

/// A server that closes idle keep-alive connections (`close-idle`: at once after answering, or
/// after 50 ms idle) leaves the client's pooled connection stale, and a request sent on it just
/// as it closes fails before any answer. That is no failure of the call: with no retries at
/// all, no read and no change fails, and no change is made twice.
#[test]
fn a_stale_pooled_connection_never_fails_a_call() {
    const THREADS: usize = 8;
    const CALLS: usize = 60;
    let emu = Emulator::builder()
        .quota(500)
        .fault(vpncert_emulator::FaultKind::CloseIdle, 1.0)
        .seed(7)
        .start()
        .unwrap();
    // No pause meets the connections closed right after their answer, pauses around the
    // server's 50 ms idle limit those closed when idle.
    let pauses = [0u64, 0, 1, 48, 50, 52];
    let failures = std::sync::Mutex::new(Vec::new());
    let retries = std::sync::atomic::AtomicU64::new(0);
    std::thread::scope(|s| {
        for t in 0..THREADS {
            let (emu, failures, retries) = (&emu, &failures, &retries);
            s.spawn(move || {
                let c = builder(&emu.url()).build().unwrap();
                for i in 0..CALLS {
                    let pause = pauses[(i + t) % pauses.len()];
                    std::thread::sleep(std::time::Duration::from_millis(pause));
                    let r = match i % 3 {
                        0 => c
                            .describe_ssl_vpn_servers(&vpncert::DescribeSslVpnServers::new())
                            .map(drop),
                        1 => c
                            .describe_ssl_vpn_client_certs(
                                &vpncert::DescribeSslVpnClientCerts::new(),
                            )
                            .map(drop),
                        _ => c
                            .create_ssl_vpn_client_cert(
                                &CreateSslVpnClientCert::new(SERVER)
                                    .name(format!("stale-{t}-{i}"))
                                    .client_token(format!("stale-{t}-{i}")),
                            )
                            .map(drop),
                    };
                    if let Err(e) = r {
                        failures
                            .lock()
                            .unwrap()
                            .push(format!("thread {t} call {i}: {e}"));
                    }
                }
                retries.fetch_add(c.stats().retries, std::sync::atomic::Ordering::Relaxed);
            });
        }
    });
    let state = emu.state();
    assert!(
        state["faults"]["close_idle"].as_u64().unwrap() > 100,
        "the server closed connections: {}",
        state["faults"]
    );
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{failures:#?}");
    assert_eq!(
        state["certificates"].as_array().unwrap().len(),
        THREADS * CALLS / 3,
        "one certificate per create"
    );
    assert_eq!(retries.into_inner(), 0, "no call needed a retry");
}

/// A request sent again because its pooled connection broke may have been carried out already
/// (`reset-after`: the change is made, then the connection reset): the copy sent again is signed
/// anew (a fresh nonce, which the service requires), and its ClientToken makes it the same change.
#[test]
fn a_request_sent_again_on_another_connection_is_signed_anew() {
    let emu = Emulator::builder()
        .quota(500)
        .fault(vpncert_emulator::FaultKind::ResetAfter, 0.4)
        .seed(11)
        .start()
        .unwrap();
    let c = builder(&emu.url()).build().unwrap();
    let mut made = 0;
    for i in 0..60 {
        match c.create_ssl_vpn_client_cert(
            &CreateSslVpnClientCert::new(SERVER)
                .name(format!("again-{i}"))
                .client_token(format!("again-{i}")),
        ) {
            Ok(_) => made += 1,
            Err(Error::Transport(_)) => {}
            Err(e) => panic!("create {i}: {e}"),
        }
    }
    let state = emu.state();
    assert!(made > 30, "{made} creates went through");
    let mut names: Vec<&str> = state["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    let all = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), all, "no create made two certificates");
}
