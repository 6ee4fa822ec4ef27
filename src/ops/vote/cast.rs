//! A roll-call vote: in person, for a proxy giver, or with every proxy held; a weighted member
//! may split. Voting again replaces the earlier cast (journaled).

use crate::domain::DomainError;
use crate::domain::msg::msg;
use crate::domain::vote::{Choice, Method, Split};
use crate::ops::meeting::member_id;
use crate::store::{Actor, Store};

use super::open_vote;

/// Whom a roll-call cast is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum For {
    /// The voter's own votes.
    Own,
    /// The votes of the member whose proxy the voter holds.
    Member(i64),
    /// Own votes and those of every proxy held.
    WithProxies,
}

/// What a cast recorded for one member whose votes were cast.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cast {
    pub number: i64,
    pub split: Split,
    /// True when it replaced an earlier cast.
    pub changed: bool,
    /// The instruction on the proxy the votes were cast by, shown to the holder.
    pub instruction: Option<String>,
    /// True when the instruction names a choice and this cast is not it.
    pub against_instruction: bool,
}

impl Cast {
    /// What the holder is told about the proxy's instruction, if it has one.
    pub fn instruction_note(&self) -> Option<String> {
        let ins = self.instruction.as_ref()?;
        Some(if self.against_instruction {
            format!(
                "member {}'s proxy instructs '{ins}'; this vote goes against the instruction",
                self.number
            )
        } else {
            format!("member {}'s proxy instructs '{ins}'", self.number)
        })
    }
}

/// Casts a roll-call vote by member `number`. `split` divides a weighted vote.
pub fn cast(
    store: &mut Store,
    actor: &Actor,
    which: super::Which,
    number: i64,
    choice: Choice,
    whom: For,
    split: Option<&str>,
) -> anyhow::Result<crate::ops::Changed<super::Done<Vec<Cast>>>> {
    crate::ops::write(store, actor, |tx| {
        let id = super::view::resolve_in(tx, which)?;
        let v = open_vote(tx, id)?;
        if v.method != Method::RollCall {
            return Err(DomainError::said(msg!(
                "cast-not-roll-call",
                vote = id,
                method = v.method.name()
            ))
            .into());
        }
        let m = tx.meeting(v.meeting_id)?;
        let voter = member_id(tx, number)?;
        if !tx.is_present(m.id, voter)? {
            return Err(DomainError::said(msg!(
                "cast-not-present",
                number = number,
                meeting = m.id
            ))
            .into());
        }
        let held = tx.proxies_held(m.id, voter)?;
        let mut targets: Vec<(i64, i64, Option<String>)> = Vec::new();
        match whom {
            For::Own => targets.push((voter, number, None)),
            For::Member(g) => {
                let Some(h) = held.iter().find(|h| h.giver == g) else {
                    return Err(DomainError::said(msg!(
                        "cast-no-proxy-from",
                        number = number,
                        giver = g,
                        meeting = m.id
                    ))
                    .into());
                };
                targets.push((h.giver_id, h.giver, h.instruction.clone()));
            }
            For::WithProxies => {
                targets.push((voter, number, None));
                targets.extend(
                    held.iter()
                        .map(|h| (h.giver_id, h.giver, h.instruction.clone())),
                );
            }
        }
        if split.is_some() && targets.len() > 1 {
            return Err(DomainError::invalid_said("split", msg!("cast-split-one-member")).into());
        }
        let mut out = Vec::new();
        for (mid, num, instruction) in targets {
            let weight = u64::from(tx.meeting_voter(&m, mid)?.votes);
            if weight == 0 {
                return Err(DomainError::said(msg!(
                    "cast-member-no-vote",
                    number = num,
                    meeting = m.id
                ))
                .into());
            }
            if tx.is_excluded(v.proposal_id, mid)? {
                return Err(DomainError::said(msg!(
                    "cast-member-excluded",
                    number = num,
                    proposal = v.proposal_id
                ))
                .into());
            }
            let s = match split {
                Some(text) => Split::parse(text, weight)?,
                None => Split::whole(choice, weight),
            };
            let against_instruction = instruction
                .as_deref()
                .and_then(|i| i.parse::<Choice>().ok())
                .is_some_and(|c| s.single() != Some(c));
            let old = tx.put_cast(id, mid, voter, &s, weight)?;
            out.push(Cast {
                number: num,
                split: s,
                changed: old.is_some(),
                instruction,
                against_instruction,
            });
        }
        super::view::done(tx, id, out)
    })
}
