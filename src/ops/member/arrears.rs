//! `member arrears`.

use chrono::NaiveDate;

use crate::domain::member::Member;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// What `member arrears` records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrears {
    /// In arrears from this day.
    Since(NaiveDate),
    /// Paid up from this day: the open arrears end.
    Clear(NaiveDate),
}

/// Records arrears of member `number`; returns the member and the first day of the arrears
/// recorded or cleared.
pub fn arrears(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    what: Arrears,
) -> anyhow::Result<Changed<(Member, NaiveDate)>> {
    crate::ops::write(store, actor, |tx| {
        let since = match what {
            Arrears::Since(since) => {
                tx.set_arrears(number, since)?;
                since
            }
            Arrears::Clear(date) => tx.clear_arrears(number, date)?,
        };
        Ok((tx.member(number)?, since))
    })
}
