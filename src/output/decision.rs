//! The decision register as rows and records: `decisions`, `decisions show` and the `changed`
//! of `decisions set`. Stable keys.

use serde::Serialize;

use crate::domain::decision::standing::{Ground, annulment_deadline};
use crate::domain::lang::Lang;
use crate::domain::vote::Vote;
use crate::store::decisions::{DecisionRow, StatusRow};

/// One decision of the register (CSV and JSON).
#[derive(Debug, Default, Serialize)]
pub struct DecisionListRow {
    pub id: i64,
    pub code: String,
    pub meeting: Option<i64>,
    pub date: String,
    pub kind: String,
    pub title: String,
    pub outcome: String,
    pub status: String,
    pub status_date: String,
    /// valid, voidable or void (BW 2:14, 2:15).
    pub standing: String,
    /// The grounds' codes, separated by ';' (a flat column; `decisions show` explains them).
    pub ground_codes: String,
    pub vote: Option<i64>,
    pub election: Option<i64>,
    pub resolution: Option<i64>,
}

pub fn list_row(d: &DecisionRow) -> DecisionListRow {
    DecisionListRow {
        id: d.id,
        code: d.code.clone(),
        meeting: d.meeting_id,
        date: d.decided_on.clone(),
        kind: d.kind.clone(),
        title: d.title.clone(),
        outcome: d.outcome.clone(),
        status: d.status.clone(),
        status_date: d.status_date.clone(),
        standing: d.standing.clone(),
        ground_codes: d
            .grounds
            .iter()
            .map(|g| g.code())
            .collect::<Vec<_>>()
            .join(";"),
        vote: d.vote_id,
        election: d.election_id,
        resolution: d.resolution_id,
    }
}

/// The register as a table: the code, the title cut to fit, the status and its day; within 80
/// columns.
#[derive(Debug, Default, Serialize)]
pub struct DecisionTableRow {
    pub code: String,
    pub title: String,
    pub status: String,
    pub status_date: String,
    pub standing: String,
}

/// Characters of a title the table shows.
const TITLE_WIDTH: usize = 16;

pub fn table_row(d: &DecisionRow) -> DecisionTableRow {
    let title = if d.title.chars().count() > TITLE_WIDTH {
        let cut: String = d.title.chars().take(TITLE_WIDTH - 1).collect();
        format!("{}…", cut.trim_end())
    } else {
        d.title.clone()
    };
    DecisionTableRow {
        code: d.code.clone(),
        title,
        status: d.status.clone(),
        status_date: d.status_date.clone(),
        standing: d.standing.clone(),
    }
}

/// One ground of a decision's standing, explained.
#[derive(Debug, Serialize)]
pub struct GroundRow {
    pub code: &'static str,
    pub explanation: &'static str,
}

pub fn ground_rows(grounds: &[Ground], lang: Lang) -> Vec<GroundRow> {
    grounds
        .iter()
        .map(|g| GroundRow {
            code: g.code(),
            explanation: g.explanation(lang),
        })
        .collect()
}

/// What a decision was taken on, read from its vote, election or resolution.
#[derive(Debug, Default)]
pub struct Grounds {
    /// The figures, one line: "12 for, 3 against, …".
    pub figures: Option<String>,
    pub explanation: Option<String>,
    pub declaration: Option<String>,
    /// Names of the elected.
    pub elected: Vec<String>,
    pub rules_from: Option<String>,
    pub rules_digest: Option<String>,
    /// The language the grounds of the standing are explained in.
    pub lang: Lang,
    pub superseded_by: Option<String>,
}

/// One decision with its grounds (`decisions show`).
#[derive(Debug, Default, Serialize)]
pub struct DecisionRecord {
    pub id: i64,
    pub code: String,
    pub meeting: Option<i64>,
    pub number: i64,
    pub date: String,
    pub kind: String,
    pub title: String,
    pub outcome: String,
    pub status: String,
    pub status_date: String,
    pub superseded_by: Option<String>,
    pub vote: Option<i64>,
    pub election: Option<i64>,
    pub resolution: Option<i64>,
    pub proposal: Option<i64>,
    pub figures: Option<String>,
    pub elected: Vec<String>,
    pub explanation: Option<String>,
    pub declaration: Option<String>,
    /// valid, voidable (BW 2:15) or void (BW 2:14), as judged when it was taken.
    pub standing: String,
    pub grounds: Vec<GroundRow>,
    /// The day it was made known, and the last day an annulment can be claimed (BW 2:15 lid 5).
    pub made_known: Option<String>,
    pub annulment_deadline: Option<String>,
    /// The confirming decision that made it valid (BW 2:15 lid 6).
    pub confirmed_by: Option<String>,
    pub rules_from: Option<String>,
    pub rules_digest: Option<String>,
    pub decided_at: String,
}

pub fn record(d: &DecisionRow, g: Grounds) -> DecisionRecord {
    DecisionRecord {
        id: d.id,
        code: d.code.clone(),
        meeting: d.meeting_id,
        number: d.number,
        date: d.decided_on.clone(),
        kind: d.kind.clone(),
        title: d.title.clone(),
        outcome: d.outcome.clone(),
        status: d.status.clone(),
        status_date: d.status_date.clone(),
        superseded_by: g.superseded_by,
        vote: d.vote_id,
        election: d.election_id,
        resolution: d.resolution_id,
        proposal: d.proposal_id,
        figures: g.figures,
        elected: g.elected,
        explanation: g.explanation,
        declaration: g.declaration,
        standing: d.standing.clone(),
        grounds: ground_rows(&d.grounds, g.lang),
        made_known: d.made_known.clone(),
        annulment_deadline: d
            .made_known
            .as_deref()
            .filter(|_| d.standing == "voidable")
            .and_then(|m| m.parse().ok())
            .map(|m| annulment_deadline(m).to_string()),
        confirmed_by: d.confirmed_by.clone(),
        rules_from: g.rules_from,
        rules_digest: g.rules_digest,
        decided_at: d.decided_at.clone(),
    }
}

/// The figures of a closed vote, in one line.
pub fn vote_figures(v: &Vote) -> Option<String> {
    let t = v.tally.as_ref()?;
    let mut s = format!(
        "{} for, {} against, {} blank, {} invalid, {} abstaining",
        t.votes_for, t.against, t.blank, t.invalid, t.abstain
    );
    if let (Some(base), Some(votes), Some(th), Some(needed)) =
        (&v.base, v.base_votes, &v.threshold, v.needed)
    {
        s.push_str(&format!(
            "; base {base} {votes}, threshold {th}, {needed} needed"
        ));
    }
    if let (Some(p), Some(total)) = (v.present_votes, v.total_votes) {
        s.push_str(&format!("; {p} of {total} votes present or represented"));
    }
    Some(s)
}

/// One line of a decision's status history.
#[derive(Debug, Default, Serialize)]
pub struct HistoryRow {
    pub seq: i64,
    pub status: String,
    pub status_date: String,
    pub at: String,
    pub actor: String,
    pub note: String,
}

pub fn history_row(h: &StatusRow) -> HistoryRow {
    HistoryRow {
        seq: h.seq,
        status: h.status.clone(),
        status_date: h.status_date.clone(),
        at: h.at.clone(),
        actor: h.actor.clone(),
        note: h.note.clone().unwrap_or_default(),
    }
}
