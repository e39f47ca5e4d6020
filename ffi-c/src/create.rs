//! `CreateSslVpnClientCert` and `vpncert_cert`, the id/name/request-id answer it shares with
//! `ModifySslVpnClientCert`.

use std::ffi::c_char;

use vpncert::CreateSslVpnClientCert;

use crate::args::{handle, into_handle, opt_str_arg, out_arg, str_arg, write_out};
use crate::client::vpncert_client;
use crate::error::vpncert_error;
use crate::generated::records::vpncert_cert;
use crate::status::vpncert_status;

/// Creates an SSL client certificate on SSL-VPN server `ssl_vpn_server_id` (`vss-...`).
///
/// `name` (1-100 characters, not starting with `http://` or `https://`) and `client_token` (the
/// idempotency token: printable ASCII, at most 64 characters) may be NULL. Without a token one is
/// generated for this call, and every retry of the call reuses it, so a retried create never makes
/// a second certificate; pass your own to make a rerun after a crash return the same certificate.
/// Transient failures are retried as the builder configured.
///
/// Ownership: on success `*out` receives a `vpncert_cert` the caller frees with `vpncert_cert_free`;
/// on failure `*err` (when `err` is not NULL) receives a `vpncert_error` the caller frees with
/// `vpncert_error_free`. `*out` is written only on success, `*err` only on failure.
/// NULL: `c`, `ssl_vpn_server_id` and `out` are required; `name`, `client_token` and `err` may be
/// NULL. Thread safety: any number of threads may call this on one client at once.
///
/// # Safety
/// `c` is NULL or a live client; strings are NULL or NUL-terminated; `out` and `err` are NULL or
/// writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_create_ssl_vpn_client_cert(
    c: *const vpncert_client,
    ssl_vpn_server_id: *const c_char,
    name: *const c_char,
    client_token: *const c_char,
    out: *mut *mut vpncert_cert,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract (pointers NULL or valid, strings NUL-terminated).
        let (c, server, name, token) = unsafe {
            (
                handle(c, "c")?,
                str_arg(ssl_vpn_server_id, "ssl_vpn_server_id")?,
                opt_str_arg(name, "name")?,
                opt_str_arg(client_token, "client_token")?,
            )
        };
        out_arg(out, "out")?;
        let mut request = CreateSslVpnClientCert::new(server);
        if let Some(name) = name {
            request = request.name(name);
        }
        if let Some(token) = token {
            request = request.client_token(token);
        }
        let created = c.client.create_ssl_vpn_client_cert(&request)?;
        let cert = vpncert_cert::from(created);
        // SAFETY: `out` was checked above and is writable by the caller's contract.
        unsafe { write_out(out, into_handle(cert)) };
        Ok(())
    })
}
