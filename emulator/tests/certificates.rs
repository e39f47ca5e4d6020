//! The issued X.509 material is real: the client certificate chains to its server's CA for
//! client authentication over exactly CreateTime..EndTime, its key completes a mutual-TLS
//! handshake, and the OpenVPN profile embeds all three with the server's address.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::*;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, UnixTime};
use serde_json::Value;
use vpncert_emulator::{Emulator, ServerState};

fn describe(url: &str, id: &str) -> Value {
    v1(
        url,
        &Req::new("DescribeSslVpnClientCert").param("SslVpnClientCertId", id),
    )
    .ok()
    .body
}

fn der(pem: &str) -> CertificateDer<'static> {
    CertificateDer::from_pem_slice(pem.as_bytes()).expect("a PEM certificate")
}

fn verify(
    ca_pem: &str,
    cert_pem: &str,
    at_secs: u64,
    usage: webpki::KeyUsage,
) -> Result<(), webpki::Error> {
    let ca = der(ca_pem);
    let anchor = webpki::anchor_from_trusted_cert(&ca)?;
    let cert = der(cert_pem);
    let ee = webpki::EndEntityCert::try_from(&cert)?;
    ee.verify_for_usage(
        webpki::ALL_VERIFICATION_ALGS,
        &[anchor],
        &[],
        UnixTime::since_unix_epoch(Duration::from_secs(at_secs)),
        usage,
        None,
        None,
    )
    .map(|_| ())
}

#[test]
fn the_client_certificate_verifies_against_its_ca_for_its_lifetime() {
    let emu = Emulator::start_default().unwrap();
    let url = emu.url();
    let id = create(&url, "alice");
    let b = describe(&url, &id);
    let (ca, cert) = (
        b["CaCert"].as_str().unwrap(),
        b["ClientCert"].as_str().unwrap(),
    );
    let created = b["CreateTime"].as_u64().unwrap() / 1000;
    let ends = b["EndTime"].as_u64().unwrap() / 1000;

    verify(ca, cert, created + 60, webpki::KeyUsage::client_auth()).expect("valid now");
    verify(ca, cert, ends - 1, webpki::KeyUsage::client_auth()).expect("valid until EndTime");
    assert_eq!(
        verify(ca, cert, ends + 1, webpki::KeyUsage::client_auth()).unwrap_err(),
        webpki::Error::CertExpired {
            time: UnixTime::since_unix_epoch(Duration::from_secs(ends + 1)),
            not_after: UnixTime::since_unix_epoch(Duration::from_secs(ends)),
        }
    );
    assert!(matches!(
        verify(ca, cert, created - 1, webpki::KeyUsage::client_auth()),
        Err(webpki::Error::CertNotValidYet { .. })
    ));
    // It is a client certificate, not a server one.
    assert!(verify(ca, cert, created + 60, webpki::KeyUsage::server_auth()).is_err());
    // The CA is the server's (the state snapshot shows the same PEM).
    assert_eq!(emu.state()["servers"][0]["ca_cert"], ca);
}

#[test]
fn each_server_has_its_own_ca() {
    let emu = Emulator::builder()
        .server(REGION, SERVER, ServerState::Ready)
        .server(REGION, "vss-second", ServerState::Ready)
        .start()
        .unwrap();
    let url = emu.url();
    let a = describe(&url, &create(&url, "a"));
    let id = v1(
        &url,
        &Req::new("CreateSslVpnClientCert").param("SslVpnServerId", "vss-second"),
    )
    .ok()
    .body["SslVpnClientCertId"]
        .as_str()
        .unwrap()
        .to_owned();
    let b = describe(&url, &id);
    assert_ne!(a["CaCert"], b["CaCert"]);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(verify(
        a["CaCert"].as_str().unwrap(),
        b["ClientCert"].as_str().unwrap(),
        now,
        webpki::KeyUsage::client_auth()
    )
    .is_err());
    // Two certificates of one server have different keys.
    let a2 = describe(&url, &create(&url, "a2"));
    assert_ne!(a["ClientKey"], a2["ClientKey"]);
    assert_eq!(a["CaCert"], a2["CaCert"]);
}

/// Moves what `from` wants to send into `to`; whether anything moved.
fn pump(from: &mut rustls::Connection, to: &mut rustls::Connection) -> Result<bool, rustls::Error> {
    let mut buf = Vec::new();
    while from.wants_write() {
        from.write_tls(&mut buf).expect("writing to memory");
    }
    let mut slice = &buf[..];
    while !slice.is_empty() {
        to.read_tls(&mut slice).expect("reading from memory");
        to.process_new_packets()?;
    }
    Ok(!buf.is_empty())
}

/// Drives a client and a server connection against each other in memory.
fn handshake(
    client: &mut rustls::Connection,
    server: &mut rustls::Connection,
) -> Result<(), rustls::Error> {
    for _ in 0..20 {
        let a = pump(client, server)?;
        let b = pump(server, client)?;
        if !a && !b {
            break;
        }
    }
    Ok(())
}

#[test]
fn the_key_and_certificate_complete_a_mutual_tls_handshake() {
    let emu = Emulator::start_default().unwrap();
    let url = emu.url();
    let b = describe(&url, &create(&url, "mtls"));
    let provider = Arc::new(rustls::crypto::ring::default_provider());

    // A stand-in VPN server: its own certificate, and it requires clients of the server's CA.
    let server_key = rcgen::KeyPair::generate().unwrap();
    let server_cert = rcgen::CertificateParams::new(vec!["vpn.example".to_owned()])
        .unwrap()
        .self_signed(&server_key)
        .unwrap();
    let mut client_roots = rustls::RootCertStore::empty();
    client_roots.add(server_cert.der().clone()).unwrap();
    let mut vpn_roots = rustls::RootCertStore::empty();
    vpn_roots.add(der(b["CaCert"].as_str().unwrap())).unwrap();
    let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
        Arc::new(vpn_roots),
        provider.clone(),
    )
    .build()
    .unwrap();
    let server_config = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_client_cert_verifier(verifier)
        .with_single_cert(
            vec![server_cert.der().clone()],
            PrivateKeyDer::try_from(server_key.serialize_der()).unwrap(),
        )
        .unwrap();

    let client_key = PrivateKeyDer::from_pem_slice(b["ClientKey"].as_str().unwrap().as_bytes())
        .expect("a PEM private key");
    let client_config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(client_roots)
        .with_client_auth_cert(vec![der(b["ClientCert"].as_str().unwrap())], client_key)
        .expect("the key matches the certificate");

    let mut client = rustls::Connection::Client(
        rustls::ClientConnection::new(Arc::new(client_config), "vpn.example".try_into().unwrap())
            .unwrap(),
    );
    let mut server =
        rustls::Connection::Server(rustls::ServerConnection::new(Arc::new(server_config)).unwrap());
    handshake(&mut client, &mut server).expect("mutual TLS succeeds");
    assert!(!client.is_handshaking() && !server.is_handshaking());
    let peer = server
        .peer_certificates()
        .expect("the server saw the client's certificate");
    assert_eq!(peer[0], der(b["ClientCert"].as_str().unwrap()));
}

#[test]
fn the_openvpn_profile_embeds_the_material_and_the_server() {
    let emu = Emulator::start_default().unwrap();
    let url = emu.url();
    let b = describe(&url, &create(&url, "profile"));
    let servers = v1(&url, &Req::new("DescribeSslVpnServers")).ok().body;
    let s = &servers["SslVpnServers"]["SslVpnServer"][0];
    let profile = b["ClientConfig"].as_str().unwrap();
    let lines: Vec<&str> = profile.lines().collect();
    assert_eq!(lines[0], "client");
    assert!(lines.contains(&"dev tun"));
    let remote = format!("remote {} {}", s["InternetIp"].as_str().unwrap(), s["Port"]);
    assert!(lines.contains(&remote.as_str()), "{remote} in\n{profile}");
    let proto = format!("proto {}", s["Proto"].as_str().unwrap().to_lowercase());
    assert!(lines.contains(&proto.as_str()), "{proto}");
    let cipher = format!("cipher {}", s["Cipher"].as_str().unwrap());
    assert!(lines.contains(&cipher.as_str()), "{cipher}");
    for (tag, field) in [
        ("ca", "CaCert"),
        ("cert", "ClientCert"),
        ("key", "ClientKey"),
    ] {
        let block = format!(
            "<{tag}>\n{}\n</{tag}>",
            b[field].as_str().unwrap().trim_end()
        );
        assert!(profile.contains(&block), "<{tag}> holds {field}");
    }
}
