/// Percent-encodes `s` as the signers require: UTF-8 bytes, only `A-Z a-z 0-9 - _ . ~` kept,
/// everything else `%XY` with upper-case hex (so a space is `%20`, `*` is `%2A`).
///
/// ```
/// assert_eq!(vpncert::sign::percent_encode("a b*~/"), "a%20b%2A~%2F");
/// ```
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 2);
    percent_encode_into(&mut out, s);
    out
}

fn unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~')
}

/// [`percent_encode`] without allocating when nothing needs encoding (the common case for
/// parameter names and most values).
pub(crate) fn percent_encode_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(unreserved) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(percent_encode(s))
    }
}

/// Appends the percent-encoding of `s` to `out` (see [`percent_encode`]).
pub fn percent_encode_into(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        if unreserved(b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 0xf) as usize] as char);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn unreserved(b: u8) -> bool {
        b.is_ascii_alphanumeric() || b"-_.~".contains(&b)
    }

    #[test]
    fn known_values() {
        assert_eq!(percent_encode(""), "");
        assert_eq!(percent_encode("AZaz09-_.~"), "AZaz09-_.~");
        assert_eq!(
            percent_encode(" !'()*+=&%/:"),
            "%20%21%27%28%29%2A%2B%3D%26%25%2F%3A"
        );
        assert_eq!(percent_encode("证"), "%E8%AF%81");
    }

    proptest! {
        #[test]
        fn every_other_byte_is_encoded(s in any::<String>()) {
            let enc = percent_encode(&s);
            let mut expected = String::new();
            for &b in s.as_bytes() {
                if unreserved(b) { expected.push(b as char) } else { expected.push_str(&format!("%{b:02X}")) }
            }
            prop_assert_eq!(&enc, &expected);
            // Decoding gives back the input, and only unreserved characters and escapes remain.
            let bytes = enc.as_bytes();
            let mut decoded = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i] == b'%' {
                    let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
                    prop_assert!(hex.bytes().all(|c| c.is_ascii_digit() || (b'A'..=b'F').contains(&c)));
                    let v = u8::from_str_radix(hex, 16).unwrap();
                    prop_assert!(!unreserved(v));
                    decoded.push(v);
                    i += 3;
                } else {
                    prop_assert!(unreserved(bytes[i]));
                    decoded.push(bytes[i]);
                    i += 1;
                }
            }
            prop_assert_eq!(decoded, s.as_bytes().to_vec());
        }
    }
}
