//! TLS verification and clock-skew correction against the emulator.

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
