//! The immediate challenge that replaces a vote (BW 2:13 lid 4, Example 4), and a written vote
//! on request (`written_vote_on_request`).

use crate::domain::DomainError;
use crate::domain::meeting::State;
use crate::domain::msg::msg;
use crate::domain::proposal::Status;
use crate::domain::vote::{self as dv, Challenge, Method};
use crate::ops::meeting::{member_id, statement};
use crate::store::votes::NewVote;
use crate::store::{Actor, Store};

use super::{attendance, open_vote, vote_rules};

/// Judges an immediate challenge and, when it holds, opens the new vote and marks the first
/// superseded. `by` are the member numbers who demand it.
pub fn challenge(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    by: &[i64],
    method: Option<Method>,
) -> anyhow::Result<crate::ops::Changed<super::Done<()>>> {
    let at = actor.at_rfc3339();
    crate::ops::write(store, actor, |tx| {
        let v = tx.vote(id)?;
        let m = tx.meeting(v.meeting_id)?;
        let mut demand_votes = 0u64;
        for n in by {
            let mid = member_id(tx, *n)?;
            let voter = tx.meeting_voter(&m, mid)?;
            if !tx.is_present(m.id, mid)? || voter.votes == 0 {
                return Err(DomainError::said(msg!(
                    "challenge-not-present-voter",
                    number = *n,
                    meeting = m.id
                ))
                .into());
            }
            if tx.is_excluded(v.proposal_id, mid)? {
                return Err(DomainError::said(msg!(
                    "challenge-member-excluded",
                    number = *n,
                    proposal = v.proposal_id
                ))
                .into());
            }
            demand_votes += u64::from(voter.votes);
            for h in tx.proxies_held(m.id, mid)? {
                if !tx.is_excluded(v.proposal_id, h.giver_id)? {
                    demand_votes += u64::from(tx.meeting_voter(&m, h.giver_id)?.votes);
                }
            }
        }
        let moved_on = match tx.vote_after(m.id, id)? {
            Some(later) => Some(msg!("challenge-vote-opened-since", vote = later)),
            None if m.state() != State::Open => {
                Some(msg!("challenge-meeting-closed-since", meeting = m.id))
            }
            None => None,
        };
        let att = attendance(tx, &m, v.proposal_id)?;
        dv::may_challenge(&Challenge {
            method: v.method,
            closed: !v.is_open(),
            superseded: v.superseded_by.is_some(),
            moved_on,
            demanders: by.len() as u64,
            demand_votes,
            meeting_votes: att.present,
        })?;
        // After a show of hands the new vote is by name unless the chair chooses otherwise.
        let method = method.unwrap_or(match v.method {
            Method::Hands => Method::RollCall,
            other => other,
        });
        let s = statement(tx, &m, at.clone())?;
        let new_id = tx.add_vote(&NewVote {
            proposal_id: v.proposal_id,
            meeting_id: m.id,
            method,
            question: v.question,
            statement: serde_json::to_string(&s)?,
            rules_from: v.rules_from.clone(),
            rules_values: v.rules_values.clone(),
            rules_digest: v.rules_digest.clone(),
            forced: v.forced.clone(),
        })?;
        tx.supersede_vote(id, new_id, by)?;
        crate::ops::decision::lapse(tx, id, new_id)?;
        tx.set_proposal_status(v.proposal_id, Status::Voting)?;
        super::view::done(tx, new_id, ())
    })
}

/// Turns an open vote into a written ballot on request (`written_vote_on_request`), before
/// anything was counted or cast.
pub fn convert(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    to: Method,
    requesters: u64,
) -> anyhow::Result<crate::ops::Changed<super::Done<()>>> {
    crate::ops::write(store, actor, |tx| {
        let v = open_vote(tx, id)?;
        let rules = vote_rules(&v)?;
        if v.tally.is_some() || !tx.vote_casts(id)?.is_empty() {
            return Err(DomainError::said(msg!("convert-has-counts", vote = id)).into());
        }
        // Codes handed out belong to this vote's ballot; converting would orphan them.
        if tx
            .codes_issued(crate::domain::vote::code::CodesFor::Vote(id))?
            .0
            > 0
        {
            return Err(DomainError::said(msg!("convert-codes-issued", vote = id)).into());
        }
        if to == Method::Ballot && requesters < u64::from(rules.written_vote_on_request) {
            return Err(DomainError::said(msg!(
                "convert-too-few-requesters",
                requesters = requesters,
                needed = rules.written_vote_on_request
            ))
            .into());
        }
        tx.convert_vote(id, v.method, to)?;
        super::view::done(tx, id, ())
    })
}
