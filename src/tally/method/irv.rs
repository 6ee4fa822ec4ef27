//! Instant-runoff voting (one seat), with the rules Burlington (Vermont) used in 2009.
//!
//! - Each round a ballot counts for its highest-ranked continuing candidate. A candidate with more
//!   than half of the continuing votes (`2*v > votes not exhausted`) is elected; a candidate left
//!   alone is elected too.
//! - Overvotes: a rank holding two or more candidates (ABIF `A=B`) exhausts the ballot when the
//!   count reaches it, if two or more of them are still continuing; with one continuing it counts
//!   for that one, with none it is passed over. An exhausted ballot stays exhausted: it is not
//!   revived when the overvoted candidates are later excluded. Burlington's published figures need
//!   exactly this (tally-data README, section E); a stateless recount or exhausting at any
//!   overvote misses them by a few votes.
//! - Skipped ranks (an empty rank) are passed over; a candidate ranked again after being excluded
//!   is passed over like any excluded candidate; withdrawn candidates never continue.
//! - Blank ballots (and ballots naming only withdrawn candidates) are not valid votes: they are
//!   listed in `invalid`. A ballot whose first rank is already an overvote is valid but exhausted
//!   at the first count, as Burlington counted it.
//! - Exclusion is in batches, as Burlington excluded Simpson, Smith and the write-ins together:
//!   the largest group of lowest candidates whose combined votes are fewer than the next
//!   candidate's. None of them could overtake that candidate, so one-at-a-time exclusion would
//!   remove the same group first; the batch only saves rounds.
//! - A tie for exclusion goes back to the most recent earlier round at which the tied candidates
//!   had unequal votes, and excludes the one then lowest (the Scottish Order's rule 50, which the
//!   STV counts here use too, and the usual ERS practice); if they were equal at every round, lot.

use super::common::{
    in_file_order, majority_of, names, new_result, push_invalid, push_stage, standing, whole,
};
use crate::tally::TallyError;
use crate::tally::lot::LotDrawer;
use crate::tally::model::{Ballot, CandidateId, Election};
use crate::tally::result::{StageAction, TallyResult};

/// A ballot during the count: where it has got to, and whether it has run out.
struct Paper<'a> {
    ballot: &'a Ballot,
    rank: usize,
    exhausted: bool,
}

impl Paper<'_> {
    /// The continuing candidate this paper counts for now, moving down its ranks as needed.
    /// Returns `(candidate, exhausted_at_overvote)`.
    fn settle(&mut self, continuing: &[bool]) -> (Option<CandidateId>, bool) {
        while !self.exhausted && self.rank < self.ballot.ranks.len() {
            let mut live: Vec<CandidateId> = self.ballot.ranks[self.rank]
                .iter()
                .copied()
                .filter(|&c| continuing[c])
                .collect();
            live.sort_unstable();
            live.dedup();
            match live.as_slice() {
                [] => self.rank += 1,
                [c] => return (Some(*c), false),
                _ => {
                    self.exhausted = true;
                    return (None, true);
                }
            }
        }
        self.exhausted = true;
        (None, false)
    }
}

pub(super) fn count(
    election: &Election,
    seats: usize,
    lots: &mut LotDrawer,
) -> Result<TallyResult, TallyError> {
    if seats != 1 {
        return Err(TallyError::Unsuitable(format!(
            "irv fills one seat, not {seats}: use stv-scottish or stv-meek for several seats"
        )));
    }
    let standing = standing(election);
    if standing.is_empty() {
        return Err(TallyError::Unsuitable(
            "there are no candidates to elect".into(),
        ));
    }
    let n = election.candidates.len();
    let mut result = new_result(election, 1);
    let mut continuing = vec![false; n];
    for &c in &standing {
        continuing[c] = true;
    }
    let mut papers = Vec::new();
    for ballot in &election.ballots {
        if ballot.candidates().any(|c| continuing[c]) {
            papers.push(Paper {
                ballot,
                rank: 0,
                exhausted: false,
            });
        } else {
            let reason = if ballot.is_blank() {
                "blank ballot: not a valid vote"
            } else {
                "names only withdrawn candidates: not a valid vote"
            };
            push_invalid(&mut result.invalid, election, ballot, reason.into());
        }
    }
    in_file_order(election, &mut result.invalid);
    let valid: u64 = papers.iter().map(|p| p.ballot.weight).sum();
    result.valid_total = whole(valid);

    let mut history: Vec<Vec<u64>> = Vec::new();
    let mut overvoted = 0u64;
    let mut action = StageAction::FirstCount;
    let mut description = "First preferences.".to_string();
    loop {
        let mut votes = vec![0u64; n];
        let mut exhausted = 0u64;
        for paper in &mut papers {
            let was = paper.exhausted;
            match paper.settle(&continuing) {
                (Some(c), _) => votes[c] += paper.ballot.weight,
                (None, at_overvote) => {
                    exhausted += paper.ballot.weight;
                    if at_overvote && !was {
                        overvoted += paper.ballot.weight;
                    }
                }
            }
        }
        let active = valid - exhausted;
        let needed = majority_of(active);
        push_stage(
            &mut result,
            action,
            description,
            &votes,
            exhausted,
            Some(needed),
        );
        history.push(votes.clone());
        result.quota = Some(whole(needed));

        let alive: Vec<CandidateId> = standing
            .iter()
            .copied()
            .filter(|&c| continuing[c])
            .collect();
        let winner = alive.iter().copied().find(|&c| 2 * votes[c] > active);
        if let Some(w) = winner.or_else(|| (alive.len() == 1).then(|| alive[0])) {
            let how = if winner.is_some() {
                format!("{} of {active} continuing votes, more than half", votes[w])
            } else {
                "the only continuing candidate".to_string()
            };
            push_stage(
                &mut result,
                StageAction::Elected {
                    candidates: vec![w],
                },
                format!("{} elected: {how}.", election.candidates[w]),
                &votes,
                exhausted,
                Some(needed),
            );
            result.elected = vec![w];
            break;
        }

        let excluded = choose_exclusion(election, &alive, &history, lots, &mut result.notes);
        for &c in &excluded {
            continuing[c] = false;
        }
        let total: u64 = excluded.iter().map(|&c| votes[c]).sum();
        description = if excluded.len() == 1 {
            format!(
                "{} excluded with {total} votes; ballots transferred.",
                election.candidates[excluded[0]]
            )
        } else {
            format!(
                "{} excluded together: their {total} votes are fewer than the next candidate's, \
                 so none of them can win; ballots transferred.",
                names(election, &excluded)
            )
        };
        action = StageAction::Excluded {
            candidates: excluded,
        };
    }
    if overvoted > 0 {
        result.notes.push(format!(
            "{overvoted} ballot(s) exhausted on reaching a rank with two or more continuing \
             candidates (an overvote); an exhausted ballot stays exhausted."
        ));
    }
    Ok(result)
}

/// Who is excluded this round: the batch of lowest candidates who cannot catch up, else the single
/// lowest, with ties broken by earlier rounds and then by lot.
fn choose_exclusion(
    election: &Election,
    alive: &[CandidateId],
    history: &[Vec<u64>],
    lots: &mut LotDrawer,
    notes: &mut Vec<String>,
) -> Vec<CandidateId> {
    let votes = history.last().expect("a round was counted");
    let mut order = alive.to_vec();
    order.sort_by_key(|&c| (votes[c], c));
    // Largest k with (sum of the k lowest) < (votes of the next): equal votes never split, since
    // the k lowest then hold at least the next one's votes.
    let mut batch = 0;
    let mut sum = 0u64;
    for k in 1..order.len() {
        sum += votes[order[k - 1]];
        if sum < votes[order[k]] {
            batch = k;
        }
    }
    if batch > 0 {
        return order[..batch].to_vec();
    }
    let low = votes[order[0]];
    let tied: Vec<CandidateId> = order.iter().copied().filter(|&c| votes[c] == low).collect();
    let mut pool = tied.clone();
    for (round, earlier) in history.iter().enumerate().rev().skip(1) {
        let least = pool
            .iter()
            .map(|&c| earlier[c])
            .min()
            .expect("tied candidates");
        let lowest: Vec<CandidateId> = pool
            .iter()
            .copied()
            .filter(|&c| earlier[c] == least)
            .collect();
        if lowest.len() < pool.len() {
            notes.push(format!(
                "{} tied at {low} votes for exclusion at stage {}; at stage {} {} had fewest \
                 ({least}).",
                names(election, &pool),
                history.len(),
                round + 1,
                names(election, &lowest)
            ));
            pool = lowest;
            if pool.len() == 1 {
                return pool;
            }
        }
    }
    let c = lots.draw(
        format!("exclusion at stage {}: tie at {low} votes", history.len()),
        &pool,
    );
    notes.push(format!(
        "{} tied at {low} votes for exclusion at stage {}, equal at every earlier stage; the lot \
         excluded {}.",
        names(election, &pool),
        history.len(),
        election.candidates[c]
    ));
    vec![c]
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::common::testing::*;
    use crate::tally::format::{InputFormat, parse};
    use crate::tally::result::StageAction;
    use crate::tally::{Method, TallyError, TallyOptions, count};

    #[test]
    fn burlington_2009_elects_bob_kiss_with_the_published_rounds() {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/tally/burlington-2009-mayor.abif"
        ));
        let e = parse(text, Some(InputFormat::Abif)).unwrap();
        // Candidates in file order: Kiss, Montroll, Simpson, Smith, Wright, Write-in.
        let r = run(&e, Method::Irv, 1, 0);
        assert_eq!(r.valid_total, 8980);
        assert!(r.invalid.is_empty());
        let s = &r.stages;
        assert_eq!(s.len(), 4);
        assert_eq!(s[0].votes, vec![2585, 2063, 35, 1306, 2951, 36]);
        assert_eq!(s[0].exhausted, 4);
        assert_eq!(
            s[1].action,
            StageAction::Excluded {
                candidates: vec![2, 5, 3]
            }
        );
        assert_eq!(s[1].votes, vec![2981, 2554, 0, 0, 3294, 0]);
        assert_eq!(s[1].exhausted, 151);
        assert_eq!(
            s[2].action,
            StageAction::Excluded {
                candidates: vec![1]
            }
        );
        assert_eq!(s[2].votes, vec![4313, 0, 0, 0, 4061, 0]);
        assert_eq!(s[2].exhausted, 606);
        assert_eq!(
            s[3].action,
            StageAction::Elected {
                candidates: vec![0]
            }
        );
        assert_eq!(r.elected, vec![0]);
        assert_eq!(r.quota, Some(4188));
        assert!(r.lots.is_empty());
        assert_accounted(&r);
    }

    const ABCD: &[&str] = &["A", "B", "C", "D"];

    #[test]
    fn transfers_until_a_majority_of_continuing_votes() {
        let e = election(
            ABCD,
            vec![
                ballot(8, &[&[0]]),
                ballot(6, &[&[1], &[0]]),
                ballot(5, &[&[2], &[1]]),
                ballot(4, &[&[3], &[2]]),
            ],
        );
        // D (4) is excluded alone: 4 < C's 5, but 4 + 5 = 9 is not below B's 6.
        let r = run(&e, Method::Irv, 1, 0);
        let s = &r.stages;
        assert_eq!(
            s[1].action,
            StageAction::Excluded {
                candidates: vec![3]
            }
        );
        assert_eq!(s[1].votes, vec![8, 6, 9, 0]);
        assert_eq!(
            s[2].action,
            StageAction::Excluded {
                candidates: vec![1]
            }
        );
        assert_eq!((s[2].votes.clone(), s[2].exhausted), (vec![14, 0, 9, 0], 0));
        assert_eq!(r.elected, vec![0]);
        assert_accounted(&r);
    }

    #[test]
    fn overvote_exhausts_when_two_continue_and_stays_exhausted() {
        let e = election(
            ABCD,
            vec![
                ballot(1, &[&[3], &[0, 1], &[2]]), // reaches A=B with both continuing: exhausted
                ballot(2, &[&[3], &[0, 2]]),       // C is out when reached: counts for A
                ballot(10, &[&[0]]),
                ballot(9, &[&[1]]),
                ballot(4, &[&[2]]),
                ballot(5, &[&[3], &[2, 1]]),
            ],
        );
        let r = run(&e, Method::Irv, 1, 0);
        // Round 1: A 10, B 9, C 4, D 8: C goes (4 < 8, 12 is not < 9); then D (8 < 9).
        assert_eq!(r.stages[0].votes, vec![10, 9, 4, 8]);
        assert_eq!(r.stages[1].votes, vec![10, 9, 0, 8]);
        // D excluded: the first ballot exhausts at A=B; the second counts for A (C is out);
        // the 5 reaching C=B count for B, C being out.
        assert_eq!(r.stages[2].votes, vec![12, 14, 0, 0]);
        assert_eq!(
            r.stages[2].exhausted, 5,
            "C's own 4 ran out in round 2, plus the overvote"
        );
        assert_eq!(r.elected, vec![1]);
        assert!(
            r.notes
                .iter()
                .any(|n| n.starts_with("1 ballot(s) exhausted"))
        );
        assert_accounted(&r);

        // Stateful: a first-rank overvote A=B exhausts at once and is not revived when B goes.
        let e = election(
            &["A", "B", "C"],
            vec![
                ballot(3, &[&[0, 1]]),
                ballot(5, &[&[0]]),
                ballot(4, &[&[2]]),
                ballot(1, &[&[1]]),
            ],
        );
        let r = run(&e, Method::Irv, 1, 0);
        assert_eq!(r.stages[0].exhausted, 3);
        assert_eq!(r.stages[1].votes, vec![5, 0, 4]);
        assert_eq!(
            r.stages[1].exhausted, 4,
            "B's ballot has no further choice; A=B stays exhausted"
        );
    }

    #[test]
    fn skipped_ranks_and_repeats_are_passed_over_and_blanks_are_invalid() {
        let e = election(
            &["A", "B", "C"],
            vec![
                ballot(3, &[&[2], &[], &[2], &[1]]),
                ballot(4, &[&[0]]),
                ballot(4, &[&[1]]),
                ballot(2, &[&[], &[]]),
            ],
        );
        let r = run(&e, Method::Irv, 1, 0);
        assert_eq!(r.valid_total, 11);
        assert_eq!(r.invalid.len(), 1);
        assert_eq!((r.invalid[0].line, r.invalid[0].weight), (4, 2));
        assert_eq!(r.stages[1].votes, vec![4, 7, 0]);
        assert_eq!(r.elected, vec![1]);
    }

    #[test]
    fn exclusion_tie_is_broken_by_the_most_recent_round_where_they_differed() {
        // No tie: E (3) goes alone (3 + 5 is not < 6), then C (6 < 7).
        let e = election(
            &["A", "B", "C", "D", "E"],
            vec![
                ballot(12, &[&[0]]),
                ballot(11, &[&[1]]),
                ballot(6, &[&[2]]),
                ballot(5, &[&[3]]),
                ballot(2, &[&[4], &[3]]),
                ballot(1, &[&[4]]),
            ],
        );
        let r = run(&e, Method::Irv, 1, 0);
        assert_eq!(r.stages[1].votes, vec![12, 11, 6, 7, 0]);
        assert_eq!(
            r.stages[2].action,
            StageAction::Excluded {
                candidates: vec![2]
            }
        );

        // Round 1: C 6, D 5, E 1 (E → D). Round 2: C 6, D 6 tie; at round 1 D had fewer.
        let e = election(
            &["A", "B", "C", "D", "E"],
            vec![
                ballot(12, &[&[0]]),
                ballot(13, &[&[1]]),
                ballot(6, &[&[2]]),
                ballot(5, &[&[3]]),
                ballot(1, &[&[4], &[3]]),
            ],
        );
        let r = run(&e, Method::Irv, 1, 0);
        assert_eq!(r.stages[1].votes, vec![12, 13, 6, 6, 0]);
        assert_eq!(
            r.stages[2].action,
            StageAction::Excluded {
                candidates: vec![3]
            }
        );
        assert!(r.lots.is_empty());
        assert!(
            r.notes
                .iter()
                .any(|n| n.contains("at stage 1 D had fewest (5)"))
        );
    }

    #[test]
    fn exclusion_tie_equal_at_every_round_goes_to_lot() {
        let e = election(
            &["A", "B", "C"],
            vec![
                ballot(5, &[&[0]]),
                ballot(3, &[&[1], &[0]]),
                ballot(3, &[&[2], &[0]]),
            ],
        );
        let mut excluded = [false; 3];
        for seed in 0..30 {
            let r = run(&e, Method::Irv, 1, seed);
            assert_eq!(r.lots.len(), 1);
            assert_eq!(r.lots[0].among, vec![1, 2]);
            assert_eq!(r.lots[0].purpose, "exclusion at stage 1: tie at 3 votes");
            assert_eq!(
                r.stages[1].action,
                StageAction::Excluded {
                    candidates: vec![r.lots[0].chosen]
                }
            );
            assert_eq!(r.elected, vec![0]);
            excluded[r.lots[0].chosen] = true;
        }
        assert_eq!(excluded, [false, true, true]);
    }

    #[test]
    fn earlier_rounds_narrow_a_three_way_tie_before_the_lot() {
        // Round 1: A 12, B 3, C 3, D 4, E 2; E goes, one ballot each to B and C.
        // Round 2: B, C and D tie at 4; at round 1 B and C had 3, D 4; B and C equal throughout.
        let e = election(
            &["A", "B", "C", "D", "E"],
            vec![
                ballot(12, &[&[0]]),
                ballot(3, &[&[1]]),
                ballot(3, &[&[2]]),
                ballot(4, &[&[3]]),
                ballot(1, &[&[4], &[1]]),
                ballot(1, &[&[4], &[2]]),
            ],
        );
        let r = run(&e, Method::Irv, 1, 11);
        assert_eq!(r.stages[1].votes, vec![12, 4, 4, 4, 0]);
        assert_eq!(r.lots.len(), 1);
        assert_eq!(r.lots[0].among, vec![1, 2]);
        assert_eq!(r.lots[0].purpose, "exclusion at stage 2: tie at 4 votes");
        assert!(
            r.notes
                .iter()
                .any(|n| n.contains("at stage 1 B and C had fewest (3)"))
        );
        assert_eq!(
            r.stages[2].action,
            StageAction::Excluded {
                candidates: vec![r.lots[0].chosen]
            }
        );
        assert_accounted(&r);
    }

    #[test]
    fn refuses_several_seats_and_an_empty_field() {
        let e = election(&["A", "B"], vec![ballot(1, &[&[0]])]);
        let err = count(
            &e,
            Method::Irv,
            &TallyOptions {
                seats: Some(2),
                seed: 0,
            },
        );
        assert!(matches!(err, Err(TallyError::Unsuitable(m)) if m.contains("one seat")));
        let empty = election(&[], vec![]);
        assert!(
            count(
                &empty,
                Method::Irv,
                &TallyOptions {
                    seats: None,
                    seed: 0
                }
            )
            .is_err()
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn ballot_order_does_not_matter_and_stages_add_up(
            (a, b) in arb_shuffled(6, 14),
            seed in 0u64..4,
        ) {
            let ra = comparable(run(&a, Method::Irv, 1, seed));
            assert_accounted(&ra);
            prop_assert_eq!(ra.elected.len(), 1);
            prop_assert_eq!(ra, comparable(run(&b, Method::Irv, 1, seed)));
        }

        #[test]
        fn a_majority_of_first_preferences_always_wins(e in arb_election(6, 14), seed in 0u64..4) {
            let r = run(&e, Method::Irv, 1, seed);
            let first = &r.stages[0];
            // A majority of all valid ballots, counting those exhausted at once.
            if let Some(c) = (0..first.votes.len()).find(|&c| 2 * first.votes[c] > r.valid_total) {
                prop_assert_eq!(r.elected.clone(), vec![c]);
                prop_assert_eq!(r.stages.len(), 2);
            }
        }
    }
}
