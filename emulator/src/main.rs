//! `vpncert-emulator`: serve the emulated VPC endpoint until SIGINT or SIGTERM.

use std::process::ExitCode;

use clap::Parser;
use vpncert_emulator::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse().args;
    let stdout = std::io::stdout();
    match cli::run(args, &mut stdout.lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vpncert-emulator: {e}");
            ExitCode::FAILURE
        }
    }
}
