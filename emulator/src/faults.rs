//! Fault injection: one draw per configured fault for every API request, from a seeded
//! generator, so that a client's sequence of requests meets the same faults on every run.

use crate::FaultKind;

/// Which faults hit one request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Draw {
    /// Bit `FaultKind::index` is set for every kind that hit.
    hits: u32,
}

impl Draw {
    /// Whether `kind` hit this request.
    pub fn hit(self, kind: FaultKind) -> bool {
        self.hits & (1 << kind.index()) != 0
    }

    /// The rejecting fault that answers this request, if any: the first in `FaultKind::ALL`
    /// that hit (so 503 beats throttling, as it always has).
    pub fn rejection(self) -> Option<FaultKind> {
        FaultKind::ALL
            .iter()
            .copied()
            .find(|&k| k != FaultKind::DropAfterCommit && self.hit(k))
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
            if self.rng.f64() < *rate {
                d.hits |= 1 << kind.index();
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
    }
}
