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
//! Not read (each an error naming the line rather than a guess): scores (`A/5`), cumulative
//! weights (`A*2`), per-ballot extended data (`: {…}` after the ballot) and a count of zero.

use std::collections::HashMap;

use crate::tally::TallyError;
use crate::tally::model::{Ballot, CandidateId, Election};

pub(super) fn parse(text: &str) -> Result<Election, TallyError> {
    let mut reader = Reader::default();
    let mut lines = 0;
    for (i, raw) in text.lines().enumerate() {
        lines = i + 1;
        let raw = if i == 0 {
            raw.trim_start_matches('\u{feff}')
        } else {
            raw
        };
        reader
            .line(i + 1, raw)
            .map_err(|reason| TallyError::Parse {
                line: i + 1,
                reason,
            })?;
    }
    if reader.election.candidates.is_empty() && reader.election.ballots.is_empty() {
        return Err(TallyError::Parse {
            line: lines.max(1),
            reason: "the file declares no candidates and holds no ballot lines".into(),
        });
    }
    Ok(reader.election)
}

#[derive(Default)]
struct Reader {
    election: Election,
    /// Token or full name → candidate.
    ids: HashMap<String, CandidateId>,
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
            return self.metadata(inner);
        }
        if text.starts_with(|c: char| c.is_ascii_digit()) {
            return self.ballot(line, text);
        }
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
        let mut ranks: Vec<Vec<CandidateId>> = Vec::new();
        let mut new_rank = true;
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
                ranks.push(vec![id]);
            } else if let Some(last) = ranks.last_mut() {
                last.push(id);
            }
            scan.skip_spaces();
            match scan.next() {
                None => break,
                Some('>') => new_rank = true,
                Some('=' | ',') => new_rank = false,
                Some('/') => {
                    return Err(
                        "scores (candidate/score) are not supported: use a ranked ballot".into(),
                    );
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
        self.election.ballots.push(Ballot {
            weight,
            ranks,
            line,
        });
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
        match parse(text) {
            Err(TallyError::Parse { line, reason }) => (line, reason),
            other => panic!("expected a parse error, got {other:?}"),
        }
    }

    #[test]
    fn reads_metadata_declarations_and_ballots() {
        let e = parse(
            "{version: \"0.1\"}\n{title: \"Club #3 board\"}  # trailing comment\n# comment\n\
             =A:[Alice Ament]\nB:[Bob # not a comment]\n\n\
             12: A > B\n3:B=A,C\n1:[Alice Ament]>\"D q\"\n2:\n",
        )
        .unwrap();
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
                ranks: vec![vec![0], vec![1]],
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
    fn reads_the_burlington_file() {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/tally/burlington-2009-mayor.abif"
        ));
        let e = parse(text).unwrap();
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
}
