//! The ballot records of the Irish 2002 e-voting pilot (Dublin West, Dublin North, Meath).
//!
//! ```text
//! "Leni" "Dohe" "Morr" "McDo" "XXXXX" "XXXXX" "XXXXX" "XXXXX" "XXXXX"
//! ```
//!
//! One ballot a line: the candidates' codes in order of preference, padded with `"XXXXX"` to one
//! slot per candidate. The file names no candidates, seats or title. Candidates are the codes in
//! order of first appearance, and the codes are kept as their names: the files of other
//! constituencies use other codes, and a code maps to a person only through the constituency's
//! own list (for Dublin West it is in tests/fixtures/tally/README.md). Pass the seats with
//! `--seats`.
//!
//! Every line must hold the same number of slots as the first; a code after the padding, an empty
//! code or text outside the quotes is an error naming the line. Blank lines are ignored.

use std::io::BufRead;

use super::lines::Lines;
use crate::tally::TallyError;
use crate::tally::model::{Ballot, Election, Merger, Rank};

const PADDING: &str = "XXXXX";

#[cfg(test)]
pub(super) fn parse(text: &str) -> Result<Election, TallyError> {
    parse_lines(&mut Lines::new(text.as_bytes(), false))
}

/// Reads the records a line at a time, merging identical lines as they come.
pub(super) fn parse_lines<R: BufRead>(lines: &mut Lines<R>) -> Result<Election, TallyError> {
    let mut election = Election::default();
    let mut merger = Merger::default();
    let mut slots = None;
    while let Some((line, raw)) = lines.try_next()? {
        let raw = if line == 1 {
            raw.strip_prefix('\u{feff}').unwrap_or(raw)
        } else {
            raw
        };
        let content = raw.trim();
        if content.is_empty() {
            continue;
        }
        let mut ranks = Vec::new();
        let mut padded = false;
        let mut count = 0;
        let mut rest = content;
        while !rest.is_empty() {
            let (code, after) = next_code(line, rest)?;
            rest = after;
            count += 1;
            if code == PADDING {
                padded = true;
                continue;
            }
            if padded {
                return Err(err(
                    line,
                    format!("\"{code}\" after the \"{PADDING}\" padding"),
                ));
            }
            let id = match election.candidate_id(code) {
                Some(id) => id,
                None => {
                    election.candidates.push(code.to_string());
                    election.candidates.len() - 1
                }
            };
            ranks.push(Rank::one(id));
        }
        let expected = *slots.get_or_insert(count);
        if count != expected {
            return Err(err(
                line,
                format!("{count} quoted slots, but the first ballot has {expected}"),
            ));
        }
        merger.push(
            &mut election,
            Ballot {
                weight: 1,
                ranks,
                line,
            },
        );
    }
    merger.finish(&mut election);
    if election.ballots.is_empty() {
        return Err(err(
            1,
            "no ballots: expected lines of quoted candidate codes",
        ));
    }
    Ok(election)
}

fn err(line: usize, reason: impl Into<String>) -> TallyError {
    TallyError::Parse {
        line,
        reason: reason.into(),
    }
}

/// The first quoted code of `rest` and what follows it; anything outside quotes is an error.
fn next_code(line: usize, rest: &str) -> Result<(&str, &str), TallyError> {
    let Some(body) = rest.strip_prefix('"') else {
        return Err(err(
            line,
            format!("expected a quoted candidate code, found `{rest}`"),
        ));
    };
    let close = body
        .find('"')
        .ok_or_else(|| err(line, "a quoted code is not closed"))?;
    let code = &body[..close];
    if code.trim().is_empty() {
        return Err(err(line, "an empty candidate code"));
    }
    Ok((code, body[close + 1..].trim_start()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_in_order_of_first_appearance() {
        let text = "\"Leni\" \"Dohe\" \"XXXXX\"\r\n\r\n\"Higg\" \"Leni\" \"Burt\"\r\n";
        let e = parse(text).unwrap();
        assert_eq!(e.candidates, vec!["Leni", "Dohe", "Higg", "Burt"]);
        assert_eq!(e.seats, None);
        assert_eq!(
            e.ballots,
            vec![
                Ballot {
                    weight: 1,
                    ranks: Rank::list(vec![vec![0], vec![1]]),
                    line: 1
                },
                Ballot {
                    weight: 1,
                    ranks: Rank::list(vec![vec![2], vec![0], vec![3]]),
                    line: 3
                },
            ]
        );
    }

    #[test]
    fn a_line_of_padding_is_a_blank_ballot() {
        let e = parse("\"A\" \"XXXXX\"\n\"XXXXX\" \"XXXXX\"\n").unwrap();
        assert!(e.ballots[1].is_blank());
    }

    #[test]
    fn errors_name_the_line() {
        let cases = [
            ("", 1),
            ("\"A\" \"B\"\n\"A\"\n", 2),
            ("\"A\" \"B\"\n\"XXXXX\" \"B\"\n", 2),
            ("\"A\" B\n", 1),
            ("\"A\" \"B\n", 1),
            ("\"A\" \"\"\n", 1),
        ];
        for (text, line) in cases {
            match parse(text) {
                Err(TallyError::Parse { line: l, .. }) => assert_eq!(l, line, "{text:?}"),
                other => panic!("{text:?}: expected a parse error, got {other:?}"),
            }
        }
    }

    #[test]
    fn dublin_west_2002_first_count() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/tally-data/dublin-west-2002.txt"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("skipped: {path} is absent");
            return;
        };
        let e = parse(&text).unwrap();
        // 29,988 papers, 10,335 distinct orders: identical lines are merged as they are read.
        assert_eq!(e.total_weight(), 29_988);
        assert_eq!(e.ballots.len(), 10_335);
        let mut first = vec![0u64; e.candidates.len()];
        for b in &e.ballots {
            first[b.ranks[0][0]] += b.weight;
        }
        let published = [
            ("Leni", 8086),
            ("Higg", 6442),
            ("Burt", 3810),
            ("Terr", 3694),
            ("McDo", 2404),
            ("Morr", 2370),
            ("Dohe", 2300),
            ("Bonn", 748),
            ("Smyt", 134),
        ];
        assert_eq!(e.candidates.len(), published.len());
        for (code, votes) in published {
            assert_eq!(first[e.candidate_id(code).unwrap()], votes, "{code}");
        }
    }

    #[test]
    fn reads_through_a_small_buffer_as_from_text() {
        let text = format!(
            "\u{feff}{}\"Higg\" \"XXXXX\"\r\n",
            "\"Leni\" \"Dohe\"\r\n".repeat(30)
        );
        let small = std::io::BufReader::with_capacity(7, text.as_bytes());
        let e = parse_lines(&mut Lines::new(small, false)).unwrap();
        assert_eq!(e, parse(&text).unwrap());
        assert_eq!(e.candidates, ["Leni", "Dohe", "Higg"]);
        assert_eq!((e.ballots.len(), e.total_weight()), (2, 31));
    }
}
