//! `member suspend` (with `--appeal-term`).

use chrono::NaiveDate;

use crate::domain::member::Member;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Suspends member `number` from `from` to `until` (None: until lifted).
pub fn suspend(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    from: NaiveDate,
    until: Option<NaiveDate>,
    reason: &str,
) -> anyhow::Result<Changed<Member>> {
    crate::ops::write(store, actor, |tx| {
        tx.suspend_member(number, from, until, reason)
    })
}

/// The board expelled member `number` and told the member on `told`: suspended from that day to
/// the end of the appeal term the rules in force then give (BW 2:35: `expulsion_appeal_months`).
/// Returns the member and the term's last day.
pub fn suspend_for_appeal(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    told: NaiveDate,
    reason: &str,
) -> anyhow::Result<Changed<(Member, NaiveDate)>> {
    crate::ops::write(store, actor, |tx| {
        let (_, rules) = tx.rules_in_force(told)?;
        let until = crate::domain::expulsion::appeal_term_end(&rules, told);
        let why = format!("{reason} (expelled by the board; appeal term to {until}, BW 2:35)");
        let m = tx.suspend_member(number, told, Some(until), &why)?;
        Ok((m, until))
    })
}
