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
    /// Makes a client; each setting is described on the class (``help(vpncert.Client)``).
    ///
    /// Every argument is converted by `args`, so a wrong type is a `TypeError` naming it; the
    /// defaults other than `None` are applied here, and the text signature shows them.
    #[new]
    #[pyo3(signature = (
        region_id=None,
        *,
        access_key_id=None,
        access_key_secret=None,
        security_token=None,
        endpoint=None,
        timeout=None,
        connect_timeout=None,
        max_retries=None,
        retry_mode=None,
        configuring_budget=None,
        signature_version=None,
        profile=None,
        ca_bundle=None,
        proxy=None,
        user_agent=None,
        network=None,
    ))]
    #[pyo3(
        text_signature = "(region_id=None, *, access_key_id=None, access_key_secret=None, security_token=None, endpoint=None, timeout=10.0, connect_timeout=5.0, max_retries=3, retry_mode='standard', configuring_budget=180.0, signature_version='v1', profile=None, ca_bundle=None, proxy=None, user_agent=None, network=None)"
    )]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        region_id: Option<Bound<'_, PyAny>>,
        access_key_id: Option<Bound<'_, PyAny>>,
        access_key_secret: Option<Bound<'_, PyAny>>,
        security_token: Option<Bound<'_, PyAny>>,
        endpoint: Option<Bound<'_, PyAny>>,
        timeout: Option<Bound<'_, PyAny>>,
        connect_timeout: Option<Bound<'_, PyAny>>,
        max_retries: Option<Bound<'_, PyAny>>,
        retry_mode: Option<Bound<'_, PyAny>>,
        configuring_budget: Option<Bound<'_, PyAny>>,
        signature_version: Option<Bound<'_, PyAny>>,
        profile: Option<Bound<'_, PyAny>>,
        ca_bundle: Option<Bound<'_, PyAny>>,
        proxy: Option<Bound<'_, PyAny>>,
        user_agent: Option<Bound<'_, PyAny>>,
        network: Option<Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let access_key_id: Option<String> = args::opt("access_key_id", access_key_id)?;
        let access_key_secret: Option<String> = args::opt("access_key_secret", access_key_secret)?;
        let security_token: Option<String> = args::opt("security_token", security_token)?;
        let endpoint: Option<String> = args::opt("endpoint", endpoint)?;
        let timeout: f64 = args::or("timeout", timeout, 10.0)?;
        let connect_timeout: f64 = args::or("connect_timeout", connect_timeout, 5.0)?;
        let max_retries: i64 = args::or("max_retries", max_retries, 3)?;
        let retry_mode: String = args::or("retry_mode", retry_mode, "standard".to_owned())?;
        let configuring_budget: f64 = args::or("configuring_budget", configuring_budget, 180.0)?;
        let signature_version: String =
            args::or("signature_version", signature_version, "v1".to_owned())?;
        let profile: Option<String> = args::opt("profile", profile)?;
        let ca_bundle: Option<PathBuf> = args::opt("ca_bundle", ca_bundle)?;
        let proxy: Option<String> = args::opt("proxy", proxy)?;
        let user_agent: Option<String> = args::opt("user_agent", user_agent)?;
        let network: Option<String> = args::opt("network", network)?;
        let build = || {
            let mut builder = vpncert::Client::builder()
                .signature_version(parse_signature_version(&signature_version)?)
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
    fn paced_rate(&self, action: Bound<'_, PyAny>) -> PyResult<Option<f64>> {
        let action: String = args::arg("action", &action)?;
        Ok(self.inner.paced_rate(&action))
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
