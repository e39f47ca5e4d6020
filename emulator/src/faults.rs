//! Fault injection: one draw per configured fault for every API request (every request outside
//! `/__emulator/`, as soon as its head is read), from a seeded generator, so that a client's
//! sequence of requests meets the same faults on every run.

use crate::FaultKind;

/// Which faults hit one request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Draw {
    /// Bit `FaultKind::index` is set for every kind that hit.
    hits: u32,
    /// Of those, the kinds whose number fell in the lower half of the hit range: a fair coin
    /// that costs no extra number, so adding a kind's second choice keeps every seed's sequence.
    low: u32,
}

impl Draw {
    /// Whether `kind` hit this request.
    pub fn hit(self, kind: FaultKind) -> bool {
        self.hits & (1 << kind.index()) != 0
    }

    /// Whether `kind` hit with a number below half its rate (see `low`).
    pub fn hit_low(self, kind: FaultKind) -> bool {
        self.hit(kind) && self.low & (1 << kind.index()) != 0
    }

    /// The rejecting fault that answers this request, if any: the first in `FaultKind::ALL`
    /// that hit (so 503 beats throttling, as it always has).
    pub fn rejection(self) -> Option<FaultKind> {
        self.first_of(|k| k.is_rejecting())
    }

    /// The first kind in `FaultKind::ALL` that hit and is one of `kinds`.
    pub fn first_among(self, kinds: &[FaultKind]) -> Option<FaultKind> {
        self.first_of(|k| kinds.contains(&k))
    }

    fn first_of(self, wanted: impl Fn(FaultKind) -> bool) -> Option<FaultKind> {
        FaultKind::ALL
            .iter()
            .copied()
            .find(|&k| wanted(k) && self.hit(k))
    }
}

/// The generator and the configured rates.
#[derive(Debug)]
pub(crate) struct Dice {
    rng: fastrand::Rng,
    faults: Vec<(FaultKind, f64)>,
}

impl Dice {
    pub fn new(faults: Vec<(FaultKind, f64)>, seed: Option<u64>) -> Dice {
        Dice {
            rng: seed.map_or_else(fastrand::Rng::new, fastrand::Rng::with_seed),
            faults,
        }
    }

    /// Draws for one request, always consuming one number per configured fault, in the order
    /// they were configured (so a seed gives the same sequence whatever kinds are added).
    pub fn draw(&mut self) -> Draw {
        let mut d = Draw::default();
        for (kind, rate) in &self.faults {
            let x = self.rng.f64();
            if x < *rate {
                d.hits |= 1 << kind.index();
                if x < *rate / 2.0 {
                    d.low |= 1 << kind.index();
                }
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_faults_at_about_the_rate() {
        let faults = vec![
            (FaultKind::ServiceUnavailable, 0.2),
            (FaultKind::DropAfterCommit, 0.5),
        ];
        let mut a = Dice::new(faults.clone(), Some(7));
        let mut b = Dice::new(faults, Some(7));
        let da: Vec<Draw> = (0..1000).map(|_| a.draw()).collect();
        let db: Vec<Draw> = (0..1000).map(|_| b.draw()).collect();
        assert_eq!(da, db);
        let n503 = da
            .iter()
            .filter(|d| d.hit(FaultKind::ServiceUnavailable))
            .count();
        assert!((120..280).contains(&n503), "{n503}");
        assert!(da.iter().all(|d| !d.hit(FaultKind::Throttling)));
    }

    #[test]
    fn rates_zero_and_one_are_never_and_always() {
        let mut d = Dice::new(
            vec![
                (FaultKind::Throttling, 1.0),
                (FaultKind::ServiceUnavailable, 0.0),
            ],
            None,
        );
        for _ in 0..100 {
            let x = d.draw();
            assert!(x.hit(FaultKind::Throttling) && !x.hit(FaultKind::ServiceUnavailable));
            assert_eq!(x.rejection(), Some(FaultKind::Throttling));
        }
    }

    #[test]
    fn the_first_declared_rejecting_kind_answers() {
        let mut d = Dice::new(
            FaultKind::ALL.iter().rev().map(|&k| (k, 1.0)).collect(),
            Some(1),
        );
        let x = d.draw();
        assert!(FaultKind::ALL.iter().all(|&k| x.hit(k)));
        assert_eq!(x.rejection(), Some(FaultKind::ServiceUnavailable));
        let mut d = Dice::new(
            vec![
                (FaultKind::DropAfterCommit, 1.0),
                (FaultKind::UnknownError, 1.0),
                (FaultKind::ThrottlingApi, 1.0),
            ],
            None,
        );
        assert_eq!(d.draw().rejection(), Some(FaultKind::ThrottlingApi));
        let mut d = Dice::new(vec![(FaultKind::DropAfterCommit, 1.0)], None);
        assert_eq!(d.draw().rejection(), None);
        let connection_kinds = [
            FaultKind::ResetBefore,
            FaultKind::ResetAfter,
            FaultKind::Truncate,
            FaultKind::Stall,
            FaultKind::Drip,
            FaultKind::Garbage,
            FaultKind::CloseIdle,
        ];
        let mut d = Dice::new(connection_kinds.iter().map(|&k| (k, 1.0)).collect(), None);
        let x = d.draw();
        assert_eq!(
            x.rejection(),
            None,
            "connection kinds never answer an error body"
        );
        assert_eq!(
            x.first_among(&[FaultKind::Garbage, FaultKind::Truncate]),
            Some(FaultKind::Truncate),
            "declaration order decides"
        );
        assert_eq!(x.first_among(&[FaultKind::ServiceUnavailable]), None);
    }

    #[test]
    fn the_lower_half_of_a_hit_is_a_fair_coin_that_keeps_the_sequence() {
        let with = |kinds: Vec<(FaultKind, f64)>| {
            let mut d = Dice::new(kinds, Some(11));
            (0..2000).map(|_| d.draw()).collect::<Vec<_>>()
        };
        let draws = with(vec![(FaultKind::CloseIdle, 0.5)]);
        let hits = draws.iter().filter(|d| d.hit(FaultKind::CloseIdle)).count();
        let low = draws
            .iter()
            .filter(|d| d.hit_low(FaultKind::CloseIdle))
            .count();
        assert!((850..1150).contains(&hits), "{hits}");
        assert!(
            (hits * 4 / 10..hits * 6 / 10).contains(&low),
            "{low} of {hits}"
        );
        assert!(draws
            .iter()
            .all(|d| !d.hit_low(FaultKind::Stall) && !d.hit(FaultKind::Stall)));
        // Another kind in the same position sees the very same numbers.
        let other = with(vec![(FaultKind::Truncate, 0.5)]);
        for (a, b) in draws.iter().zip(&other) {
            assert_eq!(a.hit(FaultKind::CloseIdle), b.hit(FaultKind::Truncate));
        }
    }
}
