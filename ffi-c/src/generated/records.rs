// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! Record handles: one per record of the spec (records of one shape share a handle), each with
//! an accessor per field. Accessors return `""`, 0, false or NULL for a NULL handle; strings
//! are borrowed from the handle and valid until it is freed.

#![allow(clippy::missing_safety_doc)]

use std::ffi::{c_char, CString};

use crate::args::{c_string, ms, next_out, secret_c_string, string_field, take_handle, EMPTY};
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
            client_key: secret_c_string(v.client_key.expose()),
            client_config: secret_c_string(v.client_config.expose()),
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
        v.client_key = vpncert::Secret::new(self.client_key.to_string_lossy().into_owned());
        v.client_config = vpncert::Secret::new(self.client_config.to_string_lossy().into_owned());
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

/// `ClientKey`: the client's private key (PEM). Secret: never shown by `Debug` or `repr`, held
/// once and wiped on drop. The handle's one copy (every call returns the same pointer), wiped
/// when the handle is freed.
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
/// from the bundle). It may carry the key inline, so it is held as the key is. The handle's one
/// copy (every call returns the same pointer), wiped when the handle is freed.
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

/// A client connected to an SSL-VPN server now. (C handle of `SslVpnClientInfo`.)
///
/// Owned by the caller, freed with `vpncert_client_info_free`. Immutable: any thread may read
/// it.
pub struct vpncert_client_info {
    pub(crate) common_name: CString,
    pub(crate) ip: CString,
    pub(crate) port: CString,
    pub(crate) private_ip: CString,
    pub(crate) connected_time: u64,
    pub(crate) receive_bytes: u64,
    pub(crate) send_bytes: u64,
    pub(crate) status: CString,
}

impl From<vpncert::SslVpnClientInfo> for vpncert_client_info {
    fn from(v: vpncert::SslVpnClientInfo) -> Self {
        vpncert_client_info {
            common_name: c_string(&v.common_name),
            ip: c_string(&v.ip),
            port: c_string(&v.port),
            private_ip: c_string(&v.private_ip),
            connected_time: v.connected_time,
            receive_bytes: v.receive_bytes,
            send_bytes: v.send_bytes,
            status: c_string(&v.status),
        }
    }
}

impl vpncert_client_info {
    /// The core record again (strings copied back out of the handle).
    #[allow(dead_code)]
    pub(crate) fn record(&self) -> vpncert::SslVpnClientInfo {
        let mut v = vpncert::SslVpnClientInfo::default();
        v.common_name = self.common_name.to_string_lossy().into_owned();
        v.ip = self.ip.to_string_lossy().into_owned();
        v.port = self.port.to_string_lossy().into_owned();
        v.private_ip = self.private_ip.to_string_lossy().into_owned();
        v.connected_time = self.connected_time;
        v.receive_bytes = self.receive_bytes;
        v.send_bytes = self.send_bytes;
        v.status = self.status.to_string_lossy().into_owned();
        v
    }
}

/// `CommonName`: the certificate it connected with (or the user, with two-factor
/// authentication).
///
/// # Safety `h` is NULL or a live `vpncert_client_info`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_info_common_name(
    h: *const vpncert_client_info,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.common_name) }
    })
}

/// `Ip`: the public address it connects from.
///
/// # Safety `h` is NULL or a live `vpncert_client_info`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_info_ip(h: *const vpncert_client_info) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.ip) }
    })
}

/// `Port`: the port it connects from (the API sends it as text).
///
/// # Safety `h` is NULL or a live `vpncert_client_info`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_info_port(h: *const vpncert_client_info) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.port) }
    })
}

/// `PrivateIp`: the address the gateway gave it.
///
/// # Safety `h` is NULL or a live `vpncert_client_info`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_info_private_ip(
    h: *const vpncert_client_info,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.private_ip) }
    })
}

/// `ConnectedTime`: when it connected, epoch milliseconds.
///
/// # Safety `h` is NULL or a live `vpncert_client_info`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_info_connected_time(h: *const vpncert_client_info) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.connected_time))
    })
}

/// `ReceiveBytes`: bytes the gateway received from it.
///
/// # Safety `h` is NULL or a live `vpncert_client_info`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_info_receive_bytes(h: *const vpncert_client_info) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.receive_bytes))
    })
}

/// `SendBytes`: bytes the gateway sent to it.
///
/// # Safety `h` is NULL or a live `vpncert_client_info`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_info_send_bytes(h: *const vpncert_client_info) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.send_bytes))
    })
}

/// `Status`: `online`.
///
/// # Safety `h` is NULL or a live `vpncert_client_info`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_info_status(
    h: *const vpncert_client_info,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.status) }
    })
}

/// Frees a `vpncert_client_info`. NULL is a no-op.
///
/// # Safety `h` is NULL or a live `vpncert_client_info` no other thread uses; it and its
/// strings are invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_info_free(h: *mut vpncert_client_info) {
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

/// A VPN gateway: where SSL-VPN servers run. `Status` is `updating` while a change is applied
/// and `active` when it is done. (C handle of `VpnGateway`.)
///
/// Owned by the caller, freed with `vpncert_gateway_free`. Immutable: any thread may read it.
pub struct vpncert_gateway {
    pub(crate) request_id: CString,
    pub(crate) id: CString,
    pub(crate) vpc_id: CString,
    pub(crate) v_switch_id: CString,
    pub(crate) name: CString,
    pub(crate) description: CString,
    pub(crate) status: CString,
    pub(crate) business_status: CString,
    pub(crate) ssl_vpn: CString,
    pub(crate) ssl_max_connections: u64,
    pub(crate) ssl_vpn_internet_ip: CString,
    pub(crate) ipsec_vpn: CString,
    pub(crate) internet_ip: CString,
    pub(crate) disaster_recovery_internet_ip: CString,
    pub(crate) disaster_recovery_v_switch_id: CString,
    pub(crate) spec: CString,
    pub(crate) charge_type: CString,
    pub(crate) create_time: u64,
    pub(crate) end_time: u64,
    pub(crate) gateway_type: CString,
    pub(crate) network_type: CString,
    pub(crate) vpn_type: CString,
    pub(crate) auto_propagate: bool,
    pub(crate) enable_bgp: bool,
    pub(crate) resource_group_id: CString,
    pub(crate) tag: CString,
    pub(crate) tags: Vec<vpncert_tag>,
    pub(crate) eni_instance_ids: Vec<CString>,
    pub(crate) reservation_data: Option<Box<vpncert_reservation>>,
}

impl From<vpncert::VpnGateway> for vpncert_gateway {
    fn from(v: vpncert::VpnGateway) -> Self {
        vpncert_gateway {
            request_id: c_string(&v.request_id),
            id: c_string(&v.vpn_gateway_id),
            vpc_id: c_string(&v.vpc_id),
            v_switch_id: c_string(&v.v_switch_id),
            name: c_string(&v.name),
            description: c_string(&v.description),
            status: c_string(&v.status),
            business_status: c_string(&v.business_status),
            ssl_vpn: c_string(&v.ssl_vpn),
            ssl_max_connections: v.ssl_max_connections,
            ssl_vpn_internet_ip: c_string(&v.ssl_vpn_internet_ip),
            ipsec_vpn: c_string(&v.ipsec_vpn),
            internet_ip: c_string(&v.internet_ip),
            disaster_recovery_internet_ip: c_string(&v.disaster_recovery_internet_ip),
            disaster_recovery_v_switch_id: c_string(&v.disaster_recovery_v_switch_id),
            spec: c_string(&v.spec),
            charge_type: c_string(&v.charge_type),
            create_time: v.create_time,
            end_time: v.end_time,
            gateway_type: c_string(&v.gateway_type),
            network_type: c_string(&v.network_type),
            vpn_type: c_string(&v.vpn_type),
            auto_propagate: v.auto_propagate,
            enable_bgp: v.enable_bgp,
            resource_group_id: c_string(&v.resource_group_id),
            tag: c_string(&v.tag),
            tags: v.tags.into_iter().map(vpncert_tag::from).collect(),
            eni_instance_ids: v.eni_instance_ids.iter().map(|s| c_string(s)).collect(),
            reservation_data: v
                .reservation_data
                .map(|x| Box::new(vpncert_reservation::from(x))),
        }
    }
}

impl vpncert_gateway {
    /// The core record again (strings copied back out of the handle).
    #[allow(dead_code)]
    pub(crate) fn record(&self) -> vpncert::VpnGateway {
        let mut v = vpncert::VpnGateway::default();
        v.request_id = self.request_id.to_string_lossy().into_owned();
        v.vpn_gateway_id = self.id.to_string_lossy().into_owned();
        v.vpc_id = self.vpc_id.to_string_lossy().into_owned();
        v.v_switch_id = self.v_switch_id.to_string_lossy().into_owned();
        v.name = self.name.to_string_lossy().into_owned();
        v.description = self.description.to_string_lossy().into_owned();
        v.status = self.status.to_string_lossy().into_owned();
        v.business_status = self.business_status.to_string_lossy().into_owned();
        v.ssl_vpn = self.ssl_vpn.to_string_lossy().into_owned();
        v.ssl_max_connections = self.ssl_max_connections;
        v.ssl_vpn_internet_ip = self.ssl_vpn_internet_ip.to_string_lossy().into_owned();
        v.ipsec_vpn = self.ipsec_vpn.to_string_lossy().into_owned();
        v.internet_ip = self.internet_ip.to_string_lossy().into_owned();
        v.disaster_recovery_internet_ip = self
            .disaster_recovery_internet_ip
            .to_string_lossy()
            .into_owned();
        v.disaster_recovery_v_switch_id = self
            .disaster_recovery_v_switch_id
            .to_string_lossy()
            .into_owned();
        v.spec = self.spec.to_string_lossy().into_owned();
        v.charge_type = self.charge_type.to_string_lossy().into_owned();
        v.create_time = self.create_time;
        v.end_time = self.end_time;
        v.gateway_type = self.gateway_type.to_string_lossy().into_owned();
        v.network_type = self.network_type.to_string_lossy().into_owned();
        v.vpn_type = self.vpn_type.to_string_lossy().into_owned();
        v.auto_propagate = self.auto_propagate;
        v.enable_bgp = self.enable_bgp;
        v.resource_group_id = self.resource_group_id.to_string_lossy().into_owned();
        v.tag = self.tag.to_string_lossy().into_owned();
        v.tags = self.tags.iter().map(|x| x.record()).collect();
        v.eni_instance_ids = self
            .eni_instance_ids
            .iter()
            .map(|s| s.to_string_lossy().into_owned())
            .collect();
        v.reservation_data = self.reservation_data.as_ref().map(|x| x.record());
        v
    }
}

/// `RequestId`: the request id (empty for the items of a list).
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_request_id(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.request_id) }
    })
}

/// `VpnGatewayId`: the gateway id (`vpn-...`).
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_id(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.id) }
    })
}

/// `VpcId`: the VPC it belongs to.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_vpc_id(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.vpc_id) }
    })
}

/// `VSwitchId`: the vSwitch it belongs to.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_v_switch_id(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.v_switch_id) }
    })
}

/// `Name`: the name.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_name(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.name) }
    })
}

/// `Description`: the description.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_description(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.description) }
    })
}

/// `Status`: `init`, `provisioning`, `active`, `updating` or `deleting`.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_status(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.status) }
    })
}

/// `BusinessStatus`: `Normal`, or `FinancialLocked` (overdue payment).
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_business_status(
    h: *const vpncert_gateway,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.business_status) }
    })
}

/// `SslVpn`: whether SSL-VPN is on: `enable` or `disable`.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_ssl_vpn(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.ssl_vpn) }
    })
}

/// `SslMaxConnections`: how many SSL-VPN connections may be open at once.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_ssl_max_connections(h: *const vpncert_gateway) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.ssl_max_connections))
    })
}

/// `SslVpnInternetIp`: the address SSL-VPN clients connect to.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_ssl_vpn_internet_ip(
    h: *const vpncert_gateway,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.ssl_vpn_internet_ip) }
    })
}

/// `IpsecVpn`: whether IPsec-VPN is on: `enable` or `disable`.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_ipsec_vpn(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.ipsec_vpn) }
    })
}

/// `InternetIp`: the public address of the gateway.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_internet_ip(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.internet_ip) }
    })
}

/// `DisasterRecoveryInternetIp`: the second address of a dual-tunnel gateway.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_disaster_recovery_internet_ip(
    h: *const vpncert_gateway,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.disaster_recovery_internet_ip) }
    })
}

/// `DisasterRecoveryVSwitchId`: the second vSwitch of a dual-tunnel gateway.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_disaster_recovery_v_switch_id(
    h: *const vpncert_gateway,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.disaster_recovery_v_switch_id) }
    })
}

/// `Spec`: the bandwidth specification.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_spec(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.spec) }
    })
}

/// `ChargeType`: the billing method.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_charge_type(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.charge_type) }
    })
}

/// `CreateTime`: creation time, epoch milliseconds.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_create_time(h: *const vpncert_gateway) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.create_time))
    })
}

/// `EndTime`: expiry time, epoch milliseconds.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_end_time(h: *const vpncert_gateway) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.end_time))
    })
}

/// `GatewayType`: the type of the gateway.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_gateway_type(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.gateway_type) }
    })
}

/// `NetworkType`: the network type.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_network_type(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.network_type) }
    })
}

/// `VpnType`: the VPN type.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_vpn_type(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.vpn_type) }
    })
}

/// `AutoPropagate`: whether routes propagate automatically.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_auto_propagate(h: *const vpncert_gateway) -> bool {
    ffi_panic_boundary!(or false => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.is_some_and(|h| h.auto_propagate)
    })
}

/// `EnableBgp`: whether BGP is on.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_enable_bgp(h: *const vpncert_gateway) -> bool {
    ffi_panic_boundary!(or false => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.is_some_and(|h| h.enable_bgp)
    })
}

/// `ResourceGroupId`: the resource group.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_resource_group_id(
    h: *const vpncert_gateway,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.resource_group_id) }
    })
}

/// `Tag`: the system's labels of the gateway.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_tag(h: *const vpncert_gateway) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.tag) }
    })
}

/// How many items `Tags.Tag`: the tags bound to the gateway. holds (0 when `h` is NULL).
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_tags_count(h: *const vpncert_gateway) -> usize {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| h.tags.len())
    })
}

/// Item `index` of `Tags.Tag`: the tags bound to the gateway. Borrowed from `h` (do not free
/// it); NULL when `index` is out of range.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_tags_at(
    h: *const vpncert_gateway,
    index: usize,
) -> *const vpncert_tag {
    ffi_panic_boundary!(or std::ptr::null() => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.and_then(|h| h.tags.get(index)).map_or(std::ptr::null(), |x| x as *const vpncert_tag)
    })
}

/// How many items `EniInstanceIds.EniInstanceId`: the network interfaces of the gateway. holds
/// (0 when `h` is NULL).
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_eni_instance_ids_count(
    h: *const vpncert_gateway,
) -> usize {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| h.eni_instance_ids.len())
    })
}

/// Item `index` of `EniInstanceIds.EniInstanceId`: the network interfaces of the gateway.
/// Borrowed from `h`, valid until it is freed; `""` when `index` is out of range.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_eni_instance_ids_at(
    h: *const vpncert_gateway,
    index: usize,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.and_then(|h| h.eni_instance_ids.get(index)).map_or(EMPTY.as_ptr(), |x| x.as_ptr())
    })
}

/// `ReservationData`: the pending order, when there is one (asked for with
/// `IncludeReservationData`). Borrowed from `h`, valid until it is freed (do not free it). NULL
/// when there is none.
///
/// # Safety `h` is NULL or a live `vpncert_gateway`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_reservation_data(
    h: *const vpncert_gateway,
) -> *const vpncert_reservation {
    ffi_panic_boundary!(or std::ptr::null() => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(std::ptr::null(), |h| h.reservation_data.as_deref().map_or(std::ptr::null(), |x| x as *const vpncert_reservation))
    })
}

/// Frees a `vpncert_gateway`. NULL is a no-op.
///
/// # Safety `h` is NULL or a live `vpncert_gateway` no other thread uses; it and its strings
/// are invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_free(h: *mut vpncert_gateway) {
    ffi_panic_boundary!(or () => {
    // SAFETY: the caller's contract.
    drop(unsafe { take_handle(h) });
    })
}

/// A pending order of a VPN gateway. (C handle of `VpnGatewayReservationData`.)
///
/// Owned by the caller, freed with `vpncert_reservation_free`. Immutable: any thread may read
/// it.
pub struct vpncert_reservation {
    pub(crate) reservation_end_time: CString,
    pub(crate) reservation_ipsec: CString,
    pub(crate) reservation_max_connections: u64,
    pub(crate) reservation_order_type: CString,
    pub(crate) reservation_spec: CString,
    pub(crate) reservation_ssl: CString,
    pub(crate) status: CString,
}

impl From<vpncert::VpnGatewayReservationData> for vpncert_reservation {
    fn from(v: vpncert::VpnGatewayReservationData) -> Self {
        vpncert_reservation {
            reservation_end_time: c_string(&v.reservation_end_time),
            reservation_ipsec: c_string(&v.reservation_ipsec),
            reservation_max_connections: v.reservation_max_connections,
            reservation_order_type: c_string(&v.reservation_order_type),
            reservation_spec: c_string(&v.reservation_spec),
            reservation_ssl: c_string(&v.reservation_ssl),
            status: c_string(&v.status),
        }
    }
}

impl vpncert_reservation {
    /// The core record again (strings copied back out of the handle).
    #[allow(dead_code)]
    pub(crate) fn record(&self) -> vpncert::VpnGatewayReservationData {
        let mut v = vpncert::VpnGatewayReservationData::default();
        v.reservation_end_time = self.reservation_end_time.to_string_lossy().into_owned();
        v.reservation_ipsec = self.reservation_ipsec.to_string_lossy().into_owned();
        v.reservation_max_connections = self.reservation_max_connections;
        v.reservation_order_type = self.reservation_order_type.to_string_lossy().into_owned();
        v.reservation_spec = self.reservation_spec.to_string_lossy().into_owned();
        v.reservation_ssl = self.reservation_ssl.to_string_lossy().into_owned();
        v.status = self.status.to_string_lossy().into_owned();
        v
    }
}

/// `ReservationEndTime`: when a temporary upgrade ends.
///
/// # Safety `h` is NULL or a live `vpncert_reservation`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_reservation_reservation_end_time(
    h: *const vpncert_reservation,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.reservation_end_time) }
    })
}

/// `ReservationIpsec`: iPsec-VPN in the pending order: `enable` or `disable`.
///
/// # Safety `h` is NULL or a live `vpncert_reservation`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_reservation_reservation_ipsec(
    h: *const vpncert_reservation,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.reservation_ipsec) }
    })
}

/// `ReservationMaxConnections`: sSL-VPN connections in the pending order.
///
/// # Safety `h` is NULL or a live `vpncert_reservation`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_reservation_reservation_max_connections(
    h: *const vpncert_reservation,
) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.reservation_max_connections))
    })
}

/// `ReservationOrderType`: the type of the pending order.
///
/// # Safety `h` is NULL or a live `vpncert_reservation`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_reservation_reservation_order_type(
    h: *const vpncert_reservation,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.reservation_order_type) }
    })
}

/// `ReservationSpec`: the bandwidth of the pending order.
///
/// # Safety `h` is NULL or a live `vpncert_reservation`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_reservation_reservation_spec(
    h: *const vpncert_reservation,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.reservation_spec) }
    })
}

/// `ReservationSsl`: sSL-VPN in the pending order: `enable` or `disable`.
///
/// # Safety `h` is NULL or a live `vpncert_reservation`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_reservation_reservation_ssl(
    h: *const vpncert_reservation,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.reservation_ssl) }
    })
}

/// `Status`: the status of the pending order.
///
/// # Safety `h` is NULL or a live `vpncert_reservation`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_reservation_status(
    h: *const vpncert_reservation,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.status) }
    })
}

/// Frees a `vpncert_reservation`. NULL is a no-op.
///
/// # Safety `h` is NULL or a live `vpncert_reservation` no other thread uses; it and its
/// strings are invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_reservation_free(h: *mut vpncert_reservation) {
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

/// The answer to `CreateSslVpnServer`. (C handle of `CreateSslVpnServerResponse`.)
///
/// Owned by the caller, freed with `vpncert_server_created_free`. Immutable: any thread may
/// read it.
pub struct vpncert_server_created {
    pub(crate) request_id: CString,
    pub(crate) id: CString,
    pub(crate) name: CString,
    pub(crate) dry_run: bool,
}

impl From<vpncert::CreateSslVpnServerResponse> for vpncert_server_created {
    fn from(v: vpncert::CreateSslVpnServerResponse) -> Self {
        vpncert_server_created {
            request_id: c_string(&v.request_id),
            id: c_string(&v.ssl_vpn_server_id),
            name: c_string(&v.name),
            dry_run: v.dry_run,
        }
    }
}

impl vpncert_server_created {
    /// The core record again (strings copied back out of the handle).
    #[allow(dead_code)]
    pub(crate) fn record(&self) -> vpncert::CreateSslVpnServerResponse {
        let mut v = vpncert::CreateSslVpnServerResponse::default();
        v.request_id = self.request_id.to_string_lossy().into_owned();
        v.ssl_vpn_server_id = self.id.to_string_lossy().into_owned();
        v.name = self.name.to_string_lossy().into_owned();
        v.dry_run = self.dry_run;
        v
    }
}

/// `RequestId`: the request id.
///
/// # Safety `h` is NULL or a live `vpncert_server_created`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_created_request_id(
    h: *const vpncert_server_created,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.request_id) }
    })
}

/// `SslVpnServerId`: the new server's id (`vss-...`; empty for a dry run).
///
/// # Safety `h` is NULL or a live `vpncert_server_created`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_created_id(
    h: *const vpncert_server_created,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.id) }
    })
}

/// `Name`: the server's name.
///
/// # Safety `h` is NULL or a live `vpncert_server_created`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_created_name(
    h: *const vpncert_server_created,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.name) }
    })
}

/// Whether this was a dry run that the service found would succeed (nothing was changed).
///
/// # Safety `h` is NULL or a live `vpncert_server_created`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_created_dry_run(h: *const vpncert_server_created) -> bool {
    ffi_panic_boundary!(or false => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.is_some_and(|h| h.dry_run)
    })
}

/// Frees a `vpncert_server_created`. NULL is a no-op.
///
/// # Safety `h` is NULL or a live `vpncert_server_created` no other thread uses; it and its
/// strings are invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_created_free(h: *mut vpncert_server_created) {
    ffi_panic_boundary!(or () => {
    // SAFETY: the caller's contract.
    drop(unsafe { take_handle(h) });
    })
}

/// The answer to `DeleteSslVpnServer`. (C handle of `DeleteSslVpnServerResponse`.)
///
/// Owned by the caller, freed with `vpncert_server_deleted_free`. Immutable: any thread may
/// read it.
pub struct vpncert_server_deleted {
    pub(crate) request_id: CString,
}

impl From<vpncert::DeleteSslVpnServerResponse> for vpncert_server_deleted {
    fn from(v: vpncert::DeleteSslVpnServerResponse) -> Self {
        vpncert_server_deleted {
            request_id: c_string(&v.request_id),
        }
    }
}

impl vpncert_server_deleted {
    /// The core record again (strings copied back out of the handle).
    #[allow(dead_code)]
    pub(crate) fn record(&self) -> vpncert::DeleteSslVpnServerResponse {
        let mut v = vpncert::DeleteSslVpnServerResponse::default();
        v.request_id = self.request_id.to_string_lossy().into_owned();
        v
    }
}

/// `RequestId`: the request id.
///
/// # Safety `h` is NULL or a live `vpncert_server_deleted`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_deleted_request_id(
    h: *const vpncert_server_deleted,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.request_id) }
    })
}

/// Frees a `vpncert_server_deleted`. NULL is a no-op.
///
/// # Safety `h` is NULL or a live `vpncert_server_deleted` no other thread uses; it and its
/// strings are invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_deleted_free(h: *mut vpncert_server_deleted) {
    ffi_panic_boundary!(or () => {
    // SAFETY: the caller's contract.
    drop(unsafe { take_handle(h) });
    })
}

/// One page of an SSL-VPN server's connection logs. (C handle of `VpnSslServerLogs`.)
///
/// Owned by the caller, freed with `vpncert_server_logs_free`. Immutable: any thread may read
/// it.
pub struct vpncert_server_logs {
    pub(crate) request_id: CString,
    pub(crate) count: u64,
    pub(crate) page_number: u64,
    pub(crate) page_size: u64,
    pub(crate) is_completed: bool,
    pub(crate) logs: Vec<CString>,
}

impl From<vpncert::VpnSslServerLogs> for vpncert_server_logs {
    fn from(v: vpncert::VpnSslServerLogs) -> Self {
        vpncert_server_logs {
            request_id: c_string(&v.request_id),
            count: v.count,
            page_number: v.page_number,
            page_size: v.page_size,
            is_completed: v.is_completed,
            logs: v.logs.iter().map(|s| c_string(s)).collect(),
        }
    }
}

impl vpncert_server_logs {
    /// The core record again (strings copied back out of the handle).
    #[allow(dead_code)]
    pub(crate) fn record(&self) -> vpncert::VpnSslServerLogs {
        let mut v = vpncert::VpnSslServerLogs::default();
        v.request_id = self.request_id.to_string_lossy().into_owned();
        v.count = self.count;
        v.page_number = self.page_number;
        v.page_size = self.page_size;
        v.is_completed = self.is_completed;
        v.logs = self
            .logs
            .iter()
            .map(|s| s.to_string_lossy().into_owned())
            .collect();
        v
    }
}

/// `RequestId`: the request id.
///
/// # Safety `h` is NULL or a live `vpncert_server_logs`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_logs_request_id(
    h: *const vpncert_server_logs,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.request_id) }
    })
}

/// `Count`: how many log lines there are in all.
///
/// # Safety `h` is NULL or a live `vpncert_server_logs`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_logs_count(h: *const vpncert_server_logs) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.count))
    })
}

/// `PageNumber`: the page number.
///
/// # Safety `h` is NULL or a live `vpncert_server_logs`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_logs_page_number(h: *const vpncert_server_logs) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.page_number))
    })
}

/// `PageSize`: the page size.
///
/// # Safety `h` is NULL or a live `vpncert_server_logs`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_logs_page_size(h: *const vpncert_server_logs) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.page_size))
    })
}

/// `IsCompleted`: whether the logs of the period are complete (the service may still be
/// collecting them).
///
/// # Safety `h` is NULL or a live `vpncert_server_logs`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_logs_is_completed(h: *const vpncert_server_logs) -> bool {
    ffi_panic_boundary!(or false => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.is_some_and(|h| h.is_completed)
    })
}

/// How many items `Data.Logs`: the log lines of this page. holds (0 when `h` is NULL).
///
/// # Safety `h` is NULL or a live `vpncert_server_logs`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_logs_logs_count(h: *const vpncert_server_logs) -> usize {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| h.logs.len())
    })
}

/// Item `index` of `Data.Logs`: the log lines of this page. Borrowed from `h`, valid until it
/// is freed; `""` when `index` is out of range.
///
/// # Safety `h` is NULL or a live `vpncert_server_logs`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_logs_logs_at(
    h: *const vpncert_server_logs,
    index: usize,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.and_then(|h| h.logs.get(index)).map_or(EMPTY.as_ptr(), |x| x.as_ptr())
    })
}

/// Frees a `vpncert_server_logs`. NULL is a no-op.
///
/// # Safety `h` is NULL or a live `vpncert_server_logs` no other thread uses; it and its
/// strings are invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_logs_free(h: *mut vpncert_server_logs) {
    ffi_panic_boundary!(or () => {
    // SAFETY: the caller's contract.
    drop(unsafe { take_handle(h) });
    })
}

/// The answer to `ModifySslVpnServer`: the server as it is now. (C handle of
/// `ModifySslVpnServerResponse`.)
///
/// Owned by the caller, freed with `vpncert_server_modified_free`. Immutable: any thread may
/// read it.
pub struct vpncert_server_modified {
    pub(crate) request_id: CString,
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
    pub(crate) idaas_application_id: CString,
    pub(crate) idaas_instance_version: CString,
    pub(crate) resource_group_id: CString,
    pub(crate) dry_run: bool,
}

impl From<vpncert::ModifySslVpnServerResponse> for vpncert_server_modified {
    fn from(v: vpncert::ModifySslVpnServerResponse) -> Self {
        vpncert_server_modified {
            request_id: c_string(&v.request_id),
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
            idaas_application_id: c_string(&v.idaas_application_id),
            idaas_instance_version: c_string(&v.idaas_instance_version),
            resource_group_id: c_string(&v.resource_group_id),
            dry_run: v.dry_run,
        }
    }
}

impl vpncert_server_modified {
    /// The core record again (strings copied back out of the handle).
    #[allow(dead_code)]
    pub(crate) fn record(&self) -> vpncert::ModifySslVpnServerResponse {
        let mut v = vpncert::ModifySslVpnServerResponse::default();
        v.request_id = self.request_id.to_string_lossy().into_owned();
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
        v.idaas_application_id = self.idaas_application_id.to_string_lossy().into_owned();
        v.idaas_instance_version = self.idaas_instance_version.to_string_lossy().into_owned();
        v.resource_group_id = self.resource_group_id.to_string_lossy().into_owned();
        v.dry_run = self.dry_run;
        v
    }
}

/// `RequestId`: the request id.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_request_id(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.request_id) }
    })
}

/// `SslVpnServerId`: the server id (`vss-...`).
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_id(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.id) }
    })
}

/// `VpnGatewayId`: the VPN gateway it runs on.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_vpn_gateway_id(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.vpn_gateway_id) }
    })
}

/// `RegionId`: the region.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_region_id(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.region_id) }
    })
}

/// `Name`: the server name.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_name(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.name) }
    })
}

/// `InternetIp`: the public address clients connect to.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_internet_ip(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.internet_ip) }
    })
}

/// `ClientIpPool`: the client address pool (CIDR).
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_client_ip_pool(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.client_ip_pool) }
    })
}

/// `LocalSubnet`: the networks reachable through the VPN (CIDRs). Items are separated by
/// commas.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_local_subnet(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.local_subnet) }
    })
}

/// `Proto`: the protocol, `UDP` or `TCP`.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_proto(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.proto) }
    })
}

/// `Port`: the port clients connect to.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_port(h: *const vpncert_server_modified) -> u32 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| h.port)
    })
}

/// `Cipher`: the cipher.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_cipher(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.cipher) }
    })
}

/// `Compress`: whether traffic is compressed.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_compress(
    h: *const vpncert_server_modified,
) -> bool {
    ffi_panic_boundary!(or false => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.is_some_and(|h| h.compress)
    })
}

/// `Connections`: current connections.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_connections(
    h: *const vpncert_server_modified,
) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.connections))
    })
}

/// `MaxConnections`: maximum connections.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_max_connections(
    h: *const vpncert_server_modified,
) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.max_connections))
    })
}

/// `CreateTime`: creation time, epoch milliseconds.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_create_time(
    h: *const vpncert_server_modified,
) -> i64 {
    ffi_panic_boundary!(or 0 => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.map_or(0, |h| ms(h.create_time))
    })
}

/// `EnableMultiFactorAuth`: whether two-factor authentication (IDaaS) is on.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_enable_multi_factor_auth(
    h: *const vpncert_server_modified,
) -> bool {
    ffi_panic_boundary!(or false => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.is_some_and(|h| h.enable_multi_factor_auth)
    })
}

/// `IDaaSInstanceId`: the IDaaS instance (empty when none).
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_idaas_instance_id(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.idaas_instance_id) }
    })
}

/// `IDaaSApplicationId`: the IDaaS application (empty when none).
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_idaas_application_id(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.idaas_application_id) }
    })
}

/// `IDaaSInstanceVersion`: the version of the IDaaS instance (empty when none).
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_idaas_instance_version(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.idaas_instance_version) }
    })
}

/// `ResourceGroupId`: the resource group.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_resource_group_id(
    h: *const vpncert_server_modified,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.resource_group_id) }
    })
}

/// Whether this was a dry run that the service found would succeed (nothing was changed; the
/// other fields are empty).
///
/// # Safety `h` is NULL or a live `vpncert_server_modified`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_dry_run(
    h: *const vpncert_server_modified,
) -> bool {
    ffi_panic_boundary!(or false => {
    // SAFETY: the caller's contract.
    unsafe { h.as_ref() }.is_some_and(|h| h.dry_run)
    })
}

/// Frees a `vpncert_server_modified`. NULL is a no-op.
///
/// # Safety `h` is NULL or a live `vpncert_server_modified` no other thread uses; it and its
/// strings are invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_modified_free(h: *mut vpncert_server_modified) {
    ffi_panic_boundary!(or () => {
    // SAFETY: the caller's contract.
    drop(unsafe { take_handle(h) });
    })
}

/// A tag of a VPN gateway. (C handle of `VpnGatewayTag`.)
///
/// Owned by the caller, freed with `vpncert_tag_free`. Immutable: any thread may read it.
pub struct vpncert_tag {
    pub(crate) key: CString,
    pub(crate) value: CString,
}

impl From<vpncert::VpnGatewayTag> for vpncert_tag {
    fn from(v: vpncert::VpnGatewayTag) -> Self {
        vpncert_tag {
            key: c_string(&v.key),
            value: c_string(&v.value),
        }
    }
}

impl vpncert_tag {
    /// The core record again (strings copied back out of the handle).
    #[allow(dead_code)]
    pub(crate) fn record(&self) -> vpncert::VpnGatewayTag {
        let mut v = vpncert::VpnGatewayTag::default();
        v.key = self.key.to_string_lossy().into_owned();
        v.value = self.value.to_string_lossy().into_owned();
        v
    }
}

/// `Key`: the tag's key.
///
/// # Safety `h` is NULL or a live `vpncert_tag`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_tag_key(h: *const vpncert_tag) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.key) }
    })
}

/// `Value`: the tag's value.
///
/// # Safety `h` is NULL or a live `vpncert_tag`.
#[no_mangle]
pub unsafe extern "C" fn vpncert_tag_value(h: *const vpncert_tag) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
    // SAFETY: the caller's contract is `string_field`'s.
    unsafe { string_field(h, |h| &h.value) }
    })
}

/// Frees a `vpncert_tag`. NULL is a no-op.
///
/// # Safety `h` is NULL or a live `vpncert_tag` no other thread uses; it and its strings are
/// invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_tag_free(h: *mut vpncert_tag) {
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

/// A walk over every `SslVpnClientInfo` of a list, fetching pages of 50 lazily.
///
/// Made by the list calls, advanced by `vpncert_client_info_list_next`, freed by
/// `vpncert_client_info_list_free`. It holds its own reference to the client's connections, so
/// it stays usable after `vpncert_client_free`. Not thread-safe: one thread at a time (it may
/// move between threads).
pub struct vpncert_client_info_list {
    pub(crate) pages: vpncert::Pages<vpncert::SslVpnClientInfo>,
}

/// The next item of the walk: `VPNCERT_OK` with a new `vpncert_client_info` in `*out` (freed
/// with `vpncert_client_info_free`), or `VPNCERT_OK` with `*out` set to NULL when there are no
/// more. A page that cannot be fetched is reported once (`*out` untouched, `*err` written); the
/// walk is over after it.
///
/// # Safety `list` is NULL or a live list; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_info_list_next(
    list: *mut vpncert_client_info_list,
    out: *mut *mut vpncert_client_info,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
    // SAFETY: the caller's contract is `next_out`'s.
    unsafe { next_out(list, out, |l| &mut l.pages, vpncert_client_info::from) }
    })
}

/// Frees a list. NULL is a no-op.
///
/// # Safety `list` is NULL or a live list; it is invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_info_list_free(list: *mut vpncert_client_info_list) {
    ffi_panic_boundary!(or () => {
    // SAFETY: the caller's contract.
    drop(unsafe { take_handle(list) });
    })
}

/// A walk over every `VpnGateway` of a list, fetching pages of 50 lazily.
///
/// Made by the list calls, advanced by `vpncert_gateway_list_next`, freed by
/// `vpncert_gateway_list_free`. It holds its own reference to the client's connections, so it
/// stays usable after `vpncert_client_free`. Not thread-safe: one thread at a time (it may move
/// between threads).
pub struct vpncert_gateway_list {
    pub(crate) pages: vpncert::Pages<vpncert::VpnGateway>,
}

/// The next item of the walk: `VPNCERT_OK` with a new `vpncert_gateway` in `*out` (freed with
/// `vpncert_gateway_free`), or `VPNCERT_OK` with `*out` set to NULL when there are no more. A
/// page that cannot be fetched is reported once (`*out` untouched, `*err` written); the walk is
/// over after it.
///
/// # Safety `list` is NULL or a live list; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_list_next(
    list: *mut vpncert_gateway_list,
    out: *mut *mut vpncert_gateway,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
    // SAFETY: the caller's contract is `next_out`'s.
    unsafe { next_out(list, out, |l| &mut l.pages, vpncert_gateway::from) }
    })
}

/// Frees a list. NULL is a no-op.
///
/// # Safety `list` is NULL or a live list; it is invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_gateway_list_free(list: *mut vpncert_gateway_list) {
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
