//! Ctrl-C, SIGTERM and SIGHUP: no private key is left behind in a temporary file, the terminal is
//! left clean, and the exit code says the command was interrupted.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

use indicatif::ProgressBar;

/// The exit code of an interrupted command: 128 + SIGINT, what shells report for Ctrl-C.
const EXIT_INTERRUPTED: i32 = 130;

/// The progress bar on the terminal, cleared before the interruption is reported.
static BAR: Mutex<Option<ProgressBar>> = Mutex::new(None);

/// Whether running the command again picks up where it stopped (bulk issuance does).
static RESUMABLE: AtomicBool = AtomicBool::new(false);

/// Handles the signals for the rest of the process. Not for `vpncert emulator`, which handles
/// them itself.
pub fn install() {
    if let Err(e) = ctrlc::set_handler(on_signal) {
        log::warn!("cannot handle interruptions ({e}); an interrupted profile write may leave a temporary file");
    }
}

fn on_signal() {
    vpncert::profile::remove_temp_files();
    if let Some(bar) = BAR.lock().unwrap_or_else(PoisonError::into_inner).take() {
        bar.finish_and_clear();
    }
    let line = if RESUMABLE.load(Ordering::SeqCst) {
        "vpncert: interrupted; rerun to continue"
    } else {
        "vpncert: interrupted"
    };
    let _ = writeln!(std::io::stderr().lock(), "{line}");
    std::process::exit(EXIT_INTERRUPTED);
}

/// Says that a rerun continues this command.
pub fn resumable() {
    RESUMABLE.store(true, Ordering::SeqCst);
}

/// `bar` is on the terminal until [`hide_bar`].
pub fn show_bar(bar: &ProgressBar) {
    *BAR.lock().unwrap_or_else(PoisonError::into_inner) = Some(bar.clone());
}

pub fn hide_bar() {
    BAR.lock().unwrap_or_else(PoisonError::into_inner).take();
}
