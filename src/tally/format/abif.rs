//! Reader for ABIF, electorama's Aggregated Ballot Information Format
//! (<https://github.com/electorama/abif>; grammar `abif-v0.31.ebnf`).
//!
//! The subset read, which covers the Burlington 2009 file and ordinary ranked files:
//! - `# …` comments, whole-line or trailing (a `#` inside `[…]` or `"…"` is text); blank lines.
//! - Metadata `{key: value}`: key bare or `"quoted"`, value `"quoted"`, a number or a bare word;
//!   kept in `Election::metadata` in file order, and `title` becomes the election's title. `{}` is
//!   allowed and ignored.
//! - Candidate declarations `=token:[Full name]` (the `=` is optional, as in the grammar; the name
//!   may also be a bare or quoted token). A token declared twice is an error.
//! - Ballot lines `count:A>B=C`: `>` separates ranks, `=` and `,` join candidates in one rank (an
//!   equal rank, which IRV treats as an overvote). Spaces are ignored. A candidate may be a declared
//!   token, a `[Full name]` or a `"quoted"` token; an undeclared one becomes a new candidate, as the
//!   spec allows files of ballots alone. `count:` with nothing after it is a blank ballot.
//!
//! - Ratings beside a ranking (`27:Memph/5>Nash/4=Chat/4>Knox/1`, as abiftool's examples write
//!   them): the order `>` and `=` give is what a ranked count reads, so the ratings are passed
//!   over, and said once. Only when they agree with the order (never higher after `>`, equal
//!   across `=`) and every candidate on the line has one: otherwise which order was meant would be
//!   a guess, and the line is refused.
//!
//! Not read (each an error naming the line rather than a guess): ratings alone (`A/5,B/3`, a
//! score ballot with no order), cumulative weights (`A*2`), per-ballot extended data (`: {…}`
//! after the ballot) and a count of zero.

use std::collections::HashMap;
use std::io::BufRead;

use super::lines::Lines;
use crate::tally::TallyError;
use crate::tally::model::{Ballot, CandidateId, Election, Merger, Rank};

#[cfg(test)]
pub(super) fn parse(text: &str) -> Result<(Election, Vec<String>), TallyError> {
    parse_lines(&mut Lines::new(text.as_bytes(), false))
}

/// Reads ABIF a line at a time; every line is read on its own, so only the distinct ballots are
/// kept.
pub(super) fn parse_lines<R: BufRead>(
    lines: &mut Lines<R>,
) -> Result<(Election, Vec<String>), TallyError> {
    let mut reader = Reader::default();
    while let Some((line, raw)) = lines.try_next()? {
        let raw = if line == 1 {
            raw.trim_start_matches('\u{feff}')
        } else {
            raw
        };
        reader
            .line(line, raw)
            .map_err(|reason| TallyError::Parse { line, reason })?;
    }
    let lines = lines.count();
    reader.merger.finish(&mut reader.election);
    if reader.election.candidates.is_empty() && reader.election.ballots.is_empty() {
        return Err(TallyError::Parse {
            line: lines.max(1),
            reason: "the file declares no candidates and holds no ballot lines".into(),
        });
    }
    let mut repairs = Vec::new();
    if reader.rated_lines > 0 {
        repairs.push(format!(
            "passed over the ratings (candidate/score) on {} ballot line{}: the order given by \
             '>' and '=' is what is counted, and the ratings agree with it",
            reader.rated_lines,
            if reader.rated_lines == 1 { "" } else { "s" }
        ));
    }
    Ok((reader.election, repairs))
}

#[derive(Default)]
struct Reader {
    election: Election,
    merger: Merger,
    /// Token or full name → candidate.
    ids: HashMap<String, CandidateId>,
    /// Ballot lines whose ratings were passed over.
    rated_lines: usize,
    /// The text of the ballot line just read and what it read as (its ballot, whether it was
    /// rated), while no other line has come between: exported files repeat a line many times,
    /// and such a run is read once.
    previous: Option<(String, Ballot, bool)>,
}

/// A candidate reference on a ballot line, as written.
enum Reference {
    Token(String),
    FullName(String),
}

impl Reader {
    fn line(&mut self, line: usize, raw: &str) -> Result<(), String> {
        let text = strip_comment(raw).trim();
        if text.is_empty() {
            return Ok(());
        }
        if let Some(inner) = text.strip_prefix('{') {
            self.previous = None;
            return self.metadata(inner);
        }
        if text.starts_with(|c: char| c.is_ascii_digit()) {
            if let Some((previous, ballot, rated)) = &self.previous
                && previous == text
            {
                let ballot = Ballot {
                    line,
                    ..ballot.clone()
                };
                self.rated_lines += usize::from(*rated);
                self.merger.push(&mut self.election, ballot);
                return Ok(());
            }
            return self.ballot(line, text);
        }
        // Only ballot lines in a row are taken for a run.
        self.previous = None;
        self.declaration(text.strip_prefix('=').unwrap_or(text))
    }

    fn metadata(&mut self, inner: &str) -> Result<(), String> {
        let inner = inner
            .trim_end()
            .strip_suffix('}')
            .ok_or("a metadata line must end with '}'")?
            .trim();
        if inner.is_empty() {
            return Ok(());
        }
        let mut scan = Scanner::new(inner);
        let key = scan
            .key()
            .ok_or("a metadata line needs a key, as in {title: \"…\"}")?;
        scan.skip_spaces();
        if !scan.eat(':') {
            return Err(format!("metadata key '{key}' must be followed by ':'"));
        }
        scan.skip_spaces();
        let value = if scan.peek() == Some('"') {
            scan.quoted()?
        } else {
            let v = scan.rest().trim().to_string();
            if v.is_empty() {
                return Err(format!("metadata key '{key}' has no value"));
            }
            v
        };
        scan.skip_spaces();
        if !scan.at_end() {
            return Err(format!("unexpected text after the value of '{key}'"));
        }
        if key == "title" {
            self.election.title = Some(value.clone());
        }
        self.election.metadata.push((key, value));
        Ok(())
    }

    fn declaration(&mut self, text: &str) -> Result<(), String> {
        let unreadable = || {
            format!(
                "cannot read '{text}': expected a ballot line (count:ballot), a candidate \
                 declaration (=token:[Full name]) or {{key: value}} metadata"
            )
        };
        let mut scan = Scanner::new(text);
        let token = scan.key().ok_or_else(unreadable)?;
        scan.skip_spaces();
        if !scan.eat(':') {
            return Err(unreadable());
        }
        scan.skip_spaces();
        let name = match scan.peek() {
            Some('[') => scan.bracketed()?,
            _ => scan
                .key()
                .ok_or_else(|| format!("candidate '{token}' has no name after ':'"))?,
        };
        scan.skip_spaces();
        if !scan.at_end() {
            return Err(format!(
                "unexpected text after the name of candidate '{token}'"
            ));
        }
        if self.ids.contains_key(&token) {
            return Err(format!(
                "candidate '{token}' is declared twice (or declared after a ballot line used it)"
            ));
        }
        let id = self.election.candidates.len();
        self.election.candidates.push(name.clone());
        self.ids.insert(token, id);
        self.ids.entry(name).or_insert(id);
        Ok(())
    }

    fn ballot(&mut self, line: usize, text: &str) -> Result<(), String> {
        let mut scan = Scanner::new(text);
        let digits = scan.take_while(|c| c.is_ascii_digit());
        let weight: u64 = digits
            .parse()
            .map_err(|_| format!("ballot count '{digits}' is too large"))?;
        if weight == 0 {
            return Err("a ballot count must be at least 1".into());
        }
        scan.skip_spaces();
        if !scan.eat(':') {
            return Err(format!(
                "a ballot line is count:ballot; expected ':' after {digits}"
            ));
        }
        let mut ranks: Vec<Rank> = Vec::new();
        let mut new_rank = true;
        // Each candidate's rating, in the order written, with whether `>` came before it.
        let mut ratings: Vec<(Option<u64>, bool)> = Vec::new();
        let mut comma = false;
        loop {
            scan.skip_spaces();
            if scan.at_end() && ranks.is_empty() {
                break; // `count:` alone: a blank ballot
            }
            let reference = match scan.peek() {
                Some('[') => Reference::FullName(scan.bracketed()?),
                _ => Reference::Token(scan.key().ok_or_else(|| match scan.peek() {
                    None => "a ballot line must not end with a separator".to_string(),
                    Some(c) => format!("expected a candidate, found '{c}'"),
                })?),
            };
            let id = self.candidate(reference);
            if new_rank {
                ranks.push(Rank::one(id));
            } else if let Some(last) = ranks.last_mut() {
                last.push(id);
            }
            scan.skip_spaces();
            let mut rating = None;
            if scan.eat('/') {
                scan.skip_spaces();
                let digits = scan.take_while(|c| c.is_ascii_digit());
                rating = Some(digits.parse::<u64>().map_err(|_| {
                    "a rating (candidate/score) must be a whole number".to_string()
                })?);
                scan.skip_spaces();
            }
            ratings.push((rating, new_rank && !ratings.is_empty()));
            match scan.next() {
                None => break,
                Some('>') => new_rank = true,
                Some('=') => new_rank = false,
                Some(',') => {
                    new_rank = false;
                    comma = true;
                }
                Some('/') => {
                    return Err("a candidate has two ratings".into());
                }
                Some('*') => {
                    return Err("cumulative weights (candidate*n) are not supported".into());
                }
                Some(':') => {
                    return Err("per-ballot extended data (': {…}') is not supported".into());
                }
                Some(c) => {
                    return Err(format!(
                        "expected '>', '=' or ',' between candidates, found '{c}'"
                    ));
                }
            }
        }
        if ratings.iter().any(|(r, _)| r.is_some()) {
            if comma {
                return Err(
                    "scores without an order (candidate/score joined by ','): quorum counts \
                     ranked ballots (A>B=C)"
                        .into(),
                );
            }
            agreeing(&ratings)?;
            self.rated_lines += 1;
        }
        let ballot = Ballot {
            weight,
            ranks,
            line,
        };
        let rated = ratings.iter().any(|(r, _)| r.is_some());
        self.previous = Some((text.to_string(), ballot.clone(), rated));
        self.merger.push(&mut self.election, ballot);
        Ok(())
    }

    /// The id of a referenced candidate; an undeclared one is added under the name as written.
    fn candidate(&mut self, reference: Reference) -> CandidateId {
        let (Reference::Token(key) | Reference::FullName(key)) = reference;
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let id = self.election.candidates.len();
        self.election.candidates.push(key.clone());
        self.ids.insert(key, id);
        id
    }
}

/// Ratings beside a ranking may be passed over only when every candidate has one and they say
/// what the order says: never higher after `>`, the same across `=`.
fn agreeing(ratings: &[(Option<u64>, bool)]) -> Result<(), String> {
    let mut previous: Option<u64> = None;
    for &(rating, after_gt) in ratings {
        let Some(rating) = rating else {
            return Err(
                "some candidates on this line have a rating (candidate/score) and some not: \
                 give every one a rating, or none"
                    .into(),
            );
        };
        if let Some(before) = previous {
            let fits = if after_gt {
                rating <= before
            } else {
                rating == before
            };
            if !fits {
                return Err(format!(
                    "the ratings disagree with the order: {rating} {} {before}; which order \
                     was meant would be a guess",
                    if after_gt {
                        "after '>' is higher than"
                    } else {
                        "after '=' differs from"
                    }
                ));
            }
        }
        previous = Some(rating);
    }
    Ok(())
}

/// The line up to a `#` that is not inside `[…]` or `"…"`.
fn strip_comment(raw: &str) -> &str {
    let (mut bracket, mut quote) = (false, false);
    for (i, c) in raw.char_indices() {
        match c {
            '[' if !quote => bracket = true,
            ']' if !quote => bracket = false,
            '"' if !bracket => quote = !quote,
            '#' if !bracket && !quote => return &raw[..i],
            _ => {}
        }
    }
    raw
}

/// A cursor over one line.
struct Scanner<'a> {
    rest: &'a str,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner { rest: text }
    }

    fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.rest = &self.rest[c.len_utf8()..];
        Some(c)
    }

    fn eat(&mut self, want: char) -> bool {
        if self.peek() == Some(want) {
            self.next();
            true
        } else {
            false
        }
    }

    fn at_end(&self) -> bool {
        self.rest.is_empty()
    }

    fn rest(&mut self) -> &'a str {
        std::mem::take(&mut self.rest)
    }

    fn skip_spaces(&mut self) {
        self.rest = self.rest.trim_start();
    }

    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> &'a str {
        let end = self
            .rest
            .find(|c: char| !keep(c))
            .unwrap_or(self.rest.len());
        let (taken, rest) = self.rest.split_at(end);
        self.rest = rest;
        taken
    }

    /// A bare token or a `"quoted"` one. Bare tokens stop at whitespace and ABIF punctuation;
    /// unlike the grammar's `[a-zA-Z][a-zA-Z0-9_]*` they may hold `-` and letters beyond ASCII,
    /// since real files use them (Burlington's `Write-in`).
    fn key(&mut self) -> Option<String> {
        if self.peek() == Some('"') {
            return self.quoted().ok();
        }
        let token = self.take_while(|c| !c.is_whitespace() && !"><=,:[]{}\"/*#".contains(c));
        (!token.is_empty()).then(|| token.to_string())
    }

    /// `"text"` with `\"` and `\\` escapes, as in JSON.
    fn quoted(&mut self) -> Result<String, String> {
        self.next();
        let mut out = String::new();
        loop {
            match self.next() {
                None => return Err("a quoted string is not closed with '\"'".into()),
                Some('"') => return Ok(out),
                Some('\\') => match self.next() {
                    Some(c @ ('"' | '\\' | '/')) => out.push(c),
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    other => {
                        return Err(format!(
                            "unsupported escape '\\{}' in a quoted string",
                            other.unwrap_or(' ')
                        ));
                    }
                },
                Some(c) => out.push(c),
            }
        }
    }

    /// `[Full name]`, trimmed.
    fn bracketed(&mut self) -> Result<String, String> {
        self.next();
        let end = self
            .rest
            .find(']')
            .ok_or("a '[' name is not closed with ']'")?;
        let name = self.rest[..end].trim().to_string();
        self.rest = &self.rest[end + 1..];
        if name.is_empty() {
            return Err("'[]' names no candidate".into());
        }
        Ok(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> (usize, String) {
        match parse(text).map(|(e, _)| e) {
            Err(TallyError::Parse { line, reason }) => (line, reason),
            other => panic!("expected a parse error, got {other:?}"),
        }
    }

    #[test]
    fn reads_metadata_declarations_and_ballots() {
        let (e, repairs) = parse(
            "{version: \"0.1\"}\n{title: \"Club #3 board\"}  # trailing comment\n# comment\n\
             =A:[Alice Ament]\nB:[Bob # not a comment]\n\n\
             12: A > B\n3:B=A,C\n1:[Alice Ament]>\"D q\"\n2:\n",
        )
        .unwrap();
        assert!(repairs.is_empty(), "{repairs:?}");
        assert_eq!(e.title.as_deref(), Some("Club #3 board"));
        assert_eq!(e.metadata[0], ("version".to_string(), "0.1".to_string()));
        assert_eq!(
            e.candidates,
            vec!["Alice Ament", "Bob # not a comment", "C", "D q"]
        );
        assert_eq!(e.ballots.len(), 4);
        assert_eq!(
            e.ballots[0],
            Ballot {
                weight: 12,
                ranks: Rank::list(vec![vec![0], vec![1]]),
                line: 7
            }
        );
        assert_eq!(e.ballots[1].ranks, vec![vec![1, 0, 2]]);
        assert_eq!(e.ballots[2].ranks, vec![vec![0], vec![3]]);
        assert!(e.ballots[3].is_blank());
        assert_eq!(e.total_weight(), 18);
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(err("=A:[a]\n1:A>\n").0, 2);
        assert!(err("1:A/5,B/3\n").1.contains("scores"));
        assert!(err("=A:[a]\n=A:[b]\n").1.contains("declared twice"));
        assert_eq!(
            err("=A:[a]\n\n0:A\n"),
            (3, "a ballot count must be at least 1".to_string())
        );
        assert!(err("2 A>B\n").1.contains("expected ':'"));
        assert!(err("1:A B\n").1.contains("between candidates"));
        assert!(err("{title: \"x\"\n").1.contains("'}'"));
        assert!(err("=A:[open\n").1.contains("not closed"));
        assert!(
            err("1:A>B : {\"precinct\": 5}\n")
                .1
                .contains("extended data")
        );
        assert!(err("hello world\n").1.contains("cannot read"));
        assert!(err("\n# nothing\n").1.contains("no candidates"));
    }

    #[test]
    fn ratings_beside_an_agreeing_order_are_passed_over_and_said_once() {
        let (e, repairs) = parse(
            "=M:[Memphis]\n=N:[Nashville]\n=C:[Chattanooga]\n\
             42:M/5>N/4>C/1\n26: N/5 > C/3 = M/3\n1:C/2\n",
        )
        .unwrap();
        assert_eq!(e.ballots[0].ranks, vec![vec![0], vec![1], vec![2]]);
        assert_eq!(e.ballots[1].ranks, vec![vec![1], vec![2, 0]]);
        assert_eq!(e.ballots[2].ranks, vec![vec![2]]);
        assert_eq!(repairs.len(), 1, "{repairs:?}");
        assert!(repairs[0].contains("on 3 ballot lines"), "{repairs:?}");
        // Ratings that say another order than the ranking, or some missing: refused, with the line.
        for (text, needle) in [
            ("=A:[a]\n=B:[b]\n1:A>B\n3:A/1>B/4\n", "disagree"),
            ("=A:[a]\n=B:[b]\n3:A/2=B/1\n", "disagree"),
            ("=A:[a]\n=B:[b]\n3:A/2>B\n", "some not"),
            ("=A:[a]\n=B:[b]\n3:A/2,B/1\n", "scores"),
            ("=A:[a]\n3:A/x\n", "whole number"),
        ] {
            let (line, reason) = err(text);
            assert_eq!(line, text.lines().count(), "{text:?}: {reason}");
            assert!(reason.contains(needle), "{text:?}: {reason}");
        }
    }

    #[test]
    fn reads_the_burlington_file() {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/tally/burlington-2009-mayor.abif"
        ));
        let (e, repairs) = parse(text).unwrap();
        assert!(repairs.is_empty(), "{repairs:?}");
        assert_eq!(e.title.as_deref(), Some("2009 Burlington mayoral election"));
        assert_eq!(e.candidates.len(), 6);
        assert_eq!(e.candidates[0], "Bob Kiss (Progressive)");
        assert_eq!(e.candidates[5], "Write-in");
        assert_eq!(e.ballots.len(), 384);
        assert_eq!(e.total_weight(), 8980);
        let overvotes: Vec<usize> = e
            .ballots
            .iter()
            .filter(|b| b.ranks.iter().any(|r| r.len() > 1))
            .map(|b| b.line)
            .collect();
        assert_eq!(overvotes, vec![289, 321, 333, 340, 356, 359]);
        assert_eq!(
            e.metadata
                .iter()
                .find(|(k, _)| k == "tally_method")
                .unwrap()
                .1,
            "IRV"
        );
    }

    /// A run of the same line is read once and counts as every line of it: its weight, its
    /// passed-over ratings, and each line's own number.
    #[test]
    fn a_run_of_the_same_line_counts_every_line() {
        let text = "=A:[Ann]\n=B:[Bob]\n2:A/5>B/3\n2:A/5>B/3\n# note\n2:A/5>B/3\n1:B\n";
        let (e, repairs) = parse(text).unwrap();
        assert_eq!((e.ballots.len(), e.total_weight()), (2, 7));
        assert!(repairs[0].contains("on 3 ballot lines"), "{repairs:?}");
        let lines: Vec<(usize, u64)> = e.lines_of(&e.ballots[0]).collect();
        assert_eq!(lines, [(3, 2), (4, 2), (6, 2)]);
        // The run is broken by metadata or a declaration, and read again after it.
        let (e, _) = parse("1:A>C\n{title: \"T\"}\n1:A>C\n=D:[Dee]\n1:A>C\n").unwrap();
        let (f, _) = parse("1:A>C\n{title: \"T\"}\n1:A > C\n=D:[Dee]\n1: A>C\n").unwrap();
        assert_eq!((&e.candidates, &e.ballots), (&f.candidates, &f.ballots));
        assert_eq!(e.lines_of(&e.ballots[0]).count(), 3);
    }

    #[test]
    fn reads_through_a_small_buffer_as_from_text() {
        let text = "\u{feff}{title: \"T\"}\n=A:[Ann]\r\n=B:[Bob]\n12:A>B\n3:B\n12:A>B\n3:B/2\n";
        let small = std::io::BufReader::with_capacity(7, text.as_bytes());
        let (e, repairs) = parse_lines(&mut Lines::new(small, false)).unwrap();
        assert_eq!((e.clone(), repairs.clone()), parse(text).unwrap());
        assert_eq!(e.ballots.len(), 2);
        assert_eq!(e.total_weight(), 30);
        assert_eq!(repairs.len(), 1);
        let bad = format!("=A:[Ann]\n{}0:A\n", "1:A\n".repeat(50));
        let small = std::io::BufReader::with_capacity(7, bad.as_bytes());
        let Err(TallyError::Parse { line, .. }) = parse_lines(&mut Lines::new(small, false)) else {
            panic!("read")
        };
        assert_eq!(line, 52);
    }
}
