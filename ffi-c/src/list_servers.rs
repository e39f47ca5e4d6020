//! `DescribeSslVpnServers`: every SSL-VPN server, one at a time, through a list handle that
//! fetches pages of 50 as it goes.

use vpncert::DescribeSslVpnServers;

use crate::args::{handle, into_handle, out_arg, write_out};
use crate::client::vpncert_client;
use crate::error::vpncert_error;
use crate::generated::records::vpncert_server_list;
use crate::status::vpncert_status;

/// Starts a walk over every SSL-VPN server of the client's region. No request is sent until the
/// first `vpncert_server_list_next`.
///
/// Ownership: on success `*out` receives a list the caller frees with `vpncert_server_list_free`.
/// `*out` is written only on success, `*err` only on failure.
/// NULL: `c` and `out` are required; `err` may be NULL.
/// Thread safety: any number of threads may call this on one client at once.
///
/// # Safety
/// `c` is NULL or a live client; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_list_new(
    c: *const vpncert_client,
    out: *mut *mut vpncert_server_list,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract.
        let c = unsafe { handle(c, "c") }?;
        out_arg(out, "out")?;
        let list = vpncert_server_list {
            pages: c.client.ssl_vpn_servers(&DescribeSslVpnServers::new()),
        };
        // SAFETY: `out` was checked above and is writable by the caller's contract.
        unsafe { write_out(out, into_handle(list)) };
        Ok(())
    })
}
