//! `vpncert._native._cli_main`: the `vpncert` command, run inside the interpreter by the
//! package's console script (`vpncert/_cli.py`), so that installing the wheel or the sdist gives
//! the command with no second binary to build or ship.

use std::ffi::OsString;

use pyo3::prelude::*;

/// Runs the `vpncert` command with `argv` (the program's name first; ``sys.argv`` as
/// ``os.fsencode`` gives it) and returns its exit code. The command owns the process while it
/// runs: it installs its own Ctrl-C and SIGTERM handling and logs to stderr itself.
#[pyfunction]
#[pyo3(name = "_cli_main")]
pub(crate) fn cli_main(py: Python<'_>, argv: Vec<OsString>) -> u8 {
    py.detach(|| vpncert_cli::run(argv))
}
