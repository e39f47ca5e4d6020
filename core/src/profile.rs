//! OpenVPN profiles: building one from a bundle, hiding its secrets for display, and writing it
//! to disk safely.
//!
//! Everything a profile is built from comes from the service. A profile is copied to every
//! machine that connects with it, so what the service sends is checked before it goes into one:
//! the server's address, port, protocol and cipher must be what they claim to be, and the
//! service's own profile may not carry directives that run programs, load code, touch other
//! local files or open the client to remote control.
//!
//! Every profile written here starts with a comment line naming whose it is (see
//! [`ProfileOwner`]), so a tool that finds a profile file can tell whether it is the one it
//! would write.

use std::ffi::{OsStr, OsString};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use sha2::{Digest, Sha256};

use crate::ops::describe_ssl_vpn_client_cert::SslVpnClientCertBundle;
use crate::ops::describe_ssl_vpn_servers::SslVpnServer;
use crate::Error;

/// Longest file name stem produced, in bytes, leaving room for `.ovpn` and the temporary file's
/// `.` and `.<32 hex>.tmp` under the usual 255-byte limit.
pub const MAX_STEM_BYTES: usize = 200;

/// Ends a stem cut short, before the hash of the whole name. A whole stem never has one: `~` is
/// not kept, so it appears as `%7E`.
pub const CUT_MARK: char = '~';

/// A file name stem (no extension) for a certificate name, different for every name: letters and digits (any
/// script), `-`, `_`, `.`, `@` and `+` are kept, and every other character (`%`, path
/// separators and spaces included) becomes `%XX` for each of its UTF-8 bytes, like a leading
/// `.` (so the profile is never hidden). A stem longer than 200 bytes is cut, and gets `~` and
/// 32 hex digits of the name's SHA-256. `alice` gives `alice`, `Jane Doe` `Jane%20Doe`.
///
/// Names that differ only in case still differ here, but are one file where case is ignored
/// (macOS, Windows): callers catch that.
pub fn file_stem(name: &str) -> String {
    let mut stem = String::new();
    // Where the stem may be cut: between characters and never inside a `%XX`.
    let mut cuts = vec![0];
    for (i, c) in name.chars().enumerate() {
        let keep = (c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '@' | '+'))
            && !(i == 0 && c == '.');
        if keep {
            stem.push(c);
        } else {
            for b in c.encode_utf8(&mut [0; 4]).bytes() {
                stem.push_str(&format!("%{b:02X}"));
            }
        }
        cuts.push(stem.len());
    }
    if stem.is_empty() {
        // Only the empty name gives a lone `%`: every other `%` is followed by two digits.
        stem.push('%');
    }
    if stem.len() > MAX_STEM_BYTES {
        let room = MAX_STEM_BYTES - CUT_MARK.len_utf8() - 32;
        let at = cuts
            .iter()
            .copied()
            .filter(|&c| c <= room)
            .max()
            .unwrap_or(0);
        let hash = hex::encode(Sha256::digest(name.as_bytes()));
        stem = format!("{}{CUT_MARK}{}", &stem[..at], &hash[..32]);
    }
    stem
}

/// What [`private_dir`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DirCheck {
    /// The directory was created, mode 0700.
    Created,
    /// It existed, readable and writable by its owner only.
    Private,
    /// It existed, and its group or others may read or write it (the mode is given).
    Shared(u32),
}

/// Makes `dir` ready to receive profiles, which hold private keys: `dir` and the parents it
/// lacks are created mode 0700 whatever the umask; an existing `dir` is checked, and one its
/// group or others may read or write is [`DirCheck::Shared`] (the caller decides whether to
/// refuse it).
pub fn private_dir(dir: &Path) -> Result<DirCheck, Error> {
    let missing: Vec<&Path> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && fs::metadata(d).is_err())
        .collect();
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    let mut created = false;
    for d in missing.into_iter().rev() {
        match builder.create(d) {
            Ok(()) => {
                // The umask may have taken bits away from 0700, even the owner's.
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    fs::set_permissions(d, fs::Permissions::from_mode(0o700))
                        .map_err(|e| Error::io(d, &e))?;
                }
                created = d == dir;
            }
            // Made meanwhile by someone else: theirs, so not ours to change.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => created = false,
            Err(e) => return Err(Error::io(d, &e)),
        }
    }
    if created {
        return Ok(DirCheck::Created);
    }
    let meta = fs::metadata(dir).map_err(|e| Error::io(dir, &e))?;
    if !meta.is_dir() {
        return Err(Error::Io {
            path: dir.display().to_string(),
            kind: std::io::ErrorKind::Other,
            message: "exists and is not a directory".into(),
        });
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode() & 0o7777;
        if mode & 0o066 != 0 {
            return Ok(DirCheck::Shared(mode));
        }
    }
    Ok(DirCheck::Private)
}

/// How a profile carries the CA, certificate and key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Material {
    /// `<ca>`, `<cert>`, `<key>` blocks: one self-contained file.
    Inline,
    /// `ca ca.crt` and so on: files next to the profile.
    Files,
}

/// The files of a hand-over bundle next to its `config.ovpn`.
const BUNDLE_CA: &str = "ca.crt";
const BUNDLE_CERT: &str = "client.crt";
const BUNDLE_KEY: &str = "client.key";

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
///
/// A line may be key material (inside a `<key>` block): each word gets room for the whole line
/// up front (a growing `String` frees partial copies as it goes), and the words are wiped when
/// dropped.
fn words(line: &str) -> zeroize::Zeroizing<Vec<String>> {
    #[derive(PartialEq)]
    enum State {
        Between,
        Bare,
        Double,
        Single,
    }
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\r' | '\x0b' | '\x0c');
    let mut out = zeroize::Zeroizing::new(Vec::new());
    let fresh = || String::with_capacity(line.len());
    let mut word = fresh();
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
                out.push(std::mem::replace(&mut word, fresh()));
                state = State::Between;
            }
            State::Double if !escaped && c == '"' => {
                out.push(std::mem::replace(&mut word, fresh()));
                state = State::Between;
            }
            State::Single if c == '\'' => {
                out.push(std::mem::replace(&mut word, fresh()));
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
    // Compared in place: the lines inside a block are key material, not to be copied.
    line.trim_start()
        .strip_prefix("</")
        .and_then(|rest| rest.get(..tag.len()).zip(rest.get(tag.len()..)))
        .is_some_and(|(name, rest)| name.eq_ignore_ascii_case(tag) && rest.starts_with('>'))
}

/// Whether `haystack` contains `needle` (ASCII, lower case) in any case, without a copy.
fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    haystack
        .as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Whether `line` begins a PEM private key or OpenVPN static key outside any block.
fn begins_secret_pem(line: &str) -> bool {
    contains_ignore_case(line, "-----begin")
        && (contains_ignore_case(line, "private key") || contains_ignore_case(line, "static key"))
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
                if contains_ignore_case(line, "-----end") {
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
            if !contains_ignore_case(line, "-----end") {
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

/// The longest profile line OpenVPN reads whole: it reads 256 bytes at a time (newline
/// included) and refuses a line that fills them; an older one read the rest as a line of its own.
const MAX_LINE_BYTES: usize = 254;

/// Directives a service's profile may not carry, and why: each runs a program, loads code,
/// writes or reads local files beyond the profile, or hands control of the client to someone
/// else.
const REFUSED_DIRECTIVES: &[(&str, &str)] = &[
    ("up", "runs a program"),
    ("down", "runs a program"),
    ("route-up", "runs a program"),
    ("route-pre-down", "runs a program"),
    ("ipchange", "runs a program"),
    ("tls-verify", "runs a program"),
    ("auth-user-pass-verify", "runs a program"),
    ("learn-address", "runs a program"),
    ("client-connect", "runs a program"),
    ("client-disconnect", "runs a program"),
    ("client-crresponse", "runs a program"),
    ("tls-crypt-v2-verify", "runs a program"),
    ("dns-updown", "runs a program"),
    ("iproute", "names the program run to configure the network"),
    (
        "win-sys",
        "names the directory of the programs Windows runs to configure the network",
    ),
    ("plugin", "loads a library into OpenVPN"),
    ("engine", "loads an OpenSSL engine library"),
    ("providers", "loads OpenSSL provider libraries"),
    ("pkcs11-providers", "loads PKCS#11 libraries"),
    (
        "tls-export-cert",
        "writes certificates to a local directory",
    ),
    ("log", "writes a local file"),
    ("log-append", "writes a local file"),
    ("status", "writes a local file"),
    ("writepid", "writes a local file"),
    ("replay-persist", "writes a local file"),
    ("tmp-dir", "chooses where OpenVPN writes files"),
    ("cd", "changes the directory local files are read from"),
    ("chroot", "changes the root directory of OpenVPN"),
    ("config", "reads another local configuration file"),
    (
        "management",
        "opens a control interface to the OpenVPN process",
    ),
];

/// Why the directive of `words` may not be in a service's profile, if it may not: the
/// directive as named in the refusal and the reason.
fn refused_directive(mut words: &[String]) -> Option<(String, &'static str)> {
    loop {
        // OpenVPN reads `--up` as `up`; matching without case refuses more, never less.
        let first = words.first()?;
        let directive = first
            .trim_start_matches('\u{feff}')
            .trim_start_matches("--")
            .to_ascii_lowercase();
        let arg = |i: usize| words.get(i).map(|w| w.to_ascii_lowercase());
        // `setenv opt DIRECTIVE ...` is DIRECTIVE to an OpenVPN that knows it.
        if directive == "setenv" && arg(1).as_deref() == Some("opt") {
            words = &words[2..];
            continue;
        }
        if let Some((name, why)) = REFUSED_DIRECTIVES.iter().find(|(d, _)| *d == directive) {
            return Some(((*name).to_owned(), why));
        }
        let refused = match directive.as_str() {
            d if d.starts_with("management-") => {
                Some("controls a management interface of the OpenVPN process")
            }
            "script-security"
                if arg(1)
                    .and_then(|l| l.parse::<u32>().ok())
                    .unwrap_or(u32::MAX)
                    > 1 =>
            {
                Some("above level 1 lets OpenVPN run programs")
            }
            "auth-user-pass" if words.len() > 1 => {
                Some("with a file name sends that local file to the server")
            }
            "http-proxy"
                if arg(3).is_some_and(|a| !matches!(a.as_str(), "auto" | "auto-nct" | "stdin")) =>
            {
                Some("with a file name sends that local file to the proxy")
            }
            _ => None,
        };
        return refused.map(|why| (directive, why));
    }
}

/// The tag of an inline block opened by `words`, the way OpenVPN sees one: a single word in
/// angle brackets.
fn inline_tag(words: &[String]) -> Option<String> {
    match words {
        [only] => block_tag(only),
        _ => None,
    }
}

/// Refuses text that would not stay the lines it looks like: control characters other than
/// tab (a lone carriage return included), and lines too long for OpenVPN to read whole.
fn check_lines(parameter: &str, text: &str) -> Result<(), Error> {
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if let Some(c) = line.chars().find(|&c| c.is_control() && c != '\t') {
            return Err(Error::invalid(
                parameter,
                format!(
                    "line {} contains the control character U+{:04X}; refusing to write it into a profile",
                    i + 1,
                    u32::from(c)
                ),
            ));
        }
        if line.len() > MAX_LINE_BYTES {
            return Err(Error::invalid(
                parameter,
                format!(
                    "line {} is {} bytes long, more than OpenVPN reads as one line ({MAX_LINE_BYTES}); \
                     refusing to write it into a profile",
                    i + 1,
                    line.len()
                ),
            ));
        }
    }
    Ok(())
}

/// Checks the service's `ClientConfig` before it becomes a profile (see the module docs).
/// Directives inside `<connection>` blocks are checked too; the contents of other inline blocks
/// are data to OpenVPN and are skipped.
fn check_client_config(config: &str) -> Result<(), Error> {
    check_lines("ClientConfig", config)?;
    let mut data_block: Option<String> = None;
    for (i, line) in config.lines().enumerate() {
        if let Some(tag) = &data_block {
            if closes_block(line, tag) {
                data_block = None;
            }
            continue;
        }
        let words = words(line);
        let tag = inline_tag(&words);
        let refused = match &tag {
            Some(tag) => refused_directive(std::slice::from_ref(tag)),
            None => refused_directive(&words),
        };
        if let Some((directive, why)) = refused {
            return Err(Error::invalid(
                "ClientConfig",
                format!(
                    "line {} of the service's profile has `{directive}`, which {why}; refusing to \
                     write a profile that would do that on every machine that imports it",
                    i + 1
                ),
            ));
        }
        data_block = tag.filter(|t| t != "connection");
    }
    Ok(())
}

/// Checks a PEM that goes inside the inline block `<tag>`: it must stay inside it.
fn check_pem(parameter: &str, tag: &str, pem: &str) -> Result<(), Error> {
    check_lines(parameter, pem)?;
    // The value is not shown: it may be the private key.
    if pem.lines().any(|l| l.trim_start().starts_with("</")) {
        return Err(Error::invalid(
            parameter,
            format!(
                "has a line that would end the <{tag}> block; refusing to write it into a profile"
            ),
        ));
    }
    Ok(())
}

/// At most 64 characters of a value from the service, with anything unprintable escaped, for
/// an error message.
fn shown(value: &str) -> String {
    let mut s: String = value.chars().take(64).collect();
    if s.len() < value.len() {
        s.push('…');
    }
    format!("{s:?}")
}

/// Whether `s` is a DNS host name: dot-separated labels of letters, digits and inner hyphens.
fn is_host_name(s: &str) -> bool {
    let s = s.strip_suffix('.').unwrap_or(s);
    !s.is_empty()
        && s.len() <= 253
        && s.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// The `proto` and port of a profile built from the server's settings, once every setting that
/// goes into one is checked: an IP address or host name, TCP or UDP, a port, a cipher name.
fn checked_server_settings(server: &SslVpnServer) -> Result<(String, u64), Error> {
    let ip = &server.internet_ip;
    if ip.is_empty() {
        return Err(Error::invalid(
            "InternetIp",
            "the SSL-VPN server has no public address",
        ));
    }
    if ip.parse::<std::net::IpAddr>().is_err() && !is_host_name(ip) {
        return Err(Error::invalid(
            "InternetIp",
            format!(
                "the SSL-VPN server's address {} is neither an IP address nor a host name; \
                 refusing to write it into a profile",
                shown(ip)
            ),
        ));
    }
    // An empty Proto is the documented default of CreateSslVpnServer: TCP.
    let proto = match server.proto.to_ascii_lowercase().as_str() {
        "tcp" | "" => "tcp-client",
        "udp" => "udp",
        _ => {
            return Err(Error::invalid(
                "Proto",
                format!(
                    "the SSL-VPN server's protocol {} is neither TCP nor UDP; refusing to write it \
                     into a profile",
                    shown(&server.proto)
                ),
            ))
        }
    };
    let port = match server.port {
        0 => 1194,
        p @ 1..=65535 => p,
        p => {
            return Err(Error::invalid(
                "Port",
                format!("the SSL-VPN server's port {p} is not 1 to 65535"),
            ))
        }
    };
    let cipher = &server.cipher;
    if !cipher.is_empty() && !is_cipher_name(cipher) {
        return Err(Error::invalid(
            "Cipher",
            format!(
                "the SSL-VPN server's cipher {} is not a cipher name (letters, digits and `-`); \
                 refusing to write it into a profile",
                shown(cipher)
            ),
        ));
    }
    Ok((proto.to_owned(), port))
}

/// Whether `s` has the shape of an OpenVPN cipher name. The service's values are AES-128-CBC,
/// AES-192-CBC, AES-256-CBC and none; other OpenVPN cipher names have the same shape.
fn is_cipher_name(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The data ciphers OpenVPN 2.6 negotiates when a profile names none.
const DEFAULT_DATA_CIPHERS: &str = "AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305";

/// The lines that follow a profile's `cipher CIPHER` so that OpenVPN 2.5 and later still use
/// the server's cipher. OpenVPN 2.5+ ignores `cipher` when it negotiates ("DEPRECATED OPTION:
/// --cipher set to 'AES-128-CBC' but missing in --data-ciphers"), and an OpenVPN 2.6 client
/// then refuses the server's `AES-128-CBC`; so the cipher joins the negotiable ones
/// (`data-ciphers`, after OpenVPN's own defaults, which a newer server may prefer), and is
/// what the client uses with a server that does not negotiate (`data-ciphers-fallback`).
/// `cipher` stays for OpenVPN 2.4 and older, which the `ignore-unknown-option` line lets read
/// the profile.
fn cipher_negotiation_lines(cipher: &str) -> String {
    let known = DEFAULT_DATA_CIPHERS
        .split(':')
        .any(|c| c.eq_ignore_ascii_case(cipher));
    let list = if known {
        DEFAULT_DATA_CIPHERS.to_owned()
    } else {
        format!("{DEFAULT_DATA_CIPHERS}:{cipher}")
    };
    format!(
        "ignore-unknown-option data-ciphers data-ciphers-fallback\n\
         data-ciphers {list}\n\
         data-ciphers-fallback {cipher}\n"
    )
}

/// Directives that already say how a profile negotiates its data cipher: a profile with one is
/// left as it is.
const NEGOTIATION_DIRECTIVES: [&str; 3] = ["data-ciphers", "data-ciphers-fallback", "ncp-ciphers"];

fn profile_from_server(server: &SslVpnServer) -> Result<String, Error> {
    let (proto, port) = checked_server_settings(server)?;
    let mut out = format!(
        "client\ndev tun\nproto {proto}\nremote {} {port}\nresolv-retry infinite\nnobind\npersist-key\npersist-tun\nremote-cert-tls server\n",
        server.internet_ip
    );
    if !server.cipher.is_empty() {
        out.push_str(&format!("cipher {}\n", server.cipher));
        out.push_str(&cipher_negotiation_lines(&server.cipher));
    }
    if server.compress {
        out.push_str("comp-lzo\n");
    }
    out.push_str("verb 3\n");
    Ok(out)
}

/// How the owner line of a profile starts; OpenVPN skips lines starting with `#`.
const OWNER_PREFIX: &str = "# vpncert: ";

/// Whose profile a file is, from its first line, which every profile vpncert writes has:
/// `# vpncert: {"name":"Jane Doe","ssl_vpn_server_id":"vss-...","ssl_vpn_client_cert_id":"vsc-..."}`.
///
/// A file name alone cannot say: file names are shortened, and file systems that ignore case
/// or normalise Unicode give two names one file. Read with [`read_profile_owner`] or
/// [`profile_owner`]; compare with [`is_for`](Self::is_for).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ProfileOwner {
    /// The certificate's name, cut short (ending in `…`) when the line had no room for all of
    /// it; [`is_for`](Self::is_for) still compares the whole name.
    pub name: String,
    /// The SSL-VPN server (`vss-...`).
    pub ssl_vpn_server_id: String,
    /// The certificate (`vsc-...`).
    pub ssl_vpn_client_cert_id: String,
    /// The SHA-256 (hex) of the whole name, when `name` is cut short.
    name_sha256: Option<String>,
}

impl ProfileOwner {
    /// Whether this is the profile of the certificate named `name` on `ssl_vpn_server_id`.
    pub fn is_for(&self, ssl_vpn_server_id: &str, name: &str) -> bool {
        self.ssl_vpn_server_id == ssl_vpn_server_id
            && match &self.name_sha256 {
                Some(hash) => *hash == sha256_hex(name),
                None => self.name == name,
            }
    }
}

/// The owner line as JSON: one line whatever the name holds (quotes, newlines, ...).
#[derive(serde::Serialize, serde::Deserialize)]
struct OwnerLine {
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name_sha256: Option<String>,
    ssl_vpn_server_id: String,
    ssl_vpn_client_cert_id: String,
}

fn sha256_hex(s: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(s.as_bytes()))
}

/// The first line of `bundle`'s profile, with the name cut short if the whole line would be too
/// long for OpenVPN; `None` only when even the ids do not fit.
fn owner_line(bundle: &SslVpnClientCertBundle) -> Option<String> {
    let line = |name: String, name_sha256: Option<String>| {
        let json = serde_json::to_string(&OwnerLine {
            name,
            name_sha256,
            ssl_vpn_server_id: bundle.ssl_vpn_server_id.clone(),
            ssl_vpn_client_cert_id: bundle.ssl_vpn_client_cert_id.clone(),
        })
        .ok()?;
        let line = format!("{OWNER_PREFIX}{json}");
        (line.len() <= MAX_LINE_BYTES).then_some(line)
    };
    if let Some(whole) = line(bundle.name.clone(), None) {
        return Some(whole);
    }
    let hash = sha256_hex(&bundle.name);
    let chars: Vec<char> = bundle.name.chars().collect();
    (0..chars.len()).rev().find_map(|keep| {
        let mut cut: String = chars[..keep].iter().collect();
        cut.push('…');
        line(cut, Some(hash.clone()))
    })
}

/// The owner of a profile's text (its first line), if vpncert wrote it.
pub fn profile_owner(profile: &str) -> Option<ProfileOwner> {
    let first = profile.split('\n').next()?;
    let json = first
        .strip_suffix('\r')
        .unwrap_or(first)
        .strip_prefix(OWNER_PREFIX)?;
    let line: OwnerLine = serde_json::from_str(json).ok()?;
    if let Some(hash) = &line.name_sha256 {
        if hash.len() != 64 || !hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return None;
        }
    }
    Some(ProfileOwner {
        name: line.name,
        ssl_vpn_server_id: line.ssl_vpn_server_id,
        ssl_vpn_client_cert_id: line.ssl_vpn_client_cert_id,
        name_sha256: line.name_sha256,
    })
}

/// The owner of the profile file at `path`, if it is a regular file (symlinks followed) whose
/// first line is vpncert's owner line; `None` for anything else, unreadable files included.
pub fn read_profile_owner(path: impl AsRef<Path>) -> Option<ProfileOwner> {
    use std::io::Read;
    let path = path.as_ref();
    // Only regular files: opening a FIFO someone put there would block.
    if !fs::metadata(path).ok()?.is_file() {
        return None;
    }
    let mut head = Vec::new();
    fs::File::open(path)
        .ok()?
        .take(MAX_LINE_BYTES as u64 + 2)
        .read_to_end(&mut head)
        .ok()?;
    let end = head.iter().position(|&b| b == b'\n')?;
    profile_owner(std::str::from_utf8(&head[..end]).ok()?)
}

/// The owner of the hand-over bundle at `path`: the owner line of its `config.ovpn`, when it is
/// a regular file holding, as its first entry, a stored (uncompressed) `config.ovpn` as
/// [`write_zip`](SslVpnClientCertBundle::write_zip) writes it; `None` for anything else.
pub fn read_zip_owner(path: impl AsRef<Path>) -> Option<ProfileOwner> {
    use std::io::Read;
    const NAME: &[u8] = b"config.ovpn";
    let path = path.as_ref();
    if !fs::metadata(path).ok()?.is_file() {
        return None;
    }
    // The local file header (30 bytes), the name, then the owner line at the start of the data.
    let want = 30 + NAME.len() + MAX_LINE_BYTES + 2;
    let mut head = Vec::with_capacity(want);
    fs::File::open(path)
        .ok()?
        .take(want as u64)
        .read_to_end(&mut head)
        .ok()?;
    let u16_at = |i: usize| Some(u16::from_le_bytes(head.get(i..i + 2)?.try_into().ok()?));
    let signature = head.get(0..4)?;
    let method = u16_at(8)?;
    let name_len = usize::from(u16_at(26)?);
    let extra_len = usize::from(u16_at(28)?);
    if signature != 0x0403_4b50u32.to_le_bytes() || method != 0 || name_len != NAME.len() {
        return None;
    }
    if head.get(30..30 + name_len)? != NAME {
        return None;
    }
    let data = head.get(30 + name_len + extra_len..)?;
    let end = data.iter().position(|&b| b == b'\n')?;
    profile_owner(std::str::from_utf8(&data[..end]).ok()?)
}

impl SslVpnClientCertBundle {
    /// A complete OpenVPN profile with the CA, certificate and key inline, ready for
    /// `openvpn --config`. Its first line is a comment naming the certificate, its server and its
    /// name ([`ProfileOwner`]).
    ///
    /// Uses the service's `ClientConfig` when present (file references to `ca`, `cert` and `key`
    /// are replaced by inline blocks), else builds one from the server's address, port, protocol
    /// and cipher (see [`Client::issue_client_cert`](crate::Client::issue_client_cert), which
    /// fetches them).
    ///
    /// What the service sent is checked first, and anything that would make the profile do more
    /// than connect is an [`Error::InvalidInput`] naming the field: an `InternetIp` that is not
    /// an IP address or host name, a `Proto` other than TCP or UDP, a `Port` outside 1 to 65535,
    /// a `Cipher` that is not a cipher name, a PEM that would leave its inline block, control
    /// characters or overlong lines, and a `ClientConfig` with a directive that runs programs,
    /// loads libraries, writes or sends local files, or opens a management interface (`up`,
    /// `down`, `route-up`, `plugin`, `script-security 2`, `log`, `management`, ... also as
    /// `--up`, `setenv opt up` or inside `<connection>`).
    pub fn to_ovpn(&self) -> Result<String, Error> {
        self.render(Material::Inline)
    }

    /// The profile of a hand-over bundle: like [`to_ovpn`](Self::to_ovpn), but referring to the
    /// files `ca.crt`, `client.crt` and `client.key` next to it instead of carrying them inline
    /// (as the console's zip download does).
    pub fn to_ovpn_with_files(&self) -> Result<String, Error> {
        self.render(Material::Files)
    }

    fn render(&self, material: Material) -> Result<String, Error> {
        for (param, tag, value) in [
            ("CaCert", "ca", self.ca_cert.as_str()),
            ("ClientCert", "cert", self.client_cert.as_str()),
            ("ClientKey", "key", self.client_key.expose()),
        ] {
            if value.trim().is_empty() {
                return Err(Error::invalid(
                    param,
                    "the bundle has no such PEM; cannot build a profile",
                ));
            }
            check_pem(param, tag, value)?;
        }
        // The service's profile may carry the key inline: the working copy is wiped too.
        let base: zeroize::Zeroizing<String> = if !self.client_config.expose().trim().is_empty() {
            check_client_config(self.client_config.expose())?;
            self.client_config.expose().to_owned().into()
        } else if let Some(server) = &self.server {
            profile_from_server(server)?.into()
        } else {
            return Err(Error::invalid(
                "ClientConfig",
                "the service sent no OpenVPN profile and the server's settings are unknown \
                 (issue_client_cert fetches them)",
            ));
        };
        let mut out = String::with_capacity(
            base.len()
                + self.ca_cert.len()
                + self.client_cert.len()
                + self.client_key.expose().len()
                + 512,
        );
        match owner_line(self) {
            Some(line) => {
                out.push_str(&line);
                out.push('\n');
            }
            None => log::warn!(
                "the ids of certificate {:?} are too long to record whose profile it is",
                self.ssl_vpn_client_cert_id
            ),
        }
        let has_block = |tag: &str| base.contains(&format!("<{tag}>"));
        // The service's profile names its cipher the way OpenVPN 2.4 wants; the lines 2.5 and
        // later need follow it, unless it says how to negotiate already.
        let mut negotiation_needed = !base.lines().any(|l| {
            // Compared in place: a line may be key material, not to be copied.
            words(l).first().is_some_and(|w| {
                let w = w.trim_start_matches("--");
                NEGOTIATION_DIRECTIVES
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(w))
            })
        });
        let mut in_block: Option<&str> = None;
        for line in base.lines() {
            let words = words(line);
            let directive = words.first().map_or("", |w| w.trim_start_matches("--"));
            if negotiation_needed
                && in_block.is_none()
                && directive.eq_ignore_ascii_case("cipher")
                && words.len() == 2
                && is_cipher_name(&words[1])
            {
                out.push_str(line);
                out.push('\n');
                out.push_str(&cipher_negotiation_lines(&words[1]));
                negotiation_needed = false;
                continue;
            }
            if material == Material::Files {
                // Inline material of the service's profile gives way to the bundle's files.
                if let Some(tag) = in_block {
                    if line.trim() == format!("</{tag}>") {
                        in_block = None;
                    }
                    continue;
                }
                if let Some(tag) = FILE_DIRECTIVES
                    .iter()
                    .find(|t| line.trim() == format!("<{t}>"))
                {
                    in_block = Some(tag);
                    continue;
                }
                if FILE_DIRECTIVES.contains(&directive) && words.len() > 1 {
                    continue;
                }
            } else if FILE_DIRECTIVES.contains(&directive)
                && words.len() > 1
                && !has_block(directive)
            {
                continue;
            }
            out.push_str(line);
            out.push('\n');
        }
        if negotiation_needed && !self.client_config.expose().trim().is_empty() {
            if let Some(cipher) = self
                .server
                .as_ref()
                .map(|s| s.cipher.as_str())
                .filter(|c| is_cipher_name(c))
            {
                out.push_str(&format!("cipher {cipher}\n"));
                out.push_str(&cipher_negotiation_lines(cipher));
            }
        }
        for (tag, pem, file) in [
            ("ca", self.ca_cert.as_str(), BUNDLE_CA),
            ("cert", self.client_cert.as_str(), BUNDLE_CERT),
            ("key", self.client_key.expose(), BUNDLE_KEY),
        ] {
            match material {
                Material::Files => {
                    out.push_str(&format!("{tag} {file}\n"));
                }
                Material::Inline if !has_block(tag) => inline_block(&mut out, tag, pem),
                Material::Inline => {}
            }
        }
        Ok(out)
    }

    /// Writes the hand-over bundle to `path`: a zip archive (mode 0600, written atomically as
    /// profiles are) holding `config.ovpn` ([`to_ovpn_with_files`](Self::to_ovpn_with_files)),
    /// `ca.crt`, `client.crt` and `client.key`.
    pub fn write_zip(&self, path: impl AsRef<Path>, overwrite: bool) -> Result<(), Error> {
        let config = self.to_ovpn_with_files()?;
        let pem = self.client_key.expose().trim_end();
        let mut key = String::with_capacity(pem.len() + 1);
        key.push_str(pem);
        key.push('\n');
        let files: [(&str, &[u8]); 4] = [
            ("config.ovpn", config.as_bytes()),
            (BUNDLE_CA, self.ca_cert.as_bytes()),
            (BUNDLE_CERT, self.client_cert.as_bytes()),
            (BUNDLE_KEY, key.as_bytes()),
        ];
        let mut archive = crate::zip::stored(&files);
        let written = write_private_file(path.as_ref(), &archive, overwrite);
        zeroize::Zeroize::zeroize(&mut archive);
        zeroize::Zeroize::zeroize(&mut key);
        written
    }

    /// Writes [`to_ovpn`](Self::to_ovpn) to `path` with mode 0600, atomically: the profile goes to a
    /// temporary file in the same directory, which is then moved into place, so readers never see
    /// half a file. An existing file is an [`Error::Io`] of kind `AlreadyExists` unless
    /// `overwrite` is true.
    pub fn write_ovpn(&self, path: impl AsRef<Path>, overwrite: bool) -> Result<(), Error> {
        let profile = zeroize::Zeroizing::new(self.to_ovpn()?);
        write_private_file(path.as_ref(), profile.as_bytes(), overwrite)
    }
}

/// The files this process is writing at the moment: the temporary files of
/// [`write_private_file`], and profiles written in place where there are no hard links. Each
/// holds a private key until its write ends; [`remove_temp_files`] removes them.
struct InFlight {
    state: Mutex<InFlightState>,
}

struct InFlightState {
    paths: Vec<PathBuf>,
    /// Set by `remove_all`: the process is going away, so no new file may be started.
    closed: bool,
}

impl InFlight {
    const fn new() -> Self {
        InFlight {
            state: Mutex::new(InFlightState {
                paths: Vec::new(),
                closed: false,
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, InFlightState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Creates the new file `path`, mode 0600, and registers it. Creating and registering under
    /// one lock means `remove_all` either sees the file or keeps it from being created.
    fn create(&self, path: &Path) -> io::Result<fs::File> {
        let mut state = self.lock();
        if state.closed {
            return Err(io::Error::new(
                io::ErrorKind::Interrupted,
                "interrupted; no new profile is written",
            ));
        }
        let file = create_private(path)?;
        // Held until the file is closed, by this process or by its death: what tells a later
        // write that the file is being written (see `remove_interrupted_writes`). Where the
        // file system has no locks, the write goes ahead, and the cleanup, unable to take a
        // lock either, removes nothing.
        let _ = file.lock();
        state.paths.push(path.to_owned());
        Ok(file)
    }

    /// Forgets `path`, once its write has ended (and its temporary file is gone).
    fn release(&self, path: &Path) {
        let mut state = self.lock();
        if let Some(i) = state.paths.iter().position(|p| p == path) {
            state.paths.swap_remove(i);
        }
    }

    fn contains(&self, path: &Path) -> bool {
        self.lock().paths.iter().any(|p| p == path)
    }

    fn remove_all(&self) {
        let mut state = self.lock();
        state.closed = true;
        for path in state.paths.drain(..) {
            let _ = fs::remove_file(&path);
        }
    }
}

static IN_FLIGHT: InFlight = InFlight::new();

/// Removes every file that [`write_private_file`] (and so
/// [`write_ovpn`](SslVpnClientCertBundle::write_ovpn)) of this process is writing at this moment,
/// each a temporary file holding a private key, and makes writes that have not created theirs
/// yet fail with an [`Error::Io`] of kind `Interrupted`.
///
/// For a process about to exit on a signal: call it from the thread that handles the signal
/// (a `ctrlc` handler, say), then exit, and no key is left behind in a temporary file. Writers
/// hold its lock only while creating a file, never while writing one or waiting on the network.
pub fn remove_temp_files() {
    IN_FLIGHT.remove_all();
}

/// `.{file_name}.{32 lowercase hex digits}.tmp`: a temporary file of a write to `file_name`.
fn temp_name(file_name: &OsStr) -> OsString {
    let mut name = OsString::from(".");
    name.push(file_name);
    name.push(format!(".{}.tmp", uuid::Uuid::new_v4().simple()));
    name
}

/// The file a temporary file's name says it was written for: `.{file_name}.{32 hex}.tmp` gives
/// `file_name`.
fn temp_target(name: &OsStr) -> Option<&[u8]> {
    let inner = name
        .as_encoded_bytes()
        .strip_prefix(b".")?
        .strip_suffix(b".tmp")?;
    let (target, hex) = inner.split_at_checked(inner.len().checked_sub(33)?)?;
    let hex = hex.strip_prefix(b".")?;
    let lower_hex = hex.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    (lower_hex && !target.is_empty()).then_some(target)
}

fn is_temp_name_for(name: &OsStr, file_name: &OsStr) -> bool {
    temp_target(name) == Some(file_name.as_encoded_bytes())
}

/// Removes what interrupted writes to `path` left next to it (a process killed mid-write, a
/// power cut): its temporary files, each holding a whole or partial private key, that no live
/// process is writing. A writer holds a lock on its temporary file until it is done, and the
/// system drops the lock when the writer dies, so a file whose lock can be taken is one nobody
/// will finish. Only files of exactly that name pattern, owned by the user running this, are
/// touched. Every write does this for its own file.
pub fn remove_interrupted_writes(path: &Path) {
    let (Some(file_name), Some(dir)) = (path.file_name(), path.parent()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    remove_abandoned(dir, |name| is_temp_name_for(name, file_name));
}

/// [`remove_interrupted_writes`] for every profile (`.ovpn`) and hand-over bundle (`.zip`) in
/// `dir`, in one pass: what a job rerun over a directory calls first, since the files it finds
/// already in place are not written again.
pub fn remove_interrupted_writes_in(dir: &Path) {
    remove_abandoned(dir, |name| {
        temp_target(name).is_some_and(|t| t.ends_with(b".ovpn") || t.ends_with(b".zip"))
    });
}

fn remove_abandoned(dir: &Path, is_candidate: impl Fn(&OsStr) -> bool) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if !is_candidate(&entry.file_name()) {
            continue;
        }
        let path = entry.path();
        let Ok(meta) = path.symlink_metadata() else {
            continue;
        };
        if !meta.is_file() || !owned_by_us(&meta) || IN_FLIGHT.contains(&path) {
            continue;
        }
        // Being written when the lock is held elsewhere; the lock taken here goes with the
        // file.
        let abandoned = fs::File::open(&path).is_ok_and(|f| f.try_lock().is_ok());
        if abandoned && fs::remove_file(&path).is_ok() {
            log::info!(
                "removed {}, left behind by an interrupted write",
                path.display()
            );
        }
    }
}

/// Whether the file is this process's user's: another user's files are theirs to clean.
#[cfg(unix)]
fn owned_by_us(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    static UID: std::sync::OnceLock<Option<u32>> = std::sync::OnceLock::new();
    // The effective user, without an unsafe call: the owner of `/proc/self` on Linux, else of
    // a file this process creates.
    let uid = UID.get_or_init(|| {
        fs::metadata("/proc/self")
            .map(|m| m.uid())
            .ok()
            .or_else(|| {
                let probe = std::env::temp_dir()
                    .join(format!(".vpncert-uid-{}", uuid::Uuid::new_v4().simple()));
                let uid = create_private(&probe)
                    .and_then(|f| f.metadata())
                    .map(|m| m.uid())
                    .ok();
                let _ = fs::remove_file(&probe);
                uid
            })
    });
    uid.is_some_and(|u| u == meta.uid())
}

#[cfg(not(unix))]
fn owned_by_us(_: &fs::Metadata) -> bool {
    true
}

/// Atomically writes `contents` to `path`, readable by the owner only. Unless `overwrite`, an
/// existing file (a dangling symlink included) is an [`Error::Io`] of kind `AlreadyExists` and is
/// never replaced, even when it appears while the write is under way.
///
/// The profile goes to `.NAME.<32 hex digits>.tmp` next to `path` first. Such files of earlier
/// writes to the same `path` that were interrupted are removed
/// ([`remove_interrupted_writes`]); [`remove_temp_files`] removes the ones of this process on a
/// signal.
pub fn write_private_file(path: &Path, contents: &[u8], overwrite: bool) -> Result<(), Error> {
    let file_name = path.file_name().ok_or_else(|| {
        Error::invalid("path", format!("{} does not name a file", path.display()))
    })?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !overwrite && path.symlink_metadata().is_ok() {
        return Err(exists(path));
    }
    let tmp = dir.join(temp_name(file_name));
    let result = (|| {
        let mut f = IN_FLIGHT.create(&tmp).map_err(|e| Error::io(path, &e))?;
        remove_interrupted_writes(path);
        f.write_all(contents).map_err(|e| Error::io(path, &e))?;
        f.sync_all().map_err(|e| Error::io(path, &e))?;
        drop(f);
        if overwrite {
            fs::rename(&tmp, path).map_err(|e| Error::io(path, &e))
        } else {
            link_into_place(&tmp, path, contents, |from, to| fs::hard_link(from, to))
        }
    })();
    let _ = fs::remove_file(&tmp);
    IN_FLIGHT.release(&tmp);
    result?;
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Creates the new file `path` (never opening an existing one), mode 0600.
fn create_private(path: &Path) -> io::Result<fs::File> {
    let mut opts = fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let file = opts.open(path)?;
    // The umask may have taken bits away, even the owner's read bit.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Err(e) = file.set_permissions(fs::Permissions::from_mode(0o600)) {
            let _ = fs::remove_file(path);
            return Err(e);
        }
    }
    Ok(file)
}

/// Puts the finished temporary file `tmp` at `path` unless a file is there. A hard link fails
/// when the target exists, so no file that appeared meanwhile is replaced, which a rename would
/// do. Where hard links are not supported, `contents` is written to a newly created `path`
/// instead: never a replacement either, though readers may see the file half written.
fn link_into_place(
    tmp: &Path,
    path: &Path,
    contents: &[u8],
    link: impl FnOnce(&Path, &Path) -> io::Result<()>,
) -> Result<(), Error> {
    match link(tmp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(exists(path)),
        Err(e) if hard_links_unsupported(&e) => {
            log::debug!(
                "{}: no hard links here ({e}); writing the file in place",
                path.display()
            );
            write_new_file(path, contents)
        }
        Err(e) => Err(Error::io(path, &e)),
    }
}

/// Whether a failed hard link means the file system has none: Linux answers EPERM on FAT and
/// exFAT, others EOPNOTSUPP; Windows ERROR_INVALID_FUNCTION or ERROR_NOT_SUPPORTED.
fn hard_links_unsupported(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::Unsupported
    ) || (cfg!(windows) && matches!(e.raw_os_error(), Some(1 | 50)))
}

/// Writes `contents` to the new file `path`, mode 0600; an existing file is `AlreadyExists`.
/// A failed write removes what it created.
fn write_new_file(path: &Path, contents: &[u8]) -> Result<(), Error> {
    let mut f = IN_FLIGHT.create(path).map_err(|e| match e.kind() {
        io::ErrorKind::AlreadyExists => exists(path),
        _ => Error::io(path, &e),
    })?;
    let written = f.write_all(contents).and_then(|()| f.sync_all());
    if written.is_err() && is_same_file(&f, path) {
        let _ = fs::remove_file(path);
    }
    IN_FLIGHT.release(path);
    written.map_err(|e| Error::io(path, &e))
}

/// Whether `path` still names the file `f` is open on (not one put there since).
#[cfg(unix)]
fn is_same_file(f: &fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (f.metadata(), path.symlink_metadata()) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn is_same_file(_: &fs::File, path: &Path) -> bool {
    path.symlink_metadata().is_ok_and(|m| m.is_file())
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
            ssl_vpn_server_id: "vss-1".into(),
            name: "alice".into(),
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
        let owner = "# vpncert: {\"name\":\"alice\",\"ssl_vpn_server_id\":\"vss-1\",\"ssl_vpn_client_cert_id\":\"vsc-1\"}\n";
        assert_eq!(bundle(cfg).to_ovpn().unwrap(), format!("{owner}{cfg}"));
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
            "cipher AES-256-CBC\n\
             ignore-unknown-option data-ciphers data-ciphers-fallback\n\
             data-ciphers AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305:AES-256-CBC\n\
             data-ciphers-fallback AES-256-CBC\n",
            "comp-lzo\n",
            "<key>\n",
        ] {
            assert!(p.contains(want), "{want:?} missing from {p}");
        }
    }

    #[test]
    fn the_services_cipher_line_is_followed_by_what_openvpn_2_6_negotiates() {
        let negotiation = "cipher AES-128-CBC\n\
                           ignore-unknown-option data-ciphers data-ciphers-fallback\n\
                           data-ciphers AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305:AES-128-CBC\n\
                           data-ciphers-fallback AES-128-CBC\n";
        let b = bundle("client\nremote 1.2.3.4 1194\ncipher AES-128-CBC\nverb 3\n");
        for p in [b.to_ovpn().unwrap(), b.to_ovpn_with_files().unwrap()] {
            assert!(
                p.contains(&format!("remote 1.2.3.4 1194\n{negotiation}verb 3\n")),
                "{p}"
            );
            assert_eq!(
                p.lines().filter(|l| l.starts_with("data-ciphers ")).count(),
                1,
                "{p}"
            );
        }
        // A cipher OpenVPN negotiates anyway is not listed twice.
        let p = bundle("client\ncipher AES-256-GCM\n").to_ovpn().unwrap();
        assert!(
            p.contains("data-ciphers AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305\ndata-ciphers-fallback AES-256-GCM\n"),
            "{p}"
        );
        // A profile that says how to negotiate is left alone.
        for own in [
            "data-ciphers AES-128-CBC",
            "ncp-ciphers AES-128-CBC",
            "--data-ciphers-fallback AES-128-CBC",
        ] {
            let p = bundle(&format!("client\ncipher AES-128-CBC\n{own}\n"))
                .to_ovpn()
                .unwrap();
            assert!(!p.contains("ignore-unknown-option"), "{p}");
        }
        // Without a cipher line, the server's cipher when it is known.
        let mut b = bundle("client\nremote 1.2.3.4 1194\n");
        assert!(!b.to_ovpn().unwrap().contains("cipher"));
        b.server = Some(SslVpnServer {
            cipher: "AES-192-CBC".into(),
            ..Default::default()
        });
        let p = b.to_ovpn().unwrap();
        assert!(p.contains("cipher AES-192-CBC\nignore-unknown-option data-ciphers data-ciphers-fallback\ndata-ciphers AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305:AES-192-CBC\n"), "{p}");
        // Something that is not a cipher name is not copied into new lines.
        let p = bundle("client\ncipher 'AES 128'\n").to_ovpn().unwrap();
        assert!(!p.contains("data-ciphers"), "{p}");
    }

    fn refusal(r: Result<String, Error>) -> (String, String) {
        match r {
            Err(Error::InvalidInput { parameter, reason }) => (parameter, reason),
            other => panic!("expected InvalidInput, got {other:?}"),
        }
    }

    #[test]
    fn directives_that_run_or_load_code_are_refused_however_written() {
        let hostile = [
            ("up /tmp/x.sh", "up"),
            ("down /tmp/x.sh", "down"),
            ("route-up /tmp/x.sh", "route-up"),
            ("route-pre-down /tmp/x.sh", "route-pre-down"),
            ("ipchange /tmp/x.sh", "ipchange"),
            ("tls-verify /tmp/x.sh", "tls-verify"),
            (
                "auth-user-pass-verify /tmp/x.sh via-env",
                "auth-user-pass-verify",
            ),
            ("learn-address /tmp/x.sh", "learn-address"),
            ("client-connect /tmp/x.sh", "client-connect"),
            ("client-disconnect /tmp/x.sh", "client-disconnect"),
            ("plugin /tmp/evil.so", "plugin"),
            ("script-security 2", "script-security"),
            ("script-security 3", "script-security"),
            ("script-security", "script-security"),
            ("iproute /tmp/ip", "iproute"),
            ("tls-export-cert /tmp", "tls-export-cert"),
            ("engine dynamic", "engine"),
            ("providers legacy", "providers"),
            ("win-sys C:\\evil", "win-sys"),
            ("log /home/user/.bashrc", "log"),
            ("status /home/user/.profile", "status"),
            ("config /tmp/more.conf", "config"),
            ("management 0.0.0.0 7505", "management"),
            ("management-client", "management-client"),
            ("auth-user-pass /home/user/.ssh/id_rsa", "auth-user-pass"),
            ("http-proxy proxy.example 8080 /etc/shadow", "http-proxy"),
            ("--up /tmp/x.sh", "up"),
            ("   \tup /tmp/x.sh", "up"),
            ("\"up\" /tmp/x.sh", "up"),
            ("'up' /tmp/x.sh", "up"),
            ("u\\p /tmp/x.sh", "up"),
            ("UP /tmp/x.sh", "up"),
            ("setenv opt up /tmp/x.sh", "up"),
            ("setenv opt --plugin /tmp/evil.so", "plugin"),
            (
                "<connection>\nremote 1.2.3.4 1194\nup /tmp/x.sh\n</connection>",
                "up",
            ),
            ("<up>\n/tmp/x.sh\n</up>", "up"),
            ("<ca>\nX\n</CA>\nup /tmp/x.sh", "up"),
        ];
        for (line, directive) in hostile {
            let config = format!("client\ndev tun\n{line}\nverb 3\n");
            let (parameter, reason) = refusal(bundle(&config).to_ovpn());
            assert_eq!(parameter, "ClientConfig", "{line}");
            assert!(
                reason.contains(&format!("`{directive}`")) && reason.contains("line "),
                "{line}: {reason}"
            );
        }
        let (_, reason) = refusal(bundle("client\n\n# ok\nup /x\n").to_ovpn());
        assert!(reason.contains("line 4 "), "{reason}");
    }

    #[test]
    fn ordinary_service_profiles_pass() {
        for config in [
            "client\ndev tun\nproto udp\nremote 47.1.2.3 1194\nresolv-retry infinite\nnobind\n\
             persist-key\npersist-tun\nca ca.crt\ncert client.crt\nkey client.key\nkeepalive 10 60\n\
             comp-lzo\ncipher AES-128-CBC\nverb 3\nauth-nocache\n",
            "client\r\nremote vpn.example.com 443\r\nproto tcp\r\nverb 3\r\n",
            "client\nauth-user-pass\nscript-security 1\nsetenv CLIENT_CERT 0\n# up /not/a/directive\n; down x\n",
            "client\n<connection>\nremote 1.2.3.4 1194 udp\n</connection>\n<connection>\nremote 1.2.3.5 443 tcp\n</connection>\n",
            "client\nhttp-proxy proxy.example 8080 auto\n<tls-auth>\nup\ndown\n</tls-auth>\n",
        ] {
            let p = bundle(config).to_ovpn();
            assert!(p.is_ok(), "{config}: {p:?}");
        }
    }

    #[test]
    fn control_characters_and_overlong_lines_are_refused() {
        for (config, what) in [
            ("client\nverb 3\0\n", "U+0000"),
            ("client\rup /tmp/x.sh\n", "U+000D"),
            ("client\n\u{1b}[2Jverb 3\n", "U+001B"),
            ("client\n\u{85}verb 3\n", "U+0085"),
        ] {
            let (parameter, reason) = refusal(bundle(config).to_ovpn());
            assert_eq!(parameter, "ClientConfig");
            assert!(reason.contains(what), "{reason}");
        }
        let long = format!("client\n# {}up /tmp/x.sh\n", "a".repeat(252));
        let (parameter, reason) = refusal(bundle(&long).to_ovpn());
        assert_eq!(parameter, "ClientConfig");
        assert!(reason.contains("line 2"), "{reason}");
        assert!(
            bundle("client\n\tverb 3\n").to_ovpn().is_ok(),
            "a tab is fine"
        );
    }

    #[test]
    fn pems_cannot_leave_their_blocks() {
        let mut b = bundle("client\n");
        b.ca_cert = "-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n</ca>\nup /tmp/x.sh\n<ca>\n".into();
        assert_eq!(refusal(b.to_ovpn()).0, "CaCert");
        let mut b = bundle("client\n");
        b.client_key = "-----BEGIN PRIVATE KEY-----\nSECRET\n-----END PRIVATE KEY-----\n  </key>\nplugin /x.so\n".into();
        let (parameter, reason) = refusal(b.to_ovpn());
        assert_eq!(parameter, "ClientKey");
        assert!(
            !reason.contains("SECRET"),
            "the key stays out of the error: {reason}"
        );
        let mut b = bundle("client\n");
        b.client_cert =
            "-----BEGIN CERTIFICATE-----\nCLIENT\n-----END CERTIFICATE-----\r\rup x".into();
        assert_eq!(refusal(b.to_ovpn()).0, "ClientCert");
    }

    #[test]
    fn server_settings_are_checked_before_they_go_into_a_profile() {
        let good = SslVpnServer {
            internet_ip: "47.1.2.3".into(),
            proto: "UDP".into(),
            port: 1194,
            cipher: "AES-128-CBC".into(),
            ..Default::default()
        };
        type Change = fn(&mut SslVpnServer);
        let with = |f: &dyn Fn(&mut SslVpnServer)| {
            let mut b = bundle("");
            let mut server = good.clone();
            f(&mut server);
            b.server = Some(server);
            b.to_ovpn()
        };
        assert!(with(&|_| {}).is_ok());
        for ok in [
            "vpn.example.com",
            "2001:db8::1",
            "vpn-1.cn-hangzhou.example.",
            "10.0.0.1",
        ] {
            assert!(with(&|s| s.internet_ip = ok.into()).is_ok(), "{ok}");
        }
        for (cipher, fine) in [
            ("none", true),
            ("AES-256-CBC", true),
            ("aes-192-cbc", true),
            ("", true),
            ("AES-256-CBC up", false),
            ("x;y", false),
        ] {
            assert_eq!(
                with(&|s| s.cipher = cipher.into()).is_ok(),
                fine,
                "{cipher}"
            );
        }
        let cases: [(&str, Change); 8] = [
            ("InternetIp", |s| {
                s.internet_ip = "47.1.2.3 1194\nup /tmp/x.sh\nremote 47.1.2.3".into()
            }),
            ("InternetIp", |s| s.internet_ip = "-bad.example".into()),
            ("InternetIp", |s| s.internet_ip = "a b".into()),
            ("InternetIp", |s| s.internet_ip = String::new()),
            ("Proto", |s| s.proto = "udp\nscript-security 2".into()),
            ("Proto", |s| s.proto = "sctp".into()),
            ("Cipher", |s| s.cipher = "AES-256-CBC\nup /tmp/x.sh".into()),
            ("Port", |s| s.port = 70000),
        ];
        for (parameter, change) in cases {
            let (got, reason) = refusal(with(&change));
            assert_eq!(got, parameter, "{reason}");
            assert!(!reason.contains('\n'), "{reason}");
        }
    }

    #[test]
    fn every_profile_names_its_owner_on_its_first_line() {
        let mut b = bundle("client\n");
        b.name = "Jane \"JD\" Doe\n# up /x".into();
        let profile = b.to_ovpn().unwrap();
        let first = profile.lines().next().unwrap();
        assert!(first.starts_with("# vpncert: {"), "{first}");
        let owner = profile_owner(&profile).unwrap();
        assert_eq!(
            (
                owner.name.as_str(),
                owner.ssl_vpn_server_id.as_str(),
                owner.ssl_vpn_client_cert_id.as_str()
            ),
            ("Jane \"JD\" Doe\n# up /x", "vss-1", "vsc-1")
        );
        assert!(owner.is_for("vss-1", &b.name));
        assert!(!owner.is_for("vss-1", "Jane_Doe"));
        assert!(!owner.is_for("vss-2", &b.name));
        assert_eq!(profile.lines().nth(1), Some("client"));

        for not_ours in [
            "client\n",
            "# vpncert: not json\n",
            "# vpncert: {\"name\":\"a\"}\n",
            "client\n# vpncert: {\"name\":\"a\",\"ssl_vpn_server_id\":\"s\",\"ssl_vpn_client_cert_id\":\"c\"}\n",
        ] {
            assert_eq!(profile_owner(not_ours), None, "{not_ours}");
        }
    }

    #[test]
    fn a_long_name_is_cut_short_on_the_owner_line_but_compared_whole() {
        let mut b = bundle("client\n");
        b.name = "证".repeat(99) + "A";
        let profile = b.to_ovpn().unwrap();
        let first = profile.lines().next().unwrap();
        assert!(first.len() <= MAX_LINE_BYTES, "{}", first.len());
        let owner = profile_owner(&profile).unwrap();
        assert!(
            owner.name.ends_with('…') && owner.name.starts_with("证证"),
            "{}",
            owner.name
        );
        assert!(owner.is_for("vss-1", &b.name));
        assert!(!owner.is_for("vss-1", &("证".repeat(99) + "B")));
        assert!(!owner.is_for("vss-1", &owner.name));
        assert!(
            check_client_config(&profile).is_ok(),
            "the line is a plain comment"
        );
    }

    #[test]
    fn the_owner_is_read_from_files_only() {
        let dir = scratch_dir();
        let path = dir.join("alice.ovpn");
        assert_eq!(read_profile_owner(&path), None);
        bundle("client\n").write_ovpn(&path, false).unwrap();
        let owner = read_profile_owner(&path).unwrap();
        assert!(owner.is_for("vss-1", "alice"));
        assert_eq!(owner.ssl_vpn_client_cert_id, "vsc-1");
        assert_eq!(read_profile_owner(&dir), None, "a directory has no owner");
        fs::write(dir.join("hand.ovpn"), "client\nremote h 1\n").unwrap();
        assert_eq!(read_profile_owner(dir.join("hand.ovpn")), None);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn missing_key_is_an_error_naming_it() {
        let mut b = bundle("client\n");
        b.client_key = crate::Secret::default();
        assert!(
            matches!(b.to_ovpn(), Err(Error::InvalidInput { ref parameter, .. }) if parameter == "ClientKey")
        );
    }

    #[test]
    fn words_split_like_openvpn() {
        assert_eq!(*words("  up /bin/sh  "), ["up", "/bin/sh"]);
        assert_eq!(*words("\"up\" 'a b' c\\ d"), ["up", "a b", "c d"]);
        assert_eq!(*words("u\\p x"), ["up", "x"]);
        assert_eq!(*words("\tverb 3 # comment"), ["verb", "3"]);
        assert_eq!(*words("# up x"), Vec::<String>::new());
        assert_eq!(*words(";up x"), Vec::<String>::new());
        assert_eq!(*words("up \"/bin/sh"), ["up", "/bin/sh"]);
        assert_eq!(*words("'it\\s'"), ["it\\s"]);
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

    fn scratch_dir() -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("vpncert-profile-{}", uuid::Uuid::new_v4().simple()));
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn without_hard_links_a_file_that_appeared_meanwhile_is_not_replaced() {
        let dir = scratch_dir();
        let tmp = dir.join(".a.ovpn.tmp");
        fs::write(&tmp, "NEW").unwrap();
        let path = dir.join("a.ovpn");
        let e = link_into_place(&tmp, &path, b"NEW", |_, to| {
            fs::write(to, "SOMEONE ELSE'S").unwrap();
            Err(io::Error::from(io::ErrorKind::Unsupported))
        })
        .unwrap_err();
        assert!(
            matches!(
                e,
                Error::Io {
                    kind: io::ErrorKind::AlreadyExists,
                    ..
                }
            ),
            "{e:?}"
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), "SOMEONE ELSE'S");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn without_hard_links_the_file_is_written_in_place_privately() {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch_dir();
        let tmp = dir.join(".a.ovpn.tmp");
        fs::write(&tmp, "NEW").unwrap();
        let path = dir.join("a.ovpn");
        link_into_place(&tmp, &path, b"NEW", |_, _| {
            Err(io::Error::from(io::ErrorKind::PermissionDenied))
        })
        .unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "NEW");
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );

        let other = dir.join("b.ovpn");
        let e = link_into_place(&tmp, &other, b"NEW", |_, _| {
            Err(io::Error::from(io::ErrorKind::NotFound))
        })
        .unwrap_err();
        assert!(
            matches!(
                e,
                Error::Io {
                    kind: io::ErrorKind::NotFound,
                    ..
                }
            ),
            "{e:?}"
        );
        assert!(!other.exists(), "any other failure writes nothing");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_dangling_symlink_counts_as_an_existing_file() {
        let dir = scratch_dir();
        let path = dir.join("a.ovpn");
        std::os::unix::fs::symlink(dir.join("nowhere"), &path).unwrap();
        let e = write_private_file(&path, b"x", false).unwrap_err();
        assert!(
            matches!(
                e,
                Error::Io {
                    kind: io::ErrorKind::AlreadyExists,
                    ..
                }
            ),
            "{e:?}"
        );
        assert!(
            !dir.join("nowhere").exists(),
            "nothing written through the link"
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_interrupted_writes_temp_file_is_removed_by_the_next_write_to_that_file() {
        let dir = scratch_dir();
        let file = |name: &str| {
            let path = dir.join(name);
            fs::File::create(&path).unwrap();
            path
        };
        let hex = "0123456789abcdef0123456789abcdef";
        // Nobody holds its lock: its writer died (however recently).
        let left_behind = file(&format!(".alice.ovpn.{hex}.tmp"));
        // A live writer holds the lock of its temporary file.
        let being_written = file(&format!(".alice.ovpn.{}.tmp", "f".repeat(32)));
        let writer = fs::File::open(&being_written).unwrap();
        writer.lock().unwrap();
        let kept = [
            being_written.clone(),
            file(&format!(".bob.ovpn.{hex}.tmp")),
            file(&format!(".alice.ovpn.{}.tmp", hex.to_uppercase())),
            file(&format!(".alice.ovpn.{hex}0.tmp")),
            file(&format!("alice.ovpn.{hex}.tmp")),
            file(&format!(".alice.ovpn.{hex}.tmp.bak")),
            file(&format!(".xalice.ovpn.{hex}.tmp")),
        ];
        bundle("client\n")
            .write_ovpn(dir.join("alice.ovpn"), false)
            .unwrap();
        assert!(
            !left_behind.exists(),
            "the abandoned temporary file was removed"
        );
        for k in &kept {
            assert!(k.exists(), "{} was kept", k.display());
        }
        // Once its writer is gone, a rerun that finds the profile in place cleans up too; only
        // the temporary files of profiles and bundles.
        drop(writer);
        let zip_tmp = file(&format!(".bob.zip.{hex}.tmp"));
        let other_tmp = file(&format!(".notes.txt.{hex}.tmp"));
        remove_interrupted_writes_in(&dir);
        assert!(!being_written.exists() && !zip_tmp.exists());
        assert!(!kept[1].exists(), "bob.ovpn's too");
        assert!(other_tmp.exists() && kept[2].exists() && kept[5].exists());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_temporary_file_being_written_holds_its_lock() {
        let dir = scratch_dir();
        let files = InFlight::new();
        let tmp = dir.join(format!(".a.ovpn.{}.tmp", "a".repeat(32)));
        let f = files.create(&tmp).unwrap();
        let other = fs::File::open(&tmp).unwrap();
        assert!(other.try_lock().is_err(), "locked while written");
        drop(f);
        assert!(other.try_lock().is_ok(), "free once closed");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn removing_in_flight_files_removes_them_and_refuses_new_ones() {
        let dir = scratch_dir();
        let files = InFlight::new();
        let first = dir.join(".a.ovpn.1.tmp");
        let mut f = files.create(&first).unwrap();
        f.write_all(b"KEY").unwrap();
        let done = dir.join(".b.ovpn.2.tmp");
        drop(files.create(&done).unwrap());
        files.release(&done);
        assert!(files.contains(&first) && !files.contains(&done));

        files.remove_all();
        assert!(!first.exists(), "the file being written is gone");
        assert!(done.exists(), "a released file is not ours to remove");
        let later = dir.join(".c.ovpn.3.tmp");
        let e = files.create(&later).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::Interrupted);
        assert!(!later.exists(), "no file is started after an interruption");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_finished_write_leaves_nothing_registered() {
        let dir = scratch_dir();
        let path = dir.join("a.ovpn");
        bundle("client\n").write_ovpn(&path, false).unwrap();
        let e = bundle("client\n").write_ovpn(&path, false).unwrap_err();
        assert!(matches!(
            e,
            Error::Io {
                kind: io::ErrorKind::AlreadyExists,
                ..
            }
        ));
        let registered = IN_FLIGHT.lock().paths.clone();
        assert!(
            registered.iter().all(|p| !p.starts_with(&dir)),
            "{registered:?}"
        );
        fs::remove_dir_all(&dir).unwrap();
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
