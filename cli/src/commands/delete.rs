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
    /// Return only once the certificate no longer exists (deletion is asynchronous)
    #[arg(long)]
    wait: bool,
    /// How long --wait waits before failing with a timeout
    #[arg(long, value_name = "DURATION", default_value = "2m", value_parser = parse_duration, requires = "wait")]
    wait_timeout: Duration,
}

#[derive(Serialize)]
struct Deleted {
    ssl_vpn_client_cert_id: String,
    /// `deleted`, or `already_deleted` when there was no such certificate (still a success).
    result: &'static str,
    waited: bool,
    request_id: String,
}

pub fn run(args: &DeleteArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let client = crate::client::build(global)?;
    let mut request = DeleteSslVpnClientCert::new(&args.cert_id);
    if args.wait {
        request = request.wait_until_gone(args.wait_timeout);
    }
    let outcome = client.delete_ssl_vpn_client_cert(&request)?;
    let deleted = Deleted {
        ssl_vpn_client_cert_id: args.cert_id.clone(),
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
        fields(&[
            ("Certificate", deleted.ssl_vpn_client_cert_id.clone()),
            ("Result", what.to_owned()),
            ("Request id", deleted.request_id.clone()),
        ])
    });
    Ok(())
}
