//! Proposals: their rows, co-signers, exclusions from the vote and the agenda item that puts
//! them to a meeting. Checks that need several facts are the caller's (`ops::proposal`).

use crate::domain::msg::msg;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::DomainError;
use crate::domain::journal::action;
use crate::domain::meeting::agenda::{Decides, Item};
use crate::domain::proposal::{Kind, Proposal, Status};

/// A new proposal or amendment. `today` is the day its text is recorded.
#[derive(Debug, Clone)]
pub struct NewProposal {
    pub title: String,
    pub text: Option<String>,
    pub kind: Kind,
    pub by_board: bool,
    pub meeting_id: Option<i64>,
    pub amends: Option<i64>,
    pub today: NaiveDate,
    /// The board member a dismissal or suspension is about.
    pub member_id: Option<i64>,
}

pub use crate::domain::proposal::{Exclusion, ProposalEdit, Signer};

fn bad_text(e: impl std::error::Error + Send + Sync + 'static) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
}

fn parse_day(s: Option<String>) -> rusqlite::Result<Option<NaiveDate>> {
    s.map(|s| s.parse::<NaiveDate>().map_err(bad_text))
        .transpose()
}

const SELECT: &str = "SELECT id, meeting_id, title, text, text_on, kind, by_board, amends, status,
        withdrawn_at, text_open_from, created_at, member_id,
        (SELECT number FROM member WHERE member.id = proposal.member_id) FROM proposal";

fn proposal_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Proposal> {
    Ok(Proposal {
        id: r.get(0)?,
        meeting_id: r.get(1)?,
        title: r.get(2)?,
        text: r.get(3)?,
        text_on: parse_day(r.get(4)?)?,
        kind: r.get::<_, String>(5)?.parse().map_err(bad_text)?,
        by_board: r.get(6)?,
        amends: r.get(7)?,
        status: r.get::<_, String>(8)?.parse().map_err(bad_text)?,
        withdrawn_at: r.get(9)?,
        text_open_from: parse_day(r.get(10)?)?,
        created_at: r.get(11)?,
        member_id: r.get(12)?,
        member_number: r.get(13)?,
    })
}

/// The journaled values of a proposal. The title and text may name people: payload only.
fn proposal_json(p: &Proposal) -> serde_json::Value {
    json!({
        "meeting_id": p.meeting_id, "title": p.title, "text": p.text, "kind": p.kind.as_str(),
        "by_board": p.by_board, "amends": p.amends, "status": p.status.as_str(),
        "text_open_from": p.text_open_from.map(|d| d.to_string()),
        "member_id": p.member_id,
    })
}

impl ReadTx<'_> {
    /// The proposal with this number; NotFound says how to list them.
    pub fn proposal(&self, id: i64) -> anyhow::Result<Proposal> {
        self.conn
            .prepare_cached(&format!("{SELECT} WHERE id = ?1"))?
            .query_row([id], proposal_from_row)
            .optional()?
            .ok_or_else(|| DomainError::Missing(msg!("lookup-proposal", id = id)).into())
    }

    /// Proposals, all or one meeting's, each followed by its amendments.
    pub fn proposals(&self, meeting_id: Option<i64>) -> anyhow::Result<Vec<Proposal>> {
        let mut stmt = self.conn.prepare(&format!(
            "{SELECT} WHERE ?1 IS NULL OR meeting_id = ?1
             ORDER BY COALESCE(amends, id), amends IS NOT NULL, id"
        ))?;
        let rows = stmt.query_map([meeting_id], proposal_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The amendments of a proposal, oldest first.
    pub fn amendments(&self, id: i64) -> anyhow::Result<Vec<Proposal>> {
        let mut stmt = self
            .conn
            .prepare(&format!("{SELECT} WHERE amends = ?1 ORDER BY id"))?;
        let rows = stmt.query_map([id], proposal_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The members who signed a members' proposal, by number.
    pub fn proposal_signers(&self, id: i64) -> anyhow::Result<Vec<Signer>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.member_id, m.number FROM proposal_signer s JOIN member m ON m.id = s.member_id
             WHERE s.proposal_id = ?1 ORDER BY m.number",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(Signer {
                member_id: r.get(0)?,
                number: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The members excluded from the vote on a proposal, by number.
    pub fn proposal_exclusions(&self, id: i64) -> anyhow::Result<Vec<Exclusion>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.member_id, m.number, e.reason FROM proposal_exclusion e
             JOIN member m ON m.id = e.member_id WHERE e.proposal_id = ?1 ORDER BY m.number",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(Exclusion {
                member_id: r.get(0)?,
                number: r.get(1)?,
                reason: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The agenda item that puts the proposal to its meeting, if any.
    pub fn proposal_item(&self, id: i64) -> anyhow::Result<Option<Item>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id, position, title, decides, sent_position FROM agenda_item
                 WHERE proposal_id = ?1",
            )?
            .query_row([id], |r| {
                Ok(Item {
                    id: r.get(0)?,
                    position: r.get(1)?,
                    title: r.get(2)?,
                    decides: r.get::<_, String>(3)?.parse().unwrap_or(Decides::None),
                    sent_position: r.get(4)?,
                })
            })
            .optional()?)
    }

    /// The proposal an agenda item decides on, if any.
    pub fn item_proposal(&self, item_id: i64) -> anyhow::Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT proposal_id FROM agenda_item WHERE id = ?1")?
            .query_row([item_id], |r| r.get(0))
            .optional()?
            .flatten())
    }
}

impl WriteTx<'_> {
    /// Adds a proposal or an amendment with its signers (journaled).
    pub fn add_proposal(&self, p: &NewProposal, signers: &[Signer]) -> anyhow::Result<Proposal> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "INSERT INTO proposal (meeting_id, title, text, text_on, kind, by_board, amends, created_at,
                 member_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                p.meeting_id,
                p.title,
                p.text,
                p.text.as_ref().map(|_| p.today.to_string()),
                p.kind.as_str(),
                p.by_board,
                p.amends,
                at,
                p.member_id
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        let mut insert = self.conn.prepare_cached(
            "INSERT INTO proposal_signer (proposal_id, member_id) VALUES (?1, ?2)",
        )?;
        for s in signers {
            insert.execute(params![id, s.member_id])?;
        }
        let proposal = self.proposal(id)?;
        let numbers: Vec<i64> = signers.iter().map(|s| s.number).collect();
        let by = if p.by_board {
            "by the board".to_string()
        } else {
            format!("by {} member(s)", numbers.len())
        };
        let (action, summary) = match p.amends {
            Some(of) => (
                action::PROPOSAL_AMEND,
                format!("added proposal {id}, an amendment of proposal {of}, {by}"),
            ),
            None => (
                action::PROPOSAL_ADD,
                format!("added proposal {id} ({}) {by}", p.kind.as_str()),
            ),
        };
        let mut new = proposal_json(&proposal);
        new["signers"] = json!(numbers);
        self.journal(Change {
            action,
            entity: "proposal",
            entity_id: Some(id.to_string()),
            summary,
            new: Some(new),
            ..Default::default()
        })?;
        Ok(proposal)
    }

    /// Applies an edit (journaled with old and new values). A new text is recorded as of `today`.
    pub fn edit_proposal(
        &self,
        id: i64,
        e: &ProposalEdit,
        today: NaiveDate,
    ) -> anyhow::Result<Proposal> {
        let old = self.proposal(id)?;
        let mut new = old.clone();
        if let Some(t) = &e.title {
            new.title = t.clone();
        }
        if let Some(t) = &e.text
            && old.text.as_ref() != Some(t)
        {
            new.text = Some(t.clone());
            new.text_on = Some(today);
        }
        if let Some(k) = e.kind {
            new.kind = k;
        }
        if let Some(d) = e.text_open_from {
            new.text_open_from = Some(d);
        }
        if new == old {
            return Ok(old);
        }
        self.conn.execute(
            "UPDATE proposal SET title = ?2, text = ?3, text_on = ?4, kind = ?5, text_open_from = ?6
             WHERE id = ?1",
            params![
                id,
                new.title,
                new.text,
                new.text_on.map(|d| d.to_string()),
                new.kind.as_str(),
                new.text_open_from.map(|d| d.to_string())
            ],
        )?;
        if new.kind != old.kind {
            // The agenda item follows the kind: it selects the notice period.
            self.conn.execute(
                "UPDATE agenda_item SET decides = ?2 WHERE proposal_id = ?1",
                params![id, new.kind.decides().as_str()],
            )?;
        }
        self.journal(Change {
            action: action::PROPOSAL_EDIT,
            entity: "proposal",
            entity_id: Some(id.to_string()),
            summary: format!("changed proposal {id}"),
            old: Some(proposal_json(&old)),
            new: Some(proposal_json(&new)),
            ..Default::default()
        })?;
        self.proposal(id)
    }

    /// Withdraws a proposal (journaled).
    pub fn withdraw_proposal(&self, id: i64) -> anyhow::Result<Proposal> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "UPDATE proposal SET status = 'withdrawn', withdrawn_at = ?2 WHERE id = ?1",
            params![id, at],
        )?;
        self.journal(Change {
            action: action::PROPOSAL_WITHDRAW,
            entity: "proposal",
            entity_id: Some(id.to_string()),
            summary: format!("withdrew proposal {id}"),
            ..Default::default()
        })?;
        self.proposal(id)
    }

    /// Sets a proposal's status (the votes part: voting when a vote opens, decided after it).
    pub fn set_proposal_status(&self, id: i64, status: Status) -> anyhow::Result<()> {
        let old = self.proposal(id)?;
        if old.status == status {
            return Ok(());
        }
        self.conn.execute(
            "UPDATE proposal SET status = ?2 WHERE id = ?1",
            params![id, status.as_str()],
        )?;
        self.journal(Change {
            action: action::PROPOSAL_STATUS,
            entity: "proposal",
            entity_id: Some(id.to_string()),
            summary: format!("proposal {id} is now {status}"),
            old: Some(json!({ "status": old.status.as_str() })),
            new: Some(json!({ "status": status.as_str() })),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Excludes a member from the vote on a proposal (journaled, against the member so that an
    /// erasure takes the reason with it). False when the member was excluded already.
    pub fn exclude_from_proposal(
        &self,
        id: i64,
        member: &Signer,
        reason: Option<&str>,
        forced: bool,
    ) -> anyhow::Result<bool> {
        let n = self.conn.execute(
            "INSERT INTO proposal_exclusion (proposal_id, member_id, reason, forced) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (proposal_id, member_id) DO NOTHING",
            params![id, member.member_id, reason, forced],
        )?;
        if n == 0 {
            return Ok(false);
        }
        self.journal(Change {
            action: action::PROPOSAL_EXCLUDE,
            entity: "proposal",
            entity_id: Some(id.to_string()),
            member_id: Some(member.member_id),
            summary: format!(
                "excluded member {} from the vote on proposal {id}",
                member.number
            ),
            new: Some(json!({ "number": member.number, "reason": reason, "forced": forced })),
            ..Default::default()
        })?;
        Ok(true)
    }

    /// Links an agenda item to the proposal it decides on, and the proposal to the item's
    /// meeting (journaled).
    pub fn link_proposal(&self, item: &Item, meeting_id: i64, id: i64) -> anyhow::Result<()> {
        self.conn.execute(
            "UPDATE agenda_item SET proposal_id = ?2 WHERE id = ?1",
            params![item.id, id],
        )?;
        self.conn.execute(
            "UPDATE proposal SET meeting_id = ?2 WHERE id = ?1 OR amends = ?1",
            params![id, meeting_id],
        )?;
        self.journal(Change {
            action: action::PROPOSAL_LINK,
            entity: "proposal",
            entity_id: Some(id.to_string()),
            summary: format!(
                "put proposal {id} on the agenda of meeting {meeting_id} as item {}",
                item.position
            ),
            ..Default::default()
        })?;
        Ok(())
    }
}

impl WriteTx<'_> {
    /// Takes a proposal and its amendments off meeting `meeting_id` when its agenda item is
    /// removed (journaled): it is a draft for no meeting again.
    pub fn unlink_proposal(&self, id: i64, meeting_id: i64) -> anyhow::Result<()> {
        self.conn.execute(
            "UPDATE proposal SET meeting_id = NULL WHERE (id = ?1 OR amends = ?1) AND meeting_id = ?2",
            params![id, meeting_id],
        )?;
        self.journal(Change {
            action: action::PROPOSAL_UNLINK,
            entity: "proposal",
            entity_id: Some(id.to_string()),
            summary: format!("took proposal {id} off the agenda of meeting {meeting_id}"),
            ..Default::default()
        })?;
        Ok(())
    }
}

#[cfg(test)]
#[path = "proposals_tests.rs"]
mod tests;
