//! What an import reads of a member whose number is taken, and how it writes the merge that
//! `domain::import::policy::merge` made of it (`--update`).

use chrono::NaiveDate;
use rusqlite::params;

use super::{Importer, Merge, Registered, search_keys};
use crate::domain::import::iso_date;
use crate::domain::member::fields::{self, Slot};
use crate::domain::member::{Joined, MemberData, Period, Suspension};
use crate::store::members::bind_fields;

impl Importer<'_, '_> {
    /// The member with this number, which an insert found taken.
    pub fn registered(&self, number: i64) -> anyhow::Result<Registered> {
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
                Some(pid) => Some((pid, Joined::from(date(r.get(6)?)), date(r.get(7)?))),
                None => None,
            };
            let mut data = MemberData::default();
            for (i, f) in fields::TABLE.iter().enumerate() {
                match f.value {
                    Slot::Text(_, text) => *text(&mut data) = r.get(8 + i)?,
                    Slot::Date(_, day) => *day(&mut data) = date(r.get(8 + i)?),
                }
            }
            let source: String = r.get(1)?;
            Ok(Registered {
                id: r.get(0)?,
                added_by_line: source
                    .strip_prefix(&self.prefix)
                    .and_then(|l| l.parse::<u64>().ok()),
                erased: r.get(2)?,
                data,
                category_id: r.get(3)?,
                category: r.get(4)?,
                period,
            })
        })?)
    }

    /// The periods and suspensions of the member with internal id `id`.
    pub fn history(&self, id: i64) -> anyhow::Result<(Vec<Period>, Vec<Suspension>)> {
        let date = |s: Option<String>| s.and_then(|s| s.parse::<NaiveDate>().ok());
        let mut stmt = self.tx.conn.prepare_cached(
            "SELECT joined, left_on, leave_reason FROM membership_period WHERE member_id = ?1 ORDER BY joined",
        )?;
        let periods = stmt
            .query_map([id], |r| {
                Ok(Period {
                    joined: Joined::from(date(r.get(0)?)),
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

    /// Writes `merge` over the member `old` (as `number`, in category `category_id`); the caller
    /// journals it.
    pub fn update(
        &mut self,
        number: i64,
        category_id: i64,
        old: &Registered,
        merge: &Merge<'_>,
    ) -> anyhow::Result<()> {
        self.write_update(
            number,
            category_id,
            old,
            &merge.data,
            merge.joined,
            merge.left,
        )?;
        if let Some(periods) = merge.periods {
            self.tx.conn.execute(
                "DELETE FROM membership_period WHERE member_id = ?1",
                [old.id],
            )?;
            self.insert_history(old.id, periods, &[])?;
        }
        if let Some(suspensions) = merge.suspensions {
            self.tx
                .conn
                .execute("DELETE FROM suspension WHERE member_id = ?1", [old.id])?;
            self.insert_history(old.id, &[], suspensions)?;
        }
        Ok(())
    }

    fn write_update(
        &self,
        number: i64,
        category_id: i64,
        old: &Registered,
        d: &MemberData,
        joined: Joined,
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
        let (joined, left) = (joined.date().map(iso_date), left.map(iso_date));
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
