//! Votes on proposals: open (with the quorum and BW 2:42 checks), count a show of hands, cast a
//! roll-call vote (in person, by proxy, split), close with the result and the chair's
//! declaration, and the immediate challenge that replaces a vote (BW 2:13 lid 4).

use crate::domain::DomainError;
use crate::domain::meeting::Meeting;
use crate::domain::meeting::State;
use crate::domain::msg::msg;
use crate::domain::proposal::{Proposal, Status, statute};
use crate::domain::rules::Rules;
use crate::domain::rules::decide::{Attendance, Tally};
use crate::domain::vote::Vote;
use crate::domain::vote::code::CodesFor;
use crate::domain::vote::{self as dv, Declaration, Declared, Method};
use crate::ops::Changed;
use crate::store::votes::{Closing, NewVote};
use crate::store::{Actor, ReadTx, Store};

use super::meeting::statement;

/// An opened vote and what the chair should know.
#[derive(Debug, Clone)]
pub struct Opened {
    pub id: i64,
    pub warnings: Vec<String>,
    /// How the decision would stand, judged now from the same facts as when it is recorded.
    pub standing: crate::domain::decision::standing::Assessment,
    /// "vote 10 on proposal 9 ‘Voorstel A’".
    pub named: crate::domain::msg::Msg,
    /// The vote as `vote show` gives it.
    pub view: VoteView,
}

/// How a status line names vote `id`: with its proposal.
pub fn named(tx: &ReadTx<'_>, id: i64) -> anyhow::Result<crate::domain::msg::Msg> {
    let v = tx.vote(id)?;
    let p = tx.proposal(v.proposal_id)?;
    Ok(dv::words::vote_on(id, p.id, &p.title))
}

/// A vote is counted, cast and closed only while its meeting is open; after closing, a mistake
/// is corrected through the minutes.
pub(crate) fn check_meeting_open(tx: &ReadTx<'_>, v: &Vote) -> anyhow::Result<()> {
    let m = tx.meeting(v.meeting_id)?;
    if m.state() != State::Open {
        m.check_door()?;
        return Err(DomainError::said(msg!(
            "vote-meeting-not-open",
            meeting = m.id,
            state = msg!("meeting-state", state = m.state().as_str()),
            vote = v.id
        ))
        .into());
    }
    Ok(())
}

/// Votes present or represented and in total for a proposal, excluded members left out.
pub(super) fn attendance(
    tx: &ReadTx<'_>,
    m: &Meeting,
    proposal_id: i64,
) -> anyhow::Result<Attendance> {
    let c = tx.meeting_counts(m)?;
    let (ex_present, ex_total) = tx.excluded_votes(m.id, proposal_id)?;
    Ok(Attendance {
        present: c.available().saturating_sub(ex_present),
        total: c.total_votes.saturating_sub(ex_total),
    })
}

fn open_meeting_of(tx: &ReadTx<'_>, p: &Proposal) -> anyhow::Result<Meeting> {
    let Some(mid) = p.meeting_id else {
        return Err(DomainError::said(msg!("vote-proposal-not-on-agenda", proposal = p.id)).into());
    };
    let m = tx.meeting(mid)?;
    if m.state() != State::Open {
        return Err(DomainError::said(msg!(
            "vote-open-meeting-not-open",
            meeting = mid,
            state = msg!("meeting-state", state = m.state().as_str())
        ))
        .into());
    }
    Ok(m)
}

/// Opens a vote on proposal `proposal_id`. `force` overrides the BW 2:42 checks of a statute
/// amendment; the override is recorded and the decision is voidable (BW 2:15).
pub fn open(
    store: &mut Store,
    actor: &Actor,
    proposal_id: i64,
    method: Method,
    force: bool,
    parallel: bool,
) -> anyhow::Result<Changed<Opened>> {
    let at = actor.at_rfc3339();
    crate::ops::write(store, actor, |tx| {
        let p = tx.proposal(proposal_id)?;
        match p.status {
            Status::Draft => {}
            Status::Voting => {
                let why = match tx.open_vote_on(proposal_id)? {
                    Some(v) => msg!("vote-open-being-voted", proposal = proposal_id, vote = v),
                    // No open vote: the members decide on it in writing (BW 2:40).
                    None => msg!("vote-open-in-writing", proposal = proposal_id),
                };
                return Err(DomainError::said(why).into());
            }
            s => {
                return Err(DomainError::said(msg!(
                    "vote-open-not-draft",
                    proposal = proposal_id,
                    status = msg!("proposal-status", status = s.as_str())
                ))
                .into());
            }
        }
        let m = open_meeting_of(tx, &p)?;
        let open = tx.open_questions(m.id)?;
        if !open.is_empty() && !parallel {
            return Err(crate::exit::hinted(
                msg!(
                    "vote-open-question-open",
                    meeting = m.id,
                    open = open.join(", ")
                ),
                msg!("vote-open-question-open-hint", proposal = proposal_id),
            ));
        }
        let (from, rules) = tx.meeting_rules(&m)?;
        let q = p.kind.question(m.second_of.is_some());
        let att = attendance(tx, &m, proposal_id)?;
        check_quorum(&rules, &m, q, &att)?;
        let mut warnings = Vec::new();
        let item = tx.proposal_item(p.amends.unwrap_or(p.id))?;
        let problems = statute::problems(&rules, &p, &m, item.as_ref());
        let forced = if problems.is_empty() {
            None
        } else if force {
            warnings.push(format!(
                "forced past BW 2:42 ({}): the decision will be voidable (BW 2:15)",
                problems
                    .iter()
                    .map(|p| p.key)
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            Some(serde_json::to_string(&problems)?)
        } else {
            let lines: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
            return Err(crate::exit::hinted(
                msg!(
                    "vote-open-statute-problems",
                    proposal = proposal_id,
                    problems = lines.join("; ")
                ),
                msg!("vote-open-statute-problems-hint"),
            ));
        };
        for a in tx.amendments(proposal_id)? {
            if matches!(a.status, Status::Draft | Status::Voting) {
                warnings.push(format!(
                    "amendment {} of proposal {proposal_id} is still undecided; an amendment is voted before the proposal it amends",
                    a.id
                ));
            }
        }
        let standing = crate::domain::decision::standing::assess(
            &crate::ops::decision::proposal_facts(tx, &m, &p, forced.is_some())?,
        );
        if !standing.grounds.is_empty() {
            warnings.push(format!(
                "a decision on proposal {proposal_id} will be {}: {}",
                standing.standing,
                standing
                    .grounds
                    .iter()
                    .map(|g| g.explanation(crate::domain::lang::Lang::En))
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
        if p.kind == crate::domain::proposal::Kind::Accounts
            && let Some(w) = crate::ops::kascommissie::accounts_warning(tx, &rules, m.date())?
        {
            warnings.push(w);
        }
        let s = statement(tx, &m, at.clone())?;
        let (values, digest): (String, String) = tx.meeting_rules_text(m.id)?;
        let id = tx.add_vote(&NewVote {
            proposal_id,
            meeting_id: m.id,
            method,
            question: q,
            statement: serde_json::to_string(&s)?,
            rules_from: from.to_string(),
            rules_values: values,
            rules_digest: digest,
            forced,
        })?;
        tx.set_proposal_status(proposal_id, Status::Voting)?;
        Ok(Opened {
            id,
            warnings,
            standing,
            named: dv::words::vote_on(id, p.id, &p.title),
            view: view::read(tx, id)?,
        })
    })
}

/// Refuses a vote whose quorum is not present, with the numbers and, for a statute amendment,
/// when a second meeting may decide (rules.md Example 2).
fn check_quorum(
    rules: &Rules,
    m: &Meeting,
    q: crate::domain::rules::decide::Question,
    att: &Attendance,
) -> anyhow::Result<()> {
    let req = rules.requirement(q);
    let Some(f) = req.quorum else {
        return Ok(());
    };
    if f.reached(att.present, att.total) {
        return Ok(());
    }
    let key = dv::result::keys(q).0;
    let msg = msg!(
        "vote-quorum-not-present",
        present = att.present,
        total = att.total,
        key = key,
        fraction = f.to_string(),
        needed = f.needed(att.total)
    );
    let hint = if matches!(q, crate::domain::rules::decide::Question::StatuteAmendment) {
        let s = rules.second_meeting(m.date());
        msg!(
            "vote-quorum-second-meeting-hint",
            second = rules.get("second_meeting_quorum").unwrap_or_default(),
            earliest = s.earliest,
            latest = s.latest,
            convene_by = s.convene_by,
            meeting = m.id
        )
    } else {
        msg!("vote-quorum-wait-hint")
    };
    Err(crate::exit::hinted(msg, hint))
}

pub(super) fn open_vote(tx: &ReadTx<'_>, id: i64) -> anyhow::Result<Vote> {
    let v = tx.vote(id)?;
    if !v.is_open() {
        return Err(DomainError::said(msg!(
            "vote-not-open-any-more",
            named = named(tx, id)?,
            status = msg!("vote-status", status = v.status.as_str())
        ))
        .into());
    }
    check_meeting_open(tx, &v)?;
    Ok(v)
}

/// Records the counts of a show of hands, or the tellers' totals of a paper ballot. Totals
/// above the votes present or represented (with excluded members left out) are refused.
pub fn count(
    store: &mut Store,
    actor: &Actor,
    which: Which,
    t: Tally,
) -> anyhow::Result<Changed<Done<()>>> {
    crate::ops::write(store, actor, |tx| {
        let id = view::resolve_in(tx, which)?;
        let v = open_vote(tx, id)?;
        if v.method == Method::RollCall {
            return Err(DomainError::said(msg!("count-roll-call", vote = id)).into());
        }
        if v.method == Method::Ballot && tx.code_salt(CodesFor::Vote(id))?.is_some() {
            return Err(DomainError::said(msg!("count-ballot-with-codes", vote = id)).into());
        }
        let m = tx.meeting(v.meeting_id)?;
        let att = attendance(tx, &m, v.proposal_id)?;
        let total = [t.votes_for, t.against, t.blank, t.invalid, t.abstain]
            .iter()
            .try_fold(0u64, |a, b| a.checked_add(*b))
            .unwrap_or(u64::MAX);
        if total > att.present {
            return Err(DomainError::said(msg!(
                "count-more-than-present",
                total = total,
                present = att.present
            ))
            .into());
        }
        tx.set_vote_counts(id, &t)?;
        view::done(tx, id, ())
    })
}

/// The tally of a vote: the counts of a show of hands or of the tellers, or the sum of the
/// roll call.
fn tally_of(tx: &ReadTx<'_>, v: &Vote) -> anyhow::Result<Tally> {
    // A secret ballot with codes counts its ballots; a paper ballot has the tellers' totals.
    if v.method == Method::Ballot && tx.code_salt(CodesFor::Vote(v.id))?.is_some() {
        return tx.ballot_tally(v.id);
    }
    match v.method {
        Method::Hands | Method::Ballot => v.tally.ok_or_else(|| {
            crate::exit::hinted(
                msg!("vote-no-counts", vote = v.id),
                msg!("vote-no-counts-hint", vote = v.id),
            )
        }),
        Method::RollCall => {
            let mut t = Tally::default();
            for c in tx.vote_casts(v.id)? {
                c.split.add_to(&mut t);
            }
            Ok(t)
        }
    }
}

/// The rules a vote was opened under.
pub(super) fn vote_rules(v: &Vote) -> anyhow::Result<Rules> {
    Ok(crate::domain::rules::pin::from_pinned(&v.rules_values)?)
}

/// Closes a vote: computes the result under the rules it opened with, in the association's
/// language, and records the chair's declaration next to it.
pub fn close(
    store: &mut Store,
    actor: &Actor,
    which: Which,
    declared: Option<Declared>,
) -> anyhow::Result<Changed<Done<Option<Declaration>>>> {
    let r = crate::ops::write(store, actor, |tx| {
        let id = view::resolve_in(tx, which)?;
        let v = tx.vote(id)?;
        if !v.is_open() {
            return Err(DomainError::said(msg!(
                "vote-closed-already",
                named = named(tx, id)?,
                result = msg!(
                    "vote-result-word",
                    result = v.result_name().unwrap_or(v.status.as_str())
                )
            ))
            .into());
        }
        check_meeting_open(tx, &v)?;
        let m = tx.meeting(v.meeting_id)?;
        let rules = vote_rules(&v)?;
        let q = v.question;
        let t = tally_of(tx, &v)?;
        let att = attendance(tx, &m, v.proposal_id)?;
        let lang = tx.association_lang()?;
        let tied = tx.tied_before(v.proposal_id, id)?;
        let o = dv::outcome(&rules, q, &t, &att, tied, lang);
        let d = declared.map(|d| Declaration::judge(d, o.verdict(), &rules, lang));
        tx.close_vote(
            id,
            &Closing {
                tally: t,
                present_votes: att.present,
                total_votes: att.total,
                result: o.result_name(),
                base: o.base_name(),
                base_votes: o.decision.base,
                threshold: o.threshold_name(),
                needed: o.decision.needed,
                explanation: o.explanation.clone(),
                declaration: d.as_ref().map(|d| d.declared.name()),
                declaration_differs: d.as_ref().map(|d| !d.agrees),
                declaration_text: d.as_ref().map(|d| d.text.clone()),
            },
        )?;
        let status = match d.as_ref().map_or(o.verdict(), Declaration::result) {
            crate::domain::rules::decide::Verdict::Adopted
            | crate::domain::rules::decide::Verdict::Rejected => Status::Decided,
            // No valid decision, or held over: it can be put to the vote again.
            _ => Status::Draft,
        };
        tx.set_proposal_status(v.proposal_id, status)?;
        crate::ops::decision::record(tx, crate::ops::decision::Source::Vote(id))?;
        view::done(tx, id, d)
    })?;
    if r.value.view.vote.method == Method::Ballot {
        super::ballot::after_close(store)?;
    }
    Ok(r)
}

/// A closed vote's explanation and the chair's declaration, written again in `lang` from the
/// grounds it was decided on: its pinned rules and its stored figures. (The stored explanation is
/// in the language of the day it closed; minutes in the other language need their own words.)
pub fn explained_in(
    tx: &ReadTx<'_>,
    v: &Vote,
    subject: dv::plain::Subject,
    lang: crate::domain::lang::Lang,
) -> anyhow::Result<Explained> {
    let (Some(t), Some(present), Some(total)) = (v.tally, v.present_votes, v.total_votes) else {
        return Ok(Explained::default());
    };
    if v.result.is_none() {
        return Ok(Explained::default());
    }
    let rules = vote_rules(v)?;
    let q = v.question;
    let att = Attendance { present, total };
    let tied = tx.tied_before(v.proposal_id, v.id)?;
    let o = dv::outcome(&rules, q, &t, &att, tied, lang);
    let declaration = v.declaration.map(|d| {
        dv::declaration::member_text(
            &Declaration::judge(d, o.verdict(), &rules, lang),
            subject,
            lang,
        )
    });
    Ok(Explained {
        plain: Some(dv::plain::text(&rules, &o, subject, lang)),
        technical: Some(o.explanation),
        declaration,
    })
}

/// A vote's result explained again in a document's language: `plain` for the body of the
/// minutes, `technical` (with the rule keys) for the register and the appendix.
#[derive(Debug, Default)]
pub struct Explained {
    pub plain: Option<String>,
    pub technical: Option<String>,
    pub declaration: Option<String>,
}

mod cast;
mod challenge;
pub(crate) mod view;

pub use cast::{Cast, For, cast};
pub use challenge::{challenge, convert};
pub use view::{Done, Listed, VoteView, Which, export, list, show};

#[cfg(test)]
mod tests;
