//! Proposals: drafting, amending, editing, withdrawing, excluding members from the vote, and
//! putting a proposal on a meeting's agenda. Each is one transaction; the checks are the
//! domain's (`domain::proposal`), the rows the store's (`store::proposals`).

use crate::domain::msg::msg;
use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::domain::DomainError;
use crate::domain::meeting::Meeting;
use crate::domain::meeting::agenda::{
    Item, append_position, check_position, not_in_convocation_warning,
};
use crate::domain::proposal::Proposal;
use crate::domain::proposal::statute::{self, Problem};
use crate::domain::proposal::{Exclusion, Signer};
use crate::domain::rules::decide::Question;
use crate::ops::meeting::{check_agenda_add, member_id};
use crate::store::proposals::NewProposal;
use crate::store::{ReadTx, WriteTx};

pub mod amend;
pub mod edit;
pub mod exclude;
pub mod list;
pub mod new;
pub mod show;
pub mod withdraw;

pub use amend::amend;
pub use edit::edit;
pub use exclude::{Excluded, exclude};
pub use list::list;
pub use new::{Added, Draft, new};
pub use show::show;
pub use withdraw::{Withdrawn, withdraw};

/// Who brings a proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum By {
    /// The board (`--by-board`).
    Board,
    /// Members, by number: the first brings it, the others co-sign (`--by N…`).
    Members(Vec<i64>),
    /// Nobody named: an amendment moved from the floor of the meeting.
    Floor,
}

/// Everything `proposal show` tells about one proposal.
#[derive(Debug, Clone)]
pub struct Detail {
    pub proposal: Proposal,
    pub signers: Vec<Signer>,
    pub exclusions: Vec<Exclusion>,
    pub amendments: Vec<Proposal>,
    pub item: Option<Item>,
    /// What BW 2:42 still lacks before a statute amendment may be voted on (empty otherwise).
    pub problems: Vec<Problem>,
}

/// One proposal with its signers, exclusions, amendments, agenda item and the BW 2:42 checks,
/// read in the caller's transaction (a writing command shows what it changed as it then stands).
pub fn detail(tx: &ReadTx<'_>, id: i64) -> anyhow::Result<Detail> {
    let p = tx.proposal(id)?;
    let problems = problems(tx, &p)?;
    Ok(Detail {
        signers: tx.proposal_signers(id)?,
        exclusions: tx.proposal_exclusions(id)?,
        amendments: tx.amendments(id)?,
        item: tx.proposal_item(id)?,
        problems,
        proposal: p,
    })
}

/// The members behind `by`, each a member in law on `today` (co-signing is a member's act;
/// a suspended member is still a member). Refuses an unknown or former member with the reason.
pub(crate) fn signers(tx: &ReadTx<'_>, by: &By, today: NaiveDate) -> anyhow::Result<Vec<Signer>> {
    let By::Members(numbers) = by else {
        return Ok(Vec::new());
    };
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for &number in numbers {
        if !seen.insert(number) {
            continue;
        }
        let id = member_id(tx, number)?;
        let v = tx
            .meeting_roll(today, Some(id))?
            .pop()
            .ok_or_else(|| crate::exit::Failed(msg!("member-vanished", number = number)))?;
        if !v.access && !v.suspended {
            let why: crate::domain::msg::Arg = match &v.reason {
                Some(r) => r.into(),
                None => msg!("not-a-member").into(),
            };
            return Err(DomainError::said(msg!(
                "proposal-signer-no-access",
                number = number,
                why = why
            ))
            .into());
        }
        out.push(Signer {
            member_id: id,
            number,
        });
    }
    Ok(out)
}

/// Puts a draft proposal on meeting `m`'s agenda, at `position` or the end, titled `title` or
/// as the proposal; the item decides what the kind decides. Returns the item and a warning
/// when the convocation went out already.
pub fn put_on_agenda(
    tx: &WriteTx<'_>,
    m: &Meeting,
    p: &Proposal,
    position: Option<u32>,
    title: Option<&str>,
) -> anyhow::Result<(Item, Option<String>)> {
    check_agenda_add(m)?;
    p.check_draft("put on an agenda")?;
    if let Some(of) = p.amends {
        return Err(DomainError::said(msg!(
            "proposal-amendment-no-item",
            proposal = p.id,
            of = of
        ))
        .into());
    }
    if let Some(other) = p.meeting_id.filter(|&o| o != m.id) {
        return Err(DomainError::said(msg!(
            "proposal-other-meeting",
            proposal = p.id,
            other = other,
            meeting = m.id
        ))
        .into());
    }
    if let Some(item) = tx.proposal_item(p.id)? {
        return Err(DomainError::said(msg!(
            "proposal-on-agenda-already",
            proposal = p.id,
            item = item.position,
            meeting = m.id
        ))
        .into());
    }
    let title = match title.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => t.to_string(),
        None => p.title.clone(),
    };
    let items = tx.agenda(m.id)?;
    let at = position.unwrap_or_else(|| append_position(&items, &title));
    check_position(at, items.len(), true)?;
    let item = tx.add_agenda_item(m.id, at, &title, p.kind.decides(), None)?;
    tx.link_proposal(&item, m.id, p.id)?;
    let warning = m
        .convened_on
        .is_some()
        .then(|| not_in_convocation_warning(&item))
        .flatten();
    Ok((item, warning))
}

pub(crate) fn record(
    tx: &WriteTx<'_>,
    new: NewProposal,
    by: &By,
    today: NaiveDate,
) -> anyhow::Result<(Proposal, Vec<Signer>)> {
    let signers = signers(tx, by, today)?;
    let p = tx.add_proposal(&new, &signers)?;
    Ok((p, signers))
}

/// What BW 2:42 still lacks before a vote on `p` (empty for other kinds, and for a proposal not
/// yet put to a meeting), under the meeting's rules. An amendment is judged by the proposal it
/// amends: that one was announced and laid open; an amendment moved at the meeting stays within it.
pub fn problems(tx: &ReadTx<'_>, p: &Proposal) -> anyhow::Result<Vec<Problem>> {
    let Some(mid) = p.meeting_id else {
        return Ok(Vec::new());
    };
    let m = tx.meeting(mid)?;
    let (_, rules) = tx.meeting_rules(&m)?;
    let judged = match p.amends {
        Some(of) => tx.proposal(of)?,
        None => p.clone(),
    };
    let item = tx.proposal_item(judged.id)?;
    Ok(statute::problems(&rules, &judged, &m, item.as_ref()))
}

/// The question a vote on `p` answers: its kind's, at a second meeting (rules.md B10) the
/// second meeting's. None while it is on no meeting.
pub fn question(tx: &ReadTx<'_>, p: &Proposal) -> anyhow::Result<Option<Question>> {
    let Some(mid) = p.meeting_id else {
        return Ok(None);
    };
    let m = tx.meeting(mid)?;
    Ok(Some(p.kind.question(m.second_of.is_some())))
}
