//! The simple CSV ballot format, for paper ballots typed in by tellers.
//!
//! One ballot a row: the candidates it names, in preference order. An empty row is a blank ballot.
//! Optional `# key: value` lines before the first row give the title, the seats, the candidate
//! list and withdrawn candidates; an optional header row labels the columns and is the only way to
//! declare a weight column, so a row of numbers is never mistaken for a weight. The full contract
//! is in docs/guide/10-counting-ballot-files.md ("The CSV ballot format"); every rule here is stated there.

use std::collections::{BTreeSet, HashMap};
use std::io::BufRead;

use super::distinct::Distinct;
use super::lines::Lines;
use crate::tally::TallyError;
use crate::tally::model::{Ballot, CandidateId, Election, Merger, Rank};

#[cfg(test)]
pub(super) fn parse(text: &str) -> Result<Election, TallyError> {
    parse_lines(&mut Lines::new(text.as_bytes(), false))
}

/// Reads CSV ballots from a stream. The separator depends on every line of the file, so no row
/// can be split before the end: the distinct lines are kept with the numbers of the lines that
/// hold them, and then read in file order.
pub(super) fn parse_lines<R: BufRead>(lines: &mut Lines<R>) -> Result<Election, TallyError> {
    let mut distinct = Distinct::default();
    let mut separator = Separator::default();
    while let Some((line, raw)) = lines.try_next()? {
        let raw = if line == 1 {
            raw.strip_prefix('\u{feff}').unwrap_or(raw)
        } else {
            raw
        };
        if distinct.add(line, raw) {
            separator.scan(raw);
        }
    }
    let delim = separator.choice();
    let mut reader = Reader::default();
    // A line read as a ballot row reads as the same ballot wherever it comes again: the
    // directives and the header are behind it, and its names are candidates already. So each
    // repeated line is split once.
    let mut ballots: Vec<Option<Ballot>> = vec![None; distinct.len()];
    distinct.replay(|at| {
        let ballot = match ballots[at.index].take() {
            Some(ballot) => Some(ballot),
            None => reader.line(at.text, at.line, delim)?,
        };
        if let Some(ballot) = ballot {
            if !at.last {
                ballots[at.index] = Some(ballot.clone());
            }
            reader.merger.push(
                &mut reader.election,
                Ballot {
                    line: at.line,
                    ..ballot
                },
            );
        }
        Ok(())
    })?;
    Ok(reader.finish())
}

/// The cell separator: a tab or semicolon anywhere outside quotes wins over commas, because Excel
/// with Dutch settings writes semicolons and leaves commas in names ("Jansen, P.") unquoted.
#[derive(Default)]
struct Separator {
    tab: bool,
    semicolon: bool,
}

impl Separator {
    fn scan(&mut self, line: &str) {
        if self.tab || (is_comment(line) && !is_name_list(line)) {
            return;
        }
        let mut quoted = false;
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                '\t' if !quoted => {
                    self.tab = true;
                    return;
                }
                ';' if !quoted => self.semicolon = true,
                _ => {}
            }
        }
    }

    fn choice(&self) -> char {
        match (self.tab, self.semicolon) {
            (true, _) => '\t',
            (false, true) => ';',
            (false, false) => ',',
        }
    }
}

fn is_comment(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// A `# candidates:` or `# withdrawn:` line: its names are cells, split like a ballot row.
fn is_name_list(line: &str) -> bool {
    let body = line
        .trim_start()
        .trim_start_matches('#')
        .trim_start()
        .to_lowercase();
    body.starts_with("candidates:") || body.starts_with("withdrawn:")
}

/// What a header cell says about its column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Choice,
    Weight,
    /// A ballot number written on the paper, kept by tellers for checking; not counted.
    Label,
}

/// Recognises a header label: English or Dutch, any case, optionally numbered ("Choice 2",
/// "voorkeur_3"). Bare numbers are not labels, so that candidates named "1", "2" stay ballots.
fn column_label(cell: &str) -> Option<Column> {
    let lower = cell.trim().to_lowercase();
    match lower.as_str() {
        "weight" | "count" | "gewicht" | "aantal" => return Some(Column::Weight),
        "id" | "ballot" | "ballot id" | "ballot_id" | "stembiljet" | "nr" => {
            return Some(Column::Label);
        }
        _ => {}
    }
    let stem = lower.trim_end_matches(|c: char| c.is_ascii_digit() || " _-#.".contains(c));
    let choice = [
        "rank",
        "choice",
        "preference",
        "pref",
        "vote",
        "candidate",
        "keuze",
        "voorkeur",
        "stem",
        "kandidaat",
    ];
    choice.contains(&stem).then_some(Column::Choice)
}

/// Splits one line into trimmed cells. Quotes follow RFC 4180 (`""` is a quote inside a quoted
/// cell); a record is one line, so an unclosed quote is an error rather than a line join.
fn split_row(line: &str, delim: char, lineno: usize) -> Result<Vec<String>, TallyError> {
    let mut cells = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars
            .peek()
            .is_some_and(|&c| c != delim && c.is_whitespace())
        {
            chars.next();
        }
        let mut cell = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    Some('"') => break,
                    Some(c) => cell.push(c),
                    None => return Err(parse_err(lineno, "a quote is opened but not closed")),
                }
            }
            while chars
                .peek()
                .is_some_and(|&c| c != delim && c.is_whitespace())
            {
                chars.next();
            }
            if let Some(&c) = chars.peek()
                && c != delim
            {
                return Err(parse_err(
                    lineno,
                    format!("text after the closing quote of \"{cell}\"; quote the whole cell"),
                ));
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == delim {
                    break;
                }
                cell.push(c);
                chars.next();
            }
        }
        cells.push(cell.trim().to_string());
        if chars.next().is_none() {
            return Ok(cells);
        }
    }
}

fn parse_err(line: usize, reason: impl Into<String>) -> TallyError {
    TallyError::Parse {
        line,
        reason: reason.into(),
    }
}

/// How names are compared: case and runs of spaces do not matter, so "jan de Vries" typed on
/// one ballot is the same candidate as "Jan de  Vries" on another.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[derive(Default)]
struct Reader {
    election: Election,
    merger: Merger,
    /// Names given by `# candidates:`; when set, a ballot may name no one else.
    declared: bool,
    by_key: HashMap<String, CandidateId>,
    /// Directives seen, so that a repeated one is an error rather than a silent override.
    seen: BTreeSet<String>,
    /// Set by the first row that is not a comment; directives must come before it.
    started: bool,
    columns: Option<Vec<Column>>,
}

impl Reader {
    /// Reads one line: the ballot of a ballot row, nothing for any other line.
    fn line(
        &mut self,
        raw: &str,
        lineno: usize,
        delim: char,
    ) -> Result<Option<Ballot>, TallyError> {
        if is_comment(raw) {
            self.comment(raw.trim_start()[1..].trim(), lineno, delim)?;
            return Ok(None);
        }
        if raw.trim().is_empty() && !self.started {
            // Blank lines among the leading comments are layout, not ballots.
            return Ok(None);
        }
        let cells = split_row(raw, delim, lineno)?;
        if !self.started {
            self.started = true;
            if let Some(columns) = header(&cells, lineno)? {
                self.columns = Some(columns);
                return Ok(None);
            }
        }
        self.ballot(&cells, lineno).map(Some)
    }

    fn comment(&mut self, body: &str, lineno: usize, delim: char) -> Result<(), TallyError> {
        let Some((key, value)) = body.split_once(':') else {
            return Ok(());
        };
        let key = key.trim().to_lowercase();
        if !["title", "seats", "candidates", "withdrawn"].contains(&key.as_str()) {
            return Ok(());
        }
        if self.started {
            return Err(parse_err(
                lineno,
                format!("'# {key}:' must come before the first ballot row"),
            ));
        }
        if !self.seen.insert(key.clone()) {
            return Err(parse_err(lineno, format!("'# {key}:' is given twice")));
        }
        let value = value.trim();
        match key.as_str() {
            "title" => self.election.title = Some(value.to_string()),
            "seats" => {
                let seats = value
                    .parse::<usize>()
                    .ok()
                    .filter(|&s| s >= 1)
                    .ok_or_else(|| {
                        parse_err(
                            lineno,
                            format!("'# seats:' must be a whole number ≥ 1, not '{value}'"),
                        )
                    })?;
                self.election.seats = Some(seats);
            }
            "candidates" => {
                if self.seen.contains("withdrawn") {
                    return Err(parse_err(
                        lineno,
                        "'# candidates:' must come before '# withdrawn:'",
                    ));
                }
                for name in split_row(value, delim, lineno)? {
                    if name.is_empty() {
                        return Err(parse_err(lineno, "an empty name in '# candidates:'"));
                    }
                    if let Some(&c) = self.by_key.get(&name_key(&name)) {
                        let first = &self.election.candidates[c];
                        return Err(parse_err(
                            lineno,
                            format!(
                                "'{name}' is listed twice (as '{first}'); names are compared without regard to case"
                            ),
                        ));
                    }
                    self.add_candidate(name);
                }
                self.declared = true;
            }
            _ => {
                for name in split_row(value, delim, lineno)? {
                    if name.is_empty() {
                        return Err(parse_err(lineno, "an empty name in '# withdrawn:'"));
                    }
                    let c = self.candidate(&name, lineno)?;
                    self.election.withdrawn.insert(c);
                }
            }
        }
        Ok(())
    }

    fn add_candidate(&mut self, name: String) -> CandidateId {
        let id = self.election.candidates.len();
        self.by_key.insert(name_key(&name), id);
        self.election.candidates.push(name);
        id
    }

    fn candidate(&mut self, name: &str, lineno: usize) -> Result<CandidateId, TallyError> {
        if let Some(&c) = self.by_key.get(&name_key(name)) {
            return Ok(c);
        }
        if self.declared {
            return Err(parse_err(
                lineno,
                format!(
                    "'{name}' is not a candidate (the '# candidates:' line names {}); correct the name or add it there",
                    self.election.candidates.join(", ")
                ),
            ));
        }
        Ok(self.add_candidate(name.to_string()))
    }

    fn ballot(&mut self, cells: &[String], lineno: usize) -> Result<Ballot, TallyError> {
        let mut weight = 1;
        let mut ranks: Vec<Rank> = Vec::new();
        let mut gap: Option<usize> = None;
        for (i, cell) in cells.iter().enumerate() {
            let column = match &self.columns {
                Some(cols) => *cols.get(i).ok_or_else(|| {
                    parse_err(
                        lineno,
                        format!(
                            "{} cells, but the header row has only {}",
                            cells.len(),
                            cols.len()
                        ),
                    )
                })?,
                None => Column::Choice,
            };
            match column {
                Column::Label => {}
                Column::Weight => {
                    weight = cell
                        .parse::<u64>()
                        .ok()
                        .filter(|&w| w >= 1)
                        .ok_or_else(|| {
                            parse_err(
                                lineno,
                                format!("the weight must be a whole number ≥ 1, not '{cell}'"),
                            )
                        })?;
                }
                Column::Choice if cell.is_empty() => {
                    gap.get_or_insert(i + 1);
                }
                Column::Choice => {
                    if let Some(col) = gap {
                        return Err(parse_err(
                            lineno,
                            format!(
                                "column {col} is empty but a later column names '{cell}'; close the gap, or leave the whole row empty for a blank ballot"
                            ),
                        ));
                    }
                    let mut rank = Rank::empty();
                    for name in cell.split('=').map(str::trim) {
                        if name.is_empty() {
                            return Err(parse_err(lineno, format!("an empty name in '{cell}'")));
                        }
                        rank.push(self.candidate(name, lineno)?);
                    }
                    ranks.push(rank);
                }
            }
        }
        let weight_column = self
            .columns
            .as_ref()
            .and_then(|c| c.iter().position(|&c| c == Column::Weight));
        if let Some(col) = weight_column
            && col >= cells.len()
            && cells.iter().any(|c| !c.is_empty())
        {
            return Err(parse_err(
                lineno,
                format!("no weight: the row ends before column {}", col + 1),
            ));
        }
        Ok(Ballot {
            weight,
            ranks,
            line: lineno,
        })
    }

    fn finish(mut self) -> Election {
        self.merger.finish(&mut self.election);
        self.election
    }
}

/// Reads the first row as a header when every cell is a column label. A row with a weight label
/// and an unknown cell is an error: it was surely meant as a header.
fn header(cells: &[String], lineno: usize) -> Result<Option<Vec<Column>>, TallyError> {
    let labels: Vec<Option<Column>> = cells.iter().map(|c| column_label(c)).collect();
    if labels.iter().all(Option::is_some) && cells.iter().any(|c| !c.is_empty()) {
        let columns: Vec<Column> = labels.into_iter().flatten().collect();
        if columns.iter().filter(|&&c| c == Column::Weight).count() > 1 {
            return Err(parse_err(
                lineno,
                "the header row has more than one weight column",
            ));
        }
        return Ok(Some(columns));
    }
    if labels.contains(&Some(Column::Weight)) {
        let unknown = cells
            .iter()
            .zip(&labels)
            .find(|(_, l)| l.is_none())
            .map(|(c, _)| c);
        return Err(parse_err(
            lineno,
            format!(
                "the header row has '{}', which is not a column label (use choice, rank, weight or id)",
                unknown.map_or("", String::as_str)
            ),
        ));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranks(e: &Election, i: usize) -> Vec<Vec<&str>> {
        e.ballots[i]
            .ranks
            .iter()
            .map(|r| r.iter().map(|&c| e.candidates[c].as_str()).collect())
            .collect()
    }

    #[test]
    fn rows_without_header_are_ballots_in_preference_order() {
        let e = parse("Alice,Bob\nCarol\n\nBob, Alice ,Carol\n").unwrap();
        assert_eq!(e.candidates, ["Alice", "Bob", "Carol"]);
        assert_eq!(e.ballots.len(), 4);
        assert_eq!(ranks(&e, 0), [["Alice"], ["Bob"]]);
        assert_eq!(ranks(&e, 1), [["Carol"]]);
        assert!(e.ballots[2].is_blank());
        assert_eq!(e.ballots[2].line, 3);
        assert_eq!(ranks(&e, 3), [["Bob"], ["Alice"], ["Carol"]]);
        assert!(e.ballots.iter().all(|b| b.weight == 1));
    }

    #[test]
    fn directives_header_weight_and_label_columns() {
        let text = "\u{feff}# Board election, typed in by the tellers\n\
                    # title: Board 2026\n# seats: 2\n# candidates: Alice, Bob, \"Doe, Jane\"\n\
                    # withdrawn: Bob\n\n\
                    Ballot,Weight,Choice 1,Choice 2\n\
                    1,3,alice,\"Doe, Jane\"\n\
                    2,1,,\n\
                    # a comment between ballots\n\
                    3,2,doe,  jane,\n";
        let err = parse(text).unwrap_err();
        assert_eq!(
            err,
            TallyError::Parse {
                line: 11,
                reason: err_reason(&err)
            }
        );
        assert!(
            err_reason(&err).contains("'doe' is not a candidate"),
            "{err}"
        );

        let text = text.replace("doe,  jane,", "\"DOE,  jane\"");
        let e = parse(&text).unwrap();
        assert_eq!(e.title.as_deref(), Some("Board 2026"));
        assert_eq!(e.seats, Some(2));
        assert_eq!(e.candidates, ["Alice", "Bob", "Doe, Jane"]);
        assert_eq!(e.withdrawn, BTreeSet::from([1]));
        assert_eq!(e.ballots.len(), 3);
        assert_eq!((e.ballots[0].weight, e.ballots[0].line), (3, 8));
        assert_eq!(ranks(&e, 0), [["Alice"], ["Doe, Jane"]]);
        assert!(e.ballots[1].is_blank());
        assert_eq!((e.ballots[2].weight, e.ballots[2].line), (2, 11));
        assert_eq!(ranks(&e, 2), [["Doe, Jane"]]);
        assert_eq!(e.total_weight(), 6);
    }

    fn err_reason(e: &TallyError) -> String {
        match e {
            TallyError::Parse { reason, .. } => reason.clone(),
            other => panic!("not a parse error: {other:?}"),
        }
    }

    #[test]
    fn semicolons_and_tabs_are_detected_and_commas_stay_in_names() {
        let e = parse("Jansen, P.;de Vries, A.\nde Vries, A.\n").unwrap();
        assert_eq!(e.candidates, ["Jansen, P.", "de Vries, A."]);
        assert_eq!(e.ballots[1].ranks, [vec![1]]);
        let e = parse("A\tB, C\n").unwrap();
        assert_eq!(e.candidates, ["A", "B, C"]);
    }

    #[test]
    fn name_lists_count_for_the_separator() {
        let e = parse("# candidates: A;B, C\nA\n").unwrap();
        assert_eq!(e.candidates, ["A", "B, C"]);
    }

    #[test]
    fn equal_ranks_with_equals_sign() {
        let e = parse("A=B,C\n").unwrap();
        assert_eq!(e.ballots[0].ranks, [vec![0, 1], vec![2]]);
    }

    #[test]
    fn names_match_without_regard_to_case_or_spacing() {
        let e = parse("Jan de Vries\njan  DE vries\n").unwrap();
        assert_eq!(e.candidates, ["Jan de Vries"]);
        // The two lines are one ballot now: identical lines are merged as they are read.
        assert_eq!(e.ballots.len(), 1);
        assert_eq!((e.ballots[0].weight, e.ballots[0].line), (2, 1));
        assert_eq!(e.ballots[0].ranks, [vec![0]]);
    }

    #[test]
    fn numbers_alone_are_ballots_not_a_header() {
        let e = parse("1,2\n2\n").unwrap();
        assert_eq!(e.candidates, ["1", "2"]);
        assert_eq!(e.ballots.len(), 2);
    }

    #[test]
    fn malformed_rows_name_their_line() {
        let cases: &[(&str, usize, &str)] = &[
            ("A,B\n\"C,D\n", 2, "not closed"),
            ("A,\"B\"x\n", 1, "after the closing quote"),
            ("A,,B\n", 1, "column 2 is empty"),
            ("weight,choice\n0,A\n", 2, "weight must be a whole number"),
            ("weight,choice\nx,A\n", 2, "not 'x'"),
            ("weight,choice\n1,A,B\n", 2, "header row has only 2"),
            ("choice,weight\nA\n", 2, "no weight"),
            (
                "weight,choice,notes\n",
                1,
                "'notes', which is not a column label",
            ),
            ("A\n# seats: 2\n", 2, "before the first ballot"),
            ("# seats: 0\n", 1, "≥ 1"),
            ("# seats: 2\n# seats: 3\n", 2, "given twice"),
            ("# candidates: A, a\n", 1, "listed twice"),
            ("# candidates: A,,B\n", 1, "empty name"),
            (
                "# withdrawn: X\n# candidates: X\n",
                2,
                "before '# withdrawn:'",
            ),
            ("A=,B\n", 1, "empty name"),
        ];
        for &(text, line, needle) in cases {
            let err = parse(text).unwrap_err();
            let TallyError::Parse { line: got, reason } = &err else {
                panic!("{err:?}")
            };
            assert_eq!(*got, line, "{text:?}: {reason}");
            assert!(reason.contains(needle), "{text:?}: {reason}");
        }
    }

    #[test]
    fn unknown_comments_are_comments_and_crlf_is_fine() {
        let e = parse("# note: counted twice\r\nA\r\n\r\nB\r\n").unwrap();
        assert_eq!(e.candidates, ["A", "B"]);
        assert_eq!(e.ballots.len(), 3);
        assert_eq!(
            e.ballots.iter().map(|b| b.line).collect::<Vec<_>>(),
            [2, 3, 4]
        );
        assert_eq!(e.title, None);
    }

    #[test]
    fn leading_blank_lines_are_layout() {
        let e = parse("\n\n# seats: 1\n\nA\n\n").unwrap();
        assert_eq!(e.ballots.len(), 2);
        assert_eq!(e.ballots[0].line, 5);
        assert!(e.ballots[1].is_blank());
    }

    #[test]
    fn reads_through_a_small_buffer_as_from_text() {
        let text = format!(
            "\u{feff}# seats: 2\nweight,choice,choice\n{}2,B,A\n{}",
            "1,Ann,Bob\r\n".repeat(30),
            "1,ann, bob\n".repeat(5)
        );
        let small = std::io::BufReader::with_capacity(7, text.as_bytes());
        let e = parse_lines(&mut Lines::new(small, false)).unwrap();
        assert_eq!(e, parse(&text).unwrap());
        assert_eq!(e.candidates, ["Ann", "Bob", "B", "A"]);
        assert_eq!((e.ballots.len(), e.total_weight()), (2, 37));
        assert_eq!(e.ballots[1].line, 33);
    }

    /// The separator is chosen by every line, the last included: rows before a line with a
    /// semicolon are split at semicolons too.
    #[test]
    fn a_semicolon_on_the_last_line_decides_every_row() {
        let text = format!("{}Cy;Dee\n", "Ann, A.\n".repeat(20));
        let e = parse(&text).unwrap();
        assert_eq!(e.candidates, ["Ann, A.", "Cy", "Dee"]);
        assert_eq!(e.ballots.len(), 2);
        let e = parse(&text.replace(";", ",")).unwrap();
        assert_eq!(e.candidates, ["Ann", "A.", "Cy", "Dee"]);
        // The same lines first read as a header and then as ballots.
        let e = parse("choice,choice\nchoice,choice\nchoice,choice\n").unwrap();
        assert_eq!(e.candidates, ["choice"]);
        assert_eq!((e.ballots.len(), e.ballots[0].line), (1, 2));
    }
}
