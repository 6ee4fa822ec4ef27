//! What the two STV counts share: reading each ballot as a clean list of preferences, grouping
//! identical ballots, and breaking ties by looking back through earlier stages.
//!
//! Ballots are grouped before counting because identical ballots follow identical paths through
//! any STV count and always carry the same value: counting a group once with its weight gives the
//! same figures as counting its papers one by one, and makes the work depend on the number of
//! distinct ballots only. Groups are sorted by their preferences, so the count never depends on the
//! order of the lines in the file.
//!
//! A ballot's preferences are read as the Scottish order reads a paper: valid up to the point
//! where the next preference is unclear. Withdrawn candidates are struck out first (they are not on
//! the paper). Then a rank holding several candidates (equal ranks), or a candidate ranked a second
//! time, ends the ballot just before that rank. When the unclear rank is the first, the ballot has no
//! first preference and is an invalid vote; so is a blank ballot and one that ranks only withdrawn
//! candidates.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::tally::TallyError;
use crate::tally::lot::LotDrawer;
use crate::tally::model::{CandidateId, Election, Rank};
use crate::tally::result::InvalidVote;

/// Identical ballots counted as one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Group {
    /// Candidates in order of preference, each once, none withdrawn; never empty.
    pub prefs: Vec<CandidateId>,
    pub weight: u64,
}

/// The ballots of an election made ready for an STV count.
#[derive(Debug, Clone)]
pub(super) struct Prepared {
    /// Sorted by preferences, so that the count does not depend on the file's line order.
    pub groups: Vec<Group>,
    /// Sorted by line.
    pub invalid: Vec<InvalidVote>,
    pub valid_weight: u64,
    pub notes: Vec<String>,
}

/// Lines listed in a note before it says "and N more": a note is read by people.
const LINES_IN_NOTE: usize = 10;

/// Cleans and groups the ballots, and checks that `seats` can be filled at all.
pub(super) fn prepare(election: &Election, seats: usize) -> Result<Prepared, TallyError> {
    let n = election.candidates.len();
    crate::tally::limits::check_seats(
        election,
        &crate::tally::TallyOptions {
            seats: Some(seats),
            seed: 0,
        },
    )?;

    let withdrawn: Vec<bool> = (0..n).map(|c| election.withdrawn.contains(&c)).collect();
    let mut prefs = Vec::with_capacity(n);
    // Every valid ballot's preferences, one after another, and where each ballot's are: no
    // allocation per ballot.
    let mut arena: Vec<CandidateId> = Vec::new();
    let mut spans: Vec<(usize, usize, u64)> = Vec::new();
    let mut invalid = Vec::new();
    // The first lines of truncated ballots, for the note, and how many there are: a file of many
    // identical lines keeps a few numbers, not one a line.
    let mut truncated_lines: Vec<usize> = Vec::new();
    let mut truncated_count = 0usize;
    let mut truncated_weight = 0u64;
    for ballot in &election.ballots {
        if let Some(bad) = ballot.candidates().find(|&c| c >= n) {
            return Err(TallyError::Unsuitable(format!(
                "line {}: candidate number {} does not exist ({n} candidates)",
                ballot.line,
                bad + 1
            )));
        }
        if ballot.weight == 0 {
            continue;
        }
        match read_preferences(&ballot.ranks, &withdrawn, &mut prefs) {
            Ok(truncated) => {
                if truncated {
                    for (line, _) in election.lines_of(ballot) {
                        truncated_count += 1;
                        truncated_lines.push(line);
                        if truncated_lines.len() > 4 * LINES_IN_NOTE {
                            truncated_lines.sort_unstable();
                            truncated_lines.truncate(LINES_IN_NOTE);
                        }
                    }
                    truncated_weight += ballot.weight;
                }
                spans.push((arena.len(), prefs.len(), ballot.weight));
                arena.extend_from_slice(&prefs);
            }
            Err(reason) => {
                invalid.extend(election.lines_of(ballot).map(|(line, weight)| InvalidVote {
                    line,
                    weight,
                    reason: reason.clone(),
                }))
            }
        }
    }
    invalid.sort_by_key(|v| v.line);
    truncated_lines.sort_unstable();

    let of = |&(start, len, _): &(usize, usize, u64)| &arena[start..start + len];
    // Identical ballots are found by hashing the slices where they lie (no key is allocated),
    // and only the distinct ones are sorted: a file of many repeated lines sorts few.
    let mut index: HashMap<&[CandidateId], usize> = HashMap::new();
    let mut distinct: Vec<(&[CandidateId], u64)> = Vec::new();
    for span in &spans {
        match index.entry(of(span)) {
            Entry::Occupied(at) => distinct[*at.get()].1 += span.2,
            Entry::Vacant(at) => {
                at.insert(distinct.len());
                distinct.push((of(span), span.2));
            }
        }
    }
    drop(index);
    distinct.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let groups: Vec<Group> = distinct
        .into_iter()
        .map(|(prefs, weight)| Group {
            prefs: prefs.to_vec(),
            weight,
        })
        .collect();
    let valid_weight = groups.iter().map(|g| g.weight).sum();
    if valid_weight == 0 {
        return Err(TallyError::Unsuitable(
            "there are no valid votes to count".into(),
        ));
    }

    let mut notes = Vec::new();
    if !truncated_lines.is_empty() {
        notes.push(format!(
            "{truncated_weight} ballot(s) with equal ranks or a candidate ranked twice after the \
             first preference were counted up to the preference before the unclear one (lines {})",
            list_lines(&truncated_lines, truncated_count)
        ));
    }
    if !election.withdrawn.is_empty() {
        let names: Vec<&str> = election
            .withdrawn
            .iter()
            .map(|&c| election.candidates[c].as_str())
            .collect();
        notes.push(format!(
            "withdrawn candidates were struck out of every ballot: {}",
            names.join(", ")
        ));
    }
    Ok(Prepared {
        groups,
        invalid,
        valid_weight,
        notes,
    })
}

/// Reads one ballot's clear preferences into `prefs` and says whether an unclear rank cut it
/// short; or says why it is not a valid vote. `prefs` is a buffer reused from ballot to ballot.
fn read_preferences(
    ranks: &[Rank],
    withdrawn: &[bool],
    prefs: &mut Vec<CandidateId>,
) -> Result<bool, String> {
    prefs.clear();
    let mut seen_any = false;
    for rank in ranks {
        seen_any |= !rank.is_empty();
        let mut standing = rank.iter().copied().filter(|&c| !withdrawn[c]);
        match (standing.next(), standing.next()) {
            (None, _) => continue,
            (Some(c), None) if !prefs.contains(&c) => prefs.push(c),
            (Some(_), Some(_)) if prefs.is_empty() => {
                let equal = rank.iter().filter(|&&c| !withdrawn[c]).count();
                return Err(format!(
                    "first preference unclear: {equal} candidates ranked equal first"
                ));
            }
            _ => return Ok(true),
        }
    }
    if prefs.is_empty() {
        return Err(if seen_any {
            "ranks only withdrawn candidates".to_string()
        } else {
            "blank ballot".to_string()
        });
    }
    Ok(false)
}

/// The first of `lines` (sorted, holding at least the first `LINES_IN_NOTE` of `count`), and how
/// many more there are.
fn list_lines(lines: &[usize], count: usize) -> String {
    let shown: Vec<String> = lines
        .iter()
        .take(LINES_IN_NOTE)
        .map(|l| l.to_string())
        .collect();
    let mut s = shown.join(", ");
    if count > LINES_IN_NOTE {
        s.push_str(&format!(" and {} more", count - LINES_IN_NOTE));
    }
    s
}

/// Which end of a tie is wanted: the candidate to exclude has the fewest votes, the surplus to
/// transfer first is the largest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Want {
    Fewest,
    Most,
}

/// Breaks a tie between `tied` by going back through `history` (the votes at the end of each
/// earlier stage, oldest first): at the most recent stage where they differed, those with the
/// fewest (or most) votes stay; if more than one stays, the search goes on further back among
/// them. Candidates equal at every stage are separated by lot. Returns the candidate and a sentence
/// saying how the tie was broken, calling a stage `stage_word` ("stage", "round").
pub(super) fn break_tie(
    tied: &[CandidateId],
    history: &[Vec<i64>],
    want: Want,
    names: &[String],
    lots: &mut LotDrawer,
    purpose: &str,
    stage_word: &str,
) -> (CandidateId, String) {
    let mut left: Vec<CandidateId> = tied.to_vec();
    left.sort_unstable();
    if left.len() == 1 {
        return (left[0], String::new());
    }
    let listed = join_names(&left, names);
    for (i, votes) in history.iter().enumerate().rev() {
        let pick = |c: &CandidateId| votes[*c];
        let target = match want {
            Want::Fewest => left.iter().map(pick).min(),
            Want::Most => left.iter().map(pick).max(),
        };
        left.retain(|c| Some(votes[*c]) == target);
        if left.len() == 1 {
            return (
                left[0],
                format!(
                    "{listed} were tied; {} had {} votes at the end of {stage_word} {}.",
                    names[left[0]],
                    if want == Want::Fewest {
                        "the fewest"
                    } else {
                        "the most"
                    },
                    i + 1
                ),
            );
        }
    }
    let chosen = lots.draw(purpose, &left);
    let drawn = names[chosen].as_str();
    (
        chosen,
        format!("{listed} were tied in every {stage_word}; {drawn} was chosen by lot."),
    )
}

/// "A, B and C".
pub(super) fn join_names(ids: &[CandidateId], names: &[String]) -> String {
    match ids {
        [] => String::new(),
        [one] => names[*one].clone(),
        [init @ .., last] => {
            let head: Vec<&str> = init.iter().map(|&c| names[c].as_str()).collect();
            format!("{} and {}", head.join(", "), names[*last])
        }
    }
}

/// A scaled vote value for people: `1234567` at 5 decimals is "12.34567".
pub(super) fn fixed(value: i64, decimals: u32) -> String {
    let scale = 10i64.pow(decimals);
    let sign = if value < 0 { "-" } else { "" };
    let v = value.unsigned_abs();
    let s = scale as u64;
    if decimals == 0 {
        format!("{sign}{v}")
    } else {
        format!(
            "{sign}{}.{:0width$}",
            v / s,
            v % s,
            width = decimals as usize
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tally::model::Ballot;

    fn ballot(line: usize, ranks: &[&[CandidateId]]) -> Ballot {
        Ballot {
            weight: 1,
            ranks: ranks.iter().map(|r| Rank::from(r.to_vec())).collect(),
            line,
        }
    }

    fn election(ballots: Vec<Ballot>) -> Election {
        Election {
            candidates: ["A", "B", "C", "D"].map(String::from).to_vec(),
            ballots,
            ..Election::default()
        }
    }

    #[test]
    fn unclear_later_preference_truncates_and_unclear_first_is_invalid() {
        let e = election(vec![
            ballot(1, &[&[0], &[1, 2], &[3]]),
            ballot(2, &[&[0], &[1], &[0], &[3]]),
            ballot(3, &[&[1, 2], &[0]]),
            ballot(4, &[]),
            ballot(5, &[&[2], &[3]]),
        ]);
        let p = prepare(&e, 1).unwrap();
        assert_eq!(
            p.groups,
            vec![
                Group {
                    prefs: vec![0],
                    weight: 1
                },
                Group {
                    prefs: vec![0, 1],
                    weight: 1
                },
                Group {
                    prefs: vec![2, 3],
                    weight: 1
                },
            ]
        );
        assert_eq!(p.valid_weight, 3);
        let reasons: Vec<(usize, &str)> = p
            .invalid
            .iter()
            .map(|v| (v.line, v.reason.as_str()))
            .collect();
        assert_eq!(
            reasons,
            vec![
                (
                    3,
                    "first preference unclear: 2 candidates ranked equal first"
                ),
                (4, "blank ballot")
            ]
        );
        assert!(p.notes[0].contains("lines 1, 2"), "{:?}", p.notes);
    }

    #[test]
    fn withdrawn_candidates_are_struck_out_before_reading_ranks() {
        let mut e = election(vec![
            ballot(1, &[&[3, 1], &[2]]),
            ballot(2, &[&[3]]),
            ballot(3, &[&[3], &[1]]),
        ]);
        e.withdrawn.insert(3);
        let p = prepare(&e, 2).unwrap();
        assert_eq!(
            p.groups,
            vec![
                Group {
                    prefs: vec![1],
                    weight: 1
                },
                Group {
                    prefs: vec![1, 2],
                    weight: 1
                }
            ]
        );
        assert_eq!(p.invalid.len(), 1);
        assert_eq!(p.invalid[0].reason, "ranks only withdrawn candidates");
        assert!(prepare(&e, 4).is_err(), "4 seats but 3 candidates standing");
    }

    #[test]
    fn identical_ballots_are_grouped_whatever_their_order() {
        let mut e = election(vec![
            Ballot {
                weight: 3,
                ranks: Rank::list(vec![vec![1], vec![0]]),
                line: 1,
            },
            Ballot {
                weight: 2,
                ranks: Rank::list(vec![vec![0]]),
                line: 2,
            },
            Ballot {
                weight: 4,
                ranks: Rank::list(vec![vec![1], vec![0]]),
                line: 3,
            },
        ]);
        let a = prepare(&e, 1).unwrap().groups;
        e.ballots.reverse();
        let b = prepare(&e, 1).unwrap().groups;
        assert_eq!(a, b);
        assert_eq!(
            a,
            vec![
                Group {
                    prefs: vec![0],
                    weight: 2
                },
                Group {
                    prefs: vec![1, 0],
                    weight: 7
                }
            ]
        );
    }

    #[test]
    fn no_valid_votes_and_unknown_candidates_are_refused() {
        let e = election(vec![ballot(1, &[])]);
        assert!(matches!(prepare(&e, 1), Err(TallyError::Unsuitable(_))));
        let e = election(vec![ballot(7, &[&[9]])]);
        assert_eq!(
            prepare(&e, 1).unwrap_err(),
            TallyError::Unsuitable(
                "line 7: candidate number 10 does not exist (4 candidates)".into()
            )
        );
    }

    #[test]
    fn tie_goes_back_to_the_latest_stage_where_the_tied_differed() {
        let names: Vec<String> = ["A", "B", "C"].map(String::from).to_vec();
        let history = vec![vec![5, 3, 4], vec![6, 6, 5], vec![7, 7, 7]];
        let mut lots = LotDrawer::new(1);
        // Stage 2: A and B equal, C lowest; C is out.
        let (c, why) = break_tie(
            &[0, 1, 2],
            &history,
            Want::Fewest,
            &names,
            &mut lots,
            "t",
            "stage",
        );
        assert_eq!(c, 2, "{why}");
        // Between A and B, stage 2 is equal, stage 1 decides.
        let (c, _) = break_tie(
            &[0, 1],
            &history,
            Want::Fewest,
            &names,
            &mut lots,
            "t",
            "stage",
        );
        assert_eq!(c, 1);
        let (c, why) = break_tie(
            &[0, 1],
            &history,
            Want::Most,
            &names,
            &mut lots,
            "t",
            "stage",
        );
        assert_eq!(c, 0);
        assert!(why.contains("stage 1"), "{why}");
        assert!(lots.draws().is_empty());
    }

    #[test]
    fn tie_equal_at_every_stage_is_drawn_by_lot_and_recorded() {
        let names: Vec<String> = ["A", "B", "C"].map(String::from).to_vec();
        let history = vec![vec![2, 2, 1], vec![3, 3, 3]];
        let mut lots = LotDrawer::new(9);
        let (c, why) = break_tie(
            &[1, 0],
            &history,
            Want::Fewest,
            &names,
            &mut lots,
            "exclusion at stage 3",
            "stage",
        );
        assert!(why.contains("by lot"), "{why}");
        let draws = lots.draws();
        assert_eq!(draws.len(), 1);
        assert_eq!(draws[0].among, vec![0, 1]);
        assert_eq!(draws[0].chosen, c);
        assert_eq!(draws[0].purpose, "exclusion at stage 3");
    }

    #[test]
    fn fixed_point_values_print_with_their_decimals() {
        assert_eq!(fixed(190_513_482, 5), "1905.13482");
        assert_eq!(fixed(498, 5), "0.00498");
        assert_eq!(fixed(-1_500_000, 6), "-1.500000");
        assert_eq!(fixed(12, 0), "12");
    }
}

#[cfg(test)]
#[path = "stv_props.rs"]
mod props;
