//! `member jubilees`.

use chrono::NaiveDate;

use crate::domain::jubilee::{USUAL, Years, jubilee_date};
use crate::domain::member::Joined;
use crate::domain::roll::Status;
use crate::store::Store;

/// A member reaching a jubilee of membership.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jubilee {
    pub date: NaiveDate,
    pub years: Years,
    pub number: i64,
    pub name: String,
    pub category: String,
    pub member_since: Option<NaiveDate>,
}

/// The jubilees of a year, and how many of that year's members have an unknown joining date:
/// their length of membership is unknown, so they are in no list and the reader is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jubilees {
    pub rows: Vec<Jubilee>,
    pub joined_unknown: u64,
}

/// Who reaches one of `years` of membership (the usual jubilees when empty) between `first` and
/// `last`, every period counted, and is a member on that day (suspended ones too); in date
/// order.
pub fn jubilees(
    store: &mut Store,
    first: NaiveDate,
    last: NaiveDate,
    mut years: Vec<Years>,
) -> anyhow::Result<Jubilees> {
    if years.is_empty() {
        years = USUAL.iter().map(|&months| Years { months }).collect();
    }
    years.sort();
    years.dedup();
    let mut rows = Vec::new();
    let mut joined_unknown = 0;
    store.read(|tx| {
        tx.export_members(None, |m| {
            if m.periods.iter().any(|p| p.joined == Joined::Unknown)
                && (m.status_on(first).is_member() || m.status_on(last).is_member())
            {
                joined_unknown += 1;
            }
            for &y in &years {
                let Some(day) = jubilee_date(&m.periods, y) else {
                    continue;
                };
                if day < first || day > last || m.status_on(day) == Status::Former {
                    continue;
                }
                rows.push(Jubilee {
                    date: day,
                    years: y,
                    number: m.number,
                    name: m.data.full_name(),
                    category: m.category.clone(),
                    member_since: m
                        .periods
                        .iter()
                        .map(|p| p.joined)
                        .min()
                        .and_then(Joined::date),
                });
            }
            Ok(())
        })
    })?;
    rows.sort_by_key(|r| (r.date, r.number));
    Ok(Jubilees {
        rows,
        joined_unknown,
    })
}
