//! `issue_client_cert`: the onboarding call (create, wait until ready, fetch) in one go.

use std::ffi::c_char;

use vpncert::IssueClientCert;

use crate::args::{handle, into_handle, opt_str_arg, out_arg, str_arg, write_out};
use crate::client::vpncert_client;
use crate::error::vpncert_error;
use crate::generated::records::vpncert_bundle;
use crate::status::vpncert_status;

/// Issues a certificate named `name` on SSL-VPN server `ssl_vpn_server_id` and returns it ready to
/// use: creates it (retrying `VpnGateway.Configuring` for up to the client's configuring budget, 3
/// minutes unless `vpncert_client_builder_set_configuring_budget_ms` says otherwise), waits until
/// its status is `normal` (up to 2 minutes; `VPNCERT_TIMEOUT` after), and fetches its bundle, with
/// the server's settings when the service sends no OpenVPN profile, so that
/// `vpncert_bundle_to_ovpn` and `vpncert_bundle_write_ovpn` always have what they need.
///
/// `client_token` may be NULL: one is generated for the call. Pass a stable one (for example
/// derived from server and name) to make a rerun after an interruption return the same
/// certificate instead of a second one.
/// Ownership: on success `*out` receives a `vpncert_bundle` the caller frees with
/// `vpncert_bundle_free`. `*out` is written only on success, `*err` only on failure.
/// NULL: `c`, `ssl_vpn_server_id`, `name` and `out` are required; `client_token` and `err` may be
/// NULL. Thread safety: any number of threads may call this on one client at once.
///
/// # Safety
/// `c` is NULL or a live client; strings are NULL or NUL-terminated; `out` and `err` are NULL or
/// writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_issue_client_cert(
    c: *const vpncert_client,
    ssl_vpn_server_id: *const c_char,
    name: *const c_char,
    client_token: *const c_char,
    out: *mut *mut vpncert_bundle,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract (pointers NULL or valid, strings NUL-terminated).
        let (c, server, name, token) = unsafe {
            (
                handle(c, "c")?,
                str_arg(ssl_vpn_server_id, "ssl_vpn_server_id")?,
                str_arg(name, "name")?,
                opt_str_arg(client_token, "client_token")?,
            )
        };
        out_arg(out, "out")?;
        let mut request = IssueClientCert::new(server, name);
        if let Some(token) = token {
            request = request.client_token(token);
        }
        let bundle = c.client.issue_client_cert(&request)?;
        // SAFETY: `out` was checked above and is writable by the caller's contract.
        unsafe { write_out(out, into_handle(vpncert_bundle::from(bundle))) };
        Ok(())
    })
}
