//! Waiting on the service: riding out a gateway that is reconfiguring, and polling with backoff.

use std::time::{Duration, Instant};

use crate::client::Configuring;
use crate::{Error, ErrorKind};

/// The longest pause between two polls.
const MAX_PAUSE: Duration = Duration::from_secs(5);

/// How long mutating calls keep retrying `VpnGateway.Configuring` by default (Terraform's wait).
pub(crate) const DEFAULT_CONFIGURING_BUDGET: Duration = Duration::from_secs(180);

/// Sleeps for `pause` with jitter (cut to what is left before `deadline`) and returns the next,
/// doubled pause (at most 5 s), or `None` when the deadline has passed.
pub(crate) fn pause_until(deadline: Instant, pause: Duration) -> Option<Duration> {
    let now = Instant::now();
    if now >= deadline {
        return None;
    }
    // Jitter keeps many jobs polling one gateway from doing so in lockstep.
    let jittered = pause.mul_f64(0.5 + fastrand::f64() * 0.5);
    std::thread::sleep(jittered.min(deadline - now));
    Some((pause * 2).min(MAX_PAUSE))
}

/// Runs `call` (one logical call, with its own retry policy) again while it fails with
/// `VpnGateway.Configuring`, for up to `budget`, pausing from `first_pause` and doubling. The
/// gateway reconfigures for a while after every change (a delete, another certificate's
/// creation), so a change made meanwhile needs this longer wait rather than the retry policy's
/// few quick attempts. When the budget runs out, the last configuring error is returned.
///
/// `call` is told how to treat `VpnGateway.Configuring`: handed back at once while there is a
/// budget, so that the retry policy is left whole for transient faults; retried by the policy
/// when the budget is zero.
pub(crate) fn while_configuring<T>(
    budget: Duration,
    first_pause: Duration,
    what: &str,
    mut call: impl FnMut(Configuring) -> Result<T, Error>,
) -> Result<T, Error> {
    let mode = if budget.is_zero() {
        Configuring::Retry
    } else {
        Configuring::HandBack
    };
    let deadline = Instant::now() + budget;
    let mut pause = first_pause;
    loop {
        match call(mode) {
            Err(Error::Api(e)) if e.kind == ErrorKind::GatewayConfiguring => {
                log::info!("{what}: the gateway is configuring; waiting");
                pause = match pause_until(deadline, pause) {
                    Some(next) => next,
                    None => return Err(Error::Api(e)),
                };
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ApiError;

    fn configuring() -> Error {
        ApiError::new(
            "VpnGateway.Configuring",
            "The specified service is configuring.",
            400,
        )
        .into()
    }

    #[test]
    fn retries_configuring_until_success() {
        let mut calls = 0;
        let out = while_configuring(
            Duration::from_secs(5),
            Duration::from_millis(1),
            "t",
            |mode| {
                assert_eq!(mode, Configuring::HandBack);
                calls += 1;
                if calls < 4 {
                    Err(configuring())
                } else {
                    Ok(calls)
                }
            },
        );
        assert_eq!(out.unwrap(), 4);
    }

    #[test]
    fn other_errors_are_not_retried() {
        let mut calls = 0;
        let out: Result<(), Error> = while_configuring(
            Duration::from_secs(5),
            Duration::from_millis(1),
            "t",
            |_| {
                calls += 1;
                Err(Error::invalid("Name", "bad"))
            },
        );
        assert!(matches!(out, Err(Error::InvalidInput { .. })));
        assert_eq!(calls, 1);
    }

    #[test]
    fn a_zero_budget_returns_the_first_configuring_error() {
        let mut calls = 0;
        let out: Result<(), Error> =
            while_configuring(Duration::ZERO, Duration::from_millis(1), "t", |mode| {
                // With no budget of its own, the retry policy handles configuring.
                assert_eq!(mode, Configuring::Retry);
                calls += 1;
                Err(configuring())
            });
        assert_eq!(
            out.unwrap_err().api_kind(),
            Some(ErrorKind::GatewayConfiguring)
        );
        assert_eq!(calls, 1);
    }

    #[test]
    fn pauses_double_and_cap() {
        let far = Instant::now() + Duration::from_secs(60);
        assert_eq!(
            pause_until(far, Duration::from_millis(1)),
            Some(Duration::from_millis(2))
        );
        assert_eq!(
            pause_until(far, Duration::from_millis(3)),
            Some(Duration::from_millis(6))
        );
        let past = Instant::now() - Duration::from_millis(1);
        assert_eq!(pause_until(past, Duration::from_secs(1)), None);
        assert_eq!(MAX_PAUSE, Duration::from_secs(5));
    }
}
