//! Exporting members: one query in member-number order, handed to the caller row by row (never
//! a list of the whole registry in memory). Periods and suspensions come from cursors of their
//! own, merged in, with their reasons (the export's `periods` and `suspensions` columns). Status
//! on any date is then decided by the domain (`status_on`), not written a second time in SQL.
//!
//! A row is first copied out of SQLite as it is stored (`RawMember`: the cells' bytes in one
//! buffer) and only then checked and turned into a `Member` (`RawMember::decode`), so that a
//! large export can do the second half on another thread. Both reuse their buffers from row to
//! row, so a million rows cost no million allocations.

use chrono::NaiveDate;
use rusqlite::types::{FromSqlError, ValueRef};
use rusqlite::{Row, Rows};

use super::ReadTx;
use crate::domain::import::fast_date;
use crate::domain::member::fields::{self, Slot};
use crate::domain::member::{Joined, Member, Period, Suspension};

/// Text cells as SQLite stored them, one after the other in one buffer.
#[derive(Debug, Default)]
struct Cells {
    bytes: Vec<u8>,
    /// Each cell's range in `bytes`; `None` for NULL.
    ranges: Vec<Option<(u32, u32)>>,
}

impl Cells {
    fn clear(&mut self) {
        self.bytes.clear();
        self.ranges.clear();
    }

    /// Copies cell `i` of `r`, which must be text or NULL (STRICT tables make it so).
    fn push(&mut self, r: &Row<'_>, i: usize) -> rusqlite::Result<()> {
        match r.get_ref(i)? {
            ValueRef::Null => self.ranges.push(None),
            ValueRef::Text(b) => {
                let start = self.bytes.len() as u32;
                self.bytes.extend_from_slice(b);
                self.ranges.push(Some((start, self.bytes.len() as u32)));
            }
            other => {
                return Err(rusqlite::Error::FromSqlConversionFailure(
                    i,
                    other.data_type(),
                    Box::new(FromSqlError::InvalidType),
                ));
            }
        }
        Ok(())
    }

    fn push_str(&mut self, s: &str) {
        let start = self.bytes.len() as u32;
        self.bytes.extend_from_slice(s.as_bytes());
        self.ranges.push(Some((start, self.bytes.len() as u32)));
    }

    fn append(&mut self, other: &Cells) {
        let shift = self.bytes.len() as u32;
        self.bytes.extend_from_slice(&other.bytes);
        self.ranges.extend(
            other
                .ranges
                .iter()
                .map(|r| r.map(|(a, b)| (a + shift, b + shift))),
        );
    }

    fn text(&self, i: usize) -> anyhow::Result<Option<&str>> {
        match self.ranges[i] {
            None => Ok(None),
            Some((a, b)) => Ok(Some(std::str::from_utf8(
                &self.bytes[a as usize..b as usize],
            )?)),
        }
    }

    fn date(&self, i: usize) -> anyhow::Result<Option<NaiveDate>> {
        Ok(self.text(i)?.and_then(|s| fast_date(s).ok()))
    }
}

/// The member's own cells: the field table's, then source and category; then 3 for each period
/// and 4 for each suspension.
const MEMBER_CELLS: usize = fields::COUNT + 2;
/// `SELECT` columns copied into the member's cells (the category's name comes from its id, the
/// column after these).
const MEMBER_COLUMNS: std::ops::Range<usize> = 2..2 + fields::COUNT + 1;
const CATEGORY_ID: usize = MEMBER_COLUMNS.end;
const PERIOD_CELLS: usize = 3;
const SUSPENSION_CELLS: usize = 4;

/// A member as stored, not yet checked: what the reading thread hands on.
#[derive(Debug, Default)]
pub struct RawMember {
    id: i64,
    number: i64,
    cells: Cells,
    periods: usize,
    suspensions: usize,
}

impl RawMember {
    /// Overwrites `m` with this member; fields the export does not read are left as they are.
    pub fn decode(&self, m: &mut Member) -> anyhow::Result<()> {
        let c = &self.cells;
        m.id = self.id;
        m.number = self.number;
        let d = &mut m.data;
        for (i, f) in fields::TABLE.iter().enumerate() {
            match f.value {
                Slot::Text(_, text) => set(text(d), c.text(i)?),
                Slot::Date(_, date) => *date(d) = c.date(i)?,
            }
        }
        set_string(&mut m.source, c.text(fields::COUNT)?.unwrap_or(""));
        set_string(&mut m.category, c.text(fields::COUNT + 1)?.unwrap_or(""));
        m.periods.clear();
        let mut at = MEMBER_CELLS;
        for _ in 0..self.periods {
            m.periods.push(Period {
                joined: Joined::from(c.date(at)?),
                left: c.date(at + 1)?,
                reason: c.text(at + 2)?.map(str::to_string),
            });
            at += PERIOD_CELLS;
        }
        m.suspensions.clear();
        for _ in 0..self.suspensions {
            m.suspensions.push(Suspension {
                starts: c.date(at)?.unwrap_or_default(),
                until: c.date(at + 1)?,
                lifted_on: c.date(at + 2)?,
                reason: c.text(at + 3)?.unwrap_or("").to_string(),
            });
            at += SUSPENSION_CELLS;
        }
        Ok(())
    }
}

/// Overwrites `dst` with `src`, keeping the allocation when there is one.
fn set(dst: &mut Option<String>, src: Option<&str>) {
    match (dst.as_mut(), src) {
        (Some(d), Some(s)) => {
            d.clear();
            d.push_str(s);
        }
        (None, Some(s)) => *dst = Some(s.to_string()),
        (_, None) => *dst = None,
    }
}

fn set_string(dst: &mut String, src: &str) {
    dst.clear();
    dst.push_str(src);
}

/// A row read ahead of the member it belongs to: its key (member id or number) and its cells.
#[derive(Default)]
struct Pending {
    key: Option<i64>,
    cells: Cells,
}

impl Pending {
    /// Reads the next row of `rows` (key in column 0, `n` cells after it).
    fn advance(&mut self, rows: &mut Rows<'_>, n: usize) -> rusqlite::Result<()> {
        self.cells.clear();
        self.key = match rows.next()? {
            Some(r) => {
                for i in 1..=n {
                    self.cells.push(r, i)?;
                }
                Some(r.get(0)?)
            }
            None => None,
        };
        Ok(())
    }

    /// Moves every row keyed `key` into `into`, skipping rows keyed below it; the count moved.
    fn take_up_to(
        &mut self,
        key: i64,
        rows: &mut Rows<'_>,
        n: usize,
        into: &mut Cells,
    ) -> rusqlite::Result<usize> {
        let mut moved = 0;
        while let Some(k) = self.key.filter(|&k| k <= key) {
            if k == key {
                into.append(&self.cells);
                moved += 1;
            }
            self.advance(rows, n)?;
        }
        Ok(moved)
    }
}

impl ReadTx<'_> {
    /// Every member that is not erased (only `category`'s, if given), by number, handed to
    /// `each` one at a time. Erased members have no data left to export.
    pub fn export_members(
        &self,
        category: Option<&str>,
        mut each: impl FnMut(&Member) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut m = Member::default();
        self.export_raw(category, |raw| {
            raw.decode(&mut m)?;
            each(&m)
        })
    }

    /// As `export_members`, each member as stored, for `RawMember::decode` to check elsewhere.
    /// `each` may swap the value for another (`ops::member::pipeline` does): every part of it is
    /// overwritten for the next row.
    pub fn export_raw(
        &self,
        category: Option<&str>,
        mut each: impl FnMut(&mut RawMember) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let only = match category {
            Some(c) => Some(self.category_required(c)?.0),
            None => None,
        };
        // A handful of categories, looked up for every row: a sorted list is searched faster
        // than a hash map is hashed.
        let mut stmt = self
            .conn
            .prepare("SELECT id, name FROM category ORDER BY id")?;
        let names = stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut susp_stmt = self.conn.prepare(
            "SELECT m.number, s.starts, s.until, s.lifted_on, s.reason
             FROM suspension s JOIN member m ON m.id = s.member_id
             WHERE m.erased_at IS NULL ORDER BY m.number, s.starts",
        )?;
        let mut susp = susp_stmt.query([])?;
        let mut next_susp = Pending::default();
        next_susp.advance(&mut susp, SUSPENSION_CELLS)?;

        // Periods are merged in from a second cursor in member-id order: a join would look up
        // each member's periods from the top of the index, which costs more than the rest of
        // the export. Members come in number order; as long as their ids rise too (the usual
        // case: numbers are handed out in the order members are registered) the cursor serves
        // them, and a member out of that order has its periods looked up on its own.
        let mut period_stmt = self.conn.prepare(
            "SELECT member_id, joined, left_on, leave_reason FROM membership_period ORDER BY member_id, joined",
        )?;
        let mut period_rows = period_stmt.query([])?;
        let mut next_period = Pending::default();
        next_period.advance(&mut period_rows, PERIOD_CELLS)?;
        let mut merged_up_to = i64::MIN;
        let mut lookup = self.conn.prepare(
            "SELECT member_id, joined, left_on, leave_reason FROM membership_period WHERE member_id = ?1 ORDER BY joined",
        )?;

        // Without a category, no per-row test for one.
        let mut stmt = self.conn.prepare(&format!(
            "SELECT m.id, m.number, {}, m.source, m.category_id
             FROM member m WHERE m.erased_at IS NULL {} ORDER BY m.number",
            fields::columns("m."),
            if only.is_some() {
                "AND m.category_id = ?1"
            } else {
                ""
            }
        ))?;
        let mut rows = match only {
            Some(id) => stmt.query([id])?,
            None => stmt.query([])?,
        };
        let mut m = RawMember::default();
        while let Some(r) = rows.next()? {
            m.id = r.get(0)?;
            m.number = r.get(1)?;
            m.cells.clear();
            for i in MEMBER_COLUMNS {
                m.cells.push(r, i)?;
            }
            let category_id: i64 = r.get(CATEGORY_ID)?;
            let name = names
                .binary_search_by_key(&category_id, |(id, _)| *id)
                .map_or("", |i| names[i].1.as_str());
            m.cells.push_str(name);
            m.periods = if m.id > merged_up_to {
                merged_up_to = m.id;
                next_period.take_up_to(m.id, &mut period_rows, PERIOD_CELLS, &mut m.cells)?
            } else {
                let mut found = lookup.query([m.id])?;
                let mut own = Pending::default();
                own.advance(&mut found, PERIOD_CELLS)?;
                own.take_up_to(m.id, &mut found, PERIOD_CELLS, &mut m.cells)?
            };
            m.suspensions =
                next_susp.take_up_to(m.number, &mut susp, SUSPENSION_CELLS, &mut m.cells)?;
            each(&mut m)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_reuses_or_replaces_the_value() {
        let mut v = Some(String::from("Jansen"));
        set(&mut v, Some("Bakker"));
        assert_eq!(v.as_deref(), Some("Bakker"));
        set(&mut v, None);
        assert_eq!(v, None);
        set(&mut v, Some("Visser"));
        assert_eq!(v.as_deref(), Some("Visser"));
    }
}
