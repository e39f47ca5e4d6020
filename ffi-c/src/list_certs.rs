//! `DescribeSslVpnClientCerts`: every certificate, one at a time, through a list handle that
//! fetches pages of 50 as it goes.

use std::ffi::{c_char, CString};

use vpncert::{DescribeSslVpnClientCerts, Pages, SslVpnClientCertSummary};

use crate::args::{
    c_string, handle, into_handle, ms, next_out, opt_str_arg, out_arg, string_field, take_handle,
    write_out, EMPTY,
};
use crate::client::vpncert_client;
use crate::error::vpncert_error;
use crate::status::vpncert_status;

/// A walk over the certificates of a region (or of one SSL-VPN server), fetching pages lazily.
///
/// Made by `vpncert_cert_list_new`, advanced by `vpncert_cert_list_next`, freed by
/// `vpncert_cert_list_free`. It holds its own reference to the client's connections, so it stays
/// usable after `vpncert_client_free`. Not thread-safe: one thread at a time (it may move between
/// threads).
pub struct vpncert_cert_list {
    pages: Pages<SslVpnClientCertSummary>,
}

/// A certificate as the list shows it: no key, no certificate material.
///
/// Owned by the caller, freed with `vpncert_cert_summary_free`. Immutable: any thread may read it.
pub struct vpncert_cert_summary {
    summary: SslVpnClientCertSummary,
    id: CString,
    server_id: CString,
    name: CString,
    region_id: CString,
    status: CString,
    resource_group_id: CString,
}

impl vpncert_cert_summary {
    fn new(summary: SslVpnClientCertSummary) -> Self {
        vpncert_cert_summary {
            id: c_string(&summary.ssl_vpn_client_cert_id),
            server_id: c_string(&summary.ssl_vpn_server_id),
            name: c_string(&summary.name),
            region_id: c_string(&summary.region_id),
            status: c_string(summary.status.as_str()),
            resource_group_id: c_string(&summary.resource_group_id),
            summary,
        }
    }
}

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

/// The next certificate of the walk.
///
/// Returns `VPNCERT_OK` with a new summary in `*out`, or `VPNCERT_OK` with `*out` set to NULL when
/// there are no more. A page that cannot be fetched is reported once (with `*out` untouched and
/// `*err` written), after which the walk is over and further calls give `VPNCERT_OK` and NULL.
/// Ownership: each summary is the caller's, freed with `vpncert_cert_summary_free`.
/// NULL: `list` and `out` are required; `err` may be NULL. Thread safety: not concurrently with
/// other calls on `list`.
///
/// # Safety
/// `list` is NULL or a live list; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_list_next(
    list: *mut vpncert_cert_list,
    out: *mut *mut vpncert_cert_summary,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract is `next_out`'s.
        unsafe { next_out(list, out, |l| &mut l.pages, vpncert_cert_summary::new) }
    })
}

/// Frees a list. NULL is a no-op.
///
/// Thread safety: no other thread may be using `list`.
///
/// # Safety
/// `list` is NULL or a live list; it is invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_list_free(list: *mut vpncert_cert_list) {
    ffi_panic_boundary!(or () => {
        // SAFETY: the caller's contract.
        drop(unsafe { take_handle(list) });
    })
}

/// The certificate id (`vsc-...`).
///
/// Ownership: borrowed from `summary`, valid until `vpncert_cert_summary_free(summary)`. NULL: `""` when `summary` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `summary` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_id(
    summary: *const vpncert_cert_summary,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(summary, |h| &h.id) }
    })
}

/// The certificate name.
///
/// Ownership: borrowed from `summary`, valid until `vpncert_cert_summary_free(summary)`. NULL: `""` when `summary` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `summary` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_name(
    summary: *const vpncert_cert_summary,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(summary, |h| &h.name) }
    })
}

/// The SSL-VPN server (`vss-...`).
///
/// Ownership: borrowed from `summary`, valid until `vpncert_cert_summary_free(summary)`. NULL: `""` when `summary` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `summary` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_server_id(
    summary: *const vpncert_cert_summary,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(summary, |h| &h.server_id) }
    })
}

/// The region.
///
/// Ownership: borrowed from `summary`, valid until `vpncert_cert_summary_free(summary)`. NULL: `""` when `summary` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `summary` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_region_id(
    summary: *const vpncert_cert_summary,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(summary, |h| &h.region_id) }
    })
}

/// `"normal"`, `"expiring-soon"`, `"expired"`, or another value kept as sent.
///
/// Ownership: borrowed from `summary`, valid until `vpncert_cert_summary_free(summary)`. NULL: `""` when `summary` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `summary` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_status(
    summary: *const vpncert_cert_summary,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(summary, |h| &h.status) }
    })
}

/// The resource group (`""` when none).
///
/// Ownership: borrowed from `summary`, valid until `vpncert_cert_summary_free(summary)`. NULL: `""` when `summary` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `summary` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_resource_group_id(
    summary: *const vpncert_cert_summary,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(summary, |h| &h.resource_group_id) }
    })
}

/// Creation time in milliseconds since the Unix epoch (0 when unknown or `summary` is NULL).
///
/// Thread safety: any thread.
///
/// # Safety
/// `summary` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_create_time(
    summary: *const vpncert_cert_summary,
) -> i64 {
    ffi_panic_boundary!(or 0 => {
        // SAFETY: the caller's contract.
        unsafe { summary.as_ref() }.map_or(0, |h| ms(h.summary.create_time))
    })
}

/// Expiry time in milliseconds since the Unix epoch (0 when unknown or `summary` is NULL).
///
/// Thread safety: any thread.
///
/// # Safety
/// `summary` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_end_time(
    summary: *const vpncert_cert_summary,
) -> i64 {
    ffi_panic_boundary!(or 0 => {
        // SAFETY: the caller's contract.
        unsafe { summary.as_ref() }.map_or(0, |h| ms(h.summary.end_time))
    })
}

/// Frees a summary. NULL is a no-op.
///
/// Thread safety: no other thread may be using `summary`.
///
/// # Safety
/// `summary` is NULL or a live summary; it and its strings are invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_free(summary: *mut vpncert_cert_summary) {
    ffi_panic_boundary!(or () => {
        // SAFETY: the caller's contract.
        drop(unsafe { take_handle(summary) });
    })
}
