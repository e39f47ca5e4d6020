//! Where settings come from: environment variables, the home directory, and the clock.
//!
//! Everything that reads the process environment goes through an [`Environment`], so a test (or
//! an embedding application) can hand the SDK a fixed set of variables and a home directory of
//! its own instead of the real ones.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

/// Environment variables and the home directory, as the SDK sees them.
///
/// [`Environment::process`] reads the real process environment each time a value is asked for;
/// [`Environment::empty`] starts with nothing, for tests. Either can be given overrides.
/// `Debug` shows variable names, never values (they may be secrets).
///
/// ```
/// use vpncert::Environment;
/// let env = Environment::empty()
///     .with_var("ALIBABA_CLOUD_PROFILE", "prod")
///     .with_home("/tmp/some-home");
/// assert_eq!(env.var("ALIBABA_CLOUD_PROFILE").as_deref(), Some("prod"));
/// assert_eq!(env.var("HOME"), None);
/// assert_eq!(env.home_dir(), Some("/tmp/some-home".into()));
/// ```
#[derive(Clone, Default)]
pub struct Environment {
    inherit_process: bool,
    overrides: Arc<BTreeMap<String, Option<String>>>,
    home: Option<PathBuf>,
}

impl Environment {
    /// The process environment, read at the moment each value is needed.
    pub fn process() -> Self {
        Environment {
            inherit_process: true,
            ..Self::default()
        }
    }

    /// No variables and no home directory (tests add what they need).
    pub fn empty() -> Self {
        Self::default()
    }

    /// The same environment with `name` set to `value`.
    pub fn with_var(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        Arc::make_mut(&mut self.overrides).insert(name.into(), Some(value.into()));
        self
    }

    /// The same environment with `name` unset, even when the process has it.
    pub fn without_var(mut self, name: impl Into<String>) -> Self {
        Arc::make_mut(&mut self.overrides).insert(name.into(), None);
        self
    }

    /// The same environment with this home directory (default: `HOME`, or `USERPROFILE`).
    pub fn with_home(mut self, dir: impl Into<PathBuf>) -> Self {
        self.home = Some(dir.into());
        self
    }

    /// The value of `name`, trimmed; `None` when unset, blank or not UTF-8.
    pub fn var(&self, name: &str) -> Option<String> {
        let raw = match self.overrides.get(name) {
            Some(v) => v.clone(),
            None if self.inherit_process => std::env::var(name).ok(),
            None => None,
        }?;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            None
        } else {
            Some(trimmed.to_owned())
        }
    }

    /// Whether `name` is set to `true` (in any case), the way the official tools read switches.
    pub fn flag(&self, name: &str) -> bool {
        self.var(name)
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    }

    /// The home directory: the one given with [`Environment::with_home`], else `HOME`, else
    /// `USERPROFILE`.
    pub fn home_dir(&self) -> Option<PathBuf> {
        self.home
            .clone()
            .or_else(|| self.var("HOME").map(PathBuf::from))
            .or_else(|| self.var("USERPROFILE").map(PathBuf::from))
    }
}

impl fmt::Debug for Environment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Environment")
            .field("inherit_process", &self.inherit_process)
            .field("overridden", &self.overrides.keys().collect::<Vec<_>>())
            .field("home", &self.home)
            .finish()
    }
}

/// A source of the current time, so tests can move time forward to check expiry and refresh.
pub trait Clock: Send + Sync + fmt::Debug {
    /// The current time.
    fn now(&self) -> SystemTime;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_win_and_blank_is_unset() {
        let env = Environment::empty()
            .with_var("A", "  x ")
            .with_var("B", "   ")
            .with_var("C", "True");
        assert_eq!(env.var("A").as_deref(), Some("x"));
        assert_eq!(env.var("B"), None);
        assert_eq!(env.var("MISSING"), None);
        assert!(env.flag("C"));
        assert!(!env.flag("A"));
        let env = env.without_var("A");
        assert_eq!(env.var("A"), None);
    }

    #[test]
    fn home_falls_back_to_variables() {
        let env = Environment::empty().with_var("HOME", "/h");
        assert_eq!(env.home_dir(), Some(PathBuf::from("/h")));
        let env = Environment::empty().with_var("USERPROFILE", "C:\\Users\\u");
        assert_eq!(env.home_dir(), Some(PathBuf::from("C:\\Users\\u")));
        assert_eq!(Environment::empty().home_dir(), None);
        let env = Environment::empty().with_var("HOME", "/h").with_home("/o");
        assert_eq!(env.home_dir(), Some(PathBuf::from("/o")));
    }

    #[test]
    fn debug_shows_names_not_values() {
        let env = Environment::empty().with_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s3cr3t-value");
        let shown = format!("{env:?}");
        assert!(shown.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
        assert!(!shown.contains("s3cr3t-value"));
    }
}
