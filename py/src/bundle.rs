//! The behaviour of `SslVpnClientCertBundle` beyond its fields (generated): the OpenVPN profile.

use std::path::PathBuf;

use pyo3::prelude::*;

use crate::args;
use crate::errors::IntoPyResult;
use crate::generated::records::SslVpnClientCertBundle;

#[pymethods]
impl SslVpnClientCertBundle {
    /// A complete OpenVPN profile with the CA, certificate and key inline.
    fn to_ovpn(&self, py: Python<'_>) -> PyResult<String> {
        self.0.to_ovpn().into_py_result(py)
    }

    /// Writes `to_ovpn()` to `path` with mode 0600, atomically. An existing file raises
    /// `ProfileExistsError` unless `overwrite` is true.
    #[pyo3(signature = (path, overwrite=None))]
    #[pyo3(text_signature = "($self, path, overwrite=False)")]
    fn write_ovpn(
        &self,
        py: Python<'_>,
        path: Bound<'_, PyAny>,
        overwrite: Option<Bound<'_, PyAny>>,
    ) -> PyResult<()> {
        let path: PathBuf = args::arg("path", &path)?;
        let overwrite: bool = args::or("overwrite", overwrite, false)?;
        crate::pylogging::detach(py, || self.0.write_ovpn(&path, overwrite)).into_py_result(py)
    }
}
