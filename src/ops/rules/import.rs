//! `rules import FILE`: every key of a TOML file checked, then all of it written or none.

use chrono::NaiveDate;

use crate::domain::rules::file::{self, Problem};
use crate::domain::rules::version::RulesChanged;
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// The file's problems, every one (the caller names the file and words them); nothing was
/// written.
#[derive(Debug)]
pub struct FileProblems(pub Vec<Problem>);

impl std::fmt::Display for FileProblems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let problems = crate::domain::text::counted(self.0.len() as u64, "problem", "problems");
        write!(f, "{problems} in the rules file")
    }
}

impl std::error::Error for FileProblems {}

/// Reads `text` over the version the change lands in. Refused with [`FileProblems`], or with
/// `domain::rules::pin::Refusal` when the change alters pinned rules.
pub fn import(
    store: &mut Store,
    actor: &Actor,
    text: &str,
    from: Option<NaiveDate>,
    note: Option<&str>,
    today: NaiveDate,
) -> anyhow::Result<Changed<RulesChanged>> {
    crate::ops::write(store, actor, |tx| {
        tx.change_rules(from, today, note, |base| {
            file::read(text, base).map_err(|problems| FileProblems(problems).into())
        })
    })
}
