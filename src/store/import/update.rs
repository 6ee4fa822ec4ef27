//! `--update`: a row whose member number is registered already is a second row in the file (an
//! error), or, with `--update`, a member to bring in line with the file: only the fields the file
//! has a column for, only what differs, each changed member journaled with old and new values.

use chrono::NaiveDate;
use rusqlite::params;
use serde_json::Value;

use super::{Importer, search_keys};
use crate::domain::import::history::{periods_text, suspensions_text};
use crate::domain::import::{Field, FieldChange, iso_date};
use crate::domain::journal::action;
use crate::domain::member::fields::{self, Slot};
use crate::domain::member::{FIELDS, MemberData, NewMember, Period, Suspension};
use crate::store::Change;
use crate::store::members::bind_fields;

/// A member as `--update` finds it.
struct Existing {
    id: i64,
    source: String,
    erased: bool,
    data: MemberData,
    category_id: i64,
    category: String,
    period: Option<(i64, NaiveDate, Option<NaiveDate>)>,
}

/// What replaces a member's whole history, when the file has the column.
struct History<'m> {
    periods: Option<&'m [Period]>,
    suspensions: Option<&'m [Suspension]>,
}

impl Importer<'_, '_> {
    fn load_existing(&self, number: i64) -> anyhow::Result<Existing> {
        let mut stmt = self.tx.conn.prepare_cached(&format!(
            "SELECT m.id, m.source, m.erased_at IS NOT NULL, m.category_id, c.name,
                    p.id, p.joined, p.left_on, {}
             FROM member m JOIN category c ON c.id = m.category_id
             LEFT JOIN membership_period p ON p.id = (SELECT id FROM membership_period
                 WHERE member_id = m.id ORDER BY joined DESC, id DESC LIMIT 1)
             WHERE m.number = ?1",
            fields::columns("m.")
        ))?;
        let date = |s: Option<String>| s.and_then(|s| s.parse::<NaiveDate>().ok());
        Ok(stmt.query_row([number], |r| {
            let period = match r.get::<_, Option<i64>>(5)? {
                Some(pid) => Some((pid, date(r.get(6)?).unwrap_or_default(), date(r.get(7)?))),
                None => None,
            };
            let mut data = MemberData::default();
            for (i, f) in fields::TABLE.iter().enumerate() {
                match f.value {
                    Slot::Text(_, text) => *text(&mut data) = r.get(8 + i)?,
                    Slot::Date(_, day) => *day(&mut data) = date(r.get(8 + i)?),
                }
            }
            Ok(Existing {
                id: r.get(0)?,
                source: r.get(1)?,
                erased: r.get(2)?,
                data,
                category_id: r.get(3)?,
                category: r.get(4)?,
                period,
            })
        })?)
    }

    fn load_history(&self, id: i64) -> anyhow::Result<(Vec<Period>, Vec<Suspension>)> {
        let date = |s: Option<String>| s.and_then(|s| s.parse::<NaiveDate>().ok());
        let mut stmt = self.tx.conn.prepare_cached(
            "SELECT joined, left_on, leave_reason FROM membership_period WHERE member_id = ?1 ORDER BY joined",
        )?;
        let periods = stmt
            .query_map([id], |r| {
                Ok(Period {
                    joined: date(r.get(0)?).unwrap_or_default(),
                    left: date(r.get(1)?),
                    reason: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = self.tx.conn.prepare_cached(
            "SELECT starts, until, reason, lifted_on FROM suspension WHERE member_id = ?1 ORDER BY starts",
        )?;
        let suspensions = stmt
            .query_map([id], |r| {
                Ok(Suspension {
                    starts: date(r.get(0)?).unwrap_or_default(),
                    until: date(r.get(1)?),
                    reason: r.get(2)?,
                    lifted_on: date(r.get(3)?),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((periods, suspensions))
    }

    /// A row whose number is taken: a second row in this file, or a member already registered.
    pub(super) fn existing(
        &mut self,
        line: u64,
        number: i64,
        category_id: i64,
        m: &NewMember,
    ) -> anyhow::Result<()> {
        let old = self.load_existing(number)?;
        let earlier = match old.source.strip_prefix(&self.prefix) {
            Some(l) => l.parse::<u64>().ok(),
            None => self.matched.get(&number).copied(),
        };
        if let Some(first) = earlier {
            self.problem_at(
                line,
                Field::Number,
                format!("member number {number} is also on line {first}"),
            );
            return Ok(());
        }
        self.matched.insert(number, line);
        if old.erased {
            self.problem_at(
                line,
                Field::Number,
                format!("member {number} was erased; an erased member's number is not used again"),
            );
            return Ok(());
        }
        if !self.plan.update {
            self.problem_at(
                line,
                Field::Number,
                format!(
                    "member number {number} is already in the registry; pass --update to change existing members from the file"
                ),
            );
            return Ok(());
        }
        self.update(line, number, category_id, m, old)
    }

    fn update(
        &mut self,
        line: u64,
        number: i64,
        category_id: i64,
        m: &NewMember,
        old: Existing,
    ) -> anyhow::Result<()> {
        let cols = self.plan.columns;
        let (old_texts, new_texts) = (old.data.as_texts(), m.data.as_texts());
        let mut merged = old.data.clone();
        let mut changes: Vec<(&'static str, Option<String>, Option<String>)> = Vec::new();
        for (i, f) in FIELDS.iter().enumerate() {
            if self.present.contains(f) && old_texts[i] != new_texts[i] {
                copy_field(&mut merged, &m.data, f);
                changes.push((f, old_texts[i].clone(), new_texts[i].clone()));
            }
        }
        if cols.has(Field::Category) && old.category_id != category_id {
            let new_name = self.categories.values().find(|(id, _)| *id == category_id);
            changes.push((
                "category",
                Some(old.category.clone()),
                new_name.map(|(_, n)| n.clone()),
            ));
        }
        let (old_joined, old_left) = old.period.map_or((None, None), |(_, j, l)| (Some(j), l));
        let joined = if cols.has(Field::Joined) || !m.periods.is_empty() {
            m.joined
        } else {
            old_joined.unwrap_or(m.joined)
        };
        let left = if cols.has(Field::Left) || !m.periods.is_empty() {
            m.left
        } else {
            old_left
        };
        let mut history = History {
            periods: None,
            suspensions: None,
        };
        if cols.has(Field::Periods) || cols.has(Field::Suspensions) {
            let (periods, suspensions) = self.load_history(old.id)?;
            if !m.periods.is_empty() {
                let (was, now) = (periods_text(&periods), periods_text(&m.periods));
                if was != now {
                    changes.push(("periods", Some(was), Some(now)));
                    history.periods = Some(&m.periods);
                }
            }
            if cols.has(Field::Suspensions) {
                let (was, now) = (
                    suspensions_text(&suspensions),
                    suspensions_text(&m.suspensions),
                );
                if was != now {
                    let text = |t: String| Some(t).filter(|t| !t.is_empty());
                    changes.push(("suspensions", text(was), text(now)));
                    history.suspensions = Some(&m.suspensions);
                }
            }
        }
        if m.periods.is_empty() {
            if old_joined != Some(joined) {
                changes.push((
                    "joined",
                    old_joined.map(|d| d.to_string()),
                    Some(joined.to_string()),
                ));
            }
            if old_left != left {
                changes.push((
                    "left",
                    old_left.map(|d| d.to_string()),
                    left.map(|d| d.to_string()),
                ));
            }
        }
        if changes.is_empty() {
            self.report.unchanged += 1;
            return Ok(());
        }
        let check = NewMember {
            number: Some(number),
            data: merged.clone(),
            category: String::new(),
            joined,
            left,
            periods: m.periods.clone(),
            suspensions: Vec::new(),
        };
        if let Err(e) = check.validate(self.plan.today) {
            let field = e
                .field()
                .and_then(Field::from_name)
                .unwrap_or(Field::Number);
            self.problem_at(
                line,
                field,
                format!("with the registry's other values: {e}"),
            );
            return Ok(());
        }
        self.write_update(number, category_id, &old, &merged, joined, left)?;
        self.replace_history(old.id, &history)?;
        let (mut before, mut after) = (serde_json::Map::new(), serde_json::Map::new());
        for (f, o, n) in &changes {
            before.insert(
                (*f).to_string(),
                o.clone().map_or(Value::Null, Value::String),
            );
            after.insert(
                (*f).to_string(),
                n.clone().map_or(Value::Null, Value::String),
            );
        }
        let names: Vec<&str> = changes.iter().map(|(f, _, _)| *f).collect();
        self.tx.journal(Change {
            action: action::MEMBER_EDIT,
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(old.id),
            summary: format!(
                "changed {} of member {number} (import {})",
                names.join(", "),
                self.id
            ),
            old: Some(Value::Object(before)),
            new: Some(Value::Object(after)),
            ..Default::default()
        })?;
        self.report.changed += 1;
        for (f, o, n) in changes {
            self.report.changes_total += 1;
            if self.report.changes.len() < self.plan.max_changes {
                self.report.changes.push(FieldChange {
                    line,
                    number,
                    field: f.to_string(),
                    old: o,
                    new: n,
                });
            }
        }
        Ok(())
    }

    fn write_update(
        &self,
        number: i64,
        category_id: i64,
        old: &Existing,
        d: &MemberData,
        joined: NaiveDate,
        left: Option<NaiveDate>,
    ) -> anyhow::Result<()> {
        let keys = search_keys(number, d);
        let mut stmt = self.tx.conn.prepare_cached(&format!(
            "UPDATE member SET category_id = ?2, search_text = ?3, sort_name = ?4,
                 updated_at = ?5, {}
             WHERE id = ?1",
            fields::assignments(6)
        ))?;
        bind_fields(&mut stmt, 6, d)?;
        stmt.raw_bind_parameter(1, old.id)?;
        stmt.raw_bind_parameter(2, category_id)?;
        stmt.raw_bind_parameter(3, &keys.0)?;
        stmt.raw_bind_parameter(4, &keys.1)?;
        stmt.raw_bind_parameter(5, &self.at)?;
        stmt.raw_execute()?;
        drop(stmt);
        let (joined, left) = (iso_date(joined), left.map(iso_date));
        match old.period {
            Some((pid, _, _)) => self.tx.conn.execute(
                "UPDATE membership_period SET joined = ?2, left_on = ?3 WHERE id = ?1",
                params![pid, joined, left],
            )?,
            None => self.tx.conn.execute(
                "INSERT INTO membership_period (member_id, joined, left_on) VALUES (?1, ?2, ?3)",
                params![old.id, joined, left],
            )?,
        };
        Ok(())
    }
}

impl Importer<'_, '_> {
    /// Replaces the periods and suspensions the file gives whole.
    fn replace_history(&mut self, id: i64, h: &History<'_>) -> anyhow::Result<()> {
        if let Some(periods) = h.periods {
            self.tx
                .conn
                .execute("DELETE FROM membership_period WHERE member_id = ?1", [id])?;
            self.insert_history(id, periods, &[])?;
        }
        if let Some(suspensions) = h.suspensions {
            self.tx
                .conn
                .execute("DELETE FROM suspension WHERE member_id = ?1", [id])?;
            self.insert_history(id, &[], suspensions)?;
        }
        Ok(())
    }
}

fn copy_field(to: &mut MemberData, from: &MemberData, field: &str) {
    match fields::named(field) {
        Some(f) => f.copy(to, from),
        None => unreachable!("{field} is not in FIELDS"),
    }
}
