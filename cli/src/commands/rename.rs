//! `vpncert rename`: ModifySslVpnClientCert.

use clap::Args;
use serde::Serialize;
use vpncert::ModifySslVpnClientCert;

use crate::args::GlobalArgs;
use crate::failure::Failure;
use crate::output::{fields, Printer};

#[derive(Debug, Args)]
pub struct RenameArgs {
    /// The certificate (vsc-...)
    #[arg(value_name = "CERT_ID")]
    cert_id: String,
    /// The new name (1-100 characters, not starting with http:// or https://)
    name: String,
}

#[derive(Serialize)]
struct Renamed {
    ssl_vpn_client_cert_id: String,
    name: String,
    request_id: String,
}

pub fn run(args: &RenameArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let client = crate::client::build(global)?;
    let r = client
        .modify_ssl_vpn_client_cert(&ModifySslVpnClientCert::new(&args.cert_id, &args.name))?;
    let renamed = Renamed {
        ssl_vpn_client_cert_id: Some(r.ssl_vpn_client_cert_id)
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| args.cert_id.clone()),
        name: Some(r.name)
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| args.name.clone()),
        request_id: r.request_id,
    };
    out.result(&renamed, || {
        fields(&[
            ("Renamed", renamed.ssl_vpn_client_cert_id.clone()),
            ("Name", renamed.name.clone()),
            ("Request id", renamed.request_id.clone()),
        ])
    });
    Ok(())
}
