// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `ModifySslVpnServer`: the request builder, its answer and its documented error codes.

#![allow(clippy::doc_markdown)]

pub use crate::generated::records::ModifySslVpnServerResponse;
#[allow(unused_imports)]
use crate::{Client, Error};

/// The documented error codes of `ModifySslVpnServer`.
pub const ERROR_CODES: &[&str] = &[
    "VpnGateway.Configuring",
    "VpnGateway.FinancialLocked",
    "Forbbiden.SubUser",
    "Forbidden",
    "InvalidRegionId.NotFound",
    "InvalidSslVpnServerId.NotFound",
    "DryRunOperation",
];

/// A `ModifySslVpnServer` request: changes the settings of an SSL-VPN server (only those
/// given). The settings are checked before anything is sent. The change is asynchronous (unless
/// only the name changes): with `wait`, the call returns once the gateway is `active` again.
///
/// Required parameters are taken by `new`; each optional one has a setter and a `get_` getter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModifySslVpnServer {
    pub(crate) ssl_vpn_server_id: String,
    pub(crate) local_subnet: Option<Vec<String>>,
    pub(crate) client_ip_pool: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) cipher: Option<String>,
    pub(crate) port: Option<u32>,
    pub(crate) proto: Option<String>,
    pub(crate) compress: Option<bool>,
    pub(crate) enable_multi_factor_auth: Option<bool>,
    pub(crate) idaas_instance_id: Option<String>,
    pub(crate) idaas_region_id: Option<String>,
    pub(crate) idaas_application_id: Option<String>,
    pub(crate) dns_servers: Option<Vec<String>>,
    pub(crate) dry_run: Option<bool>,
    pub(crate) client_token: Option<String>,
    pub(crate) region_id: Option<String>,
    pub(crate) wait: Option<std::time::Duration>,
}

impl ModifySslVpnServer {
    /// A request with its required parameters: `ssl_vpn_server_id`.
    pub fn new(ssl_vpn_server_id: impl Into<String>) -> Self {
        ModifySslVpnServer {
            ssl_vpn_server_id: {
                let v = ssl_vpn_server_id;
                v.into()
            },
            local_subnet: None,
            client_ip_pool: None,
            name: None,
            cipher: None,
            port: None,
            proto: None,
            compress: None,
            enable_multi_factor_auth: None,
            idaas_instance_id: None,
            idaas_region_id: None,
            idaas_application_id: None,
            dns_servers: None,
            dry_run: None,
            client_token: None,
            region_id: None,
            wait: None,
        }
    }

    /// `LocalSubnet`: the networks clients may reach: CIDR blocks (masks 8-32), at most 5.
    pub fn local_subnet(mut self, v: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.local_subnet = Some(v.into_iter().map(Into::into).collect());
        self
    }

    /// `ClientIpPool`: the addresses clients get: one CIDR block (mask 16-29).
    pub fn client_ip_pool(mut self, v: impl Into<String>) -> Self {
        self.client_ip_pool = Some(v.into());
        self
    }

    /// `Name`: the name.
    pub fn name(mut self, v: impl Into<String>) -> Self {
        self.name = Some(v.into());
        self
    }

    /// `Cipher`: `AES-128-CBC`, `AES-192-CBC`, `AES-256-CBC` or `none`.
    pub fn cipher(mut self, v: impl Into<String>) -> Self {
        self.cipher = Some(v.into());
        self
    }

    /// `Port`: the port, 1-65535 (some are refused, e.g. 22, 80, 443, 500).
    pub fn port(mut self, v: u32) -> Self {
        self.port = Some(v);
        self
    }

    /// `Proto`: `TCP` or `UDP`.
    pub fn proto(mut self, v: impl Into<String>) -> Self {
        self.proto = Some(v.into());
        self
    }

    /// `Compress`: whether to compress traffic.
    pub fn compress(mut self, v: bool) -> Self {
        self.compress = Some(v);
        self
    }

    /// `EnableMultiFactorAuth`: whether to require two-factor authentication.
    pub fn enable_multi_factor_auth(mut self, v: bool) -> Self {
        self.enable_multi_factor_auth = Some(v);
        self
    }

    /// `IDaaSInstanceId`: the IDaaS instance.
    pub fn idaas_instance_id(mut self, v: impl Into<String>) -> Self {
        self.idaas_instance_id = Some(v.into());
        self
    }

    /// `IDaaSRegionId`: the region of the IDaaS instance.
    pub fn idaas_region_id(mut self, v: impl Into<String>) -> Self {
        self.idaas_region_id = Some(v.into());
        self
    }

    /// `IDaaSApplicationId`: the IDaaS application.
    pub fn idaas_application_id(mut self, v: impl Into<String>) -> Self {
        self.idaas_application_id = Some(v.into());
        self
    }

    /// `DnsServers`: the DNS servers to push to clients.
    pub fn dns_servers(mut self, v: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.dns_servers = Some(v.into_iter().map(Into::into).collect());
        self
    }

    /// `DryRun`: only check the request: nothing changes.
    pub fn dry_run(mut self, v: bool) -> Self {
        self.dry_run = Some(v);
        self
    }

    /// `ClientToken`: the idempotency token (default: one generated per logical call).
    pub fn client_token(mut self, v: impl Into<String>) -> Self {
        self.client_token = Some(v.into());
        self
    }

    /// `RegionId`: the region of this request (default: the client's), so one client can work in several regions.
    pub fn region_id(mut self, v: impl Into<String>) -> Self {
        self.region_id = Some(v.into());
        self
    }

    /// Unsets `LocalSubnet`.
    pub fn clear_local_subnet(mut self) -> Self {
        self.local_subnet = None;
        self
    }

    /// Unsets `ClientIpPool`.
    pub fn clear_client_ip_pool(mut self) -> Self {
        self.client_ip_pool = None;
        self
    }

    /// Unsets `Name`.
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self
    }

    /// Unsets `Cipher`.
    pub fn clear_cipher(mut self) -> Self {
        self.cipher = None;
        self
    }

    /// Unsets `Port`.
    pub fn clear_port(mut self) -> Self {
        self.port = None;
        self
    }

    /// Unsets `Proto`.
    pub fn clear_proto(mut self) -> Self {
        self.proto = None;
        self
    }

    /// Unsets `Compress`.
    pub fn clear_compress(mut self) -> Self {
        self.compress = None;
        self
    }

    /// Unsets `EnableMultiFactorAuth`.
    pub fn clear_enable_multi_factor_auth(mut self) -> Self {
        self.enable_multi_factor_auth = None;
        self
    }

    /// Unsets `IDaaSInstanceId`.
    pub fn clear_idaas_instance_id(mut self) -> Self {
        self.idaas_instance_id = None;
        self
    }

    /// Unsets `IDaaSRegionId`.
    pub fn clear_idaas_region_id(mut self) -> Self {
        self.idaas_region_id = None;
        self
    }

    /// Unsets `IDaaSApplicationId`.
    pub fn clear_idaas_application_id(mut self) -> Self {
        self.idaas_application_id = None;
        self
    }

    /// Unsets `DnsServers`.
    pub fn clear_dns_servers(mut self) -> Self {
        self.dns_servers = None;
        self
    }

    /// Unsets `DryRun`.
    pub fn clear_dry_run(mut self) -> Self {
        self.dry_run = None;
        self
    }

    /// Unsets `ClientToken`.
    pub fn clear_client_token(mut self) -> Self {
        self.client_token = None;
        self
    }

    /// Unsets `RegionId` (the client's applies).
    pub fn clear_region_id(mut self) -> Self {
        self.region_id = None;
        self
    }

    /// After the change is accepted, wait up to this long until the gateway is `active` again.
    pub fn wait(mut self, v: std::time::Duration) -> Self {
        self.wait = Some(v);
        self
    }

    /// The `SslVpnServerId` of this request.
    pub fn ssl_vpn_server_id(&self) -> &str {
        &self.ssl_vpn_server_id
    }

    /// The `LocalSubnet` of this request, if set.
    pub fn get_local_subnet(&self) -> Option<&[String]> {
        self.local_subnet.as_deref()
    }

    /// The `ClientIpPool` of this request, if set.
    pub fn get_client_ip_pool(&self) -> Option<&str> {
        self.client_ip_pool.as_deref()
    }

    /// The `Name` of this request, if set.
    pub fn get_name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The `Cipher` of this request, if set.
    pub fn get_cipher(&self) -> Option<&str> {
        self.cipher.as_deref()
    }

    /// The `Port` of this request, if set.
    pub fn get_port(&self) -> Option<u32> {
        self.port
    }

    /// The `Proto` of this request, if set.
    pub fn get_proto(&self) -> Option<&str> {
        self.proto.as_deref()
    }

    /// The `Compress` of this request, if set.
    pub fn get_compress(&self) -> Option<bool> {
        self.compress
    }

    /// The `EnableMultiFactorAuth` of this request, if set.
    pub fn get_enable_multi_factor_auth(&self) -> Option<bool> {
        self.enable_multi_factor_auth
    }

    /// The `IDaaSInstanceId` of this request, if set.
    pub fn get_idaas_instance_id(&self) -> Option<&str> {
        self.idaas_instance_id.as_deref()
    }

    /// The `IDaaSRegionId` of this request, if set.
    pub fn get_idaas_region_id(&self) -> Option<&str> {
        self.idaas_region_id.as_deref()
    }

    /// The `IDaaSApplicationId` of this request, if set.
    pub fn get_idaas_application_id(&self) -> Option<&str> {
        self.idaas_application_id.as_deref()
    }

    /// The `DnsServers` of this request, if set.
    pub fn get_dns_servers(&self) -> Option<&[String]> {
        self.dns_servers.as_deref()
    }

    /// The `DryRun` of this request, if set.
    pub fn get_dry_run(&self) -> Option<bool> {
        self.dry_run
    }

    /// The `ClientToken` of this request, if set.
    pub fn get_client_token(&self) -> Option<&str> {
        self.client_token.as_deref()
    }

    /// The `RegionId` of this request, if set (else the client's applies).
    pub fn get_region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    /// The local checks of the spec's rules; no request is sent when one fails.
    pub(crate) fn check_parameters(&self) -> Result<(), Error> {
        {
            let v = &self.ssl_vpn_server_id;
            crate::validate::id("SslVpnServerId", v)?;
        }
        if let Some(v) = &self.local_subnet {
            crate::validate::local_subnet("LocalSubnet", v)?;
        }
        if let Some(v) = &self.client_ip_pool {
            crate::validate::client_ip_pool("ClientIpPool", v)?;
        }
        if let Some(v) = &self.name {
            crate::validate::name("Name", v)?;
        }
        if let Some(v) = &self.cipher {
            crate::validate::cipher("Cipher", v)?;
        }
        if let Some(v) = &self.port {
            crate::validate::port("Port", *v)?;
        }
        if let Some(v) = &self.proto {
            crate::validate::proto("Proto", v)?;
        }
        if let Some(v) = &self.idaas_instance_id {
            crate::validate::id("IDaaSInstanceId", v)?;
        }
        if let Some(v) = &self.idaas_region_id {
            crate::validate::region_id("IDaaSRegionId", v)?;
        }
        if let Some(v) = &self.idaas_application_id {
            crate::validate::id("IDaaSApplicationId", v)?;
        }
        if let Some(v) = &self.dns_servers {
            crate::validate::dns_servers("DnsServers", v)?;
        }
        if let Some(v) = &self.client_token {
            crate::validate::client_token("ClientToken", v)?;
        }
        if let Some(v) = &self.region_id {
            crate::validate::region_id("RegionId", v)?;
        }
        if let Some(v) = self.wait {
            crate::validate::duration("wait", v)?;
            if v.is_zero() {
                return Err(Error::invalid(
                    "wait",
                    "must be greater than zero when given",
                ));
            }
        }
        Ok(())
    }
}

impl crate::ops::Operation for ModifySslVpnServer {
    const ACTION: &'static str = "ModifySslVpnServer";
    const MUTATING: bool = true;
    type Output = ModifySslVpnServerResponse;

    fn validate(&self) -> Result<(), Error> {
        self.check_parameters()?;
        crate::ops::Hooks::validate_more(self)
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        {
            let v = &self.ssl_vpn_server_id;
            out.push(("SslVpnServerId", v.clone()));
        }
        if let Some(v) = &self.local_subnet {
            out.push(("LocalSubnet", v.join(",")));
        }
        if let Some(v) = &self.client_ip_pool {
            out.push(("ClientIpPool", v.clone()));
        }
        if let Some(v) = &self.name {
            out.push(("Name", v.clone()));
        }
        if let Some(v) = &self.cipher {
            out.push(("Cipher", v.clone()));
        }
        if let Some(v) = &self.port {
            out.push(("Port", v.to_string()));
        }
        if let Some(v) = &self.proto {
            out.push(("Proto", v.clone()));
        }
        if let Some(v) = &self.compress {
            out.push(("Compress", v.to_string()));
        }
        if let Some(v) = &self.enable_multi_factor_auth {
            out.push(("EnableMultiFactorAuth", v.to_string()));
        }
        if let Some(v) = &self.idaas_instance_id {
            out.push(("IDaaSInstanceId", v.clone()));
        }
        if let Some(v) = &self.idaas_region_id {
            out.push(("IDaaSRegionId", v.clone()));
        }
        if let Some(v) = &self.idaas_application_id {
            out.push(("IDaaSApplicationId", v.clone()));
        }
        if let Some(v) = &self.dns_servers {
            out.push(("DnsServers", v.join(",")));
        }
        if let Some(v) = &self.dry_run {
            out.push(("DryRun", v.to_string()));
        }
    }

    fn client_token(&self) -> Option<&str> {
        self.client_token.as_deref()
    }

    fn region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    fn check(&self, out: Self::Output) -> Result<Self::Output, Error> {
        crate::ops::Hooks::check_answer(self, out)
    }
}
