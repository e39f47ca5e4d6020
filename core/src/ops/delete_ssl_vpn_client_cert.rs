//! `DeleteSslVpnClientCert`: revoke a certificate (asynchronous on the service side).

use std::time::{Duration, Instant};

use serde::Serialize;

pub use crate::generated::ops::delete_ssl_vpn_client_cert::*;

use super::wait::{pause_until, while_configuring};
use crate::{Client, DescribeSslVpnClientCerts, Error, ErrorKind};

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

impl From<&DeleteOutcome> for DeleteSslVpnClientCertResponse {
    fn from(outcome: &DeleteOutcome) -> Self {
        DeleteSslVpnClientCertResponse {
            request_id: outcome.request_id().to_owned(),
            already_deleted: outcome.was_already_deleted(),
        }
    }
}

impl Client {
    /// Deletes a certificate. A certificate that does not exist is
    /// [`DeleteOutcome::AlreadyDeleted`], not an error. While the gateway is configuring, the
    /// delete is tried again for up to the request's configuring budget (one ClientToken for
    /// every attempt). With
    /// [`wait_until_gone`](DeleteSslVpnClientCert::wait_until_gone) the call returns once the
    /// certificate no longer appears and its gateway is `active` again, the documented sign
    /// that the revocation is applied (or fails with [`Error::Timeout`]).
    pub fn delete_ssl_vpn_client_cert(
        &self,
        request: &DeleteSslVpnClientCert,
    ) -> Result<DeleteOutcome, Error> {
        super::Operation::validate(request)?;
        let region = request.region_id.as_deref();
        // The gateway is found through the certificate, so before it is gone.
        let gateway = match request.wait {
            Some(_) => Self::gateway_if_readable(
                self.gateway_of_cert(&request.ssl_vpn_client_cert_id, region),
                &format!(
                    "the server of certificate {}",
                    request.ssl_vpn_client_cert_id
                ),
                "not waiting for its gateway",
            )?
            .map(|(_, gateway)| gateway),
            None => None,
        };
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
            let deadline = Instant::now() + budget;
            self.wait_until_gone(&request.ssl_vpn_client_cert_id, region, budget)?;
            if let Some(gateway) = gateway {
                let left = deadline.saturating_duration_since(Instant::now());
                self.gateway_active_if_readable(&gateway, region, left)?;
            }
        }
        Ok(outcome)
    }

    /// Polls the list (which carries no secrets, unlike describing the certificate) until the
    /// certificate is not in it.
    fn wait_until_gone(
        &self,
        id: &str,
        region: Option<&str>,
        budget: Duration,
    ) -> Result<(), Error> {
        let deadline = Instant::now() + budget;
        let mut pause = Duration::from_millis(100);
        let mut request = DescribeSslVpnClientCerts::new()
            .ssl_vpn_client_cert_id(id)
            .page_size(1);
        if let Some(r) = region {
            request = request.region_id(r);
        }
        loop {
            match self.describe_ssl_vpn_client_certs(&request) {
                Ok(page) if !page.items.iter().any(|c| c.ssl_vpn_client_cert_id == id) => {
                    return Ok(())
                }
                Err(e) if !e.is_retryable() => return Err(e),
                _ => {}
            }
            pause = pause_until(deadline, pause).ok_or_else(|| {
                Error::Timeout(format!("certificate {id} still exists after {budget:?}"))
            })?;
        }
    }
}
