//! Condorcet counting as the Debian constitution, appendix A, does it: Schwartz sequential
//! dropping with a default option, which the constitution now calls the Schulze method.
//!
//! - Each ballot ranks some options; ranked options beat unranked ones, and unranked options are
//!   ranked equally with one another. Counting unranked options as "no preference"
//!   instead gives Debian 2006 to the wrong candidate (tally-data README, section D).
//! - With a default option D (`Election::default_option`), an option A is dropped unless it
//!   defeats D by its majority ratio `num:den` (`Election::majority_requirements`, else 1:1):
//!   `V(A,D)*den >= num*V(D,A)` and `V(A,D) > V(D,A)`. D itself is never dropped. Debian's quorum
//!   requirement is not modelled (the election files carry no quorum).
//! - Among the rest: A defeats B when `V(A,B) > V(B,A)`. The Schwartz set is found from the
//!   transitive defeats; while defeats remain inside it, the weakest are dropped (fewest votes for
//!   the winner of the defeat; on equal votes, more votes against is weaker), and the Schwartz set
//!   is found again. A single option left is the winner; several are decided by lot (the
//!   constitution's casting vote of the elector, for which a count has no one).
//! - The beatpath strengths (Schulze's strongest paths, with the same order of defeat strength)
//!   are reported in the notes; Schulze proved that they pick the same winners as the dropping.
//! - The pairwise matrix `V(i,j)` goes into `TallyResult::pairwise`. Stages show first
//!   preferences for reference: a ballot ranking one option alone at the top counts for it, and
//!   ballots ranking several options equal first are shown as exhausted, so every stage adds up.
//! - One winner only: several seats are refused, since a ranking by repeated Schulze winners is
//!   not proportional; STV methods fill several seats.
//! - Blank ballots rank nothing and are listed as invalid.

use std::cmp::Reverse;

use super::common::{in_file_order, names, new_result, push_invalid, push_stage, standing, whole};
use crate::tally::TallyError;
use crate::tally::lot::LotDrawer;
use crate::tally::model::{CandidateId, Election};
use crate::tally::result::{StageAction, TallyResult};

/// Strength of a defeat: votes for the winner, then fewer votes against is stronger. `None` (no
/// defeat) is weaker than any defeat.
type Strength = Option<(u64, Reverse<u64>)>;

fn strength(d: &[Vec<u64>], a: CandidateId, b: CandidateId) -> Strength {
    (d[a][b] > d[b][a]).then_some((d[a][b], Reverse(d[b][a])))
}

pub(super) fn count(
    election: &Election,
    seats: usize,
    lots: &mut LotDrawer,
) -> Result<TallyResult, TallyError> {
    if seats != 1 {
        return Err(TallyError::Unsuitable(format!(
            "schulze elects one option, not {seats}: use stv-scottish or stv-meek for several seats"
        )));
    }
    let standing = standing(election);
    if standing.is_empty() {
        return Err(TallyError::Unsuitable(
            "there are no options to choose from".into(),
        ));
    }
    let n = election.candidates.len();
    if let Some(d) = election.default_option
        && !standing.contains(&d)
    {
        return Err(TallyError::Unsuitable(
            "the default option is withdrawn or does not exist".into(),
        ));
    }
    for &(c, num, den) in &election.majority_requirements {
        if election.default_option.is_none() {
            return Err(TallyError::Unsuitable(
                "majority requirements need a default option".into(),
            ));
        }
        if c >= n || num == 0 || den == 0 {
            return Err(TallyError::Unsuitable(format!(
                "majority requirement {num}:{den} for option {c} is not usable"
            )));
        }
    }

    let mut result = new_result(election, 1);
    let mut d = vec![vec![0u64; n]; n];
    let mut first = vec![0u64; n];
    let mut shared_first = 0u64;
    let mut valid = 0u64;
    for ballot in &election.ballots {
        let mut pos = vec![usize::MAX; n];
        for (i, rank) in ballot.ranks.iter().enumerate() {
            for &c in rank {
                if !election.withdrawn.contains(&c) && pos[c] == usize::MAX {
                    pos[c] = i;
                }
            }
        }
        let Some(top) = pos.iter().copied().min().filter(|&p| p != usize::MAX) else {
            let reason = if ballot.is_blank() {
                "blank ballot: ranks no option"
            } else {
                "ranks only withdrawn options: not a valid vote"
            }
            .to_string();
            push_invalid(&mut result.invalid, election, ballot, reason);
            continue;
        };
        valid += ballot.weight;
        for &i in &standing {
            for &j in &standing {
                if pos[i] < pos[j] {
                    d[i][j] += ballot.weight;
                }
            }
        }
        let tops: Vec<CandidateId> = (0..n).filter(|&c| pos[c] == top).collect();
        match tops.as_slice() {
            [c] => first[*c] += ballot.weight,
            _ => shared_first += ballot.weight,
        }
    }
    in_file_order(election, &mut result.invalid);
    result.valid_total = whole(valid);
    result.notes.push(
        "Unranked options count as ranked equally, below every ranked option (Debian \
         constitution, appendix A)."
            .into(),
    );
    push_stage(
        &mut result,
        StageAction::FirstCount,
        format!(
            "First preferences, for reference only: the result comes from the pairwise matrix. \
             {shared_first} ballots rank several options equal first and are shown as exhausted."
        ),
        &first,
        shared_first,
        None,
    );

    let mut live = standing.clone();
    if let Some(def) = election.default_option {
        let mut dropped = Vec::new();
        let mut figures = Vec::new();
        for &a in standing.iter().filter(|&&a| a != def) {
            let (num, den) = election
                .majority_requirements
                .iter()
                .find(|r| r.0 == a)
                .map_or((1, 1), |&(_, num, den)| (num, den));
            let (for_a, for_d) = (u128::from(d[a][def]), u128::from(d[def][a]));
            if !(for_a > for_d && for_a * u128::from(den) >= u128::from(num) * for_d) {
                dropped.push(a);
                let ratio = if (num, den) == (1, 1) {
                    String::new()
                } else {
                    format!(", needing {num}:{den}")
                };
                figures.push(format!("{} {for_a}:{for_d}{ratio}", election.candidates[a]));
            }
        }
        if !dropped.is_empty() {
            live.retain(|c| !dropped.contains(c));
            push_stage(
                &mut result,
                StageAction::Excluded {
                    candidates: dropped,
                },
                format!(
                    "Dropped for not defeating the default option {} by the required majority: {}.",
                    election.candidates[def],
                    figures.join("; ")
                ),
                &first,
                shared_first,
                None,
            );
        }
    }

    let (schwartz, drops) = schwartz_dropping(&d, &live);
    for drop in drops {
        let pairs: Vec<String> = drop
            .defeats
            .iter()
            .map(|&(a, b)| {
                format!(
                    "{} over {} {}:{}",
                    election.candidates[a], election.candidates[b], d[a][b], d[b][a]
                )
            })
            .collect();
        result.notes.push(format!(
            "Schwartz set {} has defeats inside it; the weakest dropped: {}.",
            names(election, &drop.schwartz),
            pairs.join(", ")
        ));
    }
    note_beatpaths(election, &d, &live, &mut result.notes);
    let winner = match schwartz.as_slice() {
        [w] => *w,
        _ => lots.draw(
            "several options in the Schwartz set, no defeats among them",
            &schwartz,
        ),
    };
    let how = if schwartz.len() == 1 {
        String::new()
    } else {
        "; decided by lot".to_string()
    };
    push_stage(
        &mut result,
        StageAction::Elected {
            candidates: vec![winner],
        },
        format!(
            "Schwartz set: {}. Winner: {}{how}.",
            names(election, &schwartz),
            election.candidates[winner]
        ),
        &first,
        shared_first,
        None,
    );
    if Some(winner) == election.default_option {
        result.notes.push(format!(
            "The default option {} won.",
            election.candidates[winner]
        ));
    }
    result.elected = vec![winner];
    result.pairwise = Some(d);
    Ok(result)
}

/// One round of dropping: the Schwartz set then, and the weakest defeats dropped inside it.
struct Drop {
    schwartz: Vec<CandidateId>,
    defeats: Vec<(CandidateId, CandidateId)>,
}

/// The constitution's dropping steps: the final Schwartz set, and each round of weakest defeats
/// dropped on the way.
fn schwartz_dropping(d: &[Vec<u64>], live: &[CandidateId]) -> (Vec<CandidateId>, Vec<Drop>) {
    let n = d.len();
    let mut defeats = vec![vec![false; n]; n];
    for &a in live {
        for &b in live {
            defeats[a][b] = d[a][b] > d[b][a];
        }
    }
    let mut rounds = Vec::new();
    loop {
        // Who beats whom through a chain of defeats: the transitive closure, each row a bit set,
        // so that a row is joined in n/64 steps (with 200 candidates and many rounds of dropping,
        // one bool at a time took seconds).
        let words = n.div_ceil(64);
        let mut beats = vec![vec![0u64; words]; n];
        for &a in live {
            for &b in live {
                if defeats[a][b] {
                    beats[a][b / 64] |= 1 << (b % 64);
                }
            }
        }
        let has = |m: &[Vec<u64>], a: usize, b: usize| (m[a][b / 64] >> (b % 64)) & 1 == 1;
        for &k in live {
            let through = beats[k].clone();
            for &i in live {
                if has(&beats, i, k) {
                    for (w, x) in beats[i].iter_mut().zip(&through) {
                        *w |= x;
                    }
                }
            }
        }
        let schwartz: Vec<CandidateId> = live
            .iter()
            .copied()
            .filter(|&a| {
                live.iter()
                    .all(|&b| has(&beats, a, b) || !has(&beats, b, a))
            })
            .collect();
        let inside: Vec<(CandidateId, CandidateId)> = schwartz
            .iter()
            .flat_map(|&a| schwartz.iter().map(move |&b| (a, b)))
            .filter(|&(a, b)| defeats[a][b])
            .collect();
        let Some(weakest) = inside.iter().map(|&(a, b)| strength(d, a, b)).min() else {
            return (schwartz, rounds);
        };
        let dropped: Vec<(CandidateId, CandidateId)> = inside
            .into_iter()
            .filter(|&(a, b)| strength(d, a, b) == weakest)
            .collect();
        for &(a, b) in &dropped {
            defeats[a][b] = false;
        }
        rounds.push(Drop {
            schwartz,
            defeats: dropped,
        });
    }
}

/// Schulze's strongest-path strengths `p[i][j]` among `live`.
fn beatpaths(d: &[Vec<u64>], live: &[CandidateId]) -> Vec<Vec<Strength>> {
    let n = d.len();
    let mut p = vec![vec![None; n]; n];
    for &i in live {
        for &j in live {
            if i != j {
                p[i][j] = strength(d, i, j);
            }
        }
    }
    for &k in live {
        for &i in live {
            for &j in live {
                if i != j && i != k && j != k {
                    let through = p[i][k].min(p[k][j]);
                    if through > p[i][j] {
                        p[i][j] = through;
                    }
                }
            }
        }
    }
    p
}

/// The options no other option beats by a stronger path; the tests check that the dropping agrees.
#[cfg(test)]
fn beatpath_winners(d: &[Vec<u64>], live: &[CandidateId]) -> Vec<CandidateId> {
    let p = beatpaths(d, live);
    live.iter()
        .copied()
        .filter(|&x| live.iter().all(|&y| p[x][y] >= p[y][x]))
        .collect()
}

/// Notes with each option's strongest paths, and the order they give.
fn note_beatpaths(
    election: &Election,
    d: &[Vec<u64>],
    live: &[CandidateId],
    notes: &mut Vec<String>,
) {
    let p = beatpaths(d, live);
    let show = |s: Strength| s.map_or("none".to_string(), |(w, Reverse(l))| format!("{w}:{l}"));
    for &x in live {
        let paths: Vec<String> = live
            .iter()
            .filter(|&&y| y != x)
            .map(|&y| format!("{} {}", election.candidates[y], show(p[x][y])))
            .collect();
        notes.push(format!(
            "Strongest paths from {}: {}.",
            election.candidates[x],
            paths.join(", ")
        ));
    }
    let wins = |x: CandidateId| live.iter().filter(|&&y| p[x][y] > p[y][x]).count();
    let mut order = live.to_vec();
    order.sort_by_key(|&x| (Reverse(wins(x)), x));
    let mut text = String::new();
    for (i, &x) in order.iter().enumerate() {
        if i > 0 {
            let prev = order[i - 1];
            text.push_str(if p[prev][x] > p[x][prev] {
                " > "
            } else {
                " = "
            });
        }
        text.push_str(&election.candidates[x]);
    }
    notes.push(format!("Beatpath order: {text}."));
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::common::testing::*;
    use super::*;
    use crate::tally::format::{InputFormat, parse};
    use crate::tally::{Method, TallyOptions, count};

    #[test]
    fn debian_2006_elects_anthony_towns_with_the_published_pairwise_counts() {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/tally/debian-2006-dpl-tally.txt"
        ));
        let e = parse(text, Some(InputFormat::Debian)).unwrap();
        let r = run(&e, Method::Schulze, 1, 0);
        let (towns, mcintyre, pollak, walther, nota) = (3, 2, 1, 5, 7);
        assert_eq!(r.elected, vec![towns]);
        assert_eq!(r.valid_total, 421);
        let d = r.pairwise.as_ref().unwrap();
        assert_eq!((d[towns][mcintyre], d[mcintyre][towns]), (190, 184));
        assert_eq!((d[pollak][nota], d[nota][pollak]), (158, 202));
        assert_eq!((d[walther][nota], d[nota][walther]), (73, 301));
        for other in [0, 2, 3, 4, 6] {
            assert!(
                d[other][nota] > d[nota][other],
                "{} beats None of the Above",
                e.candidates[other]
            );
        }
        // Towns is the Condorcet winner once Pollak and Walther are dropped.
        assert_eq!(
            r.stages[1].action,
            StageAction::Excluded {
                candidates: vec![pollak, walther]
            }
        );
        assert!(r.stages[1].description.contains("Ari Pollak 158:202"));
        assert_eq!(
            r.stages[2].description,
            "Schwartz set: Anthony Towns. Winner: Anthony Towns."
        );
        assert!(r.lots.is_empty());
        // The order julien-boudry/Condorcet reports for this sheet, less the two dropped options.
        assert!(r.notes.contains(
            &"Beatpath order: Anthony Towns > Steve McIntyre > Jeroen van Wolffelaar = Andreas \
              Schuldei > Bill Allombert > None of the Above."
                .to_string()
        ));
        assert_accounted(&r);
    }

    #[test]
    fn burlington_2009_has_montroll_as_condorcet_winner() {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/tally/burlington-2009-mayor.abif"
        ));
        let e = parse(text, Some(InputFormat::Abif)).unwrap();
        let r = run(&e, Method::Schulze, 1, 0);
        let (kiss, montroll, smith, wright) = (0, 1, 3, 4);
        assert_eq!(r.elected, vec![montroll]);
        let d = r.pairwise.as_ref().unwrap();
        // The figures the tally-data README and electowiki give for this file.
        assert_eq!((d[montroll][kiss], d[kiss][montroll]), (4067, 3477));
        assert_eq!((d[montroll][wright], d[wright][montroll]), (4597, 3668));
        assert_eq!((d[kiss][wright], d[wright][kiss]), (4314, 4064));
        assert_eq!((d[kiss][smith], d[smith][kiss]), (3946, 3577));
        assert_eq!(r.stages[0].exhausted, 4, "the four first-rank overvotes");
        assert_accounted(&r);
    }

    /// A>B 5:3, B>C 5:4, C>A 6:2: B>C is the weakest (equal 5 for, more against), so C wins.
    fn cycle() -> Election {
        election(
            &["A", "B", "C"],
            vec![
                ballot(2, &[&[0], &[1], &[2]]),
                ballot(2, &[&[1], &[2], &[0]]),
                ballot(3, &[&[2], &[0], &[1]]),
                ballot(1, &[&[1]]),
                ballot(1, &[&[2]]),
            ],
        )
    }

    #[test]
    fn a_cycle_drops_the_weakest_defeat_with_the_against_votes_deciding_equal_strength() {
        let r = run(&cycle(), Method::Schulze, 1, 0);
        let d = r.pairwise.clone().unwrap();
        assert_eq!(
            (d[0][1], d[1][0], d[1][2], d[2][1], d[2][0], d[0][2]),
            (5, 3, 5, 4, 6, 2)
        );
        assert_eq!(r.elected, vec![2]);
        assert!(r.lots.is_empty());
        let dropped = "Schwartz set A, B and C has defeats inside it; the weakest dropped: B over \
                       C 5:4.";
        assert!(r.notes.iter().any(|n| n == dropped));
        assert!(
            r.notes
                .contains(&"Strongest paths from C: A 6:2, B 5:3.".to_string())
        );
        assert_eq!(r.stages[0].votes, vec![2, 3, 4]);
        assert_eq!(beatpath_winners(&d, &[0, 1, 2]), vec![2]);
    }

    #[test]
    fn the_default_option_and_a_supermajority_requirement_drop_options() {
        // A beats D 5:2 but needs 3:1; B loses to D; so D wins against nobody left.
        let mut e = election(
            &["A", "B", "D"],
            vec![
                ballot(5, &[&[0], &[2], &[1]]),
                ballot(2, &[&[2], &[1], &[0]]),
            ],
        );
        e.default_option = Some(2);
        e.majority_requirements = vec![(0, 3, 1)];
        let r = run(&e, Method::Schulze, 1, 0);
        assert_eq!(
            r.stages[1].action,
            StageAction::Excluded {
                candidates: vec![0, 1]
            }
        );
        assert!(r.stages[1].description.contains("A 5:2, needing 3:1"));
        assert_eq!(r.elected, vec![2]);
        assert!(r.notes.iter().any(|n| n == "The default option D won."));
        // With 1:1, A is kept and wins.
        e.majority_requirements.clear();
        assert_eq!(run(&e, Method::Schulze, 1, 0).elected, vec![0]);
        // 5:2 meets exactly 5:2.
        e.majority_requirements = vec![(0, 5, 2)];
        assert_eq!(run(&e, Method::Schulze, 1, 0).elected, vec![0]);
    }

    #[test]
    fn a_schwartz_set_without_defeats_goes_to_lot_and_blanks_are_invalid() {
        let e = election(
            &["A", "B"],
            vec![ballot(3, &[&[0], &[1]]), ballot(3, &[&[1]]), ballot(1, &[])],
        );
        let r = run(&e, Method::Schulze, 1, 6);
        assert_eq!(r.valid_total, 6);
        assert_eq!(r.invalid.len(), 1);
        assert_eq!(r.lots.len(), 1);
        assert_eq!(r.lots[0].among, vec![0, 1]);
        assert_eq!(r.elected, vec![r.lots[0].chosen]);
    }

    #[test]
    fn refuses_several_seats_and_bad_requirements() {
        let mut e = cycle();
        assert!(
            count(
                &e,
                Method::Schulze,
                &TallyOptions {
                    seats: Some(2),
                    seed: 0
                }
            )
            .is_err()
        );
        e.majority_requirements = vec![(0, 3, 1)];
        assert!(
            count(
                &e,
                Method::Schulze,
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
        fn elects_the_condorcet_winner(
            (a, b) in arb_shuffled(5, 14),
            seed in 0u64..4,
            with_default in any::<bool>(),
        ) {
            let a = Election { default_option: with_default.then_some(0), ..a };
            let b = Election { default_option: a.default_option, ..b };
            let r = run(&a, Method::Schulze, 1, seed);
            assert_accounted(&r);
            prop_assert_eq!(comparable(r.clone()), comparable(run(&b, Method::Schulze, 1, seed)));
            let d = r.pairwise.clone().unwrap();
            let standing: Vec<usize> =
                (0..d.len()).filter(|c| !a.withdrawn.contains(c)).collect();
            let beats_all = |c: usize| standing.iter().all(|&x| x == c || d[c][x] > d[x][c]);
            if a.default_option.is_none()
                && let Some(c) = standing.iter().copied().find(|&c| beats_all(c))
            {
                prop_assert_eq!(r.elected.clone(), vec![c]);
            }
            // The dropping the constitution describes and Schulze's beatpaths agree.
            let mut live = standing.clone();
            if let StageAction::Excluded { candidates } = &r.stages[1].action {
                live.retain(|c| !candidates.contains(c));
            }
            prop_assert_eq!(schwartz_dropping(&d, &live).0, beatpath_winners(&d, &live));
        }
    }
}
