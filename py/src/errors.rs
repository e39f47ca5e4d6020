//! From [`vpncert::Error`] to the exception classes declared in `vpncert/_errors.py`.
//!
//! The classes are real Python classes (multiple inheritance from `ValueError`, `TimeoutError`
//! and `OSError` is natural there); this module imports them once and instantiates them.

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyDict;
use vpncert::Error;

use crate::generated::errors::api_class;

static ERRORS_MODULE: PyOnceLock<Py<PyModule>> = PyOnceLock::new();

fn errors_module(py: Python<'_>) -> PyResult<&Bound<'_, PyModule>> {
    ERRORS_MODULE
        .get_or_try_init(py, || {
            Ok::<_, PyErr>(py.import("vpncert._errors")?.unbind())
        })
        .map(|m| m.bind(py))
}

/// The `errno` name of an I/O error kind, for the kinds writing a profile meets.
fn errno_name(kind: std::io::ErrorKind) -> Option<&'static str> {
    use std::io::ErrorKind as K;
    Some(match kind {
        K::NotFound => "ENOENT",
        K::PermissionDenied => "EACCES",
        K::AlreadyExists => "EEXIST",
        K::IsADirectory => "EISDIR",
        K::NotADirectory => "ENOTDIR",
        K::ReadOnlyFilesystem => "EROFS",
        K::StorageFull => "ENOSPC",
        _ => return None,
    })
}

/// The Python exception for a core error.
pub(crate) fn to_py_err(py: Python<'_>, err: Error) -> PyErr {
    // The core's scrubber once more, as C's boundary does: errors that did not come from a
    // request (files, profiles, local checks) have not been through the client's.
    let err = err.scrub(&vpncert::redact::Scrubber::new());
    build(py, &err).unwrap_or_else(|failure| {
        // Only reachable when `vpncert._errors` cannot be imported (a broken installation):
        // keep the original text rather than hide it behind the import error.
        PyRuntimeError::new_err(format!("{err} (and raising it failed: {failure})"))
    })
}

fn build(py: Python<'_>, err: &Error) -> PyResult<PyErr> {
    let module = errors_module(py)?;
    let kwargs = PyDict::new(py);
    let class = match err {
        Error::InvalidInput { parameter, reason } => {
            kwargs.set_item("parameter", parameter)?;
            kwargs.set_item("reason", reason)?;
            "InvalidParameterError"
        }
        Error::Credentials(_) => "CredentialsError",
        Error::Transport(_) => "TransportError",
        Error::Timeout(_) => "RequestTimeoutError",
        Error::Decode {
            http_status,
            reason,
            ..
        } => {
            kwargs.set_item("http_status", http_status)?;
            kwargs.set_item("reason", reason)?;
            "DecodeError"
        }
        Error::Api(api) => {
            kwargs.set_item("code", &api.code)?;
            kwargs.set_item("message", &api.message)?;
            kwargs.set_item("request_id", &api.request_id)?;
            kwargs.set_item("http_status", api.http_status)?;
            kwargs.set_item("recommend", api.recommend.as_deref())?;
            kwargs.set_item("host_id", api.host_id.as_deref())?;
            api_class(api.kind)
        }
        Error::Io {
            path,
            kind,
            message,
        } => {
            let class = if *kind == std::io::ErrorKind::AlreadyExists {
                "ProfileExistsError"
            } else {
                "FileError"
            };
            let class = module.getattr(class)?;
            // OSError's own convention: (errno, strerror, filename) sets all three attributes.
            let instance = match errno_name(*kind) {
                Some(name) => {
                    let errno = py.import("errno")?.getattr(name)?;
                    class.call1((errno, message, path))?
                }
                None => {
                    let instance = class.call1((err.to_string(),))?;
                    instance.setattr("filename", path)?;
                    instance
                }
            };
            return Ok(PyErr::from_value(instance));
        }
        // The core's error enum is non-exhaustive: a newer variant still reaches Python as a
        // vpncert error with its full text.
        _ => "VpnCertError",
    };
    let instance = module
        .getattr(class)?
        .call((err.to_string(),), Some(&kwargs))?;
    Ok(PyErr::from_value(instance))
}

/// Shorthand for results of core calls.
pub(crate) trait IntoPyResult<T> {
    /// Converts the error side to the Python exception.
    fn into_py_result(self, py: Python<'_>) -> PyResult<T>;
}

impl<T> IntoPyResult<T> for Result<T, Error> {
    fn into_py_result(self, py: Python<'_>) -> PyResult<T> {
        self.map_err(|e| to_py_err(py, e))
    }
}
