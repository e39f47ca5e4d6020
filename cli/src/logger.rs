//! A small logger: `-v` and `-vv` messages to stderr.
//!
//! Only the SDK's own crates are logged. The HTTP and TLS libraries are left out on purpose: at
//! debug level they may print request URLs, and a V1 request URL can carry an STS token.

use std::io::Write;

use log::{Level, LevelFilter, Log, Metadata, Record};

/// The level is `log::max_level()`, set once by [`init`].
struct StderrLogger;

static LOGGER: StderrLogger = StderrLogger;

fn is_ours(target: &str) -> bool {
    target == "vpncert" || target.starts_with("vpncert::") || target.starts_with("vpncert_")
}

impl Log for StderrLogger {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.level() <= log::max_level() && is_ours(metadata.target())
    }

    fn log(&self, record: &Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let level = match record.level() {
            Level::Error => "error",
            Level::Warn => "warning",
            Level::Info => "info",
            Level::Debug => "debug",
            Level::Trace => "trace",
        };
        // Messages quote names and answers of the service: shown escaped, on one line.
        let message = record.args().to_string();
        let _ = writeln!(
            std::io::stderr().lock(),
            "vpncert: {level}: {}",
            crate::output::printable(&message)
        );
    }

    fn flush(&self) {
        let _ = std::io::stderr().flush();
    }
}

/// Installs the logger: warnings always, `-v` info, `-vv` debug, `-vvv` trace.
pub fn init(verbosity: u8) {
    let level = match verbosity {
        0 => LevelFilter::Warn,
        1 => LevelFilter::Info,
        2 => LevelFilter::Debug,
        _ => LevelFilter::Trace,
    };
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(level);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_crates_are_logged() {
        assert!(is_ours("vpncert"));
        assert!(is_ours("vpncert::client"));
        assert!(is_ours("vpncert_emulator::server"));
        assert!(!is_ours("ureq::unversioned::transport"));
        assert!(!is_ours("rustls::client"));
        assert!(!is_ours("vpncertx"));
    }
}
