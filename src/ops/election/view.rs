//! What `election show`, `list` and `candidate list` give: flat rows and one record, read from
//! the store (the stored counts, not a new count).

use serde::Serialize;

use crate::domain::election::{
    Binding, Candidate, Decided, Election, Kind, PaperStatus, RoundStatus, Status, seat,
};
use crate::domain::lang::Lang;
use crate::store::{ReadTx, Store};
use crate::tally::Method;

#[derive(Debug, Clone, Default, Serialize)]
pub struct ElectionListRow {
    pub id: i64,
    pub meeting: i64,
    pub title: String,
    pub seats: i64,
    pub method: String,
    pub status: String,
    pub rounds: usize,
    pub elected: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct CandidateListRow {
    pub number: i64,
    pub name: String,
    pub member: Option<i64>,
    pub nominated_by: Option<String>,
    pub withdrawn: bool,
    /// Why the meeting insisted on this candidate outside a kept binding nomination.
    pub forced: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoundView {
    pub number: i64,
    pub kind: Kind,
    /// The seat this round is a ballot for, and which ballot for that seat, with the label
    /// "seat 2, first ballot".
    pub seat: u32,
    pub ballot: u32,
    pub label: String,
    pub status: RoundStatus,
    pub candidates: Vec<String>,
    pub papers: usize,
    pub valid: usize,
    pub blank: usize,
    pub invalid: usize,
    pub outcome: Option<Decided>,
    pub votes: Vec<super::count::CandidateVotes>,
    pub elected: Vec<String>,
    pub next: Vec<String>,
    pub lots: serde_json::Value,
}

#[derive(Debug, Clone, Serialize)]
pub struct ElectionRecord {
    pub id: i64,
    pub meeting: i64,
    pub title: String,
    pub seats: i64,
    pub method: Method,
    pub status: Status,
    pub seed: u64,
    pub created_at: String,
    /// Fills board seats: the elected members' terms are kept on the member.
    pub board: bool,
    pub candidates: Vec<CandidateListRow>,
    pub rounds: Vec<RoundView>,
    /// The meeting's vote on the binding force of the board's nomination, if held.
    pub binding: Option<Binding>,
    pub elected: Vec<String>,
    /// Seats filled one by one, each with ballots of its own (the rounds' labels name the seat).
    #[serde(skip)]
    pub seat_by_seat: bool,
}

fn candidate_row(c: &Candidate) -> CandidateListRow {
    CandidateListRow {
        number: c.number,
        name: c.name.clone(),
        member: c.member_number,
        nominated_by: c.nominated_by.clone(),
        withdrawn: c.withdrawn,
        forced: c.forced.clone(),
    }
}

fn name(cands: &[Candidate], n: i64) -> String {
    cands
        .iter()
        .find(|c| c.number == n)
        .map_or_else(|| n.to_string(), |c| c.name.clone())
}

pub fn candidates(store: &mut Store, id: i64) -> anyhow::Result<Vec<CandidateListRow>> {
    store.read(|tx| {
        tx.election(id)?;
        Ok(tx
            .election_candidates(id)?
            .iter()
            .map(candidate_row)
            .collect())
    })
}

pub fn record(store: &mut Store, id: i64) -> anyhow::Result<ElectionRecord> {
    store.read(|tx| record_in(tx, id))
}

/// The record read in a transaction the caller holds (the minutes read everything in one).
pub fn record_in(tx: &ReadTx<'_>, id: i64) -> anyhow::Result<ElectionRecord> {
    let e: Election = tx.election(id)?;
    let cands = tx.election_candidates(id)?;
    let results = tx.election_results(id)?;
    let mut rounds = Vec::new();
    for r in tx.election_rounds(id)? {
        let papers = tx.election_ballots(id, r.number)?;
        let count = |s: PaperStatus| papers.iter().filter(|p| p.status == s).count();
        let res = results.iter().find(|x| x.round == r.number);
        let earlier: Vec<_> = results
            .iter()
            .filter(|x| x.round < r.number)
            .cloned()
            .collect();
        let place = super::count::place_of(&e, &earlier);
        let votes = res
            .map(|x| {
                let t: serde_json::Value = serde_json::from_str(&x.tally).unwrap_or_default();
                r.candidates
                    .iter()
                    .filter(|&&n| cands.iter().any(|c| c.number == n && !c.withdrawn))
                    .map(|&n| super::count::CandidateVotes {
                        number: n,
                        name: name(&cands, n),
                        votes: t["stages"][0]["votes"][(n - 1) as usize]
                            .as_i64()
                            .unwrap_or(0),
                    })
                    .collect()
            })
            .unwrap_or_default();
        rounds.push(RoundView {
            number: r.number,
            kind: r.kind,
            seat: place.seat,
            ballot: place.ballot,
            label: seat::label(place, super::count::seat_by_seat(&e), Lang::En),
            status: r.status,
            candidates: r.candidates.iter().map(|&n| name(&cands, n)).collect(),
            papers: papers.len(),
            valid: count(PaperStatus::Valid),
            blank: count(PaperStatus::Blank),
            invalid: count(PaperStatus::Invalid),
            outcome: res.map(|x| x.outcome),
            votes,
            elected: res
                .map(|x| x.elected.iter().map(|&n| name(&cands, n)).collect())
                .unwrap_or_default(),
            next: res
                .map(|x| x.next.iter().map(|&n| name(&cands, n)).collect())
                .unwrap_or_default(),
            lots: res
                .and_then(|x| serde_json::from_str(&x.lots).ok())
                .unwrap_or(serde_json::Value::Array(Vec::new())),
        });
    }
    let binding = tx.election_binding(id)?;
    let seat_by_seat = super::count::seat_by_seat(&e);
    let mut elected: Vec<String> = binding
        .iter()
        .flat_map(|b| b.appointed.iter().map(|&n| name(&cands, n)))
        .collect();
    elected.extend(rounds.iter().flat_map(|r| r.elected.iter().cloned()));
    Ok(ElectionRecord {
        id: e.id,
        meeting: e.meeting_id,
        title: e.title,
        seats: e.seats,
        method: e.method,
        status: e.status,
        seed: e.seed,
        created_at: e.created_at,
        board: e.board,
        candidates: cands.iter().map(candidate_row).collect(),
        rounds,
        binding,
        elected,
        seat_by_seat,
    })
}

pub fn list(store: &mut Store, meeting: Option<i64>) -> anyhow::Result<Vec<ElectionListRow>> {
    let ids: Vec<i64> =
        store.read(|tx| Ok(tx.elections(meeting)?.iter().map(|e| e.id).collect()))?;
    ids.into_iter()
        .map(|id| {
            let r = record(store, id)?;
            Ok(ElectionListRow {
                id: r.id,
                meeting: r.meeting,
                title: r.title,
                seats: r.seats,
                method: r.method.name().into(),
                status: r.status.as_str().into(),
                rounds: r.rounds.len(),
                elected: r.elected.join("; "),
            })
        })
        .collect()
}
