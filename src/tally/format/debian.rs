//! Reader for Debian tally sheets, as published by the Project Secretary's `devotee`
//! (for example <https://www.debian.org/vote/2006/vote_002_tally.txt>).
//!
//! The sheet is free text with two kinds of lines that matter:
//! - the legend, `Option 1--------->: Jeroen van Wolffelaar` (any leading `/`, `|` drawing), which
//!   names the options in order;
//! - one line per voter, `V: 57213846  <md5>`: one character per option, a digit 1–9 giving its
//!   rank (1 best, equal digits equal ranks) and `-` leaving it unranked. The constitution ranks
//!   unranked options equally below every ranked one; the Schulze count applies that, so a ballot
//!   here holds the ranked options only.
//!
//! Every other line is the sheet's explanatory header and is passed over. A `V:` line that cannot
//! be read is an error naming its line; so is a legend that skips a number. A sheet without a
//! legend gets options named "Option 1", "Option 2", … from the width of its votes.
//!
//! The default option is the one named "None of the Above" (elections) or "Further Discussion"
//! (older general resolutions), compared without case. Tally sheets do not state supermajority
//! requirements, so `majority_requirements` stays empty (1:1, as for every DPL election).

use std::collections::BTreeMap;
use std::io::BufRead;

use super::lines::Lines;
use crate::tally::TallyError;
use crate::tally::model::{Ballot, CandidateId, Election, Merger, Rank};

/// Names Debian has used for the default option.
const DEFAULT_OPTION_NAMES: [&str; 2] = ["none of the above", "further discussion"];

#[cfg(test)]
pub(super) fn parse(text: &str) -> Result<Election, TallyError> {
    parse_lines(&mut Lines::new(text.as_bytes(), false))
}

/// The first vote of one width, and the first of that width that holds a character other than a
/// rank or `-`: enough to tell, once the legend is complete, which vote line is refused first.
struct Width {
    first: (usize, String),
    bad: Option<(usize, String)>,
}

/// Reads a tally sheet a line at a time. The legend may end after the votes and decides how wide
/// a vote must be, so a vote line's refusal waits for the end; its ranks do not depend on the
/// legend, so each vote is merged as it is read.
pub(super) fn parse_lines<R: BufRead>(lines: &mut Lines<R>) -> Result<Election, TallyError> {
    let mut legend: BTreeMap<usize, (String, usize)> = BTreeMap::new();
    let mut widths: BTreeMap<usize, Width> = BTreeMap::new();
    // Without a legend, the first vote fixes the number of options.
    let mut first_width: Option<usize> = None;
    let mut election = Election::default();
    let mut merger = Merger::default();
    while let Some((line, raw)) = lines.try_next()? {
        let trimmed = raw.trim();
        if let Some(rest) = trimmed.strip_prefix("V:") {
            let mut fields = rest.split_whitespace();
            let vote = fields
                .next()
                .ok_or_else(|| parse_err(line, "a 'V:' line holds no vote"))?;
            if fields.count() > 1 {
                return Err(parse_err(
                    line,
                    "a 'V:' line is 'V: <vote> <md5>'; found more fields",
                ));
            }
            let width = vote.chars().count();
            first_width.get_or_insert(width);
            let seen = widths.entry(width).or_insert_with(|| Width {
                first: (line, vote.to_string()),
                bad: None,
            });
            match ranks_of(vote) {
                Ok(ranks) => merger.push(
                    &mut election,
                    Ballot {
                        weight: 1,
                        ranks,
                        line,
                    },
                ),
                Err(_) => {
                    seen.bad.get_or_insert_with(|| (line, vote.to_string()));
                }
            }
        } else if let Some((number, name)) = legend_entry(trimmed)
            && legend.insert(number, (name, line)).is_some()
        {
            return Err(parse_err(
                line,
                &format!("option {number} is named twice in the legend"),
            ));
        }
    }
    let Some(first_width) = first_width else {
        return Err(parse_err(
            lines.count().max(1),
            "the tally sheet holds no 'V:' vote lines",
        ));
    };
    let candidates: Vec<String> = if legend.is_empty() {
        (1..=first_width).map(|n| format!("Option {n}")).collect()
    } else {
        for (expected, (&number, (_, line))) in (1..).zip(&legend) {
            if number != expected {
                return Err(parse_err(
                    *line,
                    &format!("the legend skips option {expected}"),
                ));
            }
        }
        legend.into_values().map(|(name, _)| name).collect()
    };
    let options = candidates.len();
    // The first vote refused: of another width than the options, or of theirs with a bad character.
    let refused = widths
        .iter()
        .filter_map(|(&width, seen)| {
            if width == options {
                seen.bad.as_ref()
            } else {
                Some(&seen.first)
            }
        })
        .min_by_key(|(line, _)| *line);
    if let Some((line, vote)) = refused {
        let reason = refusal(vote, options).unwrap_or_default();
        return Err(parse_err(*line, &reason));
    }
    merger.finish(&mut election);
    election.candidates = candidates;
    election.default_option = election
        .candidates
        .iter()
        .position(|name| DEFAULT_OPTION_NAMES.contains(&name.trim().to_lowercase().as_str()));
    if let Some(d) = election.default_option {
        election
            .metadata
            .push(("default_option".into(), election.candidates[d].clone()));
    }
    Ok(election)
}

fn parse_err(line: usize, reason: &str) -> TallyError {
    TallyError::Parse {
        line,
        reason: reason.to_string(),
    }
}

/// `Option 3------->: Steve McIntyre` (after any drawing characters) → `(3, "Steve McIntyre")`.
fn legend_entry(line: &str) -> Option<(usize, String)> {
    let at = line.find("Option ")?;
    let rest = &line[at + "Option ".len()..];
    let digits_end = rest.find(|c: char| !c.is_ascii_digit())?;
    let number: usize = rest[..digits_end].parse().ok()?;
    let rest = rest[digits_end..].trim_start_matches('-');
    let name = rest.strip_prefix(">:")?.trim();
    (number > 0 && !name.is_empty()).then(|| (number, name.to_string()))
}

/// Why `vote` cannot be read on a ballot of `options` options, if it cannot.
fn refusal(vote: &str, options: usize) -> Option<String> {
    let width = vote.chars().count();
    if width != options {
        return Some(format!(
            "the vote '{vote}' has {width} positions but the ballot has {options} options"
        ));
    }
    ranks_of(vote).err().map(|c| {
        format!("unexpected '{c}' in the vote '{vote}': use 1–9 for ranks and '-' for unranked")
    })
}

/// The rank groups of a vote of any width, best first, or its first character that is neither a
/// rank nor `-`.
fn ranks_of(vote: &str) -> Result<Vec<Rank>, char> {
    let mut by_rank: BTreeMap<u32, Vec<CandidateId>> = BTreeMap::new();
    for (option, c) in vote.chars().enumerate() {
        match c {
            '-' => {}
            '1'..='9' => by_rank
                .entry(c.to_digit(10).unwrap_or(0))
                .or_default()
                .push(option),
            _ => return Err(c),
        }
    }
    Ok(by_rank.into_values().map(Rank::from).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHEET: &str = concat!(
        "\n\t\t Tally Sheet for the votes cast.\n\n",
        "   Option 1---->: Alpha\n",
        " / Option 2--->: Beta\n",
        " |/ Option 3-->: None Of The Above\n",
        " ||/\n",
        "V: 21- \t\t0123abcd\n",
        "V: 1-1 \t\tdeadbeef\n",
        "V: ---\n",
    );

    #[test]
    fn reads_the_legend_and_votes() {
        let e = parse(SHEET).unwrap();
        assert_eq!(e.candidates, vec!["Alpha", "Beta", "None Of The Above"]);
        assert_eq!(e.default_option, Some(2));
        assert_eq!(e.ballots.len(), 3);
        assert_eq!(
            e.ballots[0],
            Ballot {
                weight: 1,
                ranks: Rank::list(vec![vec![1], vec![0]]),
                line: 8
            }
        );
        assert_eq!(e.ballots[1].ranks, vec![vec![0, 2]]);
        assert!(e.ballots[2].is_blank());
        assert!(e.majority_requirements.is_empty());
    }

    #[test]
    fn errors_name_the_line() {
        let reason_at = |text: &str| match parse(text) {
            Err(TallyError::Parse { line, reason }) => (line, reason),
            other => panic!("expected a parse error, got {other:?}"),
        };
        let (line, reason) = reason_at(&SHEET.replace("V: 1-1", "V: 1x1"));
        assert_eq!(line, 9);
        assert!(reason.contains("unexpected 'x'"), "{reason}");
        let (line, reason) = reason_at(&SHEET.replace("V: 1-1", "V: 1-"));
        assert_eq!(line, 9);
        assert!(
            reason.contains("has 2 positions but the ballot has 3 options"),
            "{reason}"
        );
        let gap = SHEET.replace("Option 2", "Option 4");
        assert!(matches!(
            parse(&gap),
            Err(TallyError::Parse { line: 6, .. })
        ));
        assert!(matches!(
            parse("V:\n"),
            Err(TallyError::Parse { line: 1, .. })
        ));
        assert!(matches!(
            parse("header only\n"),
            Err(TallyError::Parse { line: 1, .. })
        ));
        assert!(matches!(
            parse("V: 12 md5 extra\n"),
            Err(TallyError::Parse { line: 1, .. })
        ));
    }

    #[test]
    fn without_a_legend_options_are_numbered() {
        let e = parse("V: 12-\nV: -1-\n").unwrap();
        assert_eq!(e.candidates, vec!["Option 1", "Option 2", "Option 3"]);
        assert_eq!(e.default_option, None);
    }

    #[test]
    fn reads_the_2006_dpl_sheet() {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/tally/debian-2006-dpl-tally.txt"
        ));
        let e = parse(text).unwrap();
        assert_eq!(e.candidates.len(), 8);
        assert_eq!(e.candidates[3], "Anthony Towns");
        assert_eq!(e.default_option, Some(7));
        assert_eq!(e.total_weight(), 421);
        let equal: u64 = e
            .ballots
            .iter()
            .filter(|b| b.ranks.iter().any(|r| r.len() > 1))
            .map(|b| b.weight)
            .sum();
        let partial: u64 = e
            .ballots
            .iter()
            .filter(|b| b.candidates().count() < 8)
            .map(|b| b.weight)
            .sum();
        assert_eq!((equal, partial), (158, 127));
    }

    #[test]
    fn reads_through_a_small_buffer_as_from_text() {
        let text = format!("{SHEET}{}", "V: 21- \t\t0123abcd\n".repeat(40));
        let small = std::io::BufReader::with_capacity(7, text.as_bytes());
        let e = parse_lines(&mut Lines::new(small, false)).unwrap();
        assert_eq!(e, parse(&text).unwrap());
        assert_eq!((e.ballots.len(), e.total_weight()), (3, 43));
    }

    /// A vote is refused only once the legend is known, and the first refused line is named,
    /// whichever way it is wrong.
    #[test]
    fn the_first_vote_refused_is_named_whatever_the_legend_says_later() {
        let reason_at = |text: &str| match parse(text) {
            Err(TallyError::Parse { line, reason }) => (line, reason),
            other => panic!("expected a parse error, got {other:?}"),
        };
        let (line, reason) = reason_at("V: 1x\nV: 12\nV: 1y2\nOption 1-->: A\nOption 2-->: B\n");
        assert_eq!(line, 1, "{reason}");
        assert!(reason.contains("unexpected 'x'"), "{reason}");
        let text = "V: 12\nV: 1x2\nV: 1y\nOption 1-->: A\nOption 2-->: B\nOption 3-->: C\n";
        let (line, reason) = reason_at(text);
        assert_eq!(line, 1, "{reason}");
        assert!(reason.contains("has 2 positions"), "{reason}");
        let (line, reason) =
            reason_at("V: 123\nV: 1x2\nV: 12\nOption 1-->: A\nOption 2-->: B\nOption 3-->: C\n");
        assert_eq!(line, 2, "{reason}");
        assert!(reason.contains("unexpected 'x'"), "{reason}");
        // A malformed `V:` line anywhere comes before any vote's refusal, as does a gap in the legend.
        assert_eq!(reason_at("V: 1x\nV: 1 2 3\n").0, 2);
        assert_eq!(reason_at("V: 1x\nOption 2-->: B\n").0, 2);
    }
}
