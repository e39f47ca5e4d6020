//! The client-side rate limiter of `adaptive` mode, one per API action.
//!
//! Until the service first answers `Throttling` for an action, the limiter lets every attempt
//! through. From then on each attempt of that action takes a token from a bucket refilled at the
//! learned rate; attempts that find it empty reserve the next token and sleep until it is due, so
//! the threads of a client queue behind each other instead of all retrying at once.
//!
//! The rate follows CUBIC congestion control (the scheme TCP CUBIC and the AWS SDKs' adaptive
//! retry mode use):
//!
//! - on a throttling answer, `w_max` becomes the rate the service was accepting (successful
//!   answers in the last second, or the current rate if that is lower) and the rate is cut to
//!   `BETA * w_max`;
//! - on a successful answer the rate is `SCALE * (t - k)^3 + w_max`, `t` the seconds since the
//!   cut and `k = cbrt(w_max * (1 - BETA) / SCALE)`: it climbs back quickly, levels off near
//!   `w_max` where the last throttling happened, and only then probes above it;
//! - the rate never exceeds twice the rate answers are being accepted at (no credit for demand
//!   that never came) and never falls below `MIN_RATE`.
//!
//! One throttling episode is one cut: answers to attempts sent before the last cut were sent at
//! the old rate and say nothing new, so they do not cut again (without this, the answers to a
//! burst of parallel attempts would cut the rate to the floor).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The multiplicative decrease on throttling.
pub const BETA: f64 = 0.7;
/// CUBIC's scaling constant (rate units per second cubed).
pub const SCALE: f64 = 0.4;
/// The slowest the limiter paces an action, in requests per second.
pub const MIN_RATE: f64 = 0.5;
/// The window the accepted rate is measured over.
const WINDOW: Duration = Duration::from_secs(1);

/// One action's limiter.
#[derive(Debug)]
pub(crate) struct Limiter {
    enabled: bool,
    /// Requests per second the bucket refills at.
    rate: f64,
    /// Tokens in the bucket; negative when attempts have reserved tokens not yet refilled.
    tokens: f64,
    refilled_at: Instant,
    w_max: f64,
    cut_at: Instant,
    k: f64,
    /// When each answer the service accepted in the last `WINDOW` arrived.
    accepted: VecDeque<Instant>,
}

impl Limiter {
    fn new(now: Instant) -> Self {
        Limiter {
            enabled: false,
            rate: 0.0,
            tokens: 0.0,
            refilled_at: now,
            w_max: 0.0,
            cut_at: now,
            k: 0.0,
            accepted: VecDeque::new(),
        }
    }

    /// How long the attempt starting at `now` must wait for its token (the token is taken).
    fn acquire(&mut self, now: Instant) -> Duration {
        if !self.enabled {
            return Duration::ZERO;
        }
        self.refill(now);
        self.tokens -= 1.0;
        if self.tokens >= 0.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64(-self.tokens / self.rate)
        }
    }

    fn refill(&mut self, now: Instant) {
        let elapsed = now
            .saturating_duration_since(self.refilled_at)
            .as_secs_f64();
        // A burst of at most one second's worth (and at least one token).
        let capacity = self.rate.max(1.0);
        self.tokens = (self.tokens + elapsed * self.rate).min(capacity);
        self.refilled_at = now;
    }

    fn accepted_rate(&mut self, now: Instant) -> f64 {
        while let Some(&t) = self.accepted.front() {
            if now.saturating_duration_since(t) > WINDOW {
                self.accepted.pop_front();
            } else {
                break;
            }
        }
        self.accepted.len() as f64 / WINDOW.as_secs_f64()
    }

    /// Learns from the answer, at `now`, to an attempt sent at `sent_at`.
    fn record(&mut self, throttled: bool, sent_at: Instant, now: Instant) {
        if throttled {
            if self.enabled && sent_at < self.cut_at {
                return;
            }
            let accepted = self.accepted_rate(now);
            let current = if self.enabled {
                accepted.min(self.rate)
            } else {
                accepted
            };
            self.refill(now);
            self.w_max = current.max(MIN_RATE);
            self.k = (self.w_max * (1.0 - BETA) / SCALE).cbrt();
            self.cut_at = now;
            self.set_rate(self.w_max * BETA, now);
            self.enabled = true;
            return;
        }
        self.accepted.push_back(now);
        if !self.enabled {
            // Only the last second matters for the first cut.
            self.accepted_rate(now);
            return;
        }
        let t = now.saturating_duration_since(self.cut_at).as_secs_f64();
        let cubic = SCALE * (t - self.k).powi(3) + self.w_max;
        let ceiling = 2.0 * self.accepted_rate(now);
        self.refill(now);
        self.set_rate(cubic.min(ceiling), now);
    }

    fn set_rate(&mut self, rate: f64, now: Instant) {
        self.refill(now);
        self.rate = rate.max(MIN_RATE);
    }
}

/// The limiters of one client, by action.
#[derive(Debug, Default)]
pub(crate) struct Limiters {
    by_action: Mutex<HashMap<Box<str>, Limiter>>,
}

impl Limiters {
    fn with<R>(&self, action: &str, f: impl FnOnce(&mut Limiter, Instant) -> R) -> R {
        let now = Instant::now();
        let mut map = self
            .by_action
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if !map.contains_key(action) {
            map.insert(action.into(), Limiter::new(now));
        }
        let limiter = map.get_mut(action).expect("inserted above");
        f(limiter, now)
    }

    /// How long the next attempt of `action` must wait (its token is reserved).
    pub(crate) fn acquire(&self, action: &str) -> Duration {
        self.with(action, |l, now| l.acquire(now))
    }

    /// Learns from an answer to an attempt of `action` sent at `sent_at`.
    pub(crate) fn record(&self, action: &str, throttled: bool, sent_at: Instant) {
        self.with(action, |l, now| l.record(throttled, sent_at, now));
    }

    /// The rate `action` is paced to, or `None` while it is not limited.
    pub(crate) fn rate(&self, action: &str) -> Option<f64> {
        let map = self
            .by_action
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        map.get(action).filter(|l| l.enabled).map(|l| l.rate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(start: Instant, ms: u64) -> Instant {
        start + Duration::from_millis(ms)
    }

    #[test]
    fn lets_everything_through_until_the_first_throttling() {
        let start = Instant::now();
        let mut l = Limiter::new(start);
        for i in 0..1000 {
            assert_eq!(l.acquire(at(start, i)), Duration::ZERO);
            l.record(false, at(start, i), at(start, i));
        }
        assert!(!l.enabled);
    }

    #[test]
    fn a_throttling_answer_cuts_the_rate_to_what_was_accepted() {
        let start = Instant::now();
        let mut l = Limiter::new(start);
        // 40 accepted answers within the last second, then throttling.
        for i in 0..40 {
            l.record(false, at(start, 25 * i), at(start, 25 * i));
        }
        l.record(true, at(start, 1000), at(start, 1000));
        assert!(l.enabled);
        assert!((l.w_max - 40.0).abs() < 1.5, "w_max {}", l.w_max);
        assert!((l.rate - 40.0 * BETA).abs() < 1.5, "rate {}", l.rate);
    }

    #[test]
    fn answers_to_attempts_sent_before_the_cut_do_not_cut_again() {
        let start = Instant::now();
        let mut l = Limiter::new(start);
        for i in 0..30 {
            l.record(false, at(start, 30 * i), at(start, 30 * i));
        }
        l.record(true, at(start, 900), at(start, 950));
        let after_one = l.rate;
        for i in 0..20 {
            l.record(true, at(start, 940), at(start, 960 + i));
        }
        assert_eq!(l.rate, after_one, "one episode, one cut");
        l.record(true, at(start, 1000), at(start, 1030));
        assert!(
            l.rate < after_one,
            "a later attempt's throttling cuts again"
        );
    }

    #[test]
    fn paces_attempts_to_the_rate_by_reserving_tokens() {
        let start = Instant::now();
        let mut l = Limiter::new(start);
        l.enabled = true;
        l.rate = 10.0;
        l.tokens = 0.0;
        let waits: Vec<Duration> = (0..5).map(|_| l.acquire(start)).collect();
        for (i, w) in waits.iter().enumerate() {
            let want = Duration::from_millis(100 * (i as u64 + 1));
            assert!(w.abs_diff(want) < Duration::from_millis(2), "{i}: {w:?}");
        }
    }

    #[test]
    fn climbs_back_to_w_max_then_probes_above_it() {
        let start = Instant::now();
        let mut l = Limiter::new(start);
        for i in 0..50 {
            l.record(false, at(start, 20 * i), at(start, 20 * i));
        }
        l.record(true, at(start, 1000), at(start, 1000));
        let w_max = l.w_max;
        let cut = l.rate;
        // Keep answers flowing at the current rate; watch the rate over time.
        let mut rates = Vec::new();
        let mut t = 1000u64;
        while t < 1000 + 6000 {
            t += 10;
            l.record(false, at(start, t), at(start, t));
            rates.push((t - 1000, l.rate));
        }
        let rate_at = |ms: u64| rates.iter().find(|(t, _)| *t >= ms).unwrap().1;
        assert!(rate_at(500) > cut, "climbs");
        let k_ms = (l.k * 1000.0) as u64;
        assert!(
            (rate_at(k_ms) - w_max).abs() < 0.1 * w_max,
            "levels at w_max"
        );
        assert!(rate_at(k_ms + 2500) > w_max, "probes above");
        assert!(rates.iter().all(|(_, r)| *r <= 2.0 * 100.0 + 1e-9));
    }

    #[test]
    fn never_paces_below_the_floor() {
        let start = Instant::now();
        let mut l = Limiter::new(start);
        for i in 0..100 {
            l.record(true, at(start, 10 * i), at(start, 10 * i + 5));
        }
        assert!(l.rate >= MIN_RATE);
    }
}
