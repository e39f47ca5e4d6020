//! `vpncert completions SHELL` and `vpncert man [COMMAND...]`: the shell completion script and
//! the roff man page, both made from the command line's own definition, so they never drift
//! from `--help`.

use std::io::Write;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::args::Cli;
use crate::failure::{Class, Failure};

#[derive(Debug, Args)]
#[command(after_help = "Install, e.g.:
  bash: vpncert completions bash > ~/.local/share/bash-completion/completions/vpncert
  zsh:  vpncert completions zsh > ~/.zfunc/_vpncert   (with fpath+=~/.zfunc before compinit)
  fish: vpncert completions fish > ~/.config/fish/completions/vpncert.fish")]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Install, e.g.: vpncert man > ~/.local/share/man/man1/vpncert.1; \
    vpncert man issue > ~/.local/share/man/man1/vpncert-issue.1"
)]
pub struct ManArgs {
    /// The command whose page to print (e.g. `issue`, or `server create`); the main page if none
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
}

/// Prints the completion script for `args.shell` on stdout.
pub fn completions(args: &CompletionsArgs) -> Result<(), Failure> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "vpncert", &mut script);
    print(&script)
}

/// Prints the man page of `vpncert` (or of one of its commands) as roff on stdout.
pub fn man(args: &ManArgs) -> Result<(), Failure> {
    let mut command = Cli::command();
    command.build();
    let mut name = String::from("vpncert");
    for word in &args.command {
        let Some(sub) = command.find_subcommand(word).cloned() else {
            let known: Vec<&str> = command
                .get_subcommands()
                .map(|c| c.get_name())
                .filter(|n| *n != "help")
                .collect();
            return Err(Failure::usage(
                "InvalidInput",
                format!(
                    "{name} has no command {word:?}{}",
                    if known.is_empty() {
                        String::new()
                    } else {
                        format!(" (it has: {})", known.join(", "))
                    }
                ),
            ));
        };
        name = format!("{name}-{}", sub.get_name());
        command = sub.name(name.clone());
    }
    let mut page = Vec::new();
    clap_mangen::Man::new(command)
        .render(&mut page)
        .map_err(|e| io_failure(format!("cannot render the man page: {e}")))?;
    print(&page)
}

/// Writes `bytes` to stdout. A closed pipe (`vpncert man | head`) is not an error.
fn print(bytes: &[u8]) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(io_failure(format!("cannot write to stdout: {e}"))),
    }
}

/// Output that could not be written: exit 1, like a profile that could not be saved.
fn io_failure(message: String) -> Failure {
    let mut failure = Failure::usage("Io", message);
    failure.class = Class::Api;
    failure
}
