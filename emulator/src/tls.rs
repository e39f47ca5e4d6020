//! HTTPS: a throwaway CA and a server certificate for the listening address, served by rustls.

use std::io;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::SystemTime;

use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

use crate::pki::Ca;

/// The server side of TLS and the CA clients must trust.
pub(crate) struct Tls {
    pub config: Arc<rustls::ServerConfig>,
    pub ca_pem: String,
}

impl std::fmt::Debug for Tls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tls").finish_non_exhaustive()
    }
}

/// Generates the CA and a certificate valid for `localhost`, the loopback addresses, `ip` and
/// `extra` names.
pub(crate) fn setup(ip: IpAddr, extra: &[String]) -> io::Result<Tls> {
    // Real time, not the emulator's skewed clock: clients check the certificate with theirs.
    let now = SystemTime::now();
    let ca = Ca::new(
        "vpncert emulator TLS CA",
        now,
        fastrand::u64(1..u64::MAX / 2),
    )
    .map_err(io::Error::other)?;
    let mut names = vec![
        "localhost".to_owned(),
        "127.0.0.1".to_owned(),
        "::1".to_owned(),
    ];
    if !ip.is_unspecified() && !names.contains(&ip.to_string()) {
        names.push(ip.to_string());
    }
    for name in extra {
        if !names.contains(name) {
            names.push(name.clone());
        }
    }
    let (cert, key) = ca
        .issue_server(names, now, fastrand::u64(1..u64::MAX / 2))
        .map_err(io::Error::other)?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(io::Error::other)?
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from(cert)],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key)),
        )
        .map_err(io::Error::other)?;
    Ok(Tls {
        config: Arc::new(config),
        ca_pem: ca.pem().to_owned(),
    })
}
