//! Any bytes, as what a client sends the emulator on one connection: every request in it is
//! parsed (head, then body) delivered at once and one byte at a time, which must agree, and
//! each parsed request must satisfy the parser's invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    vpncert_emulator::fuzzing::requests(data);
});
