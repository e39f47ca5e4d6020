//! `DescribeSslVpnServers`: every SSL-VPN server, one at a time, through a list handle that
//! fetches pages of 50 as it goes.

use std::ffi::{c_char, CString};

use vpncert::{DescribeSslVpnServers, Pages, SslVpnServer};

use crate::args::{
    c_string, handle, into_handle, ms, next_out, out_arg, string_field, take_handle, write_out,
    EMPTY,
};
use crate::client::vpncert_client;
use crate::error::vpncert_error;
use crate::status::vpncert_status;

/// A walk over the SSL-VPN servers of a region, fetching pages lazily.
///
/// Made by `vpncert_server_list_new`, advanced by `vpncert_server_list_next`, freed by
/// `vpncert_server_list_free`. It holds its own reference to the client's connections, so it
/// stays usable after `vpncert_client_free`. Not thread-safe: one thread at a time (it may move
/// between threads).
pub struct vpncert_server_list {
    pages: Pages<SslVpnServer>,
}

/// An SSL-VPN server: where clients connect and how.
///
/// Owned by the caller, freed with `vpncert_server_free`. Immutable: any thread may read it.
pub struct vpncert_server {
    server: SslVpnServer,
    id: CString,
    vpn_gateway_id: CString,
    region_id: CString,
    name: CString,
    internet_ip: CString,
    client_ip_pool: CString,
    local_subnet: CString,
    dns_servers: CString,
    proto: CString,
    cipher: CString,
    resource_group_id: CString,
    idaas_instance_id: CString,
    idaas_region_id: CString,
    idaas_application_id: CString,
    idaas_instance_version: CString,
}

impl vpncert_server {
    fn new(server: SslVpnServer) -> Self {
        vpncert_server {
            id: c_string(&server.ssl_vpn_server_id),
            vpn_gateway_id: c_string(&server.vpn_gateway_id),
            region_id: c_string(&server.region_id),
            name: c_string(&server.name),
            internet_ip: c_string(&server.internet_ip),
            client_ip_pool: c_string(&server.client_ip_pool),
            local_subnet: c_string(&server.local_subnet.join(",")),
            dns_servers: c_string(&server.dns_servers.join(",")),
            proto: c_string(&server.proto),
            cipher: c_string(&server.cipher),
            resource_group_id: c_string(&server.resource_group_id),
            idaas_instance_id: c_string(&server.idaas_instance_id),
            idaas_region_id: c_string(&server.idaas_region_id),
            idaas_application_id: c_string(&server.idaas_application_id),
            idaas_instance_version: c_string(&server.idaas_instance_version),
            server,
        }
    }
}

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

/// The next server of the walk.
///
/// Returns `VPNCERT_OK` with a new server in `*out`, or `VPNCERT_OK` with `*out` set to NULL when
/// there are no more. A page that cannot be fetched is reported once (with `*out` untouched and
/// `*err` written), after which the walk is over and further calls give `VPNCERT_OK` and NULL.
/// Ownership: each server is the caller's, freed with `vpncert_server_free`.
/// NULL: `list` and `out` are required; `err` may be NULL. Thread safety: not concurrently with
/// other calls on `list`.
///
/// # Safety
/// `list` is NULL or a live list; `out` and `err` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_list_next(
    list: *mut vpncert_server_list,
    out: *mut *mut vpncert_server,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // SAFETY: the caller's contract is `next_out`'s.
        unsafe { next_out(list, out, |l| &mut l.pages, vpncert_server::new) }
    })
}

/// Frees a list. NULL is a no-op.
///
/// Thread safety: no other thread may be using `list`.
///
/// # Safety
/// `list` is NULL or a live list; it is invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_list_free(list: *mut vpncert_server_list) {
    ffi_panic_boundary!(or () => {
        // SAFETY: the caller's contract.
        drop(unsafe { take_handle(list) });
    })
}

/// The server id (`vss-...`).
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_id(server: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.id) }
    })
}

/// The VPN gateway it runs on (`vpn-...`).
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_vpn_gateway_id(
    server: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.vpn_gateway_id) }
    })
}

/// The region.
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_region_id(server: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.region_id) }
    })
}

/// The server name.
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_name(server: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.name) }
    })
}

/// The public address clients connect to.
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_internet_ip(
    server: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.internet_ip) }
    })
}

/// The client address pool (CIDR).
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_client_ip_pool(
    server: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.client_ip_pool) }
    })
}

/// The networks reachable through the VPN: CIDRs separated by commas.
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_local_subnet(
    server: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.local_subnet) }
    })
}

/// The DNS servers pushed to clients: IP addresses separated by commas (`""` when none).
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_dns_servers(
    server: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.dns_servers) }
    })
}

/// The protocol, `"UDP"` or `"TCP"`.
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_proto(server: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.proto) }
    })
}

/// The cipher, e.g. `"AES-128-CBC"`.
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_cipher(server: *const vpncert_server) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.cipher) }
    })
}

/// The resource group (`""` when none).
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_resource_group_id(
    server: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.resource_group_id) }
    })
}

/// The port clients connect to, e.g. 1194 (0 when unknown or `server` is NULL).
///
/// Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_port(server: *const vpncert_server) -> u32 {
    ffi_panic_boundary!(or 0 => {
        // SAFETY: the caller's contract.
        unsafe { server.as_ref() }.map_or(0, |h| u32::try_from(h.server.port).unwrap_or(0))
    })
}

/// Whether traffic is compressed (false when `server` is NULL).
///
/// Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_compress(server: *const vpncert_server) -> bool {
    ffi_panic_boundary!(or false => {
        // SAFETY: the caller's contract.
        unsafe { server.as_ref() }.is_some_and(|h| h.server.compress)
    })
}

/// Current connections (0 when `server` is NULL).
///
/// Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_connections(server: *const vpncert_server) -> i64 {
    ffi_panic_boundary!(or 0 => {
        // SAFETY: the caller's contract.
        unsafe { server.as_ref() }.map_or(0, |h| ms(h.server.connections))
    })
}

/// Maximum connections (0 when `server` is NULL).
///
/// Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_max_connections(server: *const vpncert_server) -> i64 {
    ffi_panic_boundary!(or 0 => {
        // SAFETY: the caller's contract.
        unsafe { server.as_ref() }.map_or(0, |h| ms(h.server.max_connections))
    })
}

/// Creation time in milliseconds since the Unix epoch (0 when unknown or `server` is NULL).
///
/// Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_create_time(server: *const vpncert_server) -> i64 {
    ffi_panic_boundary!(or 0 => {
        // SAFETY: the caller's contract.
        unsafe { server.as_ref() }.map_or(0, |h| ms(h.server.create_time))
    })
}

/// Whether multi-factor authentication (IDaaS) is on (false when `server` is NULL).
///
/// Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_enable_multi_factor_auth(
    server: *const vpncert_server,
) -> bool {
    ffi_panic_boundary!(or false => {
        // SAFETY: the caller's contract.
        unsafe { server.as_ref() }.is_some_and(|h| h.server.enable_multi_factor_auth)
    })
}

/// The IDaaS instance of multi-factor authentication (`""` when none).
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_idaas_instance_id(
    server: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.idaas_instance_id) }
    })
}

/// The region of the IDaaS instance (`""` when none).
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_idaas_region_id(
    server: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.idaas_region_id) }
    })
}

/// The IDaaS application of multi-factor authentication (`""` when none).
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_idaas_application_id(
    server: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.idaas_application_id) }
    })
}

/// The version of the IDaaS instance (`""` when none).
///
/// Ownership: borrowed from `server`, valid until `vpncert_server_free(server)`. NULL: `""` when `server` is NULL;
/// never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `server` is NULL or live.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_idaas_instance_version(
    server: *const vpncert_server,
) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(server, |h| &h.idaas_instance_version) }
    })
}

/// Frees a server. NULL is a no-op.
///
/// Thread safety: no other thread may be using `server`.
///
/// # Safety
/// `server` is NULL or a live server; it and its strings are invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_server_free(server: *mut vpncert_server) {
    ffi_panic_boundary!(or () => {
        // SAFETY: the caller's contract.
        drop(unsafe { take_handle(server) });
    })
}
