//! ModifySslVpnServer: change the settings given, answer the whole server. A change other than
//! the name is applied by the gateway in the background (it is `updating` for the settle
//! window) and restarts the server, which disconnects its clients.

use serde_json::Value;

use super::{client_token, recall, remember, settings, validate_name, Action, Ctx};
use crate::builder::Idaas;
use crate::error::Failure;
use crate::generated::actions::ModifySslVpnServerParams;

const ACTION: Action = Action::ModifySslVpnServer;

/// What a request changes, each rule that needs no server checked.
#[derive(Debug, Default)]
struct Changes {
    name: Option<String>,
    local_subnet: Option<Vec<String>>,
    client_ip_pool: Option<String>,
    proto: Option<String>,
    port: Option<u16>,
    cipher: Option<String>,
    compress: Option<bool>,
    dns_servers: Option<Option<String>>,
}

impl Changes {
    fn from(p: &ModifySslVpnServerParams) -> Result<Changes, Failure> {
        if let Some(name) = p.name.as_deref() {
            validate_name(name)?;
        }
        Ok(Changes {
            name: p.name.clone(),
            local_subnet: p
                .local_subnet
                .as_deref()
                .map(settings::local_subnet)
                .transpose()?,
            client_ip_pool: p
                .client_ip_pool
                .as_deref()
                .map(settings::client_ip_pool)
                .transpose()?,
            proto: p.proto.as_deref().map(settings::proto).transpose()?,
            port: p.port.map(settings::port).transpose()?,
            cipher: p.cipher.as_deref().map(settings::cipher).transpose()?,
            compress: p.compress,
            dns_servers: p
                .dns_servers
                .as_deref()
                .map(settings::dns_servers)
                .transpose()?,
        })
    }
}

/// Whether the request touches two-factor authentication at all.
fn touches_idaas(p: &ModifySslVpnServerParams) -> bool {
    p.enable_multi_factor_auth.is_some()
        || p.idaas_instance_id.is_some()
        || p.idaas_region_id.is_some()
        || p.idaas_application_id.is_some()
}

pub(crate) fn run(cx: &mut Ctx<'_>, p: &ModifySslVpnServerParams) -> Result<Value, Failure> {
    let changes = Changes::from(p)?;
    let token = client_token(p.client_token.as_deref())?;
    let dry_run = p.dry_run == Some(true);
    if !dry_run {
        if let Some(earlier) = recall(cx, ACTION, token) {
            return Ok(earlier);
        }
    }
    let index = cx
        .world
        .server_index(cx.region_id, &p.ssl_vpn_server_id)
        .ok_or_else(Failure::server_not_found)?;
    let gateway_index = cx.world.gateway_of(index)?;
    cx.world.gateways[gateway_index].ensure_unlocked()?;

    // The rules between settings hold for the server as it would be afterwards.
    let server = &cx.world.servers[index];
    let pool = changes
        .client_ip_pool
        .as_deref()
        .unwrap_or(&server.client_ip_pool);
    let subnets = changes
        .local_subnet
        .as_deref()
        .unwrap_or(&server.local_subnet);
    settings::no_overlap(pool, subnets)?;
    if changes.client_ip_pool.is_some() {
        settings::pool_fits(pool, cx.world.gateways[gateway_index].ssl_max_connections)?;
    }
    let idaas = if touches_idaas(p) {
        let enable = p
            .enable_multi_factor_auth
            .unwrap_or(server.enable_multi_factor_auth);
        Some(if enable {
            let keep = |given: &Option<String>, current: &str| {
                given
                    .clone()
                    .or_else(|| (!current.is_empty()).then(|| current.to_owned()))
            };
            let (instance, region, app) = (
                keep(&p.idaas_instance_id, &server.idaas.instance_id),
                keep(&p.idaas_region_id, &server.idaas.region_id),
                keep(&p.idaas_application_id, &server.idaas.application_id),
            );
            (
                true,
                settings::idaas(instance.as_deref(), region.as_deref(), app.as_deref())?,
            )
        } else {
            (false, Idaas::v1("", ""))
        })
    } else {
        None
    };
    let reconfigures = changes.local_subnet.is_some()
        || changes.client_ip_pool.is_some()
        || changes.proto.is_some()
        || changes.port.is_some()
        || changes.cipher.is_some()
        || changes.compress.is_some()
        || changes.dns_servers.is_some()
        || idaas.is_some();

    let gateway = &mut cx.world.gateways[gateway_index];
    gateway.accept_change(cx.instant)?;
    if dry_run {
        return Err(Failure::dry_run_passed());
    }
    if reconfigures {
        gateway.settle(cx.instant, cx.config.settle);
    }
    let server = &mut cx.world.servers[index];
    if let Some(v) = changes.name {
        server.name = v;
    }
    if let Some(v) = changes.local_subnet {
        server.local_subnet = v;
    }
    if let Some(v) = changes.client_ip_pool {
        server.client_ip_pool = v;
    }
    if let Some(v) = changes.proto {
        server.proto = v;
    }
    if let Some(v) = changes.port {
        server.port = v;
    }
    if let Some(v) = changes.cipher {
        server.cipher = v;
    }
    if let Some(v) = changes.compress {
        server.compress = v;
    }
    if let Some(v) = changes.dns_servers {
        server.dns_servers = v;
    }
    if let Some((enable, idaas)) = idaas {
        server.enable_multi_factor_auth = enable;
        server.idaas = idaas;
    }
    if reconfigures {
        cx.world.server_reconfigured(index, cx.now);
    }
    let result = cx.world.modified_server_json(index);
    remember(cx, ACTION, token, &result);
    Ok(result)
}
