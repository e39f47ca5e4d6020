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

/// The answer to `CreateSslVpnServer`.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct CreateSslVpnServerResponse(pub(crate) vpncert::CreateSslVpnServerResponse);

#[pymethods]
impl CreateSslVpnServerResponse {
    /// The request id.
    #[getter]
    fn request_id(&self) -> &str {
        &self.0.request_id
    }

    /// The new server's id (`vss-...`; empty for a dry run).
    #[getter]
    fn ssl_vpn_server_id(&self) -> &str {
        &self.0.ssl_vpn_server_id
    }

    /// The server's name.
    #[getter]
    fn name(&self) -> &str {
        &self.0.name
    }

    /// Whether this was a dry run that the service found would succeed (nothing was changed).
    #[getter]
    fn dry_run(&self) -> bool {
        self.0.dry_run
    }

    /// Every field as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("request_id", &self.0.request_id)?;
        d.set_item("ssl_vpn_server_id", &self.0.ssl_vpn_server_id)?;
        d.set_item("name", &self.0.name)?;
        d.set_item("dry_run", self.0.dry_run)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "CreateSslVpnServerResponse")
            .str("ssl_vpn_server_id", &self.0.ssl_vpn_server_id)?
            .str("name", &self.0.name)?
            .raw("dry_run", py_bool(self.0.dry_run))
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

/// The answer to `DeleteSslVpnServer`.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct DeleteSslVpnServerResponse(pub(crate) vpncert::DeleteSslVpnServerResponse);

#[pymethods]
impl DeleteSslVpnServerResponse {
    /// The request id.
    #[getter]
    fn request_id(&self) -> &str {
        &self.0.request_id
    }

    /// Every field as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("request_id", &self.0.request_id)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "DeleteSslVpnServerResponse")
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

/// The answer to `ModifySslVpnServer`: the server as it is now.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct ModifySslVpnServerResponse(pub(crate) vpncert::ModifySslVpnServerResponse);

#[pymethods]
impl ModifySslVpnServerResponse {
    /// The request id.
    #[getter]
    fn request_id(&self) -> &str {
        &self.0.request_id
    }

    /// The server id (`vss-...`).
    #[getter]
    fn ssl_vpn_server_id(&self) -> &str {
        &self.0.ssl_vpn_server_id
    }

    /// The VPN gateway it runs on.
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

    /// The port clients connect to.
    #[getter]
    fn port(&self) -> u64 {
        self.0.port
    }

    /// The cipher.
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

    /// ``create_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0:
    /// unknown). ``to_dict()`` keeps the epoch milliseconds.
    #[getter]
    fn create_time_dt<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        crate::times::utc_datetime(py, self.0.create_time)
    }

    /// Whether two-factor authentication (IDaaS) is on.
    #[getter]
    fn enable_multi_factor_auth(&self) -> bool {
        self.0.enable_multi_factor_auth
    }

    /// The IDaaS instance (empty when none).
    #[getter]
    fn idaas_instance_id(&self) -> &str {
        &self.0.idaas_instance_id
    }

    /// The IDaaS application (empty when none).
    #[getter]
    fn idaas_application_id(&self) -> &str {
        &self.0.idaas_application_id
    }

    /// The version of the IDaaS instance (empty when none).
    #[getter]
    fn idaas_instance_version(&self) -> &str {
        &self.0.idaas_instance_version
    }

    /// The resource group.
    #[getter]
    fn resource_group_id(&self) -> &str {
        &self.0.resource_group_id
    }

    /// Whether this was a dry run that the service found would succeed (nothing was changed;
    /// the other fields are empty).
    #[getter]
    fn dry_run(&self) -> bool {
        self.0.dry_run
    }

    /// Every field as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("request_id", &self.0.request_id)?;
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
        d.set_item("idaas_application_id", &self.0.idaas_application_id)?;
        d.set_item("idaas_instance_version", &self.0.idaas_instance_version)?;
        d.set_item("resource_group_id", &self.0.resource_group_id)?;
        d.set_item("dry_run", self.0.dry_run)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "ModifySslVpnServerResponse")
            .str("ssl_vpn_server_id", &self.0.ssl_vpn_server_id)?
            .str("name", &self.0.name)?
            .raw("dry_run", py_bool(self.0.dry_run))
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

    /// The client's private key (PEM). Secret: never shown by `Debug` or `repr`, held once and
    /// wiped on drop.
    #[getter]
    fn client_key(&self) -> &str {
        self.0.client_key.expose()
    }

    /// The OpenVPN profile the service sent (may be empty; a complete one is built from the
    /// bundle). It may carry the key inline, so it is held as the key is.
    #[getter]
    fn client_config(&self) -> &str {
        self.0.client_config.expose()
    }

    /// Creation time, epoch milliseconds.
    #[getter]
    fn create_time(&self) -> u64 {
        self.0.create_time
    }

    /// ``create_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0:
    /// unknown). ``to_dict()`` keeps the epoch milliseconds.
    #[getter]
    fn create_time_dt<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        crate::times::utc_datetime(py, self.0.create_time)
    }

    /// Expiry time, epoch milliseconds.
    #[getter]
    fn end_time(&self) -> u64 {
        self.0.end_time
    }

    /// ``end_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0:
    /// unknown). ``to_dict()`` keeps the epoch milliseconds.
    #[getter]
    fn end_time_dt<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        crate::times::utc_datetime(py, self.0.end_time)
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
        d.set_item("client_key", self.0.client_key.expose())?;
        d.set_item("client_config", self.0.client_config.expose())?;
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

    /// ``create_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0:
    /// unknown). ``to_dict()`` keeps the epoch milliseconds.
    #[getter]
    fn create_time_dt<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        crate::times::utc_datetime(py, self.0.create_time)
    }

    /// Expiry time, epoch milliseconds.
    #[getter]
    fn end_time(&self) -> u64 {
        self.0.end_time
    }

    /// ``end_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0:
    /// unknown). ``to_dict()`` keeps the epoch milliseconds.
    #[getter]
    fn end_time_dt<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        crate::times::utc_datetime(py, self.0.end_time)
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

/// A client connected to an SSL-VPN server now.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct SslVpnClientInfo(pub(crate) vpncert::SslVpnClientInfo);

#[pymethods]
impl SslVpnClientInfo {
    /// The certificate it connected with (or the user, with two-factor authentication).
    #[getter]
    fn common_name(&self) -> &str {
        &self.0.common_name
    }

    /// The public address it connects from.
    #[getter]
    fn ip(&self) -> &str {
        &self.0.ip
    }

    /// The port it connects from (the API sends it as text).
    #[getter]
    fn port(&self) -> &str {
        &self.0.port
    }

    /// The address the gateway gave it.
    #[getter]
    fn private_ip(&self) -> &str {
        &self.0.private_ip
    }

    /// When it connected, epoch milliseconds.
    #[getter]
    fn connected_time(&self) -> u64 {
        self.0.connected_time
    }

    /// ``connected_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives
    /// 0: unknown). ``to_dict()`` keeps the epoch milliseconds.
    #[getter]
    fn connected_time_dt<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        crate::times::utc_datetime(py, self.0.connected_time)
    }

    /// Bytes the gateway received from it.
    #[getter]
    fn receive_bytes(&self) -> u64 {
        self.0.receive_bytes
    }

    /// Bytes the gateway sent to it.
    #[getter]
    fn send_bytes(&self) -> u64 {
        self.0.send_bytes
    }

    /// `online`.
    #[getter]
    fn status(&self) -> &str {
        &self.0.status
    }

    /// Every field as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("common_name", &self.0.common_name)?;
        d.set_item("ip", &self.0.ip)?;
        d.set_item("port", &self.0.port)?;
        d.set_item("private_ip", &self.0.private_ip)?;
        d.set_item("connected_time", self.0.connected_time)?;
        d.set_item("receive_bytes", self.0.receive_bytes)?;
        d.set_item("send_bytes", self.0.send_bytes)?;
        d.set_item("status", &self.0.status)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "SslVpnClientInfo")
            .str("common_name", &self.0.common_name)?
            .str("ip", &self.0.ip)?
            .str("private_ip", &self.0.private_ip)?
            .str("status", &self.0.status)?
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

    /// ``create_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0:
    /// unknown). ``to_dict()`` keeps the epoch milliseconds.
    #[getter]
    fn create_time_dt<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        crate::times::utc_datetime(py, self.0.create_time)
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

/// A VPN gateway: where SSL-VPN servers run. `Status` is `updating` while a change is applied
/// and `active` when it is done.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct VpnGateway(pub(crate) vpncert::VpnGateway);

#[pymethods]
impl VpnGateway {
    /// The request id (empty for the items of a list).
    #[getter]
    fn request_id(&self) -> &str {
        &self.0.request_id
    }

    /// The gateway id (`vpn-...`).
    #[getter]
    fn vpn_gateway_id(&self) -> &str {
        &self.0.vpn_gateway_id
    }

    /// The VPC it belongs to.
    #[getter]
    fn vpc_id(&self) -> &str {
        &self.0.vpc_id
    }

    /// The vSwitch it belongs to.
    #[getter]
    fn v_switch_id(&self) -> &str {
        &self.0.v_switch_id
    }

    /// The name.
    #[getter]
    fn name(&self) -> &str {
        &self.0.name
    }

    /// The description.
    #[getter]
    fn description(&self) -> &str {
        &self.0.description
    }

    /// `init`, `provisioning`, `active`, `updating` or `deleting`.
    #[getter]
    fn status(&self) -> &str {
        &self.0.status
    }

    /// `Normal`, or `FinancialLocked` (overdue payment).
    #[getter]
    fn business_status(&self) -> &str {
        &self.0.business_status
    }

    /// Whether SSL-VPN is on: `enable` or `disable`.
    #[getter]
    fn ssl_vpn(&self) -> &str {
        &self.0.ssl_vpn
    }

    /// How many SSL-VPN connections may be open at once.
    #[getter]
    fn ssl_max_connections(&self) -> u64 {
        self.0.ssl_max_connections
    }

    /// The address SSL-VPN clients connect to.
    #[getter]
    fn ssl_vpn_internet_ip(&self) -> &str {
        &self.0.ssl_vpn_internet_ip
    }

    /// Whether IPsec-VPN is on: `enable` or `disable`.
    #[getter]
    fn ipsec_vpn(&self) -> &str {
        &self.0.ipsec_vpn
    }

    /// The public address of the gateway.
    #[getter]
    fn internet_ip(&self) -> &str {
        &self.0.internet_ip
    }

    /// The second address of a dual-tunnel gateway.
    #[getter]
    fn disaster_recovery_internet_ip(&self) -> &str {
        &self.0.disaster_recovery_internet_ip
    }

    /// The second vSwitch of a dual-tunnel gateway.
    #[getter]
    fn disaster_recovery_v_switch_id(&self) -> &str {
        &self.0.disaster_recovery_v_switch_id
    }

    /// The bandwidth specification.
    #[getter]
    fn spec(&self) -> &str {
        &self.0.spec
    }

    /// The billing method.
    #[getter]
    fn charge_type(&self) -> &str {
        &self.0.charge_type
    }

    /// Creation time, epoch milliseconds.
    #[getter]
    fn create_time(&self) -> u64 {
        self.0.create_time
    }

    /// ``create_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0:
    /// unknown). ``to_dict()`` keeps the epoch milliseconds.
    #[getter]
    fn create_time_dt<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        crate::times::utc_datetime(py, self.0.create_time)
    }

    /// Expiry time, epoch milliseconds.
    #[getter]
    fn end_time(&self) -> u64 {
        self.0.end_time
    }

    /// ``end_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0:
    /// unknown). ``to_dict()`` keeps the epoch milliseconds.
    #[getter]
    fn end_time_dt<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        crate::times::utc_datetime(py, self.0.end_time)
    }

    /// The type of the gateway.
    #[getter]
    fn gateway_type(&self) -> &str {
        &self.0.gateway_type
    }

    /// The network type.
    #[getter]
    fn network_type(&self) -> &str {
        &self.0.network_type
    }

    /// The VPN type.
    #[getter]
    fn vpn_type(&self) -> &str {
        &self.0.vpn_type
    }

    /// Whether routes propagate automatically.
    #[getter]
    fn auto_propagate(&self) -> bool {
        self.0.auto_propagate
    }

    /// Whether BGP is on.
    #[getter]
    fn enable_bgp(&self) -> bool {
        self.0.enable_bgp
    }

    /// The resource group.
    #[getter]
    fn resource_group_id(&self) -> &str {
        &self.0.resource_group_id
    }

    /// The system's labels of the gateway.
    #[getter]
    fn tag(&self) -> &str {
        &self.0.tag
    }

    /// The tags bound to the gateway.
    #[getter]
    fn tags<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items = self
            .0
            .tags
            .iter()
            .map(|i| Py::new(py, VpnGatewayTag(i.clone())))
            .collect::<PyResult<Vec<_>>>()?;
        PyTuple::new(py, items)
    }

    /// The network interfaces of the gateway.
    #[getter]
    fn eni_instance_ids<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.0.eni_instance_ids)
    }

    /// The pending order, when there is one (asked for with `IncludeReservationData`).
    #[getter]
    fn reservation_data(&self) -> Option<VpnGatewayReservationData> {
        self.0
            .reservation_data
            .clone()
            .map(VpnGatewayReservationData)
    }

    /// Every field as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("request_id", &self.0.request_id)?;
        d.set_item("vpn_gateway_id", &self.0.vpn_gateway_id)?;
        d.set_item("vpc_id", &self.0.vpc_id)?;
        d.set_item("v_switch_id", &self.0.v_switch_id)?;
        d.set_item("name", &self.0.name)?;
        d.set_item("description", &self.0.description)?;
        d.set_item("status", &self.0.status)?;
        d.set_item("business_status", &self.0.business_status)?;
        d.set_item("ssl_vpn", &self.0.ssl_vpn)?;
        d.set_item("ssl_max_connections", self.0.ssl_max_connections)?;
        d.set_item("ssl_vpn_internet_ip", &self.0.ssl_vpn_internet_ip)?;
        d.set_item("ipsec_vpn", &self.0.ipsec_vpn)?;
        d.set_item("internet_ip", &self.0.internet_ip)?;
        d.set_item(
            "disaster_recovery_internet_ip",
            &self.0.disaster_recovery_internet_ip,
        )?;
        d.set_item(
            "disaster_recovery_v_switch_id",
            &self.0.disaster_recovery_v_switch_id,
        )?;
        d.set_item("spec", &self.0.spec)?;
        d.set_item("charge_type", &self.0.charge_type)?;
        d.set_item("create_time", self.0.create_time)?;
        d.set_item("end_time", self.0.end_time)?;
        d.set_item("gateway_type", &self.0.gateway_type)?;
        d.set_item("network_type", &self.0.network_type)?;
        d.set_item("vpn_type", &self.0.vpn_type)?;
        d.set_item("auto_propagate", self.0.auto_propagate)?;
        d.set_item("enable_bgp", self.0.enable_bgp)?;
        d.set_item("resource_group_id", &self.0.resource_group_id)?;
        d.set_item("tag", &self.0.tag)?;
        d.set_item(
            "tags",
            self.0
                .tags
                .iter()
                .map(|i| VpnGatewayTag(i.clone()).to_dict(py))
                .collect::<PyResult<Vec<_>>>()?,
        )?;
        d.set_item("eni_instance_ids", &self.0.eni_instance_ids)?;
        match &self.0.reservation_data {
            Some(v) => d.set_item(
                "reservation_data",
                VpnGatewayReservationData(v.clone()).to_dict(py)?,
            )?,
            None => d.set_item("reservation_data", py.None())?,
        }
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "VpnGateway")
            .str("vpn_gateway_id", &self.0.vpn_gateway_id)?
            .str("name", &self.0.name)?
            .str("status", &self.0.status)?
            .str("business_status", &self.0.business_status)?
            .str("ssl_vpn", &self.0.ssl_vpn)?
            .raw("ssl_max_connections", self.0.ssl_max_connections)
            .finish())
    }
}

/// A pending order of a VPN gateway.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct VpnGatewayReservationData(pub(crate) vpncert::VpnGatewayReservationData);

#[pymethods]
impl VpnGatewayReservationData {
    /// When a temporary upgrade ends.
    #[getter]
    fn reservation_end_time(&self) -> &str {
        &self.0.reservation_end_time
    }

    /// IPsec-VPN in the pending order: `enable` or `disable`.
    #[getter]
    fn reservation_ipsec(&self) -> &str {
        &self.0.reservation_ipsec
    }

    /// SSL-VPN connections in the pending order.
    #[getter]
    fn reservation_max_connections(&self) -> u64 {
        self.0.reservation_max_connections
    }

    /// The type of the pending order.
    #[getter]
    fn reservation_order_type(&self) -> &str {
        &self.0.reservation_order_type
    }

    /// The bandwidth of the pending order.
    #[getter]
    fn reservation_spec(&self) -> &str {
        &self.0.reservation_spec
    }

    /// SSL-VPN in the pending order: `enable` or `disable`.
    #[getter]
    fn reservation_ssl(&self) -> &str {
        &self.0.reservation_ssl
    }

    /// The status of the pending order.
    #[getter]
    fn status(&self) -> &str {
        &self.0.status
    }

    /// Every field as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("reservation_end_time", &self.0.reservation_end_time)?;
        d.set_item("reservation_ipsec", &self.0.reservation_ipsec)?;
        d.set_item(
            "reservation_max_connections",
            self.0.reservation_max_connections,
        )?;
        d.set_item("reservation_order_type", &self.0.reservation_order_type)?;
        d.set_item("reservation_spec", &self.0.reservation_spec)?;
        d.set_item("reservation_ssl", &self.0.reservation_ssl)?;
        d.set_item("status", &self.0.status)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "VpnGatewayReservationData")
            .str("reservation_end_time", &self.0.reservation_end_time)?
            .str("reservation_ipsec", &self.0.reservation_ipsec)?
            .raw(
                "reservation_max_connections",
                self.0.reservation_max_connections,
            )
            .str("reservation_order_type", &self.0.reservation_order_type)?
            .str("reservation_spec", &self.0.reservation_spec)?
            .str("reservation_ssl", &self.0.reservation_ssl)?
            .str("status", &self.0.status)?
            .finish())
    }
}

/// A tag of a VPN gateway.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct VpnGatewayTag(pub(crate) vpncert::VpnGatewayTag);

#[pymethods]
impl VpnGatewayTag {
    /// The tag's key.
    #[getter]
    fn key(&self) -> &str {
        &self.0.key
    }

    /// The tag's value.
    #[getter]
    fn value(&self) -> &str {
        &self.0.value
    }

    /// Every field as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("key", &self.0.key)?;
        d.set_item("value", &self.0.value)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "VpnGatewayTag")
            .str("key", &self.0.key)?
            .str("value", &self.0.value)?
            .finish())
    }
}

/// One page of an SSL-VPN server's connection logs.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct VpnSslServerLogs(pub(crate) vpncert::VpnSslServerLogs);

#[pymethods]
impl VpnSslServerLogs {
    /// The request id.
    #[getter]
    fn request_id(&self) -> &str {
        &self.0.request_id
    }

    /// How many log lines there are in all.
    #[getter]
    fn count(&self) -> u64 {
        self.0.count
    }

    /// The page number.
    #[getter]
    fn page_number(&self) -> u64 {
        self.0.page_number
    }

    /// The page size.
    #[getter]
    fn page_size(&self) -> u64 {
        self.0.page_size
    }

    /// Whether the logs of the period are complete (the service may still be collecting them).
    #[getter]
    fn is_completed(&self) -> bool {
        self.0.is_completed
    }

    /// The log lines of this page.
    #[getter]
    fn logs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.0.logs)
    }

    /// Every field as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("request_id", &self.0.request_id)?;
        d.set_item("count", self.0.count)?;
        d.set_item("page_number", self.0.page_number)?;
        d.set_item("page_size", self.0.page_size)?;
        d.set_item("is_completed", self.0.is_completed)?;
        d.set_item("logs", &self.0.logs)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "VpnSslServerLogs")
            .raw("count", self.0.count)
            .raw("page_number", self.0.page_number)
            .raw("page_size", self.0.page_size)
            .raw("is_completed", py_bool(self.0.is_completed))
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
    SslVpnClientInfoPage,
    SslVpnClientInfo,
    SslVpnClientInfo,
    "One page of `SslVpnClientInfo` items."
);
crate::lists::iterator_class!(
    SslVpnClientInfoIterator,
    SslVpnClientInfo,
    SslVpnClientInfo,
    "Every `SslVpnClientInfo` matching the filters, fetched lazily in pages of 50."
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

crate::lists::page_class!(
    VpnGatewayPage,
    VpnGateway,
    VpnGateway,
    "One page of `VpnGateway` items."
);
crate::lists::iterator_class!(
    VpnGatewayIterator,
    VpnGateway,
    VpnGateway,
    "Every `VpnGateway` matching the filters, fetched lazily in pages of 50."
);
