//! Exporting members: one query in member-number order, handed to the caller row by row (never
//! a list of the whole registry in memory). Periods and suspensions come from cursors of their
//! own, merged in, with their reasons (the export's `periods` and `suspensions` columns). Status on any date is then decided by the domain (`status_on`), not written a
//! second time in SQL. One `Member` value is reused for every row, so a million rows cost no
//! million allocations.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Row;

use super::ReadTx;
use crate::domain::import::fast_date;
use crate::domain::member::{Member, MemberData, Period, Suspension};

fn date(s: Option<&str>) -> Option<NaiveDate> {
    s.and_then(|s| fast_date(s).ok())
}

fn text<'r>(r: &'r Row<'_>, i: usize) -> rusqlite::Result<Option<&'r str>> {
    Ok(r.get_ref(i)?.as_str_or_null()?)
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

fn fill(m: &mut Member, r: &Row<'_>, categories: &mut Categories) -> rusqlite::Result<()> {
    m.id = r.get(0)?;
    m.number = r.get(1)?;
    let d = &mut m.data;
    set(&mut d.given_name, text(r, 2)?);
    set(&mut d.name_prefix, text(r, 3)?);
    set(&mut d.family_name, text(r, 4)?);
    set(&mut d.email, text(r, 5)?);
    set(&mut d.phone, text(r, 6)?);
    set(&mut d.phone2, text(r, 16)?);
    set(&mut d.external_code, text(r, 17)?);
    set(&mut d.street, text(r, 7)?);
    set(&mut d.postcode, text(r, 8)?);
    set(&mut d.city, text(r, 9)?);
    set(&mut d.country, text(r, 10)?);
    d.birth_date = date(text(r, 11)?);
    d.email_consent = date(text(r, 12)?);
    set(&mut d.notes, text(r, 13)?);
    let category_id: i64 = r.get(14)?;
    // Most rows have the category of the row before.
    if categories.last != Some(category_id) {
        categories.last = Some(category_id);
        set_string(
            &mut m.category,
            categories
                .names
                .get(&category_id)
                .map_or("", String::as_str),
        );
    }
    set_string(&mut m.source, text(r, 15)?.unwrap_or(""));
    m.periods.clear();
    m.suspensions.clear();
    Ok(())
}

/// Category names by id, and the id whose name `Member::category` holds now.
struct Categories {
    names: HashMap<i64, String>,
    last: Option<i64>,
}

impl ReadTx<'_> {
    /// Every member that is not erased (only `category`'s, if given), by number, handed to
    /// `each` one at a time. Erased members have no data left to export.
    pub fn export_members(
        &self,
        category: Option<&str>,
        mut each: impl FnMut(&Member) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let only = match category {
            Some(c) => Some(self.category_required(c)?.0),
            None => None,
        };
        let mut names = HashMap::new();
        let mut stmt = self.conn.prepare("SELECT id, name FROM category")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (id, name) = row?;
            names.insert(id, name);
        }
        let mut names = Categories { names, last: None };
        let mut susp_stmt = self.conn.prepare(
            "SELECT m.number, s.starts, s.until, s.lifted_on, s.reason
             FROM suspension s JOIN member m ON m.id = s.member_id
             WHERE m.erased_at IS NULL ORDER BY m.number, s.starts",
        )?;
        let mut susp = susp_stmt.query([])?;
        let read_susp =
            |susp: &mut rusqlite::Rows<'_>| -> rusqlite::Result<Option<(i64, Suspension)>> {
                Ok(match susp.next()? {
                    Some(r) => Some((
                        r.get(0)?,
                        Suspension {
                            starts: date(text(r, 1)?).unwrap_or_default(),
                            until: date(text(r, 2)?),
                            reason: text(r, 4)?.unwrap_or("").to_string(),
                            lifted_on: date(text(r, 3)?),
                        },
                    )),
                    None => None,
                })
            };
        let mut next_susp = read_susp(&mut susp)?;

        // Periods are merged in from a second cursor in member-id order: a join would look up
        // each member's periods from the top of the index, which costs more than the rest of
        // the export. Members come in number order; as long as their ids rise too (the usual
        // case: numbers are handed out in the order members are registered) the cursor serves
        // them, and a member out of that order has its periods looked up on its own.
        let mut period_stmt = self.conn.prepare(
            "SELECT member_id, joined, left_on, leave_reason FROM membership_period ORDER BY member_id, joined",
        )?;
        let mut period_rows = period_stmt.query([])?;
        let read_period =
            |rows: &mut rusqlite::Rows<'_>| -> rusqlite::Result<Option<(i64, Period)>> {
                Ok(match rows.next()? {
                    Some(r) => Some((
                        r.get(0)?,
                        Period {
                            joined: date(text(r, 1)?).unwrap_or_default(),
                            left: date(text(r, 2)?),
                            reason: text(r, 3)?.map(str::to_string),
                        },
                    )),
                    None => None,
                })
            };
        let mut next_period = read_period(&mut period_rows)?;
        let mut merged_up_to = i64::MIN;
        let mut lookup = self.conn.prepare(
            "SELECT member_id, joined, left_on, leave_reason FROM membership_period WHERE member_id = ?1 ORDER BY joined",
        )?;

        // Without a category, no per-row test for one.
        let mut stmt = self.conn.prepare(&format!(
            "SELECT m.id, m.number, m.given_name, m.name_prefix, m.family_name, m.email, m.phone,
                    m.street, m.postcode, m.city, m.country, m.birth_date, m.email_consent, m.notes,
                    m.category_id, m.source, m.phone2, m.external_code
             FROM member m WHERE m.erased_at IS NULL {} ORDER BY m.number",
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
        let mut m = Member {
            id: 0,
            number: 0,
            data: MemberData::default(),
            category: String::new(),
            source: String::new(),
            erased_at: None,
            created_at: String::new(),
            updated_at: String::new(),
            periods: Vec::new(),
            suspensions: Vec::new(),
        };
        while let Some(r) = rows.next()? {
            fill(&mut m, r, &mut names)?;
            if m.id > merged_up_to {
                merged_up_to = m.id;
                while let Some((id, p)) = next_period.take() {
                    if id > m.id {
                        next_period = Some((id, p));
                        break;
                    }
                    if id == m.id {
                        m.periods.push(p);
                    }
                    next_period = read_period(&mut period_rows)?;
                }
            } else {
                let mut found = lookup.query([m.id])?;
                while let Some((_, p)) = read_period(&mut found)? {
                    m.periods.push(p);
                }
            }
            while let Some((n, s)) = next_susp.take() {
                if n > m.number {
                    next_susp = Some((n, s));
                    break;
                }
                if n == m.number {
                    m.suspensions.push(s);
                }
                next_susp = read_susp(&mut susp)?;
            }
            each(&m)?;
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
