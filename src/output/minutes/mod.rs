//! The minutes (notulen) as a document for members: composed from what quorum recorded, in
//! Dutch or English, in the order and register of `documents-nl.md`, then written as Markdown
//! (for pandoc) or as one self-contained printable HTML page.
//!
//! `domain::minutes::Facts` is what the document is made from (gathered by `ops::minutes`);
//! `compose` turns it into blocks; `markdown` and `html` write the blocks.

use crate::domain::lang::Lang;
use crate::domain::meeting::Meeting;
// What the document is made from is the domain's; these names are where `compose` reads them.
use crate::domain::minutes::facts::{
    DecisionFacts, ElectionFacts, Facts, Moment, NoteFacts, Person, ProposalFacts, RoundFacts,
    VoteFacts,
};

mod compose;
mod render;

pub use compose::compose;

/// The short notice that a cancelled meeting does not take place ("vervallen"), instead of
/// minutes: which meeting, when and where it would have been, and why, where a reason was given.
pub fn cancelled_notice(association: &str, m: &Meeting, lang: Lang) -> String {
    use crate::output::meeting_letter::day_text;
    let place = m
        .location
        .as_deref()
        .map_or_else(String::new, |p| match lang {
            Lang::Nl => format!(" in {p}"),
            Lang::En => format!(" at {p}"),
        });
    let why = m
        .cancel_reason
        .as_deref()
        .filter(|r| !r.trim().is_empty())
        .map_or_else(String::new, |r| match lang {
            Lang::Nl => format!(" De reden: {}.", r.trim().trim_end_matches('.')),
            Lang::En => format!(" The reason: {}.", r.trim().trim_end_matches('.')),
        });
    match lang {
        Lang::Nl => format!(
            "# {association}\n\n## Vervallen: {}\n\nDe vergadering ‘{}’{place}, belegd op {} om {}, gaat niet door.{why} Van deze vergadering zijn er daarom geen notulen.\n\nMet vriendelijke groet, namens het bestuur.\n",
            m.title,
            m.title,
            day_text(m.date(), lang),
            m.starts_at.format("%H.%M uur"),
        ),
        Lang::En => format!(
            "# {association}\n\n## Cancelled: {}\n\nThe meeting ‘{}’{place}, called for {} at {}, does not take place.{why} There are therefore no minutes of it.\n\nOn behalf of the board.\n",
            m.title,
            m.title,
            day_text(m.date(), lang),
            m.starts_at.format("%H:%M"),
        ),
    }
}
pub use render::{html, markdown};

/// The minutes as this layer writes them, for the use cases that circulate and seal them.
pub struct Minutes;

impl crate::ops::minutes::Document for Minutes {
    fn markdown(f: &Facts) -> String {
        markdown(&compose(f))
    }

    fn html(text: &str, lang: Lang) -> String {
        html(text, lang)
    }

    fn cancelled(association: &str, m: &Meeting, lang: Lang) -> String {
        cancelled_notice(association, m, lang)
    }
}

/// A stored moment (RFC 3339) as local time to the minute, as lists write times; as stored when
/// it does not read.
pub fn local_minutes(at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at).map_or_else(
        |_| at.to_string(),
        |d| {
            d.with_timezone(&chrono::Local)
                .format("%Y-%m-%dT%H:%M")
                .to_string()
        },
    )
}

/// One block of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Title(String),
    /// A line under the title (place, date, times).
    Subtitle(String),
    /// "Concept" on a draft.
    Mark(String),
    Heading(String),
    Para(String),
    /// A paragraph that starts with a bold label: "Aanwezig:", "Besluit ALV-…/1:".
    Labeled(String, String),
    /// A proposal's verbatim text.
    Quote(String),
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Signature lines: role and, where known, the name.
    Signatures(Vec<(String, Option<String>)>),
    /// Small print at the end (the journal anchor).
    Small(String),
}
