//! The `vpncert` command: everything is in the library (`src/lib.rs`).
#![forbid(unsafe_code)]

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(vpncert_cli::run(std::env::args_os().collect()))
}
