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
    DeleteSslVpnClientCert,
    DescribeSslVpnClientCert,
    DescribeSslVpnClientCerts,
    DescribeSslVpnServers,
    ModifySslVpnClientCert,
}

impl Action {
    /// Every action.
    pub(crate) const ALL: [Action; 6] = [
        Action::CreateSslVpnClientCert,
        Action::DeleteSslVpnClientCert,
        Action::DescribeSslVpnClientCert,
        Action::DescribeSslVpnClientCerts,
        Action::DescribeSslVpnServers,
        Action::ModifySslVpnClientCert,
    ];

    /// The API's name of the action.
    pub fn name(self) -> &'static str {
        match self {
            Action::CreateSslVpnClientCert => "CreateSslVpnClientCert",
            Action::DeleteSslVpnClientCert => "DeleteSslVpnClientCert",
            Action::DescribeSslVpnClientCert => "DescribeSslVpnClientCert",
            Action::DescribeSslVpnClientCerts => "DescribeSslVpnClientCerts",
            Action::DescribeSslVpnServers => "DescribeSslVpnServers",
            Action::ModifySslVpnClientCert => "ModifySslVpnClientCert",
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
                | Action::DeleteSslVpnClientCert
                | Action::ModifySslVpnClientCert
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

/// Runs an authenticated, authorised call: its parameters parsed, then the action's handler.
/// The result is the success body without `RequestId`.
pub(crate) fn run(action: Action, cx: &mut Ctx<'_>) -> Result<Value, Failure> {
    match action {
        Action::CreateSslVpnClientCert => {
            let params = CreateSslVpnClientCertParams::parse(cx.params)?;
            crate::ops::create_ssl_vpn_client_cert::run(cx, &params)
        }
        Action::DeleteSslVpnClientCert => {
            let params = DeleteSslVpnClientCertParams::parse(cx.params)?;
            crate::ops::delete_ssl_vpn_client_cert::run(cx, &params)
        }
        Action::DescribeSslVpnClientCert => {
            let params = DescribeSslVpnClientCertParams::parse(cx.params)?;
            crate::ops::describe_ssl_vpn_client_cert::run(cx, &params)
        }
        Action::DescribeSslVpnClientCerts => {
            let params = DescribeSslVpnClientCertsParams::parse(cx.params)?;
            crate::ops::describe_ssl_vpn_client_certs::run(cx, &params)
        }
        Action::DescribeSslVpnServers => {
            let params = DescribeSslVpnServersParams::parse(cx.params)?;
            crate::ops::describe_ssl_vpn_servers::run(cx, &params)
        }
        Action::ModifySslVpnClientCert => {
            let params = ModifySslVpnClientCertParams::parse(cx.params)?;
            crate::ops::modify_ssl_vpn_client_cert::run(cx, &params)
        }
    }
}
