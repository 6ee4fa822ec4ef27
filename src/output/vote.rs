//! Votes as records and rows: `vote show`, `vote list`, `vote export` and the `changed` of the
//! writing vote commands. Stable keys; counts are null until a vote is counted.

use serde::Serialize;

use crate::domain::resolution::Status as WrittenStatus;
use crate::domain::vote::Vote;
use crate::domain::vote::held::Cast as CastRow;
use crate::domain::vote::result::question_name;
use crate::ops::vote::{Listed, Opened, VoteView};

/// One vote with its grounds and result.
#[derive(Debug, Default, Serialize)]
pub struct VoteRecord {
    pub id: i64,
    pub proposal: i64,
    pub meeting: i64,
    pub method: String,
    pub status: String,
    pub question: String,
    pub opened_at: String,
    pub closed_at: Option<String>,
    #[serde(rename = "for")]
    pub votes_for: Option<u64>,
    pub against: Option<u64>,
    pub blank: Option<u64>,
    pub invalid: Option<u64>,
    pub abstain: Option<u64>,
    pub present_votes: Option<u64>,
    pub total_votes: Option<u64>,
    pub base: Option<String>,
    pub base_votes: Option<u64>,
    pub threshold: Option<String>,
    pub needed: Option<u64>,
    pub result: Option<String>,
    pub explanation: Option<String>,
    pub declaration: Option<String>,
    pub declaration_differs: Option<bool>,
    pub superseded_by: Option<i64>,
    /// BW 2:42 requirements overridden when it opened (the decision is voidable).
    pub forced: bool,
    pub rules_digest: String,
    /// A roll call: "1 against; 2 against; 3 for=4,blank=1" (member number and choice).
    pub roll_call: Option<String>,
    /// A secret ballot: the anonymous ballots, choice only, grouped ("for for against blank").
    pub ballots: Option<String>,
}

/// The roll call as one line: member number and choice, by number.
pub fn roll_call_text(casts: &[CastRow]) -> String {
    casts
        .iter()
        .map(|c| {
            let how = match c.split.single() {
                Some(choice) => choice.name().to_string(),
                None => c.split.to_string(),
            };
            if c.cast_by == c.number {
                format!("{} {how}", c.number)
            } else {
                format!("{} {how} (by {})", c.number, c.cast_by)
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The record of a vote as read with its roll call and ballots.
pub fn record(view: &VoteView) -> VoteRecord {
    let (v, casts) = (&view.vote, &view.casts);
    let t = v.tally;
    VoteRecord {
        id: v.id,
        proposal: v.proposal_id,
        meeting: v.meeting_id,
        method: v.method.name().into(),
        status: v.status.as_str().into(),
        question: question_name(v.question).into(),
        opened_at: v.opened_at.clone(),
        closed_at: v.closed_at.clone(),
        votes_for: t.map(|t| t.votes_for),
        against: t.map(|t| t.against),
        blank: t.map(|t| t.blank),
        invalid: t.map(|t| t.invalid),
        abstain: t.map(|t| t.abstain),
        present_votes: v.present_votes,
        total_votes: v.total_votes,
        base: v.base.clone(),
        base_votes: v.base_votes,
        threshold: v.threshold.clone(),
        needed: v.needed,
        result: v.result_name().map(Into::into),
        explanation: v.explanation.clone(),
        declaration: v.declaration_name().map(Into::into),
        declaration_differs: v.declaration_differs,
        superseded_by: v.superseded_by,
        forced: v.forced.is_some(),
        rules_digest: v.rules_digest.clone(),
        roll_call: (v.method == crate::domain::vote::Method::RollCall)
            .then(|| roll_call_text(casts)),
        ballots: view
            .ballots
            .as_ref()
            .map(|b| b.iter().map(|c| c.name()).collect::<Vec<_>>().join(" ")),
    }
}

/// One line of `vote list`, narrow enough for 80 columns.
#[derive(Debug, Default, Serialize)]
pub struct VoteListRow {
    pub id: i64,
    pub proposal: i64,
    /// None for a written resolution outside a meeting (method `written`, id its number).
    pub meeting: Option<i64>,
    pub method: String,
    pub status: String,
    pub result: Option<String>,
    pub declaration: Option<String>,
}

pub fn list_row(v: &Vote) -> VoteListRow {
    VoteListRow {
        id: v.id,
        proposal: v.proposal_id,
        meeting: Some(v.meeting_id),
        method: v.method.name().into(),
        status: v.status.as_str().into(),
        result: v.result_name().map(Into::into),
        declaration: v.declaration_name().map(Into::into),
    }
}

/// A written resolution (BW 2:40) as a line of `vote list`: method `written`, no meeting, its
/// own number (`quorum resolution show N`), closed once adopted or failed.
fn written_row(id: i64, proposal_id: i64, status: WrittenStatus) -> VoteListRow {
    VoteListRow {
        id,
        proposal: proposal_id,
        meeting: None,
        method: "written".into(),
        status: if status == WrittenStatus::Open {
            "open"
        } else {
            "closed"
        }
        .into(),
        result: (status != WrittenStatus::Open).then(|| status.as_str().into()),
        declaration: None,
    }
}

/// A line of `vote list`, a vote or a written resolution.
pub fn listed_row(l: &Listed) -> VoteListRow {
    match l {
        Listed::Vote(v) => list_row(v),
        Listed::Written {
            id,
            proposal_id,
            status,
        } => written_row(*id, *proposal_id, *status),
    }
}

/// One cast of a roll call, for `vote show`.
#[derive(Debug, Default, Serialize)]
pub struct CastListRow {
    pub member: i64,
    pub votes: u64,
    pub choice: String,
    pub cast_by: i64,
    pub cast_at: String,
}

pub fn cast_row(c: &CastRow) -> CastListRow {
    CastListRow {
        member: c.number,
        votes: c.weight,
        choice: c
            .split
            .single()
            .map_or_else(|| c.split.to_string(), |x| x.name().to_string()),
        cast_by: c.cast_by,
        cast_at: c.cast_at.clone(),
    }
}

/// The vote as `vote show` gives it, with what the decision would stand on, said before the
/// vote (BW 2:15), and the warnings, for scripts too.
#[derive(Debug, serde::Serialize)]
pub struct OpenedRecord {
    #[serde(flatten)]
    pub vote: VoteRecord,
    pub standing: &'static str,
    pub warnings: Vec<String>,
}

pub fn opened(o: &Opened) -> OpenedRecord {
    OpenedRecord {
        vote: record(&o.view),
        standing: o.standing.standing.as_str(),
        warnings: o.warnings.clone(),
    }
}
