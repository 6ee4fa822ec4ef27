//! Tests of the Meek STV count: the Stack Overflow elections against OpaVote's published round
//! reports, and small hand-counted cases for iteration, batch exclusion and tie-breaks.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::tally::format::{InputFormat, parse};
use crate::tally::method::{Method, TallyOptions, count};
use crate::tally::model::{Ballot, Election};
use crate::tally::result::{StageAction, TallyResult};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tally/");

fn meek(election: &Election, seats: Option<usize>, seed: u64) -> TallyResult {
    let r = count(election, Method::StvMeek, &TallyOptions { seats, seed }).unwrap();
    for s in &r.stages {
        assert_eq!(
            s.accounted(),
            r.valid_total,
            "round {} does not add up",
            s.number
        );
        assert!(s.exhausted >= 0 && s.residue >= 0, "round {}", s.number);
    }
    r
}

fn election(candidates: &str, lines: &[(u64, &str)]) -> Election {
    let names: Vec<String> = candidates.split_whitespace().map(String::from).collect();
    let ballots = lines
        .iter()
        .enumerate()
        .map(|(i, (w, prefs))| {
            let ranks = prefs
                .split_whitespace()
                .map(|p| crate::tally::Rank::one(names.iter().position(|c| c == p).unwrap()))
                .collect();
            Ballot {
                weight: *w,
                ranks,
                line: i + 1,
            }
        })
        .collect();
    Election {
        candidates: names,
        ballots,
        ..Election::default()
    }
}

fn ints(v: &Value) -> Vec<i64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_i64().unwrap())
        .collect()
}

fn ids(v: &Value) -> BTreeSet<usize> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap() as usize)
        .collect()
}

/// Every round of OpaVote's report: each candidate's votes, exhausted (which in OpenSTV includes
/// what truncation lost), the threshold, the action, and who has won and lost by then.
fn check_against_report(name: &str) {
    let text = std::fs::read_to_string(format!("{FIXTURES}{name}.blt")).unwrap();
    let e = parse(&text, Some(InputFormat::Blt)).unwrap();
    let report: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{FIXTURES}{name}-report.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(report["precision"], 6);
    let r = meek(&e, None, 1);
    assert_eq!(r.decimals, 6);
    assert_eq!(
        r.valid_total,
        report["n_valid_votes"].as_i64().unwrap() * 1_000_000,
        "{name}"
    );
    assert_eq!(
        ids(&report["winners"]),
        r.elected.iter().copied().collect(),
        "{name}"
    );

    let rounds = report["rounds"].as_array().unwrap();
    assert_eq!(r.stages.len(), rounds.len(), "{name}: number of rounds");
    let mut won = BTreeSet::new();
    let mut lost = BTreeSet::new();
    for (stage, round) in r.stages.iter().zip(rounds) {
        let n = stage.number;
        assert_eq!(stage.votes, ints(&round["count"]), "{name} round {n} votes");
        assert_eq!(
            stage.exhausted + stage.residue,
            round["exhausted"].as_i64().unwrap(),
            "{name} round {n} exhausted"
        );
        assert_eq!(
            stage.threshold,
            round["thresh"].as_i64(),
            "{name} round {n} threshold"
        );
        match (&stage.action, round["action"]["type"].as_str().unwrap()) {
            (StageAction::FirstCount, "first") => {}
            (StageAction::Excluded { candidates }, "eliminate") => {
                assert_eq!(
                    ids(&round["action"]["candidates"]),
                    candidates.iter().copied().collect()
                );
                lost.extend(candidates.iter().copied());
            }
            (StageAction::Elected { .. } | StageAction::Iteration, "surplus") => {}
            (ours, theirs) => panic!("{name} round {n}: {ours:?} but the report says {theirs}"),
        }
        won.extend(
            r.elected
                .iter()
                .copied()
                .filter(|&c| stage.votes[c] >= stage.threshold.unwrap()),
        );
        assert_eq!(won, ids(&round["winners"]), "{name} round {n} winners");
        assert_eq!(lost, ids(&round["losers"]), "{name} round {n} losers");
    }
}

#[test]
fn stack_overflow_2020_reproduces_every_round_of_the_report() {
    check_against_report("stackoverflow-election12");
    let text = std::fs::read_to_string(format!("{FIXTURES}stackoverflow-election12.blt")).unwrap();
    let r = meek(&parse(&text, None).unwrap(), None, 1);
    let names: Vec<&str> = r
        .elected
        .iter()
        .map(|&c| r.candidates[c].as_str())
        .collect();
    assert_eq!(names, ["Makyen", "Machavity"]);
    // The 388 ballots for the withdrawn Yvette alone are not valid votes.
    assert_eq!(r.invalid.iter().map(|v| v.weight).sum::<u64>(), 388);
    assert!(r.stages.iter().all(|s| s.votes[6] == 0));
    assert!(
        r.stages[4].description.contains("Makyen 0.855722"),
        "{}",
        r.stages[4].description
    );
}

#[test]
fn stack_overflow_2022_reproduces_every_round_of_the_report() {
    check_against_report("stackoverflow-election14");
    let text = std::fs::read_to_string(format!("{FIXTURES}stackoverflow-election14.blt")).unwrap();
    let r = meek(&parse(&text, None).unwrap(), None, 1);
    assert_eq!(
        r.elected
            .iter()
            .map(|&c| r.candidates[c].as_str())
            .collect::<Vec<_>>(),
        ["sideshowbarker"]
    );
}

#[test]
fn keep_factor_shares_a_ballot_between_winner_and_next_preference() {
    let e = election("A B C", &[(6, "A B"), (2, "A C"), (1, "B"), (3, "C")]);
    let r = meek(&e, Some(2), 1);
    // Round 1: threshold 12/3 + 0.000001; A (8) is elected.
    assert_eq!(r.stages[0].threshold, Some(4_000_001));
    assert_eq!(r.stages[0].action, StageAction::FirstCount);
    assert_eq!(r.elected[0], 0);
    // Round 2: A keeps ceil(1 × 4.000001 / 8) = 0.500001 of each ballot and passes 0.499999.
    let s = &r.stages[1];
    assert_eq!(s.action, StageAction::Iteration);
    assert_eq!(
        s.votes,
        vec![4_000_008, 1_000_000 + 6 * 499_999, 3_000_000 + 2 * 499_999]
    );
    assert!(s.description.contains("A 0.500001"), "{}", s.description);
    // B can never catch C, so B is excluded in the end and C takes the second seat.
    assert_eq!(r.elected, vec![0, 2]);
    let last_exclusion = r.stages.iter().rev().find_map(|s| match &s.action {
        StageAction::Excluded { candidates } => Some(candidates.clone()),
        _ => None,
    });
    assert_eq!(last_exclusion, Some(vec![1]));
}

#[test]
fn sure_losers_are_excluded_together_and_ties_look_back() {
    let e = election("A B C D", &[(10, "A"), (8, "B"), (2, "C B"), (1, "D")]);
    let r = meek(&e, Some(1), 1);
    // C and D together (3) stay below B (8): both go at once.
    assert_eq!(
        r.stages[1].action,
        StageAction::Excluded {
            candidates: vec![2, 3]
        }
    );
    assert_eq!(r.stages[1].votes, vec![10_000_000, 10_000_000, 0, 0]);
    assert_eq!(r.stages[1].exhausted, 1_000_000);
    // A and B tie at 10; in round 1 B had fewer, so B is excluded, and A is elected.
    assert_eq!(
        r.stages[2].action,
        StageAction::Excluded {
            candidates: vec![1]
        }
    );
    assert!(
        r.stages[2].description.contains("round 1"),
        "{}",
        r.stages[2].description
    );
    assert!(r.lots.is_empty());
    assert_eq!(r.elected, vec![0]);
}

#[test]
fn candidates_equal_in_every_round_are_separated_by_lot() {
    let e = election("A B C", &[(4, "A"), (4, "B"), (5, "C")]);
    let mut seen = BTreeSet::new();
    for seed in 0..20 {
        let r = meek(&e, Some(1), seed);
        assert_eq!(r.lots.len(), 1);
        let lot = &r.lots[0];
        assert_eq!(
            (lot.purpose.as_str(), lot.among.as_slice()),
            ("exclusion at round 2", &[0, 1][..])
        );
        assert_eq!(
            r.stages[1].action,
            StageAction::Excluded {
                candidates: vec![lot.chosen]
            }
        );
        assert_eq!(r.elected, vec![2]);
        seen.insert(lot.chosen);
    }
    assert_eq!(seen.len(), 2);
}

#[test]
fn withdrawn_candidates_are_passed_over() {
    let mut e = election("A B C", &[(3, "C A"), (2, "C"), (2, "B"), (1, "A")]);
    e.withdrawn.insert(2);
    let r = meek(&e, Some(1), 1);
    assert_eq!(r.valid_total, 6_000_000);
    assert_eq!(r.stages[0].votes, vec![4_000_000, 2_000_000, 0]);
    assert_eq!(r.elected, vec![0]);
    assert_eq!((r.invalid[0].line, r.invalid[0].weight), (2, 2));
}

#[test]
fn remaining_candidates_without_votes_are_not_elected() {
    let e = election("A B C", &[(5, "A")]);
    let r = meek(&e, Some(2), 3);
    assert_eq!(r.elected, vec![0]);
    assert!(
        r.notes.iter().any(|n| n.contains("1 of 2 seats")),
        "{:?}",
        r.notes
    );
}
