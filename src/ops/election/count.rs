//! Counting a round: the stored papers become a `tally::Election`, `tally::count` counts them,
//! and for majority-runoff `domain::election::decide` applies the meeting's round rules. The
//! figures, the seed, every stage and the lots are stored, and a recount repeats them exactly.

use crate::domain::msg::msg;
use serde::Serialize;

use super::{method_of, open_election, open_meeting, record_board_terms, refused};
use crate::domain::election::{
    self as de, Decided, ElectionRules, Figures, Kind, Outcome, PaperStatus, RoundStatus, seat,
};
use crate::domain::election::{Candidate, Election, Round, RoundResult};
use crate::domain::lang::Lang;
use crate::store::elections::NewResult;
use crate::store::{Actor, ReadTx, Store, WriteTx};
use crate::tally::lot::LotDrawer;
use crate::tally::model::{Ballot, Election as TallyElection};
use crate::tally::{Method, TallyOptions, TallyResult};

/// A candidate's votes in a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CandidateVotes {
    pub number: i64,
    pub name: String,
    /// Scaled by 10^decimals (0 for one-round methods).
    pub votes: i64,
}

/// A lot drawn, with names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LotDrawn {
    pub purpose: String,
    pub among: Vec<String>,
    pub chosen: String,
}

/// Why papers were invalid, and how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InvalidReason {
    pub reason: String,
    pub papers: u64,
}

/// A counted round, as shown and as compared by a recount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoundCount {
    pub election: i64,
    pub round: i64,
    pub kind: Kind,
    /// The seat this round is a ballot for, and which ballot for that seat (each seat filled one
    /// by one begins with its own first ballot), with the label "seat 2, first ballot".
    pub seat: u32,
    pub ballot: u32,
    pub label: String,
    pub method: Method,
    pub seed: u64,
    pub papers: u64,
    pub blank: u64,
    pub invalid: u64,
    pub invalid_reasons: Vec<InvalidReason>,
    /// Votes cast (valid weight at the first stage, scaled).
    pub cast: i64,
    pub decimals: u32,
    pub needed: Option<u64>,
    pub votes: Vec<CandidateVotes>,
    pub outcome: Decided,
    pub elected: Vec<String>,
    pub next: Vec<String>,
    pub lots: Vec<LotDrawn>,
    pub explanation: Vec<String>,
    /// The engine's result: every stage (its `--format json` form).
    #[serde(skip)]
    pub tally: Option<TallyResult>,
    #[serde(skip)]
    pub elected_numbers: Vec<i64>,
    #[serde(skip)]
    pub next_numbers: Vec<i64>,
}

/// The seed of round `round`: the election's printed seed for round 1, one more each round.
pub fn round_seed(e: &Election, round: i64) -> u64 {
    e.seed.wrapping_add(round as u64 - 1)
}

fn name_of(cands: &[Candidate], number: i64) -> String {
    cands
        .iter()
        .find(|c| c.number == number)
        .map_or_else(|| number.to_string(), |c| c.name.clone())
}

/// Seats one ballot fills: under majority-runoff one, seat by seat; else all of them at once.
fn ballot_seats(e: &Election) -> usize {
    if method_of(e) == Method::MajorityRunoff {
        1
    } else {
        e.seats as usize
    }
}

/// The round's papers as the engine reads them: every candidate of the election (those not on
/// this round's ballot withdrawn), blank papers as blank ballots; invalid papers are left out and
/// counted with their reasons.
fn build(
    e: &Election,
    round: &Round,
    cands: &[Candidate],
    papers: &[crate::domain::election::StoredPaper],
) -> (TallyElection, u64, u64, Vec<InvalidReason>) {
    let idx = |name: &str| cands.iter().position(|c| c.name == name);
    let mut election = TallyElection {
        title: Some(e.title.clone()),
        candidates: cands.iter().map(|c| c.name.clone()).collect(),
        seats: Some(ballot_seats(e)),
        ..Default::default()
    };
    for (i, c) in cands.iter().enumerate() {
        if c.withdrawn || !round.candidates.contains(&c.number) {
            election.withdrawn.insert(i);
        }
    }
    let (mut blank, mut invalid) = (0u64, 0u64);
    let mut reasons: Vec<InvalidReason> = Vec::new();
    for p in papers {
        match p.status {
            PaperStatus::Valid | PaperStatus::Blank => {
                if p.status == PaperStatus::Blank {
                    blank += 1;
                }
                let ranks = p
                    .choice
                    .iter()
                    .filter_map(|n| idx(n))
                    .map(crate::tally::Rank::one)
                    .collect();
                election.ballots.push(Ballot {
                    weight: 1,
                    ranks,
                    line: election.ballots.len() + 1,
                });
            }
            PaperStatus::Invalid => {
                invalid += 1;
                let reason = p.reason.clone().unwrap_or_default();
                match reasons.iter_mut().find(|r| r.reason == reason) {
                    Some(r) => r.papers += 1,
                    None => reasons.push(InvalidReason { reason, papers: 1 }),
                }
            }
        }
    }
    (election, blank, invalid, reasons)
}

/// The ballots of round `round` (default: the last counted one, else the last) as a tally
/// election, for export; with the round's number.
pub fn round_election(
    store: &mut Store,
    election: i64,
    round: Option<i64>,
) -> anyhow::Result<(TallyElection, i64)> {
    store.read(|tx| {
        let e = tx.election(election)?;
        let rounds = tx.election_rounds(election)?;
        let chosen = match round {
            Some(n) => rounds.iter().find(|r| r.number == n),
            None => rounds
                .iter()
                .rev()
                .find(|r| r.status == RoundStatus::Counted)
                .or(rounds.last()),
        };
        let Some(r) = chosen else {
            return Err(refused(match round {
                Some(n) => msg!("election-no-such-round", election = election, round = n),
                None => msg!("election-no-round-at-all", election = election),
            }));
        };
        let cands = tx.election_candidates(election)?;
        let papers = tx.election_ballots(election, r.number)?;
        Ok((build(&e, r, &cands, &papers).0, r.number))
    })
}

/// Counts a round from its stored papers; pure apart from reading.
fn compute(
    tx: &ReadTx<'_>,
    e: &Election,
    round: &Round,
    free_held: u32,
    rules: &ElectionRules,
) -> anyhow::Result<RoundCount> {
    let cands = tx.election_candidates(e.id)?;
    let papers = tx.election_ballots(e.id, round.number)?;
    let method = method_of(e);
    let (election, blank, invalid, reasons) = build(e, round, &cands, &papers);
    // Each round of a majority-runoff election is its own ballot in the meeting: counted by
    // majority, and decided under the meeting's round rules.
    let engine = if method == Method::MajorityRunoff {
        Method::Majority
    } else {
        method
    };
    let seed = round_seed(e, round.number);
    let seats = election.seats.unwrap_or(1);
    let result = crate::tally::count(
        &election,
        engine,
        &TallyOptions {
            seats: Some(seats),
            seed,
        },
    )
    .map_err(|err| {
        refused(msg!(
            "election-cannot-count",
            election = e.id,
            error = err.to_string()
        ))
    })?;
    let first = result.stages.first();
    let on_ballot: Vec<i64> = round
        .candidates
        .iter()
        .copied()
        .filter(|n| cands.iter().any(|c| c.number == *n && !c.withdrawn))
        .collect();
    let votes: Vec<CandidateVotes> = on_ballot
        .iter()
        .map(|&n| CandidateVotes {
            number: n,
            name: name_of(&cands, n),
            votes: first.map_or(0, |s| s.votes[(n - 1) as usize]),
        })
        .collect();
    let cast = first.map_or(0, |s| s.votes.iter().sum::<i64>());
    let earlier: Vec<_> = tx
        .election_results(e.id)?
        .into_iter()
        .filter(|r| r.round < round.number)
        .collect();
    let place = place_of(e, &earlier);
    let after_tie = earlier.last().is_some_and(|r| r.outcome == Decided::Tie);
    let mut out = RoundCount {
        election: e.id,
        round: round.number,
        kind: round.kind,
        seat: place.seat,
        ballot: place.ballot,
        label: seat::label(place, seat_by_seat(e), Lang::En),
        method,
        seed,
        papers: papers.len() as u64,
        blank,
        invalid,
        invalid_reasons: reasons,
        cast,
        decimals: result.decimals,
        needed: None,
        votes,
        outcome: Decided::Elected,
        elected: Vec::new(),
        next: Vec::new(),
        lots: Vec::new(),
        explanation: Vec::new(),
        tally: None,
        elected_numbers: Vec::new(),
        next_numbers: Vec::new(),
    };
    // Papers valid as read but no vote for the engine (naming only withdrawn candidates, say).
    let not_counted: Vec<String> = result
        .invalid
        .iter()
        .filter(|i| !i.reason.starts_with("blank"))
        .map(|i| format!("{} paper(s) {}", i.weight, i.reason))
        .collect();
    let lots: Vec<crate::tally::Lot> = if method == Method::MajorityRunoff {
        let fig = Figures {
            candidates: on_ballot.clone(),
            names: out.votes.iter().map(|v| v.name.clone()).collect(),
            votes: out.votes.iter().map(|v| v.votes.max(0) as u64).collect(),
            cast: cast.max(0) as u64,
        };
        let d = de::decide(
            &fig,
            round.kind,
            free_held,
            after_tie,
            rules,
            &mut LotDrawer::new(seed),
        );
        out.needed = Some(d.needed);
        out.outcome = Decided::from(&d.outcome);
        match &d.outcome {
            Outcome::Elected(c) => {
                out.elected_numbers = vec![*c];
                // Several seats: the next seat's ballots, with every candidate still standing.
                let before = elected_before(tx, e.id, round.number)?;
                let filled = before.len() + 1;
                if filled < e.seats as usize {
                    out.next_numbers = cands
                        .iter()
                        .filter(|x| !x.withdrawn && x.number != *c && !before.contains(&x.number))
                        .map(|x| x.number)
                        .collect();
                    out.explanation.push(format!(
                        "seat {filled} of {} filled; the ballots for seat {} begin with every candidate still standing.",
                        e.seats,
                        filled + 1
                    ));
                }
            }
            Outcome::Runoff(v) | Outcome::Free(v) | Outcome::Tie(v) => out.next_numbers = v.clone(),
            Outcome::Postponed => {}
        }
        let seat_note = std::mem::take(&mut out.explanation);
        out.explanation = d.explanation;
        out.explanation.extend(seat_note);
        d.lots
    } else {
        out.outcome = Decided::Elected;
        out.elected_numbers = result.elected.iter().map(|&i| cands[i].number).collect();
        out.explanation = result.notes.clone();
        if result.elected.len() < e.seats as usize {
            out.explanation.push(format!(
                "{} of {} seats filled; the rest need a further election.",
                result.elected.len(),
                e.seats
            ));
        }
        result.lots.clone()
    };
    // Lots name candidate ids: election numbers for the round rules, engine indexes otherwise.
    let lot_name = |c: usize| {
        if method == Method::MajorityRunoff {
            name_of(&cands, c as i64)
        } else {
            cands[c].name.clone()
        }
    };
    out.lots = lots
        .iter()
        .map(|l| LotDrawn {
            purpose: l.purpose.clone(),
            among: l.among.iter().map(|&c| lot_name(c)).collect(),
            chosen: lot_name(l.chosen),
        })
        .collect();
    out.explanation.splice(0..0, not_counted);
    let outside: u64 = out
        .invalid_reasons
        .iter()
        .filter(|r| r.reason.contains("outside the binding nomination"))
        .map(|r| r.papers)
        .sum();
    if outside > 0 {
        out.explanation.insert(
            0,
            format!(
                "{outside} paper(s) named someone outside the binding nomination and are invalid: {}.",
                crate::domain::election::binding::OUTSIDE_RULE
            ),
        );
    }
    out.elected = out
        .elected_numbers
        .iter()
        .map(|&n| name_of(&cands, n))
        .collect();
    out.next = out
        .next_numbers
        .iter()
        .map(|&n| name_of(&cands, n))
        .collect();
    out.tally = Some(result);
    Ok(out)
}

fn rules_of(tx: &ReadTx<'_>, e: &Election) -> anyhow::Result<ElectionRules> {
    let m = tx.meeting(e.meeting_id)?;
    let (_, r) = tx.meeting_rules(&m)?;
    Ok(ElectionRules {
        free_rounds_before_runoff: r.free_rounds_before_runoff,
        runoff_size: r.runoff_size,
        tie_for_runoff_place: r.tie_for_runoff_place,
        runoff_tie: r.runoff_tie,
        election_tie: r.election_tie,
        drops_candidates: r.runoff_drops_candidates,
    })
}

/// Whether the election's seats are filled one by one, each with ballots of its own.
pub(super) fn seat_by_seat(e: &Election) -> bool {
    e.seats > 1 && method_of(e) == Method::MajorityRunoff
}

/// The place of the round after `earlier` (the counted rounds before it, in order): its seat and
/// its ballot for that seat.
pub(super) fn place_of(e: &Election, earlier: &[RoundResult]) -> seat::Place {
    let mut filled: Vec<bool> = earlier
        .iter()
        .map(|r| seat_by_seat(e) && !r.elected.is_empty())
        .collect();
    filled.push(false);
    *seat::places(&filled).last().expect("one place a round")
}

/// The candidates elected in the rounds before `round` (majority-runoff, seat by seat).
fn elected_before(tx: &ReadTx<'_>, election: i64, round: i64) -> anyhow::Result<Vec<i64>> {
    Ok(tx
        .election_results(election)?
        .iter()
        .filter(|r| r.round < round)
        .flat_map(|r| r.elected.iter().copied())
        .collect())
}

/// Free rounds held up to and including `upto`, for the seat being filled: counted from the
/// round after the last seat was filled.
fn free_held(tx: &ReadTx<'_>, election: i64, rounds: &[Round], upto: i64) -> anyhow::Result<u32> {
    let since = tx
        .election_results(election)?
        .iter()
        .filter(|r| r.round < upto && r.outcome == Decided::Elected)
        .map(|r| r.round)
        .max()
        .unwrap_or(0);
    Ok(rounds
        .iter()
        .filter(|r| r.number > since && r.number <= upto && r.kind == Kind::Free)
        .count() as u32)
}

/// Counts the open round and stores the result. A round voted with codes is then rewritten in
/// key order (as a closed secret ballot is): the file's layout no longer follows the casting.
pub fn count(
    store: &mut Store,
    actor: &Actor,
    election: i64,
) -> anyhow::Result<crate::ops::Changed<RoundCount>> {
    let c = count_round(store, actor, election)?;
    if super::codes::has_codes(store, election, c.value.round)? {
        store.rewrite_in_key_order()?;
    }
    Ok(c)
}

fn count_round(
    store: &mut Store,
    actor: &Actor,
    election: i64,
) -> anyhow::Result<crate::ops::Changed<RoundCount>> {
    crate::ops::write(store, actor, |tx| {
        let e = open_election(tx, election)?;
        open_meeting(tx, e.meeting_id)?;
        let rounds = tx.election_rounds(election)?;
        let Some(round) = rounds.last().filter(|r| r.status == RoundStatus::Open) else {
            return Err(refused(msg!("election-no-open-round", election = election)));
        };
        let rules = rules_of(tx, &e)?;
        let held = free_held(tx, election, &rounds, round.number)?;
        let c = compute(tx, &e, round, held, &rules)?;
        let status = c.outcome.status_after(&c.next_numbers);
        let summary = format!(
            "round {} of election {election} counted: {}",
            c.round, c.outcome
        );
        tx.add_result(
            election,
            &NewResult {
                round: c.round,
                method: c.method,
                seed: c.seed,
                tally: serde_json::to_string(&c.tally)?,
                outcome: c.outcome,
                elected: &c.elected_numbers,
                next: &c.next_numbers,
                lots: serde_json::to_string(&c.lots)?,
                summary,
            },
            status,
        )?;
        crate::ops::decision::record(tx, crate::ops::decision::Source::Election(election))?;
        record_board_terms(tx, &e, &c.elected_numbers)?;
        Ok(c)
    })
}

/// Counts every counted round again from its stored papers and seed, and checks that the figures,
/// the stages and the decision are the ones stored.
pub fn recount(store: &mut Store, election: i64) -> anyhow::Result<Vec<RoundCount>> {
    store.read(|tx| {
        let e = tx.election(election)?;
        let rounds = tx.election_rounds(election)?;
        let stored = tx.election_results(election)?;
        if stored.is_empty() {
            return Err(refused(msg!(
                "election-nothing-to-recount",
                election = election
            )));
        }
        let rules = rules_of(tx, &e)?;
        let mut out = Vec::new();
        for s in &stored {
            let Some(round) = rounds.iter().find(|r| r.number == s.round) else {
                continue;
            };
            let held = free_held(tx, election, &rounds, round.number)?;
            let c = compute(tx, &e, round, held, &rules)?;
            let same = serde_json::to_string(&c.tally)? == s.tally
                && c.outcome == s.outcome
                && c.elected_numbers == s.elected
                && c.next_numbers == s.next
                && serde_json::to_string(&c.lots)? == s.lots
                && c.seed == s.seed;
            if !same {
                return Err(refused(msg!(
                    "election-recount-differs",
                    round = s.round,
                    election = election
                )));
            }
            out.push(c);
        }
        Ok(out)
    })
}

/// The name an erased member keeps as a candidate: unique in the election, no personal data.
pub fn erased_name(number: i64) -> String {
    format!("erased member (candidate {number})")
}

/// Member erasure (inside its transaction): every candidacy of `member_id` gets
/// `erased_name` in place of the name, on the papers too, and every counted round's stored
/// result is restated from the same papers and seed, so that the figures, the decision and
/// `--recount` stay as they were with the name replaced.
pub fn forget_candidate(tx: &WriteTx<'_>, member_id: i64) -> anyhow::Result<()> {
    for (election, number, name) in tx.candidacies(member_id)? {
        tx.rename_candidate(election, number, &name, &erased_name(number))?;
        let e = tx.election(election)?;
        let rounds = tx.election_rounds(election)?;
        let rules = rules_of(tx, &e)?;
        for s in tx.election_results(election)? {
            let Some(round) = rounds.iter().find(|r| r.number == s.round) else {
                continue;
            };
            let held = free_held(tx, election, &rounds, round.number)?;
            let c = compute(tx, &e, round, held, &rules)?;
            tx.restate_result(
                election,
                s.round,
                &serde_json::to_string(&c.tally)?,
                &serde_json::to_string(&c.lots)?,
            )?;
        }
    }
    Ok(())
}
