//! `DeleteSslVpnClientCert`: revoke a certificate (asynchronous on the service side).

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::wait::{pause_until, while_configuring};
use super::Operation;
use crate::{validate, Client, Error, ErrorKind};

/// The documented error codes of `DeleteSslVpnClientCert`.
pub const ERROR_CODES: &[&str] = &[
    "VpnGateway.Configuring",
    "Forbbiden.SubUser",
    "Forbidden",
    "InvalidRegionId.NotFound",
    "InvalidSslVpnClientCertId.NotFound",
];

/// A `DeleteSslVpnClientCert` request.
///
/// Deleting any certificate disconnects every client of that SSL-VPN server while the gateway
/// reconfigures, and the gateway refuses other changes meanwhile (`VpnGateway.Configuring`): a
/// delete right after another change on the same gateway waits that out, for up to the
/// [configuring budget](Self::configuring_budget).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteSslVpnClientCert {
    ssl_vpn_client_cert_id: String,
    client_token: Option<String>,
    wait: Option<Duration>,
    configuring_budget: Option<Duration>,
}

impl DeleteSslVpnClientCert {
    /// A request to delete certificate `ssl_vpn_client_cert_id`.
    pub fn new(ssl_vpn_client_cert_id: impl Into<String>) -> Self {
        DeleteSslVpnClientCert {
            ssl_vpn_client_cert_id: ssl_vpn_client_cert_id.into(),
            client_token: None,
            wait: None,
            configuring_budget: None,
        }
    }

    /// The idempotency token (default: one generated per logical call).
    pub fn client_token(mut self, token: impl Into<String>) -> Self {
        self.client_token = Some(token.into());
        self
    }

    /// After the delete is accepted, wait up to `budget` until the certificate is gone.
    pub fn wait_until_gone(mut self, budget: Duration) -> Self {
        self.wait = Some(budget);
        self
    }

    /// How long to keep trying while the gateway answers `VpnGateway.Configuring`, as it does
    /// for a while after every change, such as the previous delete (default: the client's
    /// [`configuring_budget`](crate::ClientBuilder::configuring_budget), 3 minutes unless set).
    /// Zero leaves only the client's retry policy.
    pub fn configuring_budget(mut self, budget: Duration) -> Self {
        self.configuring_budget = Some(budget);
        self
    }
}

/// What a delete did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub enum DeleteOutcome {
    /// The service accepted the delete.
    Deleted {
        /// The request id.
        request_id: String,
    },
    /// The certificate did not exist (already deleted): callers may treat this as done.
    AlreadyDeleted {
        /// The request id of the not-found answer.
        request_id: String,
    },
}

impl DeleteOutcome {
    /// The request id of the answer.
    pub fn request_id(&self) -> &str {
        match self {
            Self::Deleted { request_id } | Self::AlreadyDeleted { request_id } => request_id,
        }
    }

    /// Whether the certificate was already gone.
    pub fn was_already_deleted(&self) -> bool {
        matches!(self, Self::AlreadyDeleted { .. })
    }
}

/// The raw answer to `DeleteSslVpnClientCert`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct DeleteResponse {
    #[serde(default, deserialize_with = "crate::decode::lenient::string")]
    request_id: String,
}

impl Operation for DeleteSslVpnClientCert {
    const ACTION: &'static str = "DeleteSslVpnClientCert";
    const MUTATING: bool = true;
    type Output = DeleteResponse;

    fn validate(&self) -> Result<(), Error> {
        validate::id("SslVpnClientCertId", &self.ssl_vpn_client_cert_id)?;
        if let Some(token) = &self.client_token {
            validate::client_token(token)?;
        }
        if let Some(wait) = self.wait {
            validate::duration("wait", wait)?;
        }
        if let Some(budget) = self.configuring_budget {
            validate::duration("configuring_budget", budget)?;
        }
        if self.wait.is_some_and(|d| d.is_zero()) {
            return Err(Error::invalid(
                "wait",
                "must be greater than zero when given",
            ));
        }
        Ok(())
    }

    fn params(&self, out: &mut Vec<(&'static str, String)>) {
        out.push(("SslVpnClientCertId", self.ssl_vpn_client_cert_id.clone()));
    }

    fn client_token(&self) -> Option<&str> {
        self.client_token.as_deref()
    }
}

impl Client {
    /// Deletes a certificate. A certificate that does not exist is
    /// [`DeleteOutcome::AlreadyDeleted`], not an error. While the gateway is configuring, the
    /// delete is tried again for up to the request's configuring budget (one ClientToken for
    /// every attempt). With
    /// [`wait_until_gone`](DeleteSslVpnClientCert::wait_until_gone) the call returns once the
    /// certificate no longer appears (or fails with [`Error::Timeout`]).
    pub fn delete_ssl_vpn_client_cert(
        &self,
        request: &DeleteSslVpnClientCert,
    ) -> Result<DeleteOutcome, Error> {
        // One token for every attempt, including those made while the gateway is configuring.
        let mut attempt = request.clone();
        if attempt.client_token.is_none() {
            attempt.client_token = Some(uuid::Uuid::new_v4().to_string());
        }
        let accepted = while_configuring(
            request
                .configuring_budget
                .unwrap_or(self.configuring_budget()),
            Duration::from_millis(250),
            &request.ssl_vpn_client_cert_id,
            |mode| self.execute_with(&attempt, mode),
        );
        let outcome = match accepted {
            Ok(r) => DeleteOutcome::Deleted {
                request_id: r.request_id,
            },
            Err(Error::Api(e)) if e.kind == ErrorKind::CertNotFound => {
                DeleteOutcome::AlreadyDeleted {
                    request_id: e.request_id,
                }
            }
            Err(e) => return Err(e),
        };
        if let (Some(budget), DeleteOutcome::Deleted { .. }) = (request.wait, &outcome) {
            self.wait_until_gone(&request.ssl_vpn_client_cert_id, budget)?;
        }
        Ok(outcome)
    }

    fn wait_until_gone(&self, id: &str, budget: Duration) -> Result<(), Error> {
        let deadline = Instant::now() + budget;
        let mut pause = Duration::from_millis(100);
        loop {
            match self.describe_ssl_vpn_client_cert(id) {
                Err(Error::Api(e)) if e.kind == ErrorKind::CertNotFound => return Ok(()),
                Err(e) if !e.is_retryable() => return Err(e),
                _ => {}
            }
            pause = pause_until(deadline, pause).ok_or_else(|| {
                Error::Timeout(format!("certificate {id} still exists after {budget:?}"))
            })?;
        }
    }
}
