//! Ballot file formats: detection, reading, and writing BLT for recounts elsewhere.

use std::fmt;
use std::io::{BufRead, Read};
use std::str::FromStr;

use super::TallyError;
use super::model::Election;

mod abif;
mod blt;
mod blt_csv;
mod blt_names;
mod csv;
mod debian;
mod distinct;
mod dublin;
pub mod lines;

/// A ballot file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Blt,
    /// BLT written as CSV rows (`candidates,seats`; `weight,pref,…`; names; ward), as `mggg/scot-elex`
    /// publishes it.
    BltCsv,
    Abif,
    Debian,
    Csv,
    /// One ballot a line of quoted codes padded with "XXXXX" (the Irish 2002 e-voting records).
    Dublin,
}

impl InputFormat {
    pub const ALL: [InputFormat; 6] = [
        InputFormat::Blt,
        InputFormat::BltCsv,
        InputFormat::Abif,
        InputFormat::Debian,
        InputFormat::Csv,
        InputFormat::Dublin,
    ];

    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Blt => "blt",
            InputFormat::BltCsv => "blt-csv",
            InputFormat::Abif => "abif",
            InputFormat::Debian => "debian",
            InputFormat::Csv => "csv",
            InputFormat::Dublin => "dublin",
        }
    }
}

impl fmt::Display for InputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for InputFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        InputFormat::ALL
            .into_iter()
            .find(|m| m.name() == s)
            .ok_or_else(|| {
                let names: Vec<_> = InputFormat::ALL.iter().map(|m| m.name()).collect();
                format!(
                    "unknown input format '{s}'; choose one of: {}",
                    names.join(", ")
                )
            })
    }
}

/// A ballot file as read: the election, the format it was read in, and every repair the reader
/// made to a departure from the format's textbook form (for the user to see, once each).
#[derive(Debug, Clone)]
pub struct Reading {
    pub election: Election,
    pub format: InputFormat,
    /// True when the format was detected rather than given with `--input-format`.
    pub detected: bool,
    pub repairs: Vec<String>,
}

/// A file that could not be read: the format it was read as, and why.
#[derive(Debug, PartialEq, Eq)]
pub struct ReadFailure {
    pub format: InputFormat,
    pub detected: bool,
    pub error: TallyError,
}

/// Reads `text` in `format`, or in the format detected from its content, with one ballot a line
/// in file order (as `read` gives them before identical lines are merged).
pub fn parse(text: &str, format: Option<InputFormat>) -> Result<Election, TallyError> {
    read(text, format)
        .map(|r| r.election.unmerged())
        .map_err(|f| f.error)
}

/// Reads `text` in `forced`, or else in the one format the whole file fits. Identical ballot
/// lines are merged as they are read (see `Election::merged`). Detection never falls
/// back to another format: a file with BLT's header that is not BLT is refused, not counted as
/// CSV; and a file detected as CSV whose candidates are numbers or ballot lines is refused, since
/// a CSV ballot file names people (`--input-format csv` insists).
pub fn read(text: &str, forced: Option<InputFormat>) -> Result<Reading, ReadFailure> {
    read_from(text.as_bytes(), forced)
}

/// `read` from a stream of UTF-8: the format is detected from the first 64 KiB (`lines::PREFIX`),
/// and the file is then read a line at a time, so that memory grows with the distinct ballots (or,
/// for CSV, the distinct lines), not with the file.
pub fn read_from<R: BufRead>(
    mut reader: R,
    forced: Option<InputFormat>,
) -> Result<Reading, ReadFailure> {
    let io_fail = |error: std::io::Error| ReadFailure {
        format: forced.unwrap_or(InputFormat::Csv),
        detected: forced.is_none(),
        error: TallyError::Io(error.to_string()),
    };
    let mut head = lines::prefix(&mut reader).map_err(io_fail)?;
    // A byte-order mark (Excel and Notepad write one) is not part of any format.
    if head.starts_with("\u{feff}".as_bytes()) {
        head.drain(..3);
    }
    // Old Mac files end lines with CR alone; read as they are, the whole file would be one line.
    let cr_only = head.contains(&b'\r') && !head.contains(&b'\n');
    let format = forced.unwrap_or_else(|| {
        let valid = match std::str::from_utf8(&head) {
            Ok(text) => text,
            Err(err) => std::str::from_utf8(&head[..err.valid_up_to()]).unwrap_or_default(),
        };
        if cr_only {
            detect(&valid.replace('\r', "\n"))
        } else {
            detect(valid)
        }
    });
    let detected = forced.is_none();
    let fail = |error| ReadFailure {
        format,
        detected,
        error,
    };
    let reader = std::io::Cursor::new(head).chain(reader);
    let (election, mut repairs) = if format == InputFormat::Blt {
        blt::parse_lines(&mut lines::Lines::new(reader, cr_only))
    } else if cr_only {
        read_as(format, std::io::BufReader::new(lines::CrAsLf(reader)))
    } else {
        read_as(format, reader)
    }
    .map_err(fail)?;
    if cr_only {
        repairs.insert(
            0,
            "lines end with CR alone (old Mac); read each CR as a line break".into(),
        );
    }
    if detected && format == InputFormat::Csv {
        not_ballot_lines(&election).map_err(fail)?;
    }
    Ok(Reading {
        election,
        format,
        detected,
        repairs,
    })
}

/// Reads `format` from text whose lines end in LF or CRLF, with its repairs (`read_from` turns
/// CR-only files into such text, except BLT's, which `Lines` reads itself).
fn read_as<R: BufRead>(
    format: InputFormat,
    reader: R,
) -> Result<(Election, Vec<String>), TallyError> {
    let none = |election| (election, Vec::new());
    let lines = |reader| lines::Lines::new(reader, false);
    match format {
        InputFormat::Blt => blt::parse_lines(&mut lines(reader)),
        InputFormat::Abif => abif::parse_lines(&mut lines(reader)),
        InputFormat::Debian => debian::parse_lines(&mut lines(reader)).map(none),
        InputFormat::Dublin => dublin::parse_lines(&mut lines(reader)).map(none),
        InputFormat::Csv => csv::parse_lines(&mut lines(reader)).map(none),
        InputFormat::BltCsv => blt_csv::parse_reader(reader).map(none),
    }
}

/// Refuses a "CSV" whose candidates are all numbers, or any of whose candidates is a line of
/// numbers: that is some other file (a BLT with a stray comma, a spreadsheet of figures) with its
/// lines taken for names, and counting it would elect a ballot line.
fn not_ballot_lines(election: &Election) -> Result<(), TallyError> {
    // No letter at all: figures and separators, whatever the separator.
    let numeric = |name: &str| !name.chars().any(char::is_alphabetic);
    let ballot_line = |name: &str| {
        let tokens: Vec<&str> = name
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .filter(|t| !t.is_empty())
            .collect();
        tokens.len() >= 2 && tokens.iter().all(|t| is_digits(t))
    };
    let suspect =
        if !election.candidates.is_empty() && election.candidates.iter().all(|c| numeric(c)) {
            election.candidates.first()
        } else {
            election.candidates.iter().find(|c| ballot_line(c))
        };
    let Some(name) = suspect else {
        return Ok(());
    };
    let id = election.candidate_id(name);
    let line = election
        .ballots
        .iter()
        .find(|b| b.candidates().any(|c| Some(c) == id))
        .map_or(1, |b| b.line);
    let what = if election.candidates.iter().all(|c| numeric(c)) {
        "every candidate name is a number"
    } else {
        "a candidate name is a line of numbers"
    };
    Err(TallyError::Parse {
        line,
        reason: format!(
            "`{name}` is not a candidate name: {what}, so this is not a CSV ballot file; \
             name its format with --input-format (a BLT file starts with the line `candidates seats`), \
             or --input-format csv if these really are the candidates"
        ),
    })
}

/// Guesses the format from the content. Each format has a mark no other has; CSV has none, so it
/// is what remains:
/// - BLT: the first line (after blank lines) is two whole numbers, `candidates seats` (a trailing
///   comma allowed, as some exporters end every line with one);
/// - BLT as CSV: the first line is `candidates,seats`;
/// - ABIF: the first line that is not a `#` comment is `{metadata}`, `=token:[name]` or `count:`;
/// - Debian: a line `V: <vote>` whose vote holds only digits, letters and `-`, with a digit or `-`;
/// - Dublin: the first lines are double-quoted codes separated by spaces only, one line has two;
/// - CSV: anything else.
pub fn detect(text: &str) -> InputFormat {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let Some(first) = lines.clone().next() else {
        return InputFormat::Csv;
    };
    let header = first.strip_suffix(',').unwrap_or(first);
    let numbers: Vec<&str> = header.split_whitespace().collect();
    if numbers.len() == 2 && numbers.iter().all(|n| is_digits(n)) {
        return InputFormat::Blt;
    }
    if let Some((n, seats)) = header.split_once(',')
        && is_digits(n.trim())
        && is_digits(seats.trim())
    {
        return InputFormat::BltCsv;
    }
    if let Some(first) = lines.clone().find(|l| !l.starts_with('#')) {
        let count_prefix = first
            .split_once(':')
            .is_some_and(|(n, _)| is_digits(n.trim()));
        if first.starts_with('{') || first.starts_with('=') || count_prefix {
            return InputFormat::Abif;
        }
    }
    if lines.clone().any(is_debian_vote) {
        return InputFormat::Debian;
    }
    let sample: Vec<&str> = lines.by_ref().take(20).collect();
    let quoted: Option<Vec<usize>> = sample.iter().map(|l| quoted_codes(l)).collect();
    if quoted.is_some_and(|counts| counts.iter().any(|&n| n >= 2)) {
        return InputFormat::Dublin;
    }
    InputFormat::Csv
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_debian_vote(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("V:") else {
        return false;
    };
    let Some(vote) = rest.split_whitespace().next() else {
        return false;
    };
    vote.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && vote.chars().any(|c| c.is_ascii_digit() || c == '-')
}

/// The number of `"code"` tokens when the line is only such tokens separated by spaces or tabs.
fn quoted_codes(line: &str) -> Option<usize> {
    let mut count = 0;
    let mut rest = line.trim();
    while !rest.is_empty() {
        let inner = rest.strip_prefix('"')?;
        let end = inner.find('"')?;
        if inner[..end].contains([',', ';']) {
            return None;
        }
        rest = &inner[end + 1..];
        if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
            return None;
        }
        rest = rest.trim_start();
        count += 1;
    }
    Some(count)
}

/// Writes `election` as BLT (the format of OpenSTV, OpaVote, Droop and most STV counters), so that
/// ballots can be recounted elsewhere.
///
/// Layout: `candidates seats`; the withdrawn candidates as negative numbers on one line; one line
/// per ballot `weight pref pref … 0`, equal preferences joined by `=` (`1 2=3 0`), a blank ballot
/// as `weight 0`; a line `0`; each name in double quotes; the title in double quotes (empty when the
/// file had none). Without a seat count, the header says 1. BLT has no escape for `"` or line
/// breaks in names: a `"` becomes `'` and a line break a space.
pub fn write_blt(election: &Election) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let seats = election.seats.unwrap_or(1);
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{} {seats}", election.candidates.len());
    if !election.withdrawn.is_empty() {
        let ids: Vec<String> = election
            .withdrawn
            .iter()
            .map(|c| format!("-{}", c + 1))
            .collect();
        let _ = writeln!(out, "{}", ids.join(" "));
    }
    for (_, i, weight) in election.in_file_order() {
        let ballot = &election.ballots[i];
        let _ = write!(out, "{weight}");
        for rank in ballot.ranks.iter().filter(|r| !r.is_empty()) {
            let ids: Vec<String> = rank.iter().map(|c| (c + 1).to_string()).collect();
            let _ = write!(out, " {}", ids.join("="));
        }
        out.push_str(" 0\n");
    }
    out.push_str("0\n");
    for name in &election.candidates {
        let _ = writeln!(out, "\"{}\"", blt_text(name));
    }
    let _ = writeln!(
        out,
        "\"{}\"",
        blt_text(election.title.as_deref().unwrap_or(""))
    );
    out
}

fn blt_text(s: &str) -> String {
    s.replace('"', "'").replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tally::model::{Ballot, Rank};

    fn sample(name: &str) -> String {
        let path = format!("{}/../shared/tally-data/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path).unwrap_or_default()
    }

    #[test]
    fn detects_each_format_from_a_small_sample() {
        let cases = [
            ("7 2\n-7\n237 1 0\n0\n\"A\"\n", InputFormat::Blt),
            ("\n  3 1\n1 1 2 0\n", InputFormat::Blt),
            (
                "{version: \"0.1\"}\n=A:[Alice]\n12:A>B\n",
                InputFormat::Abif,
            ),
            ("# comment\n=Kiss:[Bob Kiss]\n840:Kiss\n", InputFormat::Abif),
            ("840:Wright\n355:Kiss>Montroll\n", InputFormat::Abif),
            (
                "   Tally Sheet for the votes cast.\n  Option 1--->: A\nV: 2-1- \t1d7b\nV: 1111 \tabcd\n",
                InputFormat::Debian,
            ),
            (
                "\"Morr\" \"Terr\" \"XXXXX\"\r\n\"Leni\" \"XXXXX\" \"XXXXX\"\r\n",
                InputFormat::Dublin,
            ),
            ("Alice,Bob\nCarol\n", InputFormat::Csv),
            ("\"Alice\"\n\"Doe, Jane\"\n", InputFormat::Csv),
            ("\"Alice\",\"Bob\"\n", InputFormat::Csv),
            (
                "# title: Board\n# seats: 2\nchoice,choice\nA,B\n",
                InputFormat::Csv,
            ),
            ("V: Jansen\nAlice\n", InputFormat::Csv),
            ("Jansen;de Vries\n", InputFormat::Csv),
            ("", InputFormat::Csv),
            ("\u{feff}3 1\n1 1 0\n", InputFormat::Blt),
        ];
        for (text, want) in cases {
            assert_eq!(detect(text), want, "{text:?}");
        }
    }

    #[test]
    fn detects_the_real_files() {
        let files = [
            ("glasgow-2007-linn.blt", InputFormat::Blt),
            ("stackoverflow-election12.blt", InputFormat::Blt),
            ("burlington-2009-mayor.abif", InputFormat::Abif),
            ("debian-2006-dpl-tally.txt", InputFormat::Debian),
            ("dublin-west-2002.txt", InputFormat::Dublin),
        ];
        for (name, want) in files {
            let text = sample(name);
            if text.is_empty() {
                eprintln!("skipped: ../shared/tally-data/{name} is absent");
                continue;
            }
            assert_eq!(detect(&text), want, "{name}");
        }
    }

    fn election() -> Election {
        Election {
            title: Some("Board \"2026\"".into()),
            candidates: vec!["Alice".into(), "Bob".into(), "Carol".into(), "Dave".into()],
            withdrawn: [3].into(),
            seats: Some(2),
            ballots: vec![
                Ballot {
                    weight: 3,
                    ranks: Rank::list(vec![vec![0], vec![1, 2]]),
                    line: 1,
                },
                Ballot {
                    weight: 1,
                    ranks: Rank::list(vec![vec![2], vec![3], vec![0]]),
                    line: 2,
                },
                Ballot {
                    weight: 2,
                    ranks: vec![],
                    line: 3,
                },
                Ballot {
                    weight: 1,
                    ranks: Rank::list(vec![vec![1]]),
                    line: 4,
                },
            ],
            ..Election::default()
        }
    }

    #[test]
    fn write_blt_writes_weights_equal_ranks_withdrawn_blank_and_title() {
        assert_eq!(
            write_blt(&election()),
            "4 2\n-4\n3 1 2=3 0\n1 3 4 1 0\n2 0\n1 2 0\n0\n\"Alice\"\n\"Bob\"\n\"Carol\"\n\"Dave\"\n\"Board '2026'\"\n"
        );
        let untitled = Election {
            title: None,
            seats: None,
            withdrawn: [].into(),
            ..election()
        };
        let blt = write_blt(&untitled);
        assert!(blt.starts_with("4 1\n3 1 2=3 0\n"), "{blt}");
        assert!(blt.ends_with("\"Dave\"\n\"\"\n"), "{blt}");
    }

    /// `--to blt` output must count the same elsewhere: reading it back gives the same election.
    #[test]
    fn write_blt_reads_back_as_the_same_election() {
        let mut original = election();
        original.title = Some("Board 2026".into());
        let back = parse(&write_blt(&original), Some(InputFormat::Blt)).unwrap();
        assert_eq!(back.title, original.title);
        assert_eq!(back.candidates, original.candidates);
        assert_eq!(back.withdrawn, original.withdrawn);
        assert_eq!(back.seats, original.seats);
        let strip = |e: &Election| -> Vec<(u64, Vec<Rank>)> {
            e.ballots
                .iter()
                .map(|b| (b.weight, b.ranks.clone()))
                .collect()
        };
        assert_eq!(strip(&back), strip(&original));
        // And from CSV through BLT: the conversion `quorum tally --to blt` makes.
        let csv = "# title: Board\n# seats: 2\n# candidates: A, B, C\n# withdrawn: C\n\
                   weight,choice,choice\n2,A,B=C\n1,,\n";
        let from_csv = parse(csv, None).unwrap();
        let back = parse(&write_blt(&from_csv), None).unwrap();
        assert_eq!(strip(&back), strip(&from_csv));
        assert_eq!(back.withdrawn, from_csv.withdrawn);
        assert_eq!(back.title.as_deref(), Some("Board"));
    }

    #[test]
    fn the_perth_file_is_never_read_as_csv() {
        let text =
            "5 1,\n786 1 0,\n87 1 2 0,\n0,\nKathleen BAIRD,\nB,\nC,\nWilma,LUMSDEN\nE,\nWard 9,\n";
        let r = read(text, None).unwrap();
        assert_eq!(r.format, InputFormat::Blt);
        assert_eq!(r.election.candidates[0], "Kathleen BAIRD");
        assert_eq!(r.election.candidates[3], "Wilma,LUMSDEN");
        assert_eq!(r.repairs.len(), 2, "{:?}", r.repairs);
        // Insisting on CSV still refuses nothing, but detection never takes it.
        let lines = "786 1 0,\n87 1 2 0,\n";
        let err = read(lines, None).unwrap_err();
        assert_eq!(err.format, InputFormat::Csv);
        assert!(
            err.error.to_string().contains("--input-format"),
            "{}",
            err.error
        );
    }

    #[test]
    fn name_sections_that_do_not_fit_are_refused_with_their_line() {
        let cases: &[(&str, usize, &str)] = &[
            ("2 1\n1 1 0\n0\nA\nB\nT\nX\n", 7, "after the title"),
            ("3 1\n1 1 0\n0\n\"A\"\nB\n\"C\"\n", 5, "one style"),
            (
                "2 1\n1 1 0\n0\n\"A\" \"B\" \"C\"\n\"D\"\n",
                4,
                "3 quoted strings",
            ),
            (
                "2 1\n1 1 0\n0\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 3: B\n",
                5,
                "names no candidate",
            ),
            (
                "2 1\n1 1 0\n0\n# ALTERNATIVE NAME 1: A\n",
                4,
                "no name for candidate 2",
            ),
            ("2 1\n1 1 0\n0\nA \"x\"\nB\n", 4, "mixes quoted"),
            ("2 1\n1 1,2 0\n0\nA\nB\n", 2, "candidate number"),
        ];
        for &(text, line, needle) in cases {
            let Err(TallyError::Parse { line: got, reason }) = parse(text, None) else {
                panic!("{text:?} was read")
            };
            assert_eq!(got, line, "{text:?}: {reason}");
            assert!(reason.contains(needle), "{text:?}: {reason}");
        }
    }

    #[test]
    fn textbook_blt_needs_no_repair() {
        for name in ["glasgow-2007-linn.blt", "stackoverflow-election12.blt"] {
            let text = sample(name);
            if text.is_empty() {
                continue;
            }
            let r = read(&text, None).unwrap();
            assert!(r.repairs.is_empty(), "{name}: {:?}", r.repairs);
        }
    }

    #[test]
    fn blt_csv_is_detected_when_the_whole_file_fits() {
        let r = read("2,1\n3,1,2,0\n1,2\n0\nAnn\nBob,Lab\nWard 1\n", None).unwrap();
        assert_eq!(r.format, InputFormat::BltCsv);
        assert_eq!(r.election.candidates, ["Ann", "Bob (Lab)"]);
        // Two numbers on the first row but not the rest of the shape: refused, not read as CSV.
        let err = read("1,2\n2\n", None).unwrap_err();
        assert_eq!(err.format, InputFormat::BltCsv);
    }

    /// A BLT file of many repeated lines of every kind: valid, blank, only withdrawn, truncated by
    /// equal ranks, the same preferences with another weight; interleaved and in blocks.
    fn repeated_blt() -> String {
        let kinds = [
            "1 1 2 3 0",
            "1 0",
            "1 4 0",
            "2 1 2 3 0",
            "1 2=3 1 0",
            "1 1 1 2 0",
            "3 3 0",
            "1 2 3 0",
            "1 1 2=3 0",
        ];
        let mut text = String::from("4 2\n-4\n");
        for i in 0..2000usize {
            text.push_str(kinds[(i * 7 + i / 13) % kinds.len()]);
            text.push('\n');
        }
        for kind in kinds {
            for _ in 0..50 {
                text.push_str(kind);
                text.push('\n');
            }
        }
        text.push_str("0\n\"A\"\n\"B\"\n\"C\"\n\"D\"\n\"T\"\n");
        text
    }

    /// Merging identical lines while reading changes no count: every method gives the same
    /// result (invalid votes line by line, notes, lots) from the merged ballots as from one ballot
    /// a line, and `--to blt` writes the same file.
    #[test]
    fn merged_ballots_count_as_one_ballot_a_line() {
        use crate::tally::{Method, TallyOptions, count};
        let mut texts = vec![repeated_blt()];
        for name in [
            "debian-2006-dpl-tally.txt",
            "burlington-2009-mayor.abif",
            "dublin-west-2002.txt",
        ] {
            texts.push(sample(name));
        }
        texts.push(format!(
            "# seats: 2\n{}",
            "Ann,Bob\n\nAnn,Bob\nBob,Bob\nAnn,Bob\nCy\n\nBob,Bob\nAnn=Cy,Bob\nCy\n".repeat(40)
        ));
        let first = read(&texts[0], None).unwrap().election;
        assert_eq!(
            first.ballots.len(),
            9,
            "nine kinds of line, each one ballot"
        );
        for text in texts.iter().filter(|t| !t.is_empty()) {
            let merged = read(text, None).unwrap().election;
            let lines = parse(text, None).unwrap();
            assert!(merged.ballots.len() <= lines.ballots.len());
            assert_eq!(merged.total_weight(), lines.total_weight());
            assert_eq!(write_blt(&merged), write_blt(&lines));
            for method in Method::ALL {
                for seats in [1, 2] {
                    let opts = TallyOptions {
                        seats: Some(seats),
                        seed: 7,
                    };
                    assert_eq!(
                        count(&merged, method, &opts),
                        count(&lines, method, &opts),
                        "{method}, {seats} seats"
                    );
                }
            }
        }
        // The invalid votes still name each of their lines, with each line's weight.
        let e = read(&repeated_blt(), None).unwrap().election;
        let opts = TallyOptions {
            seats: Some(2),
            seed: 1,
        };
        let r = count(&e, Method::StvScottish, &opts).unwrap();
        let blank: Vec<usize> = r
            .invalid
            .iter()
            .filter(|v| v.reason.contains("blank"))
            .map(|v| v.line)
            .collect();
        let expected: Vec<usize> = repeated_blt()
            .lines()
            .enumerate()
            .filter(|(_, l)| *l == "1 0")
            .map(|(i, _)| i + 1)
            .collect();
        assert_eq!(blank, expected);
        assert!(r.invalid.windows(2).all(|w| w[0].line < w[1].line));
    }

    /// A bad line after thousands of identical ones is refused with its own line, in every format.
    #[test]
    fn a_bad_line_among_many_identical_ones_names_its_line() {
        let many = |line: &str, n: usize| format!("{line}\n").repeat(n);
        let cases: Vec<(String, usize)> = vec![
            (
                format!(
                    "3 1\n{}1 1 4 0\n{}0\n\"A\"\n\"B\"\n\"C\"\n",
                    many("1 1 2 0", 5000),
                    many("1 1 2 0", 10)
                ),
                5002,
            ),
            (
                format!(
                    "3,1\n{}1,1,x\n{}0\nA\nB\nC\n",
                    many("1,1,2,0", 3000),
                    many("1,1,2,0", 10)
                ),
                3002,
            ),
            (
                format!(
                    "=A:[Ann]\n=B:[Bob]\n{}2:A>\n{}",
                    many("3:A>B", 4000),
                    many("3:A>B", 10)
                ),
                4003,
            ),
            (
                format!(
                    "  Option 1--->: A\n  Option 2--->: B\n{}V: 1x\n{}",
                    many("V: 12 abc", 4000),
                    many("V: 12 abc", 10)
                ),
                4003,
            ),
            (
                format!("{}Ann,,Bob\n{}", many("Ann,Bob", 6000), many("Ann,Bob", 3)),
                6001,
            ),
            (
                format!(
                    "{}\"Leni\" \"XXXXX\"\n{}",
                    many("\"Leni\" \"Higg\" \"XXXXX\"", 3000),
                    many("\"Higg\" \"Leni\" \"XXXXX\"", 3)
                ),
                3001,
            ),
        ];
        for (text, want) in cases {
            match read(&text, None) {
                Err(ReadFailure {
                    error: TallyError::Parse { line, reason },
                    format,
                    ..
                }) => assert_eq!(line, want, "{format}: {reason}"),
                other => panic!("read: {:?}", other.map(|r| r.format)),
            }
        }
    }

    proptest::proptest! {
        /// Whatever the separators, a file of numbers alone is never counted as CSV ballots.
        #[test]
        fn numbers_alone_are_never_counted_as_csv(
            rows in proptest::collection::vec(
                (proptest::collection::vec(0u32..40, 1..8), 0usize..4, proptest::bool::ANY),
                1..12,
            )
        ) {
            let seps = [",", " ", ";", "\t"];
            let text: String = rows
                .iter()
                .map(|(cells, sep, trailing)| {
                    let cells: Vec<String> = cells.iter().map(u32::to_string).collect();
                    let comma = if *trailing { "," } else { "" };
                    format!("{}{comma}\n", cells.join(seps[*sep]))
                })
                .collect();
            if let Ok(r) = read(&text, None) {
                proptest::prop_assert_ne!(r.format, InputFormat::Csv, "{}", text);
            }
        }
    }
}

#[cfg(test)]
mod props;
