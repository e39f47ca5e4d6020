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
            // Help and --version print to stdout and exit 0; real usage errors exit 2, but 1
            // under `plan --detailed-exitcode`, where 2 means "changes pending".
            let _ = e.print();
            let code = u8::try_from(e.exit_code()).unwrap_or(2);
            let detailed = std::env::args().any(|a| a == "--detailed-exitcode");
            return ExitCode::from(if detailed && code == 2 { 1 } else { code });
        }
    };
    logger::init(cli.global.verbose);
    if !matches!(cli.command, commands::Command::Emulator(_)) {
        interrupt::install();
    }
    let out = output::Printer::new(cli.global.output);
    let detailed = matches!(&cli.command, commands::Command::Plan(a) if a.detailed_exitcode());
    match commands::run(cli.command, &cli.global, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) if failure.class == failure::Class::Pending => failure.exit_code(),
        Err(failure) => {
            out.error(&failure);
            // Under `plan --detailed-exitcode` every error is 1: 2 means "changes pending".
            if detailed {
                ExitCode::from(1)
            } else {
                failure.exit_code()
            }
        }
    }
}
