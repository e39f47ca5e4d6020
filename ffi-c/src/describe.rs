//! `DescribeSslVpnClientCert` and `vpncert_bundle`: a certificate with its CA, key and profile.

use std::ffi::{c_char, CString};

use vpncert::SslVpnClientCertBundle;

use crate::args::{
    c_string, handle, into_handle, ms, out_arg, owned_string, path_arg, str_arg, string_field,
    take_handle, wipe, write_out, EMPTY,
};
use crate::client::vpncert_client;
use crate::error::vpncert_error;
use crate::status::vpncert_status;

/// A client certificate with everything needed to connect: CA certificate, client certificate,
/// private key and OpenVPN profile.
///
/// Made by `vpncert_describe_ssl_vpn_client_cert` or `vpncert_issue_client_cert`; owned by the
/// caller and freed with `vpncert_bundle_free`, which also overwrites the private key in memory.
/// Immutable: any number of threads may read it at once.
pub struct vpncert_bundle {
    bundle: SslVpnClientCertBundle,
    id: CString,
    name: CString,
    server_id: CString,
    region_id: CString,
    ca_cert: CString,
    client_cert: CString,
    client_key: CString,
    client_config: CString,
    status: CString,
    resource_group_id: CString,
    request_id: CString,
}

impl vpncert_bundle {
    pub(crate) fn new(bundle: SslVpnClientCertBundle) -> Self {
        vpncert_bundle {
            id: c_string(&bundle.ssl_vpn_client_cert_id),
            name: c_string(&bundle.name),
            server_id: c_string(&bundle.ssl_vpn_server_id),
            region_id: c_string(&bundle.region_id),
            ca_cert: c_string(&bundle.ca_cert),
            client_cert: c_string(&bundle.client_cert),
            client_key: c_string(&bundle.client_key),
            client_config: c_string(&bundle.client_config),
            status: c_string(bundle.status.as_str()),
            resource_group_id: c_string(&bundle.resource_group_id),
            request_id: c_string(&bundle.request_id),
            bundle,
        }
    }
}

impl Drop for vpncert_bundle {
    fn drop(&mut self) {
        use zeroize::Zeroize;
        wipe(&mut self.client_key);
        // The service's profile usually embeds the key too.
        wipe(&mut self.client_config);
        self.bundle.client_key.zeroize();
        self.bundle.client_config.zeroize();
    }
}

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
        unsafe { write_out(out, into_handle(vpncert_bundle::new(bundle))) };
        Ok(())
    })
}

/// The certificate id (`vsc-...`).
///
/// Ownership: borrowed from `b`, valid until `vpncert_bundle_free(b)`. NULL: `""` when `b` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_id(b: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(b, |b| &b.id) }
    })
}

/// The certificate name.
///
/// Ownership: borrowed from `b`, valid until `vpncert_bundle_free(b)`. NULL: `""` when `b` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_name(b: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(b, |b| &b.name) }
    })
}

/// The SSL-VPN server the certificate belongs to (`vss-...`).
///
/// Ownership: borrowed from `b`, valid until `vpncert_bundle_free(b)`. NULL: `""` when `b` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_server_id(b: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(b, |b| &b.server_id) }
    })
}

/// The region.
///
/// Ownership: borrowed from `b`, valid until `vpncert_bundle_free(b)`. NULL: `""` when `b` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_region_id(b: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(b, |b| &b.region_id) }
    })
}

/// The CA certificate (PEM).
///
/// Ownership: borrowed from `b`, valid until `vpncert_bundle_free(b)`. NULL: `""` when `b` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_ca_cert(b: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(b, |b| &b.ca_cert) }
    })
}

/// The client certificate (PEM).
///
/// Ownership: borrowed from `b`, valid until `vpncert_bundle_free(b)`. NULL: `""` when `b` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_client_cert(b: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(b, |b| &b.client_cert) }
    })
}

/// The client's private key (PEM). A secret: do not log it; `vpncert_bundle_free` overwrites it.
///
/// Ownership: borrowed from `b`, valid until `vpncert_bundle_free(b)`. NULL: `""` when `b` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_client_key(b: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(b, |b| &b.client_key) }
    })
}

/// The OpenVPN profile as the service sent it (`ClientConfig`; may be `""`). For a complete,
/// self-contained profile use `vpncert_bundle_to_ovpn`.
///
/// Ownership: borrowed from `b`, valid until `vpncert_bundle_free(b)`. NULL: `""` when `b` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_client_config(b: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(b, |b| &b.client_config) }
    })
}

/// The status as the API names it: `"normal"`, `"expiring-soon"` (within a week), `"expired"`, or
/// another value kept as sent.
///
/// Ownership: borrowed from `b`, valid until `vpncert_bundle_free(b)`. NULL: `""` when `b` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_status(b: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(b, |b| &b.status) }
    })
}

/// The resource group (`""` when none).
///
/// Ownership: borrowed from `b`, valid until `vpncert_bundle_free(b)`. NULL: `""` when `b` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_resource_group_id(
    b: *const vpncert_bundle,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(b, |b| &b.resource_group_id) }
    })
}

/// The request id of the answer the bundle came from.
///
/// Ownership: borrowed from `b`, valid until `vpncert_bundle_free(b)`. NULL: `""` when `b` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_request_id(b: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(b, |b| &b.request_id) }
    })
}

/// Creation time in milliseconds since the Unix epoch (0 when unknown or `b` is NULL).
///
/// Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_create_time(b: *const vpncert_bundle) -> i64 {
    ffi_panic_boundary!(or 0 => {
        // SAFETY: the caller's contract.
        unsafe { b.as_ref() }.map_or(0, |b| ms(b.bundle.create_time))
    })
}

/// Expiry time in milliseconds since the Unix epoch (0 when unknown or `b` is NULL).
///
/// Thread safety: any thread.
///
/// # Safety
/// `b` is NULL or a live bundle.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_end_time(b: *const vpncert_bundle) -> i64 {
    ffi_panic_boundary!(or 0 => {
        // SAFETY: the caller's contract.
        unsafe { b.as_ref() }.map_or(0, |b| ms(b.bundle.end_time))
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
        let mut profile = b.bundle.to_ovpn()?;
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
        b.bundle.write_ovpn(path, overwrite)?;
        Ok(())
    })
}

/// Frees a bundle, overwriting its private key and profile first. NULL is a no-op.
///
/// Thread safety: no other thread may be using `b`.
///
/// # Safety
/// `b` is NULL or a live bundle; it and its strings are invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_free(b: *mut vpncert_bundle) {
    ffi_panic_boundary!(or () => {
        // SAFETY: the caller's contract.
        drop(unsafe { take_handle(b) });
    })
}
