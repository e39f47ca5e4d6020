// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `ModifySslVpnServer` from C: its request object and `vpncert_modify_ssl_vpn_server_with`.

#![allow(clippy::missing_safety_doc)]

use std::ffi::c_char;

#[allow(unused_imports)]
use crate::args::{
    handle, handle_mut, into_handle, opt_str_arg, out_arg, str_arg, take_handle, write_out,
};
use crate::client::vpncert_client;
use crate::error::vpncert_error;
use crate::status::vpncert_status;

/// A `ModifySslVpnServer` request: changes the settings of an SSL-VPN server (only those
/// given). The settings are checked before anything is sent. The change is asynchronous (unless
/// only the name changes): with `wait`, the call returns once the gateway is `active` again.
///
/// Made by `vpncert_modify_ssl_vpn_server_request_new` with the required parameters, completed
/// by its setters, sent by `vpncert_modify_ssl_vpn_server_with` (any number of times, from any
/// thread), freed by `vpncert_modify_ssl_vpn_server_request_free`. A setter given a NULL string
/// unsets the parameter; one given invalid UTF-8 returns `VPNCERT_INVALID_ARGUMENT`, and the
/// request then fails with that error, naming the parameter, when sent.
pub struct vpncert_modify_ssl_vpn_server_request {
    pub(crate) inner: vpncert::ModifySslVpnServer,
    /// The first parameter a setter refused, and why: the request fails with it when sent.
    pub(crate) refused: Option<(String, String)>,
}

impl vpncert_modify_ssl_vpn_server_request {
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

/// A new `ModifySslVpnServer` request with `ssl_vpn_server_id` (SslVpnServerId). On success
/// `*out` receives the request (free it with `vpncert_modify_ssl_vpn_server_request_free`);
/// `*err` is written only on failure.
///
/// # Safety Strings are NULL or NUL-terminated; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_new(
    ssl_vpn_server_id: *const c_char,
    out: *mut *mut vpncert_modify_ssl_vpn_server_request,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract.
        let ssl_vpn_server_id = unsafe { str_arg(ssl_vpn_server_id, "ssl_vpn_server_id") }?;
        out_arg(out, "out")?;
        let request = vpncert_modify_ssl_vpn_server_request { inner: vpncert::ModifySslVpnServer::new(ssl_vpn_server_id), refused: None };
        // SAFETY: `out` was checked above and is writable by the caller's contract.
        unsafe { write_out(out, into_handle(request)) };
        Ok(())
    })
}

/// Sets `LocalSubnet` (`local_subnet`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_local_subnet(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            // SAFETY: the caller's contract.
    match unsafe { opt_str_arg(value, "local_subnet") } {
    Ok(Some(v)) => request.inner = request.inner.clone().local_subnet(v.split(',').map(str::trim).filter(|s| !s.is_empty())),
    Ok(None) => request.inner = request.inner.clone().clear_local_subnet(),
    Err(e) => return Err(request.refuse(e)),
    }
    Ok(())
        })
}

/// Sets `ClientIpPool` (`client_ip_pool`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_client_ip_pool(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            // SAFETY: the caller's contract.
    match unsafe { opt_str_arg(value, "client_ip_pool") } {
    Ok(Some(v)) => request.inner = request.inner.clone().client_ip_pool(v),
    Ok(None) => request.inner = request.inner.clone().clear_client_ip_pool(),
    Err(e) => return Err(request.refuse(e)),
    }
    Ok(())
        })
}

/// Sets `Name` (`name`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_name(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            // SAFETY: the caller's contract.
    match unsafe { opt_str_arg(value, "name") } {
    Ok(Some(v)) => request.inner = request.inner.clone().name(v),
    Ok(None) => request.inner = request.inner.clone().clear_name(),
    Err(e) => return Err(request.refuse(e)),
    }
    Ok(())
        })
}

/// Sets `Cipher` (`cipher`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_cipher(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            // SAFETY: the caller's contract.
    match unsafe { opt_str_arg(value, "cipher") } {
    Ok(Some(v)) => request.inner = request.inner.clone().cipher(v),
    Ok(None) => request.inner = request.inner.clone().clear_cipher(),
    Err(e) => return Err(request.refuse(e)),
    }
    Ok(())
        })
}

/// Sets `Port` (`port`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_port(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: u32,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            request.inner = request.inner.clone().port(value);
            Ok(())
        })
}

/// Sets `Proto` (`proto`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_proto(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            // SAFETY: the caller's contract.
    match unsafe { opt_str_arg(value, "proto") } {
    Ok(Some(v)) => request.inner = request.inner.clone().proto(v),
    Ok(None) => request.inner = request.inner.clone().clear_proto(),
    Err(e) => return Err(request.refuse(e)),
    }
    Ok(())
        })
}

/// Sets `Compress` (`compress`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_compress(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: bool,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            request.inner = request.inner.clone().compress(value);
            Ok(())
        })
}

/// Sets `EnableMultiFactorAuth` (`enable_multi_factor_auth`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_enable_multi_factor_auth(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: bool,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            request.inner = request.inner.clone().enable_multi_factor_auth(value);
            Ok(())
        })
}

/// Sets `IDaaSInstanceId` (`idaas_instance_id`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_idaas_instance_id(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            // SAFETY: the caller's contract.
    match unsafe { opt_str_arg(value, "idaas_instance_id") } {
    Ok(Some(v)) => request.inner = request.inner.clone().idaas_instance_id(v),
    Ok(None) => request.inner = request.inner.clone().clear_idaas_instance_id(),
    Err(e) => return Err(request.refuse(e)),
    }
    Ok(())
        })
}

/// Sets `IDaaSRegionId` (`idaas_region_id`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_idaas_region_id(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            // SAFETY: the caller's contract.
    match unsafe { opt_str_arg(value, "idaas_region_id") } {
    Ok(Some(v)) => request.inner = request.inner.clone().idaas_region_id(v),
    Ok(None) => request.inner = request.inner.clone().clear_idaas_region_id(),
    Err(e) => return Err(request.refuse(e)),
    }
    Ok(())
        })
}

/// Sets `IDaaSApplicationId` (`idaas_application_id`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_idaas_application_id(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            // SAFETY: the caller's contract.
    match unsafe { opt_str_arg(value, "idaas_application_id") } {
    Ok(Some(v)) => request.inner = request.inner.clone().idaas_application_id(v),
    Ok(None) => request.inner = request.inner.clone().clear_idaas_application_id(),
    Err(e) => return Err(request.refuse(e)),
    }
    Ok(())
        })
}

/// Sets `DnsServers` (`dns_servers`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_dns_servers(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            // SAFETY: the caller's contract.
    match unsafe { opt_str_arg(value, "dns_servers") } {
    Ok(Some(v)) => request.inner = request.inner.clone().dns_servers(v.split(',').map(str::trim).filter(|s| !s.is_empty())),
    Ok(None) => request.inner = request.inner.clone().clear_dns_servers(),
    Err(e) => return Err(request.refuse(e)),
    }
    Ok(())
        })
}

/// Sets `DryRun` (`dry_run`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_dry_run(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: bool,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            request.inner = request.inner.clone().dry_run(value);
            Ok(())
        })
}

/// Sets `ClientToken` (`client_token`).
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_client_token(
    request: *mut vpncert_modify_ssl_vpn_server_request,
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
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_region_id(
    request: *mut vpncert_modify_ssl_vpn_server_request,
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

/// Sets the option `wait`, in milliseconds: after the change is accepted, wait up to this long
/// until the gateway is `active` again.
///
/// # Safety `request` is NULL or a live request no other thread uses; strings are NULL or
/// NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_set_wait_ms(
    request: *mut vpncert_modify_ssl_vpn_server_request,
    value: u64,
) -> vpncert_status {
    ffi_panic_boundary!(err: std::ptr::null_mut() => {
    // SAFETY: the caller's contract.
    let request = unsafe { handle_mut(request, "request") }?;
            request.inner = request.inner.clone().wait(std::time::Duration::from_millis(value));
            Ok(())
        })
}

/// Frees a request. NULL is a no-op.
///
/// # Safety `request` is NULL or a live request no other thread uses.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_request_free(
    request: *mut vpncert_modify_ssl_vpn_server_request,
) {
    ffi_panic_boundary!(or () => {
        // SAFETY: the caller's contract.
        drop(unsafe { take_handle(request) });
    })
}

/// Sends the request: changes the settings of an SSL-VPN server (only those given). The
/// settings are checked before anything is sent. The change is asynchronous (unless only the
/// name changes): with `wait`, the call returns once the gateway is `active` again.
///
/// On success `*out` receives the answer (`vpncert_server_modified`, freed with
/// `vpncert_server_modified_free`); `*err` is written only on failure. The request is left as
/// it was and may be sent again.
///
/// # Safety `c` and `request` are NULL or live; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_modify_ssl_vpn_server_with(
    c: *const vpncert_client,
    request: *const vpncert_modify_ssl_vpn_server_request,
    out: *mut *mut crate::generated::records::vpncert_server_modified,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
    // SAFETY: the caller's contract.
    let (c, request) = unsafe { (handle(c, "c")?, handle(request, "request")?) };
    out_arg(out, "out")?;
    if let Some((parameter, reason)) = &request.refused {
    return Err(vpncert::Error::invalid(parameter.clone(), reason.clone()));
    }
    let value = c.client.modify_ssl_vpn_server(&request.inner)?;
    let handle = crate::generated::records::vpncert_server_modified::from(value);
    // SAFETY: `out` was checked above and is writable by the caller's contract.
    unsafe { write_out(out, into_handle(handle)) };
    Ok(())
    })
}
