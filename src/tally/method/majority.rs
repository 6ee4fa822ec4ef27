//! Majority ("volstrekte meerderheid van de uitgebrachte stemmen"), the Dutch default for electing
//! persons at an ALV, and majority-runoff, which simulates the runoff ballot from ranked ballots.
//!
//! Rules applied (rules.md B3, B4, B7, B8, C1 and Example 3):
//! - Blank ballots and invalid ballots are not votes cast; both are listed in `invalid` with the
//!   reason, so `valid_total` is the number of votes cast.
//! - One seat: a ballot naming more than one candidate is invalid. A candidate is elected with
//!   strictly more than half of the votes cast (`2*v > cast`, integers).
//! - No majority: `runoff` names the two who go to a runoff ballot. A tie for a runoff place is
//!   decided by lot (the Dutch default, Example 3); the note names every tied candidate, so a
//!   statute that holds the election over instead can still read the tie. A ballot between exactly
//!   two candidates that ties is itself decided by lot (the common "staken de stemmen bij een
//!   stemming tussen twee personen, dan beslist het lot").
//! - Several seats, one ballot (how an ALV elects N board members at once): each voter names up to
//!   N candidates; a ballot naming more is invalid. Elected: those named on more than half of the
//!   ballots cast, best first, up to N; a tie for the last seat among them goes to lot. Seats left
//!   over need a further ballot (a note says so). Each ballot carries N votes, so for N > 1
//!   `valid_total` is ballots × N and the votes a voter left unused are shown as exhausted; that
//!   keeps every stage adding up while `quota` stays "more than half of the ballots".
//! - majority-runoff (one seat only): first preferences decide round 1 (several candidates ranked
//!   first: invalid); without a majority the top two (lot for a tied place) meet in a simulated
//!   runoff where each ballot counts for whichever of the two it ranks higher, and a ballot ranking
//!   neither, or both equally, is exhausted. A runoff tie is decided by lot.

use std::collections::BTreeMap;

mod runoff;

use super::common::{
    in_file_order, majority_of, names, new_result, push_invalid, push_stage, standing, whole,
};
use crate::tally::TallyError;
use crate::tally::lot::LotDrawer;
use crate::tally::model::{Ballot, CandidateId, Election};
use crate::tally::result::{StageAction, TallyResult};

pub(super) fn count(
    election: &Election,
    seats: usize,
    runoff: bool,
    lots: &mut LotDrawer,
) -> Result<TallyResult, TallyError> {
    let standing = standing(election);
    if standing.is_empty() {
        return Err(TallyError::Unsuitable(
            "there are no candidates to elect".into(),
        ));
    }
    if runoff {
        if seats > 1 {
            return Err(TallyError::Unsuitable(format!(
                "majority-runoff fills one seat, not {seats}: use majority (one ballot for all \
                 seats) or an STV method"
            )));
        }
        return Ok(runoff::count(election, &standing, lots));
    }
    Ok(count_plain(election, &standing, seats, lots))
}

/// The distinct standing candidates a ballot names, or why it is not a vote.
fn named(election: &Election, ballot: &Ballot, seats: usize) -> Result<Vec<CandidateId>, String> {
    let mut named: Vec<CandidateId> = Vec::new();
    let mut withdrawn = false;
    for c in ballot.candidates() {
        if election.withdrawn.contains(&c) {
            withdrawn = true;
        } else if !named.contains(&c) {
            named.push(c);
        }
    }
    if named.is_empty() {
        return Err(if withdrawn {
            "names only withdrawn candidates: not a vote cast".to_string()
        } else {
            "blank ballot: not a vote cast".to_string()
        });
    }
    if named.len() > seats {
        return Err(format!(
            "names {} candidates for {seats} seat{}: invalid",
            named.len(),
            if seats == 1 { "" } else { "s" }
        ));
    }
    Ok(named)
}

/// A note on how many ballots were blank or invalid, which neither count as cast.
fn note_not_cast(result: &mut TallyResult) {
    let blank: u64 = result
        .invalid
        .iter()
        .filter(|i| i.reason.starts_with("blank"))
        .map(|i| i.weight)
        .sum();
    let other: u64 = result.invalid.iter().map(|i| i.weight).sum::<u64>() - blank;
    let parts: Vec<String> = [(blank, "blank"), (other, "invalid")]
        .into_iter()
        .filter(|&(n, _)| n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
    if !parts.is_empty() {
        result.notes.push(format!(
            "{} ballot(s) are not votes cast and do not count towards the majority.",
            parts.join(" and ")
        ));
    }
}

/// Picks the best `places` of `candidates` (runoff places or seats, as `what` says), with a tie
/// for a place decided by lot.
fn pick_best(
    election: &Election,
    votes: &[u64],
    candidates: &[CandidateId],
    places: usize,
    what: &str,
    lots: &mut LotDrawer,
    notes: &mut Vec<String>,
) -> Vec<CandidateId> {
    let mut groups: BTreeMap<std::cmp::Reverse<u64>, Vec<CandidateId>> = BTreeMap::new();
    for &c in candidates {
        groups
            .entry(std::cmp::Reverse(votes[c]))
            .or_default()
            .push(c);
    }
    let mut chosen = Vec::new();
    for (std::cmp::Reverse(v), group) in groups {
        let open = places - chosen.len();
        if open == 0 {
            break;
        }
        if group.len() <= open {
            chosen.extend(group);
            continue;
        }
        let mut pool = group.clone();
        for _ in 0..open {
            let place = chosen.len() + 1;
            let c = lots.draw(format!("{what} {place}: tie at {v} votes"), &pool);
            pool.retain(|&x| x != c);
            chosen.push(c);
        }
        let won = &chosen[chosen.len() - open..];
        notes.push(format!(
            "{} tied with {v} votes for {open} {what}(s); the lot gave the place to {}.",
            names(election, &group),
            names(election, won)
        ));
    }
    chosen
}

fn count_plain(
    election: &Election,
    standing: &[CandidateId],
    seats: usize,
    lots: &mut LotDrawer,
) -> TallyResult {
    let mut result = new_result(election, seats);
    let mut votes = vec![0u64; election.candidates.len()];
    let mut ballots_cast = 0u64;
    let mut repeated = 0u64;
    for ballot in &election.ballots {
        match named(election, ballot, seats) {
            Ok(names) => {
                ballots_cast += ballot.weight;
                if ballot.repeated_candidate().is_some() {
                    repeated += ballot.weight;
                }
                for c in names {
                    votes[c] += ballot.weight;
                }
            }
            Err(reason) => push_invalid(&mut result.invalid, election, ballot, reason),
        }
    }
    in_file_order(election, &mut result.invalid);
    note_not_cast(&mut result);
    if repeated > 0 {
        result.notes.push(format!(
            "{repeated} ballot(s) name a candidate more than once; each name counts once."
        ));
    }
    let slots = ballots_cast * seats as u64;
    let used: u64 = votes.iter().sum();
    let needed = majority_of(ballots_cast);
    result.valid_total = whole(slots);
    result.quota = Some(whole(needed));
    let base = if seats == 1 {
        format!("{ballots_cast} votes cast")
    } else {
        result.notes.push(format!(
            "Each of the {ballots_cast} valid ballots carries {seats} votes ({slots} in all); the \
             {} votes voters left unused are shown as exhausted.",
            slots - used
        ));
        format!("{ballots_cast} ballots cast")
    };
    push_stage(
        &mut result,
        StageAction::FirstCount,
        format!("Votes counted: {base}; a majority is {needed} (more than half)."),
        &votes,
        slots - used,
        Some(needed),
    );
    if ballots_cast == 0 {
        result
            .notes
            .push("No votes were cast: nobody is elected.".into());
        return result;
    }

    let mut qualified: Vec<CandidateId> = standing
        .iter()
        .copied()
        .filter(|&c| 2 * votes[c] > ballots_cast)
        .collect();
    qualified.sort_by_key(|&c| std::cmp::Reverse(votes[c]));
    let elected = if qualified.len() > seats {
        pick_best(
            election,
            &votes,
            &qualified,
            seats,
            "seat",
            lots,
            &mut result.notes,
        )
    } else {
        qualified
    };

    if seats == 1 && elected.is_empty() && standing.len() == 2 {
        // Two candidates and no majority means equal votes: the statute's lot decides.
        let tied = standing.to_vec();
        let w = lots.draw("tie between the two candidates", &tied);
        result.notes.push(format!(
            "{} tied with {} votes each; decided by lot (statutes that hold the election over \
             instead: disregard the lot).",
            names(election, &tied),
            votes[tied[0]]
        ));
        push_stage(
            &mut result,
            StageAction::Elected {
                candidates: vec![w],
            },
            format!("Tie decided by lot: {} elected.", election.candidates[w]),
            &votes,
            slots - used,
            Some(needed),
        );
        result.elected = vec![w];
        return result;
    }

    if !elected.is_empty() {
        push_stage(
            &mut result,
            StageAction::Elected {
                candidates: elected.clone(),
            },
            format!(
                "{} elected with more than half of the {base}.",
                names(election, &elected)
            ),
            &votes,
            slots - used,
            Some(needed),
        );
    }
    if seats == 1 && elected.is_empty() {
        let mut notes = Vec::new();
        result.runoff = pick_best(
            election,
            &votes,
            standing,
            2,
            "runoff place",
            lots,
            &mut notes,
        );
        result.notes.push(format!(
            "Nobody has more than half of the {base} ({needed} needed): a runoff ballot \
             between {}.",
            names(election, &result.runoff)
        ));
        result.notes.extend(notes);
    } else if elected.len() < seats {
        result.notes.push(format!(
            "{} of {seats} seats remain unfilled: nobody else is named on more than half of the \
             {base} ({needed} needed), so a further ballot is needed.",
            seats - elected.len()
        ));
    }
    result.elected = elected;
    result
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::common::testing::*;
    use crate::tally::result::StageAction;
    use crate::tally::{Method, TallyError, TallyOptions, count};

    const ABC: &[&str] = &["A", "B", "C"];

    /// rules.md Example 3, round 1: A 38, B 30, C 17, blank 3, invalid 2 (a ballot naming two).
    fn example3_round1() -> crate::tally::Election {
        election(
            ABC,
            vec![
                ballot(38, &[&[0]]),
                ballot(30, &[&[1]]),
                ballot(17, &[&[2]]),
                ballot(3, &[]),
                ballot(2, &[&[0], &[1]]),
            ],
        )
    }

    #[test]
    fn example3_round1_goes_to_a_runoff_between_a_and_b() {
        let r = run(&example3_round1(), Method::Majority, 1, 1);
        assert_eq!(r.valid_total, 85);
        assert_eq!(r.quota, Some(43));
        assert!(r.elected.is_empty());
        assert_eq!(r.runoff, vec![0, 1]);
        assert!(r.lots.is_empty());
        assert_eq!(r.stages.len(), 1);
        assert_eq!(r.stages[0].votes, vec![38, 30, 17]);
        assert_eq!(r.stages[0].threshold, Some(43));
        let blank: Vec<_> = r
            .invalid
            .iter()
            .filter(|i| i.reason.starts_with("blank"))
            .collect();
        assert_eq!((blank.len(), blank[0].weight, blank[0].line), (1, 3, 4));
        let named_two = r.invalid.iter().find(|i| i.line == 5).unwrap();
        assert_eq!(named_two.weight, 2);
        assert!(
            named_two.reason.contains("names 2 candidates for 1 seat"),
            "{}",
            named_two.reason
        );
        assert_eq!(
            r.notes[0],
            "3 blank and 2 invalid ballot(s) are not votes cast and do not count towards the \
             majority."
        );
        assert_eq!(
            r.notes[1],
            "Nobody has more than half of the 85 votes cast (43 needed): a runoff ballot between \
             A and B."
        );
        assert_accounted(&r);
    }

    #[test]
    fn example3_runoff_elects_a_with_46_of_85() {
        let e = election(
            &["A", "B"],
            vec![ballot(46, &[&[0]]), ballot(39, &[&[1]]), ballot(3, &[])],
        );
        let r = run(&e, Method::Majority, 1, 1);
        assert_eq!((r.valid_total, r.quota), (85, Some(43)));
        assert_eq!(r.elected, vec![0]);
        assert!(r.runoff.is_empty() && r.lots.is_empty());
        assert_eq!(
            r.stages[1].action,
            StageAction::Elected {
                candidates: vec![0]
            }
        );
        assert_accounted(&r);
    }

    #[test]
    fn example3_tie_for_second_place_is_decided_by_lot() {
        let e = election(
            ABC,
            vec![
                ballot(38, &[&[0]]),
                ballot(24, &[&[1]]),
                ballot(24, &[&[2]]),
                ballot(3, &[]),
            ],
        );
        let mut drawn = [false; 3];
        for seed in 0..40 {
            let r = run(&e, Method::Majority, 1, seed);
            assert!(r.elected.is_empty());
            assert_eq!(r.lots.len(), 1);
            assert_eq!(r.lots[0].among, vec![1, 2]);
            assert!(r.lots[0].purpose.contains("runoff place 2"));
            assert_eq!(r.runoff, vec![0, r.lots[0].chosen]);
            assert!(
                r.notes
                    .iter()
                    .any(|n| n.contains("B and C tied with 24 votes"))
            );
            drawn[r.lots[0].chosen] = true;
        }
        assert_eq!(
            drawn,
            [false, true, true],
            "both B and C must be able to win the lot"
        );
    }

    #[test]
    fn example3_runoff_tie_is_decided_by_lot() {
        let e = election(
            &["A", "B"],
            vec![ballot(42, &[&[0]]), ballot(42, &[&[1]]), ballot(2, &[])],
        );
        let r = run(&e, Method::Majority, 1, 9);
        assert_eq!((r.valid_total, r.quota), (84, Some(43)));
        assert_eq!(r.lots.len(), 1);
        assert_eq!(r.lots[0].among, vec![0, 1]);
        assert_eq!(r.elected, vec![r.lots[0].chosen]);
        assert_eq!(
            r.stages[1].action,
            StageAction::Elected {
                candidates: r.elected.clone()
            }
        );
        assert!(r.runoff.is_empty());
    }

    #[test]
    fn three_way_tie_for_first_draws_both_runoff_places() {
        let e = election(
            ABC,
            vec![
                ballot(30, &[&[0]]),
                ballot(30, &[&[1]]),
                ballot(30, &[&[2]]),
            ],
        );
        let r = run(&e, Method::Majority, 1, 3);
        assert_eq!(r.lots.len(), 2);
        assert_eq!(r.lots[0].among, vec![0, 1, 2]);
        assert_eq!(r.lots[1].among.len(), 2);
        assert!(!r.lots[1].among.contains(&r.lots[0].chosen));
        assert_eq!(r.runoff, vec![r.lots[0].chosen, r.lots[1].chosen]);
    }

    #[test]
    fn no_votes_cast_elects_nobody() {
        let e = election(ABC, vec![ballot(4, &[])]);
        let r = run(&e, Method::Majority, 1, 0);
        assert!(r.elected.is_empty() && r.runoff.is_empty());
        assert_eq!(r.valid_total, 0);
        assert_eq!(r.invalid[0].weight, 4);
    }

    #[test]
    fn withdrawn_candidates_are_skipped_and_a_ballot_naming_only_them_is_invalid() {
        let mut e = election(
            ABC,
            vec![
                ballot(5, &[&[2]]),
                ballot(6, &[&[2], &[0]]),
                ballot(3, &[&[1]]),
            ],
        );
        e.withdrawn.insert(2);
        let r = run(&e, Method::Majority, 1, 0);
        assert_eq!(r.valid_total, 9);
        assert_eq!(r.elected, vec![0]);
        assert!(r.invalid[0].reason.contains("only withdrawn"));
    }

    /// Three seats on one ballot: 10 ballots, each naming up to three; more than half is 6.
    #[test]
    fn several_seats_elect_those_named_on_more_than_half_of_the_ballots() {
        let e = election(
            &["A", "B", "C", "D", "E"],
            vec![
                ballot(4, &[&[0], &[1], &[2]]),
                ballot(3, &[&[0], &[1]]),
                ballot(2, &[&[3]]),
                ballot(1, &[&[0], &[4], &[3]]),
                ballot(2, &[&[0], &[1], &[2], &[3]]),
                ballot(1, &[]),
            ],
        );
        let r = run(&e, Method::Majority, 3, 0);
        assert_eq!(r.valid_total, 30, "10 ballots carrying 3 votes each");
        assert_eq!(r.quota, Some(6));
        assert_eq!(r.stages[0].votes, vec![8, 7, 4, 3, 1]);
        assert_eq!(r.stages[0].exhausted, 7);
        assert_eq!(r.elected, vec![0, 1]);
        assert_eq!(r.invalid.len(), 2);
        assert!(
            r.invalid
                .iter()
                .any(|i| i.reason.contains("names 4 candidates for 3 seats"))
        );
        assert!(
            r.notes
                .iter()
                .any(|n| n.contains("1 of 3 seats remain unfilled"))
        );
        assert_accounted(&r);
    }

    #[test]
    fn a_tie_for_the_last_seat_among_majority_holders_is_decided_by_lot() {
        // 6 ballots; A, B and C are each named on 4, more than half; two seats.
        let e = election(
            ABC,
            vec![
                ballot(2, &[&[0], &[1]]),
                ballot(2, &[&[0], &[2]]),
                ballot(2, &[&[1], &[2]]),
            ],
        );
        let r = run(&e, Method::Majority, 2, 5);
        assert_eq!(r.stages[0].votes, vec![4, 4, 4]);
        assert_eq!(r.lots.len(), 2, "three tied for two seats");
        assert_eq!(r.elected, vec![r.lots[0].chosen, r.lots[1].chosen]);
        assert!(r.lots[0].purpose.starts_with("seat 1"));
    }

    #[test]
    fn refuses_an_election_without_candidates() {
        let mut e = election(&["A"], vec![ballot(1, &[&[0]])]);
        e.withdrawn.insert(0);
        let err = count(
            &e,
            Method::Majority,
            &TallyOptions {
                seats: None,
                seed: 0,
            },
        );
        assert!(matches!(err, Err(TallyError::Unsuitable(m)) if m.contains("no candidates")));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn ballot_order_does_not_matter(
            (a, b) in arb_shuffled(5, 12),
            seats in 1usize..3,
            seed in 0u64..4,
        ) {
            for method in [Method::Majority, Method::MajorityRunoff] {
                let seats = if method == Method::MajorityRunoff { 1 } else { seats };
                let ra = comparable(run(&a, method, seats, seed));
                prop_assert_eq!(ra.clone(), comparable(run(&b, method, seats, seed)));
                assert_accounted(&ra);
                // Without a lot, whoever is elected has more than half of the votes cast.
                if ra.lots.is_empty() {
                    let last = ra.stages.last().unwrap();
                    let cast = if method == Method::Majority {
                        ra.valid_total / seats as i64
                    } else {
                        ra.valid_total - last.exhausted
                    };
                    for &c in &ra.elected {
                        prop_assert!(2 * last.votes[c] > cast);
                    }
                }
            }
        }
    }
}
