//! The decision register: decisions with their stable codes, their status and its history.
//! Every change is journaled. The rules (codes, transitions) are in `domain::decision`.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::DomainError;
use crate::domain::decision::standing::{Ground, Standing, grounds_from_json, grounds_to_json};
use crate::domain::decision::{Kind, Outcome, Status};

/// A stored status name, exactly as written (the CLI's parser is lenient).
fn status_of(s: &str) -> Option<Status> {
    s.parse::<Status>().ok().filter(|st| st.as_str() == s)
}
use crate::domain::journal::action;

pub use crate::domain::decision::Filter as DecisionFilter;
pub use crate::domain::decision::{Decision as DecisionRow, StatusEntry as StatusRow};

/// A decision to record.
#[derive(Debug, Clone)]
pub struct NewDecision<'a> {
    pub meeting_id: Option<i64>,
    pub number: i64,
    pub code: &'a str,
    pub kind: &'static str,
    pub vote_id: Option<i64>,
    pub election_id: Option<i64>,
    pub resolution_id: Option<i64>,
    pub proposal_id: Option<i64>,
    pub title: &'a str,
    pub outcome: &'static str,
    pub status: &'static str,
    pub decided_on: NaiveDate,
    /// Why, for the history (a superseded vote it replaces, say).
    pub note: Option<String>,
    pub standing: Standing,
    pub grounds: Vec<Ground>,
}

/// A status change to store.
#[derive(Debug, Clone)]
pub struct StatusChange<'a> {
    pub status: &'static str,
    pub on: NaiveDate,
    pub note: Option<&'a str>,
    pub superseded_by: Option<i64>,
}

fn decision_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<DecisionRow> {
    let id: i64 = r.get("id")?;
    let known = |column: &str| -> rusqlite::Result<String> { r.get(column) };
    let kind = super::stored::known("decision", id, "kind", &known("kind")?, |s| {
        [Kind::Proposal, Kind::Election, Kind::Resolution]
            .into_iter()
            .find(|k| k.as_str() == s)
    })?;
    let outcome = super::stored::known("decision", id, "outcome", &known("outcome")?, |s| {
        [Outcome::Adopted, Outcome::Rejected, Outcome::Elected]
            .into_iter()
            .find(|o| o.as_str() == s)
    })?;
    let status = super::stored::known("decision", id, "status", &known("status")?, status_of)?;
    let standing = super::stored::known("decision", id, "standing", &known("standing")?, |s| {
        s.parse::<Standing>().ok()
    })?;
    Ok(DecisionRow {
        id,
        code: r.get("code")?,
        meeting_id: r.get("meeting_id")?,
        number: r.get("number")?,
        kind,
        vote_id: r.get("vote_id")?,
        election_id: r.get("election_id")?,
        resolution_id: r.get("resolution_id")?,
        proposal_id: r.get("proposal_id")?,
        title: r.get("title")?,
        outcome,
        status,
        status_date: r.get("status_date")?,
        superseded_by: r.get("superseded_by")?,
        decided_on: r.get("decided_on")?,
        decided_at: r.get("decided_at")?,
        standing,
        grounds: grounds_from_json(&r.get::<_, String>("grounds")?).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                Box::new(std::io::Error::other(e.to_string())),
            )
        })?,
        made_known: r.get("made_known")?,
        confirmed_by: r.get("confirmed_by")?,
    })
}

impl ReadTx<'_> {
    /// The register, oldest first: by day, meeting and number.
    pub fn decisions(&self, filter: &DecisionFilter) -> anyhow::Result<Vec<DecisionRow>> {
        let search = filter.search.as_deref().map(|s| {
            format!(
                "%{}%",
                s.replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            )
        });
        let mut stmt = self.conn.prepare_cached(
            "SELECT * FROM decision
             WHERE (?1 IS NULL OR meeting_id = ?1)
               AND (?2 IS NULL OR decided_on >= ?2)
               AND (?3 IS NULL OR status = ?3)
               AND (?4 IS NULL OR title LIKE ?4 ESCAPE '\\' OR code LIKE ?4 ESCAPE '\\')
             ORDER BY decided_on, meeting_id IS NULL, meeting_id, number, id",
        )?;
        let rows = stmt.query_map(
            params![
                filter.meeting_id,
                filter.since.map(|d| d.to_string()),
                filter.status.map(Status::as_str),
                search
            ],
            decision_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Decision `id`, or NotFound naming it.
    pub fn decision(&self, id: i64) -> anyhow::Result<DecisionRow> {
        self.decision_where("id = ?1", id)?
            .ok_or_else(|| not_found(&id.to_string()))
    }

    /// The decision with code `code` (exact, case-insensitive), or NotFound naming it.
    pub fn decision_by_code(&self, code: &str) -> anyhow::Result<DecisionRow> {
        self.conn
            .prepare_cached("SELECT * FROM decision WHERE code = ?1 COLLATE NOCASE")?
            .query_row([code], decision_from_row)
            .optional()?
            .ok_or_else(|| not_found(code))
    }

    pub fn decision_of_vote(&self, vote_id: i64) -> anyhow::Result<Option<DecisionRow>> {
        self.decision_where("vote_id = ?1", vote_id)
    }

    pub fn decision_of_election(&self, election_id: i64) -> anyhow::Result<Option<DecisionRow>> {
        self.decision_where("election_id = ?1", election_id)
    }

    pub fn decision_of_resolution(
        &self,
        resolution_id: i64,
    ) -> anyhow::Result<Option<DecisionRow>> {
        self.decision_where("resolution_id = ?1", resolution_id)
    }

    fn decision_where(&self, cond: &str, v: i64) -> anyhow::Result<Option<DecisionRow>> {
        Ok(self
            .conn
            .prepare_cached(&format!("SELECT * FROM decision WHERE {cond}"))?
            .query_row([v], decision_from_row)
            .optional()?)
    }

    /// Members excluded from the vote on `proposal_id` without a statutory basis (forced, BW 2:12).
    pub fn forced_exclusions(&self, proposal_id: i64) -> anyhow::Result<u32> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM proposal_exclusion WHERE proposal_id = ?1 AND forced = 1",
            [proposal_id],
            |r| r.get(0),
        )?;
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    }

    /// Whether election `id` elected a candidate outside a nomination that kept its binding
    /// force (BW 2:37 lid 4): the binding vote did not remove it, and an elected candidate was
    /// not nominated.
    /// Whether meeting `id` was convened with --force without a place or an agenda.
    pub fn convened_incomplete(&self, id: i64) -> anyhow::Result<bool> {
        Ok(self.conn.query_row(
            "SELECT convened_without IS NOT NULL AND convened_without <> '[]' FROM meeting WHERE id = ?1",
            [id],
            |r| r.get(0),
        )?)
    }

    pub fn elected_outside_nomination(&self, id: i64) -> anyhow::Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (
                 SELECT 1 FROM election_binding_vote b
                 JOIN election_result r ON r.election_id = b.election_id
                 JOIN json_each(r.elected) e
                 JOIN election_candidate c ON c.election_id = b.election_id AND c.number = e.value
                 WHERE b.election_id = ?1 AND b.removed = 0 AND COALESCE(c.nominated_by, '') <> 'board')",
            [id],
            |r| r.get(0),
        )?)
    }

    /// The status history of a decision, first to last.
    pub fn decision_history(&self, id: i64) -> anyhow::Result<Vec<StatusRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT seq, status, status_date, at, actor, note FROM decision_status
             WHERE decision_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map([id], |r| {
            let seq: i64 = r.get(0)?;
            Ok(StatusRow {
                seq,
                status: super::stored::known(
                    "decision_status",
                    seq,
                    "status",
                    &r.get::<_, String>(1)?,
                    status_of,
                )?,
                status_date: r.get(2)?,
                at: r.get(3)?,
                actor: r.get(4)?,
                note: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The codes already given under `prefix` ('ALV-2027-03-14'): the meetings they belong
    /// to (None for written resolutions) and the highest number.
    pub fn decision_prefix_use(&self, prefix: &str) -> anyhow::Result<(Vec<Option<i64>>, i64)> {
        let like = format!("{}/%", prefix.replace('%', "\\%").replace('_', "\\_"));
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT meeting_id FROM decision WHERE code LIKE ?1 ESCAPE '\\'",
        )?;
        let owners = stmt
            .query_map([&like], |r| r.get(0))?
            .collect::<Result<Vec<Option<i64>>, _>>()?;
        let max: Option<i64> = self.conn.query_row(
            "SELECT max(number) FROM decision WHERE code LIKE ?1 ESCAPE '\\'",
            [&like],
            |r| r.get(0),
        )?;
        Ok((owners, max.unwrap_or(0)))
    }

    /// A meeting's decisions so far: the code of its first one and the highest number.
    pub fn meeting_decision_codes(&self, meeting_id: i64) -> anyhow::Result<Option<(String, i64)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT code, (SELECT max(number) FROM decision WHERE meeting_id = ?1)
                 FROM decision WHERE meeting_id = ?1 ORDER BY number LIMIT 1",
                [meeting_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }
}

fn not_found(what: &str) -> anyhow::Error {
    DomainError::Missing(msg!("lookup-decision", what = what)).into()
}

impl WriteTx<'_> {
    /// Records a decision with its first status (journaled); returns its number.
    pub fn add_decision(&self, d: &NewDecision<'_>) -> anyhow::Result<i64> {
        let at = self.actor().at_rfc3339();
        let on = d.decided_on.to_string();
        self.conn.execute(
            "INSERT INTO decision (meeting_id, number, code, kind, vote_id, election_id,
                 resolution_id, proposal_id, title, outcome, status, status_date, decided_on, decided_at,
                 standing, grounds)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?13, ?14, ?15)",
            params![
                d.meeting_id,
                d.number,
                d.code,
                d.kind,
                d.vote_id,
                d.election_id,
                d.resolution_id,
                d.proposal_id,
                d.title,
                d.outcome,
                d.status,
                on,
                at,
                d.standing.as_str(),
                grounds_to_json(&d.grounds)
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        self.add_decision_status(id, d.status, &on, d.note.as_deref())?;
        self.journal(Change {
            action: action::DECISION_RECORD,
            entity: "decision",
            entity_id: Some(id.to_string()),
            summary: format!("decision {} recorded: {} ({})", d.code, d.outcome, d.status),
            new: Some(json!({
                "code": d.code, "kind": d.kind, "meeting": d.meeting_id, "number": d.number,
                "vote": d.vote_id, "election": d.election_id, "resolution": d.resolution_id,
                "proposal": d.proposal_id, "outcome": d.outcome, "status": d.status,
                "date": on, "standing": d.standing.as_str(),
                "grounds": d.grounds.iter().map(|g| g.code()).collect::<Vec<_>>(),
            })),
            ..Default::default()
        })?;
        Ok(id)
    }

    /// Changes a decision's status (journaled, with a history row).
    pub fn set_decision_status(&self, id: i64, c: &StatusChange<'_>) -> anyhow::Result<()> {
        let old = self.decision(id)?;
        let on = c.on.to_string();
        self.conn.execute(
            "UPDATE decision SET status = ?2, status_date = ?3,
                 superseded_by = COALESCE(?4, superseded_by) WHERE id = ?1",
            params![id, c.status, on, c.superseded_by],
        )?;
        self.add_decision_status(id, c.status, &on, c.note)?;
        self.journal(Change {
            action: action::DECISION_STATUS,
            entity: "decision",
            entity_id: Some(id.to_string()),
            summary: format!("decision {} is {} from {on}", old.code, c.status),
            old: Some(json!({ "status": old.status, "status_date": old.status_date })),
            new: Some(json!({
                "status": c.status, "status_date": on, "superseded_by": c.superseded_by,
                "note": c.note,
            })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Records the day a decision was made known (journaled).
    pub fn set_decision_made_known(&self, id: i64, on: NaiveDate) -> anyhow::Result<()> {
        let old = self.decision(id)?;
        self.conn.execute(
            "UPDATE decision SET made_known = ?2 WHERE id = ?1",
            params![id, on.to_string()],
        )?;
        self.journal(Change {
            action: action::DECISION_MADE_KNOWN,
            entity: "decision",
            entity_id: Some(id.to_string()),
            summary: format!("decision {} made known on {on}", old.code),
            old: Some(json!({ "made_known": old.made_known })),
            new: Some(json!({ "made_known": on.to_string() })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Records the confirming decision and the standing it gives (journaled).
    pub fn confirm_decision(&self, id: i64, by: &str, standing: Standing) -> anyhow::Result<()> {
        let old = self.decision(id)?;
        self.conn.execute(
            "UPDATE decision SET confirmed_by = ?2, standing = ?3 WHERE id = ?1",
            params![id, by, standing.as_str()],
        )?;
        self.journal(Change {
            action: action::DECISION_CONFIRM,
            entity: "decision",
            entity_id: Some(id.to_string()),
            summary: format!(
                "decision {} confirmed by decision {by} (BW 2:15 lid 6)",
                old.code
            ),
            old: Some(json!({ "standing": old.standing })),
            new: Some(json!({ "standing": standing.as_str(), "confirmed_by": by })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Links a superseded decision to the decision that replaced it (journaled).
    pub fn link_superseding_decision(&self, id: i64, by: i64) -> anyhow::Result<()> {
        self.conn.execute(
            "UPDATE decision SET superseded_by = ?2 WHERE id = ?1",
            params![id, by],
        )?;
        let code = self.decision(by)?.code;
        self.add_decision_status(
            id,
            "superseded",
            &self.decision(id)?.status_date,
            Some(&format!("replaced by decision {code}")),
        )?;
        self.journal(Change {
            action: action::DECISION_STATUS,
            entity: "decision",
            entity_id: Some(id.to_string()),
            summary: format!("decision {id} superseded by decision {code}"),
            new: Some(json!({ "superseded_by": by })),
            ..Default::default()
        })?;
        Ok(())
    }

    fn add_decision_status(
        &self,
        id: i64,
        status: &str,
        on: &str,
        note: Option<&str>,
    ) -> anyhow::Result<()> {
        self.conn.execute(
            "INSERT INTO decision_status (decision_id, seq, status, status_date, at, actor, note)
             VALUES (?1, (SELECT COALESCE(max(seq), 0) + 1 FROM decision_status WHERE decision_id = ?1),
                     ?2, ?3, ?4, ?5, ?6)",
            params![
                id,
                status,
                on,
                self.actor().at_rfc3339(),
                self.actor().name,
                note
            ],
        )?;
        Ok(())
    }
}
