//! Member rows: adding, reading and listing members with their periods and suspensions.
//! Changes to existing members are in `member_changes.rs`.

use crate::domain::msg::msg;
use anyhow::Context as _;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension as _, params};
use serde_json::{Value, json};

use super::{Change, ReadTx, WriteTx};
use crate::domain::DomainError;
use crate::domain::journal::action;
use crate::domain::member::fields::{self, Slot};
use crate::domain::member::{
    Joined, Likeness, Member, MemberData, NewMember, Period, Suspension, likely_duplicate,
};
use crate::domain::roll::status_on;
use crate::domain::text::{fold, sort_name};

pub use crate::domain::member::{MemberFilter, SortBy};

/// Text the search looks in: number, names, e-mail and city, folded.
pub(crate) fn search_text(number: i64, d: &MemberData) -> String {
    let number = number.to_string();
    let parts = std::iter::once(Some(number.as_str())).chain(fields::searched(d));
    fold(&parts.flatten().collect::<Vec<_>>().join(" "))
}

pub(crate) fn register_sort_name(d: &MemberData) -> String {
    // An organisation sorts by its name as written: "De Wilgen" under D, as a register of
    // clubs has it; only a person's family name loses its prefix.
    if let (None, Some(o)) = (&d.family_name, &d.organisation) {
        return format!("{}\u{1}", fold(o.trim()));
    }
    sort_name(
        d.name_prefix.as_deref(),
        d.family_name.as_deref().unwrap_or(""),
        d.given_name.as_deref().unwrap_or(""),
    )
}

/// The member's fields as JSON, for journal payloads.
pub(crate) fn data_json(d: &MemberData) -> Value {
    let mut map = serde_json::Map::new();
    for (k, v) in crate::domain::member::FIELDS.iter().zip(d.as_texts()) {
        map.insert((*k).to_string(), v.map_or(Value::Null, Value::String));
    }
    Value::Object(map)
}

/// Binds the field table's values to `stmt`, the first at parameter `first`: text as it is, dates
/// in ISO 8601.
pub(crate) fn bind_fields(
    stmt: &mut rusqlite::Statement<'_>,
    first: usize,
    d: &MemberData,
) -> rusqlite::Result<()> {
    for (i, f) in fields::TABLE.iter().enumerate() {
        match f.value {
            Slot::Text(get, _) => stmt.raw_bind_parameter(first + i, get(d))?,
            Slot::Date(get, _) => {
                stmt.raw_bind_parameter(first + i, get(d).map(|x| x.to_string()))?
            }
        }
    }
    Ok(())
}

/// A stored date: the ISO form the store writes, read without the general parser; anything
/// else goes through `NaiveDate`'s parser (and fails as before).
fn parse_stored_date(s: &str) -> rusqlite::Result<NaiveDate> {
    if let Some(date) = crate::domain::import::quick_iso_date(s) {
        return Ok(date);
    }
    s.parse::<NaiveDate>().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn date_at(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
    r.get_ref(i)?
        .as_str_or_null()?
        .map(parse_stored_date)
        .transpose()
}

/// The member columns `member_from_row` reads, by position (a lookup by name costs a string
/// comparison per column per row): id, number, the field table's columns, then the rest.
fn member_columns() -> &'static str {
    static COLUMNS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    COLUMNS.get_or_init(|| {
        format!(
            "m.id, m.number, {}, c.name, m.source, m.erased_at, m.created_at, m.updated_at",
            fields::columns("m.")
        )
    })
}
/// Columns after `member_columns` start here.
const AFTER_MEMBER: usize = 2 + fields::COUNT + 5;

fn member_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Member> {
    let mut data = MemberData::default();
    for (i, f) in fields::TABLE.iter().enumerate() {
        match f.value {
            Slot::Text(_, set) => *set(&mut data) = r.get(2 + i)?,
            Slot::Date(_, set) => *set(&mut data) = date_at(r, 2 + i)?,
        }
    }
    let rest = 2 + fields::COUNT;
    Ok(Member {
        id: r.get(0)?,
        number: r.get(1)?,
        data,
        category: r.get(rest)?,
        source: r.get(rest + 1)?,
        erased_at: r.get(rest + 2)?,
        created_at: r.get(rest + 3)?,
        updated_at: r.get(rest + 4)?,
        periods: Vec::new(),
        suspensions: Vec::new(),
    })
}

fn member_select() -> String {
    format!(
        "SELECT {} FROM member m JOIN category c ON c.id = m.category_id",
        member_columns()
    )
}

impl ReadTx<'_> {
    /// Members (not erased) that `new` likely duplicates, by number, with why
    /// (`member::likely_duplicate` decides; this query only narrows the candidates).
    pub fn likely_duplicates(&self, new: &MemberData) -> anyhow::Result<Vec<(Member, Likeness)>> {
        let mut stmt = self.conn.prepare(&format!(
            "{} WHERE m.erased_at IS NULL
                 AND ((?1 IS NOT NULL AND lower(m.email) = lower(?1))
                      OR (?2 IS NOT NULL AND m.birth_date = ?2))
             ORDER BY m.number",
            member_select()
        ))?;
        let birth = new.birth_date.map(|d| d.to_string());
        let candidates: Vec<Member> = stmt
            .query_map(
                params![new.email.as_deref().map(str::trim), birth],
                member_from_row,
            )?
            .collect::<rusqlite::Result<_>>()?;
        Ok(candidates
            .into_iter()
            .filter_map(|m| likely_duplicate(new, &m.data).map(|why| (m, why)))
            .collect())
    }

    /// The next free member number: one more than the highest.
    pub fn next_member_number(&self) -> anyhow::Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT COALESCE(MAX(number), 0) + 1 FROM member", [], |r| {
                r.get(0)
            })?)
    }

    /// The number of the member with this internal id.
    pub fn member_number(&self, id: i64) -> anyhow::Result<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT number FROM member WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?)
    }

    /// Internal id of the member with this number.
    pub fn member_id(&self, number: i64) -> anyhow::Result<Option<i64>> {
        Ok(self
            .conn
            .query_row("SELECT id FROM member WHERE number = ?1", [number], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// The member with this number, with periods and suspensions; NotFound names the number.
    pub fn member(&self, number: i64) -> anyhow::Result<Member> {
        let found = self
            .conn
            .query_row(
                &format!("{} WHERE m.number = ?1", member_select()),
                [number],
                member_from_row,
            )
            .optional()?;
        let Some(mut m) = found else {
            return Err(DomainError::Missing(msg!("lookup-member", number = number)).into());
        };
        m.periods = self.periods(m.id)?;
        m.suspensions = self.suspensions(m.id)?;
        Ok(m)
    }

    pub(crate) fn periods(&self, member_id: i64) -> anyhow::Result<Vec<Period>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT joined, left_on, leave_reason FROM membership_period WHERE member_id = ?1 ORDER BY joined",
        )?;
        let rows = stmt.query_map([member_id], |r| {
            Ok(Period {
                joined: Joined::from(date_at(r, 0)?),
                left: date_at(r, 1)?,
                reason: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub(crate) fn suspensions(&self, member_id: i64) -> anyhow::Result<Vec<Suspension>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT starts, until, reason, lifted_on FROM suspension WHERE member_id = ?1 ORDER BY starts, id",
        )?;
        let rows = stmt.query_map([member_id], |r| {
            Ok(Suspension {
                starts: date_at(r, 0)?.unwrap_or_default(),
                until: date_at(r, 1)?,
                reason: r.get(2)?,
                lifted_on: date_at(r, 3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Members matching `f`, in the order asked, with periods and suspensions.
    pub fn list_members(&self, f: &MemberFilter) -> anyhow::Result<Vec<Member>> {
        let mut members = Vec::new();
        self.for_each_member(f, |m| {
            members.push(m.clone());
            Ok(())
        })?;
        Ok(members)
    }

    /// The members `f` selects, one at a time, in the order it asks for: a listing of any
    /// length in flat memory.
    ///
    /// One query: each member comes with its periods joined in (one row per period, the
    /// member's rows together since the order ends in the unique number), and a flag for
    /// whether it has suspensions at all; only members that have some have them looked up.
    pub fn for_each_member(
        &self,
        f: &MemberFilter,
        mut each: impl FnMut(&Member) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let order = match f.sort {
            SortBy::Name => "m.sort_name, m.number",
            SortBy::Number => "m.number",
            SortBy::Joined => {
                "(SELECT MAX(joined) FROM membership_period p WHERE p.member_id = m.id), m.number"
            }
        };
        let sql = format!(
            "SELECT {}, p.joined, p.left_on, p.leave_reason,
                    EXISTS (SELECT 1 FROM suspension s WHERE s.member_id = m.id),
                    p.id IS NOT NULL
             FROM member m JOIN category c ON c.id = m.category_id
               LEFT JOIN membership_period p ON p.member_id = m.id
             WHERE (:category IS NULL OR c.name = :category)
               AND (:search IS NULL OR m.search_text LIKE '%' || :search || '%' ESCAPE '\\')
             ORDER BY {order}",
            member_columns()
        );
        let search = f.search.as_deref().map(|s| {
            fold(s.trim())
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        });
        if let Some(c) = &f.category {
            self.category_required(c)?;
        }
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(
            rusqlite::named_params! {":category": f.category.as_deref().map(str::trim), ":search": search},
        )?;
        let mut emit = |m: &mut Member| -> anyhow::Result<()> {
            // The order `periods` gives them in.
            m.periods.sort_by_key(|p| p.joined);
            if f.status.admits(status_on(&m.periods, &m.suspensions, f.on)) {
                each(m)?;
            }
            Ok(())
        };
        let mut current: Option<Member> = None;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            if current.as_ref().is_none_or(|m| m.id != id) {
                if let Some(m) = current.as_mut() {
                    emit(m)?;
                }
                let mut m = member_from_row(r)?;
                if r.get::<_, bool>(AFTER_MEMBER + 3)? {
                    m.suspensions = self.suspensions(id)?;
                }
                current = Some(m);
            }
            let m = current.as_mut().expect("set above");
            // A period with an unknown start has a NULL `joined`; only a member without any
            // period has no `p.id`.
            if r.get::<_, bool>(AFTER_MEMBER + 4)? {
                m.periods.push(Period {
                    joined: Joined::from(date_at(r, AFTER_MEMBER)?),
                    left: date_at(r, AFTER_MEMBER + 1)?,
                    reason: r.get(AFTER_MEMBER + 2)?,
                });
            }
        }
        if let Some(m) = current.as_mut() {
            emit(m)?;
        }
        Ok(())
    }
}

impl WriteTx<'_> {
    /// Adds a member with its first membership period (journaled). Validation is the caller's
    /// (it knows today); this checks what needs the registry: the number and the category.
    pub fn add_member(&self, m: &NewMember, source: &str) -> anyhow::Result<Member> {
        let number = match m.number {
            Some(n) => n,
            None => self.next_member_number()?,
        };
        if self.member_id(number)?.is_some() {
            return Err(
                DomainError::invalid("number", format!("member number {number} is taken")).into(),
            );
        }
        let (category_id, _) = self.category_required(&m.category)?;
        let at = self.actor().at_rfc3339();
        let d = &m.data;
        let sql = format!(
            "INSERT INTO member (number, category_id, search_text, sort_name, source, created_at,
                 updated_at, {})
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, {})",
            fields::columns(""),
            fields::placeholders(7)
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        bind_fields(&mut stmt, 7, d)?;
        stmt.raw_bind_parameter(1, number)?;
        stmt.raw_bind_parameter(2, category_id)?;
        stmt.raw_bind_parameter(3, search_text(number, d))?;
        stmt.raw_bind_parameter(4, register_sort_name(d))?;
        stmt.raw_bind_parameter(5, source)?;
        stmt.raw_bind_parameter(6, &at)?;
        stmt.raw_execute().context("adding the member")?;
        let id = self.conn.last_insert_rowid();
        self.conn.execute(
            "INSERT INTO membership_period (member_id, joined, left_on) VALUES (?1, ?2, ?3)",
            params![id, m.joined.iso(), m.left.map(|l| l.to_string())],
        )?;
        let mut new = data_json(d);
        new["category"] = json!(m.category);
        new["joined"] = json!(m.joined.iso());
        self.journal(Change {
            action: action::MEMBER_ADD,
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(id),
            summary: format!("added member {number}"),
            new: Some(new),
            ..Default::default()
        })?;
        self.member(number)
    }
}
