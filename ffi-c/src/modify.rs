//! `ModifySslVpnClientCert`: rename a certificate.

use std::ffi::c_char;

use vpncert::ModifySslVpnClientCert;

use crate::args::{handle, into_handle, opt_str_arg, str_arg, write_out};
use crate::client::vpncert_client;
use crate::error::vpncert_error;
use crate::generated::records::vpncert_cert;
use crate::status::vpncert_status;

/// Renames certificate `ssl_vpn_client_cert_id` to `name` (1-100 characters, not starting with
/// `http://` or `https://`).
///
/// `client_token` (idempotency token) may be NULL: one is generated and reused by every retry.
/// Ownership: on success, when `out` is not NULL, `*out` receives a `vpncert_cert` (id, new name,
/// request id) the caller frees with `vpncert_cert_free`; on failure `*err` (when `err` is not
/// NULL) receives a `vpncert_error`. A certificate that does not exist is
/// `VPNCERT_CERT_NOT_FOUND`.
/// NULL: `c`, `ssl_vpn_client_cert_id` and `name` are required; `client_token`, `out` and `err`
/// may be NULL. Thread safety: any number of threads may call this on one client at once.
///
/// # Safety
/// `c` is NULL or a live client; strings are NULL or NUL-terminated; `out` and `err` are NULL or
/// writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_client_cert(
    c: *const vpncert_client,
    ssl_vpn_client_cert_id: *const c_char,
    name: *const c_char,
    client_token: *const c_char,
    out: *mut *mut vpncert_cert,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract (pointers NULL or valid, strings NUL-terminated).
        let (c, id, name, token) = unsafe {
            (
                handle(c, "c")?,
                str_arg(ssl_vpn_client_cert_id, "ssl_vpn_client_cert_id")?,
                str_arg(name, "name")?,
                opt_str_arg(client_token, "client_token")?,
            )
        };
        let mut request = ModifySslVpnClientCert::new(id, name);
        if let Some(token) = token {
            request = request.client_token(token);
        }
        let renamed = c.client.modify_ssl_vpn_client_cert(&request)?;
        if !out.is_null() {
            let cert = vpncert_cert::from(renamed);
            // SAFETY: `out` is not NULL and is writable by the caller's contract.
            unsafe { write_out(out, into_handle(cert)) };
        }
        Ok(())
    })
}
