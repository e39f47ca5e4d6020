//! One module per command.

mod bulk;
mod clients;
mod create;
mod delete;
mod demo;
mod docs;
mod emulator;
mod gateways;
mod in_process;
mod issue;
mod lab;
mod list;
mod logs;
mod rename;
mod roster;
mod server;
mod servers;
mod show;

use clap::Subcommand;

use crate::args::GlobalArgs;
use crate::failure::Failure;
use crate::output::Printer;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a certificate on an SSL-VPN server (without downloading it)
    Create(create::CreateArgs),
    /// Create a certificate, wait until it is ready and write its OpenVPN profile (mode 0600);
    /// with --names-from, one per line of a file (safe to rerun)
    Issue(issue::IssueArgs),
    /// Show a certificate; the private key only with --with-key
    Show(show::ShowArgs),
    /// List certificates (every page)
    List(list::ListArgs),
    /// Rename a certificate
    Rename(rename::RenameArgs),
    /// Delete (revoke) a certificate; clients of its server reconnect while the gateway
    /// reconfigures
    Delete(delete::DeleteArgs),
    /// List SSL-VPN servers (every page)
    Servers(servers::ServersArgs),
    /// Create, change or delete the SSL-VPN server of a gateway (--dry-run to check only)
    #[command(subcommand)]
    Server(server::ServerCommand),
    /// List VPN gateways (every page) with their status
    Gateways(gateways::GatewaysArgs),
    /// Wait until a VPN gateway has applied its last change (status active)
    Wait(gateways::WaitArgs),
    /// Show what `apply` would do with a roster file (who gets, keeps, loses or renews access)
    Plan(roster::PlanArgs),
    /// Make the certificates follow a roster file, and hand over new people's profiles
    Apply(roster::ApplyArgs),
    /// List certificates that expire within a time, soonest first
    Expiring(roster::ExpiringArgs),
    /// List the clients connected to a gateway's SSL-VPN server now
    Clients(clients::ClientsArgs),
    /// Show an SSL-VPN server's connection logs
    Logs(logs::LogsArgs),
    /// Run the local API emulator (the same flags as vpncert-emulator)
    Emulator(emulator::EmulatorCommandArgs),
    /// Issue a certificate for "alice" on a built-in emulator: no account, no network
    Demo(demo::DemoArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell) on stdout
    Completions(docs::CompletionsArgs),
    /// Print the man page (roff) on stdout
    Man(docs::ManArgs),
    /// Prove a profile with a real OpenVPN on this machine: issue on a built-in emulator, start
    /// a local OpenVPN server, connect, revoke, see it refused, clean up (needs openvpn)
    Lab(lab::LabArgs),
}

/// Runs `command`.
pub fn run(command: Command, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    match command {
        Command::Create(a) => create::run(&a, global, out),
        Command::Issue(a) => issue::run(&a, global, out),
        Command::Show(a) => show::run(&a, global, out),
        Command::List(a) => list::run(&a, global, out),
        Command::Rename(a) => rename::run(&a, global, out),
        Command::Delete(a) => delete::run(&a, global, out),
        Command::Servers(a) => servers::run(&a, global, out),
        Command::Server(c) => server::run(&c, global, out),
        Command::Gateways(a) => gateways::run(&a, global, out),
        Command::Wait(a) => gateways::wait(&a, global, out),
        Command::Clients(a) => clients::run(&a, global, out),
        Command::Plan(a) => roster::plan(&a, global, out),
        Command::Apply(a) => roster::apply(&a, global, out),
        Command::Expiring(a) => roster::expiring(&a, global, out),
        Command::Logs(a) => logs::run(&a, global, out),
        Command::Emulator(a) => emulator::run(a),
        Command::Demo(a) => demo::run(&a, global, out),
        Command::Completions(a) => docs::completions(&a),
        Command::Man(a) => docs::man(&a),
        Command::Lab(a) => lab::run(&a, global, out),
    }
}
