//! Proposals: drafting, amending, editing, withdrawing, excluding members from the vote, and
//! putting a proposal on a meeting's agenda. Each is one transaction; the checks are the
//! domain's (`domain::proposal`), the rows the store's (`store::proposals`).

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::domain::DomainError;
use crate::domain::meeting::Meeting;
use crate::domain::meeting::agenda::{
    Item, append_position, check_position, not_in_convocation_warning,
};
use crate::domain::proposal::statute::{self, Problem};
use crate::domain::proposal::{Kind, Proposal, check_text, check_title};
use crate::domain::rules::decide::Question;
use crate::ops::meeting::{check_agenda_add, member_id};
use crate::store::proposals::{Exclusion, NewProposal, ProposalEdit, Signer};
use crate::store::{Actor, ReadTx, Store, WriteTx};

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

/// A proposal as `proposal new` gives it.
#[derive(Debug, Clone)]
pub struct Draft {
    pub title: String,
    pub text: Option<String>,
    pub kind: Kind,
    pub by: By,
    pub meeting: Option<i64>,
}

/// A proposal just recorded, with the agenda item it got and warnings for the secretary.
#[derive(Debug, Clone)]
pub struct Added {
    pub proposal: Proposal,
    pub signers: Vec<Signer>,
    pub item: Option<Item>,
    pub warnings: Vec<String>,
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

/// The members behind `by`, each a member in law on `today` (co-signing is a member's act;
/// a suspended member is still a member). Refuses an unknown or former member with the reason.
fn signers(tx: &ReadTx<'_>, by: &By, today: NaiveDate) -> anyhow::Result<Vec<Signer>> {
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
            .ok_or_else(|| anyhow::anyhow!("member {number} vanished"))?;
        if !v.access && !v.suspended {
            return Err(DomainError::Refused(format!(
                "member {number} cannot bring or sign a proposal: {}",
                v.reason.as_deref().unwrap_or("not a member")
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
        return Err(DomainError::Refused(format!(
            "proposal {} amends proposal {of}; it is voted with it and needs no agenda item of its own",
            p.id
        ))
        .into());
    }
    if let Some(other) = p.meeting_id.filter(|&o| o != m.id) {
        return Err(DomainError::Refused(format!(
            "proposal {} is for meeting {other}, not meeting {}",
            p.id, m.id
        ))
        .into());
    }
    if let Some(item) = tx.proposal_item(p.id)? {
        return Err(DomainError::Refused(format!(
            "proposal {} is item {} of the agenda of meeting {} already",
            p.id, item.position, m.id
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

fn record(
    tx: &WriteTx<'_>,
    new: NewProposal,
    by: &By,
    today: NaiveDate,
) -> anyhow::Result<(Proposal, Vec<Signer>)> {
    let signers = signers(tx, by, today)?;
    let p = tx.add_proposal(&new, &signers)?;
    Ok((p, signers))
}

/// Records a new proposal, and with `meeting` puts it on that meeting's agenda.
pub fn new(store: &mut Store, actor: &Actor, today: NaiveDate, d: Draft) -> anyhow::Result<Added> {
    let title = check_title(&d.title)?;
    let text = d.text.as_deref().map(check_text).transpose()?;
    if d.by == By::Floor {
        return Err(DomainError::invalid("by", "say who brings the proposal").into());
    }
    store.write(actor, |tx| {
        let meeting = d.meeting.map(|id| tx.meeting(id)).transpose()?;
        if let Some(m) = &meeting {
            check_agenda_add(m)?;
        }
        let (p, signers) = record(
            tx,
            NewProposal {
                title: title.clone(),
                text: text.clone(),
                kind: d.kind,
                by_board: d.by == By::Board,
                meeting_id: None,
                amends: None,
                today,
            },
            &d.by,
            today,
        )?;
        let (item, warnings) = match &meeting {
            Some(m) => {
                let (item, w) = put_on_agenda(tx, m, &p, None, None)?;
                (Some(item), w.into_iter().collect())
            }
            None => (None, Vec::new()),
        };
        Ok(Added {
            proposal: tx.proposal(p.id)?,
            signers,
            item,
            warnings,
        })
    })
}

/// Records an amendment of proposal `of`: same meeting and kind, listed with it.
pub fn amend(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
    of: i64,
    title: &str,
    text: Option<&str>,
    by: By,
) -> anyhow::Result<Added> {
    let title = check_title(title)?;
    let text = text.map(check_text).transpose()?;
    store.write(actor, |tx| {
        let p = tx.proposal(of)?;
        p.check_amendable()?;
        if let Some(mid) = p.meeting_id {
            tx.meeting(mid)?.check_changeable()?;
        }
        let (a, signers) = record(
            tx,
            NewProposal {
                title: title.clone(),
                text: text.clone(),
                kind: p.kind,
                by_board: by == By::Board,
                meeting_id: p.meeting_id,
                amends: Some(of),
                today,
            },
            &by,
            today,
        )?;
        let mut warnings = Vec::new();
        if a.text.is_none() {
            warnings.push(format!(
                "amendment {} has no text; the chair reads it out, and the minutes need it (`quorum proposal edit {} --text …`)",
                a.id, a.id
            ));
        }
        Ok(Added {
            proposal: a,
            signers,
            item: None,
            warnings,
        })
    })
}

/// Applies an edit to a draft.
pub fn edit(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
    id: i64,
    mut e: ProposalEdit,
) -> anyhow::Result<Proposal> {
    e.title = e.title.as_deref().map(check_title).transpose()?;
    e.text = e.text.as_deref().map(check_text).transpose()?;
    store.write(actor, |tx| {
        let p = tx.proposal(id)?;
        p.check_draft("edited")?;
        if let Some(k) = e.kind
            && k != p.kind
        {
            if let Some(of) = p.amends {
                return Err(DomainError::invalid(
                    "kind",
                    format!("proposal {id} amends proposal {of} and has its kind ({})", p.kind),
                )
                .into());
            }
            // The convocation announced what the item decides; a new kind would change that.
            if let Some(item) = tx.proposal_item(id)?
                && item.sent_position.is_some()
                && k.decides() != p.kind.decides()
            {
                return Err(DomainError::invalid(
                    "kind",
                    format!(
                        "proposal {id} was in the convocation as item {} deciding {}; a {k} proposal would decide {} (BW 2:42, notice_days_*): draft a new proposal for the next meeting",
                        item.position,
                        item.decides.as_str(),
                        k.decides().as_str()
                    ),
                )
                .into());
            }
            for a in tx.amendments(id)? {
                tx.edit_proposal(
                    a.id,
                    &ProposalEdit {
                        kind: Some(k),
                        ..Default::default()
                    },
                    today,
                )?;
            }
        }
        tx.edit_proposal(id, &e, today)
    })
}

/// Withdraws a draft, and with it its amendments still in draft (they amend nothing any more);
/// returns it with the numbers of the amendments withdrawn along.
pub fn withdraw(store: &mut Store, actor: &Actor, id: i64) -> anyhow::Result<(Proposal, Vec<i64>)> {
    store.write(actor, |tx| {
        tx.proposal(id)?.check_draft("withdrawn")?;
        let mut along = Vec::new();
        for a in tx.amendments(id)? {
            if a.check_draft("withdrawn").is_ok() {
                tx.withdraw_proposal(a.id)?;
                along.push(a.id);
            }
        }
        Ok((tx.withdraw_proposal(id)?, along))
    })
}

/// Excludes members from the vote on a proposal (BW 2:12, A7), all or none; returns each
/// number with whether it was new.
pub fn exclude(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    numbers: &[i64],
    reason: Option<&str>,
    force: bool,
    today: NaiveDate,
) -> anyhow::Result<Vec<(i64, bool)>> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    store.write(actor, |tx| {
        let p = tx.proposal(id)?;
        p.check_draft("changed")?;
        let rules = match p.meeting_id {
            Some(mid) => tx.meeting_rules(&tx.meeting(mid)?)?.1,
            None => tx.rules_on(today)?,
        };
        let forced = crate::domain::proposal::check_exclusion(&rules, reason, force)?;
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        for &number in numbers {
            if !seen.insert(number) {
                continue;
            }
            let s = Signer {
                member_id: member_id(tx, number)?,
                number,
            };
            out.push((number, tx.exclude_from_proposal(id, &s, reason, forced)?));
        }
        Ok(out)
    })
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

/// One proposal with its signers, exclusions, amendments, agenda item and the BW 2:42 checks.
pub fn show(store: &mut Store, id: i64) -> anyhow::Result<Detail> {
    store.read(|tx| {
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
    })
}

/// Proposals with their signers, all or one meeting's, each followed by its amendments.
pub fn list(
    store: &mut Store,
    meeting: Option<i64>,
) -> anyhow::Result<Vec<(Proposal, Vec<Signer>)>> {
    store.read(|tx| {
        if let Some(m) = meeting {
            tx.meeting(m)?;
        }
        tx.proposals(meeting)?
            .into_iter()
            .map(|p| {
                let s = tx.proposal_signers(p.id)?;
                Ok((p, s))
            })
            .collect()
    })
}
