//! `meeting request`: a members' request to convene a meeting (BW 2:41), and the list of them.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use super::member_id;
use crate::domain::DomainError;
use crate::domain::meeting::request::{self, Outcome, RequestRow};
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// A members' request on record: the judgement, its number, and notes on requesters without a
/// vote.
#[derive(Debug, Clone)]
pub struct Requested {
    pub outcome: Outcome,
    pub id: i64,
    pub notes: Vec<String>,
}

/// Judges and, when it reaches the threshold, records a members' request.
pub fn member_request(
    store: &mut Store,
    actor: &Actor,
    by: &[i64],
    received: NaiveDate,
) -> anyhow::Result<Changed<Requested>> {
    crate::ops::write(store, actor, |tx| {
        let rules = tx.rules_on(received)?;
        let roll = tx.meeting_roll(received, None)?;
        let total: u64 = roll.iter().map(|v| u64::from(v.votes)).sum();
        let mut requesters = Vec::new();
        let mut notes = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for &n in by {
            if !seen.insert(n) {
                continue;
            }
            let id = member_id(tx, n)?;
            let v = roll
                .iter()
                .find(|v| v.member_id == id)
                .expect("on the roll");
            if v.votes == 0 {
                notes.push(format!(
                    "member {n} has no vote on {received}: {}",
                    v.reason.as_deref().unwrap_or("no vote")
                ));
            }
            requesters.push((id, n, v.votes));
        }
        let votes: u64 = requesters.iter().map(|r| u64::from(r.2)).sum();
        let o = request::judge(&rules, votes, total, received);
        if !o.met {
            return Err(DomainError::said(msg!(
                "request-not-enough-votes",
                outcome = &o.text,
                threshold = &o.threshold
            ))
            .into());
        }
        let id = tx.add_member_request(&o, &requesters)?;
        Ok(Requested {
            outcome: o,
            id,
            notes,
        })
    })
}

/// Every recorded request, oldest first.
pub fn list(store: &mut Store) -> anyhow::Result<Vec<RequestRow>> {
    store.read(|tx| tx.member_requests())
}
