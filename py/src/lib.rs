//! Python bindings of vpncert (being built).
