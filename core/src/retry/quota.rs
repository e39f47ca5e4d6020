//! The retry quota of `standard` mode: a token pool shared by a client and its clones.
//!
//! The pool starts full at [`CAPACITY`]. A retry takes [`RETRY_COST`] tokens, or
//! [`TIMEOUT_COST`] after a timeout (a timed-out attempt held the service's resources longest).
//! A call that succeeds pays back what its last retry took, or [`SUCCESS_REFUND`] when it needed
//! none, never above capacity. When a retry cannot be paid for, the call ends with the error it
//! has: in a long brownout that leaves each call its first attempt only (100 failed retries
//! empty a full pool), and the pool refills as soon as calls succeed again.

use std::sync::atomic::{AtomicU32, Ordering};

/// Tokens in a full pool.
pub const CAPACITY: u32 = 500;
/// What one retry costs.
pub const RETRY_COST: u32 = 5;
/// What a retry after a timeout costs.
pub const TIMEOUT_COST: u32 = 10;
/// What a call that succeeded at its first attempt pays back.
pub const SUCCESS_REFUND: u32 = 1;

/// The shared pool.
#[derive(Debug)]
pub(crate) struct RetryQuota {
    available: AtomicU32,
}

impl Default for RetryQuota {
    fn default() -> Self {
        RetryQuota {
            available: AtomicU32::new(CAPACITY),
        }
    }
}

impl RetryQuota {
    /// Takes `cost` tokens if the pool has them.
    pub(crate) fn take(&self, cost: u32) -> bool {
        self.available
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(cost))
            .is_ok()
    }

    /// Pays `tokens` back, up to capacity.
    pub(crate) fn refund(&self, tokens: u32) {
        let _ = self
            .available
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                Some(n.saturating_add(tokens).min(CAPACITY))
            });
    }

    /// Tokens left.
    pub(crate) fn available(&self) -> u32 {
        self.available.load(Ordering::Acquire)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brownout_empties_the_pool_and_successes_refill_it() {
        let q = RetryQuota::default();
        let mut retries = 0;
        while q.take(RETRY_COST) {
            retries += 1;
        }
        assert_eq!(retries, CAPACITY / RETRY_COST);
        assert!(!q.take(1) || q.available() < RETRY_COST);
        for _ in 0..RETRY_COST {
            q.refund(SUCCESS_REFUND);
        }
        assert!(q.take(RETRY_COST), "five successes pay for one retry");
        for _ in 0..10 * CAPACITY {
            q.refund(RETRY_COST);
        }
        assert_eq!(q.available(), CAPACITY, "never above capacity");
    }

    #[test]
    fn threads_share_one_pool() {
        let q = std::sync::Arc::new(RetryQuota::default());
        let taken: u32 = (0..4)
            .map(|_| {
                let q = q.clone();
                std::thread::spawn(move || (0..100).filter(|_| q.take(TIMEOUT_COST)).count() as u32)
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|h| h.join().unwrap())
            .sum();
        assert_eq!(taken, CAPACITY / TIMEOUT_COST);
        assert_eq!(q.available(), 0);
    }
}
