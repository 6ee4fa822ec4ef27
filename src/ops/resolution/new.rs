//! `resolution new --proposal P --on DATE`: a written resolution and its snapshot of voters.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use crate::domain::DomainError;
use crate::domain::proposal::Status as ProposalStatus;
use crate::domain::resolution::{self as dr};
use crate::domain::roll::Status as RollStatus;
use crate::ops::Changed;
use crate::store::resolutions::SnapshotVoter;
use crate::store::{Actor, Store};

use super::view::{self, Done};

/// A resolution just made, with its snapshot's size and what the secretary should know.
#[derive(Debug, Clone)]
pub struct Made {
    pub id: i64,
    pub voters: usize,
    pub votes: u64,
    pub warnings: Vec<String>,
}

/// Makes a written resolution on draft proposal `proposal_id`, judged on the roll of `on`.
pub fn new(
    store: &mut Store,
    actor: &Actor,
    proposal_id: i64,
    board_informed: NaiveDate,
    on: NaiveDate,
    today: NaiveDate,
) -> anyhow::Result<Changed<Done<Made>>> {
    crate::ops::write(store, actor, |tx| {
        let p = tx.proposal(proposal_id)?;
        match p.status {
            ProposalStatus::Draft => {}
            ProposalStatus::Voting => {
                let by = match tx.open_resolution_on(proposal_id)? {
                    Some(r) => msg!("being-decided-by-resolution", resolution = r),
                    None => msg!(
                        "being-decided-by-vote",
                        vote = tx.open_vote_on(proposal_id)?.unwrap_or_default()
                    ),
                };
                return Err(DomainError::said(msg!(
                    "resolution-proposal-being-decided",
                    proposal = proposal_id,
                    by = by
                ))
                .into());
            }
            s => {
                return Err(DomainError::said(msg!(
                    "resolution-proposal-not-draft",
                    proposal = proposal_id,
                    status = msg!("proposal-status", status = s.as_str())
                ))
                .into());
            }
        }
        dr::check_new(board_informed, on, today)?;
        let excluded: Vec<i64> = tx
            .proposal_exclusions(proposal_id)?
            .iter()
            .map(|x| x.member_id)
            .collect();
        let mut voters = Vec::new();
        let (mut suspended, mut left_out) = (0u64, 0u64);
        tx.roll_on(on, |m, _, s| {
            if s.votes == 0 {
                if s.status == RollStatus::Suspended {
                    suspended += 1;
                }
            } else if excluded.contains(&m.id) {
                left_out += 1;
            } else {
                voters.push(SnapshotVoter {
                    member_id: m.id,
                    number: m.number,
                    votes: s.votes,
                });
            }
            Ok(())
        })?;
        if voters.is_empty() {
            return Err(DomainError::said(msg!(
                "resolution-nobody-votes",
                on = on,
                flag = on.to_string()
            ))
            .into());
        }
        let mut warnings = Vec::new();
        if suspended > 0 {
            warnings.push(format!(
                "{suspended} suspended member(s) have no vote on {on} and are left out; the literature disagrees whether they must join a decision outside a meeting (BW 2:40)"
            ));
        }
        if left_out > 0 {
            warnings.push(format!(
                "{left_out} member(s) excluded from proposal {proposal_id} (BW 2:12) are left out"
            ));
        }
        if let Some(mid) = p.meeting_id {
            warnings.push(format!(
                "proposal {proposal_id} is on the agenda of meeting {mid}; if adopted it is decided outside that meeting"
            ));
        }
        let id = tx.add_resolution(proposal_id, board_informed, on, &voters)?;
        tx.set_proposal_status(proposal_id, ProposalStatus::Voting)?;
        let made = Made {
            id,
            voters: voters.len(),
            votes: voters.iter().map(|v| u64::from(v.votes)).sum(),
            warnings,
        };
        view::done(tx, id, made)
    })
}
