//! Checking what C hands in, and handing things back.
//!
//! Each helper names the C argument in its error, so a caller reading
//! `invalid parameter ssl_vpn_server_id: must not be NULL` knows which one it got wrong.

use std::ffi::{c_char, CStr, CString};

use vpncert::{Error, Pages};

/// The empty string accessors return when there is nothing to return (or their handle is NULL).
pub(crate) const EMPTY: &CStr = c"";

/// The error for a NULL argument.
pub(crate) fn null(arg: &str) -> Error {
    Error::invalid(arg, "must not be NULL")
}

/// Borrows the handle `p`; NULL is an error naming `arg`.
///
/// # Safety
/// `p` is NULL or points to a live `T` that nobody mutates during `'a`.
pub(crate) unsafe fn handle<'a, T>(p: *const T, arg: &str) -> Result<&'a T, Error> {
    // SAFETY: the caller's contract (above).
    unsafe { p.as_ref() }.ok_or_else(|| null(arg))
}

/// Borrows the handle `p` mutably; NULL is an error naming `arg`.
///
/// # Safety
/// `p` is NULL or points to a live `T` that nothing else uses during `'a`.
pub(crate) unsafe fn handle_mut<'a, T>(p: *mut T, arg: &str) -> Result<&'a mut T, Error> {
    // SAFETY: the caller's contract (above).
    unsafe { p.as_mut() }.ok_or_else(|| null(arg))
}

/// Reads a required NUL-terminated UTF-8 string.
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string that stays unchanged during `'a`.
pub(crate) unsafe fn str_arg<'a>(p: *const c_char, arg: &str) -> Result<&'a str, Error> {
    // SAFETY: the caller's contract (above).
    unsafe { opt_str_arg(p, arg) }?.ok_or_else(|| null(arg))
}

/// Reads an optional NUL-terminated UTF-8 string: NULL is `None`.
///
/// # Safety
/// As for [`str_arg`].
pub(crate) unsafe fn opt_str_arg<'a>(
    p: *const c_char,
    arg: &str,
) -> Result<Option<&'a str>, Error> {
    if p.is_null() {
        return Ok(None);
    }
    // SAFETY: `p` is not NULL, and the caller promises a NUL-terminated string.
    let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
    std::str::from_utf8(bytes).map(Some).map_err(|e| {
        Error::invalid(
            arg,
            format!(
                "is not valid UTF-8 (bad byte at offset {})",
                e.valid_up_to()
            ),
        )
    })
}

/// Reads a required file path. On Unix a path is bytes, so any bytes are accepted (a file name in
/// Latin-1 is still a file name); elsewhere it must be UTF-8.
///
/// # Safety
/// As for [`str_arg`].
pub(crate) unsafe fn path_arg(p: *const c_char, arg: &str) -> Result<std::path::PathBuf, Error> {
    if p.is_null() {
        return Err(null(arg));
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        // SAFETY: `p` is not NULL, and the caller promises a NUL-terminated string.
        let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
        Ok(std::ffi::OsStr::from_bytes(bytes).into())
    }
    #[cfg(not(unix))]
    {
        // SAFETY: the caller's contract.
        unsafe { str_arg(p, arg) }.map(Into::into)
    }
}

/// The bytes in front of an owned string that record its allocation's size.
const OWNED_HEADER: usize = std::mem::size_of::<usize>();

/// A string handed to C as the caller's own, freed by `vpncert_string_free`. Its allocation's
/// size is kept in front of the text, so freeing never depends on where the first NUL is: a
/// caller that truncated or overwrote the text still frees (and wipes) all of it.
pub(crate) fn owned_string(s: &str) -> *mut c_char {
    let text = s.replace('\0', "\u{FFFD}");
    let total = OWNED_HEADER + text.len() + 1;
    let mut buf = vec![0u8; total].into_boxed_slice();
    buf[..OWNED_HEADER].copy_from_slice(&total.to_ne_bytes());
    buf[OWNED_HEADER..OWNED_HEADER + text.len()].copy_from_slice(text.as_bytes());
    let mut text = text;
    zeroize::Zeroize::zeroize(&mut text);
    let base = Box::into_raw(buf).cast::<u8>();
    // SAFETY: `base` points to `total > OWNED_HEADER` bytes.
    unsafe { base.add(OWNED_HEADER) }.cast::<c_char>()
}

/// Wipes and frees a string from [`owned_string`].
///
/// # Safety
/// `s` came from [`owned_string`] and was not freed; the caller wrote nothing in front of it.
pub(crate) unsafe fn free_owned_string(s: *mut c_char) {
    // SAFETY: `owned_string` put the header right in front of `s`, in the same allocation.
    let base = unsafe { s.cast::<u8>().sub(OWNED_HEADER) };
    let mut header = [0u8; OWNED_HEADER];
    // SAFETY: the header's bytes are readable; they may be unaligned, hence the byte copy.
    unsafe { std::ptr::copy_nonoverlapping(base, header.as_mut_ptr(), OWNED_HEADER) };
    let total = usize::from_ne_bytes(header);
    // SAFETY: `base` and `total` are the pointer and length of the boxed slice `owned_string`
    // leaked.
    let mut buf = unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(base, total)) };
    zeroize::Zeroize::zeroize(&mut buf[..]);
}

/// Wipes a C string that held a secret before its memory goes back to the allocator.
pub(crate) fn wipe(s: &mut CString) {
    use zeroize::Zeroize;
    std::mem::take(s).into_bytes_with_nul().zeroize();
}

/// Checks that an out-parameter can be written, before any work is done.
pub(crate) fn out_arg<T>(out: *mut T, arg: &str) -> Result<(), Error> {
    if out.is_null() {
        Err(null(arg))
    } else {
        Ok(())
    }
}

/// Writes `value` through an out-parameter checked by [`out_arg`] (NULL is skipped, for the
/// out-parameters documented as optional).
///
/// # Safety
/// `out` is NULL or valid for a write of `T`.
pub(crate) unsafe fn write_out<T>(out: *mut T, value: T) {
    if !out.is_null() {
        // SAFETY: not NULL, and the caller promises it is writable.
        unsafe { out.write(value) };
    }
}

/// Moves `value` to the heap and hands it to C as a handle.
pub(crate) fn into_handle<T>(value: T) -> *mut T {
    Box::into_raw(Box::new(value))
}

/// Takes back a handle made by [`into_handle`]; NULL is `None`.
///
/// # Safety
/// `p` is NULL or a handle from [`into_handle::<T>`] that has not been taken back yet and that no
/// one uses afterwards.
pub(crate) unsafe fn take_handle<T>(p: *mut T) -> Option<Box<T>> {
    if p.is_null() {
        None
    } else {
        // SAFETY: the caller's contract (above).
        Some(unsafe { Box::from_raw(p) })
    }
}

/// The body of a list handle's `_next`: hands the walk's next item out through `out`, made into a
/// handle by `wrap`, or NULL when the walk is over. A page that cannot be fetched is the error
/// (`*out` untouched), and the walk is over after it.
///
/// # Safety
/// `list` is NULL or points to a live `L` that nothing else uses during the call; `out` is NULL or
/// writable.
pub(crate) unsafe fn next_out<L, T, H>(
    list: *mut L,
    out: *mut *mut H,
    pages: fn(&mut L) -> &mut Pages<T>,
    wrap: fn(T) -> H,
) -> Result<(), Error> {
    // SAFETY: the caller's contract (above).
    let list = unsafe { handle_mut(list, "list") }?;
    out_arg(out, "out")?;
    let next = match pages(list).next() {
        Some(item) => into_handle(wrap(item?)),
        None => std::ptr::null_mut(),
    };
    // SAFETY: `out` was checked above and is writable by the caller's contract.
    unsafe { write_out(out, next) };
    Ok(())
}

/// Reads one string field of handle `h` for an accessor: `""` when `h` is NULL, so an accessor never
/// returns NULL.
///
/// # Safety
/// `h` is NULL or points to a live `T`; the pointer returned is valid while `h` is.
pub(crate) unsafe fn string_field<T>(h: *const T, field: fn(&T) -> &CString) -> *const c_char {
    // SAFETY: the caller's contract (above).
    unsafe { h.as_ref() }.map_or(EMPTY.as_ptr(), |h| field(h).as_ptr())
}

/// A C copy of `s`. C strings end at the first NUL, so an embedded NUL (which no field of this
/// API legitimately contains) becomes U+FFFD rather than silently cutting the text short.
pub(crate) fn c_string(s: &str) -> CString {
    match CString::new(s) {
        Ok(c) => c,
        Err(_) => CString::new(s.replace('\0', "\u{FFFD}")).unwrap_or_default(),
    }
}

/// The C string of a secret, made as [`c_string`] makes one but without leaving a copy behind:
/// the text is copied once, into a buffer of exactly its size (and, for text holding NULs,
/// the intermediate copy is wiped). The handle holding it wipes it when it is freed.
pub(crate) fn secret_c_string(s: &str) -> CString {
    if s.contains('\0') {
        let mut text = s.replace('\0', "\u{FFFD}");
        let c = c_string(&text);
        zeroize::Zeroize::zeroize(&mut text);
        c
    } else {
        // `CString::new(&str)` allocates its `len + 1` bytes once and copies into them.
        c_string(s)
    }
}

/// Epoch milliseconds as the `int64_t` C callers get (saturating; never negative).
pub(crate) fn ms(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod owned_string_tests {
    use super::*;

    #[test]
    fn owned_strings_survive_a_caller_that_truncated_them() {
        let s = owned_string("-----BEGIN PRIVATE KEY-----\nsecret\n");
        // SAFETY: `s` is a live owned string of that length; the test writes inside it.
        unsafe {
            assert_eq!(std::ffi::CStr::from_ptr(s).to_bytes().len(), 35);
            *s.add(3) = 0;
            *s.add(10) = b'x' as c_char;
            free_owned_string(s);
        }
        let with_nul = owned_string("a\0b");
        // SAFETY: live owned string.
        unsafe {
            assert_eq!(
                std::ffi::CStr::from_ptr(with_nul).to_str().unwrap(),
                "a\u{FFFD}b"
            );
            free_owned_string(with_nul);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn param(e: Error) -> String {
        match e {
            Error::InvalidInput { parameter, .. } => parameter,
            other => panic!("expected InvalidInput, got {other:?}"),
        }
    }

    #[test]
    fn strings_are_checked_and_named() {
        // SAFETY: literal, NUL-terminated strings (or NULL).
        unsafe {
            assert_eq!(str_arg(c"vss-1".as_ptr(), "id").unwrap(), "vss-1");
            assert_eq!(
                param(str_arg(std::ptr::null(), "name").unwrap_err()),
                "name"
            );
            assert_eq!(opt_str_arg(std::ptr::null(), "name").unwrap(), None);
            let bad = c"a\xff".as_ptr();
            let e = str_arg(bad, "client_token").unwrap_err();
            assert!(e.to_string().contains("client_token"), "{e}");
            assert!(e.to_string().contains("UTF-8"), "{e}");
        }
    }

    #[test]
    fn embedded_nul_is_visible() {
        assert_eq!(c_string("a\0b").to_str().unwrap(), "a\u{FFFD}b");
        assert_eq!(c_string("plain").to_str().unwrap(), "plain");
    }

    #[test]
    fn millis_saturate() {
        assert_eq!(ms(5), 5);
        assert_eq!(ms(u64::MAX), i64::MAX);
    }
}
