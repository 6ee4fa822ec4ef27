//! The BLT ballot format of the ERS, OpenSTV, OpaVote and Droop.
//!
//! ```text
//! 4 2                 candidates seats
//! -3                  optional: withdrawn candidates, as negative numbers
//! 12 1 2 4 0          weight, preferences (candidate numbers from 1), 0
//! (b7) 3 2 1=3 0      an optional ballot id first; `=` joins candidates ranked equal
//! 0                   end of the ballots
//! "Ann"               one quoted name per candidate, in number order
//! "Bob"
//! "Cleo"
//! "Dirk"
//! "Board 2026"        the title (optional)
//! ```
//!
//! Blank lines are ignored anywhere. Everything else must fit this shape: an error names the
//! 1-based line and says what was expected there.

use std::collections::BTreeSet;
use std::io::BufRead;

use super::lines::{Lines, stopped};

use super::blt_names;
use crate::tally::TallyError;
use crate::tally::model::{Ballot, CandidateId, Election, Merger, Rank};

#[cfg(test)]
pub(super) fn parse(text: &str) -> Result<(Election, Vec<String>), TallyError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    parse_lines(&mut Lines::new(text.as_bytes(), false))
}

/// Reads BLT a line at a time: the ballots are merged as they come, so only the distinct ones
/// are kept.
pub(super) fn parse_lines<R: BufRead>(
    lines: &mut Lines<R>,
) -> Result<(Election, Vec<String>), TallyError> {
    let io = |lines: &Lines<R>, e: std::io::Error| stopped(lines.count(), &e);
    // Some exporters end every line with a comma (`786 1 0,`). On a numeric line it changes
    // nothing that is counted, so it is dropped, and said once.
    let mut commas = 0usize;

    let (n, seats) = match lines.next_content() {
        None => {
            return Err(err(
                1,
                "the file is empty: expected the header `candidates seats`",
            ));
        }
        Some(Err(e)) => return Err(io(lines, e)),
        Some(Ok((line, header))) => parse_header(line, strip_comma(header, &mut commas))?,
    };
    let mut election = Election {
        seats: Some(seats),
        ..Election::default()
    };

    let mut first_line = true;
    let mut ended = false;
    let mut merger = Merger::default();
    loop {
        let (line, content) = match lines.next_content() {
            None => break,
            Some(Err(e)) => return Err(io(lines, e)),
            Some(Ok(item)) => item,
        };
        let content = strip_comma(content, &mut commas);
        if content == "0" {
            ended = true;
            break;
        }
        if first_line && content.starts_with('-') {
            election.withdrawn = parse_withdrawn(line, content, n)?;
        } else {
            merger.push(&mut election, parse_ballot(line, content, n)?);
        }
        first_line = false;
    }
    merger.finish(&mut election);
    let mut rest: Vec<(usize, String)> = Vec::new();
    loop {
        match lines.next_content() {
            None => break,
            Some(Err(e)) => return Err(io(lines, e)),
            Some(Ok((line, content))) => rest.push((line, content.to_string())),
        }
    }
    let last_line = lines.count().max(1);
    if !ended {
        return Err(err(
            last_line,
            "the ballots must be ended by a line holding only `0`",
        ));
    }

    let rest: Vec<(usize, &str)> = rest.iter().map(|(n, l)| (*n, l.as_str())).collect();
    let names = blt_names::read(&rest, n, last_line)?;
    let mut repairs = Vec::new();
    if commas > 0 {
        repairs.push(format!(
            "ignored the trailing comma on {commas} numeric line{}",
            if commas == 1 { "" } else { "s" }
        ));
    }
    repairs.extend(names.repairs);
    let mut seen = BTreeSet::new();
    for (line, name) in &names.candidates {
        if name.trim().is_empty() {
            return Err(err(*line, "a candidate name is empty"));
        }
        if !seen.insert(name.as_str()) {
            return Err(err(
                *line,
                format!("candidate name \"{name}\" appears twice"),
            ));
        }
    }
    election.title = names.title;
    election.candidates = names.candidates.into_iter().map(|(_, s)| s).collect();
    Ok((election, repairs))
}

fn strip_comma<'a>(content: &'a str, commas: &mut usize) -> &'a str {
    match content.strip_suffix(',') {
        Some(rest) => {
            *commas += 1;
            rest.trim_end()
        }
        None => content,
    }
}

pub(super) fn err(line: usize, reason: impl Into<String>) -> TallyError {
    TallyError::Parse {
        line,
        reason: reason.into(),
    }
}

fn parse_header(line: usize, content: &str) -> Result<(usize, usize), TallyError> {
    let tokens: Vec<&str> = content.split_whitespace().collect();
    let numbers: Option<Vec<usize>> = tokens.iter().map(|t| t.parse().ok()).collect();
    match numbers.as_deref() {
        Some([n, seats]) if *n >= 1 && *seats >= 1 => Ok((*n, *seats)),
        Some([_, _]) => Err(err(
            line,
            "the header needs at least 1 candidate and 1 seat",
        )),
        _ => Err(err(
            line,
            format!("expected the header `candidates seats` (two numbers), found `{content}`"),
        )),
    }
}

fn parse_withdrawn(
    line: usize,
    content: &str,
    n: usize,
) -> Result<BTreeSet<CandidateId>, TallyError> {
    content
        .split_whitespace()
        .map(|t| {
            let k = t.strip_prefix('-').and_then(|d| d.parse::<usize>().ok());
            match k {
                Some(k) if (1..=n).contains(&k) => Ok(k - 1),
                _ => Err(err(
                    line,
                    format!(
                        "withdrawn candidates are written -1 to -{n}; `{t}` is not one of them"
                    ),
                )),
            }
        })
        .collect()
}

fn parse_ballot(line: usize, content: &str, n: usize) -> Result<Ballot, TallyError> {
    let mut rest = content;
    if rest.starts_with('(') {
        let close = rest
            .find(')')
            .ok_or_else(|| err(line, "a ballot id opened with `(` is not closed"))?;
        rest = &rest[close + 1..];
    }
    let mut tokens = rest.split_whitespace();
    let weight_token = tokens
        .next()
        .ok_or_else(|| err(line, "a ballot line needs a weight"))?;
    let weight: u64 = weight_token.parse().map_err(|_| {
        err(
            line,
            format!("expected a ballot weight (a whole number), found `{weight_token}`"),
        )
    })?;
    if weight == 0 {
        return Err(err(line, "a ballot weight must be at least 1"));
    }
    // Sized once: a ballot line is read with one allocation (issue 13).
    let mut ranks = Vec::with_capacity(rest.bytes().filter(|&b| b == b' ').count());
    let mut terminated = false;
    for token in tokens {
        if terminated {
            return Err(err(
                line,
                format!("`{token}` after the closing 0 of the ballot"),
            ));
        }
        if token == "0" {
            terminated = true;
            continue;
        }
        let rank: Result<Rank, TallyError> = token
            .split('=')
            .map(|part| candidate(line, part, token, n))
            .collect();
        ranks.push(rank?);
    }
    if !terminated {
        return Err(err(line, "a ballot line must end with 0"));
    }
    Ok(Ballot {
        weight,
        ranks,
        line,
    })
}

fn candidate(line: usize, part: &str, token: &str, n: usize) -> Result<CandidateId, TallyError> {
    match part.parse::<usize>() {
        Ok(k) if (1..=n).contains(&k) => Ok(k - 1),
        Ok(_) => Err(err(
            line,
            format!("candidate {part} does not exist: candidates are 1 to {n}"),
        )),
        Err(_) => Err(err(
            line,
            format!("expected a candidate number (or numbers joined by `=`), found `{token}`"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_err(text: &str) -> (usize, String) {
        match parse(text).map(|(e, _)| e) {
            Err(TallyError::Parse { line, reason }) => (line, reason),
            other => panic!("expected a parse error, got {other:?}"),
        }
    }

    #[test]
    fn reads_header_withdrawn_ballots_ids_equal_ranks_names_and_title() {
        let text = "4 2\n-3\n12 1 2 4 0\n\n(b7) 3 2 1=3 0\n1 0\n0\n\"Ann\"\n\"Bob\"\n\"Cleo\"\n\"Dirk\"\n\"Board 2026\"\n";
        let (e, repairs) = parse(text).unwrap();
        assert!(repairs.is_empty(), "{repairs:?}");
        assert_eq!(e.candidates, vec!["Ann", "Bob", "Cleo", "Dirk"]);
        assert_eq!(e.seats, Some(2));
        assert_eq!(e.withdrawn, BTreeSet::from([2]));
        assert_eq!(e.title.as_deref(), Some("Board 2026"));
        assert_eq!(
            e.ballots,
            vec![
                Ballot {
                    weight: 12,
                    ranks: Rank::list(vec![vec![0], vec![1], vec![3]]),
                    line: 3
                },
                Ballot {
                    weight: 3,
                    ranks: Rank::list(vec![vec![1], vec![0, 2]]),
                    line: 5
                },
                Ballot {
                    weight: 1,
                    ranks: vec![],
                    line: 6
                },
            ]
        );
    }

    #[test]
    fn title_is_optional_and_crlf_and_bom_are_accepted() {
        let (e, _) = parse("\u{feff}2 1\r\n1 1 2 0\r\n0\r\n\"A\" \r\n\"B\"\r\n").unwrap();
        assert_eq!(e.title, None);
        assert_eq!(e.candidates, vec!["A", "B"]);
    }

    #[test]
    fn unicode_names_are_kept() {
        let (e, _) = parse("2 1\n1 2 0\n0\n\"noɥʇʎԀʎzɐɹƆ\"\n\"Dharman\"\n\"T\"\n").unwrap();
        assert_eq!(e.candidates[0], "noɥʇʎԀʎzɐɹƆ");
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(parse_err("").0, 1);
        assert_eq!(parse_err("3\n").0, 1);
        assert_eq!(parse_err("3 0\n").0, 1);
        assert_eq!(
            parse_err("3 1\n1 2 3\n0\n\"A\"\n\"B\"\n\"C\"\n"),
            (2, "a ballot line must end with 0".into())
        );
        assert_eq!(
            parse_err("3 1\n1 1 0\n2 4 0\n0\n\"A\"\n\"B\"\n\"C\"\n"),
            (
                3,
                "candidate 4 does not exist: candidates are 1 to 3".into()
            )
        );
        assert_eq!(parse_err("3 1\n1 1 x 0\n0\n").0, 2);
        assert_eq!(parse_err("3 1\n1 1 2= 0\n0\n").0, 2);
        assert_eq!(
            parse_err("3 1\n0 1 0\n0\n").1,
            "a ballot weight must be at least 1"
        );
        assert_eq!(parse_err("3 1\n1 1 0 2\n0\n").0, 2);
        assert_eq!(parse_err("3 1\n(x 1 1 0\n0\n").0, 2);
        assert_eq!(parse_err("3 1\n-4\n1 1 0\n0\n").0, 2);
        // A negative line that is not the first after the header is a bad ballot.
        assert_eq!(parse_err("3 1\n1 1 0\n-2\n0\n").0, 3);
        assert_eq!(parse_err("3 1\n1 1 0\n").0, 2);
        assert_eq!(parse_err("3 1\n1 1 0\n0\n\"A\"\n\"B\"\n").0, 5);
        assert_eq!(parse_err("3 1\n1 1 0\n0\n\"A\"\nB\n\"C\"\n").0, 5);
        assert_eq!(parse_err("3 1\n1 1 0\n0\n\"A\"\n\"B\n").0, 5);
        assert_eq!(parse_err("2 1\n1 1 0\n0\n\"A\"\n\"A\"\n").0, 5);
        assert_eq!(
            parse_err("2 1\n1 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n\"extra\"\n").0,
            7
        );
    }

    #[test]
    fn reads_every_real_blt_fixture() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tally/");
        let cases = [
            ("glasgow-2007-linn.blt", 11, 4, 9567, "LINN"),
            (
                "glasgow-2007-anderston-city.blt",
                9,
                4,
                6900,
                "ANDERSTON-CITY",
            ),
            ("glasgow-2007-govan.blt", 11, 4, 9560, "GOVAN Ward"),
            (
                "stackoverflow-election12.blt",
                7,
                2,
                32224,
                "Stack Overflow Moderator Election 2020",
            ),
            (
                "stackoverflow-election14.blt",
                6,
                1,
                21764,
                "Stack Overflow Moderator Election 2022",
            ),
        ];
        for (file, n, seats, total, title) in cases {
            let text = std::fs::read_to_string(format!("{dir}{file}")).unwrap();
            let (e, repairs) = parse(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert_eq!(e.candidates.len(), n, "{file}");
            assert_eq!(e.seats, Some(seats), "{file}");
            assert_eq!(e.total_weight(), total, "{file}");
            assert_eq!(e.title.as_deref(), Some(title), "{file}");
            assert!(repairs.is_empty(), "{file}: {repairs:?}");
        }
    }
}
