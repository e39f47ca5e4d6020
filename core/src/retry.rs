//! The retry policy: which attempts are repeated, and how long to wait between them.

use std::time::Duration;

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
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(10),
            deadline: Duration::from_secs(60),
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
