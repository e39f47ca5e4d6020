//! `vpncert.Client`: the settings become a core `ClientBuilder`, each method one core call made
//! with the interpreter detached.

use std::path::PathBuf;

use pyo3::prelude::*;
use pyo3::types::PyDict;
use vpncert::{
    CreateSslVpnClientCert, Credentials, DeleteSslVpnClientCert, DescribeSslVpnClientCerts,
    DescribeSslVpnServers, Error, IssueClientCert, ModifySslVpnClientCert, SignatureVersion,
};

use crate::args;
use crate::errors::IntoPyResult;
use crate::lists::{
    SslVpnClientCertIterator, SslVpnClientCertPage, SslVpnServerIterator, SslVpnServerPage,
};
use crate::repr::Repr;
use crate::results::{
    CreateSslVpnClientCertResponse, DeleteOutcome, ModifySslVpnClientCertResponse,
    SslVpnClientCertBundle,
};

/// A VPC OpenAPI client for SSL-VPN client certificates. Safe to share between threads.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct Client {
    inner: vpncert::Client,
}

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
    /// Makes a client. Without `access_key_id`/`access_key_secret`, credentials come from the
    /// default chain when a call needs them: environment variables, an OIDC role (RRSA, from
    /// `ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_OIDC_PROVIDER_ARN` and
    /// `ALIBABA_CLOUD_OIDC_TOKEN_FILE`), the aliyun CLI's `~/.aliyun/config.json`,
    /// `~/.alibabacloud/credentials` (`profile` picks the profile in both), the ECS metadata
    /// service, then `ALIBABA_CLOUD_CREDENTIALS_URI`. Without `region_id`, it comes from
    /// `ALIBABA_CLOUD_REGION_ID` or the CLI profile. Times are in seconds; `ca_bundle` names a
    /// PEM file of certificates to trust instead of the built-in roots; `configuring_budget` is
    /// how long `issue_client_cert` and `delete_ssl_vpn_client_cert` wait out a gateway that
    /// answers `VpnGateway.Configuring` (each call may set its own).
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
        configuring_budget=180.0,
        signature_version="v1",
        profile=None,
        ca_bundle=None,
        proxy=None,
        user_agent=None,
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
        configuring_budget: f64,
        signature_version: &str,
        profile: Option<String>,
        ca_bundle: Option<PathBuf>,
        proxy: Option<String>,
        user_agent: Option<String>,
    ) -> PyResult<Self> {
        let build = || {
            let mut builder = vpncert::Client::builder()
                .signature_version(parse_signature_version(signature_version)?)
                .timeout(args::positive_seconds("timeout", timeout)?)
                .connect_timeout(args::positive_seconds("connect_timeout", connect_timeout)?)
                .max_retries(args::count("max_retries", max_retries)?)
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

    /// Counts of what this client did: `calls`, `attempts`, `retries`, `transport_errors`,
    /// `api_errors`.
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let s = self.inner.stats();
        let d = PyDict::new(py);
        d.set_item("calls", s.calls)?;
        d.set_item("attempts", s.attempts)?;
        d.set_item("retries", s.retries)?;
        d.set_item("transport_errors", s.transport_errors)?;
        d.set_item("api_errors", s.api_errors)?;
        Ok(d)
    }

    /// Creates an SSL client certificate. Retries reuse one ClientToken (the caller's, or one
    /// generated for this call), so a retried create never makes a second certificate.
    #[pyo3(signature = (ssl_vpn_server_id, name=None, *, client_token=None))]
    fn create_ssl_vpn_client_cert(
        &self,
        py: Python<'_>,
        ssl_vpn_server_id: String,
        name: Option<String>,
        client_token: Option<String>,
    ) -> PyResult<CreateSslVpnClientCertResponse> {
        let mut req = CreateSslVpnClientCert::new(ssl_vpn_server_id);
        if let Some(name) = name {
            req = req.name(name);
        }
        if let Some(token) = client_token {
            req = req.client_token(token);
        }
        py.detach(|| self.inner.create_ssl_vpn_client_cert(&req))
            .into_py_result(py)
            .map(CreateSslVpnClientCertResponse)
    }

    /// Fetches one certificate with its CA, certificate, private key and OpenVPN profile.
    fn describe_ssl_vpn_client_cert(
        &self,
        py: Python<'_>,
        ssl_vpn_client_cert_id: String,
    ) -> PyResult<SslVpnClientCertBundle> {
        py.detach(|| {
            self.inner
                .describe_ssl_vpn_client_cert(&ssl_vpn_client_cert_id)
        })
        .into_py_result(py)
        .map(SslVpnClientCertBundle)
    }

    /// Lists one page of certificates (without their secrets).
    #[pyo3(signature = (
        ssl_vpn_server_id=None,
        *,
        ssl_vpn_client_cert_id=None,
        name=None,
        resource_group_id=None,
        page_number=None,
        page_size=None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn describe_ssl_vpn_client_certs(
        &self,
        py: Python<'_>,
        ssl_vpn_server_id: Option<String>,
        ssl_vpn_client_cert_id: Option<String>,
        name: Option<String>,
        resource_group_id: Option<String>,
        page_number: Option<i64>,
        page_size: Option<i64>,
    ) -> PyResult<SslVpnClientCertPage> {
        let req = cert_filter(
            ssl_vpn_server_id,
            ssl_vpn_client_cert_id,
            name,
            resource_group_id,
        );
        let req = with_paging(
            req,
            page_number,
            page_size,
            |r, n| r.page_number(n),
            |r, n| r.page_size(n),
        )
        .into_py_result(py)?;
        let page = py
            .detach(|| self.inner.describe_ssl_vpn_client_certs(&req))
            .into_py_result(py)?;
        SslVpnClientCertPage::new(py, page)
    }

    /// Iterates over every certificate matching the filters, fetching pages lazily (each with
    /// the interpreter detached). A failed page raises from `next()`.
    #[pyo3(signature = (
        ssl_vpn_server_id=None,
        *,
        ssl_vpn_client_cert_id=None,
        name=None,
        resource_group_id=None,
    ))]
    fn iter_ssl_vpn_client_certs(
        &self,
        ssl_vpn_server_id: Option<String>,
        ssl_vpn_client_cert_id: Option<String>,
        name: Option<String>,
        resource_group_id: Option<String>,
    ) -> SslVpnClientCertIterator {
        let filter = cert_filter(
            ssl_vpn_server_id,
            ssl_vpn_client_cert_id,
            name,
            resource_group_id,
        );
        SslVpnClientCertIterator::new(self.inner.ssl_vpn_client_certs(&filter))
    }

    /// Renames a certificate.
    #[pyo3(signature = (ssl_vpn_client_cert_id, name, *, client_token=None))]
    fn modify_ssl_vpn_client_cert(
        &self,
        py: Python<'_>,
        ssl_vpn_client_cert_id: String,
        name: String,
        client_token: Option<String>,
    ) -> PyResult<ModifySslVpnClientCertResponse> {
        let mut req = ModifySslVpnClientCert::new(ssl_vpn_client_cert_id, name);
        if let Some(token) = client_token {
            req = req.client_token(token);
        }
        py.detach(|| self.inner.modify_ssl_vpn_client_cert(&req))
            .into_py_result(py)
            .map(ModifySslVpnClientCertResponse)
    }

    /// Deletes a certificate. One that does not exist gives `already_deleted=True`, not an
    /// error. While the gateway is configuring (as it is for a while after every change), the
    /// delete is tried again for up to `configuring_budget` seconds (default: the client's). With `wait` (seconds),
    /// returns once the certificate is gone, or raises `RequestTimeoutError`.
    #[pyo3(signature = (ssl_vpn_client_cert_id, *, client_token=None, wait=None, configuring_budget=None))]
    fn delete_ssl_vpn_client_cert(
        &self,
        py: Python<'_>,
        ssl_vpn_client_cert_id: String,
        client_token: Option<String>,
        wait: Option<f64>,
        configuring_budget: Option<f64>,
    ) -> PyResult<DeleteOutcome> {
        let mut req = DeleteSslVpnClientCert::new(ssl_vpn_client_cert_id);
        if let Some(budget) = configuring_budget {
            req = req.configuring_budget(
                args::seconds("configuring_budget", budget).into_py_result(py)?,
            );
        }
        if let Some(token) = client_token {
            req = req.client_token(token);
        }
        if let Some(wait) = wait {
            req = req.wait_until_gone(args::positive_seconds("wait", wait).into_py_result(py)?);
        }
        py.detach(|| self.inner.delete_ssl_vpn_client_cert(&req))
            .into_py_result(py)
            .map(DeleteOutcome)
    }

    /// Lists one page of SSL-VPN servers.
    #[pyo3(signature = (
        ssl_vpn_server_id=None,
        *,
        vpn_gateway_id=None,
        name=None,
        resource_group_id=None,
        page_number=None,
        page_size=None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn describe_ssl_vpn_servers(
        &self,
        py: Python<'_>,
        ssl_vpn_server_id: Option<String>,
        vpn_gateway_id: Option<String>,
        name: Option<String>,
        resource_group_id: Option<String>,
        page_number: Option<i64>,
        page_size: Option<i64>,
    ) -> PyResult<SslVpnServerPage> {
        let req = server_filter(ssl_vpn_server_id, vpn_gateway_id, name, resource_group_id);
        let req = with_paging(
            req,
            page_number,
            page_size,
            |r, n| r.page_number(n),
            |r, n| r.page_size(n),
        )
        .into_py_result(py)?;
        let page = py
            .detach(|| self.inner.describe_ssl_vpn_servers(&req))
            .into_py_result(py)?;
        SslVpnServerPage::new(py, page)
    }

    /// Iterates over every SSL-VPN server matching the filters, fetching pages lazily.
    #[pyo3(signature = (
        ssl_vpn_server_id=None,
        *,
        vpn_gateway_id=None,
        name=None,
        resource_group_id=None,
    ))]
    fn iter_ssl_vpn_servers(
        &self,
        ssl_vpn_server_id: Option<String>,
        vpn_gateway_id: Option<String>,
        name: Option<String>,
        resource_group_id: Option<String>,
    ) -> SslVpnServerIterator {
        let filter = server_filter(ssl_vpn_server_id, vpn_gateway_id, name, resource_group_id);
        SslVpnServerIterator::new(self.inner.ssl_vpn_servers(&filter))
    }

    /// Onboards one person: creates a certificate named `name`, waits until it is ready and
    /// returns its bundle (`bundle.write_ovpn(path)` saves a complete OpenVPN profile).
    ///
    /// `VpnGateway.Configuring` is retried for up to `configuring_budget` seconds (default: the
    /// client's); the wait for
    /// the certificate polls every `poll_interval` seconds (doubling, at most 5 s) for up to
    /// `ready_timeout` seconds. A stable `client_token` makes a rerun return the same
    /// certificate.
    #[pyo3(signature = (
        ssl_vpn_server_id,
        name,
        *,
        client_token=None,
        configuring_budget=None,
        ready_timeout=120.0,
        poll_interval=1.0,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn issue_client_cert(
        &self,
        py: Python<'_>,
        ssl_vpn_server_id: String,
        name: String,
        client_token: Option<String>,
        configuring_budget: Option<f64>,
        ready_timeout: f64,
        poll_interval: f64,
    ) -> PyResult<SslVpnClientCertBundle> {
        let build = || -> Result<IssueClientCert, Error> {
            let mut req = IssueClientCert::new(ssl_vpn_server_id, name)
                .ready_timeout(args::seconds("ready_timeout", ready_timeout)?)
                .poll_interval(args::positive_seconds("poll_interval", poll_interval)?);
            if let Some(budget) = configuring_budget {
                req = req.configuring_budget(args::seconds("configuring_budget", budget)?);
            }
            if let Some(token) = client_token {
                req = req.client_token(token);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        py.detach(|| self.inner.issue_client_cert(&req))
            .into_py_result(py)
            .map(SslVpnClientCertBundle)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "Client")
            .str("region_id", self.inner.region_id())?
            .str("endpoint", &self.inner.endpoint_url())?
            .str("signature_version", self.inner.signature_version().as_str())?
            .finish())
    }
}

fn cert_filter(
    ssl_vpn_server_id: Option<String>,
    ssl_vpn_client_cert_id: Option<String>,
    name: Option<String>,
    resource_group_id: Option<String>,
) -> DescribeSslVpnClientCerts {
    let mut f = DescribeSslVpnClientCerts::new();
    if let Some(v) = ssl_vpn_server_id {
        f = f.ssl_vpn_server_id(v);
    }
    if let Some(v) = ssl_vpn_client_cert_id {
        f = f.ssl_vpn_client_cert_id(v);
    }
    if let Some(v) = name {
        f = f.name(v);
    }
    if let Some(v) = resource_group_id {
        f = f.resource_group_id(v);
    }
    f
}

fn server_filter(
    ssl_vpn_server_id: Option<String>,
    vpn_gateway_id: Option<String>,
    name: Option<String>,
    resource_group_id: Option<String>,
) -> DescribeSslVpnServers {
    let mut f = DescribeSslVpnServers::new();
    if let Some(v) = ssl_vpn_server_id {
        f = f.ssl_vpn_server_id(v);
    }
    if let Some(v) = vpn_gateway_id {
        f = f.vpn_gateway_id(v);
    }
    if let Some(v) = name {
        f = f.name(v);
    }
    if let Some(v) = resource_group_id {
        f = f.resource_group_id(v);
    }
    f
}

/// Applies optional page number and size (the core checks their ranges).
fn with_paging<R>(
    mut req: R,
    page_number: Option<i64>,
    page_size: Option<i64>,
    set_number: fn(R, u32) -> R,
    set_size: fn(R, u32) -> R,
) -> Result<R, Error> {
    if let Some(n) = args::opt_count("PageNumber", page_number)? {
        req = set_number(req, n);
    }
    if let Some(n) = args::opt_count("PageSize", page_size)? {
        req = set_size(req, n);
    }
    Ok(req)
}
