//! `board add`: a member appointed to the board by a decision (or before quorum).

use crate::domain::msg::msg;
use chrono::NaiveDate;

use super::*;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// What `board add` asks.
#[derive(Debug, Clone)]
pub struct Add {
    pub number: i64,
    pub role: Role,
    pub since: NaiveDate,
    pub until: Option<NaiveDate>,
    pub grounds: Grounds,
}

/// `board add`: a member appointed to the board by a decision (or before quorum).
pub fn add(store: &mut Store, actor: &Actor, a: &Add) -> anyhow::Result<Changed<SeatChange>> {
    crate::ops::write(store, actor, |tx| {
        let m = tx.member(a.number)?;
        check_member(tx, &m, a.since)?;
        let decision = decision_of(tx, &a.grounds, a.since)?;
        if let Some(s) = tx.sitting_seat(m.id, &a.since.to_string())? {
            let v = view(tx, &s)?;
            if !v.re_eligible {
                let rules = rules_for(tx, a.since)?;
                return Err(crate::exit::hinted(
                    msg!(
                        "board-not-re-eligible",
                        number = a.number,
                        terms = v.terms,
                        max = match rules.board_max_terms {
                            crate::domain::rules::Count::Unlimited => "unlimited".to_string(),
                            crate::domain::rules::Count::AtMost(n) => n.to_string(),
                        }
                    ),
                    msg!("board-not-re-eligible-hint"),
                ));
            }
        }
        let grounds = match &a.grounds.decision {
            Some(c) => format!("decision {c}"),
            None => "before quorum".to_string(),
        };
        let id = appoint(
            tx,
            m.id,
            a.role,
            a.since,
            a.until,
            decision,
            None,
            a.grounds.before_quorum,
            &grounds,
        )?;
        let seat = view(tx, &written(tx, m.id, id)?)?;
        let open = open_report_of(tx, seat.seat)?;
        Ok(SeatChange {
            seat,
            due: open.as_ref().map(|r| r.due.clone()),
            ubo: open.is_some_and(|r| r.ubo),
        })
    })
}
