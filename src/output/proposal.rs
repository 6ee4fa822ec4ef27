//! Rows of the proposal commands: their field names are CSV columns and JSON keys (a contract).
//! The table of `proposal list` shortens titles so that it fits 80 columns; CSV and JSON keep
//! them whole.

use std::io::Write as _;

use serde::Serialize;

use super::{Format, Output, cell, keep_whole};
use crate::domain::meeting::agenda::Item;
use crate::domain::proposal::Proposal;
use crate::domain::proposal::statute::Problem;
use crate::domain::proposal::{Exclusion, Signer};

/// The width a table must fit.
const WIDTH: usize = 80;

/// One line of `proposal list`.
#[derive(Debug, Default, Serialize)]
pub struct ProposalRow {
    pub id: i64,
    pub meeting: Option<i64>,
    pub amends: Option<i64>,
    pub kind: String,
    pub status: String,
    /// board, members or floor
    pub by: String,
    /// The members who brought and co-signed it, by number.
    pub signers: Vec<i64>,
    pub title: String,
}

fn by(p: &Proposal, signers: &[Signer]) -> &'static str {
    if p.by_board {
        "board"
    } else if signers.is_empty() {
        "floor"
    } else {
        "members"
    }
}

impl ProposalRow {
    pub fn new(p: &Proposal, signers: &[Signer]) -> Self {
        ProposalRow {
            id: p.id,
            meeting: p.meeting_id,
            amends: p.amends,
            kind: p.kind.as_str().into(),
            status: p.status.as_str().into(),
            by: by(p, signers).into(),
            signers: signers.iter().map(|s| s.number).collect(),
            title: p.title.clone(),
        }
    }
}

/// A member in a list inside a record (`signers`, `excluded`, a request's `requesters`): an
/// object, so that a script reads `member` and a later field has room. A table shows the number.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct MemberRef {
    pub member: i64,
}

/// A proposal in a list inside a record (`amendments`).
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct ProposalRef {
    pub proposal: i64,
}

/// `proposal show`, and the `changed` of the writing commands.
#[derive(Debug, Default, Serialize)]
pub struct ProposalRecord {
    pub id: i64,
    pub meeting: Option<i64>,
    /// Its position on the meeting's agenda.
    pub agenda_item: Option<u32>,
    pub amends: Option<i64>,
    pub amendments: Vec<ProposalRef>,
    pub kind: String,
    pub status: String,
    pub by: String,
    pub signers: Vec<MemberRef>,
    pub excluded: Vec<MemberRef>,
    pub title: String,
    pub text: Option<String>,
    pub text_on: Option<String>,
    pub text_open_from: Option<String>,
    pub created_at: String,
    pub withdrawn_at: Option<String>,
    /// What BW 2:42 still lacks before a statute amendment may be voted on.
    pub checks: Vec<String>,
    /// The board member (number) a dismissal or suspension is about.
    pub member: Option<i64>,
}

/// What `proposal show` knows about one proposal, as the record takes it.
pub struct Parts<'a> {
    pub proposal: &'a Proposal,
    pub signers: &'a [Signer],
    pub exclusions: &'a [Exclusion],
    pub amendments: &'a [Proposal],
    pub item: Option<&'a Item>,
    pub problems: &'a [Problem],
}

impl ProposalRecord {
    pub fn new(d: Parts<'_>) -> Self {
        let p = d.proposal;
        ProposalRecord {
            id: p.id,
            meeting: p.meeting_id,
            agenda_item: d.item.map(|i| i.position),
            amends: p.amends,
            amendments: d
                .amendments
                .iter()
                .map(|a| ProposalRef { proposal: a.id })
                .collect(),
            kind: p.kind.as_str().into(),
            status: p.status.as_str().into(),
            by: by(p, d.signers).into(),
            signers: d
                .signers
                .iter()
                .map(|s| MemberRef { member: s.number })
                .collect(),
            excluded: d
                .exclusions
                .iter()
                .map(|e| MemberRef { member: e.number })
                .collect(),
            title: p.title.clone(),
            text: p.text.clone(),
            text_on: p.text_on.map(|d| d.to_string()),
            text_open_from: p.text_open_from.map(|d| d.to_string()),
            created_at: p.created_at.clone(),
            member: p.member_number,
            withdrawn_at: p.withdrawn_at.clone(),
            checks: d.problems.iter().map(|p| p.message.clone()).collect(),
        }
    }
}

/// A member excluded from the vote, with the reason (`proposal show`, tables only).
#[derive(Debug, Default, Serialize)]
pub struct ExclusionRow {
    pub number: i64,
    pub reason: Option<String>,
}

/// Prints `proposal show`: the record as JSON or CSV, or as a field/value table wrapped to 80
/// columns with one row per BW 2:42 check and, below it, the members excluded with the reason.
pub fn show(
    out: &Output,
    record: &ProposalRecord,
    excluded: &[ExclusionRow],
) -> anyhow::Result<()> {
    if out.format != Format::Table {
        return out.record(record);
    }
    let value = serde_json::to_value(record)?;
    let mut table = out.table();
    table
        .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
        .set_width(WIDTH as u16)
        .set_header(["field", "value"]);
    if let serde_json::Value::Object(map) = &value {
        for (k, v) in map {
            if k != "checks" {
                table.add_row([k.clone(), cell(v)]);
            }
        }
    }
    for c in &record.checks {
        table.add_row(["check", c.as_str()]);
    }
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{}", table.trim_fmt())?;
    drop(stdout);
    if !excluded.is_empty() {
        out.outcome_line("\nExcluded from the vote (BW 2:12):");
        out.list(excluded, "")?;
    }
    Ok(())
}

/// Cuts `s` to `max` characters, marking the cut with an ellipsis.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}

/// Prints `proposal list`: the rows as CSV or JSON, or a table of at most 80 columns in which
/// an amendment's title says what it amends.
pub fn list(out: &Output, rows: &[ProposalRow]) -> anyhow::Result<()> {
    if out.format != Format::Table || rows.is_empty() {
        return out.list(
            rows,
            "No proposals yet; draft one with `quorum proposal new`.",
        );
    }
    let header: Vec<String> = ["id", "meeting", "kind", "status", "by", "title"]
        .map(String::from)
        .to_vec();
    let mut cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let by = if r.signers.is_empty() {
                r.by.clone()
            } else {
                cell(&serde_json::json!(r.signers))
            };
            let title = match r.amends {
                Some(of) => format!("↳ amends {of}: {}", r.title),
                None => r.title.clone(),
            };
            vec![
                r.id.to_string(),
                r.meeting.map(|m| m.to_string()).unwrap_or_default(),
                r.kind.clone(),
                r.status.clone(),
                shorten(&by, 12),
                title,
            ]
        })
        .collect();
    // Each column takes its content, a space either side and one border; the title the rest.
    let used: usize = 1
        + (0..header.len() - 1)
            .map(|i| {
                cells
                    .iter()
                    .map(|r| r[i].chars().count())
                    .chain([header[i].len()])
                    .max()
                    .unwrap_or(0)
                    + 3
            })
            .sum::<usize>();
    let room = WIDTH.saturating_sub(used + 3).max(10);
    for r in &mut cells {
        r[5] = shorten(&r[5], room);
    }
    let mut table = out.table();
    table.set_header(&header);
    for r in &cells {
        table.add_row(r);
    }
    keep_whole(&mut table, &header, &cells, Some(WIDTH as u16));
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{}", table.trim_fmt())?;
    stdout.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_keeps_short_titles_and_marks_the_cut() {
        assert_eq!(shorten("Budget", 10), "Budget");
        assert_eq!(shorten("Statute amendment", 10), "Statute a…");
        assert_eq!(shorten("Statute amendment", 10).chars().count(), 10);
    }

    proptest::proptest! {
        /// A shortened title never exceeds its room, and a title that fits is kept as it is.
        #[test]
        fn shorten_fits_its_room(s in "\\PC{0,60}", max in 1usize..40) {
            let t = shorten(&s, max);
            proptest::prop_assert!(t.chars().count() <= max);
            if s.chars().count() <= max {
                proptest::prop_assert_eq!(t, s);
            } else {
                proptest::prop_assert!(t.ends_with('…'));
            }
        }
    }
}
