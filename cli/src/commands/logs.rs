//! `vpncert logs --server vss-...`: an SSL-VPN server's connection logs (every page).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use clap::Args;
use serde::Serialize;
use vpncert::DescribeVpnSslServerLogs;

use crate::args::{parse_span, GlobalArgs};
use crate::failure::Failure;
use crate::output::{printable_lines, Printer};

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// The SSL-VPN server (vss-...)
    #[arg(long, value_name = "SSL_VPN_SERVER_ID")]
    server: String,
    /// Only the logs of this certificate (vsc-...)
    #[arg(long, value_name = "CERT_ID")]
    cert: Option<String>,
    /// How far back to read, e.g. 1h or 2d
    #[arg(long, value_name = "SPAN", default_value = "1h", value_parser = parse_span)]
    since: Duration,
}

#[derive(Serialize)]
struct Logs {
    ssl_vpn_server_id: String,
    from: u64,
    to: u64,
    count: usize,
    complete: bool,
    logs: Vec<String>,
}

pub fn run(args: &LogsArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let client = crate::client::build(global)?;
    let to = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let from = to.saturating_sub(args.since.as_secs());
    let mut request = DescribeVpnSslServerLogs::new(&args.server)
        .from(from)
        .to(to)
        .page_size(vpncert::MAX_PAGE_SIZE);
    if let Some(cert) = &args.cert {
        request = request.ssl_vpn_client_cert_id(cert);
    }
    let mut logs = Vec::new();
    let mut complete = true;
    for page in client.vpn_ssl_server_logs(&request) {
        let page = page?;
        complete &= page.is_completed;
        logs.extend(page.logs);
    }
    let shown = Logs {
        ssl_vpn_server_id: args.server.clone(),
        from,
        to,
        count: logs.len(),
        complete,
        logs,
    };
    out.result(&shown, || {
        let mut text = printable_lines(&shown.logs.join("\n"));
        if !text.is_empty() {
            text.push('\n');
        }
        if !shown.complete {
            text.push_str("(the service is still collecting the logs of this period)\n");
        }
        text
    });
    Ok(())
}
