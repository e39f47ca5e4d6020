//! Real X.509 material: a CA per SSL-VPN server, client certificates and keys issued by it, and
//! the OpenVPN profile that embeds them.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rcgen::{
    BasicConstraints, CertificateParams, CertificateRevocationListParams, DistinguishedName,
    DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyIdMethod, KeyPair, KeyUsagePurpose,
    RevocationReason, RevokedCertParams, SerialNumber,
};
use time::OffsetDateTime;

/// Organisation named in every certificate the emulator issues.
const ORGANIZATION: &str = "vpncert emulator (not a real Alibaba Cloud CA)";

/// How long a server's CA is valid.
const CA_VALIDITY: Duration = Duration::from_secs(20 * 365 * 86_400);

fn to_offset(t: SystemTime) -> OffsetDateTime {
    let secs = match t.duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64),
    };
    OffsetDateTime::from_unix_timestamp(secs).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// A certificate authority: its parameters and key, to issue with, and its PEM.
pub(crate) struct Ca {
    params: CertificateParams,
    key: KeyPair,
    pem: String,
}

impl std::fmt::Debug for Ca {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ca").finish_non_exhaustive()
    }
}

/// What sets one issued certificate apart from another.
struct Leaf<'a> {
    /// Carries the subject alternative names, where there are any.
    params: CertificateParams,
    common_name: &'a str,
    key_usages: Vec<KeyUsagePurpose>,
    extended_key_usage: ExtendedKeyUsagePurpose,
    /// Not before, not after.
    validity: (SystemTime, SystemTime),
    serial: u64,
}

/// A client certificate with its private key, both PEM.
#[derive(Debug, Clone)]
pub(crate) struct IssuedCert {
    pub cert_pem: String,
    pub key_pem: String,
}

impl Ca {
    /// A self-signed CA named `common_name`, valid from a day before `now`.
    pub fn new(common_name: &str, now: SystemTime, serial: u64) -> Result<Ca, rcgen::Error> {
        let key = KeyPair::generate()?;
        let mut params = CertificateParams::default();
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, common_name);
        dn.push(DnType::OrganizationName, ORGANIZATION);
        params.distinguished_name = dn;
        params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        params.not_before = to_offset(now - Duration::from_secs(86_400));
        params.not_after = to_offset(now + CA_VALIDITY);
        params.serial_number = Some(SerialNumber::from(serial));
        let pem = params.self_signed(&key)?.pem();
        Ok(Ca { params, key, pem })
    }

    /// The CA certificate, PEM.
    pub fn pem(&self) -> &str {
        &self.pem
    }

    /// Issues a client certificate (`clientAuth`) for `common_name`, with a fresh key.
    pub fn issue_client(
        &self,
        common_name: &str,
        not_before: SystemTime,
        not_after: SystemTime,
        serial: u64,
    ) -> Result<IssuedCert, rcgen::Error> {
        let leaf = Leaf {
            params: CertificateParams::default(),
            common_name,
            key_usages: vec![KeyUsagePurpose::DigitalSignature],
            extended_key_usage: ExtendedKeyUsagePurpose::ClientAuth,
            validity: (not_before, not_after),
            serial,
        };
        let (cert, key) = self.sign(leaf)?;
        Ok(IssuedCert {
            cert_pem: cert.pem(),
            key_pem: key.serialize_pem(),
        })
    }

    /// Issues a TLS server certificate for these names (DNS names or IP addresses).
    pub fn issue_server(
        &self,
        names: Vec<String>,
        now: SystemTime,
        serial: u64,
    ) -> Result<(Vec<u8>, Vec<u8>), rcgen::Error> {
        let leaf = Leaf {
            params: CertificateParams::new(names)?,
            common_name: "vpncert emulator",
            key_usages: vec![KeyUsagePurpose::DigitalSignature],
            extended_key_usage: ExtendedKeyUsagePurpose::ServerAuth,
            validity: (
                now - Duration::from_secs(86_400),
                now + Duration::from_secs(30 * 86_400),
            ),
            serial,
        };
        let (cert, key) = self.sign(leaf)?;
        Ok((cert.der().to_vec(), key.serialize_der()))
    }

    /// Issues the certificate of an OpenVPN server (`serverAuth`, what a client's
    /// `remote-cert-tls server` asks for) for `common_name`, with a fresh key, valid from a day
    /// before `now` for a year.
    pub fn issue_openvpn_server(
        &self,
        common_name: &str,
        now: SystemTime,
        serial: u64,
    ) -> Result<IssuedCert, rcgen::Error> {
        let leaf = Leaf {
            params: CertificateParams::default(),
            common_name,
            key_usages: vec![
                KeyUsagePurpose::DigitalSignature,
                KeyUsagePurpose::KeyAgreement,
            ],
            extended_key_usage: ExtendedKeyUsagePurpose::ServerAuth,
            validity: (
                now - Duration::from_secs(86_400),
                now + Duration::from_secs(365 * 86_400),
            ),
            serial,
        };
        let (cert, key) = self.sign(leaf)?;
        Ok(IssuedCert {
            cert_pem: cert.pem(),
            key_pem: key.serialize_pem(),
        })
    }

    /// Signs `leaf` with this CA under a fresh key.
    fn sign(&self, leaf: Leaf<'_>) -> Result<(rcgen::Certificate, KeyPair), rcgen::Error> {
        let key = KeyPair::generate()?;
        let mut params = leaf.params;
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, leaf.common_name);
        dn.push(DnType::OrganizationName, ORGANIZATION);
        params.distinguished_name = dn;
        params.key_usages = leaf.key_usages;
        params.extended_key_usages = vec![leaf.extended_key_usage];
        params.not_before = to_offset(leaf.validity.0);
        params.not_after = to_offset(leaf.validity.1);
        params.serial_number = Some(SerialNumber::from(leaf.serial));
        params.use_authority_key_identifier_extension = true;
        let issuer = Issuer::from_params(&self.params, &self.key);
        let cert = params.signed_by(&key, &issuer)?;
        Ok((cert, key))
    }

    /// A CRL (PEM) signed by this CA listing `revoked` (serial number, when), numbered
    /// `number`, valid from an hour before `now` for 30 days.
    pub fn crl(
        &self,
        revoked: &[(u64, SystemTime)],
        now: SystemTime,
        number: u64,
    ) -> Result<String, rcgen::Error> {
        let params = CertificateRevocationListParams {
            this_update: to_offset(now - Duration::from_secs(3_600)),
            next_update: to_offset(now + Duration::from_secs(30 * 86_400)),
            crl_number: SerialNumber::from(number),
            issuing_distribution_point: None,
            revoked_certs: revoked
                .iter()
                .map(|&(serial, when)| RevokedCertParams {
                    serial_number: SerialNumber::from(serial),
                    revocation_time: to_offset(when),
                    reason_code: Some(RevocationReason::CessationOfOperation),
                    invalidity_date: None,
                })
                .collect(),
            key_identifier_method: KeyIdMethod::Sha256,
        };
        params
            .signed_by(&Issuer::from_params(&self.params, &self.key))?
            .pem()
    }
}

/// What an OpenVPN profile needs to know of the server.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Endpoint<'a> {
    pub internet_ip: &'a str,
    pub port: u16,
    /// `UDP` or `TCP`.
    pub proto: &'a str,
    pub cipher: &'a str,
    pub compress: bool,
}

/// An OpenVPN client profile (`openvpn --config config.ovpn`) with the CA, certificate and key
/// inline.
pub(crate) fn openvpn_profile(
    server: Endpoint<'_>,
    ca_pem: &str,
    cert_pem: &str,
    key_pem: &str,
) -> String {
    let mut p = String::with_capacity(ca_pem.len() + cert_pem.len() + key_pem.len() + 512);
    p.push_str("client\ndev tun\n");
    p.push_str(&format!("proto {}\n", server.proto.to_ascii_lowercase()));
    p.push_str(&format!("remote {} {}\n", server.internet_ip, server.port));
    p.push_str("resolv-retry infinite\nnobind\npersist-key\npersist-tun\n");
    p.push_str("remote-cert-tls server\n");
    p.push_str(&format!("cipher {}\n", server.cipher));
    if server.compress {
        p.push_str("comp-lzo\n");
    }
    p.push_str("verb 3\n");
    for (tag, pem) in [("ca", ca_pem), ("cert", cert_pem), ("key", key_pem)] {
        p.push_str(&format!("<{tag}>\n{}\n</{tag}>\n", pem.trim_end()));
    }
    p
}
