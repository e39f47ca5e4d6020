//! The `datetime` accessors of epoch-millisecond fields (`create_time_dt`, ...): generated for
//! every `time_ms` field of the spec, made here.
//!
//! `datetime` is imported at the first use, not with `vpncert` (importing the package loads
//! nothing else), and the abi3 build cannot use pyo3's `PyDateTime` (not in the limited API).

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyDict;

/// `datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)` and `datetime.timedelta`.
static EPOCH: PyOnceLock<(Py<PyAny>, Py<PyAny>)> = PyOnceLock::new();

/// `epoch_ms` as a timezone-aware UTC `datetime`, exact to the millisecond; `None` for 0 (the
/// API's "unknown").
pub(crate) fn utc_datetime(py: Python<'_>, epoch_ms: u64) -> PyResult<Option<Bound<'_, PyAny>>> {
    if epoch_ms == 0 {
        return Ok(None);
    }
    let (epoch, timedelta) = EPOCH.get_or_try_init(py, || {
        let datetime = py.import("datetime")?;
        let utc = datetime.getattr("timezone")?.getattr("utc")?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("tzinfo", utc)?;
        let epoch = datetime
            .getattr("datetime")?
            .call((1970, 1, 1), Some(&kwargs))?;
        Ok::<_, PyErr>((epoch.unbind(), datetime.getattr("timedelta")?.unbind()))
    })?;
    let kwargs = PyDict::new(py);
    kwargs.set_item("milliseconds", epoch_ms)?;
    let delta = timedelta.bind(py).call((), Some(&kwargs))?;
    epoch.bind(py).add(delta).map(Some)
}
