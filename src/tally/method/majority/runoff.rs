//! majority-runoff: the two-ballot Dutch election of one person, simulated from ranked ballots.
//!
//! Round 1 counts first preferences; a ballot ranking several candidates first is invalid, as a
//! paper naming two would be. Without a majority the top two (a tie for a place goes to lot) meet
//! in a runoff in which each ballot counts for whichever of the two it ranks higher; a ballot
//! ranking neither, or both equally, is exhausted, like a voter who stays away from the second
//! ballot. A tied runoff is decided by lot. Ballots invalid in round 1 stay out of the runoff:
//! the simulation cannot know what those voters would have written on a second paper.

use super::super::common::{
    in_file_order, majority_of, names, new_result, push_invalid, push_stage, whole,
};
use super::{note_not_cast, pick_best};
use crate::tally::lot::LotDrawer;
use crate::tally::model::{Ballot, CandidateId, Election};
use crate::tally::result::{StageAction, TallyResult};

pub(super) fn count(
    election: &Election,
    standing: &[CandidateId],
    lots: &mut LotDrawer,
) -> TallyResult {
    let mut result = new_result(election, 1);
    let live = |c: &CandidateId| !election.withdrawn.contains(c);
    let mut votes = vec![0u64; election.candidates.len()];
    let mut valid: Vec<&Ballot> = Vec::new();
    for ballot in &election.ballots {
        let first: Option<Vec<CandidateId>> = ballot.ranks.iter().find_map(|rank| {
            let mut r: Vec<CandidateId> = rank.iter().copied().filter(live).collect();
            r.sort_unstable();
            r.dedup();
            (!r.is_empty()).then_some(r)
        });
        match first.as_deref() {
            None => push_invalid(
                &mut result.invalid,
                election,
                ballot,
                "blank ballot: not a vote cast".into(),
            ),
            Some([c]) => {
                votes[*c] += ballot.weight;
                valid.push(ballot);
            }
            Some(several) => push_invalid(
                &mut result.invalid,
                election,
                ballot,
                format!("ranks {} candidates first: invalid", several.len()),
            ),
        }
    }
    in_file_order(election, &mut result.invalid);
    note_not_cast(&mut result);
    let cast: u64 = valid.iter().map(|b| b.weight).sum();
    let needed = majority_of(cast);
    result.valid_total = whole(cast);
    result.quota = Some(whole(needed));
    push_stage(
        &mut result,
        StageAction::FirstCount,
        format!("First preferences: {cast} votes cast; a majority is {needed}."),
        &votes,
        0,
        Some(needed),
    );
    if cast == 0 {
        result
            .notes
            .push("No votes were cast: nobody is elected.".into());
        return result;
    }
    if let Some(&w) = standing.iter().find(|&&c| 2 * votes[c] > cast) {
        push_stage(
            &mut result,
            StageAction::Elected {
                candidates: vec![w],
            },
            format!(
                "{} elected with more than half of the first preferences.",
                election.candidates[w]
            ),
            &votes,
            0,
            Some(needed),
        );
        result.elected = vec![w];
        return result;
    }

    let mut notes = Vec::new();
    let pair = pick_best(
        election,
        &votes,
        standing,
        2,
        "runoff place",
        lots,
        &mut notes,
    );
    result.notes.push(format!(
        "Nobody has more than half of the {cast} first preferences ({needed} needed): runoff \
         between {}, each ballot counting for whichever of the two it ranks higher.",
        names(election, &pair)
    ));
    result.notes.extend(notes);
    let position = |b: &Ballot, c: CandidateId| b.ranks.iter().position(|r| r.contains(&c));
    let mut second = vec![0u64; election.candidates.len()];
    let mut exhausted = 0u64;
    for b in &valid {
        // Unranked sorts after every rank, as on a paper where the voter left the name blank.
        let pa = position(b, pair[0]).unwrap_or(usize::MAX);
        let pb = position(b, pair[1]).unwrap_or(usize::MAX);
        match pa.cmp(&pb) {
            std::cmp::Ordering::Less => second[pair[0]] += b.weight,
            std::cmp::Ordering::Greater => second[pair[1]] += b.weight,
            std::cmp::Ordering::Equal => exhausted += b.weight,
        }
    }
    let runoff_cast = cast - exhausted;
    let runoff_needed = majority_of(runoff_cast);
    result.runoff = pair.clone();
    result.quota = Some(whole(runoff_needed));
    push_stage(
        &mut result,
        StageAction::Runoff {
            candidates: pair.clone(),
        },
        format!(
            "Runoff between {}: {runoff_cast} votes for one of them, {exhausted} ballots rank \
             neither (or both equally); a majority is {runoff_needed}.",
            names(election, &pair)
        ),
        &second,
        exhausted,
        Some(runoff_needed),
    );
    let (w, how) = if let Some(&w) = pair.iter().find(|&&c| 2 * second[c] > runoff_cast) {
        (w, "with more than half of the runoff votes".to_string())
    } else {
        let w = lots.draw("runoff tie", &pair);
        result.notes.push(format!(
            "The runoff tied at {} votes each; decided by lot (statutes that hold the election \
             over instead: disregard the lot).",
            second[pair[0]]
        ));
        (w, "by lot after a tied runoff".to_string())
    };
    push_stage(
        &mut result,
        StageAction::Elected {
            candidates: vec![w],
        },
        format!("{} elected {how}.", election.candidates[w]),
        &second,
        exhausted,
        Some(runoff_needed),
    );
    result.elected = vec![w];
    result
}

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::*;
    use crate::tally::result::StageAction;
    use crate::tally::{Method, TallyError, TallyOptions, count};

    const ABC: &[&str] = &["A", "B", "C"];

    /// Ranked ballots: A 38, B 30, C 17 first preferences; C's voters go 10 to B, 5 to A, 2 stop.
    fn ranked_example() -> crate::tally::Election {
        election(
            ABC,
            vec![
                ballot(38, &[&[0], &[1]]),
                ballot(30, &[&[1]]),
                ballot(10, &[&[2], &[1], &[0]]),
                ballot(5, &[&[2], &[0]]),
                ballot(2, &[&[2]]),
                ballot(3, &[&[0, 1], &[2]]),
            ],
        )
    }

    #[test]
    fn majority_runoff_simulates_the_runoff_from_rankings() {
        let r = run(&ranked_example(), Method::MajorityRunoff, 1, 0);
        assert_eq!(r.valid_total, 85);
        assert_eq!(r.stages[0].votes, vec![38, 30, 17]);
        assert_eq!(
            r.stages[1].action,
            StageAction::Runoff {
                candidates: vec![0, 1]
            }
        );
        assert_eq!(r.stages[1].votes, vec![43, 40, 0]);
        assert_eq!(
            (r.stages[1].exhausted, r.stages[1].threshold),
            (2, Some(42))
        );
        assert_eq!(r.elected, vec![0]);
        assert_eq!(r.runoff, vec![0, 1]);
        assert!(r.invalid[0].reason.contains("ranks 2 candidates first"));
        assert_accounted(&r);
        // Plain majority reads the same file as one ballot per voter: ranked ballots are invalid.
        let plain = run(&ranked_example(), Method::Majority, 1, 0);
        assert_eq!(plain.valid_total, 32);
    }

    #[test]
    fn majority_runoff_tie_for_second_then_tied_runoff_both_go_to_lot() {
        let e = election(
            ABC,
            vec![
                ballot(40, &[&[0]]),
                ballot(20, &[&[1], &[0]]),
                ballot(20, &[&[2], &[1]]),
                ballot(20, &[&[2], &[0]]),
            ],
        );
        // C 40 ties A 40 for first: both go through without a lot. Runoff A–C: A 40 + 20, C 40.
        let r = run(&e, Method::MajorityRunoff, 1, 0);
        assert!(r.lots.is_empty());
        assert_eq!(r.stages[1].votes, vec![60, 0, 40]);
        assert_eq!(r.elected, vec![0]);

        let e = election(
            ABC,
            vec![
                ballot(40, &[&[0]]),
                ballot(30, &[&[1], &[0]]),
                ballot(30, &[&[2], &[1]]),
            ],
        );
        let r = run(&e, Method::MajorityRunoff, 1, 4);
        assert_eq!(r.lots.len(), 1, "B and C tie for the second place");
        assert_eq!(r.lots[0].among, vec![1, 2]);
        let other = r.lots[0].chosen;
        assert_eq!(r.runoff, vec![0, other]);
        // Runoff A–B: A 40, B 30 + 30 = 60. Runoff A–C: A 40 + 30 = 70, C 30.
        assert_eq!(r.elected, vec![if other == 1 { 1 } else { 0 }]);

        let e = election(
            &["A", "B"],
            vec![
                ballot(7, &[&[0], &[1]]),
                ballot(7, &[&[1]]),
                ballot(1, &[&[0, 1]]),
            ],
        );
        let r = run(&e, Method::MajorityRunoff, 1, 2);
        assert_eq!(r.lots.len(), 1);
        assert_eq!(r.lots[0].purpose, "runoff tie");
        assert_eq!(r.elected, vec![r.lots[0].chosen]);
        assert_eq!(r.stages.len(), 3);
    }

    #[test]
    fn majority_runoff_refuses_several_seats() {
        let err = count(
            &ranked_example(),
            Method::MajorityRunoff,
            &TallyOptions {
                seats: Some(2),
                seed: 0,
            },
        );
        assert!(matches!(err, Err(TallyError::Unsuitable(m)) if m.contains("one seat")));
    }
}
