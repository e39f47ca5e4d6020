//! `vpncert_client_builder` and `vpncert_client`.

use std::ffi::c_char;
use std::time::Duration;

use vpncert::{Client, ClientBuilder, Credentials, Error, SignatureVersion};

use crate::args::{
    handle_mut, into_handle, null, opt_str_arg, out_arg, str_arg, take_handle, write_out,
};
use crate::error::vpncert_error;
use crate::status::{map_error, vpncert_status};

/// Settings for a client, collected before `vpncert_client_build`.
///
/// Made by `vpncert_client_builder_new`; consumed by `vpncert_client_build` or freed by
/// `vpncert_client_builder_free`. Not thread-safe: use one builder from one thread at a time.
///
/// A setter that refuses its value returns its status and leaves the setting unchanged, and the
/// builder remembers the refusal: `vpncert_client_build` then fails with that same error, so a
/// client is never built silently with a default (say, the real endpoint instead of a test one)
/// because one setter's status went unchecked.
pub struct vpncert_client_builder {
    builder: ClientBuilder,
    refused: Option<Error>,
}

impl vpncert_client_builder {
    /// Applies a setting whose value was read successfully, or remembers why it was refused.
    fn set<V>(
        &mut self,
        value: Result<V, Error>,
        apply: impl FnOnce(ClientBuilder, V) -> ClientBuilder,
    ) -> vpncert_status {
        match value {
            Ok(v) => {
                self.builder = apply(std::mem::take(&mut self.builder), v);
                vpncert_status::VPNCERT_OK
            }
            Err(e) => {
                let status = map_error(&e);
                self.refused.get_or_insert(e);
                status
            }
        }
    }
}

/// The body of every setter: a NULL builder is `VPNCERT_INVALID_ARGUMENT` (there is no builder to
/// remember the refusal in); otherwise the value is read only now and applied, or remembered as
/// refused.
///
/// # Safety
/// `b` is NULL or a live builder that nothing else uses during the call; `value` reads only what
/// the setter's caller promised.
unsafe fn set_on<V>(
    b: *mut vpncert_client_builder,
    value: impl FnOnce() -> Result<V, Error>,
    apply: impl FnOnce(ClientBuilder, V) -> ClientBuilder,
) -> vpncert_status {
    // SAFETY: the caller's contract (above).
    let Ok(b) = (unsafe { handle_mut(b, "b") }) else {
        return vpncert_status::VPNCERT_INVALID_ARGUMENT;
    };
    b.set(value(), apply)
}

/// A client for the SSL-VPN client-certificate API of one region.
///
/// Made by `vpncert_client_build`, freed by `vpncert_client_free`. Thread-safe: one client may be
/// used by any number of threads at once (they share its keep-alive connections, credentials cache
/// and clock correction); it must only not be freed while a call on it is running.
pub struct vpncert_client {
    pub(crate) client: Client,
}

/// Which signature scheme a client signs requests with (`vpncert_client_builder_set_signature_version`).
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum vpncert_signature_version {
    /// HMAC-SHA1 RPC signature, parameters in the query string (the default).
    VPNCERT_SIGNATURE_V1 = 1,
    /// ACS3-HMAC-SHA256, in `x-acs-*` headers and `Authorization`.
    VPNCERT_SIGNATURE_V3 = 3,
}

/// Starts a client builder for region `region_id` (e.g. `"cn-hangzhou"`).
///
/// NULL: `region_id` may be NULL, and the region then comes from `ALIBABA_CLOUD_REGION_ID` when
/// the client is built. A `region_id` that is not UTF-8 is reported by `vpncert_client_build`
/// (this function has no status to report it with).
/// Defaults: credentials from the default chain (environment, OIDC role, CLI config, credentials
/// file, ECS role, credentials URI), the region's endpoint, signature V1, connect timeout 5 s, timeout 10 s, 3 retries.
/// Ownership: the caller owns the builder and passes it to `vpncert_client_build` (which frees it)
/// or to `vpncert_client_builder_free`. Returns NULL only if a panic was caught.
/// Thread safety: any thread.
///
/// # Safety
/// `region_id` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_new(
    region_id: *const c_char,
) -> *mut vpncert_client_builder {
    ffi_panic_boundary!(or std::ptr::null_mut() => {
        let mut b = vpncert_client_builder {
            builder: Client::builder(),
            refused: None,
        };
        // SAFETY: the caller's contract.
        let region = unsafe { opt_str_arg(region_id, "region_id") };
        if let Ok(None) = region {
            // Leave the region unset: the core reads ALIBABA_CLOUD_REGION_ID at build time.
        } else {
            b.set(region, |cb, r| match r {
                Some(r) => cb.region_id(r),
                None => cb,
            });
        }
        into_handle(b)
    })
}

/// Uses the AccessKey `access_key_id` / `access_key_secret`, with the STS `security_token` when it
/// is not NULL, instead of the default credentials chain.
///
/// NULL: `b`, `access_key_id` and `access_key_secret` are required (`VPNCERT_INVALID_ARGUMENT`);
/// `security_token` may be NULL. The strings are copied; the secret never appears in an error
/// message. Thread safety: not concurrently with other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder; each string is NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_set_access_key(
    b: *mut vpncert_client_builder,
    access_key_id: *const c_char,
    access_key_secret: *const c_char,
    security_token: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        // SAFETY: the caller's contract.
        let value = || unsafe {
            let id = str_arg(access_key_id, "access_key_id")?;
            let secret = str_arg(access_key_secret, "access_key_secret")?;
            let token = opt_str_arg(security_token, "security_token")?;
            let credentials = match token {
                Some(t) => Credentials::sts(id, secret, t),
                None => Credentials::access_key(id, secret),
            };
            credentials.validate()?;
            Ok(credentials)
        };
        // SAFETY: the caller's contract is `set_on`'s.
        unsafe { set_on(b, value, ClientBuilder::credentials) }
    })
}

/// Sends requests to `endpoint` instead of the region's: `https://host[:port]`, or plain
/// `http://` for a loopback address such as the emulator's `http://127.0.0.1:PORT`.
///
/// NULL: `b` and `endpoint` are required. A malformed endpoint is `VPNCERT_INVALID_ARGUMENT`.
/// Thread safety: not concurrently with other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder; `endpoint` is NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_set_endpoint(
    b: *mut vpncert_client_builder,
    endpoint: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        // SAFETY: the caller's contract.
        let value = || unsafe { str_arg(endpoint, "endpoint") }
            .and_then(|e| vpncert::endpoint::Endpoint::parse(e).map(|_| e));
        // SAFETY: the caller's contract is `set_on`'s.
        unsafe { set_on(b, value, ClientBuilder::endpoint) }
    })
}

/// Retries after the first attempt of each call (default 3; 0 disables retries). Only transient
/// failures are retried, and a retried create reuses its ClientToken, so it never makes a second
/// certificate.
///
/// NULL: `b` is required. Thread safety: not concurrently with other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_set_max_retries(
    b: *mut vpncert_client_builder,
    max_retries: u32,
) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        // SAFETY: the caller's contract is `set_on`'s.
        unsafe { set_on(b, || Ok(max_retries), ClientBuilder::max_retries) }
    })
}

/// How retries and the sending rate adapt to a struggling or throttling service: `"standard"`
/// (the default: backoff and a retry quota shared by every thread using the client) or
/// `"adaptive"` (also a per-action rate limiter learned from `Throttling` answers, for bulk
/// jobs). Anything else is `VPNCERT_INVALID_ARGUMENT`.
///
/// NULL: `b` and `mode` are required. Thread safety: not concurrently with other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder; `mode` is NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_set_retry_mode(
    b: *mut vpncert_client_builder,
    mode: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        // SAFETY: the caller's contract.
        let value = || unsafe { str_arg(mode, "mode") }.and_then(str::parse);
        // SAFETY: the caller's contract is `set_on`'s.
        unsafe { set_on(b, value, ClientBuilder::retry_mode) }
    })
}

/// How long `vpncert_issue_client_cert` and `vpncert_delete_ssl_vpn_client_cert` keep trying
/// while the gateway answers `VpnGateway.Configuring`, as it does for a while after every change,
/// in milliseconds (default 180000, three minutes). 0 means no wait of its own: the retries of
/// `vpncert_client_builder_set_max_retries` alone. More than a day (86400000) is
/// `VPNCERT_INVALID_ARGUMENT`.
///
/// NULL: `b` is required. Thread safety: not concurrently with other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_set_configuring_budget_ms(
    b: *mut vpncert_client_builder,
    budget_ms: u64,
) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        let value = || match budget_ms {
            0 => Ok(Duration::ZERO),
            ms => duration_ms(ms, "budget_ms"),
        };
        // SAFETY: the caller's contract is `set_on`'s.
        unsafe { set_on(b, value, ClientBuilder::configuring_budget) }
    })
}

/// The longest duration any `_ms` argument may ask for: one day. Far beyond any sensible wait,
/// and far from the overflow of `Instant + Duration` (which would panic).
pub(crate) const MAX_MS: u64 = 86_400_000;

/// A duration in milliseconds from C: 1 to [`MAX_MS`].
pub(crate) fn duration_ms(ms: u64, arg: &str) -> Result<Duration, Error> {
    if ms == 0 {
        Err(Error::invalid(arg, "must be greater than zero"))
    } else if ms > MAX_MS {
        Err(Error::invalid(
            arg,
            format!("must be at most {MAX_MS} (one day), not {ms}"),
        ))
    } else {
        Ok(Duration::from_millis(ms))
    }
}

/// Timeout of each attempt, from sending to the last byte of the answer, in milliseconds
/// (default 10000). 0 or more than a day (86400000) is `VPNCERT_INVALID_ARGUMENT`.
///
/// NULL: `b` is required. Thread safety: not concurrently with other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_set_timeout_ms(
    b: *mut vpncert_client_builder,
    timeout_ms: u64,
) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        let value = || duration_ms(timeout_ms, "timeout_ms");
        // SAFETY: the caller's contract is `set_on`'s.
        unsafe { set_on(b, value, ClientBuilder::timeout) }
    })
}

/// Connect timeout of each attempt in milliseconds (default 5000). 0 or more than a day
/// (86400000) is `VPNCERT_INVALID_ARGUMENT`.
///
/// NULL: `b` is required. Thread safety: not concurrently with other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_set_connect_timeout_ms(
    b: *mut vpncert_client_builder,
    connect_timeout_ms: u64,
) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        let value = || duration_ms(connect_timeout_ms, "connect_timeout_ms");
        // SAFETY: the caller's contract is `set_on`'s.
        unsafe { set_on(b, value, ClientBuilder::connect_timeout) }
    })
}

/// Signs with `version`: `VPNCERT_SIGNATURE_V1` (the default) or `VPNCERT_SIGNATURE_V3`. Any
/// other number is `VPNCERT_INVALID_ARGUMENT`.
///
/// The parameter is a `uint32_t` holding a `vpncert_signature_version`, so that any number is safe
/// to pass. NULL: `b` is required. Thread safety: not concurrently with other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_set_signature_version(
    b: *mut vpncert_client_builder,
    version: u32,
) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        let value = || match version {
            v if v == vpncert_signature_version::VPNCERT_SIGNATURE_V1 as u32 => Ok(SignatureVersion::V1),
            v if v == vpncert_signature_version::VPNCERT_SIGNATURE_V3 as u32 => Ok(SignatureVersion::V3),
            other => Err(Error::invalid(
                "version",
                format!("must be VPNCERT_SIGNATURE_V1 (1) or VPNCERT_SIGNATURE_V3 (3), not {other}"),
            )),
        };
        // SAFETY: the caller's contract is `set_on`'s.
        unsafe { set_on(b, value, ClientBuilder::signature_version) }
    })
}

/// Trusts the PEM certificates in `pem` (the text of a CA bundle) instead of the built-in roots.
/// Default: the file named by `ALIBABA_CLOUD_CA_BUNDLE`, else the built-in roots. A bundle without
/// a certificate is reported by `vpncert_client_build`.
///
/// NULL: `b` and `pem` are required. The text is copied. Thread safety: not concurrently with
/// other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder; `pem` is NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_set_ca_bundle_pem(
    b: *mut vpncert_client_builder,
    pem: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        // SAFETY: the caller's contract.
        let value = || unsafe { str_arg(pem, "pem") }.map(|p| p.as_bytes().to_vec());
        // SAFETY: the caller's contract is `set_on`'s.
        unsafe { set_on(b, value, ClientBuilder::ca_bundle_pem) }
    })
}

/// Sends requests through the HTTP proxy `proxy_url` (e.g. `"http://proxy:3128"`). Default:
/// `HTTPS_PROXY` / `HTTP_PROXY`, honouring `NO_PROXY`. A malformed URL is reported by
/// `vpncert_client_build`.
///
/// NULL: `b` and `proxy_url` are required. Thread safety: not concurrently with other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder; `proxy_url` is NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_set_proxy(
    b: *mut vpncert_client_builder,
    proxy_url: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        // SAFETY: the caller's contract.
        let value = || unsafe { str_arg(proxy_url, "proxy_url") }.map(str::to_owned);
        // SAFETY: the caller's contract is `set_on`'s.
        unsafe { set_on(b, value, ClientBuilder::proxy) }
    })
}

/// Appends `user_agent` (e.g. `"my-onboarding-tool/1.2"`) to the `User-Agent` header. Control
/// characters are reported by `vpncert_client_build`.
///
/// NULL: `b` and `user_agent` are required. Thread safety: not concurrently with other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder; `user_agent` is NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_set_user_agent(
    b: *mut vpncert_client_builder,
    user_agent: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        // SAFETY: the caller's contract.
        let value = || unsafe { str_arg(user_agent, "user_agent") }.map(str::to_owned);
        // SAFETY: the caller's contract is `set_on`'s.
        unsafe { set_on(b, value, ClientBuilder::user_agent) }
    })
}

/// Reaches the region's default endpoint over network `network`: `"vpc"` for calls from inside a
/// VPC (`vpc-vpc.<region>.aliyuncs.com`), `"public"` for the public endpoint (default:
/// `ALIBABA_CLOUD_NETWORK`, else public). Regions of the official endpoint map keep their host;
/// an explicit endpoint ignores it. A bad name is reported by `vpncert_client_build`.
///
/// NULL: `b` and `network` are required. Thread safety: not concurrently with other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder; `network` is NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_set_network(
    b: *mut vpncert_client_builder,
    network: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        // SAFETY: the caller's contract.
        let value = || unsafe { str_arg(network, "network") }.map(str::to_owned);
        // SAFETY: the caller's contract is `set_on`'s.
        unsafe { set_on(b, value, ClientBuilder::network) }
    })
}

/// Takes credentials from profile `profile` of `~/.aliyun/config.json` and
/// `~/.alibabacloud/credentials` (default: `ALIBABA_CLOUD_PROFILE`, else the CLI config's current
/// profile and the credentials file's `default` section). Used by the default credentials chain
/// only: no effect together with `vpncert_client_builder_set_access_key`.
///
/// NULL: `b` and `profile` are required. Thread safety: not concurrently with other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder; `profile` is NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_set_profile(
    b: *mut vpncert_client_builder,
    profile: *const c_char,
) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        // SAFETY: the caller's contract.
        // An empty one is refused by the core's build, as in every language.
        let value = || unsafe { str_arg(profile, "profile") }.map(str::to_owned);
        // SAFETY: the caller's contract is `set_on`'s.
        unsafe { set_on(b, value, ClientBuilder::profile) }
    })
}

/// Builds the client. No request is sent; credentials are resolved by each call.
///
/// Ownership: consumes `b` in every case, success or failure (do not use or free it afterwards);
/// on success `*out` receives a client the caller frees with `vpncert_client_free`.
/// Errors: the first value a setter refused, then a region, endpoint, CA bundle, proxy or user
/// agent the core refuses, all `VPNCERT_INVALID_ARGUMENT`.
/// NULL: `b` and `out` are required; `err` may be NULL. `*out` is written only on success, `*err`
/// only on failure. Thread safety: any thread, not concurrently with other calls on `b`.
///
/// # Safety
/// `b` is NULL or a live builder; `out` is NULL or writable; `err` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_build(
    b: *mut vpncert_client_builder,
    out: *mut *mut vpncert_client,
    err: *mut *mut vpncert_error,
) -> vpncert_status {
    ffi_panic_boundary!(err: err => {
        // Taken first, so that the builder is consumed on every path.
        // SAFETY: the caller's contract; the builder was made by `vpncert_client_builder_new`.
        let b = unsafe { take_handle(b) }.ok_or_else(|| null("b"))?;
        out_arg(out, "out")?;
        if let Some(e) = b.refused {
            return Err(e);
        }
        let client = b.builder.build()?;
        // SAFETY: `out` was checked above and is writable by the caller's contract.
        unsafe { write_out(out, into_handle(vpncert_client { client })) };
        Ok(())
    })
}

/// Frees a builder that was not passed to `vpncert_client_build`. NULL is a no-op.
///
/// Thread safety: no other thread may be using `b`.
///
/// # Safety
/// `b` is NULL or a live builder; it is invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_builder_free(b: *mut vpncert_client_builder) {
    ffi_panic_boundary!(or () => {
        // SAFETY: the caller's contract.
        drop(unsafe { take_handle(b) });
    })
}

/// Frees a client. NULL is a no-op. Lists made from the client stay usable (they hold their own
/// reference to its connections).
///
/// Thread safety: no call on `c` may be running in another thread.
///
/// # Safety
/// `c` is NULL or a live client; it is invalid afterwards.
#[no_mangle]
pub unsafe extern "C" fn vpncert_client_free(c: *mut vpncert_client) {
    ffi_panic_boundary!(or () => {
        // SAFETY: the caller's contract.
        drop(unsafe { take_handle(c) });
    })
}
