//! Minutes: notes and action items during the meeting, the chair and the minute-taker, the
//! draft, the approval that seals the text, and the check of a seal.

use chrono::NaiveDate;

use crate::domain::DomainError;
use crate::domain::lang::Lang;
use crate::domain::meeting::Meeting;
use crate::domain::meeting::agenda::Item;
use crate::domain::minutes::SealRow;
use crate::domain::minutes::facts::ApprovalFacts;
use crate::domain::minutes::{self as dm, ApprovedBy};
use crate::domain::msg::msg;
use crate::ops::Changed;
use crate::store::minutes::{NewSeal, NoteRow};
use crate::store::minutes_circulation::CirculationRow;
use crate::store::{Actor, ReadTx, Store, WriteTx};

mod facts;

/// How the minutes are written as text: the document renderer of the output layer, named by the
/// handler (`output::minutes::Minutes`). The use case that circulates or seals the minutes must
/// hold the very text it hashes, inside its transaction, so it writes the text through this
/// rather than importing the renderer.
pub trait Document {
    /// The minutes as Markdown.
    fn markdown(f: &crate::domain::minutes::facts::Facts) -> String;
    /// Markdown as one printable HTML page.
    fn html(markdown: &str, lang: Lang) -> String;
    /// The short notice that a cancelled meeting does not take place.
    fn cancelled(association: &str, m: &Meeting, lang: Lang) -> String;
}

pub use facts::facts;

/// The agenda item at `position` of meeting `m`, or NotFound naming the agenda.
pub fn item(tx: &ReadTx<'_>, m: &Meeting, position: u32) -> anyhow::Result<Item> {
    tx.agenda(m.id)?
        .into_iter()
        .find(|i| i.position == position)
        .ok_or_else(|| {
            DomainError::Missing(msg!(
                "minutes-no-such-item",
                meeting = m.id,
                position = position
            ))
            .into()
        })
}

/// A local time of the meeting as the store writes moments (RFC 3339, UTC, as a vote's opening).
fn utc_rfc3339(t: chrono::NaiveDateTime) -> String {
    use chrono::TimeZone as _;
    chrono::Local
        .from_local_datetime(&t)
        .earliest()
        .map_or_else(|| t.and_utc(), |l| l.to_utc())
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn sealed(tx: &ReadTx<'_>, meeting_id: i64) -> anyhow::Result<Option<SealRow>> {
    Ok(tx.minutes_seals(meeting_id)?.pop())
}

/// Adds a note to the minutes of meeting `id` (under agenda item `position`, or the meeting);
/// `at` places it in the order of the meeting (a time on the meeting's day, in local time), for a
/// note written afterwards; without it, the note tells of the moment it is written.
pub fn note(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    position: Option<u32>,
    text: &str,
    correction: bool,
    at: Option<dm::Said>,
) -> anyhow::Result<Changed<i64>> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DomainError::invalid_said("text", msg!("minutes-note-text-empty")).into());
    }
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(id)?;
        dm::check_note(&m, sealed(tx, id)?.is_some(), correction)?;
        let item = position.map(|p| item(tx, &m, p)).transpose()?;
        let said = at.map(|a| utc_rfc3339(a.in_meeting(&m)));
        tx.add_minutes_note(
            id,
            item.map(|i| (i.id, i.position)),
            text,
            correction,
            said.as_deref(),
        )
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
) -> anyhow::Result<Changed<i64>> {
    let (who, what) = (who.trim(), what.trim());
    if who.is_empty() {
        return Err(DomainError::invalid_said("who", msg!("minutes-action-who-empty")).into());
    }
    if what.is_empty() {
        return Err(DomainError::invalid_said("what", msg!("minutes-action-what-empty")).into());
    }
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(id)?;
        dm::check_action(&m, sealed(tx, id)?.is_some())?;
        dm::check_due(&m, due)?;
        let item = position.map(|p| item(tx, &m, p)).transpose()?;
        tx.add_action(id, item.map(|i| (i.id, i.position)), who, what, due)
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

/// Records the tellers (stemcommissie) of meeting `m` by member number, inside the caller's
/// transaction (`meeting edit --tellers N…`). A cancelled meeting has none.
pub fn tellers_in(tx: &WriteTx<'_>, m: &Meeting, numbers: &[i64]) -> anyhow::Result<()> {
    if m.state() == crate::domain::meeting::State::Cancelled {
        m.check_changeable()?;
    }
    let ids = numbers
        .iter()
        .map(|n| crate::ops::meeting::member_id(tx, *n))
        .collect::<anyhow::Result<Vec<_>>>()?;
    tx.set_meeting_tellers(m.id, &ids)
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

/// A cancelled meeting was never held and has no minutes.
fn held(m: &Meeting) -> anyhow::Result<()> {
    if m.state() == crate::domain::meeting::State::Cancelled {
        return Err(DomainError::said(match m.cancel_reason.as_deref() {
            Some(reason) => msg!("minutes-cancelled-because", meeting = m.id, reason = reason),
            None => msg!("minutes-cancelled", meeting = m.id),
        })
        .into());
    }
    Ok(())
}

/// The short notice that cancelled meeting `id` does not take place, in `lang` or the
/// association's language, with the language it is in; refused for a meeting that was not
/// cancelled.
pub fn cancelled_notice<D: Document>(
    store: &mut Store,
    id: i64,
    lang: Option<Lang>,
) -> anyhow::Result<(String, Lang)> {
    store.read(|tx| {
        let m = tx.meeting(id)?;
        if m.state() != crate::domain::meeting::State::Cancelled {
            return Err(DomainError::said(msg!("minutes-not-cancelled", meeting = id)).into());
        }
        let lang = match lang {
            Some(l) => l,
            None => tx.association_lang()?,
        };
        let name = tx.association_name()?.unwrap_or_default();
        Ok((D::cancelled(&name, &m, lang), lang))
    })
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
pub fn draft<D: Document>(store: &mut Store, id: i64, o: DraftOptions) -> anyhow::Result<Draft> {
    store.read(|tx| {
        let m = tx.meeting(id)?;
        held(&m)?;
        let lang = match o.lang {
            Some(l) => l,
            None => tx.association_lang()?,
        };
        let mut f = facts(tx, id, lang, o.names, None)?;
        f.appendix = o.appendix;
        let text = D::markdown(&f);
        Ok(Draft {
            text: if o.html { D::html(&text, lang) } else { text },
            lang,
            no_chair: f.chair.is_none(),
            no_secretary: f.secretary.is_none(),
        })
    })
}

/// The text of the draft in the form members are sent for approval on `on`.
fn circulation_text<D: Document>(
    tx: &ReadTx<'_>,
    id: i64,
    lang: Lang,
    names: bool,
    on: NaiveDate,
) -> anyhow::Result<String> {
    let mut f = facts(tx, id, lang, names, None)?;
    f.circulated = Some(on);
    Ok(D::markdown(&f))
}

/// A version frozen for circulation.
#[derive(Debug)]
pub struct Circulated {
    pub version: usize,
    pub sha256: String,
    pub draft: Draft,
}

/// Freezes the draft of the minutes of meeting `id` as members are sent it for approval: the
/// text and its SHA-256 stored and journaled; `minutes approve` seals exactly this text.
pub fn circulate<D: Document>(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    o: DraftOptions,
    on: NaiveDate,
) -> anyhow::Result<Circulated> {
    store.write(actor, |tx| {
        let m = tx.meeting(id)?;
        held(&m)?;
        if m.closed_at.is_none() {
            return Err(
                DomainError::said(msg!("minutes-circulate-not-closed", meeting = id)).into(),
            );
        }
        if let Some(s) = sealed(tx, id)? {
            return Err(DomainError::said(msg!(
                "minutes-circulate-approved",
                meeting = id,
                at = s.approved_at
            ))
            .into());
        }
        let lang = match o.lang {
            Some(l) => l,
            None => tx.association_lang()?,
        };
        let text = circulation_text::<D>(tx, id, lang, o.names, on)?;
        let sha256 = dm::seal_digest(&text);
        let f = facts(tx, id, lang, o.names, None)?;
        tx.circulate_minutes(&crate::store::minutes_circulation::NewCirculation {
            meeting_id: id,
            lang: lang.code(),
            names: o.names,
            on,
            text: &text,
            sha256: &sha256,
        })?;
        let version = tx.minutes_circulations(id)?.len();
        Ok(Circulated {
            version,
            sha256,
            draft: Draft {
                text: if o.html { D::html(&text, lang) } else { text },
                lang,
                no_chair: f.chair.is_none(),
                no_secretary: f.secretary.is_none(),
            },
        })
    })
}

/// The latest circulated version of the minutes of meeting `id`, or NotFound.
pub fn circulated(store: &mut Store, id: i64) -> anyhow::Result<CirculationRow> {
    store.read(|tx| {
        tx.meeting(id)?;
        tx.minutes_circulations(id)?.pop().ok_or_else(|| {
            DomainError::Missing(msg!("minutes-not-circulated", meeting = id)).into()
        })
    })
}

/// The lines of `now` that differ from `then`: what changed since a version was circulated.
fn changed_lines(then: &str, now: &str) -> Vec<String> {
    let old: std::collections::HashSet<&str> = then.lines().collect();
    let new: std::collections::HashSet<&str> = now.lines().collect();
    let mut out: Vec<String> = then
        .lines()
        .filter(|l| !l.trim().is_empty() && !new.contains(l))
        .map(|l| format!("- {l}"))
        .collect();
    out.extend(
        now.lines()
            .filter(|l| !l.trim().is_empty() && !old.contains(l))
            .map(|l| format!("+ {l}")),
    );
    out
}

/// The notes of the minutes of meeting `id`, numbered in the order written (the numbers `minutes
/// note edit` and `remove` take).
pub fn notes(store: &mut Store, id: i64) -> anyhow::Result<Vec<NoteRow>> {
    store.read(|tx| {
        tx.meeting(id)?;
        tx.minutes_notes(id)
    })
}

/// Refuses a change to the notes of sealed minutes, naming the way that remains.
fn notes_open(tx: &ReadTx<'_>, id: i64) -> anyhow::Result<()> {
    if let Some(s) = sealed(tx, id)? {
        return Err(crate::exit::hinted(
            msg!("minutes-notes-sealed", meeting = id, at = s.approved_at),
            msg!("minutes-notes-sealed-hint", meeting = id),
        ));
    }
    Ok(())
}

/// Corrects note `number` of the minutes of meeting `id` before approval.
pub fn note_edit(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    number: u32,
    text: &str,
) -> anyhow::Result<Changed<()>> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DomainError::invalid_said("text", msg!("minutes-note-edit-empty")).into());
    }
    crate::ops::write(store, actor, |tx| {
        tx.meeting(id)?;
        notes_open(tx, id)?;
        tx.edit_minutes_note(id, number, text)
    })
}

/// Removes note `number` of the minutes of meeting `id` before approval.
pub fn note_remove(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    number: u32,
) -> anyhow::Result<Changed<()>> {
    crate::ops::write(store, actor, |tx| {
        tx.meeting(id)?;
        notes_open(tx, id)?;
        tx.remove_minutes_note(id, number)
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
        return Err(DomainError::said(msg!(
            "minutes-vote-other-meeting",
            vote = vote,
            taken = v.meeting_id,
            at = at
        ))
        .into());
    }
    if v.is_open() {
        return Err(DomainError::said(msg!("minutes-vote-open", vote = vote)).into());
    }
    let rules = crate::domain::rules::pin::from_pinned(&v.rules_values)?;
    let result = v.result_name().unwrap_or("none");
    let outcome = crate::domain::decision::vote_outcome(
        v.result,
        v.declaration,
        rules.chair_declaration_decisive,
    );
    use crate::domain::vote::held::Status;
    match (v.status, outcome) {
        (Status::Closed, Some(crate::domain::decision::Outcome::Adopted)) => Ok(()),
        (status, _) => Err(DomainError::said(msg!(
            "minutes-vote-not-adopted",
            vote = vote,
            result = if status == Status::Closed {
                result
            } else {
                status.as_str()
            }
        ))
        .into()),
    }
}

/// Approves the minutes of a meeting at meeting `at` and seals the text: composed in the
/// association's language inside the same transaction, stored with its SHA-256, journaled.
pub fn approve<D: Document>(
    store: &mut Store,
    actor: &Actor,
    a: Approve,
) -> anyhow::Result<Changed<SealRow>> {
    crate::ops::write(store, actor, |tx| {
        let of = tx.meeting(a.meeting)?;
        let at = tx.meeting(a.at)?;
        let (_, rules) = tx.meeting_rules(&of)?;
        dm::check_approval(rules.minutes_adopted_by, &of, &at)?;
        let before = sealed(tx, a.meeting)?;
        match (&before, a.correction) {
            (Some(s), false) => {
                return Err(DomainError::said(msg!(
                    "minutes-approved-already",
                    meeting = a.meeting,
                    at = s.approved_at,
                    seal = s.id
                ))
                .into());
            }
            (None, true) => {
                return Err(DomainError::invalid_said(
                    "correction",
                    msg!("minutes-correction-unapproved", meeting = a.meeting),
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
        let circulation = if a.correction {
            None
        } else {
            tx.minutes_circulations(a.meeting)?.pop()
        };
        let (lang, text, circulation) = match circulation {
            // What was circulated is what is approved: the same text, or a refusal naming what
            // changed since.
            Some(c) => {
                let lang: Lang = c.lang.parse()?;
                let on: NaiveDate = c.circulated_on.parse()?;
                let now = circulation_text::<D>(tx, a.meeting, lang, c.names, on)?;
                if now != c.text {
                    let lines = changed_lines(&c.text, &now);
                    return Err(crate::exit::hinted(
                        msg!(
                            "minutes-changed-since-circulated",
                            meeting = a.meeting,
                            on = on,
                            sha256 = c.sha256.as_str(),
                            lines = lines.join("\n")
                        ),
                        msg!("minutes-changed-since-circulated-hint", meeting = a.meeting),
                    ));
                }
                (lang, c.text, Some(c.id))
            }
            None => {
                let lang = tx.association_lang()?;
                let approval = ApprovalFacts {
                    at: at.date(),
                    same_meeting: at.id == of.id,
                    vote: a.vote,
                    corrects,
                };
                let f = facts(tx, a.meeting, lang, a.names, Some(approval))?;
                (lang, D::markdown(&f), None)
            }
        };
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
            circulation,
        })?;
        tx.minutes_seals(a.meeting)?
            .into_iter()
            .find(|s| s.id == id)
            .ok_or_else(|| crate::exit::Failed(msg!("minutes-seal-not-stored", seal = id)).into())
    })
}

/// The latest seal of the minutes of meeting `id`, or a refusal that says they are not approved.
pub fn approved(store: &mut Store, id: i64) -> anyhow::Result<SealRow> {
    store.read(|tx| {
        tx.meeting(id)?;
        sealed(tx, id)?
            .ok_or_else(|| DomainError::Missing(msg!("minutes-not-approved", meeting = id)).into())
    })
}

/// What is known beside sealed minutes, in their language, never inside their text: how they
/// were approved when they approved a circulated version, and what happened to their decisions
/// after the meeting (a notarial deed).
pub fn annotations(store: &mut Store, seal: &SealRow) -> anyhow::Result<Vec<String>> {
    store.read(|tx| {
        let lang: Lang = seal.lang.parse()?;
        let mut out = Vec::new();
        let at = tx.meeting(seal.approved_at)?;
        if let Some(c) = tx.seal_circulation(seal.id)? {
            let c = tx
                .minutes_circulations(seal.meeting_id)?
                .into_iter()
                .find(|x| x.id == c)
                .ok_or_else(|| {
                    crate::exit::Failed(msg!(
                        "minutes-circulation-missing",
                        circulation = c,
                        seal = seal.id
                    ))
                })?;
            let on: NaiveDate = c.circulated_on.parse()?;
            let by_vote = seal.vote_id.is_some();
            let day = |d| crate::domain::date::day_text(d, lang);
            out.push(match lang {
                Lang::Nl => format!(
                    "Vastgesteld in de algemene ledenvergadering van {}, {}. De tekst hierboven is de op {} rondgestuurde tekst, ongewijzigd.",
                    day(at.date()),
                    if by_vote { "bij stemming" } else { "bij acclamatie" },
                    day(on)
                ),
                Lang::En => format!(
                    "Approved at the general meeting of {}, {}. The text above is the text circulated on {}, unchanged.",
                    day(at.date()),
                    if by_vote { "by vote" } else { "by acclamation" },
                    day(on)
                ),
            });
        }
        let filter = crate::store::decisions::DecisionFilter {
            meeting_id: Some(seal.meeting_id),
            ..Default::default()
        };
        for d in tx.decisions(&filter)? {
            for h in tx.decision_history(d.id)? {
                // The text tells the meeting as it was; a deed (before or after the seal) is
                // always after the meeting, so it is told here.
                if h.status != crate::domain::decision::Status::InForce {
                    continue;
                }
                let on: NaiveDate = h.status_date.parse()?;
                let day = crate::domain::date::date_text(on, lang);
                let note = h.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
                out.push(match lang {
                    Lang::Nl => format!(
                        "Aantekening: besluit {} (‘{}’) is op {day} in werking getreden{note}.",
                        d.code, d.title
                    ),
                    Lang::En => format!(
                        "Note: decision {} (‘{}’) came into force on {day}{note}.",
                        d.code, d.title
                    ),
                });
            }
        }
        Ok(out)
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
            return Err(
                DomainError::Missing(msg!("minutes-no-seal-to-check", meeting = id)).into(),
            );
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
