//! The retry policy: which attempts are repeated, how long to wait between them, and (per
//! [`RetryMode`]) how a client keeps its retries and its sending rate from making an overloaded
//! or throttling service worse.
//!
//! Both modes back off exponentially with full jitter and honour `Retry-After`. On top of that:
//!
//! - **`standard`** (the default) spends a *retry quota* ([`quota`]) shared by a client, its
//!   clones and all their threads: every retry costs tokens, every success pays some back. In a
//!   sustained brownout the quota runs dry and calls make their first attempt only, so the load a
//!   failing service sees stops growing with the retries.
//! - **`adaptive`** adds a client-side rate limiter per API action ([`adaptive`]): it is off until
//!   the service first answers `Throttling`, then paces every attempt of that action, across all
//!   threads of the client, to a rate it learns from the throttling answers (cut on each one,
//!   grown back along a cubic curve while the service accepts). Alibaba Cloud's flow control is
//!   per API, so one throttled action does not slow the others.

pub mod adaptive;
pub mod quota;

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use crate::Error;

/// How a client protects a struggling service from its retries; see the module documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum RetryMode {
    /// Backoff and a retry quota shared by the client and its clones.
    #[default]
    Standard,
    /// `Standard`, plus a per-action client-side rate limiter learned from throttling answers.
    Adaptive,
}

impl RetryMode {
    /// The mode's name: `standard` or `adaptive`.
    pub fn as_str(self) -> &'static str {
        match self {
            RetryMode::Standard => "standard",
            RetryMode::Adaptive => "adaptive",
        }
    }
}

impl fmt::Display for RetryMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RetryMode {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "standard" => Ok(RetryMode::Standard),
            "adaptive" => Ok(RetryMode::Adaptive),
            other => Err(Error::invalid(
                "retry_mode",
                format!(
                    "{:?} is not a retry mode (standard or adaptive)",
                    other.chars().take(32).collect::<String>()
                ),
            )),
        }
    }
}

/// How a client retries: capped exponential backoff with full jitter, bounded by a count and by
/// an overall deadline for the whole logical call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (default 3).
    pub max_retries: u32,
    /// Backoff before retry `n` (0-based) is uniformly random in `[0, min(max_delay, base_delay * 2^n)]`
    /// (default 200 ms).
    pub base_delay: Duration,
    /// Cap of one backoff (default 10 s).
    pub max_delay: Duration,
    /// Bound on the whole logical call, attempts and waits included (default 60 s).
    pub deadline: Duration,
    /// How retries and the sending rate adapt to a struggling service (default standard).
    pub mode: RetryMode,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(10),
            deadline: Duration::from_secs(60),
            mode: RetryMode::Standard,
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// The upper bound of the backoff before retry `n` (0-based).
    pub fn ceiling(&self, n: u32) -> Duration {
        let factor = 1u32.checked_shl(n.min(31)).unwrap_or(u32::MAX);
        self.base_delay.saturating_mul(factor).min(self.max_delay)
    }

    /// A full-jitter backoff before retry `n`: uniform in `[0, ceiling(n)]`, but at least the
    /// server's `Retry-After` when it sent one (still capped by `max_delay`).
    pub fn backoff(&self, n: u32, retry_after: Option<Duration>) -> Duration {
        let ceiling = self.ceiling(n);
        let jittered = Duration::from_nanos(fastrand::u64(
            0..=ceiling.as_nanos().min(u64::MAX as u128) as u64,
        ));
        match retry_after {
            Some(ra) => jittered.max(ra.min(self.max_delay)),
            None => jittered,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ceiling_doubles_and_caps() {
        let p = RetryPolicy::default();
        assert_eq!(p.ceiling(0), Duration::from_millis(200));
        assert_eq!(p.ceiling(1), Duration::from_millis(400));
        assert_eq!(p.ceiling(5), Duration::from_millis(6400));
        assert_eq!(p.ceiling(6), Duration::from_secs(10));
        assert_eq!(p.ceiling(200), Duration::from_secs(10));
    }

    #[test]
    fn backoff_within_bounds_and_jittered() {
        let p = RetryPolicy::default();
        let samples: Vec<_> = (0..200).map(|_| p.backoff(2, None)).collect();
        assert!(samples.iter().all(|d| *d <= Duration::from_millis(800)));
        let distinct: std::collections::HashSet<_> = samples.iter().collect();
        assert!(distinct.len() > 100, "full jitter spreads the waits");
        assert!(p.backoff(0, Some(Duration::from_secs(3))) >= Duration::from_secs(3));
        assert!(p.backoff(0, Some(Duration::from_secs(300))) <= Duration::from_secs(10));
    }
}
