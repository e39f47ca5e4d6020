//! The gateway's data side, for tests: where issued profiles point ([`OpenVpnRemote`]), and a
//! complete OpenVPN server configuration for an SSL-VPN server, on the server's own PKI, with
//! a CRL of the certificates deleted so far.

use std::fmt;
use std::str::FromStr;
use std::time::SystemTime;

use serde_json::json;

use crate::api::{lock, Shared};
use crate::http::{Request, Response};
use crate::params::{decode_pairs, Params};
use crate::pki::Ca;
use crate::world::Server;

/// The transport of an OpenVPN server: the SSL-VPN server's `Proto`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OpenVpnProto {
    /// `UDP` (the default of the emulator's servers).
    #[default]
    Udp,
    /// `TCP`.
    Tcp,
}

impl OpenVpnProto {
    /// The API's spelling: `UDP` or `TCP`.
    pub fn as_str(self) -> &'static str {
        match self {
            OpenVpnProto::Udp => "UDP",
            OpenVpnProto::Tcp => "TCP",
        }
    }

    /// `udp` or `tcp` in any case.
    pub fn parse(s: &str) -> Option<OpenVpnProto> {
        match s.to_ascii_lowercase().as_str() {
            "udp" => Some(OpenVpnProto::Udp),
            "tcp" => Some(OpenVpnProto::Tcp),
            _ => None,
        }
    }
}

/// Where a real OpenVPN server for the emulator's SSL-VPN servers listens: with
/// [`EmulatorBuilder::openvpn_remote`](crate::EmulatorBuilder::openvpn_remote) (command line
/// `--openvpn-remote HOST:PORT[/PROTO]`) it is every server's `InternetIp` (and its gateway's
/// `SslVpnInternetIp`), and the configured servers' `Port` and `Proto`, so that the profiles
/// the emulator issues connect there.
///
/// ```
/// use vpncert_emulator::{OpenVpnProto, OpenVpnRemote};
/// let r: OpenVpnRemote = "127.0.0.1:11940/tcp".parse().unwrap();
/// assert_eq!((r.host.as_str(), r.port, r.proto), ("127.0.0.1", 11940, OpenVpnProto::Tcp));
/// assert_eq!("[::1]:1194".parse::<OpenVpnRemote>().unwrap().host, "::1");
/// assert_eq!(r.to_string(), "127.0.0.1:11940/tcp");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OpenVpnRemote {
    /// An IP address (IPv6 without brackets) or a host name.
    pub host: String,
    /// 1 to 65535.
    pub port: u16,
    /// UDP unless given.
    pub proto: OpenVpnProto,
}

impl OpenVpnRemote {
    /// `host:port` over UDP.
    pub fn new(host: impl Into<String>, port: u16) -> Self {
        OpenVpnRemote {
            host: host.into(),
            port,
            proto: OpenVpnProto::Udp,
        }
    }

    /// The same over `proto`.
    pub fn proto(mut self, proto: OpenVpnProto) -> Self {
        self.proto = proto;
        self
    }

    /// Whether `host` is an IP address or a host name (what a profile's `remote` may name).
    pub(crate) fn check(&self) -> Result<(), String> {
        let host = &self.host;
        let name_ok = !host.is_empty()
            && host.len() <= 253
            && host.split('.').all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            });
        if host.parse::<std::net::IpAddr>().is_err() && !name_ok {
            return Err(format!(
                "the OpenVPN remote's host {host:?} is neither an IP address nor a host name"
            ));
        }
        if self.port == 0 {
            return Err("the OpenVPN remote's port must be 1 to 65535".into());
        }
        Ok(())
    }
}

impl fmt::Display for OpenVpnRemote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let proto = self.proto.as_str().to_ascii_lowercase();
        if self.host.contains(':') {
            write!(f, "[{}]:{}/{proto}", self.host, self.port)
        } else {
            write!(f, "{}:{}/{proto}", self.host, self.port)
        }
    }
}

impl FromStr for OpenVpnRemote {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || format!("expected HOST:PORT[/udp|/tcp], got {s:?}");
        let (address, proto) = match s.rsplit_once('/') {
            Some((a, p)) => (a, OpenVpnProto::parse(p).ok_or_else(usage)?),
            None => (s, OpenVpnProto::Udp),
        };
        let (host, port) = address.rsplit_once(':').ok_or_else(usage)?;
        let host = match host.strip_prefix('[') {
            Some(v6) => v6.strip_suffix(']').ok_or_else(usage)?,
            None if host.contains(':') => return Err(usage()),
            None => host,
        };
        let port: u16 = port.parse().map_err(|_| usage())?;
        let remote = OpenVpnRemote {
            host: host.to_owned(),
            port,
            proto,
        };
        remote.check()?;
        Ok(remote)
    }
}

/// Why no server configuration can be made.
#[derive(Debug)]
pub(crate) enum ConfigError {
    /// The emulator was started without an OpenVPN remote.
    NoRemote,
    /// No such SSL-VPN server.
    NotFound(String),
    /// Making the server certificate or the CRL failed.
    Pki(rcgen::Error),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::NoRemote => f.write_str(
                "the emulator has no OpenVPN remote, so its profiles point at made-up addresses: \
                 start it with --openvpn-remote HOST:PORT[/PROTO] (openvpn_remote in the builder \
                 and in vpncert.testing.emulator)",
            ),
            ConfigError::NotFound(id) => write!(f, "no SSL-VPN server {id:?}"),
            ConfigError::Pki(e) => write!(f, "making the server's certificate or CRL failed: {e}"),
        }
    }
}

impl From<ConfigError> for std::io::Error {
    fn from(e: ConfigError) -> Self {
        let kind = match e {
            ConfigError::NoRemote => std::io::ErrorKind::InvalidInput,
            ConfigError::NotFound(_) => std::io::ErrorKind::NotFound,
            ConfigError::Pki(_) => std::io::ErrorKind::Other,
        };
        std::io::Error::new(kind, e.to_string())
    }
}

/// The configuration of a server of a running emulator, with a fresh server certificate.
pub(crate) fn config_of(shared: &Shared, ssl_vpn_server_id: &str) -> Result<String, ConfigError> {
    if shared.config.openvpn_remote.is_none() {
        return Err(ConfigError::NoRemote);
    }
    let now = shared.now();
    let mut world = lock(&shared.world);
    let serial = world.next_serial();
    let server = world
        .servers
        .iter()
        .find(|s| s.ssl_vpn_server_id == ssl_vpn_server_id)
        .ok_or_else(|| ConfigError::NotFound(ssl_vpn_server_id.to_owned()))?;
    // Serials only grow, so the CRL's number does too.
    server_config(server, now, serial, serial)
}

/// `GET /__emulator/openvpn-server-config?SslVpnServerId=..`.
pub(crate) fn route(shared: &Shared, req: &Request) -> Response {
    let params = Params::new(decode_pairs(&req.query).unwrap_or_default());
    let Some(id) = params.non_empty("SslVpnServerId") else {
        return Response::json(400, &json!({"error": "SslVpnServerId is required"}));
    };
    match config_of(shared, id) {
        Ok(config) => Response::text(200, &config),
        Err(e) => {
            let status = match e {
                ConfigError::NoRemote => 409,
                ConfigError::NotFound(_) => 404,
                ConfigError::Pki(_) => 500,
            };
            Response::json(status, &json!({"error": e.to_string()}))
        }
    }
}

/// The OpenVPN server configuration of `server`: its address, port, protocol, cipher and
/// compression; its CA, a fresh server certificate and key issued by that CA (`serverAuth`,
/// serial `serial`), and a CRL numbered `crl_number` of every certificate deleted so far, all
/// inline. The CA's own key stays here.
///
/// OpenVPN needs a TUN device for a multi-client server (`mode server`), so this is a
/// point-to-point TLS server without one (`dev null`): one client per run, which is what a test
/// of a profile needs. The emulator's keys are ECDSA P-256, so the key exchange is ECDHE
/// (`dh none`; OpenSSL 3 picks the groups, `ecdh-curve` would only warn).
pub(crate) fn server_config(
    server: &Server,
    now: SystemTime,
    serial: u64,
    crl_number: u64,
) -> Result<String, ConfigError> {
    let ca: &Ca = &server.ca;
    let issued = ca
        .issue_openvpn_server(&format!("{} server", server.ssl_vpn_server_id), now, serial)
        .map_err(ConfigError::Pki)?;
    let crl = ca
        .crl(&server.revoked, now, crl_number)
        .map_err(ConfigError::Pki)?;
    let proto = match OpenVpnProto::parse(&server.proto) {
        Some(OpenVpnProto::Tcp) => "tcp-server",
        _ => "udp",
    };
    let mut c = String::with_capacity(4096);
    c.push_str(&format!(
        "# OpenVPN server of SSL-VPN server {} ({}), made by the vpncert emulator: a local\n\
         # stand-in for the VPN gateway's data side, not an Alibaba Cloud gateway.\n\
         # One client per run, no TUN device. Run: openvpn --config THIS_FILE\n\
         # Its CRL lists the {} certificate(s) deleted so far; fetch it again after a delete.\n",
        server.ssl_vpn_server_id,
        server.region_id,
        server.revoked.len()
    ));
    c.push_str("tls-server\ndev null\n");
    c.push_str(&format!("proto {proto}\n"));
    c.push_str(&format!("local {}\n", server.internet_ip));
    c.push_str(&format!("port {}\n", server.port));
    c.push_str("dh none\n");
    // The emulator issues client certificates for TLS client use: ask for it, as servers do.
    c.push_str("remote-cert-tls client\n");
    // The server's Cipher, and nothing else: a profile connects only if it allows that one.
    c.push_str(&format!(
        "data-ciphers {0}\ndata-ciphers-fallback {0}\n",
        server.cipher
    ));
    if server.compress {
        c.push_str("comp-lzo\n");
    }
    c.push_str("verb 3\n");
    for (tag, pem) in [
        ("ca", ca.pem()),
        ("cert", issued.cert_pem.as_str()),
        ("key", issued.key_pem.as_str()),
        ("crl-verify", crl.as_str()),
    ] {
        c.push_str(&format!("<{tag}>\n{}\n</{tag}>\n", pem.trim_end()));
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remotes_parse_and_print() {
        let r: OpenVpnRemote = "127.0.0.1:1194".parse().unwrap();
        assert_eq!(r, OpenVpnRemote::new("127.0.0.1", 1194));
        assert_eq!(r.to_string(), "127.0.0.1:1194/udp");
        let r: OpenVpnRemote = "localhost:443/TCP".parse().unwrap();
        assert_eq!(
            r,
            OpenVpnRemote::new("localhost", 443).proto(OpenVpnProto::Tcp)
        );
        let r: OpenVpnRemote = "[::1]:1194/udp".parse().unwrap();
        assert_eq!(
            (r.host.as_str(), r.to_string()),
            ("::1", "[::1]:1194/udp".into())
        );
        for bad in [
            "",
            "127.0.0.1",
            "127.0.0.1:0",
            "127.0.0.1:65536",
            "127.0.0.1:1194/sctp",
            "::1:1194",
            "[::1:1194",
            ":1194",
            "a b:1194",
            "host\nup x:1194",
            "-x:1194",
        ] {
            assert!(bad.parse::<OpenVpnRemote>().is_err(), "{bad:?}");
        }
    }
}
