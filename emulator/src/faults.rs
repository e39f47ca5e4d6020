//! Fault injection: one draw per configured fault for every API request, from a seeded
//! generator, so that a client's sequence of requests meets the same faults on every run.

use crate::FaultKind;

/// Which faults hit one request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Draw {
    pub service_unavailable: bool,
    pub throttling: bool,
    pub drop_after_commit: bool,
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

    /// Draws for one request, always consuming one number per configured fault.
    pub fn draw(&mut self) -> Draw {
        let mut d = Draw::default();
        for (kind, rate) in &self.faults {
            let hit = self.rng.f64() < *rate;
            match kind {
                FaultKind::ServiceUnavailable => d.service_unavailable = hit,
                FaultKind::Throttling => d.throttling = hit,
                FaultKind::DropAfterCommit => d.drop_after_commit = hit,
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
        let n503 = da.iter().filter(|d| d.service_unavailable).count();
        assert!((120..280).contains(&n503), "{n503}");
        assert!(da.iter().all(|d| !d.throttling));
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
            assert!(x.throttling && !x.service_unavailable);
        }
    }
}
