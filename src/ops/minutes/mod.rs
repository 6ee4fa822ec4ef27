//! Minutes: notes and action items during the meeting, the chair and the minute-taker, the
//! draft, the approval that seals the text, and the check of a seal.

use chrono::NaiveDate;

use crate::domain::DomainError;
use crate::domain::lang::Lang;
use crate::domain::meeting::Meeting;
use crate::domain::meeting::agenda::Item;
use crate::domain::minutes::{self as dm, ApprovedBy};
use crate::output::minutes::{self as doc, ApprovalFacts};
use crate::store::minutes::{NewSeal, SealRow};
use crate::store::{Actor, ReadTx, Store, WriteTx};

mod facts;

pub use facts::facts;

/// The agenda item at `position` of meeting `m`, or NotFound naming the agenda.
pub fn item(tx: &ReadTx<'_>, m: &Meeting, position: u32) -> anyhow::Result<Item> {
    tx.agenda(m.id)?
        .into_iter()
        .find(|i| i.position == position)
        .ok_or_else(|| {
            DomainError::NotFound(format!(
                "meeting {} has no agenda item {position}; `quorum meeting agenda {} list` shows the items",
                m.id, m.id
            ))
            .into()
        })
}

fn sealed(tx: &ReadTx<'_>, meeting_id: i64) -> anyhow::Result<Option<SealRow>> {
    Ok(tx.minutes_seals(meeting_id)?.pop())
}

/// Adds a note to the minutes of meeting `id` (under agenda item `position`, or the meeting).
pub fn note(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    position: Option<u32>,
    text: &str,
    correction: bool,
) -> anyhow::Result<i64> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DomainError::invalid("text", "the note is empty; write what was said").into());
    }
    store.write(actor, |tx| {
        let m = tx.meeting(id)?;
        dm::check_note(&m, sealed(tx, id)?.is_some(), correction)?;
        let item = position.map(|p| item(tx, &m, p)).transpose()?;
        tx.add_minutes_note(id, item.map(|i| (i.id, i.position)), text, correction)
    })
}

/// Adds an action item agreed at meeting `id`.
pub fn action(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    position: Option<u32>,
    who: &str,
    what: &str,
    due: Option<NaiveDate>,
) -> anyhow::Result<i64> {
    let (who, what) = (who.trim(), what.trim());
    if who.is_empty() {
        return Err(DomainError::invalid("who", "say who will do it").into());
    }
    if what.is_empty() {
        return Err(DomainError::invalid("what", "say what is to be done").into());
    }
    store.write(actor, |tx| {
        let m = tx.meeting(id)?;
        dm::check_action(&m, sealed(tx, id)?.is_some())?;
        dm::check_due(&m, due)?;
        let item = position.map(|p| item(tx, &m, p)).transpose()?;
        tx.add_action(id, item.map(|i| (i.id, i.position)), who, what, due)
    })
}

/// Marks action `id` done on `on`.
pub fn action_done(store: &mut Store, actor: &Actor, id: i64, on: NaiveDate) -> anyhow::Result<()> {
    store.write(actor, |tx| {
        let a = tx.action(id)?;
        if let Some(d) = &a.done_at {
            return Err(
                DomainError::Refused(format!("action item {id} was done already on {d}")).into(),
            );
        }
        tx.action_done(id, on)
    })
}

/// Records the chair and the minute-taker of meeting `m` by member number, inside the caller's
/// transaction (`meeting edit --chair N --secretary N`). A cancelled meeting has neither.
pub fn officers_in(
    tx: &WriteTx<'_>,
    m: &Meeting,
    chair: Option<i64>,
    secretary: Option<i64>,
) -> anyhow::Result<bool> {
    if m.state() == crate::domain::meeting::State::Cancelled {
        m.check_changeable()?;
    }
    let chair = chair
        .map(|n| crate::ops::meeting::member_id(tx, n))
        .transpose()?;
    let secretary = secretary
        .map(|n| crate::ops::meeting::member_id(tx, n))
        .transpose()?;
    tx.set_meeting_officers(m.id, chair, secretary)
}

/// A draft of the minutes, and what the secretary should be told about it.
#[derive(Debug)]
pub struct Draft {
    pub text: String,
    pub lang: Lang,
    /// The chair, resp. the minute-taker, is not recorded (`meeting edit --chair/--secretary`).
    pub no_chair: bool,
    pub no_secretary: bool,
}

/// How a draft is asked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct DraftOptions {
    pub lang: Option<Lang>,
    pub names: bool,
    pub html: bool,
    /// Add the technical appendix (internal numbers, rule keys, the journal anchor).
    pub appendix: bool,
}

/// The draft's text (Markdown or HTML) of the minutes of meeting `id`. A cancelled meeting has
/// no minutes: it was never held.
pub fn draft(store: &mut Store, id: i64, o: DraftOptions) -> anyhow::Result<Draft> {
    store.read(|tx| {
        let m = tx.meeting(id)?;
        if m.state() == crate::domain::meeting::State::Cancelled {
            return Err(DomainError::Refused(format!(
                "meeting {id} was cancelled{}, so it was never held and has no minutes; `quorum minutes draft {id} --cancelled` prints the short notice that it did not take place",
                m.cancel_reason
                    .as_deref()
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default()
            ))
            .into());
        }
        let lang = match o.lang {
            Some(l) => l,
            None => tx.association_lang()?,
        };
        let mut f = facts(tx, id, lang, o.names, None)?;
        f.appendix = o.appendix;
        let blocks = doc::compose(&f);
        let text = doc::markdown(&blocks);
        Ok(Draft {
            text: if o.html { doc::html(&text, lang) } else { text },
            lang,
            no_chair: f.chair.is_none(),
            no_secretary: f.secretary.is_none(),
        })
    })
}

/// How an approval is asked for.
#[derive(Debug, Clone, Copy)]
pub struct Approve {
    pub meeting: i64,
    pub at: i64,
    pub vote: Option<i64>,
    pub names: bool,
    /// A new approval of minutes already sealed, which corrects them.
    pub correction: bool,
}

/// The vote that approved the minutes must be a closed vote of meeting `at`, adopted.
fn check_vote(tx: &ReadTx<'_>, vote: i64, at: i64) -> anyhow::Result<()> {
    let v = tx.vote(vote)?;
    if v.meeting_id != at {
        return Err(DomainError::Refused(format!(
            "vote {vote} was taken at meeting {}, not at meeting {at}; name a vote of the meeting that approves",
            v.meeting_id
        ))
        .into());
    }
    if v.is_open() {
        return Err(DomainError::Refused(format!(
            "vote {vote} is still open; close it first (`quorum vote close {vote}`)"
        ))
        .into());
    }
    let rules = crate::domain::rules::pin::from_pinned(&v.rules_values)?;
    let result = v.result.as_deref().unwrap_or("none");
    let outcome = crate::domain::decision::vote_outcome(
        result,
        v.declaration.as_deref(),
        rules.chair_declaration_decisive,
    );
    match (v.status.as_str(), outcome) {
        ("closed", Some(crate::domain::decision::Outcome::Adopted)) => Ok(()),
        (status, _) => Err(DomainError::Refused(format!(
            "vote {vote} did not adopt anything ({}); minutes are approved by a vote that adopted them, or by acclamation without --vote",
            if status == "closed" { result } else { status }
        ))
        .into()),
    }
}

/// Approves the minutes of a meeting at meeting `at` and seals the text: composed in the
/// association's language inside the same transaction, stored with its SHA-256, journaled.
pub fn approve(store: &mut Store, actor: &Actor, a: Approve) -> anyhow::Result<SealRow> {
    store.write(actor, |tx| {
        let of = tx.meeting(a.meeting)?;
        let at = tx.meeting(a.at)?;
        let (_, rules) = tx.meeting_rules(&of)?;
        dm::check_approval(rules.minutes_adopted_by, &of, &at)?;
        let before = sealed(tx, a.meeting)?;
        match (&before, a.correction) {
            (Some(s), false) => {
                return Err(DomainError::Refused(format!(
                    "the minutes of meeting {} were approved already at meeting {} (seal {}); a correction is a new approval with --correction",
                    a.meeting, s.approved_at, s.id
                ))
                .into());
            }
            (None, true) => {
                return Err(DomainError::invalid(
                    "correction",
                    format!(
                        "the minutes of meeting {} have not been approved yet; approve them without --correction",
                        a.meeting
                    ),
                )
                .into());
            }
            _ => {}
        }
        if let Some(v) = a.vote {
            check_vote(tx, v, a.at)?;
        }
        let corrects = match &before {
            Some(s) => Some(tx.meeting(s.approved_at)?.date()),
            None => None,
        };
        let lang = tx.association_lang()?;
        let approval = ApprovalFacts {
            at: at.date(),
            same_meeting: at.id == of.id,
            vote: a.vote,
            corrects,
        };
        let f = facts(tx, a.meeting, lang, a.names, Some(approval))?;
        let text = doc::markdown(&doc::compose(&f));
        let sha = dm::seal_digest(&text);
        let by = match a.vote {
            Some(v) => ApprovedBy::Vote(v),
            None => ApprovedBy::Acclamation,
        };
        let id = tx.seal_minutes(&NewSeal {
            meeting_id: a.meeting,
            approved_at: a.at,
            by,
            lang: lang.code(),
            text: &text,
            sha256: &sha,
            corrects: before.map(|s| s.id),
        })?;
        tx.minutes_seals(a.meeting)?
            .into_iter()
            .find(|s| s.id == id)
            .ok_or_else(|| anyhow::anyhow!("seal {id} was not stored"))
    })
}

/// The latest seal of the minutes of meeting `id`, or a refusal that says they are not approved.
pub fn approved(store: &mut Store, id: i64) -> anyhow::Result<SealRow> {
    store.read(|tx| {
        tx.meeting(id)?;
        sealed(tx, id)?.ok_or_else(|| {
            DomainError::NotFound(format!(
                "the minutes of meeting {id} have not been approved; `quorum minutes draft {id}` shows the draft"
            ))
            .into()
        })
    })
}

/// One seal checked: its text against its SHA-256, and that SHA-256 against the journal entry
/// that recorded it (which the hash chain vouches for).
#[derive(Debug, Clone, serde::Serialize, Default)]
pub struct SealCheck {
    pub meeting: i64,
    pub seal: i64,
    pub approved_at: i64,
    pub sha256: String,
    pub text_matches: bool,
    pub journal_seq: Option<i64>,
    pub journal_matches: bool,
    pub chain_intact: bool,
    pub ok: bool,
}

/// Checks every seal of the minutes of meeting `id`.
pub fn verify(store: &mut Store, id: i64) -> anyhow::Result<Vec<SealCheck>> {
    store.read(|tx| {
        tx.meeting(id)?;
        let seals = tx.minutes_seals(id)?;
        if seals.is_empty() {
            return Err(DomainError::NotFound(format!(
                "the minutes of meeting {id} have not been approved; there is no seal to check"
            ))
            .into());
        }
        let chain = tx.journal_verify()?.is_ok();
        Ok(seals
            .iter()
            .map(|s| {
                let text_matches = dm::seal_holds(&s.text, &s.sha256);
                let journal_matches = s.journaled_sha256.as_deref() == Some(s.sha256.as_str());
                SealCheck {
                    meeting: id,
                    seal: s.id,
                    approved_at: s.approved_at,
                    sha256: s.sha256.clone(),
                    text_matches,
                    journal_seq: s.journal_seq,
                    journal_matches,
                    chain_intact: chain,
                    ok: text_matches && journal_matches && chain,
                }
            })
            .collect())
    })
}
