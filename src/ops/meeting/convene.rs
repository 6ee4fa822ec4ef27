//! `meeting convene`: the convocation checked and recorded, and what its letter and mailing
//! lists are made from.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use crate::domain::DomainError;
use crate::domain::lang::Lang;
use crate::domain::meeting::Kind;
use crate::domain::meeting::Meeting;
use crate::domain::meeting::agenda::Item;
use crate::domain::meeting::convocation::{Retiring, by_email};
use crate::domain::meeting::notice::{self, Notice};
use crate::domain::member::Member;
use crate::domain::roll::Selection;
use crate::domain::rules::Rules;
use crate::ops::Changed;
use crate::store::members::{MemberFilter, SortBy};
use crate::store::{Actor, Store, WriteTx};

/// The convocation, checked and recorded inside the caller's transaction; `force` overrides a
/// short notice or a convocation without place or agenda. Returns the meeting, the notice and
/// whether it was convened now (false: convened before, the record stays).
fn record(
    tx: &WriteTx<'_>,
    id: i64,
    sent: Option<NaiveDate>,
    today: NaiveDate,
    channel: &str,
    force: bool,
) -> anyhow::Result<(Meeting, Notice, bool)> {
    let m = tx.meeting(id)?;
    if let Some(on) = m.convened_on {
        // Convened already: the documents may be written again, the record stays, also after
        // the meeting (the archive's copy of the letter as it was sent).
        if sent.is_some_and(|s| s != on) {
            return Err(
                DomainError::said(msg!("meeting-convened-already", meeting = id, on = on)).into(),
            );
        }
        let (_, rules) = tx.meeting_rules(&m)?;
        let items = tx.agenda(id)?;
        let sent_items = items
            .iter()
            .filter(|i| i.sent_position.is_some())
            .map(|i| i.decides);
        let n = notice::check(&rules, sent_items, on, m.date());
        return Ok((m, n, false));
    }
    m.check_changeable()?;
    let sent = sent.unwrap_or(today);
    if sent > m.date() {
        return Err(DomainError::invalid_said(
            "sent",
            msg!("sent-after-meeting", sent = sent, meeting = m.date()),
        )
        .into());
    }
    let (_, rules) = tx.meeting_rules(&m)?;
    let items = tx.agenda(id)?;
    let n = notice::check(&rules, items.iter().map(|i| i.decides), sent, m.date());
    if !n.ok && !force {
        return Err(crate::exit::hinted(
            n.shortfall(),
            msg!("notice-too-short-hint"),
        ));
    }
    let missing = crate::domain::meeting::convocation::missing(&m, &items);
    if !missing.is_empty() && !force {
        let place = missing.contains(&"place");
        let items = missing.iter().any(|w| *w != "place");
        let what = match (place, items) {
            (true, true) => msg!("convene-missing-place-and-items", meeting = id),
            (true, false) => msg!("convene-missing-place", meeting = id),
            _ => msg!("convene-missing-items", meeting = id),
        };
        return Err(crate::exit::hinted(
            msg!("convene-missing", meeting = id, what = what),
            msg!("convene-missing-hint"),
        ));
    }
    let m = tx.convene_meeting(&m, sent, channel, &n, !n.ok, &missing)?;
    Ok((m, n, true))
}

/// What `meeting convene` is asked.
#[derive(Debug, Clone)]
pub struct Convene {
    pub meeting: i64,
    /// The day it went out; None: today (or, when convened before, the day on record).
    pub sent: Option<NaiveDate>,
    pub today: NaiveDate,
    /// email, post or both.
    pub channel: String,
    pub force: bool,
    /// Whether the members to convene are wanted (the mailing lists, or a check of e-mail).
    pub members: bool,
}

/// A convocation on record, with what its letter and mailing lists are made from.
#[derive(Debug, Clone)]
pub struct Convocation {
    pub meeting: Meeting,
    pub notice: Notice,
    /// Convened by this command (false: convened before; the documents are written again).
    pub new: bool,
    pub association: String,
    pub lang: Lang,
    pub agenda: Vec<Item>,
    pub rules: Rules,
    /// The first day the verbatim text of a statute amendment on the agenda lies open.
    pub text_open_from: Option<NaiveDate>,
    /// At an annual meeting: the board members the retirement schedule retires at it.
    pub retiring: Vec<Retiring>,
    /// The last day for counter-candidates, where seats open and the statutes set one.
    pub counter_candidates_until: Option<NaiveDate>,
    /// The meeting's elections with the candidates standing (not withdrawn), in their order.
    pub nominees: Vec<crate::domain::meeting::convocation::Nominees>,
    /// The meeting documents recorded for the agenda items, listed in the letter.
    pub documents: Vec<crate::domain::meeting::document::Document>,
    /// The members convened (when asked for): by e-mail, those who consented to it by the day it
    /// went out; by post, the others (BW 2:41 lid 5).
    pub by_email: Vec<Member>,
    pub by_post: Vec<Member>,
    /// The addressee blocks of the letters by post (a mail merge), in the register's order of
    /// names; and the members convened by post whom no letter can reach (no street or city).
    pub letters: Vec<Addressee>,
    pub unaddressed: Vec<Member>,
}

/// One letter of a mail merge: whom it greets and the block a window envelope shows.
#[derive(Debug, Clone)]
pub struct Addressee {
    /// The name in the salutation: the person's full name, or the organisation's own name.
    pub name: String,
    pub lines: Vec<String>,
}

/// Records the convocation (or finds it on record) and gathers its documents' facts in the
/// same transaction.
pub fn convene(
    store: &mut Store,
    actor: &Actor,
    c: Convene,
) -> anyhow::Result<Changed<Convocation>> {
    crate::ops::write(store, actor, |tx| {
        let (m, notice, new) = record(tx, c.meeting, c.sent, c.today, &c.channel, c.force)?;
        let (_, rules) = tx.meeting_rules(&m)?;
        // The annual meeting elects the board members the retirement schedule retires at it.
        let retiring: Vec<Retiring> = if m.kind == Kind::Annual {
            crate::ops::board::retiring_at_meeting(tx, m.date())?
                .into_iter()
                .map(|v| Retiring {
                    name: v.name,
                    role: v.role,
                    re_eligible: v.re_eligible,
                })
                .collect()
        } else {
            Vec::new()
        };
        let text_open_from = tx
            .proposals(Some(m.id))?
            .into_iter()
            .filter(|p| {
                p.kind == crate::domain::proposal::Kind::Statutes && p.withdrawn_at.is_none()
            })
            .filter_map(|p| p.text_open_from)
            .min();
        let (by_email, by_post) = if c.members {
            let members = tx.list_members(&MemberFilter {
                on: m.date(),
                // Suspended members too: the roll below decides who has access.
                status: Selection::Current,
                sort: SortBy::Number,
                ..Default::default()
            })?;
            let roll = tx.meeting_roll(m.date(), None)?;
            let about = tx.agenda_members(m.id)?;
            // A suspended member has access to the meeting that deals with the own suspension or
            // expulsion, so is convened for it (BW 2:38 lid 1; ECLI:NL:GHARL:2021:4710).
            let access: std::collections::HashSet<i64> = roll
                .iter()
                .filter(|v| v.access || (v.suspended && about.contains(&v.member_id)))
                .map(|v| v.member_id)
                .collect();
            members
                .into_iter()
                .filter(|x| access.contains(&x.id))
                .partition(|x| by_email(x, notice.sent))
        } else {
            (Vec::new(), Vec::new())
        };
        let mut in_register_order: Vec<&Member> = by_post.iter().collect();
        in_register_order
            .sort_by_cached_key(|x| (crate::store::members::register_sort_name(&x.data), x.number));
        let (mut letters, mut unaddressed) = (Vec::new(), Vec::new());
        for x in in_register_order {
            match crate::domain::meeting::convocation::address_block(x) {
                Some(lines) => letters.push(Addressee {
                    name: x.data.full_name(),
                    lines,
                }),
                None => unaddressed.push(x.clone()),
            }
        }
        // The deadline for counter-candidates, where seats open and the statutes set one.
        let counter_candidates_until = if retiring.is_empty() {
            None
        } else {
            crate::domain::office::counter_candidates_until(&rules, m.date())
        };
        // Candidates keep no day of nomination, so a letter written again once the meeting has
        // opened (for the archive) cannot say who stood when it went out: it names none.
        let mut nominees = Vec::new();
        let elections = if m.opened_at.is_none() {
            tx.elections(Some(m.id))?
        } else {
            Vec::new()
        };
        for e in elections {
            let names: Vec<String> = tx
                .election_candidates(e.id)?
                .into_iter()
                .filter(|c| !c.withdrawn)
                .map(|c| c.name)
                .collect();
            if !names.is_empty() {
                nominees.push(crate::domain::meeting::convocation::Nominees {
                    title: e.title,
                    seats: e.seats,
                    names,
                });
            }
        }
        Ok(Convocation {
            nominees,
            association: tx.association_name()?.unwrap_or_default(),
            lang: tx.association_lang()?,
            agenda: tx.agenda(m.id)?,
            documents: tx.meeting_documents(m.id)?,
            meeting: m,
            notice,
            new,
            rules,
            text_open_from,
            retiring,
            counter_candidates_until,
            letters,
            unaddressed,
            by_email,
            by_post,
        })
    })
}
