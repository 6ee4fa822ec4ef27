//! The CSV form of BLT that the `mggg/scot-elex` project publishes beside its BLT files.
//!
//! ```text
//! 3,1                 candidates,seats
//! 12,1,2,3,0          weight,pref,pref,…   (the closing 0 and empty trailing cells are optional)
//! 0                   optional: the end of the ballots
//! Ann                 one name a row; a row `name,party` is kept as `Name (Party)`
//! Bob
//! Cleo
//! Ward 1 - Town       the title (the ward), optional
//! ```
//!
//! A row of negative numbers right after the header lists withdrawn candidates, as in BLT. The
//! ballots end at the `0` row or at the first row that does not start with a number; from there
//! every row must be a name, and there must be exactly one per candidate.

use std::collections::BTreeSet;

use crate::tally::TallyError;
use crate::tally::model::{Ballot, CandidateId, Election, Merger, Rank};

fn err(line: usize, reason: impl Into<String>) -> TallyError {
    TallyError::Parse {
        line,
        reason: reason.into(),
    }
}

#[cfg(test)]
pub(super) fn parse(text: &str) -> Result<Election, TallyError> {
    parse_reader(text.as_bytes())
}

/// Reads the file once, as a stream. A row not readable as CSV is refused before any other
/// fault, wherever it is: after a refusal of a row's contents the rest is still read for one.
pub(super) fn parse_reader<R: std::io::Read>(reader: R) -> Result<Election, TallyError> {
    let not_csv = |e: csv::Error| {
        let line = e.position().map_or(1, |p| p.line() as usize);
        match e.kind() {
            // The file, not its contents: as every reader says it.
            csv::ErrorKind::Io(io) => super::lines::stopped(line.saturating_sub(1), io),
            _ => err(line, format!("not readable as CSV: {e}")),
        }
    };
    let mut records = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(reader)
        .into_records();
    let mut unreadable = None;
    let read = read_rows(records.by_ref().map_while(|record| match record {
        Ok(record) => Some(record),
        Err(e) => {
            unreadable = Some(not_csv(e));
            None
        }
    }));
    if let Some(e) = unreadable {
        return Err(e);
    }
    if read.is_err()
        && let Some(e) = records.find_map(Result::err)
    {
        return Err(not_csv(e));
    }
    read
}

fn read_rows(records: impl Iterator<Item = csv::StringRecord>) -> Result<Election, TallyError> {
    let mut rows = records
        .filter_map(|record| {
            let line = record.position().map_or(0, |p| p.line() as usize);
            let mut cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            (!cells.is_empty()).then_some((line, cells))
        })
        .peekable();
    let (line, header) = rows
        .next()
        .ok_or_else(|| err(1, "the file is empty: expected the row `candidates,seats`"))?;
    let numbers: Option<Vec<usize>> = header.iter().map(|c| c.parse().ok()).collect();
    let (n, seats) = match numbers.as_deref() {
        Some([n, seats]) if *n >= 1 && *seats >= 1 => (*n, *seats),
        _ => {
            return Err(err(
                line,
                format!(
                    "expected the row `candidates,seats` (two whole numbers ≥ 1), found `{}`",
                    header.join(",")
                ),
            ));
        }
    };
    let mut election = Election {
        seats: Some(seats),
        ..Election::default()
    };
    if let Some((line, cells)) = rows.peek()
        && cells[0].starts_with('-')
    {
        election.withdrawn = withdrawn(*line, cells, n)?;
        rows.next();
    }
    let mut merger = Merger::default();
    // Exported files repeat a row many times: a row equal to the one before is read once.
    let mut previous: Option<(Vec<String>, Ballot)> = None;
    while let Some((_, cells)) = rows.peek() {
        if cells[0].parse::<u64>().is_err() {
            break;
        }
        let Some((line, cells)) = rows.next() else {
            break;
        };
        if cells.len() == 1 && cells[0] == "0" {
            break;
        }
        let read = match &previous {
            Some((same, read)) if *same == cells => Ballot {
                line,
                ..read.clone()
            },
            _ => {
                let read = ballot(line, &cells, n)?;
                previous = Some((cells, read.clone()));
                read
            }
        };
        merger.push(&mut election, read);
    }
    merger.finish(&mut election);
    let mut names: Vec<(usize, String)> = Vec::new();
    for (line, cells) in rows {
        if names.len() > n {
            return Err(err(
                line,
                format!(
                    "unexpected row `{}` after the title: {n} names and a title were expected",
                    cells.join(",")
                ),
            ));
        }
        let name = match cells.as_slice() {
            [name] => name.clone(),
            [name, party] if names.len() < n => format!("{name} ({party})"),
            _ if names.len() == n => cells.join(" "),
            _ => {
                return Err(err(
                    line,
                    format!(
                        "expected a candidate name (or `name,party`), found {} cells",
                        cells.len()
                    ),
                ));
            }
        };
        names.push((line, name));
    }
    if names.len() < n {
        return Err(err(
            names.last().map_or(line, |l| l.0),
            format!(
                "expected {n} candidate names after the ballots, found {}",
                names.len()
            ),
        ));
    }
    let mut seen = BTreeSet::new();
    for (line, name) in &names[..n] {
        if !seen.insert(name.as_str()) {
            return Err(err(
                *line,
                format!("candidate name \"{name}\" appears twice"),
            ));
        }
    }
    election.title = names.get(n).map(|(_, t)| t.clone());
    election.candidates = names.into_iter().take(n).map(|(_, s)| s).collect();
    Ok(election)
}

fn withdrawn(line: usize, cells: &[String], n: usize) -> Result<BTreeSet<CandidateId>, TallyError> {
    cells
        .iter()
        .map(
            |t| match t.strip_prefix('-').and_then(|d| d.parse::<usize>().ok()) {
                Some(k) if (1..=n).contains(&k) => Ok(k - 1),
                _ => Err(err(
                    line,
                    format!(
                        "withdrawn candidates are written -1 to -{n}; `{t}` is not one of them"
                    ),
                )),
            },
        )
        .collect()
}

fn ballot(line: usize, cells: &[String], n: usize) -> Result<Ballot, TallyError> {
    let weight: u64 = cells[0].parse().unwrap_or(0);
    if weight == 0 {
        return Err(err(line, "a ballot weight must be at least 1"));
    }
    let mut ranks = Vec::new();
    let mut closed = false;
    for cell in &cells[1..] {
        if closed {
            return Err(err(
                line,
                format!("`{cell}` after the closing 0 of the ballot"),
            ));
        }
        if cell == "0" {
            closed = true;
            continue;
        }
        let rank: Result<Rank, TallyError> = cell
            .split('=')
            .map(|part| match part.trim().parse::<usize>() {
                Ok(k) if (1..=n).contains(&k) => Ok(k - 1),
                _ => Err(err(
                    line,
                    format!("expected a candidate number 1 to {n}, found `{cell}`"),
                )),
            })
            .collect();
        ranks.push(rank?);
    }
    Ok(Ballot {
        weight,
        ranks,
        line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_header_ballots_names_with_party_and_ward() {
        let text = "3,1\n12,1,2,3,0\n5,2,,\n1,3,1\n0\n\"Ann, A.\",Lab\nBob\nCleo\nWard 1 - Town\n";
        let e = parse(text).unwrap();
        assert_eq!(e.candidates, ["Ann, A. (Lab)", "Bob", "Cleo"]);
        assert_eq!(e.title.as_deref(), Some("Ward 1 - Town"));
        assert_eq!(e.seats, Some(1));
        assert_eq!(e.total_weight(), 18);
        assert_eq!(e.ballots[0].ranks, [vec![0], vec![1], vec![2]]);
        assert_eq!(e.ballots[1].ranks, [vec![1]]);
        assert_eq!(e.ballots[2].line, 4);
    }

    /// Read as a stream, a row that is not CSV still comes before any other refusal, and a
    /// long file reads as from text.
    #[test]
    fn reads_through_a_small_buffer_and_names_unreadable_rows_first() {
        let text = format!("2,1\n{}3,2,1\n0\nAnn\nBob\nWard\n", "1,1,2\n".repeat(40));
        let small = std::io::BufReader::with_capacity(7, text.as_bytes());
        let e = parse_reader(small).unwrap();
        assert_eq!((e.ballots.len(), e.total_weight()), (2, 43));
        assert_eq!(e.ballots[1].line, 42);
        let lines: Vec<usize> = e.lines_of(&e.ballots[0]).map(|(l, _)| l).collect();
        assert_eq!(lines, (2..=41).collect::<Vec<_>>());
        assert_eq!(e.title.as_deref(), Some("Ward"));
        let mut bytes = b"2,1\n1,3\n0\nA\nB\n".to_vec();
        bytes.extend_from_slice(b"\xff,x\n");
        let Err(TallyError::Parse { line, reason }) = parse_reader(&bytes[..]) else {
            panic!("read")
        };
        assert_eq!(line, 6, "{reason}");
        assert!(reason.contains("not readable as CSV"), "{reason}");
    }

    #[test]
    fn refusals_name_the_line() {
        let cases: &[(&str, usize, &str)] = &[
            ("3\n", 1, "candidates,seats"),
            ("2,1\n1,3,0\n0\nA\nB\n", 2, "1 to 2"),
            ("2,1\n1,1,0,2\n0\nA\nB\n", 2, "after the closing 0"),
            ("2,1\n1,1,0\n0\nA\n", 4, "expected 2 candidate names"),
            ("2,1\n1,1,0\n0\nA\nB\nT\nX\n", 7, "after the title"),
            ("2,1\n1,1,0\n0\nA\nA\n", 5, "twice"),
            ("2,1\n1,1,0\n0\nA,b,c\nB\n", 4, "3 cells"),
        ];
        for &(text, line, needle) in cases {
            let Err(TallyError::Parse { line: got, reason }) = parse(text) else {
                panic!("{text:?} was read")
            };
            assert_eq!(got, line, "{text:?}: {reason}");
            assert!(reason.contains(needle), "{text:?}: {reason}");
        }
    }
}
