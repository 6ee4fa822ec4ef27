//! Drawing lots from a seed, so that a count can be reproduced.
//!
//! The generator is SplitMix64, written out here rather than taken from a crate: a recount years
//! later must draw the same lots from the same seed, whatever a dependency's next version does.

use super::model::CandidateId;
use super::result::Lot;

/// Draws lots and remembers each draw.
#[derive(Debug, Clone)]
pub struct LotDrawer {
    seed: u64,
    state: u64,
    draws: Vec<Lot>,
}

impl LotDrawer {
    pub fn new(seed: u64) -> Self {
        LotDrawer {
            seed,
            state: seed,
            draws: Vec::new(),
        }
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Draws one of `among` (sorted first, so the draw does not depend on the caller's order).
    /// Panics on an empty slice: a lot between nobody is a bug in the caller.
    pub fn draw(&mut self, purpose: impl Into<String>, among: &[CandidateId]) -> CandidateId {
        assert!(!among.is_empty(), "drawing lots between no candidates");
        let mut sorted = among.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        // Rejection sampling keeps every candidate's chance exactly equal.
        let n = sorted.len() as u64;
        let zone = u64::MAX - (u64::MAX % n);
        let chosen = loop {
            let x = self.next_u64();
            if x < zone {
                break sorted[(x % n) as usize];
            }
        };
        self.draws.push(Lot {
            purpose: purpose.into(),
            among: sorted,
            chosen,
        });
        chosen
    }

    /// The draws so far, in order.
    pub fn into_draws(self) -> Vec<Lot> {
        self.draws
    }

    pub fn draws(&self) -> &[Lot] {
        &self.draws
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_draws_regardless_of_order() {
        let mut a = LotDrawer::new(42);
        let mut b = LotDrawer::new(42);
        for _ in 0..20 {
            assert_eq!(a.draw("t", &[3, 1, 2]), b.draw("t", &[2, 3, 1]));
        }
    }

    #[test]
    fn every_candidate_can_be_drawn() {
        let mut d = LotDrawer::new(7);
        let mut seen = [false; 3];
        for _ in 0..100 {
            seen[d.draw("t", &[0, 1, 2])] = true;
        }
        assert_eq!(seen, [true; 3]);
        assert_eq!(d.draws().len(), 100);
    }
}
