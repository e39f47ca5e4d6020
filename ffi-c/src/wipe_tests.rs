//! The bundle handle holds its private key once and wipes it: this test binary's allocator
//! looks into every block it frees for a marker that only the test's key contains, and counts
//! the blocks that still held one (as `core/tests/wipe.rs` does for the core).

use std::alloc::{GlobalAlloc, Layout, System};
use std::ffi::{c_char, CStr};
use std::sync::atomic::{AtomicUsize, Ordering};

use vpncert::{Secret, SslVpnClientCertBundle};

use crate::generated::records::{
    vpncert_bundle, vpncert_bundle_client_config, vpncert_bundle_client_key, vpncert_bundle_free,
};
use crate::status::vpncert_status;

const MARKER: &[u8] = b"c-wipe-check-90c4d2";

static FOUND: AtomicUsize = AtomicUsize::new(0);

/// The tests share the counter: one at a time.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

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

fn holds_marker(p: *const c_char) -> bool {
    // SAFETY: `p` is a NUL-terminated string of a live handle or of the caller.
    let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
    bytes.windows(MARKER.len()).any(|w| w == MARKER)
}

/// A bundle whose key (and the profile carrying it inline) hold the marker, built without
/// leaving copies.
fn bundle() -> SslVpnClientCertBundle {
    let marker = std::str::from_utf8(MARKER).unwrap();
    let (begin, end) = (
        "-----BEGIN PRIVATE KEY-----\n",
        "\n-----END PRIVATE KEY-----\n",
    );
    let mut key = String::with_capacity(begin.len() + marker.len() + end.len());
    key.push_str(begin);
    key.push_str(marker);
    key.push_str(end);
    let mut config = String::with_capacity(64 + key.len());
    config.push_str("client\ndev tun\nremote 127.0.0.1 1194\n<key>\n");
    config.push_str(&key);
    config.push_str("</key>\n");
    let mut b = SslVpnClientCertBundle::default();
    b.ssl_vpn_client_cert_id = "vsc-wipe".into();
    b.ssl_vpn_server_id = "vss-w".into();
    b.name = "alice".into();
    b.ca_cert = "-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n".into();
    b.client_cert = "-----BEGIN CERTIFICATE-----\nC\n-----END CERTIFICATE-----\n".into();
    b.client_key = Secret::new(key);
    b.client_config = Secret::new(config);
    b
}

#[test]
fn the_bundle_handle_holds_its_key_once_and_wipes_it_when_freed() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let before = FOUND.load(Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("vpncert-c-wipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = std::ffi::CString::new(dir.join("alice.ovpn").to_str().unwrap()).unwrap();
    let h = Box::into_raw(Box::new(vpncert_bundle::from(bundle())));
    // SAFETY: `h` is a live handle until `vpncert_bundle_free` below; the out-parameters are
    // writable; the strings handed over are freed with `vpncert_string_free`.
    unsafe {
        // The accessor hands out the handle's one copy: the same pointer every time, no copy
        // made per call.
        let key = vpncert_bundle_client_key(h);
        assert_eq!(key, vpncert_bundle_client_key(h));
        assert_eq!(key, (*h).client_key.as_ptr());
        assert!(holds_marker(key));
        assert!(holds_marker(vpncert_bundle_client_config(h)));
        assert_eq!(
            FOUND.load(Ordering::SeqCst),
            before,
            "turning the core record into the handle left no copy of the key"
        );

        let mut profile: *mut c_char = std::ptr::null_mut();
        let status = crate::describe::vpncert_bundle_to_ovpn(h, &mut profile, std::ptr::null_mut());
        assert_eq!(status, vpncert_status::VPNCERT_OK);
        assert!(holds_marker(profile));
        crate::misc::vpncert_string_free(profile);

        let status = crate::describe::vpncert_bundle_write_ovpn(
            h,
            path.as_ptr(),
            false,
            std::ptr::null_mut(),
        );
        assert_eq!(status, vpncert_status::VPNCERT_OK);

        vpncert_bundle_free(h);
    }
    let written = std::fs::read(dir.join("alice.ovpn")).unwrap();
    assert!(written.windows(MARKER.len()).any(|w| w == MARKER));
    zeroize::Zeroize::zeroize(&mut { written });
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        FOUND.load(Ordering::SeqCst) - before,
        0,
        "no freed block held the key"
    );
}

#[test]
fn the_detector_sees_an_unwiped_copy() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let before = FOUND.load(Ordering::SeqCst);
    let mut s = String::with_capacity(MARKER.len());
    s.push_str(std::str::from_utf8(MARKER).unwrap());
    drop(s);
    assert!(FOUND.load(Ordering::SeqCst) > before);
}
