//! The cache in front of every source of temporary credentials.
//!
//! Temporary credentials are fetched once and reused until they come close to their expiry. One
//! thread refreshes; the others keep using the still-valid credentials meanwhile, or, when there
//! are none, wait for that one refresh instead of starting their own. A failed refresh falls back
//! to credentials that have not yet expired.

use std::sync::{Arc, Mutex, PoisonError, RwLock, TryLockError};
use std::time::{Duration, SystemTime};

use super::{Clock, Credentials};
use crate::Error;

/// How long before expiry temporary credentials are refreshed, unless configured otherwise.
pub const DEFAULT_REFRESH_BEFORE: Duration = Duration::from_secs(5 * 60);

#[derive(Clone)]
struct Entry {
    credentials: Credentials,
    fetched_at: SystemTime,
}

/// A cache of one set of temporary credentials.
pub(crate) struct SessionCache {
    clock: Arc<dyn Clock>,
    refresh_before: Duration,
    current: RwLock<Option<Entry>>,
    refreshing: Mutex<()>,
}

enum State {
    Fresh(Credentials),
    /// Usable (not expired) but due for refresh.
    Stale(Credentials),
    /// Nothing cached, or what is cached has expired.
    Missing,
}

impl SessionCache {
    pub(crate) fn new(clock: Arc<dyn Clock>, refresh_before: Duration) -> Self {
        SessionCache {
            clock,
            refresh_before,
            current: RwLock::new(None),
            refreshing: Mutex::new(()),
        }
    }

    pub(crate) fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    fn state(&self) -> State {
        let now = self.clock.now();
        let guard = self.current.read().unwrap_or_else(PoisonError::into_inner);
        let Some(entry) = guard.as_ref() else {
            return State::Missing;
        };
        let Some(expiration) = entry.credentials.expiration() else {
            return State::Fresh(entry.credentials.clone());
        };
        if now >= expiration {
            return State::Missing;
        }
        // Short-lived credentials are refreshed at half their lifetime at the latest, so a
        // margin longer than the lifetime does not turn into a fetch per call.
        let lifetime = expiration
            .duration_since(entry.fetched_at)
            .unwrap_or(Duration::ZERO);
        let margin = self.refresh_before.min(lifetime / 2);
        if expiration.duration_since(now).unwrap_or(Duration::ZERO) > margin {
            State::Fresh(entry.credentials.clone())
        } else {
            State::Stale(entry.credentials.clone())
        }
    }

    /// The cached credentials, or fresh ones from `fetch` when they are due.
    pub(crate) fn get<F>(&self, fetch: F) -> Result<Credentials, Error>
    where
        F: FnOnce() -> Result<Credentials, Error>,
    {
        let _guard = match self.state() {
            State::Fresh(c) => return Ok(c),
            State::Stale(c) => match self.refreshing.try_lock() {
                Ok(guard) => guard,
                // Someone else is refreshing; what we hold is still valid.
                Err(TryLockError::WouldBlock) => return Ok(c),
                Err(TryLockError::Poisoned(p)) => p.into_inner(),
            },
            State::Missing => self
                .refreshing
                .lock()
                .unwrap_or_else(PoisonError::into_inner),
        };
        // Whoever held the lock before us may have refreshed already.
        let fallback = match self.state() {
            State::Fresh(c) => return Ok(c),
            State::Stale(c) => Some(c),
            State::Missing => None,
        };
        let fetched_at = self.clock.now();
        match fetch() {
            Ok(credentials) => {
                if let Some(exp) = credentials.expiration() {
                    if exp <= fetched_at {
                        log::warn!(
                            "temporary credentials {} arrived already expired",
                            credentials.access_key_id()
                        );
                    }
                }
                *self.current.write().unwrap_or_else(PoisonError::into_inner) = Some(Entry {
                    credentials: credentials.clone(),
                    fetched_at,
                });
                Ok(credentials)
            }
            Err(e) => match fallback {
                Some(c) => {
                    log::warn!("refreshing temporary credentials failed, using the current ones until they expire: {e}");
                    Ok(c)
                }
                None => Err(e),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Mutex as StdMutex;

    #[derive(Debug)]
    struct ManualClock(StdMutex<SystemTime>);

    impl Clock for ManualClock {
        fn now(&self) -> SystemTime {
            *self.0.lock().unwrap()
        }
    }

    impl ManualClock {
        fn advance(&self, d: Duration) {
            *self.0.lock().unwrap() += d;
        }
    }

    fn at(secs: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(secs)
    }

    #[test]
    fn refreshes_inside_the_margin_and_falls_back_on_failure() {
        let clock = Arc::new(ManualClock(StdMutex::new(at(1_000_000))));
        let cache = SessionCache::new(clock.clone(), Duration::from_secs(300));
        let fetches = AtomicU32::new(0);
        let fetch_ok = |n: u32| {
            let fetches = &fetches;
            let clock = clock.clone();
            move || {
                fetches.fetch_add(1, Ordering::SeqCst);
                Ok(Credentials::sts(format!("STS.{n}"), "s", "t")
                    .with_expiration(clock.now() + Duration::from_secs(3600)))
            }
        };
        assert_eq!(cache.get(fetch_ok(1)).unwrap().access_key_id(), "STS.1");
        assert_eq!(cache.get(fetch_ok(2)).unwrap().access_key_id(), "STS.1");
        assert_eq!(fetches.load(Ordering::SeqCst), 1);

        // 4 minutes before expiry: due for refresh.
        clock.advance(Duration::from_secs(3600 - 240));
        assert_eq!(cache.get(fetch_ok(3)).unwrap().access_key_id(), "STS.3");
        assert_eq!(fetches.load(Ordering::SeqCst), 2);

        // Due again, the refresh fails, the current ones are still valid: used.
        clock.advance(Duration::from_secs(3600 - 240));
        let failing = || Err(Error::Credentials("refused".into()));
        assert_eq!(cache.get(failing).unwrap().access_key_id(), "STS.3");

        // Expired and the refresh fails: the error.
        clock.advance(Duration::from_secs(600));
        let failing = || Err(Error::Credentials("refused".into()));
        assert!(matches!(cache.get(failing), Err(Error::Credentials(m)) if m == "refused"));
    }

    #[test]
    fn short_lifetimes_refresh_at_half_life() {
        let clock = Arc::new(ManualClock(StdMutex::new(at(1_000_000))));
        let cache = SessionCache::new(clock.clone(), Duration::from_secs(900));
        let fetches = AtomicU32::new(0);
        let fetch = || {
            fetches.fetch_add(1, Ordering::SeqCst);
            Ok(Credentials::sts("STS.x", "s", "t")
                .with_expiration(clock.now() + Duration::from_secs(600)))
        };
        cache.get(fetch).unwrap();
        clock.advance(Duration::from_secs(200));
        cache.get(fetch).unwrap();
        assert_eq!(fetches.load(Ordering::SeqCst), 1);
        clock.advance(Duration::from_secs(150));
        cache.get(fetch).unwrap();
        assert_eq!(fetches.load(Ordering::SeqCst), 2);
    }
}
