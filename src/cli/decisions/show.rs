//! `decisions show ID`: one decision with its grounds.

use clap::Args;

use crate::app::Ctx;
use crate::output::Format;
use crate::output::decision::{Grounds, history_row, record, vote_figures};
use crate::store::ReadTx;
use crate::store::decisions::DecisionRow;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The decision's code (ALV-2027-03-14/4) or number (see `quorum decisions`)
    pub decision: String,
}

impl ShowArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let (rec, history) = store.read(|tx| {
            let d = crate::ops::decision::find(tx, &self.decision)?;
            let g = grounds(tx, &d)?;
            Ok((record(&d, g), tx.decision_history(d.id)?))
        })?;
        let rows: Vec<_> = history.iter().map(history_row).collect();
        if ctx.out.format == Format::Json {
            // The status history as its own key, so that a script sees the decision's whole
            // life (awaiting-deed, in-force, superseded) in one document.
            let mut value = serde_json::to_value(&rec)?;
            value["history"] = serde_json::to_value(&rows)?;
            return ctx.out.record(&value);
        }
        ctx.out.record(&rec)?;
        if ctx.out.format == Format::Table {
            ctx.out.outcome_line("\nHistory:");
            ctx.out.list(&rows, "")?;
        }
        Ok(())
    }
}

/// What the decision was taken on, from its vote, election or resolution.
pub(crate) fn grounds(tx: &ReadTx<'_>, d: &DecisionRow) -> anyhow::Result<Grounds> {
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
        let electing: Vec<_> = results.iter().filter(|r| r.outcome == "elected").collect();
        if !electing.is_empty() {
            g.elected = electing
                .iter()
                .flat_map(|r| r.elected.iter().map(name))
                .collect();
            let rounds: Vec<String> = electing.iter().map(|r| r.round.to_string()).collect();
            let r = electing[electing.len() - 1];
            g.figures = Some(format!(
                "{} {} ({}), seed {}",
                if rounds.len() == 1 { "round" } else { "rounds" },
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
