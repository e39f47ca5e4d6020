//! `vpncert server create|modify|delete`: the SSL-VPN server of a gateway. Settings are checked
//! before anything is sent; `--dry-run` asks the service whether the change would succeed.

use std::time::Duration;

use clap::{Args, Subcommand};
use serde::Serialize;
use vpncert::{CreateSslVpnServer, DeleteSslVpnServer, ModifySslVpnServer};

use crate::args::{parse_wait, GlobalArgs};
use crate::failure::Failure;
use crate::output::{fields, Printer};

#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// Create the SSL-VPN server of a VPN gateway (one per gateway)
    Create(CreateArgs),
    /// Change settings of an SSL-VPN server (only those given)
    Modify(ModifyArgs),
    /// Delete an SSL-VPN server and every certificate of it
    Delete(DeleteArgs),
}

/// Settings shared by create and modify.
#[derive(Debug, Args)]
pub struct Settings {
    /// The server's name
    #[arg(long)]
    name: Option<String>,
    /// AES-128-CBC, AES-192-CBC, AES-256-CBC or none
    #[arg(long)]
    cipher: Option<String>,
    /// The port clients connect to (1-65535; 22, 80, 443, 500, ... are refused)
    #[arg(long)]
    port: Option<u32>,
    /// TCP or UDP
    #[arg(long)]
    proto: Option<String>,
    /// Compress traffic (true or false)
    #[arg(long, value_name = "BOOL")]
    compress: Option<bool>,
    /// DNS servers pushed to clients, comma-separated IP addresses
    #[arg(long, value_name = "IPS", value_delimiter = ',')]
    dns_servers: Option<Vec<String>>,
    /// Require two-factor authentication through IDaaS (true or false)
    #[arg(long, value_name = "BOOL")]
    enable_multi_factor_auth: Option<bool>,
    /// The IDaaS instance of two-factor authentication
    #[arg(long, value_name = "ID")]
    idaas_instance_id: Option<String>,
    /// The region of the IDaaS instance
    #[arg(long, value_name = "REGION_ID")]
    idaas_region_id: Option<String>,
    /// The IDaaS application (EIAM 2.0)
    #[arg(long, value_name = "ID")]
    idaas_application_id: Option<String>,
    /// Only ask the service whether the change would succeed; change nothing
    #[arg(long)]
    dry_run: bool,
    /// The idempotency token (default: one per invocation)
    #[arg(long, value_name = "TOKEN")]
    client_token: Option<String>,
    /// Return once the gateway has applied the change (up to this long; 0 returns at once)
    #[arg(long, value_name = "DURATION", default_value = "3m", value_parser = parse_wait)]
    wait: Duration,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The VPN gateway (vpn-...)
    #[arg(long, value_name = "VPN_GATEWAY_ID")]
    gateway: String,
    /// The networks clients may reach, comma-separated CIDR blocks
    #[arg(long, value_name = "CIDRS", value_delimiter = ',', required = true)]
    local_subnet: Vec<String>,
    /// The addresses clients get: one CIDR block (mask 16-29)
    #[arg(long, value_name = "CIDR")]
    client_ip_pool: String,
    #[command(flatten)]
    settings: Settings,
}

#[derive(Debug, Args)]
pub struct ModifyArgs {
    /// The SSL-VPN server (vss-...)
    #[arg(value_name = "SSL_VPN_SERVER_ID")]
    server: String,
    /// The networks clients may reach, comma-separated CIDR blocks
    #[arg(long, value_name = "CIDRS", value_delimiter = ',')]
    local_subnet: Option<Vec<String>>,
    /// The addresses clients get: one CIDR block (mask 16-29)
    #[arg(long, value_name = "CIDR")]
    client_ip_pool: Option<String>,
    #[command(flatten)]
    settings: Settings,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The SSL-VPN server (vss-...)
    #[arg(value_name = "SSL_VPN_SERVER_ID")]
    server: String,
    /// The idempotency token (default: one per invocation)
    #[arg(long, value_name = "TOKEN")]
    client_token: Option<String>,
    /// Return once the gateway has applied the change (up to this long; 0 returns at once)
    #[arg(long, value_name = "DURATION", default_value = "3m", value_parser = parse_wait)]
    wait: Duration,
}

#[derive(Serialize)]
struct Changed {
    action: &'static str,
    ssl_vpn_server_id: String,
    name: String,
    dry_run: bool,
    request_id: String,
}

/// Applies the shared settings to a create or modify request.
macro_rules! apply_settings {
    ($req:expr, $s:expr) => {{
        let s = $s;
        let mut req = $req;
        if let Some(v) = &s.name {
            req = req.name(v);
        }
        if let Some(v) = &s.cipher {
            req = req.cipher(v);
        }
        if let Some(v) = s.port {
            req = req.port(v);
        }
        if let Some(v) = &s.proto {
            req = req.proto(v);
        }
        if let Some(v) = s.compress {
            req = req.compress(v);
        }
        if let Some(v) = &s.dns_servers {
            req = req.dns_servers(v.clone());
        }
        if let Some(v) = s.enable_multi_factor_auth {
            req = req.enable_multi_factor_auth(v);
        }
        if let Some(v) = &s.idaas_instance_id {
            req = req.idaas_instance_id(v);
        }
        if let Some(v) = &s.idaas_region_id {
            req = req.idaas_region_id(v);
        }
        if let Some(v) = &s.idaas_application_id {
            req = req.idaas_application_id(v);
        }
        if s.dry_run {
            req = req.dry_run(true);
        }
        if let Some(v) = &s.client_token {
            req = req.client_token(v);
        }
        if !s.wait.is_zero() && !s.dry_run {
            req = req.wait(s.wait);
        }
        req
    }};
}

pub fn run(command: &ServerCommand, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let client = crate::client::build(global)?;
    let changed = match command {
        ServerCommand::Create(a) => {
            let req = apply_settings!(
                CreateSslVpnServer::new(&a.gateway, a.local_subnet.clone(), &a.client_ip_pool),
                &a.settings
            );
            let r = client.create_ssl_vpn_server(&req)?;
            Changed {
                action: "create",
                ssl_vpn_server_id: r.ssl_vpn_server_id,
                name: r.name,
                dry_run: r.dry_run,
                request_id: r.request_id,
            }
        }
        ServerCommand::Modify(a) => {
            let mut req = ModifySslVpnServer::new(&a.server);
            if let Some(v) = &a.local_subnet {
                req = req.local_subnet(v.clone());
            }
            if let Some(v) = &a.client_ip_pool {
                req = req.client_ip_pool(v);
            }
            let req = apply_settings!(req, &a.settings);
            let r = client.modify_ssl_vpn_server(&req)?;
            Changed {
                action: "modify",
                ssl_vpn_server_id: r.ssl_vpn_server_id,
                name: r.name,
                dry_run: r.dry_run,
                request_id: r.request_id,
            }
        }
        ServerCommand::Delete(a) => {
            let mut req = DeleteSslVpnServer::new(&a.server);
            if let Some(v) = &a.client_token {
                req = req.client_token(v);
            }
            if !a.wait.is_zero() {
                req = req.wait(a.wait);
            }
            let r = client.delete_ssl_vpn_server(&req)?;
            Changed {
                action: "delete",
                ssl_vpn_server_id: a.server.clone(),
                name: String::new(),
                dry_run: false,
                request_id: r.request_id,
            }
        }
    };
    out.result(&changed, || {
        let result = if changed.dry_run {
            "dry run passed: the service would accept it (nothing changed)"
        } else {
            "done"
        };
        fields(&[
            ("Server", changed.ssl_vpn_server_id.clone()),
            ("Action", changed.action.to_owned()),
            ("Result", result.to_owned()),
            ("Request id", changed.request_id.clone()),
        ])
    });
    Ok(())
}
