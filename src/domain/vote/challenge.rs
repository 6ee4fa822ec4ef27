//! An immediate challenge of the declared result (BW 2:13 lid 4, rules.md A4 and Example 4):
//! a new vote follows when the majority of the meeting demands it, or, when the first vote was
//! not by roll call or in writing, when one voter present demands it. Only "onmiddellijk": once
//! the meeting has moved on, the declaration stands and only a court claim remains (BW 2:15).

use crate::domain::DomainError;

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
    pub moved_on: Option<String>,
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
        return Err(DomainError::Refused(
            "the vote is still open: a challenge is of a declared result; close the vote first"
                .into(),
        ));
    }
    if c.superseded {
        return Err(DomainError::Refused(
            "the vote was already replaced by a new vote; challenge that one".into(),
        ));
    }
    if let Some(since) = &c.moved_on {
        return Err(DomainError::Refused(format!(
            "too late: {since}, so the challenge is not immediate (BW 2:13 lid 4); the declaration stands, and what remains is a claim for annulment within a year (BW 2:15)"
        )));
    }
    if c.demanders == 0 {
        return Err(DomainError::Refused(
            "nobody demands a new vote; name the voters who do with --by".into(),
        ));
    }
    if c.method.is_recorded() && 2 * u128::from(c.demand_votes) <= u128::from(c.meeting_votes) {
        let needed = c.meeting_votes / 2 + 1;
        return Err(DomainError::Refused(format!(
            "after a {} vote a new vote needs the majority of the meeting (BW 2:13 lid 4): those demanding hold {} of the {} votes present or represented, {needed} are needed",
            match c.method {
                Method::Ballot => "written",
                _ => "roll-call",
            },
            c.demand_votes,
            c.meeting_votes
        )));
    }
    Ok(())
}
