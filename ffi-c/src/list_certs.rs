//! `DescribeSslVpnClientCerts`: every certificate, one at a time, through a list handle that
//! fetches pages of 50 as it goes.

use std::ffi::c_char;

use vpncert::DescribeSslVpnClientCerts;

use crate::args::{handle, into_handle, opt_str_arg, out_arg, write_out};
use crate::client::vpncert_client;
use crate::error::vpncert_error;
use crate::generated::records::vpncert_cert_list;
use crate::status::vpncert_status;

/// Starts a walk over every certificate of the client's region, or only those of SSL-VPN server
/// `ssl_vpn_server_id` when it is not NULL. No request is sent until the first
/// `vpncert_cert_list_next`, which also reports an invalid `ssl_vpn_server_id`.
///
/// Ownership: on success `*out` receives a list the caller frees with `vpncert_cert_list_free`.
/// `*out` is written only on success, `*err` only on failure.
/// NULL: `c` and `out` are required; `ssl_vpn_server_id` and `err` may be NULL.
/// Thread safety: any number of threads may call this on one client at once.
///
/// # Safety
/// `c` is NULL or a live client; `ssl_vpn_server_id` is NULL or NUL-terminated; `out` and `err`
/// are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_list_new(
    c: *const vpncert_client,
    ssl_vpn_server_id: *const c_char,
    out: *mut *mut vpncert_cert_list,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract (pointers NULL or valid, strings NUL-terminated).
        let (c, server) = unsafe {
            (
                handle(c, "c")?,
                opt_str_arg(ssl_vpn_server_id, "ssl_vpn_server_id")?,
            )
        };
        out_arg(out, "out")?;
        let mut filter = DescribeSslVpnClientCerts::new();
        if let Some(server) = server {
            filter = filter.ssl_vpn_server_id(server);
        }
        let list = vpncert_cert_list {
            pages: c.client.ssl_vpn_client_certs(&filter),
        };
        // SAFETY: `out` was checked above and is writable by the caller's contract.
        unsafe { write_out(out, into_handle(list)) };
        Ok(())
    })
}
