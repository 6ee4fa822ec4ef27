//! Votes: their rows, the roll-call casts, and the figures a result is computed from (votes
//! present and in total with excluded members left out, BW 2:12). Every change is journaled;
//! a secret ballot is never journaled per ballot (there are no ballot rows here at all).

use crate::domain::msg::msg;
use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::DomainError;
use crate::domain::journal::action;
use crate::domain::rules::decide::Tally;
use crate::domain::rules::decide::{Question, Verdict};
use crate::domain::rules::pin;
use crate::domain::vote::held::Status;
use crate::domain::vote::result::{question_from_name, question_name, verdict_from_name};
use crate::domain::vote::{Declared, Method};

pub use crate::domain::vote::Vote;

/// A new vote, with the grounds it opens on.
#[derive(Debug, Clone)]
pub struct NewVote {
    pub proposal_id: i64,
    pub meeting_id: i64,
    pub method: Method,
    pub question: Question,
    pub statement: String,
    pub rules_from: String,
    pub rules_values: String,
    pub rules_digest: String,
    pub forced: Option<String>,
}

/// What closing records.
#[derive(Debug, Clone)]
pub struct Closing {
    pub tally: Tally,
    pub present_votes: u64,
    pub total_votes: u64,
    pub result: &'static str,
    pub base: &'static str,
    pub base_votes: u64,
    pub threshold: String,
    pub needed: u64,
    pub explanation: String,
    pub declaration: Option<&'static str>,
    pub declaration_differs: Option<bool>,
    pub declaration_text: Option<String>,
}

fn opt_u64(r: &rusqlite::Row<'_>, name: &str) -> rusqlite::Result<Option<u64>> {
    r.get::<_, Option<i64>>(name)
        .map(|v| v.map(|n| u64::try_from(n).unwrap_or(0)))
}

fn vote_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Vote> {
    let id: i64 = r.get("id")?;
    let method: Method =
        super::stored::known("vote", id, "method", &r.get::<_, String>("method")?, |s| {
            s.parse().ok()
        })?;
    let status: Status =
        super::stored::known("vote", id, "status", &r.get::<_, String>("status")?, |s| {
            s.parse().ok()
        })?;
    let question: Question = super::stored::known(
        "vote",
        id,
        "question",
        &r.get::<_, String>("question")?,
        question_from_name,
    )?;
    let result: Option<Verdict> =
        super::stored::known_opt("vote", id, "result", r.get("result")?, verdict_from_name)?;
    let declaration: Option<Declared> =
        super::stored::known_opt("vote", id, "declaration", r.get("declaration")?, |s| {
            s.parse().ok()
        })?;
    let counts = [
        opt_u64(r, "votes_for")?,
        opt_u64(r, "against")?,
        opt_u64(r, "blank")?,
        opt_u64(r, "invalid")?,
        opt_u64(r, "abstain")?,
    ];
    let tally = counts[0].map(|f| Tally {
        votes_for: f,
        against: counts[1].unwrap_or(0),
        blank: counts[2].unwrap_or(0),
        invalid: counts[3].unwrap_or(0),
        abstain: counts[4].unwrap_or(0),
    });
    Ok(Vote {
        id,
        proposal_id: r.get("proposal_id")?,
        meeting_id: r.get("meeting_id")?,
        method,
        status,
        question,
        opened_at: r.get("opened_at")?,
        statement: r.get("statement")?,
        rules_from: r.get("rules_from")?,
        rules_values: r.get("rules_values")?,
        rules_digest: r.get("rules_digest")?,
        forced: r.get("forced")?,
        tally,
        present_votes: opt_u64(r, "present_votes")?,
        total_votes: opt_u64(r, "total_votes")?,
        closed_at: r.get("closed_at")?,
        result,
        base: r.get("base")?,
        base_votes: opt_u64(r, "base_votes")?,
        threshold: r.get("threshold")?,
        needed: opt_u64(r, "needed")?,
        explanation: r.get("explanation")?,
        declaration,
        declaration_differs: r.get("declaration_differs")?,
        declaration_text: r.get("declaration_text")?,
        superseded_by: r.get("superseded_by")?,
        challenged_by: r.get("challenged_by")?,
    })
}

pub(super) fn n(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

impl ReadTx<'_> {
    /// Vote `id`, or NotFound naming it.
    pub fn vote(&self, id: i64) -> anyhow::Result<Vote> {
        self.conn
            .prepare_cached("SELECT * FROM vote WHERE id = ?1")?
            .query_row([id], vote_from_row)
            .optional()?
            .ok_or_else(|| DomainError::Missing(msg!("lookup-vote", id = id)).into())
    }

    /// The votes, of one meeting or all, by number.
    pub fn votes(&self, meeting_id: Option<i64>) -> anyhow::Result<Vec<Vote>> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM vote WHERE ?1 IS NULL OR meeting_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([meeting_id], vote_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The rules a meeting is held under as stored text (key to value, JSON) and their digest:
    /// a vote keeps them, so that later rules edits never change it.
    pub fn meeting_rules_text(&self, meeting_id: i64) -> anyhow::Result<(String, String)> {
        let pinned: (Option<String>, Option<String>) = self.conn.query_row(
            "SELECT rules_values, rules_digest FROM meeting WHERE id = ?1",
            [meeting_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        match pinned {
            (Some(values), Some(digest)) => Ok((values, digest)),
            _ => {
                let m = self.meeting(meeting_id)?;
                let (_, rules) = self.meeting_rules(&m)?;
                let text = pin::pinned_text(&rules);
                let digest = pin::digest(&text);
                Ok((text, digest))
            }
        }
    }

    /// The open vote on a proposal, if any.
    pub fn open_vote_on(&self, proposal_id: i64) -> anyhow::Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM vote WHERE proposal_id = ?1 AND status = 'open'")?
            .query_row([proposal_id], |r| r.get(0))
            .optional()?)
    }

    /// True when an earlier vote on the proposal was postponed on a tie (B6).
    pub fn tied_before(&self, proposal_id: i64, vote_id: i64) -> anyhow::Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM vote WHERE proposal_id = ?1 AND id < ?2
                 AND status = 'closed' AND result = 'postponed')",
            params![proposal_id, vote_id],
            |r| r.get(0),
        )?)
    }

    /// The first vote opened in the same meeting after vote `id`, if any.
    pub fn vote_after(&self, meeting_id: i64, id: i64) -> anyhow::Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT MIN(id) FROM vote WHERE meeting_id = ?1 AND id > ?2",
                params![meeting_id, id],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }
}

impl WriteTx<'_> {
    /// Opens a vote (journaled); returns its number.
    pub fn add_vote(&self, v: &NewVote) -> anyhow::Result<i64> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "INSERT INTO vote (proposal_id, meeting_id, method, question, opened_at, statement,
                 rules_from, rules_values, rules_digest, forced)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                v.proposal_id,
                v.meeting_id,
                v.method.name(),
                question_name(v.question),
                at,
                v.statement,
                v.rules_from,
                v.rules_values,
                v.rules_digest,
                v.forced
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        self.journal(Change {
            action: action::VOTE_OPEN,
            entity: "vote",
            entity_id: Some(id.to_string()),
            summary: format!(
                "opened vote {id} on proposal {} ({}){}",
                v.proposal_id,
                v.method,
                if v.forced.is_some() {
                    ", forced past BW 2:42"
                } else {
                    ""
                }
            ),
            new: Some(json!({
                "proposal": v.proposal_id,
                "meeting": v.meeting_id,
                "method": v.method.name(),
                "rules_digest": v.rules_digest,
                "forced": v.forced,
            })),
            ..Default::default()
        })?;
        Ok(id)
    }

    /// Records the counts of a show of hands (journaled; a new count replaces the last).
    pub fn set_vote_counts(&self, id: i64, t: &Tally) -> anyhow::Result<()> {
        let old = self.vote(id)?.tally;
        self.conn.execute(
            "UPDATE vote SET votes_for = ?2, against = ?3, blank = ?4, invalid = ?5, abstain = ?6 WHERE id = ?1",
            params![id, n(t.votes_for), n(t.against), n(t.blank), n(t.invalid), n(t.abstain)],
        )?;
        let j = |t: &Tally| {
            json!({"for": t.votes_for, "against": t.against, "blank": t.blank,
                   "invalid": t.invalid, "abstain": t.abstain})
        };
        self.journal(Change {
            action: action::VOTE_COUNT,
            entity: "vote",
            entity_id: Some(id.to_string()),
            summary: format!(
                "counted vote {id}: {} for, {} against, {} blank, {} invalid, {} abstaining",
                t.votes_for, t.against, t.blank, t.invalid, t.abstain
            ),
            old: old.as_ref().map(j),
            new: Some(j(t)),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Closes a vote with its result (journaled).
    pub fn close_vote(&self, id: i64, c: &Closing) -> anyhow::Result<()> {
        let at = self.actor().at_rfc3339();
        let t = &c.tally;
        self.conn.execute(
            "UPDATE vote SET status = 'closed', closed_at = ?2, votes_for = ?3, against = ?4,
                 blank = ?5, invalid = ?6, abstain = ?7, present_votes = ?8, total_votes = ?9,
                 result = ?10, base = ?11, base_votes = ?12, threshold = ?13, needed = ?14,
                 explanation = ?15, declaration = ?16, declaration_differs = ?17, declaration_text = ?18
             WHERE id = ?1 AND status = 'open'",
            params![
                id,
                at,
                n(t.votes_for),
                n(t.against),
                n(t.blank),
                n(t.invalid),
                n(t.abstain),
                n(c.present_votes),
                n(c.total_votes),
                c.result,
                c.base,
                n(c.base_votes),
                c.threshold,
                n(c.needed),
                c.explanation,
                c.declaration,
                c.declaration_differs,
                c.declaration_text
            ],
        )?;
        self.journal(Change {
            action: action::VOTE_CLOSE,
            entity: "vote",
            entity_id: Some(id.to_string()),
            summary: format!(
                "closed vote {id}: {}{}",
                c.result,
                match (c.declaration, c.declaration_differs) {
                    (Some(d), Some(true)) => format!(", declared {d} (differs)"),
                    (Some(d), _) => format!(", declared {d}"),
                    _ => String::new(),
                }
            ),
            new: Some(json!({
                "for": t.votes_for, "against": t.against, "blank": t.blank,
                "invalid": t.invalid, "abstain": t.abstain,
                "present_votes": c.present_votes, "total_votes": c.total_votes,
                "result": c.result, "base": c.base, "base_votes": c.base_votes,
                "threshold": c.threshold, "needed": c.needed,
                "declaration": c.declaration,
            })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Marks vote `id` superseded by vote `by` after a challenge (journaled).
    pub fn supersede_vote(&self, id: i64, by: i64, challengers: &[i64]) -> anyhow::Result<()> {
        let who = serde_json::to_string(challengers)?;
        self.conn.execute(
            "UPDATE vote SET status = 'superseded', superseded_by = ?2, challenged_by = ?3 WHERE id = ?1",
            params![id, by, who],
        )?;
        self.journal(Change {
            action: action::VOTE_SUPERSEDE,
            entity: "vote",
            entity_id: Some(id.to_string()),
            summary: format!("vote {id} challenged at once (BW 2:13 lid 4): replaced by vote {by}"),
            new: Some(json!({ "superseded_by": by, "challenged_by": challengers })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Changes the method of an open vote before anything was recorded (journaled).
    pub fn convert_vote(&self, id: i64, from: Method, to: Method) -> anyhow::Result<()> {
        self.conn.execute(
            "UPDATE vote SET method = ?2 WHERE id = ?1 AND status = 'open'",
            params![id, to.name()],
        )?;
        self.journal(Change {
            action: action::VOTE_CONVERT,
            entity: "vote",
            entity_id: Some(id.to_string()),
            summary: format!("vote {id} is now by {to} (was {from})"),
            old: Some(json!({ "method": from.name() })),
            new: Some(json!({ "method": to.name() })),
            ..Default::default()
        })?;
        Ok(())
    }
}
