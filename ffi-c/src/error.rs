//! `vpncert_error`: everything known about one failed call.

use std::ffi::{c_char, c_int, CString};

use vpncert::Error;

use crate::args::{c_string, string_field, take_handle, EMPTY};
use crate::status::{map_error, vpncert_status};

/// The details of one failed call: status, API code, message, request id, HTTP status, and the
/// API's troubleshooting hints.
///
/// Made by a failing call into its `err` out-parameter; owned by the caller, who frees it with
/// `vpncert_error_free`. Immutable: it may be read from several threads at once.
pub struct vpncert_error {
    status: vpncert_status,
    code: CString,
    message: CString,
    request_id: CString,
    http_status: u16,
    recommend: CString,
    host_id: CString,
    retryable: bool,
}

impl vpncert_error {
    /// The error object for a core error.
    pub(crate) fn from_core(e: &Error) -> Self {
        let (code, message, request_id, http_status, recommend, host_id) = match e {
            Error::Api(api) => (
                api.code.as_str(),
                if api.message.is_empty() {
                    e.to_string()
                } else {
                    api.message.clone()
                },
                api.request_id.as_str(),
                api.http_status,
                api.recommend.as_deref().unwrap_or(""),
                api.host_id.as_deref().unwrap_or(""),
            ),
            Error::Decode {
                http_status,
                reason,
                snippet,
            } => {
                let mut message = format!("cannot decode response (HTTP {http_status}): {reason}");
                if !snippet.is_empty() {
                    message.push_str(&format!("; body starts with {snippet:?}"));
                }
                ("", message, "", *http_status, "", "")
            }
            other => ("", other.to_string(), "", 0, "", ""),
        };
        vpncert_error {
            status: map_error(e),
            code: c_string(code),
            message: c_string(&redact(&message)),
            request_id: c_string(request_id),
            http_status,
            recommend: c_string(recommend),
            host_id: c_string(host_id),
            retryable: e.is_retryable(),
        }
    }

    /// The error object for a panic caught at the boundary.
    pub(crate) fn panic() -> Self {
        vpncert_error {
            status: vpncert_status::VPNCERT_PANIC,
            code: CString::default(),
            message: c_string(
                "a Rust panic was caught at the C boundary (a bug in vpncert; the panic message \
                 went to stderr)",
            ),
            request_id: CString::default(),
            http_status: 0,
            recommend: CString::default(),
            host_id: CString::default(),
            retryable: false,
        }
    }

    pub(crate) fn status(&self) -> vpncert_status {
        self.status
    }

    #[cfg(test)]
    pub(crate) fn message_str(&self) -> &str {
        self.message.to_str().unwrap_or("")
    }
}

/// Removes from an error message what must never reach a log, with the core's scrubber: the
/// core has already removed the secrets the client held; this catches whatever a message built
/// here (a decode error's text, say) may still carry by its shape.
pub(crate) fn redact(message: &str) -> String {
    vpncert::redact::Scrubber::new().text(message)
}

/// The error's `vpncert_status` (never `VPNCERT_OK`), or `VPNCERT_OK` when `e` is NULL.
///
/// Thread safety: any thread, concurrently with other readers.
///
/// # Safety
/// `e` is NULL or an error from this library that has not been freed.
#[no_mangle]
pub unsafe extern "C" fn vpncert_error_status(e: *const vpncert_error) -> vpncert_status {
    ffi_panic_boundary!(or vpncert_status::VPNCERT_PANIC => {
        // SAFETY: the caller's contract.
        unsafe { e.as_ref() }.map_or(vpncert_status::VPNCERT_OK, |e| e.status)
    })
}

/// The API's error code (e.g. `"Resource.QuotaFull"`), or `""` for a local error.
///
/// Ownership: borrowed from `e`, valid until `vpncert_error_free(e)`; do not free it. NULL:
/// returns `""` when `e` is NULL; never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `e` is NULL or an error from this library that has not been freed.
#[no_mangle]
pub unsafe extern "C" fn vpncert_error_code(e: *const vpncert_error) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(e, |e| &e.code) }
    })
}

/// A human-readable message: the API's own message for an API error, else what went wrong
/// locally (an invalid argument is named). Signatures, tokens and keys are never included.
///
/// Ownership: borrowed from `e`, valid until `vpncert_error_free(e)`; do not free it. NULL:
/// returns `""` when `e` is NULL; never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `e` is NULL or an error from this library that has not been freed.
#[no_mangle]
pub unsafe extern "C" fn vpncert_error_message(e: *const vpncert_error) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(e, |e| &e.message) }
    })
}

/// The request id of the failed request (quote it to Alibaba Cloud support), or `""` when
/// the failure happened before an answer.
///
/// Ownership: borrowed from `e`, valid until `vpncert_error_free(e)`; do not free it. NULL:
/// returns `""` when `e` is NULL; never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `e` is NULL or an error from this library that has not been freed.
#[no_mangle]
pub unsafe extern "C" fn vpncert_error_request_id(e: *const vpncert_error) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(e, |e| &e.request_id) }
    })
}

/// The troubleshooting URL the API sent (`Recommend`), or `""`.
///
/// Ownership: borrowed from `e`, valid until `vpncert_error_free(e)`; do not free it. NULL:
/// returns `""` when `e` is NULL; never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `e` is NULL or an error from this library that has not been freed.
#[no_mangle]
pub unsafe extern "C" fn vpncert_error_recommend(e: *const vpncert_error) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(e, |e| &e.recommend) }
    })
}

/// The host that answered (`HostId`), or `""`.
///
/// Ownership: borrowed from `e`, valid until `vpncert_error_free(e)`; do not free it. NULL:
/// returns `""` when `e` is NULL; never returns NULL. Thread safety: any thread.
///
/// # Safety
/// `e` is NULL or an error from this library that has not been freed.
#[no_mangle]
pub unsafe extern "C" fn vpncert_error_host_id(e: *const vpncert_error) -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => {
        // SAFETY: the caller's contract is `string_field`'s.
        unsafe { string_field(e, |e| &e.host_id) }
    })
}

/// The HTTP status of the failed answer, or 0 when there was none (local errors, transport
/// failures) or `e` is NULL.
///
/// Thread safety: any thread.
///
/// # Safety
/// `e` is NULL or an error from this library that has not been freed.
#[no_mangle]
pub unsafe extern "C" fn vpncert_error_http_status(e: *const vpncert_error) -> c_int {
    ffi_panic_boundary!(or 0 => {
        // SAFETY: the caller's contract.
        unsafe { e.as_ref() }.map_or(0, |e| c_int::from(e.http_status))
    })
}

/// Whether the failure is of a kind the client retries (transport, timeout, throttling, service
/// unavailable, gateway configuring): the retries were already spent, but trying again later may
/// succeed. `false` when `e` is NULL.
///
/// Thread safety: any thread.
///
/// # Safety
/// `e` is NULL or an error from this library that has not been freed.
#[no_mangle]
pub unsafe extern "C" fn vpncert_error_is_retryable(e: *const vpncert_error) -> bool {
    ffi_panic_boundary!(or false => {
        // SAFETY: the caller's contract.
        unsafe { e.as_ref() }.is_some_and(|e| e.retryable)
    })
}

/// Frees an error. NULL is a no-op.
///
/// Ownership: takes `e`; it and every string read from it are invalid afterwards. Thread safety:
/// no other thread may be using `e`.
///
/// # Safety
/// `e` is NULL or an error from this library that has not been freed.
#[no_mangle]
pub unsafe extern "C" fn vpncert_error_free(e: *mut vpncert_error) {
    ffi_panic_boundary!(or () => {
        // SAFETY: the caller's contract; the error was made by `Box::into_raw`.
        drop(unsafe { take_handle(e) });
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;
    use vpncert::ApiError;

    fn text(p: *const c_char) -> String {
        // SAFETY: accessors return NUL-terminated strings.
        unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned()
    }

    #[test]
    fn api_details_survive() {
        let mut api = ApiError::new("Resource.QuotaFull", "The quota is full.", 400);
        api.request_id = "RID-7".into();
        api.recommend = Some("https://example.invalid/r".into());
        api.host_id = Some("vpc.example".into());
        let e = vpncert_error::from_core(&Error::from(api));
        let p: *const vpncert_error = &e;
        // SAFETY: `p` points to a live error.
        unsafe {
            assert_eq!(vpncert_error_status(p), vpncert_status::VPNCERT_QUOTA_FULL);
            assert_eq!(text(vpncert_error_code(p)), "Resource.QuotaFull");
            assert_eq!(text(vpncert_error_message(p)), "The quota is full.");
            assert_eq!(text(vpncert_error_request_id(p)), "RID-7");
            assert_eq!(vpncert_error_http_status(p), 400);
            assert_eq!(
                text(vpncert_error_recommend(p)),
                "https://example.invalid/r"
            );
            assert_eq!(text(vpncert_error_host_id(p)), "vpc.example");
            assert!(!vpncert_error_is_retryable(p));
        }
    }

    #[test]
    fn null_error_reads_as_nothing() {
        let p = std::ptr::null();
        // SAFETY: NULL is allowed.
        unsafe {
            assert_eq!(vpncert_error_status(p), vpncert_status::VPNCERT_OK);
            assert_eq!(text(vpncert_error_code(p)), "");
            assert_eq!(text(vpncert_error_message(p)), "");
            assert_eq!(vpncert_error_http_status(p), 0);
            vpncert_error_free(std::ptr::null_mut());
        }
    }

    #[test]
    fn local_errors_have_no_code() {
        let e = vpncert_error::from_core(&Error::invalid("ssl_vpn_server_id", "must not be NULL"));
        assert_eq!(e.status, vpncert_status::VPNCERT_INVALID_ARGUMENT);
        assert_eq!(e.code.to_str().unwrap(), "");
        assert!(e.message_str().contains("ssl_vpn_server_id"));
        let t = vpncert_error::from_core(&Error::Timeout("read".into()));
        assert!(t.retryable);
    }

    #[test]
    fn secrets_are_redacted() {
        let m =
            redact("bad URI: http://h/?AccessKeyId=id&Signature=abc%3D&SecurityToken=tok123&X=1");
        assert!(!m.contains("abc") && !m.contains("tok123"), "{m}");
        assert!(m.contains("AccessKeyId=id") && m.contains("Signature=***") && m.contains("&X=1"));
        let echoed = redact(
            "server string to sign is:POST&%2F&Action%3DX%26SecurityToken%3Dtok456%26Version%3D1",
        );
        assert!(
            !echoed.contains("tok456") && echoed.contains("%26Version"),
            "{echoed}"
        );
        let proxy = redact("invalid parameter proxy: bad URL http://user:hunter2@proxy:3128/x");
        assert!(
            !proxy.contains("hunter2") && proxy.contains("http://***@proxy:3128"),
            "{proxy}"
        );
        assert_eq!(
            redact("see https://help.example/x?y=1"),
            "see https://help.example/x?y=1"
        );
        let d = Error::Decode {
            http_status: 200,
            reason: "expected value".into(),
            snippet: "{\"ClientKey\":\"-----BEGIN PRIVATE KEY-----\\nMIIE".into(),
        };
        let e = vpncert_error::from_core(&d);
        assert!(!e.message_str().contains("MIIE"), "{}", e.message_str());
        assert!(e.message_str().contains("redacted"));
        assert_eq!(e.http_status, 200);
    }
}
