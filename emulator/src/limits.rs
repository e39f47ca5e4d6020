//! The service's limits that bound a bulk job, as the emulator models them: per-API flow
//! control, a throttling brownout, and network latency.
//!
//! Flow control is a token bucket per access key and API action: it refills at the action's
//! rate (requests per second), holds at most one second's worth (a burst of the rate, at least
//! one request), and starts full. A request that finds it empty answers 400 `Throttling.User`
//! and is not carried out, like the real service's per-user API flow control. A brownout
//! answers `Throttling.User` to every API request until it ends.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::api::lock;

/// Requests per second for API actions: by name, and `*` for every action not named.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RateLimits {
    by_action: HashMap<String, f64>,
    others: Option<f64>,
}

impl RateLimits {
    /// Limits `action` (`*`: every action not named otherwise) to `per_second` requests.
    pub fn set(&mut self, action: &str, per_second: f64) {
        if action == "*" {
            self.others = Some(per_second);
        } else {
            self.by_action.insert(action.to_owned(), per_second);
        }
    }

    /// The rate of `action`, if it is limited.
    pub fn rate(&self, action: &str) -> Option<f64> {
        self.by_action.get(action).copied().or(self.others)
    }

    /// Whether any action is limited.
    pub fn is_empty(&self) -> bool {
        self.by_action.is_empty() && self.others.is_none()
    }
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// The running flow control of one emulator.
#[derive(Debug, Default)]
pub(crate) struct FlowControl {
    buckets: Mutex<HashMap<(String, String), Bucket>>,
    brownout_until: Mutex<Option<Instant>>,
}

impl FlowControl {
    /// Whether a request of `action` by `access_key_id` at `now` is let through; takes its
    /// token when it is.
    pub(crate) fn admit(
        &self,
        limits: &RateLimits,
        access_key_id: &str,
        action: &str,
        now: Instant,
    ) -> bool {
        if lock(&self.brownout_until).is_some_and(|until| now < until) {
            return false;
        }
        let Some(rate) = limits.rate(action) else {
            return true;
        };
        let capacity = rate.max(1.0);
        let mut buckets = lock(&self.buckets);
        let bucket = buckets
            .entry((access_key_id.to_owned(), action.to_owned()))
            .or_insert(Bucket {
                tokens: capacity,
                at: now,
            });
        let elapsed = now.saturating_duration_since(bucket.at).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * rate).min(capacity);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// Throttles every API request for `d` from `now`.
    pub(crate) fn brownout(&self, now: Instant, d: Duration) {
        *lock(&self.brownout_until) = now.checked_add(d);
    }
}

/// The delay of one answer: `mean` plus a uniform draw in `[-jitter, +jitter]`, never
/// negative.
pub(crate) fn latency(mean: Duration, jitter: Duration) -> Duration {
    if jitter.is_zero() {
        return mean;
    }
    let j = jitter.as_secs_f64();
    let offset = (fastrand::f64() * 2.0 - 1.0) * j;
    Duration::from_secs_f64((mean.as_secs_f64() + offset).max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(pairs: &[(&str, f64)]) -> RateLimits {
        let mut l = RateLimits::default();
        for (a, r) in pairs {
            l.set(a, *r);
        }
        l
    }

    #[test]
    fn a_full_bucket_lets_a_burst_through_then_the_rate() {
        let fc = FlowControl::default();
        let l = limits(&[("CreateSslVpnClientCert", 10.0)]);
        let t0 = Instant::now();
        let burst = (0..50)
            .filter(|_| fc.admit(&l, "k", "CreateSslVpnClientCert", t0))
            .count();
        assert_eq!(burst, 10);
        // Half a second later: five more.
        let t1 = t0 + Duration::from_millis(500);
        let more = (0..50)
            .filter(|_| fc.admit(&l, "k", "CreateSslVpnClientCert", t1))
            .count();
        assert_eq!(more, 5);
    }

    #[test]
    fn buckets_are_per_key_and_action_and_star_covers_the_rest() {
        let fc = FlowControl::default();
        let l = limits(&[("CreateSslVpnClientCert", 1.0), ("*", 2.0)]);
        let t = Instant::now();
        assert!(fc.admit(&l, "a", "CreateSslVpnClientCert", t));
        assert!(!fc.admit(&l, "a", "CreateSslVpnClientCert", t));
        assert!(
            fc.admit(&l, "b", "CreateSslVpnClientCert", t),
            "another key"
        );
        assert!(fc.admit(&l, "a", "DescribeVpnGateway", t));
        assert!(fc.admit(&l, "a", "DescribeVpnGateway", t));
        assert!(!fc.admit(&l, "a", "DescribeVpnGateway", t), "star: 2/s");
        assert!(
            fc.admit(&l, "a", "DescribeSslVpnServers", t),
            "its own bucket"
        );
        let none = RateLimits::default();
        assert!((0..1000).all(|_| fc.admit(&none, "a", "X", t)));
    }

    #[test]
    fn a_brownout_throttles_everything_until_it_ends() {
        let fc = FlowControl::default();
        let l = RateLimits::default();
        let t = Instant::now();
        fc.brownout(t, Duration::from_secs(2));
        assert!(!fc.admit(&l, "a", "DescribeVpnGateway", t + Duration::from_secs(1)));
        assert!(fc.admit(&l, "a", "DescribeVpnGateway", t + Duration::from_secs(3)));
    }

    #[test]
    fn latency_stays_within_its_jitter() {
        let mean = Duration::from_millis(30);
        let jitter = Duration::from_millis(10);
        for _ in 0..1000 {
            let d = latency(mean, jitter);
            assert!(
                d >= Duration::from_millis(20) && d <= Duration::from_millis(40),
                "{d:?}"
            );
        }
        // A jitter wider than the mean is cut at zero, not wrapped.
        let wide: Vec<_> = (0..1000)
            .map(|_| latency(Duration::from_millis(5), Duration::from_millis(50)))
            .collect();
        assert!(wide.iter().all(|d| *d <= Duration::from_millis(55)));
        assert!(wide.iter().any(|d| d.is_zero()));
        assert_eq!(latency(mean, Duration::ZERO), mean);
    }
}
