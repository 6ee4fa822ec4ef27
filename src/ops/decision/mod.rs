//! The decision register: recording the decision a closed vote, an election result or an adopted
//! written resolution took (inside that same transaction), its lapse after an immediate
//! challenge, and the status changes of `decisions set`.

use chrono::NaiveDate;

use crate::domain::decision::standing::{self as ds, Facts};
use crate::domain::decision::{self as dd, Kind, Outcome, Status};
use crate::domain::meeting::Meeting;
use crate::domain::proposal::{Kind as ProposalKind, Proposal};
use crate::domain::resolution::Status as ResolutionStatus;
use crate::domain::rules::types::LegalCapacity;
use crate::store::decisions::{DecisionRow, NewDecision, StatusChange};

mod confirm;
mod list;
mod made_known;
mod set;
mod show;
mod view;

use crate::store::{ReadTx, WriteTx};
pub use confirm::confirm;
pub use list::list;
pub use made_known::made_known;
pub use set::{Set, set};
pub use show::show;
pub use view::{DecisionView, Grounds, Shown};

/// What took a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Vote(i64),
    Election(i64),
    Resolution(i64),
}

/// What a source decided, before it has a code.
struct Taken {
    meeting_id: Option<i64>,
    on: NaiveDate,
    kind: Kind,
    proposal_id: Option<i64>,
    title: String,
    outcome: Outcome,
    statute_amendment: bool,
    /// Under `legal_capacity = limited` an adopted statute amendment needs no notarial deed
    /// (BW 2:43 lid 5): it is in force when adopted.
    limited_capacity: bool,
    /// The decision this one replaces (a vote challenged at once), with why.
    replaces: Option<(i64, String)>,
    facts: Facts,
}

/// The facts of a meeting every decision taken in it shares.
pub fn meeting_facts(tx: &ReadTx<'_>, m: &Meeting) -> anyhow::Result<Facts> {
    Ok(Facts {
        open_forced: m.open_forced.clone(),
        notice_forced: m.notice_forced,
        convocation_incomplete: tx.convened_incomplete(m.id)?,
        ..Facts::default()
    })
}

/// The facts a decision on proposal `p` in meeting `m` stands on; `statute_forced` when the
/// BW 2:42 checks were (or would be) forced. Used when the vote opens (the warning) and when
/// the decision is recorded, so the two say the same.
pub fn proposal_facts(
    tx: &ReadTx<'_>,
    m: &Meeting,
    p: &Proposal,
    statute_forced: bool,
) -> anyhow::Result<Facts> {
    let item = tx.proposal_item(p.amends.unwrap_or(p.id))?;
    Ok(Facts {
        not_in_convocation: m.convened_on.is_some()
            && item.as_ref().is_some_and(|i| i.sent_position.is_none()),
        statute_forced,
        wrongly_excluded: tx.forced_exclusions(p.id)?,
        ..meeting_facts(tx, m)?
    })
}

/// Records the decision `source` took, once: a vote closed with a result in law (adopted or
/// rejected), an election that elected, a written resolution adopted. A source that took no
/// decision (no quorum, postponed, still open) records nothing; one recorded already is left as
/// it is. Returns the decision's number, if there is one.
pub fn record(tx: &WriteTx<'_>, source: Source) -> anyhow::Result<Option<i64>> {
    let existing = match source {
        Source::Vote(id) => tx.decision_of_vote(id)?,
        Source::Election(id) => tx.decision_of_election(id)?,
        Source::Resolution(id) => tx.decision_of_resolution(id)?,
    };
    if let Some(d) = existing {
        return Ok(Some(d.id));
    }
    let Some(t) = taken(tx, source)? else {
        return Ok(None);
    };
    let lang = tx.association_lang()?;
    let (prefix, number) = allot(tx, t.meeting_id, t.on, lang)?;
    let code = dd::code(&prefix, number);
    let status = t
        .outcome
        .first_status(t.statute_amendment && !t.limited_capacity);
    let a = ds::assess(&t.facts);
    let id = tx.add_decision(&NewDecision {
        meeting_id: t.meeting_id,
        number,
        code: &code,
        kind: t.kind.as_str(),
        vote_id: match source {
            Source::Vote(v) => Some(v),
            _ => None,
        },
        election_id: match source {
            Source::Election(e) => Some(e),
            _ => None,
        },
        resolution_id: match source {
            Source::Resolution(r) => Some(r),
            _ => None,
        },
        proposal_id: t.proposal_id,
        title: &t.title,
        outcome: t.outcome.as_str(),
        status: status.as_str(),
        decided_on: t.on,
        note: Some(match (&t.replaces, status) {
            (Some((_, why)), _) => why.clone(),
            (None, Status::AwaitingDeed) => {
                "a statute amendment is in force only at the notarial deed (BW 2:43)".into()
            }
            (None, Status::Adopted) if t.statute_amendment && t.limited_capacity => {
                "a statute amendment of a vereniging with limited legal capacity needs no notarial deed (BW 2:43 lid 5; rule legal_capacity = limited)".into()
            }
            (None, _) => "recorded when it was taken".into(),
        }),
        standing: a.standing,
        grounds: a.grounds,
    })?;
    if let Some((old, _)) = t.replaces {
        tx.link_superseding_decision(old, id)?;
    }
    Ok(Some(id))
}

/// What `source` decided, if anything.
fn taken(tx: &ReadTx<'_>, source: Source) -> anyhow::Result<Option<Taken>> {
    match source {
        Source::Vote(id) => {
            let v = tx.vote(id)?;
            if v.status != crate::domain::vote::held::Status::Closed {
                return Ok(None);
            }
            let rules = crate::domain::rules::pin::from_pinned(&v.rules_values)?;
            let Some(outcome) =
                dd::vote_outcome(v.result, v.declaration, rules.chair_declaration_decisive)
            else {
                return Ok(None);
            };
            let p = tx.proposal(v.proposal_id)?;
            let m = tx.meeting(v.meeting_id)?;
            let before = tx
                .votes(Some(m.id))?
                .into_iter()
                .find(|o| o.superseded_by == Some(id));
            let replaces = match before {
                Some(o) => tx.decision_of_vote(o.id)?.map(|d| {
                    (
                        d.id,
                        format!(
                            "replaces decision {} (vote {} was challenged at once, BW 2:13 lid 4)",
                            d.code, o.id
                        ),
                    )
                }),
                None => None,
            };
            let facts = Facts {
                unanimous_all_present: v.tally.as_ref().is_some_and(|t| {
                    ds::unanimous_all_present(t, v.total_votes.unwrap_or_default())
                }),
                ..proposal_facts(tx, &m, &p, v.forced.is_some())?
            };
            Ok(Some(Taken {
                facts,
                meeting_id: Some(m.id),
                on: m.date(),
                kind: Kind::Proposal,
                proposal_id: Some(p.id),
                title: p.title,
                outcome,
                statute_amendment: p.kind == ProposalKind::Statutes && p.amends.is_none(),
                limited_capacity: rules.legal_capacity == LegalCapacity::Limited,
                replaces,
            }))
        }
        Source::Election(id) => {
            let e = tx.election(id)?;
            if e.status != crate::domain::election::Status::Elected {
                return Ok(None);
            }
            let m = tx.meeting(e.meeting_id)?;
            let facts = Facts {
                outside_binding_nomination: tx.elected_outside_nomination(id)?,
                ..meeting_facts(tx, &m)?
            };
            Ok(Some(Taken {
                facts,
                meeting_id: Some(m.id),
                on: m.date(),
                kind: Kind::Election,
                proposal_id: None,
                title: e.title,
                outcome: Outcome::Elected,
                statute_amendment: false,
                limited_capacity: false,
                replaces: None,
            }))
        }
        Source::Resolution(id) => {
            let r = tx.resolution(id)?;
            if r.status != ResolutionStatus::Adopted {
                return Ok(None);
            }
            // Taken on the day of the last signature it needed (every one agreed).
            let on = tx
                .resolution_signatures(id)?
                .iter()
                .map(|s| s.signed_on)
                .max()
                .unwrap_or(r.roll_on);
            let p = tx.proposal(r.proposal_id)?;
            let statute_amendment = p.kind == ProposalKind::Statutes && p.amends.is_none();
            // A file without rules on that day has the law's default: full capacity.
            let limited_capacity = statute_amendment
                && tx
                    .rules_in_force(on)
                    .is_ok_and(|(_, r)| r.legal_capacity == LegalCapacity::Limited);
            Ok(Some(Taken {
                meeting_id: None,
                on,
                kind: Kind::Resolution,
                proposal_id: Some(p.id),
                title: p.title,
                outcome: Outcome::Adopted,
                statute_amendment,
                limited_capacity,
                replaces: None,
                // Unanimous, by every member (BW 2:40): no meeting's procedure to fault.
                facts: Facts::default(),
            }))
        }
    }
}

/// The prefix and number of the next decision: a meeting keeps the prefix of its first
/// decision; a new one takes the day's prefix, with '-2', '-3' when another meeting on that
/// day has it already. Written resolutions number per day.
fn allot(
    tx: &ReadTx<'_>,
    meeting_id: Option<i64>,
    on: NaiveDate,
    lang: crate::domain::lang::Lang,
) -> anyhow::Result<(String, i64)> {
    let Some(mid) = meeting_id else {
        let prefix = dd::code_prefix(lang, false, on, 1);
        let (_, max) = tx.decision_prefix_use(&prefix)?;
        return Ok((prefix, max + 1));
    };
    if let Some((code, max)) = tx.meeting_decision_codes(mid)? {
        return Ok((dd::prefix_of(&code).to_string(), max + 1));
    }
    for nth in 1.. {
        let prefix = dd::code_prefix(lang, true, on, nth);
        let (owners, _) = tx.decision_prefix_use(&prefix)?;
        if owners.iter().all(|o| *o == Some(mid)) {
            return Ok((prefix, 1));
        }
    }
    unreachable!("some prefix is free")
}

/// After an immediate challenge (BW 2:13 lid 4) the first vote's decision loses its effect:
/// it is superseded from the meeting's day, and the new vote's decision, once taken, names it.
pub fn lapse(tx: &WriteTx<'_>, vote_id: i64, new_vote: i64) -> anyhow::Result<()> {
    let Some(d) = tx.decision_of_vote(vote_id)? else {
        return Ok(());
    };
    if d.status == Status::Superseded {
        return Ok(());
    }
    let on: NaiveDate = d.decided_on.parse()?;
    let note = format!(
        "vote {vote_id} was challenged at once (BW 2:13 lid 4); vote {new_vote} decides again"
    );
    tx.set_decision_status(
        d.id,
        &StatusChange {
            status: Status::Superseded.as_str(),
            on,
            note: Some(&note),
            superseded_by: None,
        },
    )
}

/// A decision by its code (`ALV-2027-03-14/4`) or its number.
pub fn find(tx: &ReadTx<'_>, id: &str) -> anyhow::Result<DecisionRow> {
    match id.trim().parse::<i64>() {
        Ok(n) => tx.decision(n),
        Err(_) => tx.decision_by_code(id.trim()),
    }
}

/// A stored ISO day as a message argument: a date where it reads as one, so that each language
/// writes it its own way, else the text as stored.
pub(crate) fn day_arg(stored: &str) -> crate::domain::msg::Arg {
    match NaiveDate::parse_from_str(stored, "%Y-%m-%d") {
        Ok(d) => d.into(),
        Err(_) => stored.into(),
    }
}
