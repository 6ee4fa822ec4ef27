//! Small pieces shared by the majority, IRV and Schulze counts: an empty result to fill in,
//! stage construction, and names joined for people to read.
//!
//! Kept apart so that the three methods word their notes and stages the same way.

use crate::tally::model::{Ballot, CandidateId, Election};
use crate::tally::result::{InvalidVote, Stage, StageAction, TallyResult};

/// A result with the election's names and no stages yet; `count` fills in method, seed and lots.
pub(super) fn new_result(election: &Election, seats: usize) -> TallyResult {
    TallyResult {
        method: String::new(),
        title: election.title.clone(),
        candidates: election.candidates.clone(),
        seats,
        decimals: 0,
        elected: Vec::new(),
        runoff: Vec::new(),
        valid_total: 0,
        invalid: Vec::new(),
        quota: None,
        stages: Vec::new(),
        pairwise: None,
        seed: 0,
        lots: Vec::new(),
        notes: Vec::new(),
    }
}

/// Lists `ballot` as an invalid vote: once for each line it stands for, with that line's weight,
/// as when every line of the file was a ballot of its own.
pub(super) fn push_invalid(
    invalid: &mut Vec<InvalidVote>,
    election: &Election,
    ballot: &Ballot,
    reason: String,
) {
    invalid.extend(election.lines_of(ballot).map(|(line, weight)| InvalidVote {
        line,
        weight,
        reason: reason.clone(),
    }));
}

/// Puts the invalid votes in file order, which the lines of merged ballots are not in when
/// listed ballot by ballot. An election without merged lines keeps the order it was listed in.
pub(super) fn in_file_order(election: &Election, invalid: &mut [InvalidVote]) {
    if !election.merged.is_empty() {
        invalid.sort_by_key(|v| v.line);
    }
}

/// Whole votes to the `i64` the result holds. A file cannot hold 2^63 ballots, so this never
/// saturates in practice; saturating keeps the function total.
pub(super) fn whole(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// Appends a stage numbered after the last one.
pub(super) fn push_stage(
    result: &mut TallyResult,
    action: StageAction,
    description: String,
    votes: &[u64],
    exhausted: u64,
    threshold: Option<u64>,
) {
    let number = result.stages.len() + 1;
    result.stages.push(Stage {
        number,
        action,
        description,
        votes: votes.iter().map(|&v| whole(v)).collect(),
        exhausted: whole(exhausted),
        residue: 0,
        threshold: threshold.map(whole),
    });
}

/// The smallest whole number of votes that is strictly more than half of `base`: `2*v > base`.
pub(super) fn majority_of(base: u64) -> u64 {
    base / 2 + 1
}

/// "A", "A and B", "A, B and C".
pub(super) fn names(election: &Election, ids: &[CandidateId]) -> String {
    let names: Vec<&str> = ids
        .iter()
        .map(|&c| election.candidates[c].as_str())
        .collect();
    match names.split_last() {
        None => "nobody".to_string(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// Candidates still standing: not withdrawn before the count.
pub(super) fn standing(election: &Election) -> Vec<CandidateId> {
    (0..election.candidates.len())
        .filter(|c| !election.withdrawn.contains(c))
        .collect()
}

/// Builders and generators for the methods' tests.
#[cfg(test)]
pub(super) mod testing {
    use proptest::prelude::*;

    use crate::tally::model::{Ballot, Election, Rank};
    use crate::tally::result::TallyResult;
    use crate::tally::{Method, TallyOptions, count};

    /// A ballot from rank groups (`&[&[0], &[1, 2]]` is 0 first, then 1 and 2 equal).
    pub(crate) fn ballot(weight: u64, ranks: &[&[usize]]) -> Ballot {
        Ballot {
            weight,
            ranks: ranks.iter().map(|r| Rank::from(r.to_vec())).collect(),
            line: 0,
        }
    }

    /// An election whose ballot lines are numbered from 1 in the order given.
    pub(crate) fn election(names: &[&str], ballots: Vec<Ballot>) -> Election {
        let ballots = ballots
            .into_iter()
            .enumerate()
            .map(|(i, b)| Ballot { line: i + 1, ..b })
            .collect();
        Election {
            candidates: names.iter().map(|s| s.to_string()).collect(),
            ballots,
            ..Default::default()
        }
    }

    pub(crate) fn run(e: &Election, method: Method, seats: usize, seed: u64) -> TallyResult {
        count(
            e,
            method,
            &TallyOptions {
                seats: Some(seats),
                seed,
            },
        )
        .expect("count succeeds")
    }

    /// Every stage adds up to the valid total, and no figure is negative.
    pub(crate) fn assert_accounted(r: &TallyResult) {
        for s in &r.stages {
            assert_eq!(
                s.accounted(),
                r.valid_total,
                "stage {} does not add up",
                s.number
            );
            assert!(s.votes.iter().all(|&v| v >= 0) && s.exhausted >= 0 && s.residue == 0);
        }
    }

    /// Elections of 2..=`max_candidates` candidates with blanks, equal ranks and repeats; now and
    /// then the last candidate is withdrawn.
    pub(crate) fn arb_election(
        max_candidates: usize,
        max_lines: usize,
    ) -> impl Strategy<Value = Election> {
        (2..=max_candidates).prop_flat_map(move |n| {
            let line = (
                1u64..=4,
                prop::collection::vec((0..n, prop::bool::weighted(0.15)), 0..=n + 1),
            );
            let lines = prop::collection::vec(line, 0..=max_lines);
            (lines, prop::bool::weighted(0.2)).prop_map(move |(lines, withdraw)| {
                let ballots = lines
                    .into_iter()
                    .enumerate()
                    .map(|(i, (weight, picks))| {
                        let mut ranks: Vec<Vec<usize>> = Vec::new();
                        for (c, equal) in picks {
                            match ranks.last_mut() {
                                Some(last) if equal => last.push(c),
                                _ => ranks.push(vec![c]),
                            }
                        }
                        Ballot {
                            weight,
                            ranks: Rank::list(ranks),
                            line: i + 1,
                        }
                    })
                    .collect();
                let candidates = (0..n).map(|c| format!("C{c}")).collect();
                let withdrawn = if withdraw {
                    [n - 1].into()
                } else {
                    Default::default()
                };
                Election {
                    candidates,
                    ballots,
                    withdrawn,
                    ..Default::default()
                }
            })
        })
    }

    /// The same election with its ballot lines in another order.
    pub(crate) fn arb_shuffled(
        max_candidates: usize,
        max_lines: usize,
    ) -> impl Strategy<Value = (Election, Election)> {
        arb_election(max_candidates, max_lines).prop_flat_map(|e| {
            let original = e.clone();
            Just(e.ballots).prop_shuffle().prop_map(move |ballots| {
                (
                    original.clone(),
                    Election {
                        ballots,
                        ..original.clone()
                    },
                )
            })
        })
    }

    /// A result with the invalid list sorted, so that two orders of the same ballots compare equal.
    pub(crate) fn comparable(mut r: TallyResult) -> TallyResult {
        r.invalid
            .sort_by(|a, b| (a.line, &a.reason).cmp(&(b.line, &b.reason)));
        r.notes.sort();
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn majority_is_strictly_more_than_half() {
        assert_eq!(majority_of(85), 43);
        assert_eq!(majority_of(84), 43);
        assert_eq!(majority_of(70), 36);
        assert_eq!(majority_of(0), 1);
    }

    #[test]
    fn names_are_joined_for_reading() {
        let e = Election {
            candidates: vec!["A".into(), "B".into(), "C".into()],
            ..Default::default()
        };
        assert_eq!(names(&e, &[]), "nobody");
        assert_eq!(names(&e, &[1]), "B");
        assert_eq!(names(&e, &[0, 2]), "A and C");
        assert_eq!(names(&e, &[2, 0, 1]), "C, A and B");
    }
}
