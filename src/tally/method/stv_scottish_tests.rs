//! Tests of the Scottish STV count: the Glasgow 2007 wards and Dublin West against their
//! published figures, and small hand-counted cases for every rule and tie-break path.

use crate::tally::format::{InputFormat, parse};
use crate::tally::method::{Method, TallyOptions, count};
use crate::tally::model::{Ballot, CandidateId, Election};
use crate::tally::result::{StageAction, TallyResult};

fn fixture(file: &str) -> Election {
    let path = format!("{}/tests/fixtures/tally/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse(&text, Some(InputFormat::Blt)).unwrap()
}

fn scottish(election: &Election, seats: Option<usize>, seed: u64) -> TallyResult {
    let r = count(election, Method::StvScottish, &TallyOptions { seats, seed }).unwrap();
    for s in &r.stages {
        assert_eq!(
            s.accounted(),
            r.valid_total,
            "stage {} does not add up",
            s.number
        );
    }
    r
}

fn names(r: &TallyResult, ids: &[CandidateId]) -> Vec<String> {
    let mut v: Vec<String> = ids.iter().map(|&c| r.candidates[c].clone()).collect();
    v.sort();
    v
}

fn id(r: &TallyResult, name: &str) -> CandidateId {
    r.candidates
        .iter()
        .position(|c| c == name)
        .unwrap_or_else(|| panic!("no candidate {name}"))
}

/// "905.13482" → 90513482 (units of 10^-5), without floats.
fn units(s: &str) -> i64 {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let frac = format!("{frac:0<5}");
    whole.parse::<i64>().unwrap() * 100_000 + frac.parse::<i64>().unwrap()
}

/// Builds an election from `count A B C` lines over candidates named by single letters.
fn election(candidates: &str, lines: &[(u64, &str)]) -> Election {
    let names: Vec<String> = candidates.split_whitespace().map(String::from).collect();
    let ballots = lines
        .iter()
        .enumerate()
        .map(|(i, (w, prefs))| {
            let ranks = prefs
                .split_whitespace()
                .map(|p| {
                    p.split('=')
                        .map(|n| names.iter().position(|c| c == n).unwrap())
                        .collect()
                })
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

#[test]
fn glasgow_linn_2007_matches_the_published_stages() {
    let r = scottish(&fixture("glasgow-2007-linn.blt"), None, 1);
    assert_eq!(r.quota, Some(units("1914")));
    assert_eq!(r.valid_total, units("9567"));
    assert_eq!(
        names(&r, &r.elected),
        [
            "David Ritchie",
            "John McKenzie",
            "Margot Clark",
            "Sadie Docherty"
        ]
    );
    let order = [
        "Esme H Clark",
        "Margot Clark",
        "Sadie Docherty",
        "Chris Lang",
        "Harry McArthur",
        "John McKenzie",
        "David Ritchie",
        "Alan Stewart",
        "Chloe Helen Stewart",
        "Gordon Thomson",
        "Frank Young",
    ];
    let published = [
        (
            [
                "898", "1284", "1782", "219", "165", "1381", "2043", "955", "296", "149", "395",
            ],
            "0",
            "0",
        ),
        (
            [
                "905.13482",
                "1302.94200",
                "1789.19796",
                "224.61946",
                "166.83106",
                "1389.27134",
                "1914",
                "961.44028",
                "310.77476",
                "156.82936",
                "409.77476",
            ],
            "36.17922",
            "0.00498",
        ),
    ];
    for (stage, (votes, nontransferable, residue)) in r.stages.iter().zip(published) {
        for (name, v) in order.iter().zip(votes) {
            assert_eq!(
                stage.votes[id(&r, name)],
                units(v),
                "stage {} {name}",
                stage.number
            );
        }
        assert_eq!(
            stage.exhausted,
            units(nontransferable),
            "stage {}",
            stage.number
        );
        assert_eq!(stage.residue, units(residue), "stage {}", stage.number);
    }
    assert_eq!(
        r.stages[1].action,
        StageAction::Surplus {
            from: id(&r, "David Ritchie")
        }
    );
    assert_eq!(
        r.stages[2].action,
        StageAction::Excluded {
            candidates: vec![id(&r, "Gordon Thomson")]
        }
    );
    let last = r.stages.last().unwrap();
    for (name, v) in [
        ("Margot Clark", "2008.75096"),
        ("Sadie Docherty", "1914"),
        ("John McKenzie", "2174.90506"),
        ("David Ritchie", "1914"),
    ] {
        assert_eq!(last.votes[id(&r, name)], units(v), "final {name}");
    }
    assert!(r.lots.is_empty() && r.invalid.is_empty());
}

#[test]
fn glasgow_anderston_city_and_govan_elect_the_declared_councillors() {
    let cases = [
        (
            "glasgow-2007-anderston-city.blt",
            6900,
            [
                "Craig MacKay",
                "Gordon Matheson",
                "Nina Baker",
                "Philip Braat",
            ],
        ),
        (
            "glasgow-2007-govan.blt",
            9560,
            [
                "Allison Hunter",
                "John Flanagan",
                "Shaukat Butt",
                "Stephen Dornan",
            ],
        ),
    ];
    for (file, valid, winners) in cases {
        let e = fixture(file);
        let r = scottish(&e, None, 1);
        assert_eq!(names(&r, &r.elected), winners, "{file}");
        assert_eq!(r.valid_total, valid * 100_000, "{file}");
        assert_eq!(r.quota, Some((valid / 5 + 1) * 100_000), "{file}");
        // The first stage is the first preferences, counted here independently of the engine.
        let mut first = vec![0i64; e.candidates.len()];
        for b in &e.ballots {
            first[b.ranks[0][0]] += b.weight as i64 * 100_000;
        }
        assert_eq!(r.stages[0].votes, first, "{file}");
    }
}

#[test]
fn dublin_west_2002_elects_lenihan_higgins_and_burton() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/tally-data/dublin-west-2002.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} is absent");
        return;
    };
    let e = parse(&text, Some(InputFormat::Dublin)).unwrap();
    let r = scottish(&e, Some(3), 1);
    assert_eq!(r.quota, Some(units("7498")));
    assert_eq!(names(&r, &r.elected), ["Burt", "Higg", "Leni"]);
    assert_eq!(
        r.elected[0],
        id(&r, "Leni"),
        "Lenihan is elected on the first count"
    );
    for (code, votes) in [
        ("Leni", 8086),
        ("Higg", 6442),
        ("Burt", 3810),
        ("Terr", 3694),
        ("McDo", 2404),
        ("Morr", 2370),
        ("Dohe", 2300),
        ("Bonn", 748),
        ("Smyt", 134),
    ] {
        assert_eq!(r.stages[0].votes[id(&r, code)], votes * 100_000, "{code}");
    }
}

#[test]
fn surplus_moves_every_paper_and_truncation_goes_to_residue() {
    let e = election("A B C D", &[(7, "A B"), (1, "B"), (1, "C"), (3, "D")]);
    let r = scottish(&e, Some(2), 1);
    assert_eq!(r.quota, Some(units("5")));
    // Transfer value 2/7 = 0.285714… truncated to 0.28571.
    let s2 = &r.stages[1];
    assert_eq!(s2.action, StageAction::Surplus { from: 0 });
    assert_eq!(
        s2.votes,
        vec![units("5"), units("2.99997"), units("1"), units("3")]
    );
    assert_eq!((s2.exhausted, s2.residue), (0, units("0.00003")));
    // C is excluded, then B, whose papers from A carry 0.28571 each into the exhausted pile.
    assert_eq!(
        r.stages[2].action,
        StageAction::Excluded {
            candidates: vec![2]
        }
    );
    assert_eq!(
        r.stages[3].action,
        StageAction::Excluded {
            candidates: vec![1]
        }
    );
    assert_eq!(
        r.stages[3].exhausted,
        units("1") + units("1") + units("1.99997")
    );
    assert_eq!(
        r.stages[4].action,
        StageAction::FilledRemaining {
            candidates: vec![3]
        }
    );
    assert_eq!(r.elected, vec![0, 3]);
}

#[test]
fn later_surplus_is_weighted_by_the_value_papers_arrived_with() {
    let e = election(
        "X A B C D",
        &[
            (10, "X A"),
            (20, "X B"),
            (13, "A"),
            (8, "B"),
            (10, "C"),
            (11, "D"),
        ],
    );
    let r = scottish(&e, Some(4), 1);
    assert_eq!(r.quota, Some(units("15")));
    let stage2 = ["15", "18", "18", "10", "11"].map(units);
    assert_eq!(r.stages[1].votes, stage2);
    // A and B both reach 18 at stage 2; A had more at stage 1, so A's surplus goes first.
    assert_eq!(r.stages[2].action, StageAction::Surplus { from: 1 });
    assert!(
        r.stages[2].description.contains("stage 1"),
        "{}",
        r.stages[2].description
    );
    // 3 × 1 / 18 = 0.16666 on A's own 13 papers, 3 × 0.5 / 18 = 0.08333 on the 10 from X.
    assert_eq!(
        r.stages[2].exhausted,
        13 * units("0.16666") + 10 * units("0.08333")
    );
    assert_eq!(r.stages[2].residue, units("0.00012"));
    assert!(r.lots.is_empty());
}

#[test]
fn papers_go_past_elected_and_excluded_candidates() {
    let e = election(
        "A B C D",
        &[(6, "A B C"), (2, "B"), (3, "C"), (1, "D A"), (1, "D C")],
    );
    // Quota floor(13/3)+1 = 5, and A is elected at once; D's paper for A later skips A.
    let r = scottish(&e, Some(2), 1);
    assert_eq!(
        r.stages[0].votes,
        vec![units("6"), units("2"), units("3"), units("2")]
    );
    // Surplus 1/6 = 0.16666 on 6 papers to B.
    assert_eq!(r.stages[1].votes[1], units("2") + 6 * units("0.16666"));
    // D is excluded next (2 < 2.99996 < 3): one paper to C, one exhausted (A is elected).
    assert_eq!(
        r.stages[2].action,
        StageAction::Excluded {
            candidates: vec![3]
        }
    );
    assert_eq!(r.stages[2].votes[2], units("4"));
    assert_eq!(r.stages[2].exhausted, units("1"));
    assert_eq!(r.elected, vec![0, 2]);
}

#[test]
fn exclusion_tie_is_broken_at_the_latest_stage_where_they_differed() {
    let e = election(
        "A B C D",
        &[(6, "A"), (3, "B C"), (4, "C"), (1, "D B"), (1, "D")],
    );
    let r = scottish(&e, Some(1), 1);
    // Stage 2: B and C both 4; at stage 1 B had 3 and C 4, so B is excluded.
    assert_eq!(r.stages[1].votes[1], r.stages[1].votes[2]);
    assert_eq!(
        r.stages[2].action,
        StageAction::Excluded {
            candidates: vec![1]
        }
    );
    assert!(
        r.stages[2].description.contains("stage 1"),
        "{}",
        r.stages[2].description
    );
    assert!(r.lots.is_empty());
    assert_eq!(r.elected, vec![2]);
}

#[test]
fn exclusion_tie_equal_at_every_stage_is_drawn_by_lot() {
    let e = election("A B C", &[(6, "A"), (4, "B A"), (4, "C A")]);
    for seed in [1, 2, 3, 4, 5, 6] {
        let r = scottish(&e, Some(1), seed);
        assert_eq!(r.seed, seed);
        assert_eq!(r.lots.len(), 1);
        let lot = &r.lots[0];
        assert_eq!(lot.among, vec![1, 2]);
        assert_eq!(lot.purpose, "exclusion at stage 2");
        assert_eq!(
            r.stages[1].action,
            StageAction::Excluded {
                candidates: vec![lot.chosen]
            }
        );
        assert_eq!(r.elected, vec![0]);
    }
    let chosen: std::collections::BTreeSet<_> = (0..20)
        .map(|s| scottish(&e, Some(1), s).lots[0].chosen)
        .collect();
    assert_eq!(chosen.len(), 2, "either candidate can be drawn");
}

#[test]
fn equal_surpluses_equal_at_every_stage_are_ordered_by_lot() {
    let e = election("A B C D", &[(7, "A C"), (7, "B D"), (3, "C"), (2, "D")]);
    let r = scottish(&e, Some(3), 11);
    assert_eq!(r.quota, Some(units("5")));
    assert_eq!(r.lots.len(), 1);
    assert_eq!(r.lots[0].purpose, "order of surpluses at stage 2");
    assert_eq!(r.lots[0].among, vec![0, 1]);
    assert_eq!(
        r.stages[1].action,
        StageAction::Surplus {
            from: r.lots[0].chosen
        }
    );
    // The other surplus follows at stage 3 without another lot.
    assert_eq!(
        r.stages[2].action,
        StageAction::Surplus {
            from: 1 - r.lots[0].chosen
        }
    );
}

#[test]
fn withdrawn_candidates_get_nothing_and_their_only_votes_are_invalid() {
    let mut e = election("A B C", &[(3, "C A"), (2, "C"), (2, "B"), (1, "A")]);
    e.withdrawn.insert(2);
    let r = scottish(&e, Some(1), 1);
    assert_eq!(r.valid_total, units("6"));
    assert_eq!(r.quota, Some(units("4")));
    assert!(r.stages.iter().all(|s| s.votes[2] == 0));
    assert_eq!(r.stages[0].votes, vec![units("4"), units("2"), 0]);
    assert_eq!(r.elected, vec![0]);
    assert_eq!(r.invalid.len(), 1);
    assert_eq!((r.invalid[0].line, r.invalid[0].weight), (2, 2));
}

#[test]
fn unclear_preferences_invalidate_or_truncate_papers() {
    let e = election("A B C", &[(2, "A=B C"), (3, "A B=C"), (1, "B A"), (1, "C")]);
    let r = scottish(&e, Some(1), 1);
    assert_eq!(r.valid_total, units("5"));
    assert_eq!(r.invalid[0].line, 1);
    assert_eq!(r.invalid[0].weight, 2);
    assert!(
        r.notes.iter().any(|n| n.contains("lines 2")),
        "{:?}",
        r.notes
    );
    assert_eq!(r.elected, vec![0]);
}

#[test]
fn more_seats_than_candidates_is_refused() {
    let e = election("A B", &[(1, "A")]);
    let err = count(
        &e,
        Method::StvScottish,
        &TallyOptions {
            seats: Some(3),
            seed: 0,
        },
    );
    assert!(err.is_err());
}
