//! Python arguments: their types, and checks of the values the core takes in other types
//! (seconds as `Duration`, counts as `u32`).
//!
//! Every public function and method takes its arguments as Python objects and converts them
//! here, so that a wrong type is a `TypeError` that names the parameter
//! (``name must be str, not int``). pyo3's own conversion errors do not name it (pyo3 0.30 only
//! adds a note on Python 3.11+, which `str()` and most logs leave out). A bad value is an
//! `InvalidParameterError` naming the parameter.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use pyo3::conversion::FromPyObjectOwned;
use pyo3::exceptions::{PyOverflowError, PyTypeError};
use pyo3::prelude::*;
use pyo3::PyTypeInfo;
use vpncert::Error;

/// A Rust type a Python argument converts to, with the Python type(s) it accepts as said in
/// the `TypeError`.
pub(crate) trait Expected {
    const EXPECTED: &'static str;
}

impl Expected for String {
    const EXPECTED: &'static str = "str";
}
impl Expected for f64 {
    const EXPECTED: &'static str = "a number (int or float)";
}
impl Expected for i64 {
    const EXPECTED: &'static str = "int";
}
impl Expected for u64 {
    const EXPECTED: &'static str = "int";
}
impl Expected for bool {
    const EXPECTED: &'static str = "bool";
}
impl Expected for PathBuf {
    const EXPECTED: &'static str = "str or os.PathLike";
}
impl Expected for BTreeMap<String, String> {
    const EXPECTED: &'static str = "a dict of str to str";
}

/// The argument `parameter` as a `T`; a `TypeError` (or `OverflowError`) naming it otherwise.
pub(crate) fn arg<'py, T>(parameter: &str, value: &Bound<'py, PyAny>) -> PyResult<T>
where
    T: FromPyObjectOwned<'py> + Expected,
{
    value
        .extract::<T>()
        .map_err(|e| named_error(parameter, T::EXPECTED, value, e.into()))
}

/// An optional argument: `None` (given or left out) is `None`.
pub(crate) fn opt<'py, T>(parameter: &str, value: Option<Bound<'py, PyAny>>) -> PyResult<Option<T>>
where
    T: FromPyObjectOwned<'py> + Expected,
{
    match value {
        Some(v) if !v.is_none() => arg(parameter, &v).map(Some),
        _ => Ok(None),
    }
}

/// An argument with a default (used when it is left out or `None`).
pub(crate) fn or<'py, T>(
    parameter: &str,
    value: Option<Bound<'py, PyAny>>,
    default: T,
) -> PyResult<T>
where
    T: FromPyObjectOwned<'py> + Expected,
{
    Ok(opt(parameter, value)?.unwrap_or(default))
}

/// A `TypeError` saying what `parameter` must be and what it was given.
fn type_error(parameter: &str, expected: &str, value: &Bound<'_, PyAny>) -> PyErr {
    let got = value
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".to_owned());
    PyTypeError::new_err(format!("{parameter} must be {expected}, not {got}"))
}

fn named_error(parameter: &str, expected: &str, value: &Bound<'_, PyAny>, err: PyErr) -> PyErr {
    let py = value.py();
    let renamed = if err.is_instance_of::<PyTypeError>(py) {
        type_error(parameter, expected, value)
    } else if err.is_instance_of::<PyOverflowError>(py) {
        PyOverflowError::new_err(format!("{parameter}: {}", err.value(py)))
    } else {
        return err;
    };
    renamed.set_cause(py, Some(err));
    renamed
}

/// The argument `parameter` as an instance of the class `T`; a `TypeError` naming it otherwise.
pub(crate) fn instance<'py, T: PyTypeInfo>(
    parameter: &str,
    value: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, T>> {
    match value.cast::<T>() {
        Ok(v) => Ok(v.clone()),
        Err(_) => Err(type_error(
            parameter,
            &T::type_object(value.py()).name()?.to_string(),
            value,
        )),
    }
}

/// Seconds (a non-negative, finite float) as a `Duration`.
pub(crate) fn seconds(parameter: &str, value: f64) -> Result<Duration, Error> {
    if !value.is_finite() || value < 0.0 {
        return Err(Error::invalid(
            parameter,
            format!("must be a finite number of seconds, at least 0 (got {value})"),
        ));
    }
    Duration::try_from_secs_f64(value).map_err(|e| Error::invalid(parameter, e.to_string()))
}

/// Seconds that must be greater than zero.
pub(crate) fn positive_seconds(parameter: &str, value: f64) -> Result<Duration, Error> {
    let d = seconds(parameter, value)?;
    if d.is_zero() {
        return Err(Error::invalid(parameter, "must be greater than zero"));
    }
    Ok(d)
}

/// A count from 0 to `u32::MAX`.
pub(crate) fn count(parameter: &str, value: i64) -> Result<u32, Error> {
    u32::try_from(value).map_err(|_| {
        Error::invalid(
            parameter,
            format!("must be between 0 and {} (got {value})", u32::MAX),
        )
    })
}

/// A list of strings given as a sequence of `str` or as one comma-separated `str` (as the API
/// takes `LocalSubnet` and `DnsServers`); items are trimmed and empty ones dropped.
pub(crate) fn strings(parameter: &str, value: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    let items: Vec<String> = if let Ok(text) = value.extract::<String>() {
        text.split(',').map(str::to_owned).collect()
    } else if let Ok(list) = value.extract::<Vec<String>>() {
        list
    } else {
        return Err(type_error(
            parameter,
            "a list of str or a comma-separated str",
            value,
        ));
    };
    Ok(items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect())
}

/// An optional list of strings (see [`strings`]).
pub(crate) fn opt_strings(
    parameter: &str,
    value: Option<Bound<'_, PyAny>>,
) -> PyResult<Option<Vec<String>>> {
    match value {
        Some(v) if !v.is_none() => strings(parameter, &v).map(Some),
        _ => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parameter(r: Result<impl std::fmt::Debug, Error>) -> String {
        match r {
            Err(Error::InvalidInput { parameter, .. }) => parameter,
            other => panic!("expected InvalidInput, got {other:?}"),
        }
    }

    #[test]
    fn seconds_accept_finite_non_negative_values() {
        assert_eq!(seconds("t", 1.5).unwrap(), Duration::from_millis(1500));
        assert_eq!(seconds("t", 0.0).unwrap(), Duration::ZERO);
        for bad in [-0.1, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1e30] {
            assert_eq!(parameter(seconds("timeout", bad)), "timeout", "{bad}");
        }
        assert_eq!(parameter(positive_seconds("wait", 0.0)), "wait");
        assert!(positive_seconds("wait", 0.001).is_ok());
    }

    #[test]
    fn counts_fit_u32() {
        assert_eq!(count("n", 0).unwrap(), 0);
        assert_eq!(count("n", u32::MAX as i64).unwrap(), u32::MAX);
        assert_eq!(parameter(count("PageSize", -1)), "PageSize");
        assert_eq!(
            parameter(count("PageSize", u32::MAX as i64 + 1)),
            "PageSize"
        );
    }
}
