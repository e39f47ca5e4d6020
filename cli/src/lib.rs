//! `vpncert`: issue, list, rename and revoke Alibaba Cloud SSL-VPN client certificates from a
//! shell, over the `vpncert` core. `vpncert demo` shows the whole job on the built-in emulator.
//!
//! The command is this library's [`run`]: the binary (`src/main.rs`) calls it, and so does the
//! Python package's `vpncert` console script, so that a wheel or an sdist gives the command
//! without a second binary to build and ship.
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

use std::ffi::OsString;

use clap::Parser;

/// Whether the command line asks for `--output json` (read before the rest of it parsed).
fn args_ask_for_json(args: &[OsString]) -> bool {
    args.iter().any(|a| a == "--output=json")
        || args
            .windows(2)
            .any(|w| w[0] == "--output" && w[1] == "json")
}

/// Runs the command with `args` (the program's name first) and returns its exit code: what the
/// binary's `main` does, and what the Python package's `vpncert` console script runs inside the
/// interpreter.
/// Clap's error text as one line: what is wrong and with what (a missing argument's name is on
/// the lines after the first), without the usage and help hints that follow.
fn usage_message(text: &str) -> String {
    let what: Vec<&str> = text
        .lines()
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("tip:"))
        .collect();
    let joined = what.join(" ");
    joined.strip_prefix("error: ").unwrap_or(&joined).to_owned()
}

pub fn run(args: Vec<OsString>) -> u8 {
    let cli = match args::Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            // Help and --version print to stdout and exit 0; real usage errors exit 2, but 1
            // under `plan --detailed-exitcode`, where 2 means "changes pending".
            let code = u8::try_from(e.exit_code()).unwrap_or(2);
            let detailed = args.iter().any(|a| a == "--detailed-exitcode");
            let exit = if detailed && code == 2 { 1 } else { code };
            let json = args_ask_for_json(&args);
            if code == 0 || !json {
                let _ = e.print();
            } else {
                // Programs reading --output json get their usage errors as JSON too.
                let message = usage_message(&e.to_string());
                let doc = serde_json::json!({
                    "error": {
                        "code": "Usage",
                        "message": message,
                        "request_id": null,
                        "http_status": null,
                        "exit_code": exit,
                    }
                });
                eprintln!("{doc}");
            }
            return exit;
        }
    };
    logger::init(cli.global.verbose);
    if !matches!(cli.command, commands::Command::Emulator(_)) {
        interrupt::install();
    }
    let out = output::Printer::new(cli.global.output);
    let detailed = matches!(&cli.command, commands::Command::Plan(a) if a.detailed_exitcode());
    match commands::run(cli.command, &cli.global, &out) {
        Ok(()) => 0,
        Err(failure) if failure.class == failure::Class::Pending => failure.exit_code(),
        Err(failure) => {
            out.error(&failure);
            // Under `plan --detailed-exitcode` every error is 1: 2 means "changes pending".
            if detailed {
                1
            } else {
                failure.exit_code()
            }
        }
    }
}
