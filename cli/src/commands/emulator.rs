//! `vpncert emulator`: the local API emulator, with the flags of `vpncert-emulator`.

use clap::Args;
use vpncert_emulator::cli::EmulatorArgs;

use crate::failure::{Class, Failure};

#[derive(Debug, Args)]
pub struct EmulatorCommandArgs {
    /// Boxed: the emulator has many flags, and the command enum is as big as its biggest
    /// variant.
    #[command(flatten)]
    args: Box<EmulatorArgs>,
}

/// Serves until SIGINT or SIGTERM; the first stdout line is `listening on http://HOST:PORT`.
pub fn run(a: EmulatorCommandArgs) -> Result<(), Failure> {
    let stdout = std::io::stdout();
    vpncert_emulator::cli::run(*a.args, &mut stdout.lock()).map_err(|e| {
        let class = match e.kind() {
            std::io::ErrorKind::InvalidInput => Class::Usage,
            _ => Class::Environment,
        };
        Failure {
            class,
            code: "Emulator".into(),
            message: format!("cannot run the emulator: {e}"),
            request_id: None,
            http_status: None,
        }
    })
}
