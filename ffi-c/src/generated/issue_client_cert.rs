// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `IssueClientCert` from C: its request object and `vpncert_issue_client_cert_with`.

#![allow(clippy::missing_safety_doc)]

use std::ffi::c_char;

#[allow(unused_imports)]
use crate::args::{
    handle, handle_mut, into_handle, opt_str_arg, out_arg, str_arg, take_handle, write_out,
};
use crate::client::vpncert_client;
use crate::error::vpncert_error;
use crate::status::vpncert_status;

/// A `IssueClientCert` request: onboards one person: creates a certificate named `name`, waits
/// until it is ready and returns its bundle (with a complete OpenVPN profile).
/// `VpnGateway.Configuring` is waited out for up to the configuring budget; a stable client
/// token makes a rerun return the same certificate.
///
/// Made by `vpncert_issue_client_cert_request_new` with the required parameters, completed by
/// its setters, sent by `vpncert_issue_client_cert_with` (any number of times, from any
/// thread), freed by `vpncert_issue_client_cert_request_free`. A setter given a NULL string
/// unsets the parameter; one given invalid UTF-8 returns `VPNCERT_INVALID_ARGUMENT`, and the
/// request then fails with that error, naming the parameter, when sent.
pub struct vpncert_issue_client_cert_request {
    pub(crate) inner: vpncert::IssueClientCert,
    /// The first parameter a setter refused, and why: the request fails with it when sent.
    pub(crate) refused: Option<(String, String)>,
}

impl vpncert_issue_client_cert_request {
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

/// A new `IssueClientCert` request with `ssl_vpn_server_id` (SslVpnServerId), `name` (Name). On
/// success `*out` receives the request (free it with `vpncert_issue_client_cert_request_free`);
/// `*err` is written only on failure.
///
/// # Safety Strings are NULL or NUL-terminated; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_issue_client_cert_request_new(
    ssl_vpn_server_id: *const c_char,
    name: *const c_char,
    out: *mut *mut vpncert_issue_client_cert_request,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract.
        let ssl_vpn_server_id = unsafe { str_arg(ssl_vpn_server_id, "ssl_vpn_server_id") }?;
        // SAFETY: the caller's contract.
        let name = unsafe { str_arg(name, "name") }?;
        out_arg(out, "out")?;
        let request = vpncert_issue_client_cert_request { inner: vpncert::IssueClientCert::new(ssl_vpn_server_id, name), refused: None };
        // SAFETY: `out` was checked above and is writable by the caller's contract.
        unsafe { write_out(out, into_handle(request)) };
        Ok(())
    })
}

/// Sets `ClientToken` (`client_token`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_issue_client_cert_request_set_client_token(
    request: *mut vpncert_issue_client_cert_request,
    value: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            // SAFETY: the caller's contract.
    match unsafe { opt_str_arg(value, "client_token") } {
    Ok(Some(v)) => request.inner = request.inner.clone().client_token(v),
    Ok(None) => request.inner = request.inner.clone().clear_client_token(),
    Err(e) => return Err(request.refuse(e)),
    }
    Ok(())
        })
}

/// Sets `RegionId` (`region_id`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_issue_client_cert_request_set_region_id(
    request: *mut vpncert_issue_client_cert_request,
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

/// Sets the option `configuring_budget`, in milliseconds: how long to keep trying while the
/// gateway answers `VpnGateway.Configuring` (default: the client's).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_issue_client_cert_request_set_configuring_budget_ms(
    request: *mut vpncert_issue_client_cert_request,
    value: u64,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            request.inner = request.inner.clone().configuring_budget(std::time::Duration::from_millis(value));
            Ok(())
        })
}

/// Sets the option `ready_timeout`, in milliseconds: how long to wait for the certificate to be
/// `normal` (default 120 s).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_issue_client_cert_request_set_ready_timeout_ms(
    request: *mut vpncert_issue_client_cert_request,
    value: u64,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            request.inner = request.inner.clone().ready_timeout(std::time::Duration::from_millis(value));
            Ok(())
        })
}

/// Sets the option `poll_interval`, in milliseconds: the first pause between polls while
/// waiting; it doubles up to 5 s (default 1 s).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_issue_client_cert_request_set_poll_interval_ms(
    request: *mut vpncert_issue_client_cert_request,
    value: u64,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            request.inner = request.inner.clone().poll_interval(std::time::Duration::from_millis(value));
            Ok(())
        })
}

/// Frees a request. NULL is a no-op.
///
/// # Safety `request` is NULL or a live request no other thread uses.
#[no_mangle]
pub unsafe extern "C" fn vpncert_issue_client_cert_request_free(
    request: *mut vpncert_issue_client_cert_request,
) {
    ffi_panic_boundary!(or () => {
        // SAFETY: the caller's contract.
        drop(unsafe { take_handle(request) });
    })
}

/// Sends the request: onboards one person: creates a certificate named `name`, waits until it
/// is ready and returns its bundle (with a complete OpenVPN profile). `VpnGateway.Configuring`
/// is waited out for up to the configuring budget; a stable client token makes a rerun return
/// the same certificate.
///
/// On success `*out` receives the answer (`vpncert_bundle`, freed with `vpncert_bundle_free`);
/// `*err` is written only on failure. The request is left as it was and may be sent again.
///
/// # Safety `c` and `request` are NULL or live; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_issue_client_cert_with(
    c: *const vpncert_client,
    request: *const vpncert_issue_client_cert_request,
    out: *mut *mut crate::generated::records::vpncert_bundle,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
    // SAFETY: the caller's contract.
    let (c, request) = unsafe { (handle(c, "c")?, handle(request, "request")?) };
    out_arg(out, "out")?;
    if let Some((parameter, reason)) = &request.refused {
    return Err(vpncert::Error::invalid(parameter.clone(), reason.clone()));
    }
    let value = c.client.issue_client_cert(&request.inner)?;
    let handle = crate::generated::records::vpncert_bundle::from(value);
    // SAFETY: `out` was checked above and is writable by the caller's contract.
    unsafe { write_out(out, into_handle(handle)) };
    Ok(())
    })
}
