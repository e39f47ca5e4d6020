// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `IssueClientCert`: the request builder.

#![allow(clippy::doc_markdown)]

pub use crate::generated::records::SslVpnClientCertBundle;
#[allow(unused_imports)]
use crate::{Client, Error};
/// Onboards one person: creates a certificate named `name`, waits until it is ready and returns
/// its bundle (with a complete OpenVPN profile). `VpnGateway.Configuring` is waited out for up
/// to the configuring budget; a stable client token makes a rerun return the same certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueClientCert {
    pub(crate) ssl_vpn_server_id: String,
    pub(crate) name: String,
    pub(crate) client_token: Option<String>,
    pub(crate) region_id: Option<String>,
    pub(crate) configuring_budget: Option<std::time::Duration>,
    pub(crate) ready_timeout: std::time::Duration,
    pub(crate) poll_interval: std::time::Duration,
}

impl IssueClientCert {
    /// A request with its required parameters: `ssl_vpn_server_id`, `name`.
    pub fn new(ssl_vpn_server_id: impl Into<String>, name: impl Into<String>) -> Self {
        IssueClientCert {
            ssl_vpn_server_id: {
                let v = ssl_vpn_server_id;
                v.into()
            },
            name: {
                let v = name;
                v.into()
            },
            client_token: None,
            region_id: None,
            configuring_budget: None,
            ready_timeout: std::time::Duration::from_millis(120000),
            poll_interval: std::time::Duration::from_millis(1000),
        }
    }

    /// `ClientToken`: the idempotency token of the create: the same token gives back the same
    /// certificate. Default: a fresh one per call (its retries reuse it). For a program that
    /// may be run again for the same person, derive it from what identifies them, as `vpncert
    /// apply` and `vpncert issue` do (`vpncert::roster::client_token` in Rust,
    /// `vpncert.roster.client_token` in Python).
    pub fn client_token(mut self, v: impl Into<String>) -> Self {
        self.client_token = Some(v.into());
        self
    }

    /// `RegionId`: the region of this request (default: the client's), so one client can work in several regions.
    pub fn region_id(mut self, v: impl Into<String>) -> Self {
        self.region_id = Some(v.into());
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

    /// How long to keep trying while the gateway answers `VpnGateway.Configuring` (default: the
    /// client's).
    pub fn configuring_budget(mut self, v: std::time::Duration) -> Self {
        self.configuring_budget = Some(v);
        self
    }

    /// How long to wait for the certificate to be `normal` (default 120 s).
    pub fn ready_timeout(mut self, v: std::time::Duration) -> Self {
        self.ready_timeout = v;
        self
    }

    /// The first pause between polls while waiting; it doubles up to 5 s (default 1 s).
    pub fn poll_interval(mut self, v: std::time::Duration) -> Self {
        self.poll_interval = v;
        self
    }

    /// The `SslVpnServerId` of this request.
    pub fn ssl_vpn_server_id(&self) -> &str {
        &self.ssl_vpn_server_id
    }

    /// The `Name` of this request.
    pub fn name(&self) -> &str {
        &self.name
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
        {
            let v = &self.name;
            crate::validate::name("Name", v)?;
        }
        if let Some(v) = &self.client_token {
            crate::validate::client_token("ClientToken", v)?;
        }
        if let Some(v) = &self.region_id {
            crate::validate::region_id("RegionId", v)?;
        }
        if let Some(v) = self.configuring_budget {
            crate::validate::duration("configuring_budget", v)?;
        }
        if let Some(v) = Some(self.ready_timeout) {
            crate::validate::duration("ready_timeout", v)?;
        }
        if let Some(v) = Some(self.poll_interval) {
            crate::validate::duration("poll_interval", v)?;
            if v.is_zero() {
                return Err(Error::invalid(
                    "poll_interval",
                    "must be greater than zero when given",
                ));
            }
        }
        Ok(())
    }
}
