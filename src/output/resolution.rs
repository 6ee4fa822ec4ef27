//! Written resolutions as records and rows: `resolution show`, `resolution list` and the
//! `changed` of the writing resolution commands. Stable keys.

use serde::Serialize;

use crate::domain::resolution::{Count, Resolution, SignedBy};
use crate::ops::resolution::ResolutionView;

/// One resolution with its grounds, the signatures held against the snapshot, and the outcome.
#[derive(Debug, Default, Serialize)]
pub struct ResolutionRecord {
    pub id: i64,
    pub proposal: i64,
    pub status: String,
    pub board_informed: String,
    pub roll_on: String,
    /// Members with a vote on the roll date (the snapshot), and their votes.
    pub voters: u64,
    pub votes: u64,
    pub agreed: u64,
    pub against: u64,
    pub unsigned: u64,
    /// The members who signed against, and those who have not signed, by number.
    pub against_members: Vec<MemberNumber>,
    pub unsigned_members: Vec<MemberNumber>,
    pub created_at: String,
    pub closed_at: Option<String>,
    pub explanation: Option<String>,
}

/// A member in a list inside a record: an object, so that a script reads `[].number` and the
/// list can gain fields without breaking it.
#[derive(Debug, Serialize)]
pub struct MemberNumber {
    pub number: i64,
}

fn numbers(list: &[i64]) -> Vec<MemberNumber> {
    list.iter().map(|&number| MemberNumber { number }).collect()
}

/// The record of a resolution as read with its signatures.
pub fn shown(v: &ResolutionView) -> ResolutionRecord {
    record(&v.resolution, &v.count)
}

/// The record of resolution `r` with its signatures counted (`domain::resolution::count`).
pub fn record(r: &Resolution, c: &Count) -> ResolutionRecord {
    ResolutionRecord {
        id: r.id,
        proposal: r.proposal_id,
        status: r.status.as_str().into(),
        board_informed: r.board_informed.to_string(),
        roll_on: r.roll_on.to_string(),
        voters: c.voters,
        votes: c.votes,
        agreed: c.agreed.len() as u64,
        against: c.against.len() as u64,
        unsigned: c.unsigned.len() as u64,
        against_members: numbers(&c.against),
        unsigned_members: numbers(&c.unsigned),
        created_at: r.created_at.clone(),
        closed_at: r.closed_at.clone(),
        explanation: r.explanation.clone(),
    }
}

/// One line of `resolution list`, narrow enough for 80 columns.
#[derive(Debug, Default, Serialize)]
pub struct ResolutionListRow {
    pub id: i64,
    pub proposal: i64,
    pub status: String,
    pub roll_on: String,
    pub voters: u64,
    pub agreed: u64,
    pub against: u64,
    pub unsigned: u64,
}

pub fn list_row(r: &ResolutionRecord) -> ResolutionListRow {
    ResolutionListRow {
        id: r.id,
        proposal: r.proposal,
        status: r.status.clone(),
        roll_on: r.roll_on.clone(),
        voters: r.voters,
        agreed: r.agreed,
        against: r.against,
        unsigned: r.unsigned,
    }
}

/// One signature, for `resolution show`.
#[derive(Debug, Default, Serialize)]
pub struct SignatureListRow {
    pub member: i64,
    pub signed_on: String,
    pub choice: String,
}

pub fn signature_row(s: &SignedBy) -> SignatureListRow {
    SignatureListRow {
        member: s.number,
        signed_on: s.signed_on.to_string(),
        choice: if s.agree { "agree" } else { "against" }.into(),
    }
}
