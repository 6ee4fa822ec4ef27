//! Member rows: adding, reading and listing members with their periods and suspensions.
//! Changes to existing members are in `member_changes.rs`.

use anyhow::Context as _;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension as _, params};
use serde_json::{Value, json};

use super::{Change, ReadTx, WriteTx};
use crate::domain::DomainError;
use crate::domain::journal::action;
use crate::domain::member::{
    Likeness, Member, MemberData, NewMember, Period, Suspension, likely_duplicate,
};
use crate::domain::roll::{Selection, status_on};
use crate::domain::text::{fold, sort_name};

/// Order of `member list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Family name without prefix, then given name (Dutch register order).
    #[default]
    Name,
    Number,
    /// Start of the current or last membership period.
    Joined,
}

/// Filters for listing members.
#[derive(Debug, Clone, Default)]
pub struct MemberFilter {
    /// The date status is judged on.
    pub on: NaiveDate,
    /// Judged by the voting roll's status (`domain::roll`), never a second time in SQL.
    pub status: Selection,
    pub category: Option<String>,
    /// Case- and accent-insensitive text in number, names, e-mail or city.
    pub search: Option<String>,
    pub sort: SortBy,
}

/// Text the search looks in: number, names, e-mail and city, folded.
pub(crate) fn search_text(number: i64, d: &MemberData) -> String {
    let parts = [
        Some(number.to_string()),
        d.given_name.clone(),
        d.name_prefix.clone(),
        d.family_name.clone(),
        d.email.clone(),
        d.city.clone(),
        d.external_code.clone(),
    ];
    fold(&parts.into_iter().flatten().collect::<Vec<_>>().join(" "))
}

pub(crate) fn register_sort_name(d: &MemberData) -> String {
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

fn date(s: Option<String>) -> rusqlite::Result<Option<NaiveDate>> {
    s.map(|s| {
        s.parse::<NaiveDate>().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
        })
    })
    .transpose()
}

fn member_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Member> {
    Ok(Member {
        id: r.get("id")?,
        number: r.get("number")?,
        data: MemberData {
            given_name: r.get("given_name")?,
            name_prefix: r.get("name_prefix")?,
            family_name: r.get("family_name")?,
            email: r.get("email")?,
            phone: r.get("phone")?,
            phone2: r.get("phone2")?,
            external_code: r.get("external_code")?,
            street: r.get("street")?,
            postcode: r.get("postcode")?,
            city: r.get("city")?,
            country: r.get("country")?,
            birth_date: date(r.get("birth_date")?)?,
            email_consent: date(r.get("email_consent")?)?,
            notes: r.get("notes")?,
        },
        category: r.get("category")?,
        source: r.get("source")?,
        erased_at: r.get("erased_at")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
        periods: Vec::new(),
        suspensions: Vec::new(),
    })
}

const MEMBER_SELECT: &str =
    "SELECT m.*, c.name AS category FROM member m JOIN category c ON c.id = m.category_id";

impl ReadTx<'_> {
    /// Members (not erased) that `new` likely duplicates, by number, with why
    /// (`member::likely_duplicate` decides; this query only narrows the candidates).
    pub fn likely_duplicates(&self, new: &MemberData) -> anyhow::Result<Vec<(Member, Likeness)>> {
        let mut stmt = self.conn.prepare(&format!(
            "{MEMBER_SELECT} WHERE m.erased_at IS NULL
                 AND ((?1 IS NOT NULL AND lower(m.email) = lower(?1))
                      OR (?2 IS NOT NULL AND m.birth_date = ?2))
             ORDER BY m.number"
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
                &format!("{MEMBER_SELECT} WHERE m.number = ?1"),
                [number],
                member_from_row,
            )
            .optional()?;
        let Some(mut m) = found else {
            return Err(DomainError::NotFound(format!(
                "no member with number {number}; `quorum member list --status all --search …` finds members"
            ))
            .into());
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
                joined: date(r.get(0)?)?.unwrap_or_default(),
                left: date(r.get(1)?)?,
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
                starts: date(r.get(0)?)?.unwrap_or_default(),
                until: date(r.get(1)?)?,
                reason: r.get(2)?,
                lifted_on: date(r.get(3)?)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Members matching `f`, in the order asked, with periods and suspensions.
    pub fn list_members(&self, f: &MemberFilter) -> anyhow::Result<Vec<Member>> {
        let mut members = Vec::new();
        self.for_each_member(f, |m| {
            members.push(m);
            Ok(())
        })?;
        Ok(members)
    }

    /// The members `f` selects, one at a time, in the order it asks for: a listing of any
    /// length in flat memory.
    pub fn for_each_member(
        &self,
        f: &MemberFilter,
        mut each: impl FnMut(Member) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let order = match f.sort {
            SortBy::Name => "m.sort_name, m.number",
            SortBy::Number => "m.number",
            SortBy::Joined => {
                "(SELECT MAX(joined) FROM membership_period p WHERE p.member_id = m.id), m.number"
            }
        };
        let sql = format!(
            "{MEMBER_SELECT} WHERE (:category IS NULL OR c.name = :category)
               AND (:search IS NULL OR m.search_text LIKE '%' || :search || '%' ESCAPE '\\')
             ORDER BY {order}"
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
        let rows = stmt.query_map(
            rusqlite::named_params! {":category": f.category.as_deref().map(str::trim), ":search": search},
            member_from_row,
        )?;
        for m in rows {
            let mut m = m?;
            m.periods = self.periods(m.id)?;
            m.suspensions = self.suspensions(m.id)?;
            if f.status.admits(status_on(&m.periods, &m.suspensions, f.on)) {
                each(m)?;
            }
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
        self.conn
            .execute(
                "INSERT INTO member (number, given_name, name_prefix, family_name, email, phone, street,
                     postcode, city, country, birth_date, category_id, email_consent, notes,
                     search_text, sort_name, source, created_at, updated_at, phone2, external_code)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18, ?19, ?20)",
                params![
                    number,
                    d.given_name,
                    d.name_prefix,
                    d.family_name,
                    d.email,
                    d.phone,
                    d.street,
                    d.postcode,
                    d.city,
                    d.country,
                    d.birth_date.map(|x| x.to_string()),
                    category_id,
                    d.email_consent.map(|x| x.to_string()),
                    d.notes,
                    search_text(number, d),
                    register_sort_name(d),
                    source,
                    at,
                    d.phone2,
                    d.external_code
                ],
            )
            .context("adding the member")?;
        let id = self.conn.last_insert_rowid();
        self.conn.execute(
            "INSERT INTO membership_period (member_id, joined, left_on) VALUES (?1, ?2, ?3)",
            params![id, m.joined.to_string(), m.left.map(|l| l.to_string())],
        )?;
        let mut new = data_json(d);
        new["category"] = json!(m.category);
        new["joined"] = json!(m.joined.to_string());
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
