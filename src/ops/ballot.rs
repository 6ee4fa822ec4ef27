//! Secret ballots: issuing the codes of a ballot vote and casting a ballot with one, and the code
//! machinery an election round's codes use too (`issue_codes`, `look_up`). Who holds
//! which code is known to nobody but the holder: the store keeps salted hashes of the codes, the
//! ballots under random ids, and only the number of codes each member received.

use crate::domain::msg::msg;
use std::collections::HashSet;

use crate::domain::DomainError;
use crate::domain::lang::Lang;
use crate::domain::vote::Vote as VoteRow;
use crate::domain::vote::code::{Code, CodeState, CodesFor, LEN, Mistyped};
use crate::domain::vote::{Choice, Method};
use crate::ops::Changed;
use crate::ops::vote::view::{Done, Which, done, resolve_in};
use crate::store::{Actor, ReadTx, Store, WriteTx};

/// The codes of a vote, in random order, with what a ballot paper shows.
#[derive(Debug, Clone)]
pub struct Issued {
    pub vote_id: i64,
    pub proposal_id: i64,
    pub title: String,
    pub lang: Lang,
    /// The association, the meeting's title and its day: printed on every paper.
    pub association: String,
    pub meeting: String,
    pub day: chrono::NaiveDate,
    pub codes: Vec<Code>,
    /// Members who received codes (attendees, for themselves and the proxies they hold).
    pub voters: usize,
    /// The paper has an abstention box: the rules count abstentions apart from blank votes.
    pub abstain_box: bool,
}

/// A random index below `n` (n > 0); the bias of the modulo is below n / 2^64.
fn below(n: usize) -> anyhow::Result<usize> {
    Ok((crate::rng::next_u64()? % n as u64) as usize)
}

fn shuffle<T>(items: &mut [T]) -> anyhow::Result<()> {
    for i in (1..items.len()).rev() {
        items.swap(i, below(i + 1)?);
    }
    Ok(())
}

/// `n` distinct fresh codes.
fn draw_codes(n: u64) -> anyhow::Result<Vec<Code>> {
    let mut seen = HashSet::new();
    let mut codes = Vec::new();
    let mut buf = [0u8; 24];
    while (codes.len() as u64) < n {
        crate::rng::fill(&mut buf)?;
        if let Some(c) = Code::from_random(&buf)
            && seen.insert(c.clone())
        {
            codes.push(c);
        }
    }
    Ok(codes)
}

/// Draws one code per vote the holders hold, stores their salted hashes for `of` with who
/// received how many, and gives the codes. The sheet's order and the table's are shuffled
/// apart, so neither says which code went to whom.
pub(crate) fn issue_codes(
    tx: &WriteTx<'_>,
    of: CodesFor,
    holders: &[(i64, u64)],
) -> anyhow::Result<Vec<Code>> {
    let total: u64 = holders.iter().map(|(_, k)| k).sum();
    let salt = crate::rng::hex(16)?;
    let mut codes = draw_codes(total)?;
    let mut hashes: Vec<String> = codes.iter().map(|c| c.hash(&salt)).collect();
    shuffle(&mut hashes)?;
    shuffle(&mut codes)?;
    tx.issue_codes(of, &salt, &hashes, holders)?;
    Ok(codes)
}

/// A code looked up in its set; `Unused` carries the hash to spend it by.
pub(crate) enum Lookup {
    Unknown,
    Used,
    Unused(String),
}

/// Looks `code` up among the codes of `of` only (unknown too when none were issued).
pub(crate) fn look_up(tx: &ReadTx<'_>, of: CodesFor, code: &Code) -> anyhow::Result<Lookup> {
    let Some(salt) = tx.code_salt(of)? else {
        return Ok(Lookup::Unknown);
    };
    let hash = code.hash(&salt);
    Ok(match tx.code_state(of, &hash)? {
        CodeState::Unknown => Lookup::Unknown,
        CodeState::Used => Lookup::Used,
        CodeState::Unused => Lookup::Unused(hash),
    })
}

fn ballot_vote(tx: &ReadTx<'_>, id: i64) -> anyhow::Result<VoteRow> {
    let v = tx.vote(id)?;
    if v.method != Method::Ballot {
        return Err(DomainError::said(msg!(
            "codes-not-ballot",
            vote = id,
            method = v.method.name()
        ))
        .into());
    }
    if !v.is_open() {
        return Err(DomainError::said(msg!(
            "ballot-vote-not-open",
            vote = id,
            status = msg!("vote-status", status = v.status.as_str())
        ))
        .into());
    }
    crate::ops::vote::check_meeting_open(tx, &v)?;
    Ok(v)
}

/// Issues one code per vote present or represented in ballot vote `id` (excluded members left
/// out) and records who received how many. `deliver` gets the codes inside the transaction
/// (to write the files): when it fails, nothing is recorded. Issued once per vote: a lost
/// sheet of codes cannot be replaced without letting someone vote twice.
pub fn issue(
    store: &mut Store,
    actor: &Actor,
    which: Which,
    deliver: impl FnOnce(&Issued) -> anyhow::Result<()>,
) -> anyhow::Result<Changed<Done<Issued>>> {
    crate::ops::write(store, actor, |tx| {
        let id = resolve_in(tx, which)?;
        let v = ballot_vote(tx, id)?;
        if v.tally.is_some() {
            return Err(DomainError::said(msg!("codes-counted-on-paper", vote = id)).into());
        }
        if tx.code_salt(CodesFor::Vote(id))?.is_some() {
            let (codes, voters) = tx.codes_issued(CodesFor::Vote(id))?;
            return Err(DomainError::said(msg!(
                "codes-issued-already",
                vote = id,
                codes = codes,
                voters = voters
            ))
            .into());
        }
        let holders = tx.ballot_holders(v.meeting_id, Some(v.proposal_id))?;
        let total: u64 = holders.iter().map(|(_, k)| k).sum();
        let m = tx.meeting(v.meeting_id)?;
        let att = super::vote::attendance(tx, &m, v.proposal_id)?;
        if total != att.present {
            return Err(crate::exit::Failed(msg!(
                "codes-differ-from-present",
                total = total,
                present = att.present,
                meeting = v.meeting_id
            ))
            .into());
        }
        if total == 0 {
            return Err(
                DomainError::said(msg!("codes-nobody-present", proposal = v.proposal_id)).into(),
            );
        }
        let codes = issue_codes(tx, CodesFor::Vote(id), &holders)?;
        let p = tx.proposal(v.proposal_id)?;
        let issued = Issued {
            vote_id: id,
            proposal_id: p.id,
            title: p.title,
            lang: tx.association_lang()?,
            association: tx.association_name()?.unwrap_or_default(),
            meeting: m.title.clone(),
            day: m.date(),
            codes,
            voters: holders.len(),
            abstain_box: super::vote::vote_rules(&v)?.abstention_apart_from_blank(),
        };
        deliver(&issued)?;
        done(tx, id, issued)
    })
}

pub(crate) fn mistyped(e: Mistyped) -> anyhow::Error {
    let why = match e {
        Mistyped::Length(n) => msg!("code-mistyped-length", len = LEN, given = n),
        Mistyped::Character(c) => msg!("code-mistyped-character", character = c.to_string()),
        Mistyped::Check => msg!("code-mistyped-check"),
    };
    crate::exit::hinted(msg!("code-mistyped", why = why), msg!("code-mistyped-hint"))
}

/// Casts one secret ballot with a code. Refused, with nothing changed: a mistyped code (before
/// any lookup), a code that is not one of this vote's, a used code, a closed vote.
pub fn cast(
    store: &mut Store,
    actor: &Actor,
    which: Which,
    code: &str,
    choice: Choice,
) -> anyhow::Result<Changed<Done<()>>> {
    let code = Code::parse(code).map_err(mistyped)?;
    crate::ops::write(store, actor, |tx| {
        let id = resolve_in(tx, which)?;
        ballot_vote(tx, id)?;
        let unknown = || {
            crate::exit::hinted(
                msg!("code-not-of-vote", vote = id),
                msg!("code-not-of-vote-hint"),
            )
        };
        let hash = match look_up(tx, CodesFor::Vote(id), &code)? {
            Lookup::Unknown => return Err(unknown()),
            Lookup::Used => {
                return Err(DomainError::said(msg!("code-used", vote = id)).into());
            }
            Lookup::Unused(hash) => hash,
        };
        if !tx.use_code(CodesFor::Vote(id), &hash)? {
            return Err(crate::exit::Failed(msg!("code-changed-while-casting", vote = id)).into());
        }
        loop {
            let ballot_id = (crate::rng::next_u64()? >> 1) as i64;
            if tx.put_ballot(id, ballot_id, choice)? {
                return done(tx, id, ());
            }
        }
    })
}

/// After a ballot vote closed: rewrites the file so that the ballots' place on disk (SQLite puts
/// new cells below the older ones within a page, and the write-ahead log keeps pages in the
/// order of writing) says nothing of the order of casting.
pub fn after_close(store: &mut Store) -> anyhow::Result<()> {
    store.rewrite_in_key_order()
}
