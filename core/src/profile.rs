//! OpenVPN profiles: building one from a bundle, and writing it to disk safely.

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::ops::describe_ssl_vpn_client_cert::SslVpnClientCertBundle;
use crate::ops::describe_ssl_vpn_servers::SslVpnServer;
use crate::Error;

/// Directives that name external files; a self-contained profile carries them inline instead.
const FILE_DIRECTIVES: [&str; 3] = ["ca", "cert", "key"];

fn inline_block(out: &mut String, tag: &str, pem: &str) {
    out.push('<');
    out.push_str(tag);
    out.push_str(">\n");
    out.push_str(pem.trim());
    out.push_str("\n</");
    out.push_str(tag);
    out.push_str(">\n");
}

fn profile_from_server(server: &SslVpnServer) -> String {
    let proto = match server.proto.to_ascii_lowercase().as_str() {
        "tcp" => "tcp-client".to_owned(),
        "" => "udp".to_owned(),
        other => other.to_owned(),
    };
    let port = if server.port == 0 { 1194 } else { server.port };
    let mut out = format!(
        "client\ndev tun\nproto {proto}\nremote {} {port}\nresolv-retry infinite\nnobind\npersist-key\npersist-tun\nremote-cert-tls server\n",
        server.internet_ip
    );
    if !server.cipher.is_empty() {
        out.push_str(&format!("cipher {}\n", server.cipher));
    }
    if server.compress {
        out.push_str("comp-lzo\n");
    }
    out.push_str("verb 3\n");
    out
}

impl SslVpnClientCertBundle {
    /// A complete OpenVPN profile with the CA, certificate and key inline, ready for
    /// `openvpn --config`.
    ///
    /// Uses the service's `ClientConfig` when present (file references to `ca`, `cert` and `key`
    /// are replaced by inline blocks), else builds one from the server's address, port, protocol
    /// and cipher (see [`Client::issue_client_cert`](crate::Client::issue_client_cert), which
    /// fetches them).
    pub fn to_ovpn(&self) -> Result<String, Error> {
        for (param, value) in [
            ("CaCert", &self.ca_cert),
            ("ClientCert", &self.client_cert),
            ("ClientKey", &self.client_key),
        ] {
            if value.trim().is_empty() {
                return Err(Error::invalid(
                    param,
                    "the bundle has no such PEM; cannot build a profile",
                ));
            }
        }
        let base = if !self.client_config.trim().is_empty() {
            self.client_config.clone()
        } else if let Some(server) = &self.server {
            if server.internet_ip.is_empty() {
                return Err(Error::invalid(
                    "InternetIp",
                    "the SSL-VPN server has no public address",
                ));
            }
            profile_from_server(server)
        } else {
            return Err(Error::invalid(
                "ClientConfig",
                "the service sent no OpenVPN profile and the server's settings are unknown \
                 (issue_client_cert fetches them)",
            ));
        };
        let mut out = String::with_capacity(
            base.len() + self.ca_cert.len() + self.client_cert.len() + self.client_key.len() + 64,
        );
        let has_block = |tag: &str| base.contains(&format!("<{tag}>"));
        for line in base.lines() {
            let directive = line.split_whitespace().next().unwrap_or("");
            if FILE_DIRECTIVES.contains(&directive)
                && line.split_whitespace().count() > 1
                && !has_block(directive)
            {
                continue;
            }
            out.push_str(line);
            out.push('\n');
        }
        for (tag, pem) in [
            ("ca", &self.ca_cert),
            ("cert", &self.client_cert),
            ("key", &self.client_key),
        ] {
            if !has_block(tag) {
                inline_block(&mut out, tag, pem);
            }
        }
        Ok(out)
    }

    /// Writes [`to_ovpn`](Self::to_ovpn) to `path` with mode 0600, atomically: the profile goes to a
    /// temporary file in the same directory, which is then moved into place, so readers never see
    /// half a file. An existing file is an [`Error::Io`] of kind `AlreadyExists` unless
    /// `overwrite` is true.
    pub fn write_ovpn(&self, path: impl AsRef<Path>, overwrite: bool) -> Result<(), Error> {
        let profile = self.to_ovpn()?;
        write_private_file(path.as_ref(), profile.as_bytes(), overwrite)
    }
}

/// Atomically writes `contents` to `path`, readable by the owner only.
pub fn write_private_file(path: &Path, contents: &[u8], overwrite: bool) -> Result<(), Error> {
    let file_name = path.file_name().ok_or_else(|| {
        Error::invalid("path", format!("{} does not name a file", path.display()))
    })?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !overwrite && path.exists() {
        return Err(exists(path));
    }
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        file_name.to_string_lossy(),
        uuid::Uuid::new_v4().simple()
    ));
    let result = (|| {
        let mut opts = fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&tmp).map_err(|e| Error::io(&tmp, &e))?;
        f.write_all(contents).map_err(|e| Error::io(&tmp, &e))?;
        f.sync_all().map_err(|e| Error::io(&tmp, &e))?;
        drop(f);
        if overwrite {
            fs::rename(&tmp, path).map_err(|e| Error::io(path, &e))
        } else {
            // A hard link fails if the target appeared meanwhile: no check-then-write race.
            match fs::hard_link(&tmp, path) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(exists(path)),
                Err(_) if !path.exists() => fs::rename(&tmp, path).map_err(|e| Error::io(path, &e)),
                Err(e) => Err(Error::io(path, &e)),
            }
        }
    })();
    let _ = fs::remove_file(&tmp);
    result?;
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

fn exists(path: &Path) -> Error {
    Error::Io {
        path: path.display().to_string(),
        kind: std::io::ErrorKind::AlreadyExists,
        message: "file exists; pass overwrite (--force) to replace it".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::describe_ssl_vpn_client_cert::CertStatus;

    fn bundle(config: &str) -> SslVpnClientCertBundle {
        SslVpnClientCertBundle {
            ssl_vpn_client_cert_id: "vsc-1".into(),
            ca_cert: "-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n".into(),
            client_cert: "-----BEGIN CERTIFICATE-----\nCLIENT\n-----END CERTIFICATE-----".into(),
            client_key: "-----BEGIN PRIVATE KEY-----\nKEY\n-----END PRIVATE KEY-----".into(),
            client_config: config.into(),
            status: CertStatus::Normal,
            ..Default::default()
        }
    }

    #[test]
    fn service_profile_gets_inline_material() {
        let b = bundle("client\ndev tun\nproto udp\nremote 1.2.3.4 1194\nca ca.crt\ncert client.crt\nkey client.key\nverb 3\n");
        let p = b.to_ovpn().unwrap();
        assert!(!p.contains("ca ca.crt") && !p.contains("key client.key"));
        assert!(p.contains("remote 1.2.3.4 1194\n"));
        assert!(
            p.contains("<ca>\n-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n</ca>\n")
        );
        assert!(p.contains("<cert>\n-----BEGIN CERTIFICATE-----\nCLIENT"));
        assert!(p.contains(
            "<key>\n-----BEGIN PRIVATE KEY-----\nKEY\n-----END PRIVATE KEY-----\n</key>\n"
        ));
    }

    #[test]
    fn inline_profile_is_kept() {
        let cfg = "client\nremote h 1\n<ca>\nX\n</ca>\n<cert>\nY\n</cert>\n<key>\nZ\n</key>\n";
        assert_eq!(bundle(cfg).to_ovpn().unwrap(), cfg);
    }

    #[test]
    fn profile_from_server_settings() {
        let mut b = bundle("");
        assert!(
            matches!(b.to_ovpn(), Err(Error::InvalidInput { ref parameter, .. }) if parameter == "ClientConfig")
        );
        b.server = Some(SslVpnServer {
            internet_ip: "47.1.2.3".into(),
            proto: "TCP".into(),
            port: 443,
            cipher: "AES-256-CBC".into(),
            compress: true,
            ..Default::default()
        });
        let p = b.to_ovpn().unwrap();
        for want in [
            "client\n",
            "proto tcp-client\n",
            "remote 47.1.2.3 443\n",
            "cipher AES-256-CBC\n",
            "comp-lzo\n",
            "<key>\n",
        ] {
            assert!(p.contains(want), "{want:?} missing from {p}");
        }
    }

    #[test]
    fn missing_key_is_an_error_naming_it() {
        let mut b = bundle("client\n");
        b.client_key.clear();
        assert!(
            matches!(b.to_ovpn(), Err(Error::InvalidInput { ref parameter, .. }) if parameter == "ClientKey")
        );
    }

    #[cfg(unix)]
    #[test]
    fn write_is_private_atomic_and_refuses_overwrite() {
        use std::os::unix::fs::PermissionsExt;
        let dir =
            std::env::temp_dir().join(format!("vpncert-profile-{}", uuid::Uuid::new_v4().simple()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("alice.ovpn");
        let b = bundle("client\n");
        b.write_ovpn(&path, false).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let first = fs::read_to_string(&path).unwrap();
        assert_eq!(first, b.to_ovpn().unwrap());

        let mut other = bundle("client\nverb 4\n");
        other.client_key = "-----BEGIN PRIVATE KEY-----\nOTHER\n-----END PRIVATE KEY-----".into();
        match other.write_ovpn(&path, false) {
            Err(Error::Io { kind, .. }) => assert_eq!(kind, std::io::ErrorKind::AlreadyExists),
            r => panic!("expected AlreadyExists, got {r:?}"),
        }
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            first,
            "refused write left the file alone"
        );

        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        other.write_ovpn(&path, true).unwrap();
        assert!(fs::read_to_string(&path).unwrap().contains("OTHER"));
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let leftovers: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers.len(), 1, "no temporary files left: {leftovers:?}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
