//! An immediate challenge of the declared result (BW 2:13 lid 4, rules.md A4 and Example 4):
//! a new vote follows when the majority of the meeting demands it, or, when the first vote was
//! not by roll call or in writing, when one voter present demands it. Only "onmiddellijk": once
//! the meeting has moved on, the declaration stands and only a court claim remains (BW 2:15).

use crate::domain::DomainError;
use crate::domain::msg::Msg;
use crate::domain::msg::msg;

use super::Method;

/// The facts a challenge is judged on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    pub method: Method,
    /// The vote is closed (a result was declared).
    pub closed: bool,
    /// The vote was already replaced by a new one.
    pub superseded: bool,
    /// What happened in the meeting since the vote closed ("vote 4 was opened"), if anything:
    /// then the challenge is not immediate.
    pub moved_on: Option<Msg>,
    /// Voters present who demand a new vote.
    pub demanders: u64,
    /// Their votes, own and by proxy (excluded members not counted).
    pub demand_votes: u64,
    /// Votes present or represented in the meeting for this vote (excluded members not counted).
    pub meeting_votes: u64,
}

/// Ok when a new vote must be held; otherwise the reason, for the chair.
pub fn may_challenge(c: &Challenge) -> Result<(), DomainError> {
    if !c.closed {
        return Err(DomainError::said(msg!("challenge-vote-open")));
    }
    if c.superseded {
        return Err(DomainError::said(msg!("challenge-superseded")));
    }
    if let Some(since) = &c.moved_on {
        return Err(DomainError::said(msg!(
            "challenge-too-late",
            since = since.clone()
        )));
    }
    if c.demanders == 0 {
        return Err(DomainError::said(msg!("challenge-nobody")));
    }
    if c.method.is_recorded() && 2 * u128::from(c.demand_votes) <= u128::from(c.meeting_votes) {
        let needed = c.meeting_votes / 2 + 1;
        return Err(DomainError::said(msg!(
            "challenge-needs-majority",
            method = c.method.name(),
            demand = c.demand_votes,
            present = c.meeting_votes,
            needed = needed
        )));
    }
    Ok(())
}
