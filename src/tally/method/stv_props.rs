//! Properties both STV counts must have whatever the ballots: the result does not depend on the
//! order of the ballot lines, every stage adds up to the valid total exactly, and a candidate with
//! a majority of first preferences wins a single seat.

use proptest::prelude::*;

use crate::tally::method::{Method, TallyOptions, count};
use crate::tally::model::{Ballot, CandidateId, Election};

const METHODS: [Method; 2] = [Method::StvScottish, Method::StvMeek];

/// One ballot over `n` candidates: a random order, cut short, with some neighbours joined into
/// equal ranks so that unclear preferences are exercised too.
fn ballot(n: usize) -> impl Strategy<Value = (u64, Vec<Vec<CandidateId>>)> {
    let order = Just((0..n).collect::<Vec<_>>()).prop_shuffle();
    (
        1u64..=6,
        order,
        1..=n,
        prop::collection::vec(prop::bool::weighted(0.1), n),
    )
        .prop_map(|(weight, order, len, join)| {
            let mut ranks: Vec<Vec<CandidateId>> = Vec::new();
            for (i, &c) in order.iter().take(len).enumerate() {
                match ranks.last_mut() {
                    Some(last) if join[i] => last.push(c),
                    _ => ranks.push(vec![c]),
                }
            }
            (weight, ranks)
        })
}

fn election_strategy() -> impl Strategy<Value = (Election, usize)> {
    (2usize..=6).prop_flat_map(|n| {
        (
            prop::collection::vec(ballot(n), 1..=30),
            1..n,
            prop::option::of(0..n),
        )
            .prop_map(move |(lines, seats, withdrawn)| {
                let mut e = Election {
                    candidates: (0..n).map(|c| format!("C{c}")).collect(),
                    ballots: lines
                        .into_iter()
                        .enumerate()
                        .map(|(i, (weight, ranks))| Ballot {
                            weight,
                            ranks: crate::tally::Rank::list(ranks),
                            line: i + 2,
                        })
                        .collect(),
                    ..Election::default()
                };
                // Withdraw one candidate now and then, keeping enough for the seats.
                if let Some(w) = withdrawn.filter(|_| seats < n - 1) {
                    e.withdrawn.insert(w);
                }
                (e, seats)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn result_does_not_depend_on_ballot_order(
        (e, seats) in election_strategy(),
        shuffle_seed in any::<u64>(),
    ) {
        let mut shuffled = e.clone();
        // A Fisher-Yates shuffle driven by the generated seed keeps the case reproducible.
        let mut state = shuffle_seed;
        for i in (1..shuffled.ballots.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let j = (state >> 33) as usize % (i + 1);
            shuffled.ballots.swap(i, j);
        }
        for method in METHODS {
            let opts = TallyOptions { seats: Some(seats), seed: 7 };
            prop_assert_eq!(count(&e, method, &opts), count(&shuffled, method, &opts));
        }
    }

    #[test]
    fn every_stage_adds_up_to_the_valid_total((e, seats) in election_strategy()) {
        for method in METHODS {
            let Ok(r) = count(&e, method, &TallyOptions { seats: Some(seats), seed: 3 }) else {
                continue; // no valid votes at all
            };
            let valid: u64 = e.total_weight() - r.invalid.iter().map(|v| v.weight).sum::<u64>();
            prop_assert_eq!(r.valid_total, valid as i64 * 10i64.pow(r.decimals));
            prop_assert!(!r.stages.is_empty());
            for s in &r.stages {
                prop_assert_eq!(s.accounted(), r.valid_total, "{} stage {}", method, s.number);
                prop_assert!(s.exhausted >= 0 && s.residue >= 0);
                prop_assert!(s.votes.iter().all(|&v| v >= 0));
                prop_assert!(e.withdrawn.iter().all(|&w| s.votes[w] == 0));
            }
            prop_assert!(r.elected.len() <= seats);
            prop_assert!(r.elected.iter().all(|c| !e.withdrawn.contains(c)));
        }
    }

    #[test]
    fn a_majority_of_first_preferences_wins_one_seat(
        (mut e, _) in election_strategy(),
        winner_tail in prop::collection::vec(any::<prop::sample::Index>(), 0..4),
        pick in any::<prop::sample::Index>(),
    ) {
        e.withdrawn.clear();
        let n = e.candidates.len();
        let winner = pick.index(n);
        // Outweigh every other ballot together, so the winner holds a strict majority.
        let others: u64 = e.total_weight();
        let mut prefs = vec![winner];
        for i in winner_tail {
            let c = i.index(n);
            if !prefs.contains(&c) {
                prefs.push(c);
            }
        }
        e.ballots.push(Ballot::ranked(others + 1, &prefs));
        for method in METHODS {
            let r = count(&e, method, &TallyOptions { seats: Some(1), seed: 5 }).unwrap();
            prop_assert_eq!(&r.elected, &vec![winner], "{}", method);
            prop_assert_eq!(r.stages[0].action.clone(), crate::tally::result::StageAction::FirstCount);
        }
    }
}
