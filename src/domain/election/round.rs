//! What a counted round of a majority-runoff election decides (rules.md B7, B8, Example 3):
//! elected with more than half of the votes cast (`2*v > cast`), or the next ballot: another free
//! round with every standing candidate (`free_rounds_before_runoff`), or a runoff between the best
//! `runoff_size`. A tie for a runoff place is decided by lot, or every tied candidate goes to the
//! next ballot (`tie_for_runoff_place = revote`). A tie between the last two goes first to a new
//! ballot between the tied (`election_tie = new_ballot`, the model statutes' "staken de stemmen,
//! dan volgt een nieuwe stemming"), and only when that ballot ties again is it decided by lot or
//! the election postponed (`runoff_tie`); `election_tie = at_once` applies `runoff_tie` at once.
//! Every lot is drawn from the recorded seed.

use serde::Serialize;

use crate::domain::text::counted;

use crate::domain::rules::types::{ElectionTie, RunoffPlaceTie, RunoffTie};
use crate::tally::lot::LotDrawer;
use crate::tally::result::Lot;

/// Which ballot a round is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Free,
    Runoff,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Free => "free",
            Kind::Runoff => "runoff",
        }
    }

    /// The kind a stored text names; `None` for a text no version wrote.
    pub fn parse(s: &str) -> Option<Kind> {
        [Kind::Free, Kind::Runoff]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The rules of the meeting that govern rounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ElectionRules {
    pub free_rounds_before_runoff: u32,
    pub runoff_size: u32,
    pub tie_for_runoff_place: RunoffPlaceTie,
    pub runoff_tie: RunoffTie,
    pub election_tie: ElectionTie,
    /// False (RONR, rules.md C8): nobody is dropped; the ballot is repeated with every
    /// candidate until one has a majority.
    pub drops_candidates: bool,
}

/// A round's figures: the candidates on its ballot (numbers) with their votes, and the votes
/// cast (blank and invalid papers are not cast, B3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    pub candidates: Vec<i64>,
    /// The candidates' names, in the same order, for the explanation.
    pub names: Vec<String>,
    pub votes: Vec<u64>,
    pub cast: u64,
}

impl Figures {
    fn name(&self, number: i64) -> &str {
        self.candidates
            .iter()
            .position(|&c| c == number)
            .map_or("?", |i| self.names[i].as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Elected(i64),
    /// No majority: the next ballot is a runoff between these.
    Runoff(Vec<i64>),
    /// No majority: the next ballot is a free round with these (all standing).
    Free(Vec<i64>),
    /// The last candidates tie: a new ballot between these (`election_tie = new_ballot`).
    Tie(Vec<i64>),
    /// A tie in the runoff, and the statutes hold the election over (B8).
    Postponed,
}

impl Outcome {
    pub fn name(&self) -> &'static str {
        match self {
            Outcome::Elected(_) => "elected",
            Outcome::Runoff(_) => "runoff",
            Outcome::Free(_) => "free",
            Outcome::Tie(_) => "tie",
            Outcome::Postponed => "postponed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub outcome: Outcome,
    /// Votes needed for a majority: the least `v` with `2*v > cast`.
    pub needed: u64,
    pub lots: Vec<Lot>,
    /// Sentences for the minutes, in order.
    pub explanation: Vec<String>,
}

/// Decides round `kind`, the `free_held`-th free round so far (counting this one when it is
/// free); `after_tie` when this round is the new ballot after a tie. Lots are drawn from `lots`,
/// seeded with the round's recorded seed.
pub fn decide(
    f: &Figures,
    kind: Kind,
    free_held: u32,
    after_tie: bool,
    rules: &ElectionRules,
    lots: &mut LotDrawer,
) -> Decision {
    let needed = f.cast / 2 + 1;
    let mut explanation = vec![format!(
        "{} votes cast; a majority is more than half: {needed}.",
        f.cast
    )];
    let mut order: Vec<usize> = (0..f.candidates.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(f.votes[i]), f.candidates[i]));
    if let Some(&top) = order.first()
        && 2 * f.votes[top] > f.cast
    {
        explanation.push(format!(
            "{} has {} votes: elected.",
            f.names[top], f.votes[top]
        ));
        return done(
            Outcome::Elected(f.candidates[top]),
            needed,
            lots,
            explanation,
        );
    }
    explanation.push("nobody has a majority.".into());
    if !rules.drops_candidates {
        explanation.push(
            "nobody is dropped (rule runoff_drops_candidates = false): the ballot is repeated with every candidate."
                .into(),
        );
        return done(
            Outcome::Free(f.candidates.clone()),
            needed,
            lots,
            explanation,
        );
    }
    if f.candidates.len() <= 2 {
        return runoff_tie(f, needed, after_tie, rules, lots, explanation);
    }
    if kind == Kind::Free && free_held <= rules.free_rounds_before_runoff {
        explanation.push(format!(
            "free round {free_held} of {} before a runoff: the next ballot has every candidate.",
            rules.free_rounds_before_runoff + 1
        ));
        return done(
            Outcome::Free(f.candidates.clone()),
            needed,
            lots,
            explanation,
        );
    }
    let places = (rules.runoff_size as usize).min(f.candidates.len() - 1);
    let cut = f.votes[order[places - 1]];
    let mut chosen: Vec<i64> = order
        .iter()
        .filter(|&&i| f.votes[i] > cut)
        .map(|&i| f.candidates[i])
        .collect();
    let tied: Vec<i64> = order
        .iter()
        .filter(|&&i| f.votes[i] == cut)
        .map(|&i| f.candidates[i])
        .collect();
    let open = places - chosen.len();
    if tied.len() > open {
        let names: Vec<&str> = tied.iter().map(|&c| f.name(c)).collect();
        match rules.tie_for_runoff_place {
            RunoffPlaceTie::Lot => {
                let mut pool: Vec<usize> = tied.iter().map(|&c| c as usize).collect();
                for _ in 0..open {
                    let c = lots.draw("place in the runoff", &pool);
                    pool.retain(|&p| p != c);
                    chosen.push(c as i64);
                }
                explanation.push(format!(
                    "{} tie with {} for {} in the runoff: decided by lot.",
                    names.join(", "),
                    counted(cut, "vote", "votes"),
                    counted(open as u64, "place", "places")
                ));
            }
            RunoffPlaceTie::Revote => {
                explanation.push(format!(
                    "{} tie with {} for {} in the runoff: all of them go to the next ballot.",
                    names.join(", "),
                    counted(cut, "vote", "votes"),
                    counted(open as u64, "place", "places")
                ));
                chosen.extend(tied);
            }
        }
    } else {
        chosen.extend(tied);
    }
    chosen.sort_unstable();
    let list: Vec<&str> = chosen.iter().map(|&c| f.name(c)).collect();
    explanation.push(format!("runoff between {}.", list.join(" and ")));
    done(Outcome::Runoff(chosen), needed, lots, explanation)
}

/// No majority between (at most) two: a tie. A new ballot between the tied first (unless the
/// statutes say `at_once`, or this is that ballot); then decided by lot or held over (B8).
fn runoff_tie(
    f: &Figures,
    needed: u64,
    after_tie: bool,
    rules: &ElectionRules,
    lots: &mut LotDrawer,
    mut explanation: Vec<String>,
) -> Decision {
    let top = f.votes.iter().copied().max().unwrap_or(0);
    let tied: Vec<usize> = f
        .candidates
        .iter()
        .zip(&f.votes)
        .filter(|&(_, &v)| v == top)
        .map(|(&c, _)| c as usize)
        .collect();
    if rules.election_tie == ElectionTie::NewBallot && !after_tie && tied.len() >= 2 {
        let mut ballot: Vec<i64> = tied.iter().map(|&c| c as i64).collect();
        ballot.sort_unstable();
        let names: Vec<&str> = ballot.iter().map(|&c| f.name(c)).collect();
        explanation.push(format!(
            "the votes tie at {top}: a new ballot between {} (rule election_tie = new_ballot).",
            names.join(" and ")
        ));
        return done(Outcome::Tie(ballot), needed, lots, explanation);
    }
    let tie = if after_tie {
        format!("the new ballot ties again at {top}")
    } else {
        format!("the votes tie at {top}")
    };
    match rules.runoff_tie {
        RunoffTie::Lot if !tied.is_empty() => {
            let purpose = if after_tie {
                "tie on the new ballot"
            } else {
                "tie in the runoff"
            };
            let c = lots.draw(purpose, &tied) as i64;
            explanation.push(format!("{tie}: decided by lot, {} is elected.", f.name(c)));
            done(Outcome::Elected(c), needed, lots, explanation)
        }
        _ => {
            explanation.push(format!(
                "{tie}: the election is held over to the next meeting."
            ));
            done(Outcome::Postponed, needed, lots, explanation)
        }
    }
}

fn done(outcome: Outcome, needed: u64, lots: &LotDrawer, explanation: Vec<String>) -> Decision {
    Decision {
        outcome,
        needed,
        lots: lots.draws().to_vec(),
        explanation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dutch() -> ElectionRules {
        ElectionRules {
            free_rounds_before_runoff: 0,
            runoff_size: 2,
            tie_for_runoff_place: RunoffPlaceTie::Lot,
            runoff_tie: RunoffTie::Lot,
            election_tie: ElectionTie::NewBallot,
            drops_candidates: true,
        }
    }

    fn fig(votes: &[u64], cast: u64) -> Figures {
        Figures {
            candidates: (1..=votes.len() as i64).collect(),
            names: (1..=votes.len()).map(|i| format!("C{i}")).collect(),
            votes: votes.to_vec(),
            cast,
        }
    }

    #[test]
    fn example_3_round_1_then_runoff() {
        let d = decide(
            &fig(&[38, 30, 17], 85),
            Kind::Free,
            1,
            false,
            &dutch(),
            &mut LotDrawer::new(1),
        );
        assert_eq!(d.needed, 43);
        assert_eq!(d.outcome, Outcome::Runoff(vec![1, 2]));
        assert!(d.lots.is_empty());
        let d = decide(
            &fig(&[46, 39], 85),
            Kind::Runoff,
            1,
            false,
            &dutch(),
            &mut LotDrawer::new(1),
        );
        assert_eq!(d.outcome, Outcome::Elected(1));
    }

    #[test]
    fn tie_for_second_place_by_lot_or_revote() {
        let d = decide(
            &fig(&[38, 24, 24], 86),
            Kind::Free,
            1,
            false,
            &dutch(),
            &mut LotDrawer::new(5),
        );
        assert_eq!(d.lots.len(), 1);
        assert_eq!(d.lots[0].among, vec![2, 3]);
        let mut expect = vec![1, d.lots[0].chosen as i64];
        expect.sort_unstable();
        assert_eq!(d.outcome, Outcome::Runoff(expect));
        let revote = ElectionRules {
            tie_for_runoff_place: RunoffPlaceTie::Revote,
            ..dutch()
        };
        let d = decide(
            &fig(&[38, 24, 24], 86),
            Kind::Free,
            1,
            false,
            &revote,
            &mut LotDrawer::new(5),
        );
        assert_eq!(d.outcome, Outcome::Runoff(vec![1, 2, 3]));
        assert!(d.lots.is_empty());
    }

    #[test]
    fn a_runoff_tie_goes_to_a_new_ballot_then_to_the_lot() {
        // Example 3's variant: runoff A 42, B 42, blank 2 → cast 84, nobody has 2*v > 84.
        // The model statutes: a new ballot between the tied; only a second tie goes to the lot.
        let d = decide(
            &fig(&[42, 42], 84),
            Kind::Runoff,
            1,
            false,
            &dutch(),
            &mut LotDrawer::new(9),
        );
        assert_eq!(d.outcome, Outcome::Tie(vec![1, 2]));
        assert!(d.lots.is_empty());
        assert!(d.explanation[2].contains("a new ballot between C1 and C2"));
        let d = decide(
            &fig(&[42, 42], 84),
            Kind::Runoff,
            1,
            true,
            &dutch(),
            &mut LotDrawer::new(9),
        );
        assert_eq!(d.lots.len(), 1);
        assert_eq!(d.lots[0].purpose, "tie on the new ballot");
        assert_eq!(d.outcome, Outcome::Elected(d.lots[0].chosen as i64));
        // A new ballot that does not tie elects as any ballot does.
        let d = decide(
            &fig(&[44, 41], 85),
            Kind::Runoff,
            1,
            true,
            &dutch(),
            &mut LotDrawer::new(9),
        );
        assert_eq!(d.outcome, Outcome::Elected(1));
    }

    #[test]
    fn at_once_the_runoff_tie_is_decided_by_lot_or_postponed() {
        let lot = ElectionRules {
            election_tie: ElectionTie::AtOnce,
            ..dutch()
        };
        let d = decide(
            &fig(&[42, 42], 84),
            Kind::Runoff,
            1,
            false,
            &lot,
            &mut LotDrawer::new(9),
        );
        assert_eq!(d.lots.len(), 1);
        assert_eq!(d.lots[0].purpose, "tie in the runoff");
        assert_eq!(d.outcome, Outcome::Elected(d.lots[0].chosen as i64));
        let hold = ElectionRules {
            runoff_tie: RunoffTie::Postpone,
            ..lot
        };
        let d = decide(
            &fig(&[42, 42], 84),
            Kind::Runoff,
            1,
            false,
            &hold,
            &mut LotDrawer::new(9),
        );
        assert_eq!(d.outcome, Outcome::Postponed);
        // Held over after the new ballot ties again, under the default.
        let d = decide(
            &fig(&[42, 42], 84),
            Kind::Runoff,
            1,
            true,
            &ElectionRules {
                runoff_tie: RunoffTie::Postpone,
                ..dutch()
            },
            &mut LotDrawer::new(9),
        );
        assert_eq!(d.outcome, Outcome::Postponed);
    }

    #[test]
    fn a_tie_on_a_seats_first_ballot_between_two_is_balloted_again() {
        // Issue 26: with two candidates left for a seat, a tie on its first (free) ballot went
        // to the lot at once.
        let d = decide(
            &fig(&[40, 40], 80),
            Kind::Free,
            1,
            false,
            &dutch(),
            &mut LotDrawer::new(3),
        );
        assert_eq!(d.outcome, Outcome::Tie(vec![1, 2]));
    }

    #[test]
    fn ronr_repeats_the_ballot_with_everyone_until_a_majority() {
        let ronr = ElectionRules {
            drops_candidates: false,
            ..dutch()
        };
        for (votes, cast) in [(&[38u64, 30, 17][..], 85), (&[42, 42][..], 84)] {
            let d = decide(
                &fig(votes, cast),
                Kind::Free,
                5,
                false,
                &ronr,
                &mut LotDrawer::new(1),
            );
            let all: Vec<i64> = (1..=votes.len() as i64).collect();
            assert_eq!(d.outcome, Outcome::Free(all));
            assert!(d.lots.is_empty());
        }
        let d = decide(
            &fig(&[44, 30, 11], 85),
            Kind::Free,
            2,
            false,
            &ronr,
            &mut LotDrawer::new(1),
        );
        assert_eq!(d.outcome, Outcome::Elected(1));
    }

    #[test]
    fn a_free_round_first() {
        let free = ElectionRules {
            free_rounds_before_runoff: 1,
            ..dutch()
        };
        let d = decide(
            &fig(&[38, 30, 17], 85),
            Kind::Free,
            1,
            false,
            &free,
            &mut LotDrawer::new(1),
        );
        assert_eq!(d.outcome, Outcome::Free(vec![1, 2, 3]));
        let d = decide(
            &fig(&[40, 30, 15], 85),
            Kind::Free,
            2,
            false,
            &free,
            &mut LotDrawer::new(1),
        );
        assert_eq!(d.outcome, Outcome::Runoff(vec![1, 2]));
    }
}
