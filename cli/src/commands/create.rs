//! `vpncert create`: CreateSslVpnClientCert.

use clap::Args;
use serde::Serialize;
use vpncert::CreateSslVpnClientCert;

use crate::args::GlobalArgs;
use crate::failure::Failure;
use crate::output::{fields, Printer};

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The SSL-VPN server (vss-...)
    #[arg(long, value_name = "SSL_VPN_SERVER_ID")]
    server: String,
    /// The certificate's name (1-100 characters) [default: chosen by the service]
    #[arg(long)]
    name: Option<String>,
    /// Idempotency token (ASCII, at most 64 characters): repeating a create with the same token
    /// returns the first certificate instead of making another [default: a fresh one]
    #[arg(long, value_name = "TOKEN")]
    client_token: Option<String>,
}

#[derive(Serialize)]
struct Created {
    ssl_vpn_client_cert_id: String,
    name: String,
    ssl_vpn_server_id: String,
    request_id: String,
}

pub fn run(args: &CreateArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let client = crate::client::build(global)?;
    let mut request = CreateSslVpnClientCert::new(&args.server);
    if let Some(name) = &args.name {
        request = request.name(name);
    }
    if let Some(token) = &args.client_token {
        request = request.client_token(token);
    }
    let r = client.create_ssl_vpn_client_cert(&request)?;
    let created = Created {
        ssl_vpn_client_cert_id: r.ssl_vpn_client_cert_id,
        name: r.name,
        ssl_vpn_server_id: args.server.clone(),
        request_id: r.request_id,
    };
    out.result(&created, || {
        fields(&[
            ("Created", created.ssl_vpn_client_cert_id.clone()),
            ("Name", created.name.clone()),
            ("Server", created.ssl_vpn_server_id.clone()),
            ("Request id", created.request_id.clone()),
        ])
    });
    Ok(())
}
