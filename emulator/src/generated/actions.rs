// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! The actions of the API the emulator serves, and the typed parameters of each.

use serde_json::Value;

use crate::error::Failure;
use crate::ops::Ctx;
use crate::params::Params;

/// An operation of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Action {
    CreateSslVpnClientCert,
    CreateSslVpnServer,
    DeleteSslVpnClientCert,
    DeleteSslVpnServer,
    DescribeSslVpnClientCert,
    DescribeSslVpnClientCerts,
    DescribeSslVpnClients,
    DescribeSslVpnServers,
    DescribeVpnGateway,
    DescribeVpnGateways,
    DescribeVpnSslServerLogs,
    ModifySslVpnClientCert,
    ModifySslVpnServer,
}

impl Action {
    /// Every action.
    pub(crate) const ALL: [Action; 13] = [
        Action::CreateSslVpnClientCert,
        Action::CreateSslVpnServer,
        Action::DeleteSslVpnClientCert,
        Action::DeleteSslVpnServer,
        Action::DescribeSslVpnClientCert,
        Action::DescribeSslVpnClientCerts,
        Action::DescribeSslVpnClients,
        Action::DescribeSslVpnServers,
        Action::DescribeVpnGateway,
        Action::DescribeVpnGateways,
        Action::DescribeVpnSslServerLogs,
        Action::ModifySslVpnClientCert,
        Action::ModifySslVpnServer,
    ];

    /// The API's name of the action.
    pub fn name(self) -> &'static str {
        match self {
            Action::CreateSslVpnClientCert => "CreateSslVpnClientCert",
            Action::CreateSslVpnServer => "CreateSslVpnServer",
            Action::DeleteSslVpnClientCert => "DeleteSslVpnClientCert",
            Action::DeleteSslVpnServer => "DeleteSslVpnServer",
            Action::DescribeSslVpnClientCert => "DescribeSslVpnClientCert",
            Action::DescribeSslVpnClientCerts => "DescribeSslVpnClientCerts",
            Action::DescribeSslVpnClients => "DescribeSslVpnClients",
            Action::DescribeSslVpnServers => "DescribeSslVpnServers",
            Action::DescribeVpnGateway => "DescribeVpnGateway",
            Action::DescribeVpnGateways => "DescribeVpnGateways",
            Action::DescribeVpnSslServerLogs => "DescribeVpnSslServerLogs",
            Action::ModifySslVpnClientCert => "ModifySslVpnClientCert",
            Action::ModifySslVpnServer => "ModifySslVpnServer",
        }
    }

    /// The action called `name` (exact spelling, as the gateway wants it).
    pub fn from_name(name: &str) -> Option<Action> {
        Self::ALL.into_iter().find(|a| a.name() == name)
    }

    /// Whether the action changes state (and so can be hit by "commit then drop").
    pub fn is_mutating(self) -> bool {
        matches!(
            self,
            Action::CreateSslVpnClientCert
                | Action::CreateSslVpnServer
                | Action::DeleteSslVpnClientCert
                | Action::DeleteSslVpnServer
                | Action::ModifySslVpnClientCert
                | Action::ModifySslVpnServer
        )
    }
}

/// The parameters of `CreateSslVpnClientCert` (besides `RegionId` and the common ones).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)]
pub(crate) struct CreateSslVpnClientCertParams {
    pub(crate) ssl_vpn_server_id: String,
    pub(crate) name: Option<String>,
    pub(crate) client_token: Option<String>,
}

impl CreateSslVpnClientCertParams {
    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {
        Ok(CreateSslVpnClientCertParams {
            ssl_vpn_server_id: p
                .non_empty("SslVpnServerId")
                .ok_or_else(|| Failure::missing("SslVpnServerId"))?
                .to_owned(),
            name: p.get("Name").map(str::to_owned),
            client_token: p.get("ClientToken").map(str::to_owned),
        })
    }
}

/// The parameters of `CreateSslVpnServer` (besides `RegionId` and the common ones).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)]
pub(crate) struct CreateSslVpnServerParams {
    pub(crate) vpn_gateway_id: String,
    pub(crate) local_subnet: Vec<String>,
    pub(crate) client_ip_pool: String,
    pub(crate) name: Option<String>,
    pub(crate) cipher: String,
    pub(crate) port: u64,
    pub(crate) proto: String,
    pub(crate) compress: bool,
    pub(crate) enable_multi_factor_auth: Option<bool>,
    pub(crate) idaas_instance_id: Option<String>,
    pub(crate) idaas_region_id: Option<String>,
    pub(crate) idaas_application_id: Option<String>,
    pub(crate) dns_servers: Option<Vec<String>>,
    pub(crate) dry_run: Option<bool>,
    pub(crate) client_token: Option<String>,
}

impl CreateSslVpnServerParams {
    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {
        Ok(CreateSslVpnServerParams {
            vpn_gateway_id: p
                .non_empty("VpnGatewayId")
                .ok_or_else(|| Failure::missing("VpnGatewayId"))?
                .to_owned(),
            local_subnet: p
                .list("LocalSubnet")
                .filter(|l| !l.is_empty())
                .ok_or_else(|| Failure::missing("LocalSubnet"))?,
            client_ip_pool: p
                .non_empty("ClientIpPool")
                .ok_or_else(|| Failure::missing("ClientIpPool"))?
                .to_owned(),
            name: p.get("Name").map(str::to_owned),
            cipher: p
                .get("Cipher")
                .map(str::to_owned)
                .unwrap_or_else(|| "AES-128-CBC".to_owned()),
            port: p.number("Port")?.unwrap_or(1194),
            proto: p
                .get("Proto")
                .map(str::to_owned)
                .unwrap_or_else(|| "TCP".to_owned()),
            compress: p.flag("Compress")?.unwrap_or(false),
            enable_multi_factor_auth: p.flag("EnableMultiFactorAuth")?,
            idaas_instance_id: p.get("IDaaSInstanceId").map(str::to_owned),
            idaas_region_id: p.get("IDaaSRegionId").map(str::to_owned),
            idaas_application_id: p.get("IDaaSApplicationId").map(str::to_owned),
            dns_servers: p.list("DnsServers"),
            dry_run: p.flag("DryRun")?,
            client_token: p.get("ClientToken").map(str::to_owned),
        })
    }
}

/// The parameters of `DeleteSslVpnClientCert` (besides `RegionId` and the common ones).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)]
pub(crate) struct DeleteSslVpnClientCertParams {
    pub(crate) ssl_vpn_client_cert_id: String,
    pub(crate) client_token: Option<String>,
}

impl DeleteSslVpnClientCertParams {
    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {
        Ok(DeleteSslVpnClientCertParams {
            ssl_vpn_client_cert_id: p
                .non_empty("SslVpnClientCertId")
                .ok_or_else(|| Failure::missing("SslVpnClientCertId"))?
                .to_owned(),
            client_token: p.get("ClientToken").map(str::to_owned),
        })
    }
}

/// The parameters of `DeleteSslVpnServer` (besides `RegionId` and the common ones).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)]
pub(crate) struct DeleteSslVpnServerParams {
    pub(crate) ssl_vpn_server_id: String,
    pub(crate) client_token: Option<String>,
}

impl DeleteSslVpnServerParams {
    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {
        Ok(DeleteSslVpnServerParams {
            ssl_vpn_server_id: p
                .non_empty("SslVpnServerId")
                .ok_or_else(|| Failure::missing("SslVpnServerId"))?
                .to_owned(),
            client_token: p.get("ClientToken").map(str::to_owned),
        })
    }
}

/// The parameters of `DescribeSslVpnClientCert` (besides `RegionId` and the common ones).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)]
pub(crate) struct DescribeSslVpnClientCertParams {
    pub(crate) ssl_vpn_client_cert_id: String,
}

impl DescribeSslVpnClientCertParams {
    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {
        Ok(DescribeSslVpnClientCertParams {
            ssl_vpn_client_cert_id: p
                .non_empty("SslVpnClientCertId")
                .ok_or_else(|| Failure::missing("SslVpnClientCertId"))?
                .to_owned(),
        })
    }
}

/// The parameters of `DescribeSslVpnClientCerts` (besides `RegionId` and the common ones).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)]
pub(crate) struct DescribeSslVpnClientCertsParams {
    pub(crate) ssl_vpn_server_id: Option<String>,
    pub(crate) ssl_vpn_client_cert_id: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) resource_group_id: Option<String>,
    pub(crate) page_number: Option<u64>,
    pub(crate) page_size: Option<u64>,
}

impl DescribeSslVpnClientCertsParams {
    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {
        Ok(DescribeSslVpnClientCertsParams {
            ssl_vpn_server_id: p.get("SslVpnServerId").map(str::to_owned),
            ssl_vpn_client_cert_id: p.get("SslVpnClientCertId").map(str::to_owned),
            name: p.get("Name").map(str::to_owned),
            resource_group_id: p.get("ResourceGroupId").map(str::to_owned),
            page_number: p.number("PageNumber")?,
            page_size: p.number("PageSize")?,
        })
    }
}

/// The parameters of `DescribeSslVpnClients` (besides `RegionId` and the common ones).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)]
pub(crate) struct DescribeSslVpnClientsParams {
    pub(crate) vpn_gateway_id: String,
    pub(crate) page_number: Option<u64>,
    pub(crate) page_size: Option<u64>,
}

impl DescribeSslVpnClientsParams {
    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {
        Ok(DescribeSslVpnClientsParams {
            vpn_gateway_id: p
                .non_empty("VpnGatewayId")
                .ok_or_else(|| Failure::missing("VpnGatewayId"))?
                .to_owned(),
            page_number: p.number("PageNumber")?,
            page_size: p.number("PageSize")?,
        })
    }
}

/// The parameters of `DescribeSslVpnServers` (besides `RegionId` and the common ones).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)]
pub(crate) struct DescribeSslVpnServersParams {
    pub(crate) ssl_vpn_server_id: Option<String>,
    pub(crate) vpn_gateway_id: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) resource_group_id: Option<String>,
    pub(crate) page_number: Option<u64>,
    pub(crate) page_size: Option<u64>,
}

impl DescribeSslVpnServersParams {
    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {
        Ok(DescribeSslVpnServersParams {
            ssl_vpn_server_id: p.get("SslVpnServerId").map(str::to_owned),
            vpn_gateway_id: p.get("VpnGatewayId").map(str::to_owned),
            name: p.get("Name").map(str::to_owned),
            resource_group_id: p.get("ResourceGroupId").map(str::to_owned),
            page_number: p.number("PageNumber")?,
            page_size: p.number("PageSize")?,
        })
    }
}

/// The parameters of `DescribeVpnGateway` (besides `RegionId` and the common ones).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)]
pub(crate) struct DescribeVpnGatewayParams {
    pub(crate) vpn_gateway_id: String,
    pub(crate) include_reservation_data: Option<bool>,
}

impl DescribeVpnGatewayParams {
    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {
        Ok(DescribeVpnGatewayParams {
            vpn_gateway_id: p
                .non_empty("VpnGatewayId")
                .ok_or_else(|| Failure::missing("VpnGatewayId"))?
                .to_owned(),
            include_reservation_data: p.flag("IncludeReservationData")?,
        })
    }
}

/// The parameters of `DescribeVpnGateways` (besides `RegionId` and the common ones).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)]
pub(crate) struct DescribeVpnGatewaysParams {
    pub(crate) vpn_gateway_id: Option<String>,
    pub(crate) vpc_id: Option<String>,
    pub(crate) status: Option<String>,
    pub(crate) business_status: Option<String>,
    pub(crate) gateway_type: Option<String>,
    pub(crate) resource_group_id: Option<String>,
    pub(crate) tag: Option<Vec<(String, String)>>,
    pub(crate) include_reservation_data: Option<bool>,
    pub(crate) page_number: Option<u64>,
    pub(crate) page_size: Option<u64>,
}

impl DescribeVpnGatewaysParams {
    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {
        Ok(DescribeVpnGatewaysParams {
            vpn_gateway_id: p.get("VpnGatewayId").map(str::to_owned),
            vpc_id: p.get("VpcId").map(str::to_owned),
            status: p.get("Status").map(str::to_owned),
            business_status: p.get("BusinessStatus").map(str::to_owned),
            gateway_type: p.get("GatewayType").map(str::to_owned),
            resource_group_id: p.get("ResourceGroupId").map(str::to_owned),
            tag: p.tags("Tag"),
            include_reservation_data: p.flag("IncludeReservationData")?,
            page_number: p.number("PageNumber")?,
            page_size: p.number("PageSize")?,
        })
    }
}

/// The parameters of `DescribeVpnSslServerLogs` (besides `RegionId` and the common ones).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)]
pub(crate) struct DescribeVpnSslServerLogsParams {
    pub(crate) vpn_ssl_server_id: String,
    pub(crate) ssl_vpn_client_cert_id: Option<String>,
    pub(crate) from: Option<u64>,
    pub(crate) to: Option<u64>,
    pub(crate) minute_period: Option<u64>,
    pub(crate) page_number: Option<u64>,
    pub(crate) page_size: Option<u64>,
}

impl DescribeVpnSslServerLogsParams {
    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {
        Ok(DescribeVpnSslServerLogsParams {
            vpn_ssl_server_id: p
                .non_empty("VpnSslServerId")
                .ok_or_else(|| Failure::missing("VpnSslServerId"))?
                .to_owned(),
            ssl_vpn_client_cert_id: p.get("SslVpnClientCertId").map(str::to_owned),
            from: p.number("From")?,
            to: p.number("To")?,
            minute_period: p.number("MinutePeriod")?,
            page_number: p.number("PageNumber")?,
            page_size: p.number("PageSize")?,
        })
    }
}

/// The parameters of `ModifySslVpnClientCert` (besides `RegionId` and the common ones).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)]
pub(crate) struct ModifySslVpnClientCertParams {
    pub(crate) ssl_vpn_client_cert_id: String,
    pub(crate) name: Option<String>,
    pub(crate) client_token: Option<String>,
}

impl ModifySslVpnClientCertParams {
    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {
        Ok(ModifySslVpnClientCertParams {
            ssl_vpn_client_cert_id: p
                .non_empty("SslVpnClientCertId")
                .ok_or_else(|| Failure::missing("SslVpnClientCertId"))?
                .to_owned(),
            name: p.get("Name").map(str::to_owned),
            client_token: p.get("ClientToken").map(str::to_owned),
        })
    }
}

/// The parameters of `ModifySslVpnServer` (besides `RegionId` and the common ones).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)]
pub(crate) struct ModifySslVpnServerParams {
    pub(crate) ssl_vpn_server_id: String,
    pub(crate) local_subnet: Option<Vec<String>>,
    pub(crate) client_ip_pool: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) cipher: Option<String>,
    pub(crate) port: Option<u64>,
    pub(crate) proto: Option<String>,
    pub(crate) compress: Option<bool>,
    pub(crate) enable_multi_factor_auth: Option<bool>,
    pub(crate) idaas_instance_id: Option<String>,
    pub(crate) idaas_region_id: Option<String>,
    pub(crate) idaas_application_id: Option<String>,
    pub(crate) dns_servers: Option<Vec<String>>,
    pub(crate) dry_run: Option<bool>,
    pub(crate) client_token: Option<String>,
}

impl ModifySslVpnServerParams {
    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {
        Ok(ModifySslVpnServerParams {
            ssl_vpn_server_id: p
                .non_empty("SslVpnServerId")
                .ok_or_else(|| Failure::missing("SslVpnServerId"))?
                .to_owned(),
            local_subnet: p.list("LocalSubnet"),
            client_ip_pool: p.get("ClientIpPool").map(str::to_owned),
            name: p.get("Name").map(str::to_owned),
            cipher: p.get("Cipher").map(str::to_owned),
            port: p.number("Port")?,
            proto: p.get("Proto").map(str::to_owned),
            compress: p.flag("Compress")?,
            enable_multi_factor_auth: p.flag("EnableMultiFactorAuth")?,
            idaas_instance_id: p.get("IDaaSInstanceId").map(str::to_owned),
            idaas_region_id: p.get("IDaaSRegionId").map(str::to_owned),
            idaas_application_id: p.get("IDaaSApplicationId").map(str::to_owned),
            dns_servers: p.list("DnsServers"),
            dry_run: p.flag("DryRun")?,
            client_token: p.get("ClientToken").map(str::to_owned),
        })
    }
}

/// Runs an authenticated, authorised call: its parameters parsed, then the action's handler.
/// The result is the success body without `RequestId`.
pub(crate) fn run(action: Action, cx: &mut Ctx<'_>) -> Result<Value, Failure> {
    match action {
        Action::CreateSslVpnClientCert => {
            let params = CreateSslVpnClientCertParams::parse(cx.params)?;
            crate::ops::create_ssl_vpn_client_cert::run(cx, &params)
        }
        Action::CreateSslVpnServer => {
            let params = CreateSslVpnServerParams::parse(cx.params)?;
            crate::ops::create_ssl_vpn_server::run(cx, &params)
        }
        Action::DeleteSslVpnClientCert => {
            let params = DeleteSslVpnClientCertParams::parse(cx.params)?;
            crate::ops::delete_ssl_vpn_client_cert::run(cx, &params)
        }
        Action::DeleteSslVpnServer => {
            let params = DeleteSslVpnServerParams::parse(cx.params)?;
            crate::ops::delete_ssl_vpn_server::run(cx, &params)
        }
        Action::DescribeSslVpnClientCert => {
            let params = DescribeSslVpnClientCertParams::parse(cx.params)?;
            crate::ops::describe_ssl_vpn_client_cert::run(cx, &params)
        }
        Action::DescribeSslVpnClientCerts => {
            let params = DescribeSslVpnClientCertsParams::parse(cx.params)?;
            crate::ops::describe_ssl_vpn_client_certs::run(cx, &params)
        }
        Action::DescribeSslVpnClients => {
            let params = DescribeSslVpnClientsParams::parse(cx.params)?;
            crate::ops::describe_ssl_vpn_clients::run(cx, &params)
        }
        Action::DescribeSslVpnServers => {
            let params = DescribeSslVpnServersParams::parse(cx.params)?;
            crate::ops::describe_ssl_vpn_servers::run(cx, &params)
        }
        Action::DescribeVpnGateway => {
            let params = DescribeVpnGatewayParams::parse(cx.params)?;
            crate::ops::describe_vpn_gateway::run(cx, &params)
        }
        Action::DescribeVpnGateways => {
            let params = DescribeVpnGatewaysParams::parse(cx.params)?;
            crate::ops::describe_vpn_gateways::run(cx, &params)
        }
        Action::DescribeVpnSslServerLogs => {
            let params = DescribeVpnSslServerLogsParams::parse(cx.params)?;
            crate::ops::describe_vpn_ssl_server_logs::run(cx, &params)
        }
        Action::ModifySslVpnClientCert => {
            let params = ModifySslVpnClientCertParams::parse(cx.params)?;
            crate::ops::modify_ssl_vpn_client_cert::run(cx, &params)
        }
        Action::ModifySslVpnServer => {
            let params = ModifySslVpnServerParams::parse(cx.params)?;
            crate::ops::modify_ssl_vpn_server::run(cx, &params)
        }
    }
}

/// The HTTP status the API answers a documented error code with (the spec's error table).
pub(crate) fn documented_status(code: &str) -> Option<u16> {
    Some(match code {
        "Resource.QuotaFull" => 400,
        "CreateSslCertsQuotaFull.QuotaFull" => 400,
        "VpnGateway.Configuring" => 400,
        "VpnGateway.FinancialLocked" => 400,
        "InvalidName" => 400,
        "SslVpnClientCreateTimes.ReachLimits" => 400,
        "Forbbiden.SubUser" => 403,
        "Forbidden.SubUser" => 403,
        "Forbidden" => 403,
        "InvalidSslVpnServerId.NotFound" => 404,
        "InvalidRegionId.NotFound" => 404,
        "InvalidSslVpnClientCertId.NotFound" => 404,
        "InvalidInstanceId.NotFound" => 400,
        "ServiceUnavailable" => 503,
        "InternalError" => 500,
        "UnknownError" => 500,
        "SignatureDoesNotMatch" => 400,
        "IncompleteSignature" => 400,
        "InvalidTimeStamp.Expired" => 400,
        "DryRunOperation" => 400,
        "InvalidVpnGatewayInstanceId.NotFound" => 404,
        "InvalidVpnGatewayId.NotFound" => 404,
        _ => return None,
    })
}
