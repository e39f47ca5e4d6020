//! `vpncert`: issue, list, rename and revoke Alibaba Cloud SSL-VPN client certificates from a
//! shell, over the `vpncert` core. `vpncert demo` shows the whole job on the built-in emulator.
#![forbid(unsafe_code)]
// Argument docs are `--help` text, where a URL reads better bare than in rustdoc's angle brackets.
#![allow(rustdoc::bare_urls)]

mod args;
mod client;
mod commands;
mod failure;
mod files;
mod generated;
mod interrupt;
mod logger;
mod names;
mod output;
mod timefmt;
mod token;
mod view;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match args::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and --version print to stdout and exit 0; real usage errors exit 2.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    logger::init(cli.global.verbose);
    if !matches!(cli.command, commands::Command::Emulator(_)) {
        interrupt::install();
    }
    let out = output::Printer::new(cli.global.output);
    match commands::run(cli.command, &cli.global, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            out.error(&failure);
            failure.exit_code()
        }
    }
}
