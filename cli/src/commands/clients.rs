//! `vpncert clients --gateway vpn-...`: who is connected to a gateway's SSL-VPN server now.

use clap::Args;
use serde::Serialize;
use vpncert::DescribeSslVpnClients;

use crate::args::GlobalArgs;
use crate::failure::Failure;
use crate::output::{table, Printer};
use crate::view::SslVpnClientInfoView;

#[derive(Debug, Args)]
pub struct ClientsArgs {
    /// The VPN gateway (vpn-...)
    #[arg(long, value_name = "VPN_GATEWAY_ID")]
    gateway: String,
}

#[derive(Serialize)]
struct Clients {
    vpn_gateway_id: String,
    count: usize,
    clients: Vec<SslVpnClientInfoView>,
}

pub fn run(args: &ClientsArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let client = crate::client::build(global)?;
    let clients = client
        .ssl_vpn_clients(&DescribeSslVpnClients::new(&args.gateway))
        .map(|c| c.map(|c| SslVpnClientInfoView::new(&c, false)))
        .collect::<Result<Vec<_>, _>>()?;
    let listed = Clients {
        vpn_gateway_id: args.gateway.clone(),
        count: clients.len(),
        clients,
    };
    out.result(&listed, || {
        let rows: Vec<Vec<String>> = listed
            .clients
            .iter()
            .map(|c| {
                vec![
                    c.common_name.clone(),
                    format!("{}:{}", c.ip, c.port),
                    c.private_ip.clone(),
                    c.connected_at.clone().unwrap_or_default(),
                    c.status.clone(),
                ]
            })
            .collect();
        table(&["NAME", "FROM", "PRIVATE IP", "SINCE", "STATUS"], &rows)
    });
    Ok(())
}
