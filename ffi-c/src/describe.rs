//! `DescribeSslVpnClientCert` and `vpncert_bundle`: a certificate with its CA, key and profile.

use std::ffi::c_char;

use crate::args::{handle, into_handle, out_arg, owned_string, path_arg, str_arg, write_out};
use crate::client::vpncert_client;
use crate::error::vpncert_error;
use crate::generated::records::vpncert_bundle;
use crate::status::vpncert_status;

/// Fetches certificate `ssl_vpn_client_cert_id` with its CA, certificate, private key and OpenVPN
/// profile.
///
/// Every "not found" answer of the API (and a 200 about another certificate) is
/// `VPNCERT_CERT_NOT_FOUND`.
/// Ownership: on success `*out` receives a `vpncert_bundle` the caller frees with
/// `vpncert_bundle_free`; on failure `*err` (when `err` is not NULL) receives a `vpncert_error`.
/// `*out` is written only on success, `*err` only on failure.
/// NULL: `c`, `ssl_vpn_client_cert_id` and `out` are required; `err` may be NULL.
/// Thread safety: any number of threads may call this on one client at once.
///
/// # Safety
/// `c` is NULL or a live client; `ssl_vpn_client_cert_id` is NULL or NUL-terminated; `out` and
/// `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_describe_ssl_vpn_client_cert(
    c: *const vpncert_client,
    ssl_vpn_client_cert_id: *const c_char,
    out: *mut *mut vpncert_bundle,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract (pointers NULL or valid, strings NUL-terminated).
        let (c, id) = unsafe {
            (
                handle(c, "c")?,
                str_arg(ssl_vpn_client_cert_id, "ssl_vpn_client_cert_id")?,
            )
        };
        out_arg(out, "out")?;
        let bundle = c.client.describe_ssl_vpn_client_cert(id)?;
        // SAFETY: `out` was checked above and is writable by the caller's contract.
        unsafe { write_out(out, into_handle(vpncert_bundle::from(bundle))) };
        Ok(())
    })
}

/// A complete OpenVPN profile with the CA, certificate and key inline, ready for
/// `openvpn --config`.
///
/// Built from the service's profile (file references replaced by inline blocks) or, for a bundle
/// from `vpncert_issue_client_cert` whose service sent none, from the SSL-VPN server's address,
/// port, protocol and cipher. A bundle with neither is `VPNCERT_INVALID_ARGUMENT`.
/// Ownership: on success `*out` receives a new string (it contains the private key) that the
/// caller frees with `vpncert_string_free`, which also overwrites it. `*out` is written only on
/// success, `*err` only on failure.
/// NULL: `b` and `out` are required; `err` may be NULL. Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_to_ovpn(
    b: *const vpncert_bundle,
    out: *mut *mut c_char,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract.
        let b = unsafe { handle(b, "b") }?;
        out_arg(out, "out")?;
        let mut profile = b.record().to_ovpn()?;
        let s = owned_string(&profile);
        // The Rust copy holds the private key too; only the caller's copy may outlive this call.
        zeroize::Zeroize::zeroize(&mut profile);
        // SAFETY: `out` was checked above and is writable by the caller's contract.
        unsafe { write_out(out, s) };
        Ok(())
    })
}

/// Writes the profile of `vpncert_bundle_to_ovpn` to the file `path`, readable by its owner only
/// (mode 0600 on Unix), atomically: readers never see half a file.
///
/// An existing file is `VPNCERT_IO` unless `overwrite` is true, and is then left untouched. On
/// Unix `path` is taken as bytes (any encoding); elsewhere it must be UTF-8. `*err` is written only
/// on failure.
/// NULL: `b` and `path` are required; `err` may be NULL. Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle; `path` is NULL or NUL-terminated; `err` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_write_ovpn(
    b: *const vpncert_bundle,
    path: *const c_char,
    overwrite: bool,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract.
        let (b, path) = unsafe { (handle(b, "b")?, path_arg(path, "path")?) };
        b.record().write_ovpn(path, overwrite)?;
        Ok(())
    })
}
