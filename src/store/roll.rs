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
use crate::domain::journal::action;
use crate::domain::member::{Joined, Period, Suspension};
use crate::domain::roll::{
    Arrears, Standing, VotingRules, check_arrears, check_clear_arrears, standing,
};

pub use crate::domain::roll::RollMember;

fn date(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|s| s.parse().ok())
}

/// Rows of `SELECT member_id, … FROM table` grouped by member, ordered by `order`: every
/// member's, or only those of `only` (one indexed lookup, for the door).
fn grouped<T>(
    tx: &ReadTx<'_>,
    select: &str,
    order: &str,
    only: Option<i64>,
    row: impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> anyhow::Result<HashMap<i64, Vec<T>>> {
    let mut map: HashMap<i64, Vec<T>> = HashMap::new();
    let sql = match only {
        Some(_) => format!("{select} WHERE member_id = ?1 ORDER BY {order}"),
        None => format!("{select} WHERE ?1 IS NULL ORDER BY member_id, {order}"),
    };
    let mut stmt = tx.conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([only])?;
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
        each: impl FnMut(&RollMember) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        self.roll_members_of(None, each)
    }

    /// `roll_members` for every member, or only for the member with internal id `only`.
    fn roll_members_of(
        &self,
        only: Option<i64>,
        mut each: impl FnMut(&RollMember) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut periods = grouped(
            self,
            "SELECT member_id, joined, left_on, leave_reason FROM membership_period",
            "joined",
            only,
            |r| {
                Ok(Period {
                    joined: Joined::from(date(r.get(1)?)),
                    left: date(r.get(2)?),
                    reason: r.get(3)?,
                })
            },
        )?;
        let mut suspensions = grouped(
            self,
            "SELECT member_id, starts, until, reason, lifted_on FROM suspension",
            "starts, id",
            only,
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
            "SELECT member_id, since, cleared_on FROM arrears",
            "since, id",
            only,
            |r| {
                Ok(Arrears {
                    since: date(r.get(1)?).unwrap_or_default(),
                    cleared_on: date(r.get(2)?),
                })
            },
        )?;
        let which = match only {
            Some(_) => "m.id = ?1",
            None => "?1 IS NULL",
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT m.id, m.number, m.given_name, m.name_prefix, m.family_name, m.birth_date, c.name,
                    m.organisation
             FROM member m JOIN category c ON c.id = m.category_id
             WHERE {which} ORDER BY m.sort_name, m.number"
        ))?;
        let mut rows = stmt.query([only])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let given: Option<String> = r.get(2)?;
            let prefix: Option<String> = r.get(3)?;
            let family: Option<String> = r.get(4)?;
            let organisation: Option<String> = r.get(7)?;
            let m = RollMember {
                id,
                number: r.get(1)?,
                name: organisation.unwrap_or_else(|| {
                    crate::domain::text::full_name(
                        given.as_deref(),
                        prefix.as_deref(),
                        family.as_deref(),
                    )
                }),
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
            action: action::MEMBER_ARREARS,
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
            action: action::MEMBER_ARREARS_CLEAR,
            entity: "member",
            entity_id: Some(number.to_string()),
            member_id: Some(m.id),
            summary: format!("member {number} paid up from {date}"),
            old: Some(json!({"since": since.to_string(), "cleared_on": null})),
            new: Some(json!({"since": since.to_string(), "cleared_on": date.to_string()})),
            ..Default::default()
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
        each: impl FnMut(&RollMember, &Category, &Standing) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        self.roll_on_of(on, None, each)
    }

    /// The roll's line of one member (internal id), for the door.
    pub fn roll_line(
        &self,
        on: NaiveDate,
        member_id: i64,
        each: impl FnMut(&RollMember, &Category, &Standing) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        self.roll_on_of(on, Some(member_id), each)
    }

    fn roll_on_of(
        &self,
        on: NaiveDate,
        only: Option<i64>,
        mut each: impl FnMut(&RollMember, &Category, &Standing) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let rules = VotingRules::from(&self.rules_on(on)?);
        let categories = self.categories_by_name()?;
        self.roll_members_of(only, |m| {
            let c = categories
                .get(&m.category)
                .ok_or_else(|| anyhow::anyhow!("member {} has no known category", m.number))?;
            each(m, c, &standing(&m.voter(), c, &rules, on))
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::Days;

    use super::*;
    use crate::domain::member::{MemberData, NewMember};
    use crate::domain::roll::{Selection, status_on};
    use crate::store::members::MemberFilter;
    use crate::store::{Actor, Store};

    fn day(n: u64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2018, 1, 1).unwrap() + Days::new(n)
    }

    /// A registry of 40 members with varied histories (left, rejoined, suspended, lifted, in
    /// arrears, cleared), from a fixed pseudo-random sequence.
    fn registry() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(&dir.path().join("t.db")).unwrap();
        let actor = Actor {
            name: "test".into(),
            command: "test".into(),
            at: chrono::DateTime::parse_from_rfc3339("2030-01-01T00:00:00Z")
                .unwrap()
                .to_utc(),
        };
        let mut seed: u64 = 7;
        let mut next = move |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        store
            .write(&actor, |tx| {
                for c in crate::domain::category::defaults() {
                    tx.add_category(&c)?;
                }
                let cats = ["regular", "honorary", "youth", "supporter"];
                for i in 1..=40 {
                    let joined = day(next(2000));
                    tx.add_member(
                        &NewMember {
                            number: Some(i),
                            data: MemberData {
                                family_name: Some(format!("Lid {}", next(1000))),
                                birth_date: Some(day(0) - Days::new(next(20000))),
                                ..Default::default()
                            },
                            category: cats[next(4) as usize].into(),
                            // Every seventh or so taken over without a joining date.
                            joined: if next(7) == 0 {
                                Joined::Unknown
                            } else {
                                joined.into()
                            },
                            left: None,
                            ..Default::default()
                        },
                        "test",
                    )?;
                    if next(3) == 0 {
                        let left = joined + Days::new(next(500));
                        tx.leave_member(i, left, None)?;
                        if next(2) == 0 {
                            tx.rejoin_member(i, left + Days::new(1 + next(300)))?;
                        }
                    }
                    let m = tx.member(i)?;
                    let open = m.periods.iter().find(|p| p.left.is_none());
                    if let Some(p) = open
                        && next(2) == 0
                    {
                        let from = p.joined.date().unwrap_or(day(0)) + Days::new(next(300));
                        tx.suspend_member(i, from, None, "test")?;
                        if next(2) == 0 {
                            tx.unsuspend_member(i, from + Days::new(1 + next(100)))?;
                        }
                    }
                    if let Some(p) = open
                        && next(2) == 0
                    {
                        let since = p.joined.date().unwrap_or(day(0)) + Days::new(next(300));
                        tx.set_arrears(i, since)?;
                        if next(2) == 0 {
                            tx.clear_arrears(i, since + Days::new(1 + next(100)))?;
                        }
                    }
                }
                Ok(())
            })
            .unwrap();
        (dir, store)
    }

    #[test]
    fn the_one_pass_feeds_what_the_member_query_reads() {
        let (_dir, mut store) = registry();
        store
            .read(|tx| {
                let mut seen = 0;
                tx.roll_members(|r| {
                    let m = tx.member(r.number)?;
                    assert_eq!(r.periods, m.periods, "member {}", r.number);
                    assert_eq!(r.suspensions, m.suspensions, "member {}", r.number);
                    assert_eq!(r.arrears, tx.arrears_of(m.id)?, "member {}", r.number);
                    assert_eq!(
                        (r.category.as_str(), r.birth_date),
                        (m.category.as_str(), m.data.birth_date)
                    );
                    seen += 1;
                    Ok(())
                })?;
                assert_eq!(seen, 40);
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn lists_and_counts_agree_with_the_roll_on_every_date() {
        let (_dir, mut store) = registry();
        let mut seen = std::collections::HashSet::new();
        store
            .read(|tx| {
                for on in (0..2600).step_by(97).map(day) {
                    let mut by_status: HashMap<&str, Vec<i64>> = HashMap::new();
                    let mut current: HashMap<String, i64> = HashMap::new();
                    tx.roll_members(|r| {
                        let s = status_on(&r.periods, &r.suspensions, on);
                        by_status.entry(s.as_str()).or_default().push(r.number);
                        seen.insert(s);
                        if s.is_member() {
                            *current.entry(r.category.clone()).or_default() += 1;
                        }
                        Ok(())
                    })?;
                    let list = |status| -> anyhow::Result<Vec<i64>> {
                        let f = MemberFilter {
                            on,
                            status,
                            ..Default::default()
                        };
                        let mut n: Vec<i64> =
                            tx.list_members(&f)?.iter().map(|m| m.number).collect();
                        n.sort();
                        Ok(n)
                    };
                    let mut get = |k: &str| {
                        let mut v = by_status.remove(k).unwrap_or_default();
                        v.sort();
                        v
                    };
                    let (active, suspended, former, future) = (
                        get("active"),
                        get("suspended"),
                        get("former"),
                        get("future"),
                    );
                    assert_eq!(list(Selection::Active)?, active, "{on}");
                    assert_eq!(list(Selection::Suspended)?, suspended, "{on}");
                    assert_eq!(list(Selection::Former)?, former, "{on}");
                    assert_eq!(list(Selection::Future)?, future, "{on}");
                    let mut cur = [active, suspended].concat();
                    cur.sort();
                    assert_eq!(list(Selection::Current)?, cur, "{on}");
                    assert_eq!(list(Selection::All)?.len(), 40);
                    for (c, n, _) in tx.categories_with_counts(on)? {
                        assert_eq!(
                            n,
                            current.get(&c.name).copied().unwrap_or(0),
                            "{on} {}",
                            c.name
                        );
                    }
                }
                Ok(())
            })
            .unwrap();
        assert_eq!(seen.len(), 4, "the registry is varied enough: {seen:?}");
    }
}
