//! The core's `log` records, handed to Python's `logging.getLogger("vpncert")`.
//!
//! Only the core's own records (targets `vpncert` and `vpncert::...`) go through: the HTTP and TLS
//! libraries below it may log request URLs, and a V1 request URL can carry an STS token. The
//! core already scrubs its messages of the client's secrets; the bridge passes each message
//! through the core's pattern scrubber once more (signatures, tokens, PEM keys) before Python
//! sees it.
//!
//! The bridge is installed by the first call that may log (never at import, so that importing
//! `vpncert` stays free of side effects, and so that the `vpncert` console script keeps the
//! command's own stderr logger). The level filter is Python's: each call reads the effective
//! level of the `vpncert` logger (and `logging.disable`) as it starts, so records below it cost
//! nothing, and a record at or above it is handed over from the thread that logged it, attached
//! to the interpreter for that moment. While `logging` has not been imported, nobody configured
//! it and its default applies: warnings and errors, which Python prints to stderr.

use std::sync::atomic::{AtomicU8, Ordering};

use log::{Level, LevelFilter, Log, Metadata, Record};
use pyo3::marker::Ungil;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple};

/// The name of the Python logger the records go to.
pub(crate) const LOGGER_NAME: &str = "vpncert";

const UNSET: u8 = 0;
const OURS: u8 = 1;
/// Another logger was installed first (the `vpncert` command in this process).
const TAKEN: u8 = 2;

static STATE: AtomicU8 = AtomicU8::new(UNSET);
static BRIDGE: Bridge = Bridge;
static LOGGER: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// Runs `f` with the interpreter detached, as `py.detach` does, after bringing the log level up
/// to date with Python's (every call that may reach the network goes through here).
pub(crate) fn detach<T, F>(py: Python<'_>, f: F) -> T
where
    F: Ungil + FnOnce() -> T,
    T: Ungil,
{
    sync_level(py);
    py.detach(f)
}

/// Installs the bridge the first time, then sets the `log` crate's level to the effective level
/// of the `vpncert` logger.
pub(crate) fn sync_level(py: Python<'_>) {
    if STATE.load(Ordering::Relaxed) == UNSET {
        let state = if log::set_logger(&BRIDGE).is_ok() {
            OURS
        } else {
            TAKEN
        };
        STATE.store(state, Ordering::Relaxed);
    }
    if STATE.load(Ordering::Relaxed) != OURS {
        return;
    }
    let threshold = python_threshold(py).unwrap_or(30);
    log::set_max_level(filter_for(threshold));
}

/// The lowest Python level the `vpncert` logger handles now (30, WARNING, until `logging` is
/// imported).
fn python_threshold(py: Python<'_>) -> PyResult<i64> {
    let modules = py.import("sys")?.getattr("modules")?;
    if !modules.contains("logging")? {
        return Ok(30);
    }
    let logger = logger(py)?;
    let effective: i64 = logger.call_method0("getEffectiveLevel")?.extract()?;
    let disabled: i64 = logger
        .getattr("manager")?
        .getattr("disable")?
        .extract()
        .unwrap_or(0);
    Ok(effective.max(disabled + 1))
}

fn logger(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    LOGGER
        .get_or_try_init(py, || {
            Ok::<_, PyErr>(
                py.import("logging")?
                    .call_method1("getLogger", (LOGGER_NAME,))?
                    .unbind(),
            )
        })
        .map(|l| l.bind(py))
}

/// The `log` filter that lets through the records Python would handle at `threshold`.
fn filter_for(threshold: i64) -> LevelFilter {
    match threshold {
        i64::MIN..=5 => LevelFilter::Trace,
        6..=10 => LevelFilter::Debug,
        11..=20 => LevelFilter::Info,
        21..=30 => LevelFilter::Warn,
        31..=40 => LevelFilter::Error,
        _ => LevelFilter::Off,
    }
}

/// Python's number for a `log` level (TRACE is 5, below DEBUG).
fn python_level(level: Level) -> i64 {
    match level {
        Level::Error => 40,
        Level::Warn => 30,
        Level::Info => 20,
        Level::Debug => 10,
        Level::Trace => 5,
    }
}

fn is_ours(target: &str) -> bool {
    target == "vpncert" || target.starts_with("vpncert::")
}

struct Bridge;

impl Log for Bridge {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.level() <= log::max_level() && is_ours(metadata.target())
    }

    fn log(&self, record: &Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        // Formatted and scrubbed before taking the interpreter.
        let message = vpncert::redact::Scrubber::new().text(&record.args().to_string());
        // Not during interpreter shutdown, when no Python code may run.
        let _ = Python::try_attach(|py| {
            if let Err(e) = emit(py, record, &message) {
                // A failing handler is Python's business (logging reports its own handler
                // errors); ours would only come from a broken `logging` module.
                e.write_unraisable(py, None);
            }
        });
    }

    fn flush(&self) {}
}

fn emit(py: Python<'_>, record: &Record<'_>, message: &str) -> PyResult<()> {
    let logger = logger(py)?;
    let level = python_level(record.level());
    if !logger.call_method1("isEnabledFor", (level,))?.is_truthy()? {
        return Ok(());
    }
    let extra = PyDict::new(py);
    extra.set_item("rust_target", record.target())?;
    let made = logger.call_method1(
        "makeRecord",
        (
            LOGGER_NAME,
            level,
            record.file().unwrap_or("<rust>"),
            record.line().unwrap_or(0),
            message,
            PyTuple::empty(py),
            py.None(),
            record.module_path(),
            extra,
        ),
    )?;
    logger.call_method1("handle", (made,))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_levels_map_to_log_filters_that_let_the_same_records_through() {
        for (threshold, filter) in [
            (0, LevelFilter::Trace),
            (5, LevelFilter::Trace),
            (10, LevelFilter::Debug),
            (15, LevelFilter::Info),
            (20, LevelFilter::Info),
            (30, LevelFilter::Warn),
            (40, LevelFilter::Error),
            (50, LevelFilter::Off),
        ] {
            assert_eq!(filter_for(threshold), filter, "{threshold}");
        }
        for level in [
            Level::Error,
            Level::Warn,
            Level::Info,
            Level::Debug,
            Level::Trace,
        ] {
            let t = python_level(level);
            assert!(level <= filter_for(t), "{level} passes at its own level");
            assert!(level > filter_for(t + 1), "{level} is dropped above it");
        }
    }

    #[test]
    fn only_the_cores_records_are_ours() {
        assert!(is_ours("vpncert"));
        assert!(is_ours("vpncert::client"));
        assert!(!is_ours("vpncert_emulator::server"));
        assert!(!is_ours("ureq::unversioned::transport"));
        assert!(!is_ours("rustls::client::hs"));
    }
}
