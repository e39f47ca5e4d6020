// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! Record handles: one per record of the spec (records of one shape share a handle), each with
//! an accessor per field. Accessors return `""`, 0, false or NULL for a NULL handle; strings
//! are borrowed from the handle and valid until it is freed.

#![allow(clippy::missing_safety_doc)]

use std::ffi::{c_char, CString};

use crate::args::{c_string, ms, next_out, string_field, take_handle, EMPTY};
use crate::error::vpncert_error;
use crate::status::vpncert_status;

/// A client certificate with its secrets: what a person needs to connect. (C handle of
/// `SslVpnClientCertBundle`.)
///
/// Owned by the caller, freed with `vpncert_bundle_free`. Immutable: any thread may read it.
/// Freeing it overwrites its secrets in memory first.
pub struct vpncert_bundle {
    pub(crate) request_id: CString,
    pub(crate) region_id: CString,
    pub(crate) id: CString,
    pub(crate) server_id: CString,
    pub(crate) name: CString,
    pub(crate) ca_cert: CString,
    pub(crate) client_cert: CString,
    pub(crate) client_key: CString,
    pub(crate) client_config: CString,
    pub(crate) create_time: u64,
    pub(crate) end_time: u64,
    pub(crate) status: CString,
    pub(crate) resource_group_id: CString,
    pub(crate) server: Option<Box<vpncert_server>>,
}

impl From<vpncert::SslVpnClientCertBundle> for vpncert_bundle {
    fn from(v: vpncert::SslVpnClientCertBundle) -> Self {
        vpncert_bundle {
            request_id: c_string(&v.request_id),
            region_id: c_string(&v.region_id),
            id: c_string(&v.ssl_vpn_client_cert_id),
            server_id: c_string(&v.ssl_vpn_server_id),
            name: c_string(&v.name),
            ca_cert: c_string(&v.ca_cert),
            client_cert: c_string(&v.client_cert),
            client_key: c_string(&v.client_key),
            client_config: c_string(&v.client_config),
            create_time: v.create_time,
            end_time: v.end_time,
            status: c_string(v.status.as_str()),
            resource_group_id: c_string(&v.resource_group_id),
            server: v.server.map(|x| Box::new(vpncert_server::from(x))),
        }
    }
}

impl vpncert_bundle {
    /// The core record again (strings copied back out of the handle).
    #[allow(dead_code)]
    pub(crate) fn record(&self) -> vpncert::SslVpnClientCertBundle {
        let mut v = vpncert::SslVpnClientCertBundle::default();
        v.request_id = self.request_id.to_string_lossy().into_owned();
        v.region_id = self.region_id.to_string_lossy().into_owned();
        v.ssl_vpn_client_cert_id = self.id.to_string_lossy().into_owned();
        v.ssl_vpn_server_id = self.server_id.to_string_lossy().into_owned();
        v.name = self.name.to_string_lossy().into_owned();
        v.ca_cert = self.ca_cert.to_string_lossy().into_owned();
        v.client_cert = self.client_cert.to_string_lossy().into_owned();
        v.client_key = self.client_key.to_string_lossy().into_owned();
        v.client_config = self.client_config.to_string_lossy().into_owned();
        v.create_time = self.create_time;
        v.end_time = self.end_time;
        v.status = vpncert::CertStatus::parse(&self.status.to_string_lossy());
        v.resource_group_id = self.resource_group_id.to_string_lossy().into_owned();
        v.server = self.server.as_ref().map(|x| x.record());
        v
    }
}

impl Drop for vpncert_bundle {
    fn drop(&mut self) {
        crate::args::wipe(&mut self.client_key);
        crate::args::wipe(&mut self.client_config);
    }
}

/// `RequestId`: the request id.
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_request_id(h: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.request_id) }
    })
}

/// `RegionId`: the region.
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_region_id(h: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.region_id) }
    })
}

/// `SslVpnClientCertId`: the certificate id (`vsc-...`).
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_id(h: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.id) }
    })
}

/// `SslVpnServerId`: the SSL-VPN server it belongs to (`vss-...`).
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_server_id(h: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.server_id) }
    })
}

/// `Name`: the certificate's name.
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_name(h: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.name) }
    })
}

/// `CaCert`: the CA certificate (PEM).
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_ca_cert(h: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.ca_cert) }
    })
}

/// `ClientCert`: the client certificate (PEM).
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_client_cert(h: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.client_cert) }
    })
}

/// `ClientKey`: the client's private key (PEM). Secret: never shown by `Debug` or `repr`.
/// Secret: wiped when the handle is freed.
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_client_key(h: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.client_key) }
    })
}

/// `ClientConfig`: the OpenVPN profile the service sent (may be empty; a complete one is built
/// from the bundle).
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_client_config(h: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.client_config) }
    })
}

/// `CreateTime`: creation time, epoch milliseconds.
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_create_time(h: *const vpncert_bundle) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.create_time))
    })
}

/// `EndTime`: expiry time, epoch milliseconds.
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_end_time(h: *const vpncert_bundle) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.end_time))
    })
}

/// `Status`: `normal`, `expiring-soon`, `expired`, or another value as sent.
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_status(h: *const vpncert_bundle) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.status) }
    })
}

/// `ResourceGroupId`: the resource group.
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_resource_group_id(
    h: *const vpncert_bundle,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.resource_group_id) }
    })
}

/// The SSL-VPN server's settings, when `issue_client_cert` fetched them to build a profile.
/// Borrowed from `h`, valid until it is freed (do not free it). NULL when there is none.
///
/// # Safety `h` is NULL or a live `vpncert_bundle`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_server(h: *const vpncert_bundle) -> *const vpncert_server {
    ffi_panic_boundary!(or std::ptr::null() => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(std::ptr::null(), |h| h.server.as_deref().map_or(std::ptr::null(), |x| x as *const vpncert_server))
    })
}

/// Frees a `vpncert_bundle`. NULL is a no-op.
///
/// # Safety `h` is NULL or a live `vpncert_bundle` no other thread uses; it and its strings are
/// invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_bundle_free(h: *mut vpncert_bundle) {
    ffi_panic_boundary!(or () => {
    // SAFETY: the caller's contract.
    drop(unsafe { take_handle(h) });
    })
}

/// The answer to `CreateSslVpnClientCert`. (C handle of `CreateSslVpnClientCertResponse`,
/// `ModifySslVpnClientCertResponse`.)
///
/// Owned by the caller, freed with `vpncert_cert_free`. Immutable: any thread may read it.
pub struct vpncert_cert {
    pub(crate) request_id: CString,
    pub(crate) name: CString,
    pub(crate) id: CString,
}

impl From<vpncert::CreateSslVpnClientCertResponse> for vpncert_cert {
    fn from(v: vpncert::CreateSslVpnClientCertResponse) -> Self {
        vpncert_cert {
            request_id: c_string(&v.request_id),
            name: c_string(&v.name),
            id: c_string(&v.ssl_vpn_client_cert_id),
        }
    }
}

impl From<vpncert::ModifySslVpnClientCertResponse> for vpncert_cert {
    fn from(v: vpncert::ModifySslVpnClientCertResponse) -> Self {
        vpncert_cert {
            request_id: c_string(&v.request_id),
            name: c_string(&v.name),
            id: c_string(&v.ssl_vpn_client_cert_id),
        }
    }
}

/// `RequestId`: the request id.
///
/// # Safety `h` is NULL or a live `vpncert_cert`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_request_id(h: *const vpncert_cert) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.request_id) }
    })
}

/// `Name`: the certificate's name (empty when an older response leaves it out).
///
/// # Safety `h` is NULL or a live `vpncert_cert`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_name(h: *const vpncert_cert) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.name) }
    })
}

/// `SslVpnClientCertId`: the new certificate's id (`vsc-...`).
///
/// # Safety `h` is NULL or a live `vpncert_cert`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_id(h: *const vpncert_cert) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.id) }
    })
}

/// Frees a `vpncert_cert`. NULL is a no-op.
///
/// # Safety `h` is NULL or a live `vpncert_cert` no other thread uses; it and its strings are
/// invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_free(h: *mut vpncert_cert) {
    ffi_panic_boundary!(or () => {
    // SAFETY: the caller's contract.
    drop(unsafe { take_handle(h) });
    })
}

/// A certificate as the list shows it (no secrets). (C handle of `SslVpnClientCertSummary`.)
///
/// Owned by the caller, freed with `vpncert_cert_summary_free`. Immutable: any thread may read
/// it.
pub struct vpncert_cert_summary {
    pub(crate) id: CString,
    pub(crate) server_id: CString,
    pub(crate) name: CString,
    pub(crate) region_id: CString,
    pub(crate) status: CString,
    pub(crate) create_time: u64,
    pub(crate) end_time: u64,
    pub(crate) resource_group_id: CString,
}

impl From<vpncert::SslVpnClientCertSummary> for vpncert_cert_summary {
    fn from(v: vpncert::SslVpnClientCertSummary) -> Self {
        vpncert_cert_summary {
            id: c_string(&v.ssl_vpn_client_cert_id),
            server_id: c_string(&v.ssl_vpn_server_id),
            name: c_string(&v.name),
            region_id: c_string(&v.region_id),
            status: c_string(v.status.as_str()),
            create_time: v.create_time,
            end_time: v.end_time,
            resource_group_id: c_string(&v.resource_group_id),
        }
    }
}

impl vpncert_cert_summary {
    /// The core record again (strings copied back out of the handle).
    #[allow(dead_code)]
    pub(crate) fn record(&self) -> vpncert::SslVpnClientCertSummary {
        let mut v = vpncert::SslVpnClientCertSummary::default();
        v.ssl_vpn_client_cert_id = self.id.to_string_lossy().into_owned();
        v.ssl_vpn_server_id = self.server_id.to_string_lossy().into_owned();
        v.name = self.name.to_string_lossy().into_owned();
        v.region_id = self.region_id.to_string_lossy().into_owned();
        v.status = vpncert::CertStatus::parse(&self.status.to_string_lossy());
        v.create_time = self.create_time;
        v.end_time = self.end_time;
        v.resource_group_id = self.resource_group_id.to_string_lossy().into_owned();
        v
    }
}

/// `SslVpnClientCertId`: the certificate id (`vsc-...`).
///
/// # Safety `h` is NULL or a live `vpncert_cert_summary`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_id(h: *const vpncert_cert_summary) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.id) }
    })
}

/// `SslVpnServerId`: the SSL-VPN server (`vss-...`).
///
/// # Safety `h` is NULL or a live `vpncert_cert_summary`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_server_id(
    h: *const vpncert_cert_summary,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.server_id) }
    })
}

/// `Name`: the name.
///
/// # Safety `h` is NULL or a live `vpncert_cert_summary`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_name(
    h: *const vpncert_cert_summary,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.name) }
    })
}

/// `RegionId`: the region.
///
/// # Safety `h` is NULL or a live `vpncert_cert_summary`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_region_id(
    h: *const vpncert_cert_summary,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.region_id) }
    })
}

/// `Status`: `normal`, `expiring-soon`, `expired`, or another value as sent.
///
/// # Safety `h` is NULL or a live `vpncert_cert_summary`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_status(
    h: *const vpncert_cert_summary,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.status) }
    })
}

/// `CreateTime`: creation time, epoch milliseconds.
///
/// # Safety `h` is NULL or a live `vpncert_cert_summary`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_create_time(h: *const vpncert_cert_summary) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.create_time))
    })
}

/// `EndTime`: expiry time, epoch milliseconds.
///
/// # Safety `h` is NULL or a live `vpncert_cert_summary`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_end_time(h: *const vpncert_cert_summary) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.end_time))
    })
}

/// `ResourceGroupId`: the resource group.
///
/// # Safety `h` is NULL or a live `vpncert_cert_summary`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_resource_group_id(
    h: *const vpncert_cert_summary,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.resource_group_id) }
    })
}

/// Frees a `vpncert_cert_summary`. NULL is a no-op.
///
/// # Safety `h` is NULL or a live `vpncert_cert_summary` no other thread uses; it and its
/// strings are invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_summary_free(h: *mut vpncert_cert_summary) {
    ffi_panic_boundary!(or () => {
    // SAFETY: the caller's contract.
    drop(unsafe { take_handle(h) });
    })
}

/// What a delete did. (C handle of `DeleteSslVpnClientCertResponse`.)
///
/// Owned by the caller, freed with `vpncert_delete_result_free`. Immutable: any thread may read
/// it.
pub struct vpncert_delete_result {
    pub(crate) request_id: CString,
    pub(crate) already_deleted: bool,
}

impl From<vpncert::DeleteSslVpnClientCertResponse> for vpncert_delete_result {
    fn from(v: vpncert::DeleteSslVpnClientCertResponse) -> Self {
        vpncert_delete_result {
            request_id: c_string(&v.request_id),
            already_deleted: v.already_deleted,
        }
    }
}

impl vpncert_delete_result {
    /// The core record again (strings copied back out of the handle).
    #[allow(dead_code)]
    pub(crate) fn record(&self) -> vpncert::DeleteSslVpnClientCertResponse {
        let mut v = vpncert::DeleteSslVpnClientCertResponse::default();
        v.request_id = self.request_id.to_string_lossy().into_owned();
        v.already_deleted = self.already_deleted;
        v
    }
}

/// `RequestId`: the request id of the answer.
///
/// # Safety `h` is NULL or a live `vpncert_delete_result`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_delete_result_request_id(
    h: *const vpncert_delete_result,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.request_id) }
    })
}

/// Whether the certificate was already gone (not an error: the delete is done either way).
///
/// # Safety `h` is NULL or a live `vpncert_delete_result`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_delete_result_already_deleted(
    h: *const vpncert_delete_result,
) -> bool {
    ffi_panic_boundary!(or false => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.is_some_and(|h| h.already_deleted)
    })
}

/// Frees a `vpncert_delete_result`. NULL is a no-op.
///
/// # Safety `h` is NULL or a live `vpncert_delete_result` no other thread uses; it and its
/// strings are invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_delete_result_free(h: *mut vpncert_delete_result) {
    ffi_panic_boundary!(or () => {
    // SAFETY: the caller's contract.
    drop(unsafe { take_handle(h) });
    })
}

/// An SSL-VPN server. (C handle of `SslVpnServer`.)
///
/// Owned by the caller, freed with `vpncert_server_free`. Immutable: any thread may read it.
pub struct vpncert_server {
    pub(crate) id: CString,
    pub(crate) vpn_gateway_id: CString,
    pub(crate) region_id: CString,
    pub(crate) name: CString,
    pub(crate) internet_ip: CString,
    pub(crate) client_ip_pool: CString,
    pub(crate) local_subnet: CString,
    pub(crate) proto: CString,
    pub(crate) port: u32,
    pub(crate) cipher: CString,
    pub(crate) compress: bool,
    pub(crate) connections: u64,
    pub(crate) max_connections: u64,
    pub(crate) create_time: u64,
    pub(crate) enable_multi_factor_auth: bool,
    pub(crate) idaas_instance_id: CString,
    pub(crate) idaas_region_id: CString,
    pub(crate) idaas_application_id: CString,
    pub(crate) idaas_instance_version: CString,
    pub(crate) resource_group_id: CString,
    pub(crate) dns_servers: CString,
}

impl From<vpncert::SslVpnServer> for vpncert_server {
    fn from(v: vpncert::SslVpnServer) -> Self {
        vpncert_server {
            id: c_string(&v.ssl_vpn_server_id),
            vpn_gateway_id: c_string(&v.vpn_gateway_id),
            region_id: c_string(&v.region_id),
            name: c_string(&v.name),
            internet_ip: c_string(&v.internet_ip),
            client_ip_pool: c_string(&v.client_ip_pool),
            local_subnet: c_string(&v.local_subnet.join(",")),
            proto: c_string(&v.proto),
            port: u32::try_from(v.port).unwrap_or(0),
            cipher: c_string(&v.cipher),
            compress: v.compress,
            connections: v.connections,
            max_connections: v.max_connections,
            create_time: v.create_time,
            enable_multi_factor_auth: v.enable_multi_factor_auth,
            idaas_instance_id: c_string(&v.idaas_instance_id),
            idaas_region_id: c_string(&v.idaas_region_id),
            idaas_application_id: c_string(&v.idaas_application_id),
            idaas_instance_version: c_string(&v.idaas_instance_version),
            resource_group_id: c_string(&v.resource_group_id),
            dns_servers: c_string(&v.dns_servers.join(",")),
        }
    }
}

impl vpncert_server {
    /// The core record again (strings copied back out of the handle).
    #[allow(dead_code)]
    pub(crate) fn record(&self) -> vpncert::SslVpnServer {
        let mut v = vpncert::SslVpnServer::default();
        v.ssl_vpn_server_id = self.id.to_string_lossy().into_owned();
        v.vpn_gateway_id = self.vpn_gateway_id.to_string_lossy().into_owned();
        v.region_id = self.region_id.to_string_lossy().into_owned();
        v.name = self.name.to_string_lossy().into_owned();
        v.internet_ip = self.internet_ip.to_string_lossy().into_owned();
        v.client_ip_pool = self.client_ip_pool.to_string_lossy().into_owned();
        v.local_subnet = self
            .local_subnet
            .to_string_lossy()
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        v.proto = self.proto.to_string_lossy().into_owned();
        v.port = u64::from(self.port);
        v.cipher = self.cipher.to_string_lossy().into_owned();
        v.compress = self.compress;
        v.connections = self.connections;
        v.max_connections = self.max_connections;
        v.create_time = self.create_time;
        v.enable_multi_factor_auth = self.enable_multi_factor_auth;
        v.idaas_instance_id = self.idaas_instance_id.to_string_lossy().into_owned();
        v.idaas_region_id = self.idaas_region_id.to_string_lossy().into_owned();
        v.idaas_application_id = self.idaas_application_id.to_string_lossy().into_owned();
        v.idaas_instance_version = self.idaas_instance_version.to_string_lossy().into_owned();
        v.resource_group_id = self.resource_group_id.to_string_lossy().into_owned();
        v.dns_servers = self
            .dns_servers
            .to_string_lossy()
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        v
    }
}

/// `SslVpnServerId`: the server id (`vss-...`).
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_id(h: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.id) }
    })
}

/// `VpnGatewayId`: the VPN gateway it runs on (`vpn-...`).
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_vpn_gateway_id(h: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.vpn_gateway_id) }
    })
}

/// `RegionId`: the region.
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_region_id(h: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.region_id) }
    })
}

/// `Name`: the server name.
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_name(h: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.name) }
    })
}

/// `InternetIp`: the public address clients connect to.
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_internet_ip(h: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.internet_ip) }
    })
}

/// `ClientIpPool`: the client address pool (CIDR).
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_client_ip_pool(h: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.client_ip_pool) }
    })
}

/// `LocalSubnet`: the networks reachable through the VPN (CIDRs). Items are separated by
/// commas.
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_local_subnet(h: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.local_subnet) }
    })
}

/// `Proto`: the protocol, `UDP` or `TCP`.
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_proto(h: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.proto) }
    })
}

/// `Port`: the port clients connect to, e.g. 1194 (0 when unknown).
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_port(h: *const vpncert_server) -> u32 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| h.port)
    })
}

/// `Cipher`: the cipher, e.g. `AES-128-CBC`.
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_cipher(h: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.cipher) }
    })
}

/// `Compress`: whether traffic is compressed.
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_compress(h: *const vpncert_server) -> bool {
    ffi_panic_boundary!(or false => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.is_some_and(|h| h.compress)
    })
}

/// `Connections`: current connections.
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_connections(h: *const vpncert_server) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.connections))
    })
}

/// `MaxConnections`: maximum connections.
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_max_connections(h: *const vpncert_server) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.max_connections))
    })
}

/// `CreateTime`: creation time, epoch milliseconds.
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_create_time(h: *const vpncert_server) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.create_time))
    })
}

/// `EnableMultiFactorAuth`: whether multi-factor authentication (IDaaS) is on.
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_enable_multi_factor_auth(h: *const vpncert_server) -> bool {
    ffi_panic_boundary!(or false => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.is_some_and(|h| h.enable_multi_factor_auth)
    })
}

/// `IDaaSInstanceId`: the IDaaS instance of multi-factor authentication (empty when none).
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_idaas_instance_id(
    h: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.idaas_instance_id) }
    })
}

/// `IDaaSRegionId`: the region of the IDaaS instance (empty when none).
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_idaas_region_id(h: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.idaas_region_id) }
    })
}

/// `IDaaSApplicationId`: the IDaaS application of multi-factor authentication (empty when
/// none).
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_idaas_application_id(
    h: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.idaas_application_id) }
    })
}

/// `IDaaSInstanceVersion`: the version of the IDaaS instance (empty when none).
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_idaas_instance_version(
    h: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.idaas_instance_version) }
    })
}

/// `ResourceGroupId`: the resource group (empty when none).
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_resource_group_id(
    h: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.resource_group_id) }
    })
}

/// `DnsServers`: the DNS servers pushed to clients (IP addresses; empty when none). Items are
/// separated by commas.
///
/// # Safety `h` is NULL or a live `vpncert_server`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_dns_servers(h: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.dns_servers) }
    })
}

/// Frees a `vpncert_server`. NULL is a no-op.
///
/// # Safety `h` is NULL or a live `vpncert_server` no other thread uses; it and its strings are
/// invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_free(h: *mut vpncert_server) {
    ffi_panic_boundary!(or () => {
    // SAFETY: the caller's contract.
    drop(unsafe { take_handle(h) });
    })
}

/// A walk over every `SslVpnClientCertSummary` of a list, fetching pages of 50 lazily.
///
/// Made by the list calls, advanced by `vpncert_cert_list_next`, freed by
/// `vpncert_cert_list_free`. It holds its own reference to the client's connections, so it
/// stays usable after `vpncert_client_free`. Not thread-safe: one thread at a time (it may move
/// between threads).
pub struct vpncert_cert_list {
    pub(crate) pages: vpncert::Pages<vpncert::SslVpnClientCertSummary>,
}

/// The next item of the walk: `VPNCERT_OK` with a new `vpncert_cert_summary` in `*out` (freed
/// with `vpncert_cert_summary_free`), or `VPNCERT_OK` with `*out` set to NULL when there are no
/// more. A page that cannot be fetched is reported once (`*out` untouched, `*err` written); the
/// walk is over after it.
///
/// # Safety `list` is NULL or a live list; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_list_next(
    list: *mut vpncert_cert_list,
    out: *mut *mut vpncert_cert_summary,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
    // SAFETY: the caller's contract is `next_out`'s.
    unsafe { next_out(list, out, |l| &mut l.pages, vpncert_cert_summary::from) }
    })
}

/// Frees a list. NULL is a no-op.
///
/// # Safety `list` is NULL or a live list; it is invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_cert_list_free(list: *mut vpncert_cert_list) {
    ffi_panic_boundary!(or () => {
    // SAFETY: the caller's contract.
    drop(unsafe { take_handle(list) });
    })
}

/// A walk over every `SslVpnServer` of a list, fetching pages of 50 lazily.
///
/// Made by the list calls, advanced by `vpncert_server_list_next`, freed by
/// `vpncert_server_list_free`. It holds its own reference to the client's connections, so it
/// stays usable after `vpncert_client_free`. Not thread-safe: one thread at a time (it may move
/// between threads).
pub struct vpncert_server_list {
    pub(crate) pages: vpncert::Pages<vpncert::SslVpnServer>,
}

/// The next item of the walk: `VPNCERT_OK` with a new `vpncert_server` in `*out` (freed with
/// `vpncert_server_free`), or `VPNCERT_OK` with `*out` set to NULL when there are no more. A
/// page that cannot be fetched is reported once (`*out` untouched, `*err` written); the walk is
/// over after it.
///
/// # Safety `list` is NULL or a live list; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_list_next(
    list: *mut vpncert_server_list,
    out: *mut *mut vpncert_server,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
    // SAFETY: the caller's contract is `next_out`'s.
    unsafe { next_out(list, out, |l| &mut l.pages, vpncert_server::from) }
    })
}

/// Frees a list. NULL is a no-op.
///
/// # Safety `list` is NULL or a live list; it is invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_list_free(list: *mut vpncert_server_list) {
    ffi_panic_boundary!(or () => {
    // SAFETY: the caller's contract.
    drop(unsafe { take_handle(list) });
    })
}
