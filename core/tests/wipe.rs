//! Secrets are wiped before their memory goes back to the allocator.
//!
//! This test binary's allocator looks into every block it frees for a marker that only the
//! secret values of these tests contain, and counts the blocks that still held one. Each test
//! builds its secret without leaving copies of its own (no reallocation, no temporary strings),
//! then checks that a plain `String` is caught (the detector works) and that what vpncert holds
//! — a `Secret` and its clones, a certificate bundle decoded from JSON, cloned, shown and
//! written as a profile, the credentials read from the INI file and the aliyun CLI's config —
//! is not.
//!
//! Out of reach (not vpncert's memory): the HTTP library's connection buffers and the JSON
//! parser's scratch buffer for strings with escapes (a PEM's `\n`), both freed as they are.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use vpncert::{Secret, SslVpnClientCertBundle};

const MARKER: &[u8] = b"wipe-check-5b1f6e0d";

/// Freed blocks that still held [`MARKER`].
static FOUND: AtomicUsize = AtomicUsize::new(0);

struct Scanning;

// SAFETY: every call is passed to `System` unchanged; `dealloc` only reads the block first,
// which is still allocated and `layout.size()` bytes long at that point.
unsafe impl GlobalAlloc for Scanning {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` is a live block of `layout.size()` bytes until `System.dealloc`.
        let block = unsafe { std::slice::from_raw_parts(ptr, layout.size()) };
        if block.windows(MARKER.len()).any(|w| w == MARKER) {
            FOUND.fetch_add(1, Ordering::Relaxed);
        }
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Scanning = Scanning;

/// The tests share the counter: one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

/// How many freed blocks held the marker while `f` ran.
fn freed_with_marker(f: impl FnOnce()) -> usize {
    let before = FOUND.load(Ordering::SeqCst);
    f();
    FOUND.load(Ordering::SeqCst) - before
}

/// `prefix` + marker + `suffix` in one allocation of exactly its size.
fn marked(prefix: &str, suffix: &str) -> String {
    let mut s = String::with_capacity(prefix.len() + MARKER.len() + suffix.len());
    s.push_str(prefix);
    s.push_str(std::str::from_utf8(MARKER).unwrap());
    s.push_str(suffix);
    s
}

#[test]
fn a_plain_string_is_caught_and_a_secret_and_its_clones_are_wiped() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    assert!(
        freed_with_marker(|| drop(marked("plain ", ""))) >= 1,
        "the detector sees an unwiped string"
    );
    let n = freed_with_marker(|| {
        let secret = Secret::new(marked("secret ", ""));
        let clones = [secret.clone(), secret.clone()];
        assert!(
            clones.iter().all(|c| c.shares_memory_with(&secret)),
            "held once"
        );
        assert!(!format!("{secret:?} {secret}").contains("wipe-check"));
        drop(clones);
        drop(secret);
    });
    assert_eq!(
        n, 0,
        "a Secret's bytes are wiped when its last holder drops it"
    );
}

/// A describe answer as the service sends it, but on one line: a PEM's line breaks are JSON
/// escapes, which go through the parser's scratch buffer (see above).
fn answer() -> String {
    let key = marked("-----BEGIN PRIVATE KEY----- ", " -----END PRIVATE KEY-----");
    let mut json = String::with_capacity(2 * key.len() + 512);
    json.push_str(r#"{"RequestId":"R1","SslVpnClientCertId":"vsc-wipe","SslVpnServerId":"vss-w","#);
    json.push_str(r#""Name":"alice","Status":"normal","#);
    json.push_str(r#""CaCert":"-----BEGIN CERTIFICATE----- CA -----END CERTIFICATE-----","#);
    json.push_str(r#""ClientCert":"-----BEGIN CERTIFICATE----- C -----END CERTIFICATE-----","#);
    json.push_str(r#""ClientKey":""#);
    json.push_str(&key);
    json.push_str(r#"","ClientConfig":"client "#);
    json.push_str(&key);
    json.push_str(r#""}"#);
    zeroize::Zeroize::zeroize(&mut { key });
    json
}

#[test]
fn a_bundle_decoded_cloned_and_shown_leaves_no_copy_of_its_key() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let n = freed_with_marker(|| {
        let mut json = answer();
        let bundle: SslVpnClientCertBundle = serde_json::from_str(&json).unwrap();
        zeroize::Zeroize::zeroize(&mut json);
        assert!(bundle
            .client_key
            .expose()
            .as_bytes()
            .windows(MARKER.len())
            .any(|w| w == MARKER));
        let copy = bundle.clone();
        assert!(
            copy.client_key.shares_memory_with(&bundle.client_key),
            "held once"
        );
        assert!(copy.client_config.shares_memory_with(&bundle.client_config));
        let shown = format!("{bundle:?} {copy:#?}");
        assert!(!shown.contains("wipe-check"), "{shown}");
        drop(shown);
        drop(copy);
        drop(bundle);
    });
    assert_eq!(n, 0, "no freed block held the key");
}

#[test]
fn writing_a_profile_or_a_zip_leaves_no_copy_of_its_key() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = std::env::temp_dir().join(format!("vpncert-wipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("alice.ovpn");
    let n = freed_with_marker(|| {
        let mut b = SslVpnClientCertBundle::default();
        b.ssl_vpn_client_cert_id = "vsc-wipe".into();
        b.ssl_vpn_server_id = "vss-w".into();
        b.name = "alice".into();
        b.ca_cert = "-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n".into();
        b.client_cert = "-----BEGIN CERTIFICATE-----\nC\n-----END CERTIFICATE-----\n".into();
        b.client_key = Secret::new(marked(
            "-----BEGIN PRIVATE KEY-----\n",
            "\n-----END PRIVATE KEY-----\n",
        ));
        // The service's profile carries the key inline too, as the emulator's does.
        let mut config = String::with_capacity(256);
        config.push_str("client\ndev tun\nremote 127.0.0.1 1194\n<key>\n");
        config.push_str(b.client_key.expose());
        config.push_str("</key>\n");
        b.client_config = Secret::new(config);
        b.write_ovpn(&path, false).unwrap();
        b.write_zip(dir.join("alice.zip"), false).unwrap();
        let shown = format!("{b:?}");
        assert!(!shown.contains("wipe-check"), "{shown}");
    });
    for file in ["alice.ovpn", "alice.zip"] {
        let written = std::fs::read(dir.join(file)).unwrap();
        assert!(
            written.windows(MARKER.len()).any(|w| w == MARKER),
            "the key was written to {file}"
        );
        zeroize::Zeroize::zeroize(&mut { written });
    }
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(n, 0, "no freed block held the key");
}

#[test]
fn credentials_read_from_files_leave_no_copy_of_the_secret() {
    use vpncert::credentials::{
        ChainConfig, CliConfigProvider, CredentialsFileProvider, CredentialsProvider, Environment,
    };
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = std::env::temp_dir().join(format!("vpncert-wipe-creds-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let secret = std::str::from_utf8(MARKER).unwrap();
    let ini = dir.join("credentials");
    std::fs::write(
        &ini,
        format!("[default]\ntype = access_key\naccess_key_id = id\naccess_key_secret = {secret}\n"),
    )
    .unwrap();
    let json = dir.join("config.json");
    std::fs::write(
        &json,
        format!(
            r#"{{"current":"p","profiles":[{{"name":"p","mode":"StsToken","access_key_id":"id","access_key_secret":"s-{secret}","sts_token":"t-{secret}"}}]}}"#
        ),
    )
    .unwrap();
    let env = Environment::empty()
        .with_var("ALIBABA_CLOUD_CREDENTIALS_FILE", ini.display().to_string())
        .with_var("ALIBABA_CLOUD_CONFIG_FILE", json.display().to_string());
    let config = ChainConfig::new().environment(env);
    let n = freed_with_marker(|| {
        let from_ini = CredentialsFileProvider::new(&config).credentials().unwrap();
        assert_eq!(from_ini.access_key_secret().expose(), secret);
        let from_cli = CliConfigProvider::new(&config).credentials().unwrap();
        assert!(from_cli
            .security_token()
            .unwrap()
            .expose()
            .ends_with(secret));
    });
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(n, 0, "{n} freed block(s) still held the secret");
}
