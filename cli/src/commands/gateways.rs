//! `vpncert gateways`: every VPN gateway of the region, and `vpncert wait --gateway`: until a
//! gateway has applied its last change.

use std::time::Duration;

use clap::Args;
use serde::Serialize;
use vpncert::{DescribeVpnGateways, WaitForGateway};

use crate::args::{parse_duration, GlobalArgs};
use crate::failure::Failure;
use crate::output::{fields, table, Printer};
use crate::view::VpnGatewayView;

#[derive(Debug, Args)]
pub struct GatewaysArgs {
    /// Only the gateways of this VPC (vpc-...)
    #[arg(long, value_name = "VPC_ID")]
    vpc: Option<String>,
    /// Only gateways in this status (active, updating, ...)
    #[arg(long, value_name = "STATUS")]
    status: Option<String>,
}

#[derive(Serialize)]
struct Gateways {
    region_id: String,
    count: usize,
    vpn_gateways: Vec<VpnGatewayView>,
}

pub fn run(args: &GatewaysArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let client = crate::client::build(global)?;
    let mut filter = DescribeVpnGateways::new();
    if let Some(vpc) = &args.vpc {
        filter = filter.vpc_id(vpc);
    }
    if let Some(status) = &args.status {
        filter = filter.status(status);
    }
    let gateways = client
        .vpn_gateways(&filter)
        .map(|g| g.map(|g| VpnGatewayView::new(&g, false)))
        .collect::<Result<Vec<_>, _>>()?;
    let listed = Gateways {
        region_id: client.region_id().to_owned(),
        count: gateways.len(),
        vpn_gateways: gateways,
    };
    out.result(&listed, || {
        let rows: Vec<Vec<String>> = listed
            .vpn_gateways
            .iter()
            .map(|g| {
                vec![
                    g.vpn_gateway_id.clone(),
                    g.name.clone(),
                    g.status.clone(),
                    g.business_status.clone(),
                    g.ssl_vpn.clone(),
                    g.ssl_max_connections.to_string(),
                    g.ssl_vpn_internet_ip.clone(),
                ]
            })
            .collect();
        table(
            &[
                "ID",
                "NAME",
                "STATUS",
                "BUSINESS",
                "SSL-VPN",
                "SSL MAX",
                "SSL ADDRESS",
            ],
            &rows,
        )
    });
    Ok(())
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// The VPN gateway (vpn-...)
    #[arg(long, value_name = "VPN_GATEWAY_ID")]
    gateway: String,
    /// How long to wait before failing with a timeout
    #[arg(long, value_name = "DURATION", default_value = "3m", value_parser = parse_duration)]
    timeout: Duration,
}

pub fn wait(args: &WaitArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let client = crate::client::build(global)?;
    let gateway =
        client.wait_for_gateway(&WaitForGateway::new(&args.gateway).timeout(args.timeout))?;
    let view = VpnGatewayView::new(&gateway, false);
    out.result(&view, || {
        fields(&[
            ("Gateway", view.vpn_gateway_id.clone()),
            ("Status", view.status.clone()),
            ("Business status", view.business_status.clone()),
        ])
    });
    Ok(())
}

/// The number of clients connected to a gateway now (for warnings before a revocation), or
/// `None` when it cannot be read.
pub fn connected(client: &vpncert::Client, vpn_gateway_id: &str) -> Option<usize> {
    let filter = vpncert::DescribeSslVpnClients::new(vpn_gateway_id);
    match client
        .ssl_vpn_clients(&filter)
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(clients) => Some(clients.len()),
        Err(e) => {
            log::info!("cannot list the clients of {vpn_gateway_id}: {e}");
            None
        }
    }
}
