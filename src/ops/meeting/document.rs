//! `meeting document add|list|remove`: the documents (stukken) of an agenda item, each change
//! one transaction; after the convocation only with `--force`, recorded as late.

use std::path::Path;

use sha2::{Digest as _, Sha256};

use crate::domain::DomainError;
use crate::domain::meeting::document::{self as dd, Document, Lies};
use crate::ops::Changed;
use crate::store::{Actor, Store};

/// Where a new document lies, as the secretary says it.
pub enum Place<'a> {
    /// Open for inspection somewhere ("ter inzage bij de secretaris").
    At(&'a str),
    /// A file sent along with the convocation: read now, so the record holds its SHA-256.
    File(&'a Path),
}

/// Records document `title` of item `item` of meeting `meeting`.
pub fn add(
    store: &mut Store,
    actor: &Actor,
    meeting: i64,
    item: u32,
    title: &str,
    place: Place<'_>,
    force: bool,
) -> anyhow::Result<Changed<Document>> {
    let title = dd::check_title(title)?;
    let lies = match place {
        Place::At(at) if at.trim().is_empty() => {
            return Err(DomainError::invalid(
                "where",
                "say where members can read it, such as \"ter inzage bij de secretaris\"",
            )
            .into());
        }
        Place::At(at) => Lies::At(at.trim().to_string()),
        Place::File(path) => {
            let bytes = std::fs::read(path).map_err(|e| {
                DomainError::invalid("file", format!("cannot read {}: {e}", path.display()))
            })?;
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into(),
            );
            Lies::Enclosed {
                file: name,
                sha256: hex(&Sha256::digest(&bytes)),
            }
        }
    };
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(meeting)?;
        let late = dd::check_change(&m, "add", force)?;
        let found = tx
            .agenda(meeting)?
            .into_iter()
            .find(|i| i.position == item)
            .ok_or_else(|| {
                DomainError::invalid(
                    "item",
                    format!(
                        "meeting {meeting} has no agenda item {item}; `quorum meeting agenda {meeting} list` shows them"
                    ),
                )
            })?;
        tx.add_meeting_document(meeting, (found.id, found.position), &title, &lies, late)
    })
}

/// The documents of meeting `meeting`, in the order of the agenda.
pub fn list(store: &mut Store, meeting: i64) -> anyhow::Result<Vec<Document>> {
    store.read(|tx| {
        tx.meeting(meeting)?;
        tx.meeting_documents(meeting)
    })
}

/// Removes document `id` of meeting `meeting`; returns what it was.
pub fn remove(
    store: &mut Store,
    actor: &Actor,
    meeting: i64,
    id: i64,
    force: bool,
) -> anyhow::Result<Changed<Document>> {
    crate::ops::write(store, actor, |tx| {
        let m = tx.meeting(meeting)?;
        let d = tx.meeting_document(meeting, id)?;
        let late = dd::check_change(&m, "remove", force)?;
        tx.remove_meeting_document(meeting, &d, late)?;
        Ok(d)
    })
}

/// A supplement (aanvulling) to a convocation, with what its letter is made from.
#[derive(Debug, Clone)]
pub struct Supplement {
    pub association: String,
    pub lang: crate::domain::lang::Lang,
    pub meeting: crate::domain::meeting::Meeting,
    pub agenda: Vec<crate::domain::meeting::agenda::Item>,
    pub rules: crate::domain::rules::Rules,
    /// The day the convocation went out.
    pub convened_on: chrono::NaiveDate,
    /// Every document added after it, with the day of the supplement that sent it.
    pub documents: Vec<Document>,
    /// How many of them this supplement sends for the first time.
    pub new: usize,
}

/// Sends the documents of meeting `meeting` added after its convocation in a supplement dated
/// `sent` (each document keeps the day it was first sent); refused before the convocation
/// (the documents then go with the letter) and when no document was added after it. Asked
/// again with nothing new, it is a reprint and changes nothing.
pub fn supplement(
    store: &mut Store,
    actor: &Actor,
    meeting: i64,
    sent: chrono::NaiveDate,
) -> anyhow::Result<Changed<Supplement>> {
    crate::ops::write_maybe(store, actor, |tx| {
        let m = tx.meeting(meeting)?;
        let Some(convened_on) = m.convened_on else {
            return Err(DomainError::Refused(format!(
                "meeting {meeting} has not been convened: its documents go with the letter (`quorum meeting convene {meeting} --letter FILE`), not in a supplement"
            ))
            .into());
        };
        if sent < convened_on {
            return Err(DomainError::invalid(
                "sent",
                format!("{sent} is before the convocation went out ({convened_on}); a supplement follows it"),
            )
            .into());
        }
        let late: Vec<Document> = tx
            .meeting_documents(meeting)?
            .into_iter()
            .filter(|d| d.late)
            .collect();
        if late.is_empty() {
            return Err(DomainError::Refused(format!(
                "no document was added to meeting {meeting} after its convocation of {convened_on}; a supplement carries only those (`quorum meeting document add {meeting} … --force`)"
            ))
            .into());
        }
        let unsent: Vec<i64> = late
            .iter()
            .filter(|d| d.supplement_sent.is_none())
            .map(|d| d.id)
            .collect();
        if !unsent.is_empty() {
            tx.send_supplement(meeting, &unsent, sent)?;
        }
        let (_, rules) = tx.meeting_rules(&m)?;
        Ok((
            Supplement {
                association: tx.association_name()?.unwrap_or_default(),
                lang: tx.association_lang()?,
                agenda: tx.agenda(meeting)?,
                rules,
                convened_on,
                documents: tx
                    .meeting_documents(meeting)?
                    .into_iter()
                    .filter(|d| d.late)
                    .collect(),
                new: unsent.len(),
                meeting: m,
            },
            !unsent.is_empty(),
        ))
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
