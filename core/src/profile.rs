//! OpenVPN profiles: building one from a bundle, hiding its secrets for display, and writing it
//! to disk safely.

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::ops::describe_ssl_vpn_client_cert::SslVpnClientCertBundle;
use crate::ops::describe_ssl_vpn_servers::SslVpnServer;
use crate::Error;

/// Directives that name external files; a self-contained profile carries them inline instead.
const FILE_DIRECTIVES: [&str; 3] = ["ca", "cert", "key"];

/// Inline blocks whose contents are secrets: keys, static TLS keys, and stored passwords.
const SECRET_BLOCKS: [&str; 8] = [
    "key",
    "pkcs12",
    "auth-user-pass",
    "tls-auth",
    "tls-crypt",
    "tls-crypt-v2",
    "secret",
    "http-proxy-user-pass",
];

/// What stands in for the contents of a secret block.
const REDACTED: &str = "<redacted>";

/// The words of one profile line the way OpenVPN splits them: at spaces and tabs, with `"..."`
/// and `'...'` quoting, a backslash escaping the next character outside single quotes, and `#`
/// or `;` at the start of a word beginning a comment. Matching OpenVPN matters: a check that
/// split differently could be walked around with quotes or backslashes.
fn words(line: &str) -> Vec<String> {
    #[derive(PartialEq)]
    enum State {
        Between,
        Bare,
        Double,
        Single,
    }
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\r' | '\x0b' | '\x0c');
    let mut out = Vec::new();
    let mut word = String::new();
    let mut state = State::Between;
    let mut backslash = false;
    for c in line.chars() {
        if !backslash && c == '\\' && state != State::Single {
            backslash = true;
            continue;
        }
        let escaped = std::mem::take(&mut backslash);
        match state {
            State::Between => {
                if is_space(c) {
                    continue;
                }
                if c == '#' || c == ';' {
                    break;
                }
                if !escaped && c == '"' {
                    state = State::Double;
                } else if !escaped && c == '\'' {
                    state = State::Single;
                } else {
                    word.push(c);
                    state = State::Bare;
                }
            }
            State::Bare if !escaped && is_space(c) => {
                out.push(std::mem::take(&mut word));
                state = State::Between;
            }
            State::Double if !escaped && c == '"' => {
                out.push(std::mem::take(&mut word));
                state = State::Between;
            }
            State::Single if c == '\'' => {
                out.push(std::mem::take(&mut word));
                state = State::Between;
            }
            _ => word.push(c),
        }
    }
    // OpenVPN refuses an unclosed quote; keeping the word means it is checked all the same.
    if state != State::Between {
        out.push(word);
    }
    out
}

/// The tag of an inline block opened by `line` (`<key>` gives `key`), lowercased.
fn block_tag(line: &str) -> Option<String> {
    let words = words(line);
    let first = words.first()?;
    let tag = first.strip_prefix('<')?.strip_suffix('>')?;
    (!tag.is_empty() && !tag.starts_with('/')).then(|| tag.to_ascii_lowercase())
}

/// Whether `line` closes the block whose tag is `tag`. Looser than OpenVPN (any case, any
/// leading blanks), so a block never ends later here than there.
fn closes_block(line: &str, tag: &str) -> bool {
    let line = line.trim_start().to_ascii_lowercase();
    line.strip_prefix("</")
        .and_then(|rest| rest.strip_prefix(tag))
        .is_some_and(|rest| rest.starts_with('>'))
}

/// Whether `line` begins a PEM private key or OpenVPN static key outside any block.
fn begins_secret_pem(line: &str) -> bool {
    let line = line.to_ascii_lowercase();
    line.contains("-----begin") && (line.contains("private key") || line.contains("static key"))
}

/// `config` with the contents of every inline block that holds a secret (`<key>`, `<pkcs12>`,
/// `<auth-user-pass>`, `<tls-auth>`, `<tls-crypt>`, `<tls-crypt-v2>`, `<secret>`,
/// `<http-proxy-user-pass>`, tags in any case) replaced by one `<redacted>` line, and any PEM
/// private or static key outside a block replaced the same way. An unclosed block hides
/// everything after it. For showing a profile; the result is not a working profile.
pub fn redact_secret_blocks(config: &str) -> String {
    let mut out = String::with_capacity(config.len());
    let mut line_out = |line: &str| {
        out.push_str(line);
        out.push('\n');
    };
    // The tag of the secret block being hidden, or `Some("")` for a bare PEM key.
    let mut hiding: Option<String> = None;
    for line in config.lines() {
        match hiding.as_deref() {
            Some("") => {
                if line.to_ascii_lowercase().contains("-----end") {
                    hiding = None;
                }
                continue;
            }
            Some(tag) => {
                if closes_block(line, tag) {
                    line_out(line);
                    hiding = None;
                }
                continue;
            }
            None => {}
        }
        if let Some(tag) = block_tag(line).filter(|t| SECRET_BLOCKS.contains(&t.as_str())) {
            line_out(line);
            line_out(REDACTED);
            hiding = Some(tag);
        } else if begins_secret_pem(line) {
            line_out(REDACTED);
            if !line.to_ascii_lowercase().contains("-----end") {
                hiding = Some(String::new());
            }
        } else {
            line_out(line);
        }
    }
    out
}

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

    #[test]
    fn words_split_like_openvpn() {
        assert_eq!(words("  up /bin/sh  "), ["up", "/bin/sh"]);
        assert_eq!(words("\"up\" 'a b' c\\ d"), ["up", "a b", "c d"]);
        assert_eq!(words("u\\p x"), ["up", "x"]);
        assert_eq!(words("\tverb 3 # comment"), ["verb", "3"]);
        assert_eq!(words("# up x"), Vec::<String>::new());
        assert_eq!(words(";up x"), Vec::<String>::new());
        assert_eq!(words("up \"/bin/sh"), ["up", "/bin/sh"]);
        assert_eq!(words("'it\\s'"), ["it\\s"]);
    }

    #[test]
    fn every_secret_block_is_redacted() {
        let profile = "client\nremote 1.2.3.4 1194\n<ca>\n-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n</ca>\n\
            <key>\n-----BEGIN PRIVATE KEY-----\nSECRET1\n-----END PRIVATE KEY-----\n</key>\n\
            <PKCS12>\nSECRET2\n</PKCS12>\n\
            <auth-user-pass>\nalice\nSECRET3\n</auth-user-pass>\n\
            <tls-auth>\n-----BEGIN OpenVPN Static key V1-----\nSECRET4\n-----END OpenVPN Static key V1-----\n</tls-auth>\n\
            <tls-crypt>\nSECRET5\n</tls-crypt>\n  <tls-crypt-v2>\nSECRET6\n  </tls-crypt-v2>\n\
            <secret>\nSECRET7\n</secret>\n\"<http-proxy-user-pass>\"\nproxyuser\nSECRET8\n</http-proxy-user-pass>\n\
            -----BEGIN EC PRIVATE KEY-----\nSECRET9\n-----END EC PRIVATE KEY-----\nverb 3\n";
        let r = redact_secret_blocks(profile);
        for n in 1..=9 {
            assert!(
                !r.contains(&format!("SECRET{n}")),
                "SECRET{n} left in:\n{r}"
            );
        }
        for gone in ["alice", "proxyuser", "PRIVATE KEY", "Static key"] {
            assert!(!r.contains(gone), "{gone} left in:\n{r}");
        }
        for kept in [
            "remote 1.2.3.4 1194\n",
            "<ca>\n-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n</ca>\n",
            "<key>\n<redacted>\n</key>\n",
            "<PKCS12>\n<redacted>\n</PKCS12>\n",
            "<auth-user-pass>\n<redacted>\n</auth-user-pass>\n",
            "  <tls-crypt-v2>\n<redacted>\n  </tls-crypt-v2>\n",
            "\n<redacted>\nverb 3\n",
        ] {
            assert!(r.contains(kept), "{kept:?} missing from:\n{r}");
        }
        let unclosed = redact_secret_blocks("client\n<key>\nSECRET\nverb 3\n");
        assert_eq!(unclosed, "client\n<key>\n<redacted>\n");
    }

    #[test]
    fn bundle_debug_shows_the_profile_without_its_secrets() {
        let b = bundle(
            "client\nremote vpn.example.com 1194\n<pkcs12>\nPKCS12SECRET\n</pkcs12>\n\
             <auth-user-pass>\nalice\nPASSWORD\n</auth-user-pass>\n<key>\nKEYSECRET\n</key>\n",
        );
        let debug = format!("{b:?}");
        for secret in [
            "PKCS12SECRET",
            "PASSWORD",
            "KEYSECRET",
            "-----BEGIN PRIVATE KEY",
        ] {
            assert!(!debug.contains(secret), "{secret} in {debug}");
        }
        assert!(debug.contains("remote vpn.example.com 1194"), "{debug}");
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
