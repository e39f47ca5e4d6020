//! The panic boundary every exported function runs in.
//!
//! Unwinding out of an `extern "C"` function aborts the whole process, so each body is wrapped in
//! `catch_unwind`. A call that reports errors turns a caught panic into `VPNCERT_PANIC` (with an
//! error object when the caller asked for one); an accessor or a `_free` returns its documented
//! fallback instead.

use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::error::vpncert_error;
use crate::status::vpncert_status;

/// Runs the body of an exported function, catching panics.
///
/// - `ffi_panic_boundary!(err: ERR => { ... })`: the body evaluates to `Result<(), vpncert::Error>`;
///   the function returns its status, and on failure `*ERR` (when not NULL) receives a new
///   `vpncert_error`. Out-parameters are written by the body as its last step, so a failure
///   leaves them alone.
/// - `ffi_panic_boundary!(or FALLBACK => { ... })`: the body evaluates to the return value; a
///   panic returns `FALLBACK`.
macro_rules! ffi_panic_boundary {
    (err: $err:expr => $body:block) => {
        $crate::panic::call($err, move || $body)
    };
    (or $fallback:expr => $body:block) => {
        match ::std::panic::catch_unwind(::std::panic::AssertUnwindSafe(move || $body)) {
            Ok(value) => value,
            Err(_) => $fallback,
        }
    };
}

/// The error-reporting half of [`ffi_panic_boundary!`].
pub(crate) fn call(
    err: *mut *mut vpncert_error,
    body: impl FnOnce() -> Result<(), vpncert::Error>,
) -> vpncert_status {
    let failure = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => return vpncert_status::VPNCERT_OK,
        Ok(Err(e)) => vpncert_error::from_core(&e),
        // The panic hook has already printed the panic's own message to stderr; the error object
        // carries a fixed text so that nothing the panic formatted (possibly a secret) leaks into
        // the caller's logs through it.
        Err(_) => vpncert_error::panic(),
    };
    let status = failure.status();
    if !err.is_null() {
        let boxed = Box::into_raw(Box::new(failure));
        // SAFETY: the caller passes NULL (checked above) or a pointer it can be written through,
        // as every exported function documents for `err`.
        unsafe { err.write(boxed) };
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panic_becomes_panic_status_and_error_object() {
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let mut err: *mut vpncert_error = std::ptr::null_mut();
        let status = ffi_panic_boundary!(err: &mut err => {
            if true {
                panic!("secret-value");
            }
            Ok(())
        });
        let fallback = ffi_panic_boundary!(or 7u32 => {
            if true {
                panic!("boom");
            }
            1u32
        });
        std::panic::set_hook(prev);
        assert_eq!(status, vpncert_status::VPNCERT_PANIC);
        assert_eq!(fallback, 7);
        assert!(!err.is_null());
        // SAFETY: `call` stored a Box it made.
        let e = unsafe { Box::from_raw(err) };
        assert_eq!(e.status(), vpncert_status::VPNCERT_PANIC);
        assert!(!e.message_str().contains("secret-value"));
    }

    #[test]
    fn success_leaves_err_alone() {
        let sentinel = 0x10 as *mut vpncert_error;
        let mut err = sentinel;
        let status = ffi_panic_boundary!(err: &mut err => { Ok(()) });
        assert_eq!(status, vpncert_status::VPNCERT_OK);
        assert_eq!(err, sentinel);
    }

    #[test]
    fn failure_with_null_err_still_returns_status() {
        let status = ffi_panic_boundary!(err: std::ptr::null_mut() => {
            Err(vpncert::Error::Timeout("slow".into()))
        });
        assert_eq!(status, vpncert_status::VPNCERT_TIMEOUT);
    }
}
