//! The association's language (documents for members are written in it).

use serde_json::json;

use super::{Change, ReadTx, Store, WriteTx};
use crate::domain::journal::action;
use crate::domain::lang::Lang;

impl ReadTx<'_> {
    /// The association's language.
    pub fn association_lang(&self) -> anyhow::Result<Lang> {
        let code: String =
            self.conn
                .query_row("SELECT lang FROM association WHERE id = 1", [], |r| {
                    r.get(0)
                })?;
        Ok(code.parse()?)
    }
}

impl Store {
    /// The association's language read from the file at `path` without opening it as a store
    /// (no upgrade, no waiting, nothing written): the terminal language falls back on it at
    /// start-up, so anything amiss (no file, another program's file, a busy one) is `None`.
    pub fn stored_lang(path: &std::path::Path) -> Option<Lang> {
        let conn = rusqlite::Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()?;
        conn.busy_timeout(std::time::Duration::ZERO).ok()?;
        let code: String = conn
            .query_row("SELECT lang FROM association WHERE id = 1", [], |r| {
                r.get(0)
            })
            .ok()?;
        code.parse().ok()
    }
}

impl WriteTx<'_> {
    /// Sets the language (journaled); false when it was already that.
    pub fn set_association_lang(&self, lang: Lang) -> anyhow::Result<bool> {
        let old = self.association_lang()?;
        if old == lang {
            return Ok(false);
        }
        self.conn.execute(
            "UPDATE association SET lang = ?1 WHERE id = 1",
            [lang.code()],
        )?;
        self.journal(Change {
            action: action::ASSOCIATION_LANG,
            entity: "association",
            summary: format!("set the association's language to {lang}"),
            old: Some(json!({ "lang": old.code() })),
            new: Some(json!({ "lang": lang.code() })),
            ..Default::default()
        })?;
        Ok(true)
    }
}
