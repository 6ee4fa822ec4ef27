//! `member birthdays`.

use chrono::{Datelike as _, NaiveDate};

use crate::domain::jubilee::birthday_in;
use crate::domain::roll::Status;
use crate::store::Store;

/// A member's birthday in the month asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Birthday {
    pub date: NaiveDate,
    pub age: i32,
    pub number: i64,
    pub name: String,
    pub birth_date: NaiveDate,
}

/// The birthdays in `month` of `year` of the members who are members (active or suspended) on
/// that day, in date order.
pub fn birthdays(store: &mut Store, month: u32, year: i32) -> anyhow::Result<Vec<Birthday>> {
    let mut rows = Vec::new();
    store.read(|tx| {
        tx.export_members(None, |m| {
            let Some(birth) = m.data.birth_date else {
                return Ok(());
            };
            let Some((day, age)) = birthday_in(birth, year) else {
                return Ok(());
            };
            let status = m.status_on(day);
            if day.month() != month || !matches!(status, Status::Active | Status::Suspended) {
                return Ok(());
            }
            rows.push(Birthday {
                date: day,
                age,
                number: m.number,
                name: m.data.full_name(),
                birth_date: birth,
            });
            Ok(())
        })
    })?;
    rows.sort_by_key(|r| (r.date, r.number));
    Ok(rows)
}
