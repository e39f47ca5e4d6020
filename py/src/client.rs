//! `vpncert.Client`'s hand-written part: the settings become a core `ClientBuilder`. The class
//! and one method per operation are generated (`generated/client.rs`).

use std::path::PathBuf;

use pyo3::prelude::*;
use pyo3::types::PyDict;
use vpncert::{Credentials, Error, SignatureVersion};

use crate::args;
use crate::errors::IntoPyResult;
pub(crate) use crate::generated::client::Client;
use crate::repr::Repr;

/// The explicit credentials, if the caller gave any (else the core's default chain applies).
fn explicit_credentials(
    access_key_id: Option<String>,
    access_key_secret: Option<String>,
    security_token: Option<String>,
) -> Result<Option<Credentials>, Error> {
    let credentials = match (access_key_id, access_key_secret, security_token) {
        (None, None, None) => return Ok(None),
        (Some(id), Some(secret), None) => Credentials::access_key(id, secret),
        (Some(id), Some(secret), Some(token)) => Credentials::sts(id, secret, token),
        (None, _, _) => {
            return Err(Error::invalid(
                "access_key_id",
                "is required when access_key_secret or security_token is given",
            ))
        }
        (Some(_), None, _) => {
            return Err(Error::invalid(
                "access_key_secret",
                "is required when access_key_id is given",
            ))
        }
    };
    credentials.validate()?;
    Ok(Some(credentials))
}

fn parse_signature_version(name: &str) -> Result<SignatureVersion, Error> {
    SignatureVersion::parse(name).ok_or_else(|| {
        Error::invalid(
            "signature_version",
            format!("must be \"v1\" or \"v3\" (got {name:?})"),
        )
    })
}

fn read_ca_bundle(path: &std::path::Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path)
        .map_err(|e| Error::invalid("ca_bundle", format!("cannot read {}: {e}", path.display())))
}

#[pymethods]
impl Client {
    /// Makes a client (the settings are documented on the class).
    #[new]
    #[pyo3(signature = (
        region_id=None,
        *,
        access_key_id=None,
        access_key_secret=None,
        security_token=None,
        endpoint=None,
        timeout=10.0,
        connect_timeout=5.0,
        max_retries=3,
        retry_mode="standard",
        configuring_budget=180.0,
        signature_version="v1",
        profile=None,
        ca_bundle=None,
        proxy=None,
        user_agent=None,
        network=None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        region_id: Option<String>,
        access_key_id: Option<String>,
        access_key_secret: Option<String>,
        security_token: Option<String>,
        endpoint: Option<String>,
        timeout: f64,
        connect_timeout: f64,
        max_retries: i64,
        retry_mode: &str,
        configuring_budget: f64,
        signature_version: &str,
        profile: Option<String>,
        ca_bundle: Option<PathBuf>,
        proxy: Option<String>,
        user_agent: Option<String>,
        network: Option<String>,
    ) -> PyResult<Self> {
        let build = || {
            let mut builder = vpncert::Client::builder()
                .signature_version(parse_signature_version(signature_version)?)
                .timeout(args::positive_seconds("timeout", timeout)?)
                .connect_timeout(args::positive_seconds("connect_timeout", connect_timeout)?)
                .max_retries(args::count("max_retries", max_retries)?)
                .retry_mode(retry_mode.parse()?)
                .configuring_budget(args::seconds("configuring_budget", configuring_budget)?);
            if let Some(credentials) =
                explicit_credentials(access_key_id, access_key_secret, security_token)?
            {
                builder = builder.credentials(credentials);
            }
            if let Some(region_id) = region_id {
                builder = builder.region_id(region_id);
            }
            if let Some(endpoint) = endpoint {
                builder = builder.endpoint(endpoint);
            }
            if let Some(profile) = profile {
                builder = builder.profile(profile);
            }
            if let Some(path) = ca_bundle {
                builder = builder.ca_bundle_pem(read_ca_bundle(&path)?);
            }
            if let Some(proxy) = proxy {
                builder = builder.proxy(proxy);
            }
            if let Some(user_agent) = user_agent {
                builder = builder.user_agent(user_agent);
            }
            if let Some(network) = network {
                builder = builder.network(network);
            }
            builder.build()
        };
        let inner = build().into_py_result(py)?;
        Ok(Client { inner })
    }

    /// The region requests are made in.
    #[getter]
    fn region_id(&self) -> &str {
        self.inner.region_id()
    }

    /// The endpoint base URL.
    #[getter]
    fn endpoint(&self) -> String {
        self.inner.endpoint_url()
    }

    /// `"v1"` or `"v3"`.
    #[getter]
    fn signature_version(&self) -> &'static str {
        self.inner.signature_version().as_str()
    }

    /// ``"standard"`` or ``"adaptive"``.
    #[getter]
    fn retry_mode(&self) -> &'static str {
        self.inner.retry_policy().mode.as_str()
    }

    /// Tokens left in the retry quota this client shares with its threads (500 when full).
    #[getter]
    fn retry_quota_available(&self) -> u32 {
        self.inner.retry_quota_available()
    }

    /// The rate (requests per second) the adaptive limiter paces ``action`` to, or ``None``
    /// while the service has not throttled it.
    fn paced_rate(&self, action: &str) -> Option<f64> {
        self.inner.paced_rate(action)
    }

    /// Counts of what this client did: `calls`, `attempts`, `retries`, `transport_errors`,
    /// `api_errors`, `throttled`, `quota_refusals`, and `paced` (seconds spent waiting for the
    /// adaptive limiter).
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let s = self.inner.stats();
        let d = PyDict::new(py);
        d.set_item("calls", s.calls)?;
        d.set_item("attempts", s.attempts)?;
        d.set_item("retries", s.retries)?;
        d.set_item("transport_errors", s.transport_errors)?;
        d.set_item("api_errors", s.api_errors)?;
        d.set_item("throttled", s.throttled)?;
        d.set_item("quota_refusals", s.quota_refusals)?;
        d.set_item("paced", s.paced.as_secs_f64())?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "Client")
            .str("region_id", self.inner.region_id())?
            .str("endpoint", &self.inner.endpoint_url())?
            .str("signature_version", self.inner.signature_version().as_str())?
            .finish())
    }
}
