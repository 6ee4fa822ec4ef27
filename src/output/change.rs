//! The `--format json` result of a writing command: what was changed, and the journal's new head
//! (the hash a secretary may write into the minutes). One shape for every writing command, so a
//! script reads `changed` and `journal_head` the same way after `member leave` as after `rules set`.

use serde::Serialize;

use super::{Format, Output};

#[derive(Debug, Serialize)]
pub struct Changed<'a, T: Serialize> {
    /// The command that made the change: "member leave".
    pub command: &'a str,
    /// The changed thing as its own command shows it (a member, a category, rules, a file).
    pub changed: T,
    /// The newest journal entry after the change; null for a database without a journal.
    pub journal_head: Option<String>,
    /// Present, and true, only when the command found nothing to change: the one way every
    /// command says so.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub nothing_changed: bool,
}

impl Output {
    /// The result of a checking command (`journal verify`, `db check`) as JSON or a CSV row; for
    /// a table nothing more, because its outcome line on stdout already said it.
    pub fn checked<T: Serialize>(&self, result: T) -> anyhow::Result<()> {
        match self.format {
            Format::Json | Format::Csv => self.record(&result),
            _ => Ok(()),
        }
    }

    /// Prints the result of a writing command: a JSON document with `--format json`, the changed
    /// record as CSV with `--format csv`; for a table nothing more, because the outcome line on
    /// stdout already said it.
    pub fn changed<T: Serialize>(
        &self,
        command: &str,
        changed: T,
        journal_head: Option<String>,
    ) -> anyhow::Result<()> {
        match self.format {
            Format::Json => {}
            Format::Csv => return self.csv_rows(&serde_json::to_value(&changed)?),
            _ => return Ok(()),
        }
        self.record(&Changed {
            command,
            changed,
            journal_head,
            nothing_changed: false,
        })
    }

    /// As `changed`, for a command that found nothing to change: the envelope says
    /// `"nothing_changed": true` beside the thing as it stands.
    pub fn unchanged<T: Serialize>(
        &self,
        command: &str,
        changed: T,
        journal_head: Option<String>,
    ) -> anyhow::Result<()> {
        if self.format != Format::Json {
            return self.changed(command, changed, journal_head);
        }
        self.record(&Changed {
            command,
            changed,
            journal_head,
            nothing_changed: true,
        })
    }
}
