//! `vpncert list`: every certificate, walking all pages.

use clap::Args;
use serde::Serialize;
use vpncert::DescribeSslVpnClientCerts;

use crate::args::GlobalArgs;
use crate::failure::Failure;
use crate::output::Printer;
use crate::view::{cert_table, CertView};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only certificates of this SSL-VPN server (vss-...)
    #[arg(long, value_name = "SSL_VPN_SERVER_ID")]
    server: Option<String>,
    /// Only certificates with this name
    #[arg(long)]
    name: Option<String>,
}

#[derive(Serialize)]
struct Listed {
    region_id: String,
    count: usize,
    ssl_vpn_client_certs: Vec<CertView>,
}

pub fn run(args: &ListArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let client = crate::client::build(global)?;
    let mut filter = DescribeSslVpnClientCerts::new();
    if let Some(server) = &args.server {
        filter = filter.ssl_vpn_server_id(server);
    }
    if let Some(name) = &args.name {
        filter = filter.name(name);
    }
    let certs = client
        .ssl_vpn_client_certs(&filter)
        .map(|c| c.map(|c| CertView::from(&c)))
        .collect::<Result<Vec<_>, _>>()?;
    let listed = Listed {
        region_id: client.region_id().to_owned(),
        count: certs.len(),
        ssl_vpn_client_certs: certs,
    };
    out.result(&listed, || cert_table(&listed.ssl_vpn_client_certs));
    Ok(())
}
