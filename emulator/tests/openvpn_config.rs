//! The gateway's data side without running OpenVPN: `--openvpn-remote` points the servers and
//! the profiles issued at one address, and the OpenVPN server configuration carries the
//! server's CA, a server certificate of that CA for TLS server use, the server's cipher, and a
//! CRL of exactly the certificates deleted so far. (`tests/openvpn/run.sh` runs real OpenVPN
//! processes on it.)

mod common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::*;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, CertificateRevocationListDer, UnixTime};
use vpncert_emulator::{Emulator, OpenVpnProto, OpenVpnRemote};

/// The contents of the inline block `<tag>` of a configuration.
fn block<'a>(config: &'a str, tag: &str) -> &'a str {
    let open = format!("<{tag}>\n");
    let start = config
        .find(&open)
        .unwrap_or_else(|| panic!("no <{tag}> in {config}"))
        + open.len();
    let end = start + config[start..].find(&format!("\n</{tag}>")).unwrap();
    &config[start..end]
}

fn now() -> UnixTime {
    UnixTime::since_unix_epoch(SystemTime::now().duration_since(UNIX_EPOCH).unwrap())
}

/// Verifies `cert_pem` against `ca_pem` for `usage`, checking revocation against `crl_pem`.
fn verify(
    ca_pem: &str,
    cert_pem: &str,
    crl_pem: Option<&str>,
    usage: webpki::KeyUsage,
) -> Result<(), webpki::Error> {
    let ca = CertificateDer::from_pem_slice(ca_pem.as_bytes()).unwrap();
    let anchor = webpki::anchor_from_trusted_cert(&ca)?;
    let cert = CertificateDer::from_pem_slice(cert_pem.as_bytes()).unwrap();
    let ee = webpki::EndEntityCert::try_from(&cert)?;
    let crl = crl_pem.map(|pem| {
        let der = CertificateRevocationListDer::from_pem_slice(pem.as_bytes()).expect("a PEM CRL");
        webpki::CertRevocationList::from(
            webpki::OwnedCertRevocationList::from_der(der.as_ref()).expect("a CRL"),
        )
    });
    let crls: Vec<&webpki::CertRevocationList<'_>> = crl.iter().collect();
    let revocation = (!crls.is_empty()).then(|| {
        webpki::RevocationOptionsBuilder::new(&crls)
            .unwrap()
            .with_status_policy(webpki::UnknownStatusPolicy::Deny)
            .build()
    });
    ee.verify_for_usage(
        webpki::ALL_VERIFICATION_ALGS,
        &[anchor],
        &[],
        now(),
        usage,
        revocation,
        None,
    )
    .map(|_| ())
}

fn client_cert(url: &str, id: &str) -> String {
    v1(
        url,
        &Req::new("DescribeSslVpnClientCert").param("SslVpnClientCertId", id),
    )
    .ok()
    .body["ClientCert"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn the_remote_is_where_servers_and_profiles_point() {
    let emu = Emulator::builder()
        .openvpn_remote("127.0.0.1:11940/tcp".parse().unwrap())
        .start()
        .unwrap();
    let url = emu.url();
    let servers = v1(&url, &Req::new("DescribeSslVpnServers")).ok().body;
    let s = &servers["SslVpnServers"]["SslVpnServer"][0];
    assert_eq!(
        (&s["InternetIp"], &s["Port"], &s["Proto"]),
        (&"127.0.0.1".into(), &11940.into(), &"TCP".into())
    );
    let gateway = v1(
        &url,
        &Req::new("DescribeVpnGateway").param("VpnGatewayId", "vpn-emulator0001"),
    )
    .ok()
    .body;
    assert_eq!(gateway["SslVpnInternetIp"], "127.0.0.1");
    let id = create(&url, "alice");
    let profile = v1(
        &url,
        &Req::new("DescribeSslVpnClientCert").param("SslVpnClientCertId", &id),
    )
    .ok()
    .body["ClientConfig"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        profile.contains("proto tcp\nremote 127.0.0.1 11940\n"),
        "{profile}"
    );
    assert_eq!(
        emu.openvpn_remote(),
        Some(&OpenVpnRemote::new("127.0.0.1", 11940).proto(OpenVpnProto::Tcp))
    );
    assert!(emu
        .banner_lines()
        .iter()
        .any(|l| l.starts_with("openvpn remote 127.0.0.1:11940/tcp")));

    let config = emu.openvpn_server_config(SERVER).unwrap();
    for line in [
        "tls-server\n",
        "dev null\n",
        "proto tcp-server\n",
        "local 127.0.0.1\n",
        "port 11940\n",
        "dh none\n",
        "remote-cert-tls client\n",
        "data-ciphers AES-128-CBC\n",
        "data-ciphers-fallback AES-128-CBC\n",
    ] {
        assert!(config.contains(line), "{line:?} missing from {config}");
    }
    assert!(!config.contains("comp-lzo"), "the server does not compress");
    // Its CA is the server's, and its certificate is that CA's, for TLS servers only.
    let ca = block(&config, "ca");
    assert_eq!(
        emu.state()["servers"][0]["ca_cert"]
            .as_str()
            .unwrap()
            .trim_end(),
        ca
    );
    let cert = block(&config, "cert");
    verify(ca, cert, None, webpki::KeyUsage::server_auth()).expect("a server certificate");
    assert!(verify(ca, cert, None, webpki::KeyUsage::client_auth()).is_err());
    assert!(block(&config, "key").starts_with("-----BEGIN PRIVATE KEY-----"));
    // One private key only, the server's: the CA's stays in the emulator.
    let keys = config
        .lines()
        .filter(|l| l.starts_with("-----BEGIN") && l.contains("PRIVATE KEY"))
        .count();
    assert_eq!(keys, 1, "{config}");
    // Every call makes a server certificate of its own.
    let again = emu.openvpn_server_config(SERVER).unwrap();
    assert_ne!(block(&again, "cert"), cert);
}

#[test]
fn the_crl_lists_exactly_the_deleted_certificates() {
    let emu = Emulator::builder()
        .openvpn_remote(OpenVpnRemote::new("127.0.0.1", 11941))
        .settle(Duration::ZERO)
        .start()
        .unwrap();
    let url = emu.url();
    let ids: Vec<String> = ["alice", "bob", "carol"]
        .iter()
        .map(|n| create(&url, n))
        .collect();
    let certs: Vec<String> = ids.iter().map(|id| client_cert(&url, id)).collect();
    let before = emu.openvpn_server_config(SERVER).unwrap();
    assert!(before.contains("proto udp\n"), "{before}");
    let ca = block(&before, "ca").to_owned();
    for cert in &certs {
        verify(
            &ca,
            cert,
            Some(block(&before, "crl-verify")),
            webpki::KeyUsage::client_auth(),
        )
        .expect("nothing is revoked yet");
    }
    for id in [&ids[0], &ids[2]] {
        v1(
            &url,
            &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", id),
        )
        .ok();
    }
    let after = emu.openvpn_server_config(SERVER).unwrap();
    assert!(
        after.contains("lists the 2 certificate(s) deleted so far"),
        "{after}"
    );
    let crl = block(&after, "crl-verify");
    assert!(crl.starts_with("-----BEGIN X509 CRL-----"), "{crl}");
    for (cert, revoked) in certs.iter().zip([true, false, true]) {
        let r = verify(&ca, cert, Some(crl), webpki::KeyUsage::client_auth());
        if revoked {
            assert_eq!(r, Err(webpki::Error::CertRevoked));
        } else {
            r.expect("bob was not deleted");
        }
    }
}

#[test]
fn the_route_answers_loopback_clients_with_the_configuration() {
    let emu = Emulator::builder()
        .openvpn_remote(OpenVpnRemote::new("127.0.0.1", 11942))
        .start()
        .unwrap();
    let get = |query: &str| {
        let mut resp = agent()
            .get(format!(
                "{}/__emulator/openvpn-server-config{query}",
                emu.url()
            ))
            .call()
            .unwrap();
        let status = resp.status().as_u16();
        let kind = resp
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        (status, kind, resp.body_mut().read_to_string().unwrap())
    };
    let (status, kind, body) = get(&format!("?SslVpnServerId={SERVER}"));
    assert_eq!(status, 200, "{body}");
    assert!(kind.starts_with("text/plain"), "{kind}");
    assert!(
        body.contains("\nport 11942\n") && body.contains("<crl-verify>\n"),
        "{body}"
    );
    let (status, _, body) = get("?SslVpnServerId=vss-nothere");
    assert_eq!(status, 404, "{body}");
    assert!(body.contains("vss-nothere"), "{body}");
    let (status, _, body) = get("");
    assert_eq!(status, 400, "{body}");

    // Without a remote there is nothing a server could listen on.
    let plain = Emulator::start_default().unwrap();
    let e = plain.openvpn_server_config(SERVER).unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput);
    assert!(e.to_string().contains("--openvpn-remote"), "{e}");
    let mut resp = agent()
        .get(format!(
            "{}/__emulator/openvpn-server-config?SslVpnServerId={SERVER}",
            plain.url()
        ))
        .call()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 409);
    assert!(resp
        .body_mut()
        .read_to_string()
        .unwrap()
        .contains("--openvpn-remote"));
    assert_eq!(
        emu.openvpn_server_config("vss-nothere").unwrap_err().kind(),
        std::io::ErrorKind::NotFound
    );
}

#[test]
fn a_bad_remote_is_refused_at_start() {
    let e = Emulator::builder()
        .openvpn_remote(OpenVpnRemote::new("a host", 1194))
        .start()
        .unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput, "{e}");
}
