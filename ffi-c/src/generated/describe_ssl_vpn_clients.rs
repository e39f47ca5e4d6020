// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `DescribeSslVpnClients` from C: its request object and
//! `vpncert_describe_ssl_vpn_clients_with`.

#![allow(clippy::missing_safety_doc)]

use std::ffi::c_char;

#[allow(unused_imports)]
use crate::args::{
    handle, handle_mut, into_handle, opt_str_arg, out_arg, str_arg, take_handle, write_out,
};
use crate::client::vpncert_client;
use crate::error::vpncert_error;
use crate::status::vpncert_status;

/// A `DescribeSslVpnClients` request: lists one page of the clients connected to a gateway's
/// SSL-VPN server now (deleting any certificate of that server disconnects them all).
///
/// Made by `vpncert_describe_ssl_vpn_clients_request_new` with the required parameters,
/// completed by its setters, sent by `vpncert_describe_ssl_vpn_clients_with` (any number of
/// times, from any thread), freed by `vpncert_describe_ssl_vpn_clients_request_free`. A setter
/// given a NULL string unsets the parameter; one given invalid UTF-8 returns
/// `VPNCERT_INVALID_ARGUMENT`, and the request then fails with that error, naming the
/// parameter, when sent.
pub struct vpncert_describe_ssl_vpn_clients_request {
    pub(crate) inner: vpncert::DescribeSslVpnClients,
    /// The first parameter a setter refused, and why: the request fails with it when sent.
    pub(crate) refused: Option<(String, String)>,
}

impl vpncert_describe_ssl_vpn_clients_request {
    /// Remembers the first refusal, and returns the error for the setter's own status.
    #[allow(dead_code)]
    fn refuse(&mut self, e: vpncert::Error) -> vpncert::Error {
        if let vpncert::Error::InvalidInput { parameter, reason } = &e {
            self.refused
                .get_or_insert_with(|| (parameter.clone(), reason.clone()));
        }
        e
    }
}

/// A new `DescribeSslVpnClients` request with `vpn_gateway_id` (VpnGatewayId). On success
/// `*out` receives the request (free it with `vpncert_describe_ssl_vpn_clients_request_free`);
/// `*err` is written only on failure.
///
/// # Safety Strings are NULL or NUL-terminated; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_describe_ssl_vpn_clients_request_new(
    vpn_gateway_id: *const c_char,
    out: *mut *mut vpncert_describe_ssl_vpn_clients_request,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract.
        let vpn_gateway_id = unsafe { str_arg(vpn_gateway_id, "vpn_gateway_id") }?;
        out_arg(out, "out")?;
        let request = vpncert_describe_ssl_vpn_clients_request { inner: vpncert::DescribeSslVpnClients::new(vpn_gateway_id), refused: None };
        // SAFETY: `out` was checked above and is writable by the caller's contract.
        unsafe { write_out(out, into_handle(request)) };
        Ok(())
    })
}

/// Sets `RegionId` (`region_id`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_describe_ssl_vpn_clients_request_set_region_id(
    request: *mut vpncert_describe_ssl_vpn_clients_request,
    value: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            // SAFETY: the caller's contract.
    match unsafe { opt_str_arg(value, "region_id") } {
    Ok(Some(v)) => request.inner = request.inner.clone().region_id(v),
    Ok(None) => request.inner = request.inner.clone().clear_region_id(),
    Err(e) => return Err(request.refuse(e)),
    }
    Ok(())
        })
}

/// Frees a request. NULL is a no-op.
///
/// # Safety `request` is NULL or a live request no other thread uses.
#[no_mangle]
pub unsafe extern "C" fn vpncert_describe_ssl_vpn_clients_request_free(
    request: *mut vpncert_describe_ssl_vpn_clients_request,
) {
    ffi_panic_boundary!(or () => {
        // SAFETY: the caller's contract.
        drop(unsafe { take_handle(request) });
    })
}

/// Sends the request: walks every page of what `DescribeSslVpnClients` lists (lists one page of
/// the clients connected to a gateway's SSL-VPN server now (deleting any certificate of that
/// server disconnects them all)).
///
/// On success `*out` receives a walk over every item (`vpncert_client_info_list`, freed with
/// `vpncert_client_info_list_free`; no request is sent until its first `_next`); `*err` is
/// written only on failure. The request is left as it was and may be sent again.
///
/// # Safety `c` and `request` are NULL or live; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_describe_ssl_vpn_clients_with(
    c: *const vpncert_client,
    request: *const vpncert_describe_ssl_vpn_clients_request,
    out: *mut *mut crate::generated::records::vpncert_client_info_list,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
    // SAFETY: the caller's contract.
    let (c, request) = unsafe { (handle(c, "c")?, handle(request, "request")?) };
    out_arg(out, "out")?;
    if let Some((parameter, reason)) = &request.refused {
    return Err(vpncert::Error::invalid(parameter.clone(), reason.clone()));
    }
    let value = c.client.ssl_vpn_clients(&request.inner);
    let handle = crate::generated::records::vpncert_client_info_list { pages: value };
    // SAFETY: `out` was checked above and is writable by the caller's contract.
    unsafe { write_out(out, into_handle(handle)) };
    Ok(())
    })
}
