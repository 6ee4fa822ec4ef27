//! Changes to members already in the registry: edit, leave, rejoin, suspend, unsuspend and erase.
//! Each runs inside the caller's `Store::write` transaction and journals itself; the rules are
//! `domain::member` and `domain::member_change`, checked here against the rows just read.
//!
//! Journal summaries hold field names and member numbers only; dates, reasons and values go in the
//! old/new payload, which an erasure deletes.

use anyhow::Context as _;
use chrono::NaiveDate;
use rusqlite::params;
use serde_json::{Map, Value, json};

use super::members::{bind_fields, register_sort_name, search_text};
use super::{Change, Store, WriteTx};
use crate::domain::DomainError;
use crate::domain::journal::action;
use crate::domain::member::fields;
use crate::domain::member::{Joined, Member, check_leave, check_rejoin};
use crate::domain::member_change::{
    FieldChange, MemberPatch, check_born_before_joining, check_erase, check_joined, check_left,
    check_not_erased, check_number, check_number_free, check_rejoin_after_birth, check_suspend,
    check_undo_leave, check_unsuspend, continues_period,
};
use crate::domain::msg::Arg;

/// Sorts erased members after everyone else in register order: their names are gone.
const ERASED_SORT_NAME: &str = "\u{10FFFF}";

fn text(v: &Option<String>) -> Value {
    v.as_ref().map_or(Value::Null, |s| Value::String(s.clone()))
}

fn iso(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Null, |d| Value::String(d.to_string()))
}

/// Names the member in a refusal worded for "this member", so the message stands on its own.
fn about(number: i64) -> impl Fn(DomainError) -> anyhow::Error {
    move |e| match e {
        DomainError::Refused(msg) => match msg.strip_prefix("this member") {
            Some(rest) => DomainError::Refused(format!("member {number}{rest}")).into(),
            None => DomainError::Refused(msg).into(),
        },
        DomainError::Said(mut msg) => {
            for (name, arg) in &mut msg.args {
                if *name == "who" {
                    *arg = Arg::from(crate::domain::msg::msg!("member-numbered", number = number));
                }
            }
            DomainError::Said(msg).into()
        }
        other => other.into(),
    }
}

impl WriteTx<'_> {
    /// Applies `patch` to member `number` and returns what changed (nothing: no write, no
    /// journal entry). `today` is for the dates that may not lie in the future.
    pub fn edit_member(
        &self,
        number: i64,
        patch: &MemberPatch,
        today: NaiveDate,
    ) -> anyhow::Result<Vec<FieldChange>> {
        let m = self.member(number)?;
        check_not_erased(&m)?;
        let data = patch.apply(&m.data);
        data.validate(today)?;
        let mut changes: Vec<FieldChange> = m
            .data
            .differences(&data)
            .into_iter()
            .map(|(field, old, new)| FieldChange { field, old, new })
            .collect();

        let mut category_id = None;
        if let Some(name) = &patch.category {
            let (id, c) = self.category_required(name)?;
            if c.name != m.category {
                category_id = Some(id);
                changes.push(FieldChange {
                    field: "category",
                    old: Some(m.category.clone()),
                    new: Some(c.name),
                });
            }
        }

        let mut new_number = m.number;
        if let Some(n) = patch.number.filter(|n| *n != m.number) {
            check_number(n)?;
            check_number_free(n, self.member_id(n)?.is_some())?;
            new_number = n;
            changes.push(FieldChange {
                field: "number",
                old: Some(m.number.to_string()),
                new: Some(n.to_string()),
            });
        }

        let last = m.periods.iter().max_by_key(|p| p.joined);
        let mut joined = None;
        if let Some(j) = patch.joined {
            check_joined(&m.periods, j, data.birth_date).map_err(about(number))?;
            if last.is_some_and(|p| p.joined != j) {
                joined = Some(j);
                changes.push(FieldChange {
                    field: "joined",
                    old: last.and_then(|p| p.joined.iso()),
                    new: j.iso(),
                });
            }
        }
        let first_joined = m
            .periods
            .iter()
            .map(|p| match (joined, last) {
                (Some(j), Some(l)) if p == l => j,
                _ => p.joined,
            })
            .min();
        if data.birth_date != m.data.birth_date || joined.is_some() {
            check_born_before_joining(data.birth_date, first_joined.and_then(|j| j.date()))?;
        }

        // The last day of the last period, corrected or withdrawn (`None`: still a member).
        let mut left = None;
        if let Some(l) = patch.left {
            let old_left = last.and_then(|p| p.left);
            if let Some(date) = l {
                let from = joined
                    .or(last.map(|p| p.joined))
                    .unwrap_or(Joined::On(date));
                check_left(&m.periods, from, date).map_err(about(number))?;
            } else if old_left.is_some() {
                check_undo_leave(&m.periods).map_err(about(number))?;
            }
            if l != old_left {
                left = Some(l);
                changes.push(FieldChange {
                    field: "left",
                    old: old_left.map(|d| d.to_string()),
                    new: l.map(|d| d.to_string()),
                });
            }
        }

        if changes.is_empty() {
            return Ok(changes);
        }
        let at = self.actor().at_rfc3339();
        let d = &data;
        let sql = format!(
            "UPDATE member SET number = ?2, category_id = COALESCE(?3, category_id),
                 search_text = ?4, sort_name = ?5, updated_at = ?6, {}
             WHERE id = ?1",
            fields::assignments(7)
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        bind_fields(&mut stmt, 7, d)?;
        stmt.raw_bind_parameter(1, m.id)?;
        stmt.raw_bind_parameter(2, new_number)?;
        stmt.raw_bind_parameter(3, category_id)?;
        stmt.raw_bind_parameter(4, search_text(new_number, d))?;
        stmt.raw_bind_parameter(5, register_sort_name(d))?;
        stmt.raw_bind_parameter(6, &at)?;
        stmt.raw_execute().context("changing the member")?;
        drop(stmt);
        if let Some(j) = joined {
            self.conn.execute(
                "UPDATE membership_period SET joined = ?3 WHERE member_id = ?1 AND joined IS ?2",
                params![m.id, last.and_then(|p| p.joined.iso()), j.iso()],
            )?;
        }
        if let Some(l) = left {
            let period_joined = joined.or(last.map(|p| p.joined));
            // A withdrawn leave takes its reason with it; a corrected date keeps it.
            self.conn.execute(
                "UPDATE membership_period
                 SET left_on = ?3, leave_reason = CASE WHEN ?3 IS NULL THEN NULL ELSE leave_reason END
                 WHERE member_id = ?1 AND joined IS ?2",
                params![
                    m.id,
                    period_joined.and_then(|j| j.iso()),
                    l.map(|d| d.to_string())
                ],
            )?;
        }
        let (mut old, mut new) = (Map::new(), Map::new());
        for c in &changes {
            old.insert(c.field.to_string(), text(&c.old));
            new.insert(c.field.to_string(), text(&c.new));
        }
        let fields: Vec<&str> = changes.iter().map(|c| c.field).collect();
        let renumbered = if new_number == m.number {
            String::new()
        } else {
            format!(" (now {new_number})")
        };
        self.journal(Change {
            action: action::MEMBER_EDIT,
            entity: "member",
            entity_id: Some(new_number.to_string()),
            member_id: Some(m.id),
            summary: format!(
                "changed member {}{renumbered}: {}",
                m.number,
                fields.join(", ")
            ),
            old: Some(Value::Object(old)),
            new: Some(Value::Object(new)),
            ..Default::default()
        })?;
        Ok(changes)
    }

    /// Ends the running membership of member `number`; `date` is the last day as a member.
    pub fn leave_member(
        &self,
        number: i64,
        date: NaiveDate,
        reason: Option<&str>,
    ) -> anyhow::Result<Member> {
        let m = self.member(number)?;
        check_not_erased(&m)?;
        check_leave(&m.periods, date).map_err(about(number))?;
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        self.conn.execute(
            "UPDATE membership_period SET left_on = ?2, leave_reason = ?3
             WHERE member_id = ?1 AND left_on IS NULL",
            params![m.id, date.to_string(), reason],
        )?;
        self.touch(m.id)?;
        self.journal(Change {
            action: action::MEMBER_LEAVE,
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(m.id),
            summary: format!("member {number} left"),
            new: Some(json!({"left": date.to_string(), "reason": reason})),
            ..Default::default()
        })?;
        self.member(number)
    }

    /// Withdraws the leave of member `number`: the last period runs on, as if the member never
    /// left. Returns the member and the last day that was withdrawn.
    pub fn undo_leave_member(&self, number: i64) -> anyhow::Result<(Member, NaiveDate)> {
        let m = self.member(number)?;
        check_not_erased(&m)?;
        let p = &m.periods[check_undo_leave(&m.periods).map_err(about(number))?];
        let left = p.left.context("the last period has ended")?;
        self.conn.execute(
            "UPDATE membership_period SET left_on = NULL, leave_reason = NULL
             WHERE member_id = ?1 AND joined IS ?2",
            params![m.id, p.joined.iso()],
        )?;
        self.touch(m.id)?;
        self.journal(Change {
            action: action::MEMBER_LEAVE_UNDO,
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(m.id),
            summary: format!("member {number}'s leave withdrawn"),
            old: Some(json!({"left": left.to_string(), "reason": p.reason})),
            ..Default::default()
        })?;
        Ok((self.member(number)?, left))
    }

    /// Starts a new membership period for a former member on `date`; on the day after the last
    /// period ended, that period continues instead (no gap, so no second period). Returns the
    /// member and whether the period was continued.
    pub fn rejoin_member(&self, number: i64, date: NaiveDate) -> anyhow::Result<(Member, bool)> {
        let m = self.member(number)?;
        check_not_erased(&m)?;
        check_rejoin(&m.periods, date).map_err(about(number))?;
        check_rejoin_after_birth(m.data.birth_date, date)?;
        let continued = continues_period(&m.periods, date).map(|i| &m.periods[i]);
        match continued {
            Some(p) => self.conn.execute(
                "UPDATE membership_period SET left_on = NULL, leave_reason = NULL
                 WHERE member_id = ?1 AND joined IS ?2",
                params![m.id, p.joined.iso()],
            )?,
            None => self.conn.execute(
                "INSERT INTO membership_period (member_id, joined) VALUES (?1, ?2)",
                params![m.id, date.to_string()],
            )?,
        };
        self.touch(m.id)?;
        let new = match continued {
            Some(p) => json!({"joined": date.to_string(), "continues": p.joined.iso()}),
            None => json!({"joined": date.to_string()}),
        };
        self.journal(Change {
            action: action::MEMBER_REJOIN,
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(m.id),
            summary: format!("member {number} rejoined"),
            new: Some(new),
            ..Default::default()
        })?;
        Ok((self.member(number)?, continued.is_some()))
    }

    /// Suspends member `number` from `from` (to `until`, inclusive, if given).
    pub fn suspend_member(
        &self,
        number: i64,
        from: NaiveDate,
        until: Option<NaiveDate>,
        reason: &str,
    ) -> anyhow::Result<Member> {
        let m = self.member(number)?;
        check_not_erased(&m)?;
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(DomainError::invalid("reason", "is required").into());
        }
        check_suspend(&m.periods, &m.suspensions, from, until).map_err(about(number))?;
        self.conn.execute(
            "INSERT INTO suspension (member_id, starts, until, reason) VALUES (?1, ?2, ?3, ?4)",
            params![m.id, from.to_string(), until.map(|u| u.to_string()), reason],
        )?;
        self.touch(m.id)?;
        self.journal(Change {
            action: action::MEMBER_SUSPEND,
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(m.id),
            summary: format!("suspended member {number}"),
            new: Some(json!({"starts": from.to_string(), "until": iso(until), "reason": reason})),
            ..Default::default()
        })?;
        self.member(number)
    }

    /// Lifts the suspension in force on `date`: from that day on the member is not suspended.
    pub fn unsuspend_member(&self, number: i64, date: NaiveDate) -> anyhow::Result<Member> {
        let m = self.member(number)?;
        check_not_erased(&m)?;
        let index = check_unsuspend(&m.suspensions, date).map_err(about(number))?;
        // Same order as `suspensions()`, so the index points at the same row.
        let ids: Vec<i64> = {
            let mut stmt = self
                .conn
                .prepare("SELECT id FROM suspension WHERE member_id = ?1 ORDER BY starts, id")?;
            stmt.query_map([m.id], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        let s = &m.suspensions[index];
        self.conn.execute(
            "UPDATE suspension SET lifted_on = ?2 WHERE id = ?1",
            params![ids[index], date.to_string()],
        )?;
        self.touch(m.id)?;
        self.journal(Change {
            action: action::MEMBER_UNSUSPEND,
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(m.id),
            summary: format!("lifted the suspension of member {number}"),
            old: Some(json!({"starts": s.starts.to_string(), "until": iso(s.until), "lifted_on": null})),
            new: Some(json!({"starts": s.starts.to_string(), "until": iso(s.until), "lifted_on": date.to_string()})),
            ..Default::default()
        })?;
        self.member(number)
    }

    /// Erases the personal data of a former member. Kept, anonymously: the number, category,
    /// membership dates and suspension dates, so that past counts stay true. Removed: every
    /// personal field, the reasons for leaving and for suspensions, the instructions of proxies
    /// the member gave or held, and the recorded values of every journal entry naming the member.
    /// A refusal is a `member_change::EraseRefusal`.
    pub fn erase_member(&self, number: i64, today: NaiveDate) -> anyhow::Result<Member> {
        let m = self.member(number)?;
        check_erase(&m, today)?;
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            &format!(
                "UPDATE member SET {},
                     search_text = ?2, sort_name = ?3, erased_at = ?4, updated_at = ?4,
                     -- a new salt comes with the erasure's digest: the earlier digests, which stay
                     -- in the journal, then cannot confirm a guess at what was erased
                     state_salt = NULL
                 WHERE id = ?1",
                fields::erasures()
            ),
            params![m.id, number.to_string(), ERASED_SORT_NAME, at],
        )?;
        self.conn.execute(
            "UPDATE membership_period SET leave_reason = NULL WHERE member_id = ?1",
            [m.id],
        )?;
        // The column is NOT NULL; an empty reason is the documented mark of an erased one.
        self.conn.execute(
            "UPDATE suspension SET reason = '' WHERE member_id = ?1",
            [m.id],
        )?;
        self.forget_proxy_instructions(m.id)?;
        // The people who spoke for an organisation are its personal data too (issue 30).
        self.conn.execute(
            "UPDATE member_delegate SET name = NULL, email = NULL, phone = NULL WHERE member_id = ?1",
            [m.id],
        )?;
        self.journal_forget_member(m.id)?;
        self.journal(Change {
            action: action::MEMBER_ERASE,
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(m.id),
            summary: format!("erased the personal data of member {number}"),
            ..Default::default()
        })?;
        self.member(number)
    }

    fn touch(&self, member_id: i64) -> anyhow::Result<()> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "UPDATE member SET updated_at = ?2 WHERE id = ?1",
            params![member_id, at],
        )?;
        Ok(())
    }
}

impl Store {
    /// Moves everything from the write-ahead log into the database file and empties the log, so
    /// that old page images (with erased values) do not linger in `-wal`. Freed pages in the
    /// database file itself are zeroed by `secure_delete`, set on every writable connection.
    /// Returns false when another connection kept the log from being emptied.
    pub fn truncate_wal(&self) -> anyhow::Result<bool> {
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
            .context("emptying the write-ahead log")?;
        Ok(busy == 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_name_the_member() {
        let e = about(7)(DomainError::Refused("this member has already left".into()));
        assert_eq!(e.to_string(), "member 7 has already left");
        let e = about(7)(DomainError::invalid("date", "bad"));
        assert_eq!(e.to_string(), "date: bad");
    }
}
