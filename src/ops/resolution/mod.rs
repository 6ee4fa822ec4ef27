//! Written resolutions outside a meeting (BW 2:40): made on a draft proposal with the snapshot
//! of the members with a vote on the roll date (the voting roll decides, `roll_on`), signed by
//! them one by one, adopted the moment the last of them agrees, or closed as failed. Each is one
//! transaction; the rule is `domain::resolution`.

use crate::domain::DomainError;
use crate::domain::msg::msg;
use crate::domain::proposal::Status as ProposalStatus;
use crate::domain::resolution::{self as dr, Status};
use crate::store::resolutions::ResolutionRow;
use crate::store::{ReadTx, WriteTx};

mod close;
mod list;
mod new;
mod show;
mod sign;
mod view;

pub use close::close;
pub use list::list;
pub use new::{Made, new};
pub use show::show;
pub use sign::{Signed, sign};
pub use view::{Done, ResolutionView};

pub(super) fn open_resolution(tx: &ReadTx<'_>, id: i64) -> anyhow::Result<ResolutionRow> {
    let r = tx.resolution(id)?;
    if r.status != Status::Open {
        return Err(DomainError::said(msg!(
            "resolution-closed",
            resolution = id,
            status = msg!("resolution-status-word", status = r.status.as_str()),
            at = r.closed_at.as_deref().unwrap_or("")
        ))
        .into());
    }
    Ok(r)
}

/// Judges the signatures; closes the resolution when it is adopted or when `close` asks, and
/// moves the proposal (decided when adopted, back to draft when it failed). Gives the
/// explanation when it closed.
pub(super) fn settle(
    tx: &WriteTx<'_>,
    r: &ResolutionRow,
    close: bool,
    lang: crate::domain::lang::Lang,
) -> anyhow::Result<Option<String>> {
    let c = tx.resolution_count(r.id)?;
    if !c.unanimous() && !close {
        return Ok(None);
    }
    let text = dr::explain(lang, &c, r.board_informed, r.roll_on);
    let outcome = c.outcome();
    tx.close_resolution(r.id, outcome, &text)?;
    crate::ops::decision::record(tx, crate::ops::decision::Source::Resolution(r.id))?;
    tx.set_proposal_status(
        r.proposal_id,
        match outcome {
            Status::Adopted => ProposalStatus::Decided,
            _ => ProposalStatus::Draft,
        },
    )?;
    Ok(Some(text))
}
