//! Plurality for N seats (block voting): each ballot names up to N candidates, each named
//! candidate gets one vote, the N with the most votes are elected.
//!
//! Approval voting is the same count without the limit on names, so `approval` calls
//! `count_votes` here. One count, one stage: the stage total is the number of votes, which for
//! more than one seat is more than the number of ballots; a note gives both.

use super::common::{in_file_order, push_invalid};
use crate::tally::TallyError;
use crate::tally::lot::LotDrawer;
use crate::tally::model::{CandidateId, Election};
use crate::tally::result::{Stage, StageAction, TallyResult};

pub(super) fn count(
    election: &Election,
    seats: usize,
    lots: &mut LotDrawer,
) -> Result<TallyResult, TallyError> {
    let rule = format!(
        "Each ballot may name up to {seats} candidate{}; each named candidate gets one vote.",
        plural(seats)
    );
    count_votes(election, seats, Some(seats), rule, lots)
}

/// Counts one vote for every candidate a valid ballot names and elects the `seats` with most.
/// `max_names` is the plurality limit; `None` is approval.
pub(super) fn count_votes(
    election: &Election,
    seats: usize,
    max_names: Option<usize>,
    rule: String,
    lots: &mut LotDrawer,
) -> Result<TallyResult, TallyError> {
    if election.candidates.is_empty() {
        return Err(TallyError::Unsuitable(
            "the file names no candidates".into(),
        ));
    }
    let mut votes = vec![0i64; election.candidates.len()];
    let mut invalid = Vec::new();
    let mut valid_ballots: u64 = 0;
    let too_many = || TallyError::Unsuitable("more votes than this counter can hold".into());
    for ballot in &election.ballots {
        let reason = if ballot.is_blank() {
            Some("blank ballot".to_string())
        } else if let Some(c) = ballot.repeated_candidate() {
            Some(format!("names {} more than once", election.candidates[c]))
        } else {
            let named: Vec<CandidateId> = ballot
                .candidates()
                .filter(|c| !election.withdrawn.contains(c))
                .collect();
            match max_names {
                _ if named.is_empty() => Some("names only withdrawn candidates".to_string()),
                Some(max) if named.len() > max => Some(format!(
                    "names {} candidates; at most {max} may be named for {max} seat{}",
                    named.len(),
                    plural(max)
                )),
                _ => {
                    let weight = i64::try_from(ballot.weight).map_err(|_| too_many())?;
                    for c in named {
                        votes[c] = votes[c].checked_add(weight).ok_or_else(too_many)?;
                    }
                    valid_ballots = valid_ballots
                        .checked_add(ballot.weight)
                        .ok_or_else(too_many)?;
                    None
                }
            }
        };
        if let Some(reason) = reason {
            push_invalid(&mut invalid, election, ballot, reason);
        }
    }
    in_file_order(election, &mut invalid);
    let valid_total = votes
        .iter()
        .try_fold(0i64, |a, &v| a.checked_add(v))
        .ok_or_else(too_many)?;

    let (elected, unfilled) = elect_most_votes(election, &votes, seats, lots);
    let mut notes = vec![
        rule,
        format!(
            "{valid_ballots} valid ballot{} cast {valid_total} vote{}; the stage total counts votes.",
            plural(valid_ballots as usize),
            plural(valid_total as usize)
        ),
    ];
    if unfilled > 0 {
        notes.push(format!(
            "{unfilled} of {seats} seat{} not filled: no other candidate received a vote.",
            plural(seats)
        ));
    }
    let stage = Stage {
        number: 1,
        action: StageAction::FirstCount,
        description: "Votes counted".to_string(),
        votes,
        exhausted: 0,
        residue: 0,
        threshold: None,
    };
    Ok(TallyResult {
        method: String::new(),
        title: election.title.clone(),
        candidates: election.candidates.clone(),
        seats,
        decimals: 0,
        elected,
        runoff: Vec::new(),
        valid_total,
        invalid,
        quota: None,
        stages: vec![stage],
        pairwise: None,
        seed: 0,
        lots: Vec::new(),
        notes,
    })
}

/// The `seats` candidates with most votes, most first. Candidates tied at the last place that
/// elects are drawn by lot, one seat a draw; nobody is elected on zero votes, so seats may stay
/// empty (the second value says how many).
fn elect_most_votes(
    election: &Election,
    votes: &[i64],
    seats: usize,
    lots: &mut LotDrawer,
) -> (Vec<CandidateId>, usize) {
    let mut ranked: Vec<CandidateId> = (0..votes.len())
        .filter(|c| !election.withdrawn.contains(c) && votes[*c] > 0)
        .collect();
    ranked.sort_by_key(|&c| (std::cmp::Reverse(votes[c]), c));
    let mut elected = Vec::new();
    for group in ranked.chunk_by(|&a, &b| votes[a] == votes[b]) {
        let open = seats - elected.len();
        if open == 0 {
            break;
        }
        if group.len() <= open {
            elected.extend_from_slice(group);
            continue;
        }
        let mut tied = group.to_vec();
        while elected.len() < seats {
            let purpose = format!(
                "seat {} of {seats}: tie at {} vote{}",
                elected.len() + 1,
                votes[tied[0]],
                plural(votes[tied[0]] as usize)
            );
            let chosen = lots.draw(purpose, &tied);
            tied.retain(|&c| c != chosen);
            elected.push(chosen);
        }
    }
    let unfilled = seats - elected.len();
    (elected, unfilled)
}

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tally::lot::LotDrawer;
    use crate::tally::model::Ballot;
    use crate::tally::result::Lot;
    use proptest::prelude::*;

    fn election(candidates: &[&str], ballots: Vec<Ballot>) -> Election {
        let ballots = ballots
            .into_iter()
            .enumerate()
            .map(|(i, b)| Ballot { line: i + 1, ..b })
            .collect();
        Election {
            candidates: candidates.iter().map(|s| s.to_string()).collect(),
            ballots,
            ..Election::default()
        }
    }

    fn run(e: &Election, seats: usize, seed: u64) -> (TallyResult, Vec<Lot>) {
        let mut lots = LotDrawer::new(seed);
        let r = count(e, seats, &mut lots).unwrap();
        (r, lots.into_draws())
    }

    #[test]
    fn two_seats_counts_one_vote_per_name_and_rejects_overvotes() {
        let e = election(
            &["Alice", "Bob", "Carol", "Dave"],
            vec![
                Ballot::ranked(3, &[0, 1]),
                Ballot::ranked(2, &[1]),
                Ballot::ranked(1, &[2, 0]),
                Ballot::ranked(1, &[0, 1, 2]),
                Ballot::ranked(2, &[]),
                Ballot::ranked(1, &[2, 2]),
                Ballot::ranked(4, &[3]),
            ],
        );
        let (r, lots) = run(&e, 2, 1);
        assert_eq!(r.stages.len(), 1);
        assert_eq!(r.stages[0].votes, [4, 5, 1, 4]);
        assert_eq!(r.valid_total, 14);
        assert_eq!(r.stages[0].accounted(), r.valid_total);
        let invalid: Vec<(usize, u64, &str)> = r
            .invalid
            .iter()
            .map(|i| (i.line, i.weight, i.reason.as_str()))
            .collect();
        assert_eq!(
            invalid,
            [
                (
                    4,
                    1,
                    "names 3 candidates; at most 2 may be named for 2 seats"
                ),
                (5, 2, "blank ballot"),
                (6, 1, "names Carol more than once"),
            ]
        );
        // Bob 5 is first; Alice and Dave tie at 4 for the second seat: a lot.
        assert_eq!(r.elected[0], 1);
        assert_eq!(lots.len(), 1);
        assert_eq!(lots[0].among, [0, 3]);
        assert_eq!(lots[0].purpose, "seat 2 of 2: tie at 4 votes");
        assert_eq!(r.elected[1], lots[0].chosen);
        assert!(
            r.notes
                .iter()
                .any(|n| n == "10 valid ballots cast 14 votes; the stage total counts votes.")
        );
    }

    #[test]
    fn the_lot_follows_the_seed_and_both_outcomes_occur() {
        let e = election(
            &["A", "B", "C"],
            vec![Ballot::ranked(1, &[0]), Ballot::ranked(1, &[1])],
        );
        let mut winners = std::collections::BTreeSet::new();
        for seed in 0..40 {
            let (r, lots) = run(&e, 1, seed);
            let (again, _) = run(&e, 1, seed);
            assert_eq!(r.elected, again.elected, "same seed, same lot");
            assert_eq!(lots.len(), 1);
            assert_eq!(lots[0].among, [0, 1], "C has no vote and is not in the lot");
            assert_eq!(r.elected, [lots[0].chosen]);
            winners.insert(r.elected[0]);
        }
        assert_eq!(winners.len(), 2);
    }

    #[test]
    fn a_tie_that_fits_the_seats_needs_no_lot_and_several_open_seats_draw_in_turn() {
        let e = election(
            &["A", "B", "C", "D"],
            vec![
                Ballot::ranked(2, &[0]),
                Ballot::ranked(2, &[1]),
                Ballot::ranked(1, &[2]),
            ],
        );
        let (r, lots) = run(&e, 2, 5);
        assert_eq!(r.elected, [0, 1]);
        assert!(lots.is_empty());

        let e = election(
            &["A", "B", "C", "D"],
            vec![
                Ballot::ranked(3, &[3]),
                Ballot::ranked(1, &[0, 1]),
                Ballot::ranked(1, &[2]),
            ],
        );
        let (r, lots) = run(&e, 3, 9);
        assert_eq!(r.elected[0], 3);
        assert_eq!(lots.len(), 2);
        assert_eq!(lots[0].among, [0, 1, 2]);
        assert_eq!(lots[0].purpose, "seat 2 of 3: tie at 1 vote");
        assert_eq!(lots[1].among.len(), 2);
        assert!(!lots[1].among.contains(&lots[0].chosen));
        assert_eq!(r.elected[1..], [lots[0].chosen, lots[1].chosen]);
    }

    #[test]
    fn withdrawn_candidates_are_skipped_and_seats_without_votes_stay_empty() {
        let mut e = election(
            &["A", "B", "C"],
            vec![
                Ballot::ranked(2, &[1]),
                Ballot::ranked(2, &[1, 0]),
                Ballot::ranked(1, &[2]),
            ],
        );
        e.withdrawn.insert(1);
        let (r, lots) = run(&e, 1, 0);
        assert_eq!(r.stages[0].votes, [2, 0, 1]);
        assert_eq!(r.invalid.len(), 1);
        assert_eq!(r.invalid[0].reason, "names only withdrawn candidates");
        assert_eq!(r.invalid[0].weight, 2);
        assert_eq!(r.elected, [0]);
        assert!(lots.is_empty());

        let (r, _) = run(&e, 3, 0);
        assert_eq!(r.elected, [0, 2]);
        assert!(
            r.notes
                .iter()
                .any(|n| n.starts_with("1 of 3 seats not filled"))
        );
    }

    #[test]
    fn no_candidates_is_unsuitable() {
        let e = election(&[], vec![Ballot::ranked(1, &[])]);
        let err = count(&e, 1, &mut LotDrawer::new(0)).unwrap_err();
        assert_eq!(
            err,
            TallyError::Unsuitable("the file names no candidates".into())
        );
    }

    fn ballots(candidates: usize) -> impl Strategy<Value = Vec<Ballot>> {
        let ballot = (1u64..4, proptest::collection::vec(0..candidates, 0..4))
            .prop_map(|(w, prefs)| Ballot::ranked(w, &prefs));
        proptest::collection::vec(ballot, 0..30)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// The order of the ballots in the file changes nothing: not the votes, the invalid
        /// ballots, the lots drawn or who is elected.
        #[test]
        fn order_of_ballots_does_not_matter(
            ballots in ballots(4),
            seats in 1usize..4,
            seed in any::<u64>(),
            shuffle in any::<u64>(),
        ) {
            let e = election(&["A", "B", "C", "D"], ballots);
            let mut shuffled = e.clone();
            let n = shuffled.ballots.len();
            let mut s = shuffle;
            for i in (1..n).rev() {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                shuffled.ballots.swap(i, (s >> 33) as usize % (i + 1));
            }
            let (a, lots_a) = run(&e, seats, seed);
            let (b, lots_b) = run(&shuffled, seats, seed);
            prop_assert_eq!(&a.stages, &b.stages);
            prop_assert_eq!(&a.elected, &b.elected);
            prop_assert_eq!(lots_a, lots_b);
            let sorted = |r: &TallyResult| {
                let mut v: Vec<_> = r.invalid.iter().map(|i| (i.line, i.weight, i.reason.clone())).collect();
                v.sort();
                v
            };
            prop_assert_eq!(sorted(&a), sorted(&b));
            prop_assert_eq!(a.stages[0].accounted(), a.valid_total);
            prop_assert!(a.elected.len() <= seats);
        }
    }
}
