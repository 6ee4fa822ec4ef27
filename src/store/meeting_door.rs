//! At the door: attendance (check-in, check-out, apologies), proxies, and the counts the quorum
//! statement is made from. Votes come from the meeting's snapshot once it is open (see
//! `meetings.rs`), from the roll on its date before that.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::journal::action;
use crate::domain::meeting::Meeting;
use crate::domain::meeting::proxy::{Form, Party};
use crate::domain::meeting::quorum::Counts;
use crate::domain::text::full_name;

/// What a check-in did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckedIn {
    New,
    /// Was present already: a note, not an error.
    AlreadyPresent,
    /// Had checked out and came back.
    Returned,
}

pub use crate::domain::meeting::door::{Attendee, ProxyRow};

/// The member's name: a person's, or an organisation's (column `organisation`).
fn name_of(
    r: &rusqlite::Row<'_>,
    [given, prefix, family, organisation]: [&str; 4],
) -> rusqlite::Result<String> {
    if let Some(o) = r.get::<_, Option<String>>(organisation)? {
        return Ok(o);
    }
    Ok(full_name(
        r.get::<_, Option<String>>(given)?.as_deref(),
        r.get::<_, Option<String>>(prefix)?.as_deref(),
        r.get::<_, Option<String>>(family)?.as_deref(),
    ))
}

impl ReadTx<'_> {
    /// (status, checked out) of a member at a meeting, if recorded.
    pub fn attendance_of(
        &self,
        meeting_id: i64,
        member_id: i64,
    ) -> anyhow::Result<Option<(String, bool)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT status, checked_out_at IS NOT NULL FROM attendance WHERE meeting_id = ?1 AND member_id = ?2",
            )?
            .query_row(params![meeting_id, member_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// True when the member is in the room.
    pub fn is_present(&self, meeting_id: i64, member_id: i64) -> anyhow::Result<bool> {
        Ok(matches!(self.attendance_of(meeting_id, member_id)?, Some((s, false)) if s == "present"))
    }

    /// What the proxy checks need to know about one member.
    pub fn proxy_party(&self, m: &Meeting, member_id: i64, number: i64) -> anyhow::Result<Party> {
        let v = self.meeting_voter(m, member_id)?;
        let holds: u32 = self.conn.prepare_cached(
            "SELECT COUNT(*) FROM proxy WHERE meeting_id = ?1 AND holder_id = ?2 AND ended_at IS NULL",
        )?
        .query_row(params![m.id, member_id], |r| r.get(0))?;
        let gave_to: Option<i64> = self
            .conn
            .prepare_cached(
                "SELECT h.number FROM proxy p JOIN member h ON h.id = p.holder_id
             WHERE p.meeting_id = ?1 AND p.giver_id = ?2 AND p.ended_at IS NULL",
            )?
            .query_row(params![m.id, member_id], |r| r.get(0))
            .optional()?;
        Ok(Party {
            number,
            votes: v.votes,
            reason: v.reason,
            present: self.is_present(m.id, member_id)?,
            holds,
            gave_to,
        })
    }

    /// The active proxies, by giver's number.
    pub fn proxies(&self, meeting_id: i64) -> anyhow::Result<Vec<ProxyRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.id, g.number AS gn, g.given_name AS gg, g.name_prefix AS gp, g.family_name AS gf,
                 g.organisation AS go, h.organisation AS ho,
                 h.number AS hn, h.given_name AS hg, h.name_prefix AS hp, h.family_name AS hf,
                 p.instruction, p.form, p.received_on,
                 EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = p.meeting_id
                     AND a.member_id = p.holder_id AND a.status = 'present' AND a.checked_out_at IS NULL) AS hp_present
             FROM proxy p JOIN member g ON g.id = p.giver_id JOIN member h ON h.id = p.holder_id
             WHERE p.meeting_id = ?1 AND p.ended_at IS NULL ORDER BY g.number",
        )?;
        let rows = stmt.query_map([meeting_id], |r| {
            Ok(ProxyRow {
                id: r.get(0)?,
                giver: r.get("gn")?,
                giver_name: name_of(r, ["gg", "gp", "gf", "go"])?,
                holder: r.get("hn")?,
                holder_name: name_of(r, ["hg", "hp", "hf", "ho"])?,
                instruction: r.get("instruction")?,
                form: r.get("form")?,
                received_on: r.get("received_on")?,
                holder_present: r.get("hp_present")?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Everyone recorded at the meeting and every active proxy, by member number.
    pub fn attendance(&self, meeting_id: i64) -> anyhow::Result<Vec<Attendee>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.member_id, m.number, m.given_name, m.name_prefix, m.family_name, a.status,
                 a.checked_in_at, a.checked_out_at, a.admitted_for, m.organisation, d.name
             FROM attendance a JOIN member m ON m.id = a.member_id
             LEFT JOIN member_delegate d ON d.id = a.delegate_id WHERE a.meeting_id = ?1",
        )?;
        let mut out: Vec<Attendee> = stmt
            .query_map([meeting_id], |r| {
                let status: String = r.get(5)?;
                let out: Option<String> = r.get(7)?;
                Ok(Attendee {
                    member_id: r.get(0)?,
                    number: r.get(1)?,
                    name: name_of(
                        r,
                        ["given_name", "name_prefix", "family_name", "organisation"],
                    )?,
                    status: match (status.as_str(), out.is_some()) {
                        ("present", false) => "present",
                        ("present", true) => "left",
                        _ => "apologies",
                    },
                    checked_in_at: r.get(6)?,
                    checked_out_at: out,
                    admitted_for: r.get(8)?,
                    holder: None,
                    instruction: None,
                    delegate: r.get(10)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let ids: HashMap<i64, i64> = self
            .conn
            .prepare("SELECT p.giver_id, g.number FROM proxy p JOIN member g ON g.id = p.giver_id WHERE p.meeting_id = ?1 AND p.ended_at IS NULL")?
            .query_map([meeting_id], |r| Ok((r.get(1)?, r.get(0)?)))?
            .collect::<Result<_, _>>()?;
        for p in self.proxies(meeting_id)? {
            // A giver with apologies who also gave a proxy is listed once, as represented.
            out.retain(|a| a.number != p.giver);
            out.push(Attendee {
                member_id: ids.get(&p.giver).copied().unwrap_or_default(),
                number: p.giver,
                name: p.giver_name,
                status: "proxy",
                checked_in_at: None,
                checked_out_at: None,
                admitted_for: None,
                holder: Some((p.holder, p.holder_name, p.holder_present)),
                instruction: p.instruction,
                delegate: None,
            });
        }
        out.sort_by_key(|a| a.number);
        Ok(out)
    }

    /// The counts of the quorum statement. From the snapshot in SQL once the meeting is open;
    /// before that from the roll on its date (provisional: the registry may still change).
    pub fn meeting_counts(&self, m: &Meeting) -> anyhow::Result<Counts> {
        if m.opened_at.is_some() {
            let (voters, total): (u64, u64) = self.conn.query_row(
                "SELECT COUNT(*), COALESCE(SUM(votes), 0) FROM meeting_voter WHERE meeting_id = ?1 AND votes > 0",
                [m.id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let (present_members, present_votes): (u64, u64) = self.conn.query_row(
                "SELECT COUNT(*), COALESCE(SUM(v.votes), 0) FROM attendance a
                 LEFT JOIN meeting_voter v ON v.meeting_id = a.meeting_id AND v.member_id = a.member_id
                 WHERE a.meeting_id = ?1 AND a.status = 'present' AND a.checked_out_at IS NULL",
                [m.id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let (proxies, represented): (u64, u64) = self.conn.query_row(
                "SELECT COUNT(*), COALESCE(SUM(v.votes), 0) FROM proxy p
                 JOIN attendance a ON a.meeting_id = p.meeting_id AND a.member_id = p.holder_id
                     AND a.status = 'present' AND a.checked_out_at IS NULL
                 JOIN meeting_voter v ON v.meeting_id = p.meeting_id AND v.member_id = p.giver_id
                 WHERE p.meeting_id = ?1 AND p.ended_at IS NULL",
                [m.id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            return Ok(Counts {
                voters,
                total_votes: total,
                present_members,
                present_votes,
                proxies,
                represented_votes: represented,
            });
        }
        let roll: HashMap<i64, u32> = self
            .meeting_roll(m.date(), None)?
            .into_iter()
            .map(|v| (v.member_id, v.votes))
            .collect();
        let votes = |id: &i64| u64::from(roll.get(id).copied().unwrap_or(0));
        let mut c = Counts {
            voters: roll.values().filter(|v| **v > 0).count() as u64,
            total_votes: roll.values().map(|v| u64::from(*v)).sum(),
            ..Counts::default()
        };
        for a in self.attendance(m.id)? {
            match a.status {
                "present" => {
                    c.present_members += 1;
                    c.present_votes += votes(&a.member_id);
                }
                "proxy" if a.holder.as_ref().is_some_and(|h| h.2) => {
                    c.proxies += 1;
                    c.represented_votes += votes(&a.member_id);
                }
                _ => {}
            }
        }
        Ok(c)
    }
}

impl WriteTx<'_> {
    /// Journals a door event about `member_id`, naming `others` too (a proxy's holder).
    fn journal_door(
        &self,
        m: &Meeting,
        act: &'static str,
        member_id: i64,
        others: &[i64],
        summary: String,
    ) -> anyhow::Result<()> {
        self.journal(Change {
            action: act,
            entity: "meeting",
            entity_id: Some(m.id.to_string()),
            member_id: Some(member_id),
            members: others.to_vec(),
            summary,
            ..Default::default()
        })?;
        Ok(())
    }

    /// Checks a member in (journaled). `admitted_for` records a suspended member's admission.
    pub fn check_in(
        &self,
        m: &Meeting,
        member_id: i64,
        number: i64,
        admitted_for: Option<&str>,
    ) -> anyhow::Result<CheckedIn> {
        let at = self.actor().at_rfc3339();
        let done = match self.attendance_of(m.id, member_id)? {
            Some((s, false)) if s == "present" => return Ok(CheckedIn::AlreadyPresent),
            Some((s, true)) if s == "present" => {
                self.conn.prepare_cached(
                    "UPDATE attendance SET checked_out_at = NULL WHERE meeting_id = ?1 AND member_id = ?2",
                )?
                .execute(params![m.id, member_id])?;
                CheckedIn::Returned
            }
            _ => {
                self.conn.prepare_cached(
                    "INSERT INTO attendance (meeting_id, member_id, status, checked_in_at, admitted_for)
                     VALUES (?1, ?2, 'present', ?3, ?4)
                     ON CONFLICT (meeting_id, member_id) DO UPDATE SET status = 'present',
                         checked_in_at = excluded.checked_in_at, checked_out_at = NULL,
                         admitted_for = excluded.admitted_for",
                )?
                .execute(params![m.id, member_id, at, admitted_for])?;
                CheckedIn::New
            }
        };
        self.journal_door(
            m,
            action::MEETING_CHECKIN,
            member_id,
            &[],
            format!("checked in member {number} at meeting {}", m.id),
        )?;
        Ok(done)
    }

    /// Checks a member out (journaled); false when they were not in the room.
    pub fn check_out(&self, m: &Meeting, member_id: i64, number: i64) -> anyhow::Result<bool> {
        let at = self.actor().at_rfc3339();
        let n = self.conn.execute(
            "UPDATE attendance SET checked_out_at = ?3 WHERE meeting_id = ?1 AND member_id = ?2
                 AND status = 'present' AND checked_out_at IS NULL",
            params![m.id, member_id, at],
        )?;
        if n > 0 {
            self.journal_door(
                m,
                action::MEETING_CHECKOUT,
                member_id,
                &[],
                format!("checked out member {number} at meeting {}", m.id),
            )?;
        }
        Ok(n > 0)
    }

    /// Records apologies (afwezig met kennisgeving); false when the member is already recorded.
    pub fn apologies(&self, m: &Meeting, member_id: i64, number: i64) -> anyhow::Result<bool> {
        let n = self.conn.prepare_cached(
            "INSERT INTO attendance (meeting_id, member_id, status) VALUES (?1, ?2, 'apologies')
             ON CONFLICT (meeting_id, member_id) DO NOTHING",
        )?
        .execute(params![m.id, member_id])?;
        if n > 0 {
            self.journal_door(
                m,
                action::MEETING_APOLOGIES,
                member_id,
                &[],
                format!("recorded apologies of member {number} for meeting {}", m.id),
            )?;
        }
        Ok(n > 0)
    }

    /// Records a proxy (journaled, naming both members). Checks are the caller's.
    #[allow(clippy::too_many_arguments)]
    pub fn add_proxy(
        &self,
        m: &Meeting,
        giver: (i64, i64),
        holder: (i64, i64),
        instruction: Option<&str>,
        form: Form,
        received: NaiveDate,
    ) -> anyhow::Result<i64> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "INSERT INTO proxy (meeting_id, giver_id, holder_id, instruction, form, received_on, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![m.id, giver.0, holder.0, instruction, form.as_str(), received.to_string(), at],
        )?;
        let id = self.conn.last_insert_rowid();
        self.journal(Change {
            action: action::MEETING_PROXY,
            entity: "meeting",
            entity_id: Some(m.id.to_string()),
            member_id: Some(giver.0),
            members: vec![holder.0],
            summary: format!(
                "member {} gave a proxy to member {} for meeting {}",
                giver.1, holder.1, m.id
            ),
            new: instruction.map(|i| json!({ "instruction": i })),
            ..Default::default()
        })?;
        Ok(id)
    }

    /// Blanks the instructions of proxies the member gave or held (erasure): the journal forgets
    /// the same values for both members, so the table must not keep them either. The proxies stay,
    /// so that the meeting's counts stay true.
    pub fn forget_proxy_instructions(&self, member_id: i64) -> anyhow::Result<usize> {
        Ok(self.conn.execute(
            "UPDATE proxy SET instruction = NULL
             WHERE (giver_id = ?1 OR holder_id = ?1) AND instruction IS NOT NULL",
            [member_id],
        )?)
    }

    /// Ends the active proxy of `giver` (journaled, naming both); the holder's number, or None
    /// when there is none.
    pub fn end_proxy(
        &self,
        m: &Meeting,
        giver: (i64, i64),
        cancelled_by_checkin: bool,
    ) -> anyhow::Result<Option<i64>> {
        let holder: Option<(i64, i64)> = self
            .conn
            .prepare_cached(
                "SELECT h.id, h.number FROM proxy p JOIN member h ON h.id = p.holder_id
             WHERE p.meeting_id = ?1 AND p.giver_id = ?2 AND p.ended_at IS NULL",
            )?
            .query_row(params![m.id, giver.0], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((holder_id, holder)) = holder else {
            return Ok(None);
        };
        let (reason, act, summary) = if cancelled_by_checkin {
            (
                "the giver checked in",
                action::MEETING_PROXY_CANCELLED,
                format!(
                    "the proxy of member {} to member {holder} at meeting {} lapsed: the giver checked in",
                    giver.1, m.id
                ),
            )
        } else {
            (
                "revoked",
                action::MEETING_PROXY_REVOKE,
                format!(
                    "member {} revoked the proxy to member {holder} for meeting {}",
                    giver.1, m.id
                ),
            )
        };
        self.conn.prepare_cached(
            "UPDATE proxy SET ended_at = ?3, end_reason = ?4 WHERE meeting_id = ?1 AND giver_id = ?2 AND ended_at IS NULL",
        )?
        .execute(params![m.id, giver.0, self.actor().at_rfc3339(), reason])?;
        self.journal_door(m, act, giver.0, &[holder_id], summary)?;
        Ok(Some(holder))
    }
}
