//! The library version and the strings the library hands over to the caller.

use std::ffi::{c_char, CStr};

use crate::args::{free_owned_string, EMPTY};

const VERSION: &CStr =
    match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
        Ok(v) => v,
        Err(_) => panic!("the crate version contains a NUL"),
    };

/// The version of libvpncert, e.g. `"0.1.0"`.
///
/// Ownership: static; do not free it. Never returns NULL. Thread safety: any thread.
#[no_mangle]
pub extern "C" fn vpncert_version() -> *const c_char {
    ffi_panic_boundary!(or EMPTY.as_ptr() => { VERSION.as_ptr() })
}

/// Frees a string this library handed over as the caller's own (`vpncert_bundle_to_ovpn`),
/// overwriting it first since it may hold a private key. NULL is a no-op.
///
/// Only for strings documented as freed by this function: never for the borrowed strings that
/// accessors return, nor for memory from `malloc`. The caller may have changed the string's
/// contents (truncated it with a NUL, overwritten it): the whole allocation is still wiped and
/// freed. Thread safety: no other thread may be using `s`.
///
/// # Safety
/// `s` is NULL or a string from this library, documented as freed here, not yet freed.
#[no_mangle]
pub unsafe extern "C" fn vpncert_string_free(s: *mut c_char) {
    ffi_panic_boundary!(or () => {
        if !s.is_null() {
            // SAFETY: the caller's contract: `s` came from `owned_string`.
            unsafe { free_owned_string(s) };
        }
    })
}
