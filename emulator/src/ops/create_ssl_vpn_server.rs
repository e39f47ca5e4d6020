//! CreateSslVpnServer: the SSL-VPN server of a VPN gateway (at most one per gateway). The
//! gateway applies it in the background: it is `updating` for the settle window afterwards.

use serde_json::{json, Value};

use super::{client_token, recall, remember, settings, validate_name, Action, Ctx};
use crate::error::Failure;
use crate::generated::actions::CreateSslVpnServerParams;
use crate::world::ServerSettings;

const ACTION: Action = Action::CreateSslVpnServer;

pub(crate) fn run(cx: &mut Ctx<'_>, p: &CreateSslVpnServerParams) -> Result<Value, Failure> {
    let wanted = checked(p)?;
    let token = client_token(p.client_token.as_deref())?;
    let dry_run = p.dry_run == Some(true);
    // A dry run never made anything, so it is never an earlier call's repeat.
    if !dry_run {
        if let Some(earlier) = recall(cx, ACTION, token) {
            return Ok(earlier);
        }
    }
    let gateway_index = cx
        .world
        .gateway_index(cx.region_id, &p.vpn_gateway_id)
        .ok_or_else(Failure::gateway_not_found)?;
    cx.world.gateways[gateway_index].ensure_unlocked()?;
    if cx.world.server_on(gateway_index).is_some() {
        return Err(Failure::ssl_vpn_server_exists());
    }
    let gateway = &mut cx.world.gateways[gateway_index];
    settings::pool_fits(&wanted.client_ip_pool, gateway.ssl_max_connections)?;
    gateway.accept_change(cx.instant)?;
    if dry_run {
        return Err(Failure::dry_run_passed());
    }
    let server = cx.world.add_server(gateway_index, wanted, cx.now)?;
    let result = json!({
        "SslVpnServerId": server.ssl_vpn_server_id,
        "Name": server.name,
    });
    cx.world.gateways[gateway_index].settle(cx.instant, cx.config.settle);
    remember(cx, ACTION, token, &result);
    Ok(result)
}

/// The request's settings (the service's defaults, from the spec, filled in by the parser),
/// every rule that needs no gateway checked.
fn checked(p: &CreateSslVpnServerParams) -> Result<ServerSettings, Failure> {
    if let Some(name) = p.name.as_deref() {
        validate_name(name)?;
    }
    let local_subnet = settings::local_subnet(&p.local_subnet)?;
    let client_ip_pool = settings::client_ip_pool(&p.client_ip_pool)?;
    settings::no_overlap(&client_ip_pool, &local_subnet)?;
    let enable_multi_factor_auth = p.enable_multi_factor_auth == Some(true);
    let idaas = if enable_multi_factor_auth {
        settings::idaas(
            p.idaas_instance_id.as_deref(),
            p.idaas_region_id.as_deref(),
            p.idaas_application_id.as_deref(),
        )?
    } else {
        crate::builder::Idaas::v1("", "")
    };
    Ok(ServerSettings {
        name: p.name.clone(),
        client_ip_pool,
        local_subnet,
        proto: settings::proto(&p.proto)?,
        port: settings::port(p.port)?,
        cipher: settings::cipher(&p.cipher)?,
        compress: p.compress,
        dns_servers: settings::dns_servers(p.dns_servers.as_deref().unwrap_or(&[]))?,
        enable_multi_factor_auth,
        idaas,
    })
}
