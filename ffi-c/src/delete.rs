//! `DeleteSslVpnClientCert`: revoke a certificate.

use std::ffi::c_char;

use vpncert::DeleteSslVpnClientCert;

use crate::args::{handle, opt_str_arg, str_arg, write_out};
use crate::client::{duration_ms, vpncert_client};
use crate::error::vpncert_error;
use crate::status::vpncert_status;

/// Deletes certificate `ssl_vpn_client_cert_id`.
///
/// Deleting is asynchronous on the service side, and deleting any certificate briefly disconnects
/// every client of that SSL-VPN server. The gateway refuses changes for a while after each one
/// (`VpnGateway.Configuring`), so the delete is retried through that for up to the client's
/// configuring budget (3 minutes unless `vpncert_client_builder_set_configuring_budget_ms` says
/// otherwise), as `vpncert_issue_client_cert` does for its create. With `wait_ms` > 0 the call
/// returns only once the certificate no longer exists (`VPNCERT_TIMEOUT` when it still does after
/// `wait_ms`); with 0 it returns as soon as the delete is accepted. More than a day (86400000) is
/// `VPNCERT_INVALID_ARGUMENT`.
///
/// A certificate that does not exist counts as deleted: the call succeeds and, when
/// `already_deleted_out` is not NULL, sets `*already_deleted_out` to true (false when this call
/// deleted it). `*already_deleted_out` is written only on success, `*err` only on failure.
/// `client_token` may be NULL: one is generated and reused by every retry.
/// NULL: `c` and `ssl_vpn_client_cert_id` are required; `client_token`, `already_deleted_out` and
/// `err` may be NULL. Thread safety: any number of threads may call this on one client at once.
///
/// # Safety
/// `c` is NULL or a live client; strings are NULL or NUL-terminated; `already_deleted_out` and
/// `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_delete_ssl_vpn_client_cert(
    c: *const vpncert_client,
    ssl_vpn_client_cert_id: *const c_char,
    client_token: *const c_char,
    wait_ms: u64,
    already_deleted_out: *mut bool,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract (pointers NULL or valid, strings NUL-terminated).
        let (c, id, token) = unsafe {
            (
                handle(c, "c")?,
                str_arg(ssl_vpn_client_cert_id, "ssl_vpn_client_cert_id")?,
                opt_str_arg(client_token, "client_token")?,
            )
        };
        let mut request = DeleteSslVpnClientCert::new(id);
        if let Some(token) = token {
            request = request.client_token(token);
        }
        if wait_ms > 0 {
            request = request.wait_until_gone(duration_ms(wait_ms, "wait_ms")?);
        }
        let outcome = c.client.delete_ssl_vpn_client_cert(&request)?;
        // SAFETY: NULL or writable by the caller's contract (`write_out` skips NULL).
        unsafe { write_out(already_deleted_out, outcome.was_already_deleted()) };
        Ok(())
    })
}
