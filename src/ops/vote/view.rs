//! Votes as `vote show`, `vote list` and `vote export` give them, and as every writing vote
//! command reports them: read in one transaction, the writing ones in their own.

use crate::domain::DomainError;
use crate::domain::msg::msg;
use crate::domain::resolution::Status as WrittenStatus;
use crate::domain::vote::held::Cast;
use crate::domain::vote::{Choice, Vote};
use crate::store::resolutions::ResolutionRow;
use crate::store::{ReadTx, Store};

/// One vote with its roll call and, once it is no longer open, a secret ballot's anonymous
/// ballots in a neutral order (grouped by choice), so that anyone can recount them.
#[derive(Debug, Clone)]
pub struct VoteView {
    pub vote: Vote,
    pub casts: Vec<Cast>,
    pub ballots: Option<Vec<Choice>>,
}

/// The vote a command means: its number, or the one open vote on a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Which {
    pub vote: Option<i64>,
    pub proposal: Option<i64>,
}

impl Which {
    pub fn vote(id: i64) -> Which {
        Which {
            vote: Some(id),
            proposal: None,
        }
    }
}

/// The number of the vote `which` means.
pub(crate) fn resolve_in(tx: &ReadTx<'_>, which: Which) -> anyhow::Result<i64> {
    match (which.vote, which.proposal) {
        (Some(v), None) => Ok(v),
        (None, Some(p)) => {
            tx.proposal(p)?;
            tx.open_vote_on(p)?.ok_or_else(|| {
                DomainError::said(msg!("proposal-no-open-vote", proposal = p)).into()
            })
        }
        _ => Err(
            crate::exit::UsageError::new(msg!("vote-number-or-proposal"))
                .hint(msg!("vote-number-or-proposal-hint"))
                .into(),
        ),
    }
}

/// Vote `id` with its casts and, where they may be shown, its ballots.
pub(crate) fn read(tx: &ReadTx<'_>, id: i64) -> anyhow::Result<VoteView> {
    let vote = tx.vote(id)?;
    view_of(tx, vote)
}

fn view_of(tx: &ReadTx<'_>, vote: Vote) -> anyhow::Result<VoteView> {
    let casts = tx.vote_casts(vote.id)?;
    let ballots = if vote.ballots_may_be_shown() {
        Some(tx.ballots(vote.id)?)
    } else {
        None
    };
    Ok(VoteView {
        vote,
        casts,
        ballots,
    })
}

/// `vote show V`.
pub fn show(store: &mut Store, id: i64) -> anyhow::Result<VoteView> {
    store.read(|tx| read(tx, id))
}

/// A line of `vote list`: a vote of a meeting, or a written resolution (BW 2:40), a decision
/// taken outside any meeting.
#[derive(Debug, Clone)]
pub enum Listed {
    Vote(Box<Vote>),
    Written {
        id: i64,
        proposal_id: i64,
        status: WrittenStatus,
    },
}

/// `vote list [--meeting M]`: the votes, and without a meeting the written resolutions too.
pub fn list(store: &mut Store, meeting: Option<i64>) -> anyhow::Result<Vec<Listed>> {
    store.read(|tx| {
        let mut rows: Vec<Listed> = tx
            .votes(meeting)?
            .into_iter()
            .map(|v| Listed::Vote(Box::new(v)))
            .collect();
        if meeting.is_none() {
            rows.extend(
                tx.resolutions()?
                    .into_iter()
                    .map(|r: ResolutionRow| Listed::Written {
                        id: r.id,
                        proposal_id: r.proposal_id,
                        status: r.status,
                    }),
            );
        }
        Ok(rows)
    })
}

/// `vote export [--meeting M]`: every vote with its grounds, roll call and ballots.
pub fn export(store: &mut Store, meeting: Option<i64>) -> anyhow::Result<Vec<VoteView>> {
    store.read(|tx| {
        tx.votes(meeting)?
            .into_iter()
            .map(|v| view_of(tx, v))
            .collect()
    })
}

/// What a writing vote command did, how its status line names the vote ("vote 10 on proposal 9
/// ‘Voorstel A’"), and the vote as it stands after it: all read in the change's transaction.
#[derive(Debug, Clone)]
pub struct Done<T> {
    pub did: T,
    pub named: crate::domain::msg::Msg,
    pub view: VoteView,
}

pub(crate) fn done<T>(tx: &ReadTx<'_>, id: i64, did: T) -> anyhow::Result<Done<T>> {
    Ok(Done {
        did,
        named: super::named(tx, id)?,
        view: read(tx, id)?,
    })
}
