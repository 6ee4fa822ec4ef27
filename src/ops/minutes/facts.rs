//! What the minutes are made from, read in one transaction: the meeting and its agenda, the
//! pinned rules, attendance and proxies from the meeting's snapshot, notes, action items, the
//! proposals with their votes (explained again in the document's language from their grounds),
//! the elections, the decisions of the register and the journal's head.

use crate::domain::journal::action;
use crate::domain::lang::Lang;
use crate::domain::meeting::{Meeting, when};
use crate::domain::minutes::facts::{
    ActionFacts, ApprovalFacts, DecisionFacts, ElectionFacts, Facts, Moment, NoteFacts, Person,
    Presence, ProposalFacts, RollCast, RoundFacts, VoteFacts,
};
use crate::store::ReadTx;
use crate::store::minutes::ActionFilter;

fn moment(s: &Option<String>) -> Option<chrono::NaiveDateTime> {
    s.as_deref().and_then(|s| {
        when::parse_datetime(s).ok().or_else(|| {
            chrono::DateTime::parse_from_rfc3339(s)
                .ok()
                .map(|d| d.with_timezone(&chrono::Local).naive_local())
        })
    })
}

fn name_of(tx: &ReadTx<'_>, member_id: Option<i64>) -> anyhow::Result<Option<String>> {
    let Some(id) = member_id else {
        return Ok(None);
    };
    let number = tx.member_number(id)?;
    Ok(Some(tx.member(number)?.data.full_name()))
}

/// A member as the minutes name them, with the key the registry sorts names by (family name
/// without its prefix, then given name), so lists read alphabetically as in the register.
fn person(tx: &ReadTx<'_>, number: i64, name: &str) -> anyhow::Result<Person> {
    let d = tx.member(number)?.data;
    Ok(Person {
        number,
        name: name.to_string(),
        sort: crate::domain::text::sort_name(
            d.name_prefix.as_deref(),
            d.family_name.as_deref().unwrap_or(name),
            d.given_name.as_deref().unwrap_or(""),
        ),
    })
}

fn presence(tx: &ReadTx<'_>, m: &Meeting, lang: Lang) -> anyhow::Result<Presence> {
    let mut p = Presence::default();
    let counts = tx.meeting_counts(m)?;
    p.voters = counts.voters;
    p.total_votes = counts.total_votes;
    for a in tx.attendance(m.id)? {
        let person = person(
            tx,
            a.number,
            &crate::domain::office::represented(lang, &a.name, a.delegate.as_deref()),
        )?;
        if a.status == "left" {
            p.left.push((person.clone(), moment(&a.checked_out_at)));
        }
        match a.status {
            "present" | "left" => {
                let votes = if m.opened_at.is_some() {
                    u64::from(tx.meeting_voter(m, a.member_id)?.votes)
                } else {
                    0
                };
                if votes > 0 && a.admitted_for.is_none() {
                    p.present_voters += 1;
                    p.present_votes += votes;
                }
                p.present.push(person);
            }
            "apologies" => p.apologies.push(person),
            _ => {}
        }
    }
    for x in tx.proxies(m.id)? {
        if !x.holder_present {
            continue;
        }
        let giver_id = crate::ops::meeting::member_id(tx, x.giver)?;
        if m.opened_at.is_some() {
            p.represented_votes += u64::from(tx.meeting_voter(m, giver_id)?.votes);
        }
        p.proxies.push((
            person(tx, x.giver, &x.giver_name)?,
            person(tx, x.holder, &x.holder_name)?,
        ));
    }
    p.present
        .sort_by(|a, b| (&a.sort, a.number).cmp(&(&b.sort, b.number)));
    p.apologies
        .sort_by(|a, b| (&a.sort, a.number).cmp(&(&b.sort, b.number)));
    p.proxies
        .sort_by(|a, b| (&a.0.sort, a.0.number).cmp(&(&b.0.sort, b.0.number)));
    p.left
        .sort_by(|a, b| (a.1, &a.0.sort).cmp(&(b.1, &b.0.sort)));
    p.guests = tx
        .meeting_guests(m.id)?
        .into_iter()
        .map(|g| g.name)
        .collect();
    Ok(p)
}

/// A roll call's casts by name, in the registry's order of names.
fn roll(tx: &ReadTx<'_>, vote: i64) -> anyhow::Result<Vec<RollCast>> {
    let mut out = Vec::new();
    for c in tx.vote_casts(vote)? {
        let name = tx.member(c.number)?.data.full_name();
        let key = person(tx, c.number, &name)?.sort;
        out.push((key, (name, c.weight, c.split.parts())));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out.into_iter().map(|(_, c)| c).collect())
}

fn proposals(
    tx: &ReadTx<'_>,
    m: &Meeting,
    lang: Lang,
    names: bool,
) -> anyhow::Result<Vec<ProposalFacts>> {
    let votes = tx.votes(Some(m.id))?;
    let mut out = Vec::new();
    for p in tx.proposals(Some(m.id))? {
        let mut vs = Vec::new();
        for v in votes.iter().filter(|v| v.proposal_id == p.id) {
            let subject = if p.amends.is_some() {
                crate::domain::vote::plain::Subject::Amendment
            } else {
                crate::domain::vote::plain::Subject::Proposal
            };
            let e = crate::ops::vote::explained_in(tx, v, subject, lang)?;
            let challengers = v
                .challenged_by
                .as_deref()
                .and_then(|s| serde_json::from_str::<Vec<i64>>(s).ok())
                .map_or(0, |c| c.len());
            let opened = tx.journal_first(action::VOTE_OPEN, "vote", v.id)?;
            vs.push(VoteFacts {
                id: v.id,
                at: Moment::new(&v.opened_at, opened.map(|o| o.1)),
                method: v.method,
                tally: v.tally,
                result: v.result_name().map(Into::into),
                explanation: e.plain,
                technical: e.technical,
                declaration: e.declaration,
                forced: v.forced.clone(),
                superseded_by: v.superseded_by,
                challengers,
                roll: if names && v.method == crate::domain::vote::Method::RollCall {
                    roll(tx, v.id)?
                } else {
                    Vec::new()
                },
            });
        }
        out.push(ProposalFacts {
            id: p.id,
            title: p.title.clone(),
            text: p.text.clone(),
            by_board: p.by_board,
            amends: p.amends,
            withdrawn: p.withdrawn_at.is_some(),
            item: tx.proposal_item(p.id)?.map(|i| i.position),
            votes: vs,
        });
    }
    Ok(out)
}

/// Whole votes per candidate where the method counts them so (majority, plurality, approval).
fn whole_votes(method: crate::tally::Method) -> bool {
    use crate::tally::Method;
    matches!(
        method,
        Method::MajorityRunoff | Method::Plurality | Method::Approval
    )
}

fn elections(tx: &ReadTx<'_>, m: &Meeting, lang: Lang) -> anyhow::Result<Vec<ElectionFacts>> {
    let mut out = Vec::new();
    for e in tx.elections(Some(m.id))? {
        let r = crate::ops::election::view::record_in(tx, e.id)?;
        let rounds = r
            .rounds
            .iter()
            .map(|x| RoundFacts {
                number: x.number,
                runoff: x.kind == crate::domain::election::Kind::Runoff,
                label: r.seat_by_seat.then(|| {
                    crate::domain::election::seat::label(
                        crate::domain::election::seat::Place {
                            seat: x.seat,
                            ballot: x.ballot,
                        },
                        true,
                        lang,
                    )
                }),
                tie: x.outcome == Some(crate::domain::election::Decided::Tie),
                candidates: x.candidates.clone(),
                papers: x.papers as u64,
                blank: x.blank as u64,
                invalid: x.invalid as u64,
                votes: if whole_votes(r.method) {
                    x.votes
                        .iter()
                        .map(|c| (c.name.clone(), c.votes.max(0) as u64))
                        .collect()
                } else {
                    Vec::new()
                },
                counted: x.outcome.is_some(),
                elected: x.elected.clone(),
                next: x.next.clone(),
                lots: x
                    .lots
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|l| {
                        let among = l["among"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(|n| n.as_str().map(String::from))
                            .collect();
                        (among, l["chosen"].as_str().unwrap_or("").to_string())
                    })
                    .collect(),
            })
            .collect();
        let appointed: Vec<String> = r
            .binding
            .iter()
            .flat_map(|b| {
                b.appointed.iter().map(|&n| {
                    r.candidates
                        .iter()
                        .find(|c| c.number == n)
                        .map_or_else(|| n.to_string(), |c| c.name.clone())
                })
            })
            .collect();
        let counted = match tx.journal_first(action::ELECTION_COUNT, "election", e.id)? {
            Some(c) => Some(c),
            None => tx.journal_first(action::ELECTION_NEW, "election", e.id)?,
        };
        out.push(ElectionFacts {
            id: r.id,
            at: counted.and_then(|(at, seq)| Moment::new(&at, Some(seq))),
            title: r.title.clone(),
            seats: r.seats,
            method: r.method,
            status: r.status,
            candidates: r
                .candidates
                .iter()
                .filter(|c| !c.withdrawn)
                .map(|c| c.name.clone())
                .collect(),
            withdrawn: r
                .candidates
                .iter()
                .filter(|c| c.withdrawn)
                .map(|c| c.name.clone())
                .collect(),
            binding_explanation: r.binding.as_ref().map(|b| b.explanation.clone()),
            appointed,
            rounds,
            elected: r.elected.clone(),
        });
    }
    Ok(out)
}

/// The register's decisions taken at this meeting, in the order taken.
fn decisions(tx: &ReadTx<'_>, m: &Meeting) -> anyhow::Result<Vec<DecisionFacts>> {
    let filter = crate::store::decisions::DecisionFilter {
        meeting_id: Some(m.id),
        ..Default::default()
    };
    let mut out = Vec::new();
    for d in tx.decisions(&filter)? {
        // The minutes tell the meeting as it was: a deed recorded later is an annotation beside
        // approved minutes, never a change of their text.
        use crate::domain::decision::Status;
        let status = if d.status == Status::InForce
            && tx
                .decision_history(d.id)?
                .iter()
                .any(|h| h.status == Status::AwaitingDeed)
        {
            Status::AwaitingDeed
        } else {
            d.status
        };
        out.push(DecisionFacts {
            code: d.code,
            number: d.number,
            title: d.title,
            outcome: d.outcome,
            status,
            vote: d.vote_id,
            election: d.election_id,
            grounds: d.grounds,
            confirmed_by: d.confirmed_by,
        });
    }
    Ok(out)
}

/// Everything the minutes of meeting `id` are made from, in `lang`.
pub fn facts(
    tx: &ReadTx<'_>,
    id: i64,
    lang: Lang,
    names: bool,
    approval: Option<ApprovalFacts>,
) -> anyhow::Result<Facts> {
    let m = tx.meeting(id)?;
    let (_, rules) = tx.meeting_rules(&m)?;
    let (chair, secretary) = tx.meeting_officers(id)?;
    let journal = match tx.journal_head()? {
        Some(hash) => Some((tx.journal_last_seq()?, hash)),
        None => None,
    };
    let actions = tx.actions(ActionFilter {
        meeting_id: Some(id),
        open_only: false,
    })?;
    Ok(Facts {
        association: tx.association_name()?.unwrap_or_default(),
        lang,
        opened: moment(&m.opened_at),
        closed: moment(&m.closed_at),
        items: tx.agenda(id)?,
        rules,
        chair: name_of(tx, chair)?,
        secretary: name_of(tx, secretary)?,
        tellers: {
            let mut t = Vec::new();
            for id in tx.meeting_tellers(id)? {
                let number = tx.member_number(id)?;
                let name = tx.member(number)?.data.full_name();
                t.push(person(tx, number, &name)?);
            }
            t.sort_by(|a, b| a.sort.cmp(&b.sort));
            t.into_iter().map(|p| p.name).collect()
        },
        presence: presence(tx, &m, lang)?,
        names,
        notes: tx
            .minutes_notes(id)?
            .into_iter()
            .map(|n| NoteFacts {
                item: n.item_position,
                at: Moment::new(&n.said_at, n.seq),
                text: n.text,
                correction: n.correction,
            })
            .collect(),
        documents: tx.meeting_documents(id)?,
        actions: actions
            .into_iter()
            .map(|a| ActionFacts {
                id: a.id,
                item: a.item_position,
                who: a.who,
                what: a.what,
                due: a.due.and_then(|d| d.parse().ok()),
            })
            .collect(),
        proposals: proposals(tx, &m, lang, names)?,
        elections: elections(tx, &m, lang)?,
        decisions: decisions(tx, &m)?,
        journal,
        approval,
        appendix: false,
        circulated: None,
        meeting: m,
    })
}
