//! `rules history`: every version, what it changed against the one before, and which is in force.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::date::iso;
use crate::domain::rules::Rules;
use crate::store::Store;

/// One version in `rules history`: a public contract (CSV columns, JSON keys).
#[derive(Debug, Serialize, Default)]
pub struct VersionRow {
    pub valid_from: String,
    /// The last day in force; empty for the latest version.
    pub valid_until: Option<String>,
    pub in_force: bool,
    /// Each key against the version before (the first: against the Dutch defaults).
    pub changes: Vec<KeyChangeRow>,
    pub note: Option<String>,
    pub created_at: String,
}

/// One key of a version with its value in the version before.
#[derive(Debug, Serialize)]
pub struct KeyChangeRow {
    pub key: &'static str,
    pub old: String,
    pub new: String,
}

/// The versions, oldest first, judged on `today`.
pub fn history(store: &mut Store, today: NaiveDate) -> anyhow::Result<Vec<VersionRow>> {
    let versions = store.read(|tx| {
        let versions = tx.rules_versions()?;
        let mut out = Vec::with_capacity(versions.len());
        for v in versions {
            let rules = tx.rules_of(&v)?;
            out.push((v, rules));
        }
        Ok(out)
    })?;
    let mut rows = Vec::with_capacity(versions.len());
    let mut previous = Rules::default();
    for (i, (v, r)) in versions.iter().enumerate() {
        let next = versions.get(i + 1).map(|(n, _)| n.valid_from);
        rows.push(VersionRow {
            valid_from: iso(v.valid_from),
            valid_until: next.and_then(|n| n.pred_opt()).map(iso),
            in_force: v.valid_from <= today && next.is_none_or(|n| today < n),
            changes: r
                .changes_from(&previous)
                .into_iter()
                .map(|c| KeyChangeRow {
                    key: c.key,
                    old: c.old,
                    new: c.new,
                })
                .collect(),
            note: v.note.clone(),
            created_at: v.created_at.clone(),
        });
        previous = r.clone();
    }
    Ok(rows)
}
