//! The C ABI of vpncert (being built).
