//! Any bytes, as a response body with any status, through every decoder.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (status, body) = match data.split_first() {
        Some((s, rest)) => (200 + u16::from(*s) * 2, rest),
        None => (200, data),
    };
    vpncert::fuzzing::decode_response(status, body);
});
