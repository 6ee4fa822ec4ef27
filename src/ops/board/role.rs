//! `board role`: a sitting member continues in another role.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use super::*;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// `board role`: a sitting member continues in another role from `on`.
pub fn role(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    role: Role,
    on: NaiveDate,
    decision: Option<&str>,
) -> anyhow::Result<Changed<SeatChange>> {
    crate::ops::write(store, actor, |tx| {
        let s = sitting_or_refuse(tx, number, on)?;
        if s.role == role.as_str() {
            return Err(DomainError::invalid_said(
                "role",
                msg!(
                    "board-role-already",
                    number = number,
                    role = role.as_str(),
                    on = on
                ),
            )
            .into());
        }
        if s.since == on.to_string() {
            return Err(DomainError::invalid_said(
                "on",
                msg!("board-role-same-day", seat = s.id, on = on),
            )
            .into());
        }
        let d = named_decision(tx, decision, on)?;
        let report = report_of(tx, on, false)?;
        let id = tx.change_board_role(
            &s,
            role.as_str(),
            &on.to_string(),
            d,
            report.as_ref().map(|(d, u)| (d.as_str(), *u)),
        )?;
        let seat = view(tx, &written(tx, s.member_id, id)?)?;
        let ubo = open_report_of(tx, seat.seat)?.is_some_and(|r| r.ubo);
        Ok(SeatChange {
            seat,
            due: report.map(|r| r.0),
            ubo,
        })
    })
}
