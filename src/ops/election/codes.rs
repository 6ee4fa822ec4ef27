//! Secret-code elections: the codes of a round, one per vote present or represented, and a
//! ballot cast with one. The votes' code machinery (`ops::ballot`, `domain::vote::code`) is
//! reused: printed once, only salted hashes stored, the ballot under a random key with no member,
//! no time and no journal entry. Codes belong to one round: every round is a new ballot in the
//! meeting, and who is present may change between rounds.

use crate::domain::msg::msg;
use serde::Serialize;

use super::{method_of, open_election, open_meeting, open_round, refused};
use crate::domain::election::StoredPaper;
use crate::domain::election::{Form, Paper, PaperStatus, forms, judge, names_allowed};
use crate::domain::vote::code::Code;
use crate::domain::vote::code::CodesFor;
use crate::ops::Changed;
use crate::ops::ballot::{Lookup, issue_codes as draw_and_store, look_up, mistyped};
use crate::store::{Actor, Store};

/// The codes of a round, in random order, with what a ballot paper shows.
#[derive(Debug, Clone)]
pub struct IssuedCodes {
    pub election: i64,
    pub round: i64,
    pub title: String,
    pub lang: crate::domain::lang::Lang,
    pub method: crate::tally::Method,
    pub seats: usize,
    /// The names on this round's ballot.
    pub candidates: Vec<String>,
    pub codes: Vec<Code>,
    /// Members who received codes (attendees, for themselves and the proxies they hold).
    pub voters: usize,
}

/// Issues one code per vote present or represented for the open round of `election` (opening
/// round 1 when voting has not begun) and records who received how many. `deliver` gets the
/// codes inside the transaction (to write the files): when it fails, nothing is recorded. Once
/// per round, and never in a round that has papers: nobody can vote twice.
pub fn issue_codes(
    store: &mut Store,
    actor: &Actor,
    election: i64,
    deliver: impl FnOnce(&IssuedCodes) -> anyhow::Result<()>,
) -> anyhow::Result<Changed<super::Done<IssuedCodes>>> {
    super::write_shown(store, actor, election, |tx| {
        let e = open_election(tx, election)?;
        let m = open_meeting(tx, e.meeting_id)?;
        let cands = tx.election_candidates(election)?;
        let round = open_round(tx, &e, &cands)?;
        let of = CodesFor::Round {
            election,
            round: round.number,
        };
        if tx.code_salt(of)?.is_some() {
            let (codes, voters) = tx.codes_issued(of)?;
            return Err(refused(msg!(
                "election-codes-issued-already",
                round = round.number,
                election = election,
                codes = codes,
                voters = voters
            )));
        }
        let papers = tx.election_ballots(election, round.number)?.len();
        if papers > 0 {
            return Err(refused(msg!(
                "election-codes-papers-entered",
                round = round.number,
                election = election,
                papers = papers
            )));
        }
        let holders = tx.ballot_holders(m.id, None)?;
        let total: u64 = holders.iter().map(|(_, k)| k).sum();
        let available = tx.meeting_counts(&m)?.available();
        if total != available {
            return Err(crate::exit::Failed(msg!(
                "codes-differ-from-present",
                total = total,
                present = available,
                meeting = m.id
            ))
            .into());
        }
        if total == 0 {
            return Err(refused(msg!(
                "election-codes-nobody-present",
                meeting = m.id
            )));
        }
        let codes = draw_and_store(tx, of, &holders)?;
        let issued = IssuedCodes {
            election,
            round: round.number,
            title: e.title.clone(),
            lang: tx.association_lang()?,
            method: method_of(&e),
            seats: e.seats as usize,
            candidates: round
                .candidates
                .iter()
                .filter_map(|n| cands.iter().find(|c| c.number == *n))
                .filter(|c| !c.withdrawn)
                .map(|c| c.name.clone())
                .collect(),
            codes,
            voters: holders.len(),
        };
        deliver(&issued)?;
        Ok(issued)
    })
}

/// What a voter puts on a ballot cast with a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filled {
    /// The names, in order, in one of the forms.
    Names(Form, Vec<String>),
    Blank,
}

/// A ballot cast: where it went, never what it says or whose it is.
#[derive(Debug, Clone, Serialize)]
pub struct Cast {
    pub election: i64,
    pub round: i64,
}

/// Casts one ballot with a code in the open round. Refused, with nothing changed: a mistyped
/// code (before any lookup), a code that is not one of this round's, a used code, a counted
/// round, a form the method does not read, and a ballot that would be invalid (a name that is
/// no candidate or not on this round's ballot, a name twice, too many names): the voter can
/// correct it, so it is not stored as an invalid paper.
pub fn cast(
    store: &mut Store,
    actor: &Actor,
    election: i64,
    code: &str,
    filled: &Filled,
) -> anyhow::Result<Changed<super::Done<Cast>>> {
    let code = Code::parse(code).map_err(mistyped)?;
    super::write_shown(store, actor, election, |tx| {
        let e = open_election(tx, election)?;
        open_meeting(tx, e.meeting_id)?;
        let method = method_of(&e);
        let seats = e.seats as usize;
        if let Filled::Names(form, _) = filled
            && !forms(method, seats).contains(form)
        {
            let allowed: Vec<&str> = forms(method, seats).iter().map(|f| f.flag()).collect();
            return Err(refused(msg!(
                "election-ballot-form",
                election = election,
                method = method.to_string(),
                seats = seats,
                allowed = either_or(&allowed),
                given = form.flag()
            )));
        }
        let rounds = tx.election_rounds(election)?;
        let Some(round) = rounds.last() else {
            return Err(refused(msg!(
                "election-no-round-with-codes",
                election = election
            )));
        };
        if round.status != crate::domain::election::RoundStatus::Open {
            return Err(refused(msg!(
                "election-round-closed-ballots",
                round = round.number,
                election = election
            )));
        }
        let unknown = || {
            crate::exit::hinted(
                msg!(
                    "election-code-not-of-round",
                    round = round.number,
                    election = election
                ),
                msg!("election-code-not-of-round-hint"),
            )
        };
        let of = CodesFor::Round {
            election,
            round: round.number,
        };
        let hash = match look_up(tx, of, &code)? {
            Lookup::Unknown => return Err(unknown()),
            Lookup::Used => {
                return Err(refused(msg!(
                    "election-code-used",
                    round = round.number,
                    election = election
                )));
            }
            Lookup::Unused(hash) => hash,
        };
        let names = match filled {
            Filled::Names(_, names) => names.clone(),
            Filled::Blank => Vec::new(),
        };
        let cands = tx.election_candidates(election)?;
        let by_name: Vec<(i64, String)> =
            cands.iter().map(|c| (c.number, c.name.clone())).collect();
        let outside = super::kept_nominees(tx, &e)?.and_then(|n| {
            crate::domain::election::binding::outside_nomination(&names, &by_name, &n)
        });
        let judged = match outside {
            Some(reason) => Paper::Invalid(reason),
            None => judge(
                &names,
                &by_name,
                &round.candidates,
                names_allowed(method, seats),
            ),
        };
        let status = match judged {
            Paper::Valid(_) => PaperStatus::Valid,
            Paper::Blank => PaperStatus::Blank,
            Paper::Invalid(reason) => {
                return Err(refused(msg!(
                    "election-code-ballot-invalid",
                    reason = reason,
                    election = election
                )));
            }
        };
        if !tx.use_code(of, &hash)? {
            return Err(crate::exit::Failed(msg!("election-code-changed")).into());
        }
        tx.put_election_ballot(
            election,
            round.number,
            &StoredPaper {
                choice: names.iter().map(|n| n.trim().to_string()).collect(),
                status,
                reason: None,
            },
        )?;
        Ok(Cast {
            election,
            round: round.number,
        })
    })
}

/// Whether round `round` of `election` is voted with codes.
pub fn has_codes(store: &mut Store, election: i64, round: i64) -> anyhow::Result<bool> {
    store.read(|tx| Ok(tx.code_salt(CodesFor::Round { election, round })?.is_some()))
}

/// "a or b or c" in the reader's language.
fn either_or(words: &[&str]) -> crate::domain::msg::Arg {
    match words {
        [] => "".into(),
        [one] => (*one).into(),
        [first, rest @ ..] => msg!("either-or", first = *first, rest = either_or(rest)).into(),
    }
}
