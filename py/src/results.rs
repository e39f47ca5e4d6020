//! Results of the certificate calls: create, rename, delete, and the bundle with its secrets.

use std::path::PathBuf;

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::errors::IntoPyResult;
use crate::lists::SslVpnServer;
use crate::repr::{py_bool, Repr};

/// Defines the class of an answer that names one certificate (create, rename): its id, name and
/// request id as getters, `to_dict()` and `repr()`. A macro because a `#[pyclass]` cannot be
/// generic; the getters' docstrings differ between the two answers and are passed in.
macro_rules! cert_ref_class {
    (
        $class:ident,
        $doc:literal,
        name: $name_doc:literal,
        ssl_vpn_client_cert_id: $id_doc:literal $(,)?
    ) => {
        #[doc = $doc]
        #[pyclass(frozen, module = "vpncert._native")]
        pub(crate) struct $class(pub(crate) vpncert::$class);

        #[pymethods]
        impl $class {
            /// The request id.
            #[getter]
            fn request_id(&self) -> &str {
                &self.0.request_id
            }

            #[doc = $name_doc]
            #[getter]
            fn name(&self) -> &str {
                &self.0.name
            }

            #[doc = $id_doc]
            #[getter]
            fn ssl_vpn_client_cert_id(&self) -> &str {
                &self.0.ssl_vpn_client_cert_id
            }

            /// The fields as a dict.
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
                let d = PyDict::new(py);
                d.set_item("request_id", &self.0.request_id)?;
                d.set_item("name", &self.0.name)?;
                d.set_item("ssl_vpn_client_cert_id", &self.0.ssl_vpn_client_cert_id)?;
                Ok(d)
            }

            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                Ok(Repr::new(py, stringify!($class))
                    .str("ssl_vpn_client_cert_id", &self.0.ssl_vpn_client_cert_id)?
                    .str("name", &self.0.name)?
                    .str("request_id", &self.0.request_id)?
                    .finish())
            }
        }
    };
}

cert_ref_class!(
    CreateSslVpnClientCertResponse,
    "The answer to `CreateSslVpnClientCert`.",
    name: "The certificate's name.",
    ssl_vpn_client_cert_id: "The new certificate's id (`vsc-...`).",
);
cert_ref_class!(
    ModifySslVpnClientCertResponse,
    "The answer to `ModifySslVpnClientCert`.",
    name: "The new name.",
    ssl_vpn_client_cert_id: "The certificate id.",
);

/// What a delete did: `already_deleted` is true when the certificate did not exist.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct DeleteOutcome(pub(crate) vpncert::DeleteOutcome);

#[pymethods]
impl DeleteOutcome {
    /// The request id of the answer.
    #[getter]
    fn request_id(&self) -> &str {
        self.0.request_id()
    }

    /// Whether the certificate was already gone (not an error: the delete is done either way).
    #[getter]
    fn already_deleted(&self) -> bool {
        self.0.was_already_deleted()
    }

    /// The fields as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("request_id", self.0.request_id())?;
        d.set_item("already_deleted", self.0.was_already_deleted())?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(Repr::new(py, "DeleteOutcome")
            .raw("already_deleted", py_bool(self.0.was_already_deleted()))
            .str("request_id", self.0.request_id())?
            .finish())
    }
}

/// A client certificate with its CA, certificate, private key and OpenVPN profile.
///
/// `repr()` never shows the private key; `to_dict()` includes it (it is the caller's data).
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

    /// The client's private key (PEM). Secret.
    #[getter]
    fn client_key(&self) -> &str {
        &self.0.client_key
    }

    /// The OpenVPN profile the service sent (may be empty; `to_ovpn()` builds a complete one).
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

    /// A complete OpenVPN profile with the CA, certificate and key inline.
    fn to_ovpn(&self, py: Python<'_>) -> PyResult<String> {
        self.0.to_ovpn().into_py_result(py)
    }

    /// Writes `to_ovpn()` to `path` with mode 0600, atomically. An existing file raises
    /// `ProfileExistsError` unless `overwrite` is true.
    #[pyo3(signature = (path, overwrite=false))]
    fn write_ovpn(&self, py: Python<'_>, path: PathBuf, overwrite: bool) -> PyResult<()> {
        py.detach(|| self.0.write_ovpn(&path, overwrite))
            .into_py_result(py)
    }

    /// Every field as a dict, the private key included.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let b = &self.0;
        let d = PyDict::new(py);
        d.set_item("request_id", &b.request_id)?;
        d.set_item("region_id", &b.region_id)?;
        d.set_item("ssl_vpn_client_cert_id", &b.ssl_vpn_client_cert_id)?;
        d.set_item("ssl_vpn_server_id", &b.ssl_vpn_server_id)?;
        d.set_item("name", &b.name)?;
        d.set_item("ca_cert", &b.ca_cert)?;
        d.set_item("client_cert", &b.client_cert)?;
        d.set_item("client_key", &b.client_key)?;
        d.set_item("client_config", &b.client_config)?;
        d.set_item("create_time", b.create_time)?;
        d.set_item("end_time", b.end_time)?;
        d.set_item("status", b.status.as_str())?;
        d.set_item("resource_group_id", &b.resource_group_id)?;
        match &b.server {
            Some(s) => d.set_item("server", crate::lists::server_dict(py, s)?)?,
            None => d.set_item("server", py.None())?,
        }
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let b = &self.0;
        Ok(Repr::new(py, "SslVpnClientCertBundle")
            .str("ssl_vpn_client_cert_id", &b.ssl_vpn_client_cert_id)?
            .str("name", &b.name)?
            .str("ssl_vpn_server_id", &b.ssl_vpn_server_id)?
            .str("status", b.status.as_str())?
            .raw("end_time", b.end_time)
            .str("request_id", &b.request_id)?
            .raw("client_key", "<redacted>")
            .finish())
    }
}
