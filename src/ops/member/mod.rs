//! Member use cases that are more than one store call.

use chrono::NaiveDate;

use crate::domain::member::Member;
use crate::domain::member_change::{FieldChange, MemberPatch};
use crate::store::{Actor, Store};

/// `member edit`: applies `patch` to member `number` in one transaction and returns what changed
/// with the member as now stored (under the new number if it was renumbered). The field checks,
/// including number and birth date, are `domain::member_change`'s.
pub fn edit(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    patch: &MemberPatch,
    today: NaiveDate,
) -> anyhow::Result<(Vec<FieldChange>, Member)> {
    store.write(actor, |tx| {
        let changes = tx.edit_member(number, patch, today)?;
        let renumbered = changes.iter().any(|c| c.field == "number");
        let now = patch.number.filter(|_| renumbered).unwrap_or(number);
        Ok((changes, tx.member(now)?))
    })
}

/// A member's resignation, given on `notice`: the membership ends on the day the statutes' rules
/// in force on that day give (BW 2:36: `resignation_notice_weeks`, `resignation_effective_at`).
/// Returns the member and that last day.
pub fn resign(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    notice: NaiveDate,
    reason: Option<&str>,
) -> anyhow::Result<(Member, NaiveDate)> {
    store.write(actor, |tx| {
        let (_, rules) = tx.rules_in_force(notice)?;
        let last = crate::domain::resignation::last_day(&rules, notice);
        let why = reason.map_or_else(
            || format!("resignation given on {notice}"),
            |r| format!("{r} (resignation given on {notice})"),
        );
        let m = tx.leave_member(number, last, Some(&why))?;
        Ok((m, last))
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
) -> anyhow::Result<(Member, NaiveDate)> {
    store.write(actor, |tx| {
        let (_, rules) = tx.rules_in_force(told)?;
        let until = crate::domain::expulsion::appeal_term_end(&rules, told);
        let why = format!("{reason} (expelled by the board; appeal term to {until}, BW 2:35)");
        let m = tx.suspend_member(number, told, Some(until), &why)?;
        Ok((m, until))
    })
}
