//! The association row: its name and when the database was made.

use rusqlite::{OptionalExtension as _, params};

use super::{Change, ReadTx, WriteTx};
use crate::domain::journal::action;

impl ReadTx<'_> {
    /// The association's name.
    pub fn association_name(&self) -> anyhow::Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT name FROM association WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?)
    }
}

impl WriteTx<'_> {
    /// Records the association's name (once, at init; journaled).
    pub fn set_association(&self, name: &str) -> anyhow::Result<()> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "INSERT INTO association (id, name, created_at) VALUES (1, ?1, ?2)",
            params![name, at],
        )?;
        self.journal(Change {
            action: action::ASSOCIATION_INIT,
            entity: "association",
            summary: format!("created the registry of '{name}'"),
            ..Default::default()
        })?;
        Ok(())
    }
}
