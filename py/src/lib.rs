//! Python bindings of vpncert: the `vpncert._native` extension module.
//!
//! The bindings only convert: Python arguments to the core's requests, the core's results to
//! frozen Python objects, and every [`vpncert::Error`] to one exception class of
//! `vpncert/_errors.py` (see the `errors` module). Every argument goes through `args`, so a wrong
//! type is a `TypeError` naming the parameter. Every call that may touch the network runs with the
//! interpreter detached (`pylogging::detach`, which also brings the level of the bridge from the
//! core's `log` records to Python's `logging` up to date), so threads sharing one `Client` wait in
//! parallel. `cli` runs the `vpncert` command for the package's console script.

mod args;
mod bundle;
mod cli;
mod client;
mod emulator;
mod errors;
mod generated;
mod lists;
mod logs;
mod pylogging;
mod repr;
mod roster;
mod times;

use pyo3::prelude::*;

/// The `vpncert._native` module. Loading it starts no thread and reads no file.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    generated::add_classes(m)?;
    m.add_class::<logs::VpnSslServerLogIterator>()?;
    m.add_class::<roster::Roster>()?;
    m.add_class::<roster::RosterAction>()?;
    m.add_class::<roster::RosterPlan>()?;
    m.add_class::<roster::RosterReport>()?;
    m.add_function(wrap_pyfunction!(roster::roster_load, m)?)?;
    m.add_function(wrap_pyfunction!(roster::roster_plan, m)?)?;
    m.add_function(wrap_pyfunction!(roster::roster_client_token, m)?)?;
    m.add_class::<emulator::Emulator>()?;
    m.add_function(wrap_pyfunction!(cli::cli_main, m)?)?;
    Ok(())
}
