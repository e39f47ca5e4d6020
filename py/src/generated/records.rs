// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! The result classes: frozen wrappers of the core's records, with a getter per field,
//! `to_dict()` (every field) and a `repr()` that never shows a secret.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

#[allow(unused_imports)]
use crate::repr::{py_bool, Repr};

/// The answer to `CreateSslVpnClientCert`.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct CreateSslVpnClientCertResponse(
    pub(crate) vpncert::CreateSslVpnClientCertResponse,
);

#[pymethods]
impl CreateSslVpnClientCertResponse {
    /// The request id.
    #[getter]
    fn request_id(&self) -> &str {
        &self.0.request_id
    }

    /// The certificate's name (empty when an older response leaves it out).
    #[getter]
    fn name(&self) -> &str {
        &self.0.name
    }

    /// The new certificate's id (`vsc-...`).
    #[getter]
    fn ssl_vpn_client_cert_id(&self) -> &str {
        &self.0.ssl_vpn_client_cert_id
    }

    /// Every field as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("request_id", &self.0.request_id)?;
        d.set_item("name", &self.0.name)?;
        d.set_item("ssl_vpn_client_cert_id", &self.0.ssl_vpn_client_cert_id)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "CreateSslVpnClientCertResponse")
            .str("ssl_vpn_client_cert_id", &self.0.ssl_vpn_client_cert_id)?
            .str("name", &self.0.name)?
            .str("request_id", &self.0.request_id)?
            .finish())
    }
}

/// What a delete did.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct DeleteOutcome(pub(crate) vpncert::DeleteSslVpnClientCertResponse);

#[pymethods]
impl DeleteOutcome {
    /// The request id of the answer.
    #[getter]
    fn request_id(&self) -> &str {
        &self.0.request_id
    }

    /// Whether the certificate was already gone (not an error: the delete is done either way).
    #[getter]
    fn already_deleted(&self) -> bool {
        self.0.already_deleted
    }

    /// Every field as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("request_id", &self.0.request_id)?;
        d.set_item("already_deleted", self.0.already_deleted)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "DeleteOutcome")
            .raw("already_deleted", py_bool(self.0.already_deleted))
            .str("request_id", &self.0.request_id)?
            .finish())
    }
}

/// The answer to `ModifySslVpnClientCert`.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct ModifySslVpnClientCertResponse(
    pub(crate) vpncert::ModifySslVpnClientCertResponse,
);

#[pymethods]
impl ModifySslVpnClientCertResponse {
    /// The request id.
    #[getter]
    fn request_id(&self) -> &str {
        &self.0.request_id
    }

    /// The new name.
    #[getter]
    fn name(&self) -> &str {
        &self.0.name
    }

    /// The certificate id.
    #[getter]
    fn ssl_vpn_client_cert_id(&self) -> &str {
        &self.0.ssl_vpn_client_cert_id
    }

    /// Every field as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("request_id", &self.0.request_id)?;
        d.set_item("name", &self.0.name)?;
        d.set_item("ssl_vpn_client_cert_id", &self.0.ssl_vpn_client_cert_id)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "ModifySslVpnClientCertResponse")
            .str("ssl_vpn_client_cert_id", &self.0.ssl_vpn_client_cert_id)?
            .str("name", &self.0.name)?
            .str("request_id", &self.0.request_id)?
            .finish())
    }
}

/// A client certificate with its secrets: what a person needs to connect.
///
/// `repr()` never shows the secrets; `to_dict()` includes them (they are the caller's data).
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct SslVpnClientCertBundle(pub(crate) vpncert::SslVpnClientCertBundle);

#[pymethods]
impl SslVpnClientCertBundle {
    /// The request id.
    #[getter]
    fn request_id(&self) -> &str {
        &self.0.request_id
    }

    /// The region.
    #[getter]
    fn region_id(&self) -> &str {
        &self.0.region_id
    }

    /// The certificate id (`vsc-...`).
    #[getter]
    fn ssl_vpn_client_cert_id(&self) -> &str {
        &self.0.ssl_vpn_client_cert_id
    }

    /// The SSL-VPN server it belongs to (`vss-...`).
    #[getter]
    fn ssl_vpn_server_id(&self) -> &str {
        &self.0.ssl_vpn_server_id
    }

    /// The certificate's name.
    #[getter]
    fn name(&self) -> &str {
        &self.0.name
    }

    /// The CA certificate (PEM).
    #[getter]
    fn ca_cert(&self) -> &str {
        &self.0.ca_cert
    }

    /// The client certificate (PEM).
    #[getter]
    fn client_cert(&self) -> &str {
        &self.0.client_cert
    }

    /// The client's private key (PEM). Secret: never shown by `Debug` or `repr`.
    #[getter]
    fn client_key(&self) -> &str {
        &self.0.client_key
    }

    /// The OpenVPN profile the service sent (may be empty; a complete one is built from the
    /// bundle).
    #[getter]
    fn client_config(&self) -> &str {
        &self.0.client_config
    }

    /// Creation time, epoch milliseconds.
    #[getter]
    fn create_time(&self) -> u64 {
        self.0.create_time
    }

    /// Expiry time, epoch milliseconds.
    #[getter]
    fn end_time(&self) -> u64 {
        self.0.end_time
    }

    /// `normal`, `expiring-soon`, `expired`, or another value as sent.
    #[getter]
    fn status(&self) -> &str {
        self.0.status.as_str()
    }

    /// The resource group.
    #[getter]
    fn resource_group_id(&self) -> &str {
        &self.0.resource_group_id
    }

    /// The SSL-VPN server's settings, when `issue_client_cert` fetched them to build a profile.
    #[getter]
    fn server(&self) -> Option<SslVpnServer> {
        self.0.server.clone().map(SslVpnServer)
    }

    /// Every field as a dict, secrets included (they are the caller's data).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("request_id", &self.0.request_id)?;
        d.set_item("region_id", &self.0.region_id)?;
        d.set_item("ssl_vpn_client_cert_id", &self.0.ssl_vpn_client_cert_id)?;
        d.set_item("ssl_vpn_server_id", &self.0.ssl_vpn_server_id)?;
        d.set_item("name", &self.0.name)?;
        d.set_item("ca_cert", &self.0.ca_cert)?;
        d.set_item("client_cert", &self.0.client_cert)?;
        d.set_item("client_key", &self.0.client_key)?;
        d.set_item("client_config", &self.0.client_config)?;
        d.set_item("create_time", self.0.create_time)?;
        d.set_item("end_time", self.0.end_time)?;
        d.set_item("status", self.0.status.as_str())?;
        d.set_item("resource_group_id", &self.0.resource_group_id)?;
        match &self.0.server {
            Some(v) => d.set_item("server", SslVpnServer(v.clone()).to_dict(py)?)?,
            None => d.set_item("server", py.None())?,
        }
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "SslVpnClientCertBundle")
            .str("ssl_vpn_client_cert_id", &self.0.ssl_vpn_client_cert_id)?
            .str("name", &self.0.name)?
            .str("ssl_vpn_server_id", &self.0.ssl_vpn_server_id)?
            .str("status", self.0.status.as_str())?
            .raw("end_time", self.0.end_time)
            .str("request_id", &self.0.request_id)?
            .raw("client_key", "<redacted>")
            .finish())
    }
}

/// A certificate as the list shows it (no secrets).
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct SslVpnClientCertSummary(pub(crate) vpncert::SslVpnClientCertSummary);

#[pymethods]
impl SslVpnClientCertSummary {
    /// The certificate id (`vsc-...`).
    #[getter]
    fn ssl_vpn_client_cert_id(&self) -> &str {
        &self.0.ssl_vpn_client_cert_id
    }

    /// The SSL-VPN server (`vss-...`).
    #[getter]
    fn ssl_vpn_server_id(&self) -> &str {
        &self.0.ssl_vpn_server_id
    }

    /// The name.
    #[getter]
    fn name(&self) -> &str {
        &self.0.name
    }

    /// The region.
    #[getter]
    fn region_id(&self) -> &str {
        &self.0.region_id
    }

    /// `normal`, `expiring-soon`, `expired`, or another value as sent.
    #[getter]
    fn status(&self) -> &str {
        self.0.status.as_str()
    }

    /// Creation time, epoch milliseconds.
    #[getter]
    fn create_time(&self) -> u64 {
        self.0.create_time
    }

    /// Expiry time, epoch milliseconds.
    #[getter]
    fn end_time(&self) -> u64 {
        self.0.end_time
    }

    /// The resource group.
    #[getter]
    fn resource_group_id(&self) -> &str {
        &self.0.resource_group_id
    }

    /// Every field as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("ssl_vpn_client_cert_id", &self.0.ssl_vpn_client_cert_id)?;
        d.set_item("ssl_vpn_server_id", &self.0.ssl_vpn_server_id)?;
        d.set_item("name", &self.0.name)?;
        d.set_item("region_id", &self.0.region_id)?;
        d.set_item("status", self.0.status.as_str())?;
        d.set_item("create_time", self.0.create_time)?;
        d.set_item("end_time", self.0.end_time)?;
        d.set_item("resource_group_id", &self.0.resource_group_id)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "SslVpnClientCertSummary")
            .str("ssl_vpn_client_cert_id", &self.0.ssl_vpn_client_cert_id)?
            .str("name", &self.0.name)?
            .str("ssl_vpn_server_id", &self.0.ssl_vpn_server_id)?
            .str("status", self.0.status.as_str())?
            .raw("end_time", self.0.end_time)
            .finish())
    }
}

/// An SSL-VPN server.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct SslVpnServer(pub(crate) vpncert::SslVpnServer);

#[pymethods]
impl SslVpnServer {
    /// The server id (`vss-...`).
    #[getter]
    fn ssl_vpn_server_id(&self) -> &str {
        &self.0.ssl_vpn_server_id
    }

    /// The VPN gateway it runs on (`vpn-...`).
    #[getter]
    fn vpn_gateway_id(&self) -> &str {
        &self.0.vpn_gateway_id
    }

    /// The region.
    #[getter]
    fn region_id(&self) -> &str {
        &self.0.region_id
    }

    /// The server name.
    #[getter]
    fn name(&self) -> &str {
        &self.0.name
    }

    /// The public address clients connect to.
    #[getter]
    fn internet_ip(&self) -> &str {
        &self.0.internet_ip
    }

    /// The client address pool (CIDR).
    #[getter]
    fn client_ip_pool(&self) -> &str {
        &self.0.client_ip_pool
    }

    /// The networks reachable through the VPN (CIDRs).
    #[getter]
    fn local_subnet<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.0.local_subnet)
    }

    /// The protocol, `UDP` or `TCP`.
    #[getter]
    fn proto(&self) -> &str {
        &self.0.proto
    }

    /// The port clients connect to, e.g. 1194 (0 when unknown).
    #[getter]
    fn port(&self) -> u64 {
        self.0.port
    }

    /// The cipher, e.g. `AES-128-CBC`.
    #[getter]
    fn cipher(&self) -> &str {
        &self.0.cipher
    }

    /// Whether traffic is compressed.
    #[getter]
    fn compress(&self) -> bool {
        self.0.compress
    }

    /// Current connections.
    #[getter]
    fn connections(&self) -> u64 {
        self.0.connections
    }

    /// Maximum connections.
    #[getter]
    fn max_connections(&self) -> u64 {
        self.0.max_connections
    }

    /// Creation time, epoch milliseconds.
    #[getter]
    fn create_time(&self) -> u64 {
        self.0.create_time
    }

    /// Whether multi-factor authentication (IDaaS) is on.
    #[getter]
    fn enable_multi_factor_auth(&self) -> bool {
        self.0.enable_multi_factor_auth
    }

    /// The IDaaS instance of multi-factor authentication (empty when none).
    #[getter]
    fn idaas_instance_id(&self) -> &str {
        &self.0.idaas_instance_id
    }

    /// The region of the IDaaS instance (empty when none).
    #[getter]
    fn idaas_region_id(&self) -> &str {
        &self.0.idaas_region_id
    }

    /// The IDaaS application of multi-factor authentication (empty when none).
    #[getter]
    fn idaas_application_id(&self) -> &str {
        &self.0.idaas_application_id
    }

    /// The version of the IDaaS instance (empty when none).
    #[getter]
    fn idaas_instance_version(&self) -> &str {
        &self.0.idaas_instance_version
    }

    /// The resource group (empty when none).
    #[getter]
    fn resource_group_id(&self) -> &str {
        &self.0.resource_group_id
    }

    /// The DNS servers pushed to clients (IP addresses; empty when none).
    #[getter]
    fn dns_servers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.0.dns_servers)
    }

    /// Every field as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("ssl_vpn_server_id", &self.0.ssl_vpn_server_id)?;
        d.set_item("vpn_gateway_id", &self.0.vpn_gateway_id)?;
        d.set_item("region_id", &self.0.region_id)?;
        d.set_item("name", &self.0.name)?;
        d.set_item("internet_ip", &self.0.internet_ip)?;
        d.set_item("client_ip_pool", &self.0.client_ip_pool)?;
        d.set_item("local_subnet", &self.0.local_subnet)?;
        d.set_item("proto", &self.0.proto)?;
        d.set_item("port", self.0.port)?;
        d.set_item("cipher", &self.0.cipher)?;
        d.set_item("compress", self.0.compress)?;
        d.set_item("connections", self.0.connections)?;
        d.set_item("max_connections", self.0.max_connections)?;
        d.set_item("create_time", self.0.create_time)?;
        d.set_item("enable_multi_factor_auth", self.0.enable_multi_factor_auth)?;
        d.set_item("idaas_instance_id", &self.0.idaas_instance_id)?;
        d.set_item("idaas_region_id", &self.0.idaas_region_id)?;
        d.set_item("idaas_application_id", &self.0.idaas_application_id)?;
        d.set_item("idaas_instance_version", &self.0.idaas_instance_version)?;
        d.set_item("resource_group_id", &self.0.resource_group_id)?;
        d.set_item("dns_servers", &self.0.dns_servers)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "SslVpnServer")
            .str("ssl_vpn_server_id", &self.0.ssl_vpn_server_id)?
            .str("name", &self.0.name)?
            .str("region_id", &self.0.region_id)?
            .str("internet_ip", &self.0.internet_ip)?
            .str("proto", &self.0.proto)?
            .raw("port", self.0.port)
            .raw("compress", py_bool(self.0.compress))
            .finish())
    }
}

crate::lists::page_class!(
    SslVpnClientCertPage,
    SslVpnClientCertSummary,
    SslVpnClientCertSummary,
    "One page of `SslVpnClientCertSummary` items."
);
crate::lists::iterator_class!(
    SslVpnClientCertIterator,
    SslVpnClientCertSummary,
    SslVpnClientCertSummary,
    "Every `SslVpnClientCertSummary` matching the filters, fetched lazily in pages of 50."
);

crate::lists::page_class!(
    SslVpnServerPage,
    SslVpnServer,
    SslVpnServer,
    "One page of `SslVpnServer` items."
);
crate::lists::iterator_class!(
    SslVpnServerIterator,
    SslVpnServer,
    SslVpnServer,
    "Every `SslVpnServer` matching the filters, fetched lazily in pages of 50."
);
