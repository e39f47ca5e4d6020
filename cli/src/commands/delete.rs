//! `vpncert delete`: DeleteSslVpnClientCert, optionally waiting until the certificate is gone.

use std::time::Duration;

use clap::Args;
use serde::Serialize;
use vpncert::{DeleteOutcome, DeleteSslVpnClientCert};

use crate::args::{parse_duration, GlobalArgs};
use crate::failure::Failure;
use crate::output::{fields, Printer};

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The certificate (vsc-...)
    #[arg(value_name = "CERT_ID")]
    cert_id: String,
    /// Return only once the certificate is gone and its gateway has applied the revocation
    /// (deletion is asynchronous)
    #[arg(long)]
    wait: bool,
    /// How long --wait waits before failing with a timeout
    #[arg(long, value_name = "DURATION", default_value = "2m", value_parser = parse_duration, requires = "wait")]
    wait_timeout: Duration,
}

#[derive(Serialize)]
struct Deleted {
    ssl_vpn_client_cert_id: String,
    /// Clients that were connected to the certificate's SSL-VPN server (a revocation
    /// disconnects them all until the gateway settles), when that could be read.
    disconnected: Option<usize>,
    /// `deleted`, or `already_deleted` when there was no such certificate (still a success).
    result: &'static str,
    waited: bool,
    request_id: String,
}

pub fn run(args: &DeleteArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let client = crate::client::build(global)?;
    // Deleting any certificate drops every client of its server: say how many, first.
    let disconnected = connected_to_the_server_of(&client, &args.cert_id);
    if let Some(n) = disconnected.filter(|n| *n > 0) {
        log::warn!(
            "{n} client(s) connected to the SSL-VPN server of {} will be disconnected while the gateway applies the revocation",
            args.cert_id
        );
    }
    let mut request = DeleteSslVpnClientCert::new(&args.cert_id);
    if args.wait {
        request = request.wait_until_gone(args.wait_timeout);
    }
    let outcome = client.delete_ssl_vpn_client_cert(&request)?;
    let deleted = Deleted {
        ssl_vpn_client_cert_id: args.cert_id.clone(),
        disconnected,
        result: match outcome {
            DeleteOutcome::AlreadyDeleted { .. } => "already_deleted",
            _ => "deleted",
        },
        waited: args.wait && !outcome.was_already_deleted(),
        request_id: outcome.request_id().to_owned(),
    };
    out.result(&deleted, || {
        let what = match (deleted.result, deleted.waited) {
            ("already_deleted", _) => "already deleted (no such certificate)",
            (_, true) => "deleted, and gone",
            _ => "delete accepted (the service removes it shortly; --wait waits)",
        };
        let mut shown = vec![
            ("Certificate", deleted.ssl_vpn_client_cert_id.clone()),
            ("Result", what.to_owned()),
        ];
        if let Some(n) = deleted.disconnected {
            shown.push(("Disconnected", format!("{n} client(s) of its server")));
        }
        shown.push(("Request id", deleted.request_id.clone()));
        fields(&shown)
    });
    Ok(())
}

/// How many clients are connected to the SSL-VPN server of certificate `id` (through its
/// gateway), or `None` when any step cannot be read.
fn connected_to_the_server_of(client: &vpncert::Client, id: &str) -> Option<usize> {
    let cert = client
        .ssl_vpn_client_certs(&vpncert::DescribeSslVpnClientCerts::new().ssl_vpn_client_cert_id(id))
        .find_map(|c| c.ok())?;
    let server = client
        .ssl_vpn_servers(
            &vpncert::DescribeSslVpnServers::new().ssl_vpn_server_id(&cert.ssl_vpn_server_id),
        )
        .find_map(|s| s.ok())?;
    super::gateways::connected(client, &server.vpn_gateway_id)
}
