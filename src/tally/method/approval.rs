//! Approval voting for N seats: each ballot approves any number of candidates, each approved
//! candidate gets one vote, the N with the most votes are elected (ties for the last seat by lot).
//!
//! The count is plurality's without the limit on names, so it lives in `plurality::count_votes`;
//! this module states the rule and tests what differs.

use crate::tally::TallyError;
use crate::tally::lot::LotDrawer;
use crate::tally::model::Election;
use crate::tally::result::TallyResult;

use super::plurality::count_votes;

pub(super) fn count(
    election: &Election,
    seats: usize,
    lots: &mut LotDrawer,
) -> Result<TallyResult, TallyError> {
    let rule =
        "Each ballot approves any number of candidates; each approved candidate gets one vote."
            .to_string();
    count_votes(election, seats, None, rule, lots)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tally::model::Ballot;
    use proptest::prelude::*;

    fn election(ballots: Vec<Ballot>) -> Election {
        Election {
            candidates: ["Ann", "Ben", "Cas", "Dirk"].map(String::from).to_vec(),
            ballots: ballots
                .into_iter()
                .enumerate()
                .map(|(i, b)| Ballot { line: i + 2, ..b })
                .collect(),
            ..Election::default()
        }
    }

    #[test]
    fn any_number_of_approvals_counts_and_ties_go_to_lot() {
        let e = election(vec![
            Ballot::ranked(2, &[0, 1, 2, 3]),
            Ballot::ranked(1, &[1, 2]),
            Ballot::ranked(3, &[2, 0]),
            Ballot::ranked(1, &[]),
            Ballot::ranked(1, &[3, 1, 3]),
            Ballot::ranked(1, &[1]),
        ]);
        let mut lots = LotDrawer::new(11);
        let r = count(&e, 2, &mut lots).unwrap();
        assert_eq!(r.stages[0].votes, [5, 4, 6, 2]);
        assert_eq!(r.valid_total, 17);
        assert_eq!(r.stages[0].accounted(), 17);
        assert_eq!(r.elected, [2, 0]);
        assert!(lots.draws().is_empty());
        let invalid: Vec<(usize, &str)> = r
            .invalid
            .iter()
            .map(|i| (i.line, i.reason.as_str()))
            .collect();
        assert_eq!(
            invalid,
            [(5, "blank ballot"), (6, "names Dirk more than once")]
        );
        assert!(
            r.notes
                .iter()
                .any(|n| n == "7 valid ballots cast 17 votes; the stage total counts votes.")
        );

        // Ben and Ann both at 5 for the second seat once Ben gets one more approval.
        let mut e = e;
        e.ballots.push(Ballot {
            line: 8,
            ..Ballot::ranked(1, &[1])
        });
        let mut lots = LotDrawer::new(11);
        let r = count(&e, 2, &mut lots).unwrap();
        assert_eq!(r.stages[0].votes, [5, 5, 6, 2]);
        let draws = lots.into_draws();
        assert_eq!(draws.len(), 1);
        assert_eq!(draws[0].among, [0, 1]);
        assert_eq!(draws[0].purpose, "seat 2 of 2: tie at 5 votes");
        assert_eq!(r.elected, [2, draws[0].chosen]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Reversing or rotating the ballots changes nothing, and each candidate's votes equal
        /// the weight of the valid ballots that approve them.
        #[test]
        fn order_of_ballots_does_not_matter(
            raw in proptest::collection::vec((1u64..5, proptest::collection::vec(0usize..4, 0..5)), 0..30),
            seats in 1usize..4,
            seed in any::<u64>(),
            rotate in any::<usize>(),
        ) {
            let ballots: Vec<Ballot> = raw.iter().map(|(w, p)| Ballot::ranked(*w, p)).collect();
            let e = election(ballots);
            let mut other = e.clone();
            other.ballots.reverse();
            if !other.ballots.is_empty() {
                let k = rotate % other.ballots.len();
                other.ballots.rotate_left(k);
            }
            let a = count(&e, seats, &mut LotDrawer::new(seed)).unwrap();
            let mut lots_b = LotDrawer::new(seed);
            let b = count(&other, seats, &mut lots_b).unwrap();
            prop_assert_eq!(&a.stages, &b.stages);
            prop_assert_eq!(&a.elected, &b.elected);
            prop_assert_eq!(a.invalid.len(), b.invalid.len());
            for c in 0..4 {
                let expected: i64 = e.ballots.iter()
                    .filter(|b| !b.is_blank() && b.repeated_candidate().is_none() && b.candidates().any(|x| x == c))
                    .map(|b| b.weight as i64)
                    .sum();
                prop_assert_eq!(a.stages[0].votes[c], expected);
            }
        }
    }
}
