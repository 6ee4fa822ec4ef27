//! Elections in a meeting: make one, nominate and withdraw candidates, enter paper ballots,
//! count a round with `tally::count` and decide it under the meeting's rules, open the next
//! round, recount from the stored papers and seed. The meeting checks are the meeting's own.

use crate::domain::DomainError;
use crate::domain::election::binding::{OUTSIDE_RULE, binds, outside_nomination};
use crate::domain::election::{Candidate, Election, Round, StoredPaper};
use crate::domain::election::{
    Kind, Paper, PaperStatus, RoundStatus, Status, judge, names_allowed,
};
use crate::domain::meeting::{Meeting, State};
use crate::domain::msg::msg;
use crate::ops::Changed;
use crate::store::elections::{NewCandidate, NewElection};
use crate::store::{Actor, ReadTx, Store, WriteTx};
use crate::tally::Method;

mod codes;
mod count;
pub mod view;
pub use codes::{Cast, Filled, IssuedCodes, cast, issue_codes};
pub use count::{
    CandidateVotes, RoundCount, count, erased_name, forget_candidate, recount, round_election,
};

/// The method of an election as stored.
pub fn method_of(e: &Election) -> Method {
    e.method
}

fn refused(msg: crate::domain::msg::Msg) -> anyhow::Error {
    DomainError::said(msg).into()
}

pub(super) fn open_meeting(tx: &ReadTx<'_>, meeting_id: i64) -> anyhow::Result<Meeting> {
    let m = tx.meeting(meeting_id)?;
    if m.state() != State::Open {
        return Err(refused(msg!(
            "election-meeting-not-open",
            meeting = meeting_id,
            state = msg!("meeting-state", state = m.state().as_str())
        )));
    }
    Ok(m)
}

fn open_election(tx: &ReadTx<'_>, id: i64) -> anyhow::Result<Election> {
    let e = tx.election(id)?;
    if e.status != Status::Open {
        return Err(refused(msg!(
            "election-not-open",
            election = id,
            status = msg!("election-status-word", status = e.status.to_string())
        )));
    }
    Ok(e)
}

/// The candidates a kept binding nomination binds the election to (BW 2:37 lid 4): None when the
/// statutes create none, the meeting has not voted on it, or it removed the binding force.
pub(super) fn kept_nominees(tx: &ReadTx<'_>, e: &Election) -> anyhow::Result<Option<Vec<i64>>> {
    let Some(b) = tx.election_binding(e.id)? else {
        return Ok(None);
    };
    let (_, rules) = tx.meeting_rules(&tx.meeting(e.meeting_id)?)?;
    if b.removed || !rules.binding_nomination_enabled {
        return Ok(None);
    }
    Ok(Some(nominees(&rules, &tx.election_candidates(e.id)?)))
}

/// The standing candidates whose nomination binds under `rules`, and those the meeting insisted
/// on outside it (`candidate add --force`): papers for them count, and their appointment is void.
fn nominees(rules: &crate::domain::rules::Rules, cands: &[Candidate]) -> Vec<i64> {
    cands
        .iter()
        .filter(|c| !c.withdrawn && (binds(rules, c.nominated_by.as_deref()) || c.forced.is_some()))
        .map(|c| c.number)
        .collect()
}

/// What `election new` makes.
#[derive(Debug, Clone)]
pub struct Spec<'a> {
    pub meeting_id: i64,
    pub title: &'a str,
    pub seats: u32,
    pub method: Method,
    pub seed: u64,
    /// Fills board seats: the elected members' terms are kept.
    pub board: bool,
}

/// Makes an election in meeting `meeting_id`; returns its number.
pub fn new(
    store: &mut Store,
    actor: &Actor,
    spec: &Spec<'_>,
) -> anyhow::Result<Changed<Done<i64>>> {
    let Spec {
        meeting_id,
        title,
        seats,
        method,
        seed,
        board,
    } = *spec;
    if seats == 0 {
        return Err(refused(msg!("election-no-seats")));
    }
    if title.trim().is_empty() {
        return Err(DomainError::invalid_said("title", msg!("must-not-be-empty")).into());
    }
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(meeting_id)?;
        if matches!(m.state(), State::Closed | State::Cancelled) {
            return Err(refused(msg!(
                "election-meeting-over",
                meeting = meeting_id,
                state = msg!("meeting-state", state = m.state().as_str())
            )));
        }
        let id = tx.add_election(&NewElection {
            meeting_id,
            title: title.trim(),
            seats,
            method,
            seed,
            board,
        })?;
        Ok(Done {
            did: id,
            record: view::record_in(tx, id)?,
        })
    })
}

/// What a writing election command did, and the election as `election show` gives it, read in
/// the change's transaction.
#[derive(Debug, Clone)]
pub struct Done<T> {
    pub did: T,
    pub record: view::ElectionRecord,
}

/// Runs `f` as one writing transaction on election `election` and reads the election back in it.
fn write_shown<T>(
    store: &mut Store,
    actor: &Actor,
    election: i64,
    f: impl FnOnce(&crate::store::WriteTx<'_>) -> anyhow::Result<T>,
) -> anyhow::Result<Changed<Done<T>>> {
    crate::ops::write(store, actor, |tx| {
        let did = f(tx)?;
        Ok(Done {
            did,
            record: view::record_in(tx, election)?,
        })
    })
}

/// Who a new candidate is.
#[derive(Debug, Clone)]
pub enum Who {
    Member(i64),
    Name(String),
}

/// Adds a candidate before the first round opens; returns the candidate's number. Outside a
/// binding nomination the meeting kept, only with `force`: the meeting may insist, and the
/// appointment is then void (BW 2:14), which the decision records.
pub fn add_candidate(
    store: &mut Store,
    actor: &Actor,
    election: i64,
    who: &Who,
    nominated_by: Option<&str>,
    force: bool,
) -> anyhow::Result<Changed<Done<i64>>> {
    write_shown(store, actor, election, |tx| {
        let e = open_election(tx, election)?;
        if !tx.election_rounds(election)?.is_empty() {
            return Err(refused(msg!(
                "election-voting-begun-candidates",
                election = election
            )));
        }
        let (_, rules) = tx.meeting_rules(&tx.meeting(e.meeting_id)?)?;
        let outside = kept_nominees(tx, &e)?.is_some() && !binds(&rules, nominated_by);
        if outside && !force {
            return Err(crate::exit::hinted(
                msg!(
                    "election-binding-kept",
                    election = election,
                    rule = OUTSIDE_RULE
                ),
                msg!(
                    "election-binding-kept-hint",
                    election = election,
                    members = if rules.binding_nomination_by_members.is_some() {
                        "yes"
                    } else {
                        "no"
                    }
                ),
            ));
        }
        if e.board && !rules.board_members_from_outside && matches!(who, Who::Name(_)) {
            return Err(crate::exit::hinted(
                msg!("election-board-from-members", election = election),
                msg!("election-board-from-members-hint"),
            ));
        }
        let (member_id, name) = match who {
            Who::Member(number) => {
                let m = tx.member(*number)?;
                (Some(m.id), m.data.full_name())
            }
            Who::Name(name) => (None, name.trim().to_string()),
        };
        if name.is_empty() {
            return Err(DomainError::invalid_said("name", msg!("must-not-be-empty")).into());
        }
        let taken = tx.election_candidates(election)?;
        if taken.iter().any(|c| c.name == name) {
            return Err(refused(msg!(
                "election-candidate-already",
                name = name.as_str(),
                election = election
            )));
        }
        tx.add_candidate(
            election,
            &NewCandidate {
                member_id,
                name: &name,
                nominated_by,
                forced: outside.then_some(
                    "nominated outside the binding nomination the meeting kept (BW 2:37 lid 4); the meeting insisted (--force)",
                ),
            },
        )
    })
}

fn candidate(tx: &ReadTx<'_>, election: i64, number: i64) -> anyhow::Result<Candidate> {
    tx.election_candidates(election)?
        .into_iter()
        .find(|c| c.number == number)
        .ok_or_else(|| {
            DomainError::Missing(msg!(
                "lookup-candidate",
                number = number,
                election = election
            ))
            .into()
        })
}

pub fn withdraw(
    store: &mut Store,
    actor: &Actor,
    election: i64,
    number: i64,
) -> anyhow::Result<Changed<Done<()>>> {
    write_shown(store, actor, election, |tx| {
        open_election(tx, election)?;
        let c = candidate(tx, election, number)?;
        if c.withdrawn {
            return Err(refused(msg!(
                "election-candidate-withdrawn-already",
                number = number,
                election = election
            )));
        }
        tx.withdraw_candidate(election, &c)
    })
}

/// One paper as entered: the names on it in order, or the tellers' reason it is invalid.
#[derive(Debug, Clone, Default)]
pub struct PaperIn {
    pub names: Vec<String>,
    pub invalid: Option<String>,
}

/// What entering papers did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Entered {
    pub election: i64,
    pub round: i64,
    pub papers: usize,
    pub valid: usize,
    pub blank: usize,
    pub invalid: usize,
    /// Why papers were entered past the meeting's attendance (`--force`), as recorded.
    pub forced: Option<String>,
}

/// Enters papers in the open round (opening round 1 on the first paper). With `strict` (one
/// paper typed on the command line) a name that is no candidate is refused as a typing error;
/// from a file it is a paper that names someone not nominated, kept as invalid (B4). A round
/// holds no more papers than votes present or represented in the meeting, unless `force`
/// (recorded in the journal with the numbers).
pub fn ballots(
    store: &mut Store,
    actor: &Actor,
    election: i64,
    papers: &[PaperIn],
    strict: bool,
    force: bool,
) -> anyhow::Result<Changed<Entered>> {
    crate::ops::write(store, actor, |tx| {
        let e = open_election(tx, election)?;
        let m = open_meeting(tx, e.meeting_id)?;
        let cands = tx.election_candidates(election)?;
        let round = open_round(tx, &e, &cands)?;
        if tx
            .code_salt(crate::domain::vote::code::CodesFor::Round {
                election,
                round: round.number,
            })?
            .is_some()
        {
            return Err(refused(msg!(
                "election-round-with-codes",
                round = round.number,
                election = election
            )));
        }
        let held = tx.election_ballots(election, round.number)?.len() as u64;
        let total = held + papers.len() as u64;
        let available = tx.meeting_counts(&m)?.available();
        let forced = if total <= available {
            None
        } else if force {
            Some(format!(
                "forced: round {} holds {total} papers, more than the {available} votes present or represented at meeting {}",
                round.number, m.id
            ))
        } else {
            return Err(crate::exit::hinted(
                msg!(
                    "election-too-many-papers",
                    round = round.number,
                    election = election,
                    total = total,
                    held = held,
                    now = papers.len(),
                    available = available,
                    meeting = m.id
                ),
                msg!("election-too-many-papers-hint", meeting = m.id),
            ));
        };
        let by_name: Vec<(i64, String)> =
            cands.iter().map(|c| (c.number, c.name.clone())).collect();
        let allowed = names_allowed(method_of(&e), e.seats as usize);
        let bound = kept_nominees(tx, &e)?;
        let mut rows = Vec::with_capacity(papers.len());
        let mut out = Entered {
            election,
            round: round.number,
            papers: papers.len(),
            ..Default::default()
        };
        for p in papers {
            let outside = bound
                .as_deref()
                .and_then(|n| outside_nomination(&p.names, &by_name, n));
            let judged = match (&p.invalid, outside) {
                (Some(reason), _) => Paper::Invalid(reason.clone()),
                (None, Some(reason)) => Paper::Invalid(reason),
                (None, None) => judge(&p.names, &by_name, &round.candidates, allowed),
            };
            if strict
                && let Some(unknown) = p
                    .names
                    .iter()
                    .find(|n| !n.trim().is_empty() && !by_name.iter().any(|(_, c)| c == n.trim()))
            {
                return Err(refused(msg!(
                    "election-not-a-candidate",
                    name = unknown,
                    election = election
                )));
            }
            let (status, reason) = match judged {
                Paper::Valid(_) => {
                    out.valid += 1;
                    (PaperStatus::Valid, None)
                }
                Paper::Blank => {
                    out.blank += 1;
                    (PaperStatus::Blank, None)
                }
                Paper::Invalid(r) => {
                    out.invalid += 1;
                    (PaperStatus::Invalid, Some(r))
                }
            };
            rows.push(StoredPaper {
                choice: p.names.iter().map(|n| n.trim().to_string()).collect(),
                status,
                reason,
            });
        }
        tx.add_ballots(election, round.number, &rows, forced.as_deref())?;
        out.forced = forced;
        Ok(out)
    })
}

/// The round that takes ballots: the last round while open, or round 1 (all standing candidates)
/// opened now when voting has not begun. Refused when the last round is counted.
fn open_round(tx: &WriteTx<'_>, e: &Election, cands: &[Candidate]) -> anyhow::Result<Round> {
    let election = e.id;
    let rounds = tx.election_rounds(election)?;
    Ok(match rounds.last() {
        None => {
            // A kept binding nomination puts only its nominees on the ballot (BW 2:37 lid 4).
            let bound = kept_nominees(tx, e)?;
            let standing: Vec<i64> = cands
                .iter()
                .filter(|c| !c.withdrawn)
                .filter(|c| bound.as_ref().is_none_or(|b| b.contains(&c.number)))
                .map(|c| c.number)
                .collect();
            if standing.len() < e.seats as usize {
                return Err(refused(msg!(
                    "election-too-few-candidates",
                    election = election,
                    standing = standing.len(),
                    seats = e.seats
                )));
            }
            tx.add_round(election, 1, Kind::Free, &standing)?;
            tx.election_rounds(election)?.remove(0)
        }
        Some(r) if r.status == RoundStatus::Open => r.clone(),
        Some(r) => {
            return Err(refused(msg!(
                "election-round-closed",
                round = r.number,
                election = election
            )));
        }
    })
}

/// In a board election, the term of each elected candidate (numbers) who is a member, from the
/// meeting's date.
pub(super) fn record_board_terms(
    tx: &WriteTx<'_>,
    e: &Election,
    elected: &[i64],
) -> anyhow::Result<()> {
    if !e.board || elected.is_empty() {
        return Ok(());
    }
    let since = tx.meeting(e.meeting_id)?.starts_at.date();
    let members: Vec<i64> = tx
        .election_candidates(e.id)?
        .iter()
        .filter(|c| elected.contains(&c.number))
        .filter_map(|c| c.member_id)
        .collect();
    let decision = tx.decision_of_election(e.id)?;
    let grounds = decision.as_ref().map_or(format!("election {}", e.id), |d| {
        format!("election {}, decision {}", e.id, d.code)
    });
    for m in members {
        if tx
            .sitting_seat(m, &since.to_string())?
            .is_some_and(|s| s.since == since.to_string())
        {
            // Seated by another election of the same meeting already.
            continue;
        }
        // The seat on the board (`quorum board`); its role is set with `board role`.
        crate::ops::board::appoint(
            tx,
            m,
            crate::domain::office::Role::Lid,
            since,
            None,
            decision.as_ref().map(|d| d.id),
            Some(e.id),
            false,
            &grounds,
        )?;
    }
    Ok(())
}

/// A round opened by `next_round`: its number, kind, place label and ballot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenedRound {
    pub number: i64,
    pub kind: Kind,
    /// "seat 2, first ballot": each seat filled one by one begins with its own first ballot.
    pub label: String,
    pub candidates: Vec<i64>,
}

/// Opens the next round with the candidates the last count sent to it.
pub fn next_round(
    store: &mut Store,
    actor: &Actor,
    election: i64,
) -> anyhow::Result<Changed<Done<OpenedRound>>> {
    write_shown(store, actor, election, |tx| {
        let e = open_election(tx, election)?;
        open_meeting(tx, e.meeting_id)?;
        let rounds = tx.election_rounds(election)?;
        let Some(last) = rounds.last() else {
            return Err(refused(msg!("election-no-round", election = election)));
        };
        if last.status == RoundStatus::Open {
            return Err(refused(msg!(
                "election-round-open",
                round = last.number,
                election = election
            )));
        }
        let results = tx.election_results(election)?;
        let Some(r) = results.iter().find(|r| r.round == last.number) else {
            return Err(refused(msg!(
                "election-round-no-count",
                round = last.number
            )));
        };
        let Some(kind) = r.outcome.next_kind(&r.next) else {
            return Err(refused(msg!(
                "election-round-decided",
                round = last.number,
                outcome = r.outcome.to_string()
            )));
        };
        let number = last.number + 1;
        tx.add_round(election, number, kind, &r.next)?;
        let place = count::place_of(&e, &results);
        Ok(OpenedRound {
            number,
            kind,
            label: crate::domain::election::seat::label(
                place,
                count::seat_by_seat(&e),
                crate::domain::lang::Lang::En,
            ),
            candidates: r.next.clone(),
        })
    })
}

/// The meeting votes on removing the binding force of the board's nomination (BW 2:37 lid 4),
/// before the first round. Kept binding, a nomination naming one person per seat appoints them.
pub fn binding(
    store: &mut Store,
    actor: &Actor,
    election: i64,
    votes_for: u64,
    against: u64,
) -> anyhow::Result<Changed<Done<crate::domain::election::Binding>>> {
    use crate::domain::election::binding::{OverrideVote, decide_override};
    write_shown(store, actor, election, |tx| {
        let e = open_election(tx, election)?;
        let m = open_meeting(tx, e.meeting_id)?;
        if !tx.election_rounds(election)?.is_empty() {
            return Err(refused(msg!(
                "election-voting-begun-binding",
                election = election
            )));
        }
        if tx.election_binding(election)?.is_some() {
            return Err(refused(msg!(
                "election-binding-voted-already",
                election = election
            )));
        }
        let (_, rules) = tx.meeting_rules(&m)?;
        if !rules.binding_nomination_enabled {
            return Err(refused(msg!("election-no-binding-nomination")));
        }
        let cands = tx.election_candidates(election)?;
        let nominees = nominees(&rules, &cands);
        if nominees.is_empty() {
            return Err(refused(msg!("election-no-nominee", election = election)));
        }
        let c = tx.meeting_counts(&m)?;
        if votes_for + against > c.available() {
            return Err(refused(msg!(
                "election-override-too-many",
                cast = votes_for + against,
                present = c.available(),
                meeting = m.id
            )));
        }
        let d = decide_override(
            &rules,
            &OverrideVote {
                votes_for,
                against,
                present: c.available(),
                total: c.total_votes,
            },
        );
        let mut explanation = d.explanation;
        let appointed = if !d.removed && nominees.len() == e.seats as usize {
            explanation.push_str(" The nomination names one person per seat: they are appointed.");
            nominees
        } else {
            Vec::new()
        };
        let row = crate::domain::election::Binding {
            votes_for,
            against,
            present: c.available(),
            total: c.total_votes,
            removed: d.removed,
            needed: d.needed,
            explanation,
            appointed,
        };
        tx.add_binding(election, &row)?;
        crate::ops::decision::record(tx, crate::ops::decision::Source::Election(election))?;
        record_board_terms(tx, &e, &row.appointed)?;
        Ok(row)
    })
}
