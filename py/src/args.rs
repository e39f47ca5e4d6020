//! Checks of Python arguments the core takes in other types (seconds as `Duration`, counts as
//! `u32`). A bad value is an `InvalidParameterError` naming the Python keyword; a wrong type is
//! pyo3's `TypeError`.

use std::time::Duration;

use vpncert::Error;

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
pub(crate) fn string_list(
    parameter: &str,
    value: &pyo3::Bound<'_, pyo3::PyAny>,
) -> Result<Vec<String>, Error> {
    use pyo3::types::PyAnyMethods;
    let items: Vec<String> = if let Ok(text) = value.extract::<String>() {
        text.split(',').map(str::to_owned).collect()
    } else if let Ok(list) = value.extract::<Vec<String>>() {
        list
    } else {
        return Err(Error::invalid(
            parameter,
            "must be a list of strings or a comma-separated string",
        ));
    };
    Ok(items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect())
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
