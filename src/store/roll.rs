//! The one query that feeds the voting roll (`domain::roll`): every member with the periods,
//! suspensions, arrears, birth date and category it needs, in register order (as `member list`),
//! handed to the caller one by one. Four statements in all, whatever the number of members, so a
//! meeting's snapshot of 100,000 members costs no query per member. Arrears changes are here too.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::params;
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::DomainError;
use crate::domain::category::Category;
use crate::domain::member::{Period, Suspension};
use crate::domain::roll::{
    Arrears, Standing, Voter, VotingRules, check_arrears, check_clear_arrears, standing,
};

/// One member as the roll sees it.
#[derive(Debug, Clone)]
pub struct RollMember {
    pub id: i64,
    pub number: i64,
    pub name: String,
    pub category: String,
    pub birth_date: Option<NaiveDate>,
    pub periods: Vec<Period>,
    pub suspensions: Vec<Suspension>,
    pub arrears: Vec<Arrears>,
}

impl RollMember {
    pub fn voter(&self) -> Voter<'_> {
        Voter {
            periods: &self.periods,
            suspensions: &self.suspensions,
            arrears: &self.arrears,
            birth_date: self.birth_date,
        }
    }
}

fn date(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|s| s.parse().ok())
}

/// Rows of `sql` (member_id first) grouped by member.
fn grouped<T>(
    tx: &ReadTx<'_>,
    sql: &str,
    row: impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> anyhow::Result<HashMap<i64, Vec<T>>> {
    let mut map: HashMap<i64, Vec<T>> = HashMap::new();
    let mut stmt = tx.conn.prepare(sql)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        map.entry(r.get(0)?).or_default().push(row(r)?);
    }
    Ok(map)
}

impl ReadTx<'_> {
    /// Every category by name, for looking members' categories up.
    pub fn categories_by_name(&self) -> anyhow::Result<HashMap<String, Category>> {
        Ok(self
            .categories()?
            .into_iter()
            .map(|c| (c.name.clone(), c))
            .collect())
    }

    /// Calls `each` for every member in register order (family name without prefix, given
    /// name, number), erased members included (their number and dates remain).
    pub fn roll_members(
        &self,
        mut each: impl FnMut(&RollMember) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut periods = grouped(
            self,
            "SELECT member_id, joined, left_on, leave_reason FROM membership_period ORDER BY member_id, joined",
            |r| {
                Ok(Period {
                    joined: date(r.get(1)?).unwrap_or_default(),
                    left: date(r.get(2)?),
                    reason: r.get(3)?,
                })
            },
        )?;
        let mut suspensions = grouped(
            self,
            "SELECT member_id, starts, until, reason, lifted_on FROM suspension ORDER BY member_id, starts, id",
            |r| {
                Ok(Suspension {
                    starts: date(r.get(1)?).unwrap_or_default(),
                    until: date(r.get(2)?),
                    reason: r.get(3)?,
                    lifted_on: date(r.get(4)?),
                })
            },
        )?;
        let mut arrears = grouped(
            self,
            "SELECT member_id, since, cleared_on FROM arrears ORDER BY member_id, since, id",
            |r| {
                Ok(Arrears {
                    since: date(r.get(1)?).unwrap_or_default(),
                    cleared_on: date(r.get(2)?),
                })
            },
        )?;
        let mut stmt = self.conn.prepare(
            "SELECT m.id, m.number, m.given_name, m.name_prefix, m.family_name, m.birth_date, c.name
             FROM member m JOIN category c ON c.id = m.category_id
             ORDER BY m.sort_name, m.number",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let given: Option<String> = r.get(2)?;
            let prefix: Option<String> = r.get(3)?;
            let family: Option<String> = r.get(4)?;
            let m = RollMember {
                id,
                number: r.get(1)?,
                name: crate::domain::text::full_name(
                    given.as_deref(),
                    prefix.as_deref(),
                    family.as_deref(),
                ),
                birth_date: date(r.get(5)?),
                category: r.get(6)?,
                periods: periods.remove(&id).unwrap_or_default(),
                suspensions: suspensions.remove(&id).unwrap_or_default(),
                arrears: arrears.remove(&id).unwrap_or_default(),
            };
            each(&m)?;
        }
        Ok(())
    }

    /// The arrears periods of one member, oldest first.
    pub fn arrears_of(&self, member_id: i64) -> anyhow::Result<Vec<Arrears>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT since, cleared_on FROM arrears WHERE member_id = ?1 ORDER BY since, id",
        )?;
        let rows = stmt.query_map([member_id], |r| {
            Ok(Arrears {
                since: date(r.get(0)?).unwrap_or_default(),
                cleared_on: date(r.get(1)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn not_erased(erased: bool, number: i64) -> anyhow::Result<()> {
    if erased {
        return Err(DomainError::Refused(format!(
            "member {number} has been erased; nothing can be recorded about them"
        ))
        .into());
    }
    Ok(())
}

impl WriteTx<'_> {
    /// Records member `number` as in arrears from `since` (journaled).
    pub fn set_arrears(&self, number: i64, since: NaiveDate) -> anyhow::Result<()> {
        let m = self.member(number)?;
        not_erased(m.erased_at.is_some(), number)?;
        let arrears = self.arrears_of(m.id)?;
        check_arrears(&m.periods, &arrears, since)?;
        self.conn.execute(
            "INSERT INTO arrears (member_id, since) VALUES (?1, ?2)",
            params![m.id, since.to_string()],
        )?;
        self.journal(Change {
            action: "member.arrears",
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(m.id),
            summary: format!("member {number} in arrears since {since}"),
            new: Some(json!({"since": since.to_string(), "cleared_on": null})),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Clears the open arrears of member `number`: paid up from `date` on (journaled). Returns
    /// the day the arrears began.
    pub fn clear_arrears(&self, number: i64, date: NaiveDate) -> anyhow::Result<NaiveDate> {
        let m = self.member(number)?;
        not_erased(m.erased_at.is_some(), number)?;
        let arrears = self.arrears_of(m.id)?;
        let since = check_clear_arrears(&arrears, date)?;
        self.conn.execute(
            "UPDATE arrears SET cleared_on = ?2 WHERE member_id = ?1 AND cleared_on IS NULL",
            params![m.id, date.to_string()],
        )?;
        self.journal(Change {
            action: "member.arrears_clear",
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(m.id),
            summary: format!("member {number} paid up from {date}"),
            old: Some(json!({"since": since.to_string(), "cleared_on": null})),
            new: Some(json!({"since": since.to_string(), "cleared_on": date.to_string()})),
        })?;
        Ok(since)
    }
}

impl ReadTx<'_> {
    /// The roll on `on`: every member in register order with their category and standing, under
    /// the rules in force that day.
    pub fn roll_on(
        &self,
        on: NaiveDate,
        mut each: impl FnMut(&RollMember, &Category, &Standing) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let rules = VotingRules::from(&self.rules_on(on)?);
        let categories = self.categories_by_name()?;
        self.roll_members(|m| {
            let c = categories
                .get(&m.category)
                .ok_or_else(|| anyhow::anyhow!("member {} has no known category", m.number))?;
            each(m, c, &standing(&m.voter(), c, &rules, on))
        })
    }
}
