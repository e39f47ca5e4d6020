//! `vpncert servers`: every SSL-VPN server of the region.

use clap::Args;
use serde::Serialize;
use vpncert::DescribeSslVpnServers;

use crate::args::GlobalArgs;
use crate::failure::Failure;
use crate::output::Printer;
use crate::view::{server_table, ServerView};

#[derive(Debug, Args)]
pub struct ServersArgs {
    /// Only the servers of this VPN gateway (vpn-...)
    #[arg(long, value_name = "VPN_GATEWAY_ID")]
    gateway: Option<String>,
}

#[derive(Serialize)]
struct Servers {
    region_id: String,
    count: usize,
    ssl_vpn_servers: Vec<ServerView>,
}

pub fn run(args: &ServersArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let client = crate::client::build(global)?;
    let mut filter = DescribeSslVpnServers::new();
    if let Some(gateway) = &args.gateway {
        filter = filter.vpn_gateway_id(gateway);
    }
    let servers = client
        .ssl_vpn_servers(&filter)
        .map(|s| s.map(|s| ServerView::from(&s)))
        .collect::<Result<Vec<_>, _>>()?;
    let listed = Servers {
        region_id: client.region_id().to_owned(),
        count: servers.len(),
        ssl_vpn_servers: servers,
    };
    out.result(&listed, || server_table(&listed.ssl_vpn_servers));
    Ok(())
}
