//! Written resolutions outside a meeting (BW 2:40): made on a draft proposal with the snapshot
//! of the members with a vote on the roll date (the voting roll decides, `roll_on`), signed by
//! them one by one, adopted the moment the last of them agrees, or closed as failed. Each is one
//! transaction; the rule is `domain::resolution`.

use chrono::NaiveDate;

use crate::domain::DomainError;
use crate::domain::proposal::Status as ProposalStatus;
use crate::domain::resolution::{self as dr, Status};
use crate::domain::roll::Status as RollStatus;
use crate::ops::Changed;
use crate::ops::meeting::member_id;
use crate::store::resolutions::{ResolutionRow, SnapshotVoter};
use crate::store::{Actor, ReadTx, Store, WriteTx};

mod view;

pub use view::{Done, ResolutionView, list, show};

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
                    Some(r) => format!("written resolution {r}"),
                    None => format!("vote {}", tx.open_vote_on(proposal_id)?.unwrap_or_default()),
                };
                return Err(DomainError::Refused(format!(
                    "proposal {proposal_id} is being decided already ({by}); close that first"
                ))
                .into());
            }
            s => {
                return Err(DomainError::Refused(format!(
                    "proposal {proposal_id} is {s}; only a draft proposal can be decided outside a meeting"
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
            return Err(DomainError::Refused(format!(
                "nobody has a vote on {on}; `quorum roll --on {on}` shows why"
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

/// What signing did: the members who signed and, when it made the decision, its explanation.
#[derive(Debug, Clone)]
pub struct Signed {
    pub numbers: Vec<i64>,
    pub adopted: Option<String>,
}

fn open_resolution(tx: &ReadTx<'_>, id: i64) -> anyhow::Result<ResolutionRow> {
    let r = tx.resolution(id)?;
    if r.status != Status::Open {
        return Err(DomainError::Refused(format!(
            "resolution {id} is closed ({}, {}); nothing more can be signed or closed",
            r.status,
            r.closed_at.as_deref().unwrap_or("")
        ))
        .into());
    }
    Ok(r)
}

/// Why member `number` (internal id `mid`) is not in the snapshot of `r`.
fn not_a_voter(
    tx: &ReadTx<'_>,
    r: &ResolutionRow,
    mid: i64,
    number: i64,
) -> anyhow::Result<DomainError> {
    let mut why = String::from("no vote");
    tx.roll_line(r.roll_on, mid, |_, _, s| {
        if let Some(reason) = &s.reason {
            why = reason.to_string();
        } else if s.votes > 0 {
            why = "excluded from the vote on this proposal (BW 2:12)".into();
        }
        Ok(())
    })?;
    Ok(DomainError::Refused(format!(
        "member {number} has no vote in resolution {} ({why} on {}); only the members with a vote on the roll date sign (`quorum resolution show {}`)",
        r.id, r.roll_on, r.id
    )))
}

/// Records the signatures of members `numbers` on `signed_on`, agreeing or against. The last
/// agreement of the snapshot adopts the resolution and decides the proposal.
pub fn sign(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    numbers: &[i64],
    signed_on: NaiveDate,
    agree: bool,
    today: NaiveDate,
) -> anyhow::Result<Changed<Done<Signed>>> {
    crate::ops::write(store, actor, |tx| {
        let lang = tx.association_lang()?;
        let r = open_resolution(tx, id)?;
        dr::check_signature_day(r.board_informed, signed_on, today)?;
        let voters = tx.resolution_voters(id)?;
        let before = tx.resolution_signatures(id)?;
        for (i, &number) in numbers.iter().enumerate() {
            if numbers[..i].contains(&number) {
                return Err(DomainError::invalid(
                    "members",
                    format!("member {number} is named twice"),
                )
                .into());
            }
            let mid = member_id(tx, number)?;
            if let Some(s) = before.iter().find(|s| s.member_id == mid) {
                return Err(DomainError::Refused(format!(
                    "member {number} signed resolution {id} already on {} ({}); a signature is given once",
                    s.signed_on,
                    if s.agree { "agreed" } else { "against" }
                ))
                .into());
            }
            let Some(v) = voters.iter().find(|v| v.member_id == mid) else {
                return Err(not_a_voter(tx, &r, mid, number)?.into());
            };
            // Membership on the signing day needs only the periods, not the rules of that day.
            let status = tx.member(number)?.status_on(signed_on);
            if !status.is_member() {
                return Err(DomainError::Refused(format!(
                    "member {number} is not a member on {signed_on} ({}); a former member cannot sign",
                    status.as_str()
                ))
                .into());
            }
            tx.add_resolution_signature(id, v, signed_on, agree)?;
        }
        let adopted = settle(tx, &r, false, lang)?;
        let signed = Signed {
            numbers: numbers.to_vec(),
            adopted,
        };
        view::done(tx, id, signed)
    })
}

/// Judges the signatures; closes the resolution when it is adopted or when `close` asks, and
/// moves the proposal (decided when adopted, back to draft when it failed). Gives the
/// explanation when it closed.
fn settle(
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

/// Closes an open resolution: adopted if every voter agreed, else failed with the numbers.
/// `did` is the explanation.
pub fn close(store: &mut Store, actor: &Actor, id: i64) -> anyhow::Result<Changed<Done<String>>> {
    crate::ops::write(store, actor, |tx| {
        let lang = tx.association_lang()?;
        let r = open_resolution(tx, id)?;
        let text = settle(tx, &r, true, lang)?.unwrap_or_default();
        view::done(tx, id, text)
    })
}
