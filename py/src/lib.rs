//! Python bindings of vpncert: the `vpncert._native` extension module.
//!
//! The bindings only convert: Python arguments to the core's requests, the core's results to
//! frozen Python objects, and every [`vpncert::Error`] to one exception class of
//! `vpncert/_errors.py` (see the `errors` module). Every call that may touch the network runs with the
//! interpreter detached (`py.detach`), so threads sharing one `Client` wait in parallel.

mod args;
mod client;
mod emulator;
mod errors;
mod lists;
mod repr;
mod results;

use pyo3::prelude::*;

/// The `vpncert._native` module. Loading it starts no thread and reads no file.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<client::Client>()?;
    m.add_class::<results::CreateSslVpnClientCertResponse>()?;
    m.add_class::<results::ModifySslVpnClientCertResponse>()?;
    m.add_class::<results::DeleteOutcome>()?;
    m.add_class::<results::SslVpnClientCertBundle>()?;
    m.add_class::<lists::SslVpnClientCertSummary>()?;
    m.add_class::<lists::SslVpnServer>()?;
    m.add_class::<lists::SslVpnClientCertPage>()?;
    m.add_class::<lists::SslVpnServerPage>()?;
    m.add_class::<lists::SslVpnClientCertIterator>()?;
    m.add_class::<lists::SslVpnServerIterator>()?;
    m.add_class::<emulator::Emulator>()?;
    Ok(())
}
