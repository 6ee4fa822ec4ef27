//! Decisions as `decisions`, `decisions show` and `decisions set` give them: each with the
//! grounds it was taken on, read from its vote, election or resolution.

use crate::domain::decision::{Decision, StatusEntry};
use crate::domain::lang::Lang;
use crate::domain::vote::Vote;
use crate::store::ReadTx;

/// What a decision was taken on, read from its vote, election or resolution.
#[derive(Debug, Default, Clone)]
pub struct Grounds {
    /// The figures, one line: "12 for, 3 against, …".
    pub figures: Option<String>,
    pub explanation: Option<String>,
    pub declaration: Option<String>,
    /// Names of the elected.
    pub elected: Vec<String>,
    pub rules_from: Option<String>,
    pub rules_digest: Option<String>,
    /// The language the grounds of the standing are explained in.
    pub lang: Lang,
    pub superseded_by: Option<String>,
}

/// A decision with its grounds.
#[derive(Debug, Clone)]
pub struct DecisionView {
    pub decision: Decision,
    pub grounds: Grounds,
}

/// A decision with its grounds and its status history (`decisions show`).
#[derive(Debug, Clone)]
pub struct Shown {
    pub view: DecisionView,
    pub history: Vec<StatusEntry>,
}

pub(crate) fn read(tx: &ReadTx<'_>, id: i64) -> anyhow::Result<DecisionView> {
    let decision = tx.decision(id)?;
    Ok(DecisionView {
        grounds: grounds(tx, &decision)?,
        decision,
    })
}

/// What the decision was taken on, from its vote, election or resolution.
fn grounds(tx: &ReadTx<'_>, d: &Decision) -> anyhow::Result<Grounds> {
    let mut g = Grounds {
        superseded_by: match d.superseded_by {
            Some(by) => Some(tx.decision(by)?.code),
            None => None,
        },
        lang: tx.association_lang()?,
        ..Default::default()
    };
    if let Some(v) = d.vote_id {
        let v = tx.vote(v)?;
        g.figures = vote_figures(&v);
        g.explanation = v.explanation.clone();
        g.declaration = v.declaration_text.clone();
        g.rules_from = Some(v.rules_from.clone());
        g.rules_digest = Some(v.rules_digest.clone());
    }
    if let Some(e) = d.election_id {
        let cands = tx.election_candidates(e)?;
        let name = |n: &i64| {
            cands
                .iter()
                .find(|c| c.number == *n)
                .map_or_else(|| n.to_string(), |c| c.name.clone())
        };
        let results = tx.election_results(e)?;
        let binding = tx.election_binding(e)?;
        // Seat by seat (majority-runoff), each filled seat is its own electing round: the
        // decision names everyone elected, not only the last seat's.
        let electing: Vec<_> = results
            .iter()
            .filter(|r| r.outcome == crate::domain::election::Decided::Elected)
            .collect();
        if !electing.is_empty() {
            g.elected = electing
                .iter()
                .flat_map(|r| r.elected.iter().map(name))
                .collect();
            let rounds: Vec<String> = electing.iter().map(|r| r.round.to_string()).collect();
            let r = electing[electing.len() - 1];
            g.figures = Some(format!(
                "{} {} ({}), seed {}",
                crate::domain::text::plural(rounds.len() as u64, "round", "rounds"),
                rounds.join(", "),
                r.method,
                r.seed
            ));
        } else if let Some(b) = binding.filter(|b| !b.appointed.is_empty()) {
            g.elected = b.appointed.iter().map(name).collect();
            g.figures = Some(format!(
                "binding nomination kept: {} for and {} against removing it, {} needed",
                b.votes_for, b.against, b.needed
            ));
            g.explanation = Some(b.explanation);
        }
        let m = tx.meeting(tx.election(e)?.meeting_id)?;
        g.rules_from = m.rules_from.map(|f| f.to_string());
        g.rules_digest = m.rules_digest.clone();
    }
    if let Some(r) = d.resolution_id {
        let r = tx.resolution(r)?;
        g.explanation = r.explanation.clone();
    }
    Ok(g)
}

/// The figures of a closed vote, in one line.
pub fn vote_figures(v: &Vote) -> Option<String> {
    let t = v.tally.as_ref()?;
    let mut s = format!(
        "{} for, {} against, {} blank, {} invalid, {} abstaining",
        t.votes_for, t.against, t.blank, t.invalid, t.abstain
    );
    if let (Some(base), Some(votes), Some(th), Some(needed)) =
        (&v.base, v.base_votes, &v.threshold, v.needed)
    {
        s.push_str(&format!(
            "; base {base} {votes}, threshold {th}, {needed} needed"
        ));
    }
    if let (Some(p), Some(total)) = (v.present_votes, v.total_votes) {
        s.push_str(&format!("; {p} of {total} votes present or represented"));
    }
    Some(s)
}
