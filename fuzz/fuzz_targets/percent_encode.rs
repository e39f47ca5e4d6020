//! The encoder keeps exactly the unreserved bytes and escapes the rest, reversibly.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let enc = vpncert::sign::percent_encode(s);
    let b = enc.as_bytes();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).expect("escape is ASCII");
            assert!(hex.bytes().all(|c| c.is_ascii_digit() || (b'A'..=b'F').contains(&c)));
            let v = u8::from_str_radix(hex, 16).expect("hex escape");
            assert!(!(v.is_ascii_alphanumeric() || b"-_.~".contains(&v)), "unreserved byte escaped");
            out.push(v);
            i += 3;
        } else {
            assert!(b[i].is_ascii_alphanumeric() || b"-_.~".contains(&b[i]), "reserved byte left bare");
            out.push(b[i]);
            i += 1;
        }
    }
    assert_eq!(out, s.as_bytes());
});
