//! `board end`: a seat ends (resigned, dismissed, retired).

use crate::domain::msg::msg;
use chrono::NaiveDate;

use super::*;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// `board end`: a seat ends on `on` (resigned, dismissed, retired).
pub fn end(
    store: &mut Store,
    actor: &Actor,
    number: i64,
    on: NaiveDate,
    decision: Option<&str>,
) -> anyhow::Result<Changed<SeatChange>> {
    crate::ops::write(store, actor, |tx| {
        let s = sitting_or_refuse(tx, number, on)?;
        if s.since == on.to_string() {
            return Err(DomainError::invalid_said(
                "on",
                msg!("board-end-same-day", seat = s.id, on = on),
            )
            .into());
        }
        let d = named_decision(tx, decision, on)?;
        let report = report_of(tx, on, false)?;
        let grounds = decision.map_or(
            "no decision named: a resignation or the end of the term".to_string(),
            |c| format!("decision {c}"),
        );
        tx.end_board_seat(
            &s,
            &on.to_string(),
            d,
            report.as_ref().map(|(d, u)| (d.as_str(), *u)),
            &grounds,
        )?;
        let mut v = view(tx, &s)?;
        v.ended_on = Some(on.to_string());
        let ubo = open_report_of(tx, v.seat)?.is_some_and(|r| r.ubo);
        Ok(SeatChange {
            seat: v,
            due: report.map(|r| r.0),
            ubo,
        })
    })
}
