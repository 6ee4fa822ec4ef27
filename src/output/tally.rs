//! Rendering a count (`quorum tally`) as a report for people, CSV or JSON.
//!
//! Vote values are fixed-point integers; `fixed` turns them into decimal text with integer
//! arithmetic only, so a printed figure is exactly the counted one. The JSON and CSV shapes are a
//! public contract, documented in docs/guide/10-counting-ballot-files.md: keys and columns are only ever added.

use std::io::Write;

use comfy_table::{CellAlignment, Table};
use serde::Serialize;

use super::{Format, Output};
use crate::tally::format::InputFormat;
use crate::tally::{CandidateId, InvalidVote, StageAction, TallyResult};

/// A count together with where its ballots came from.
#[derive(Debug, Clone, Copy)]
pub struct TallyReport<'a> {
    pub result: &'a TallyResult,
    /// The ballot file as the user named it.
    pub file: &'a str,
    pub input_format: InputFormat,
    /// Weight of every ballot read, valid or not.
    pub ballots: u64,
}

impl TallyReport<'_> {
    fn invalid_ballots(&self) -> u64 {
        self.result.invalid.iter().map(|i| i.weight).sum()
    }

    fn names(&self, ids: &[CandidateId]) -> Vec<&str> {
        ids.iter()
            .map(|&c| self.result.candidates[c].as_str())
            .collect()
    }

    fn fixed(&self, value: i64) -> String {
        fixed(value, self.result.decimals)
    }
}

impl Output {
    /// Prints a count on stdout in the chosen `--format`.
    pub fn tally(&self, report: &TallyReport<'_>) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Table => write_table(&mut out, report, || self.table())?,
            Format::Csv => write_csv(&mut out, report)?,
            Format::Json => write_json(&mut out, report)?,
            Format::Html | Format::Md => return Err(self.no_html("tally")),
        }
        out.flush()?;
        Ok(())
    }
}

/// One file of `quorum tally FILE…`: its count, or why it has none.
pub struct BatchItem<'a> {
    pub file: &'a str,
    pub outcome: Result<TallyReport<'a>, String>,
}

impl Output {
    /// Prints the counts of several files: a summary row per file (table, CSV), or an array of
    /// the single-file JSON objects, a failed file as `{file, error}`. With `stages`, the table
    /// and CSV also give every file's stages.
    pub fn tally_batch(&self, items: &[BatchItem<'_>], stages: bool) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Html | Format::Md => return Err(self.no_html("tally")),
            Format::Json => {
                let values = items
                    .iter()
                    .map(|item| match &item.outcome {
                        Ok(report) => serde_json::to_value(json_report(report)),
                        Err(error) => Ok(serde_json::json!({"file": item.file, "error": error})),
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                let mut text = serde_json::to_vec_pretty(&values)?;
                text.push(b'\n');
                out.write_all(&text)?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(SUMMARY_COLUMNS.iter().chain(&["error"]))?;
                for item in items {
                    let mut row = summary(item);
                    row.push(item.outcome.as_ref().err().cloned().unwrap_or_default());
                    w.write_record(&row)?;
                }
                w.flush()?;
                drop(w);
                if stages {
                    for item in items {
                        if let Ok(report) = &item.outcome {
                            writeln!(out, "\n# {}", item.file)?;
                            write_csv(&mut out, report)?;
                        }
                    }
                }
            }
            Format::Table => {
                let mut table = self.table();
                table
                    .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
                    .set_width(SUMMARY_WIDTH)
                    .set_header(SUMMARY_COLUMNS);
                for item in items {
                    table.add_row(summary_cells(item));
                }
                right_align(&mut table, 1..5);
                // Figures are never split; the file and the elected wrap instead.
                for i in 1..5 {
                    if let Some(column) = table.column_mut(i) {
                        column.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
                    }
                }
                // The names are shortened to fit already (`summary_cells`).
                writeln!(out, "{}", table.trim_fmt())?;
                if stages {
                    for item in items {
                        if let Ok(report) = &item.outcome {
                            writeln!(out, "\n== {} ==", item.file)?;
                            write_table(&mut out, report, || self.table())?;
                        }
                    }
                }
            }
        }
        out.flush()?;
        Ok(())
    }
}

const SUMMARY_COLUMNS: [&str; 6] = ["file", "seats", "ballots", "valid", "quota", "elected"];

/// The summary table fits a terminal of 80 columns, whatever the names: a long path keeps its
/// end (the file's own name), each elected candidate has a line of the cell, and a name or error
/// too long for the cell wraps. CSV and JSON keep every value whole.
const SUMMARY_WIDTH: u16 = 80;
const FILE_CELL: usize = 28;

/// A summary row as the table shows it.
fn summary_cells(item: &BatchItem<'_>) -> Vec<String> {
    let mut row = summary(item);
    row[0] = shorten_start(item.file, FILE_CELL);
    row[5] = match &item.outcome {
        Ok(report) => report
            .names(&report.result.elected)
            .iter()
            .map(|name| shorten(name, NAME_CELL))
            .collect::<Vec<_>>()
            .join("\n"),
        Err(error) => shorten(&format!("error: {error}"), TEXT_CELL),
    };
    row
}

/// Keeps the last `max` characters of `text`, marking the cut with an ellipsis in front.
fn shorten_start(text: &str, max: usize) -> String {
    let count = text.chars().count();
    if count <= max {
        return text.to_string();
    }
    let tail: String = text.chars().skip(count - max + 1).collect();
    format!("…{tail}")
}

fn summary(item: &BatchItem<'_>) -> Vec<String> {
    match &item.outcome {
        Ok(report) => {
            let r = report.result;
            vec![
                item.file.to_string(),
                r.seats.to_string(),
                report.ballots.to_string(),
                report
                    .ballots
                    .saturating_sub(report.invalid_ballots())
                    .to_string(),
                r.quota.map(|q| report.fixed(q)).unwrap_or_default(),
                report.names(&r.elected).join("; "),
            ]
        }
        Err(_) => vec![
            item.file.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ],
    }
}

/// `value` in units of 10^-`decimals` as exact decimal text: `fixed(123456, 5)` is "1.23456".
/// A fixed-point value as a JSON number with exactly the digits of [`fixed`] ("2.50001",
/// "2.00000"): serde_json's `arbitrary_precision` keeps a number's text, so the value never
/// passes through a float and a script reads the count the tellers read.
pub fn fixed_number(value: i64, decimals: u32) -> serde_json::Number {
    fixed(value, decimals)
        .parse()
        .expect("a fixed-point text is a JSON number")
}

/// A fixed-point figure in a row (`election export`): a JSON number as [`fixed_number`], and 0
/// by default (a listing's rows have a default, for the header of an empty listing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Exact(pub serde_json::Number);

impl Default for Exact {
    fn default() -> Self {
        Exact(0.into())
    }
}

pub fn fixed(value: i64, decimals: u32) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let magnitude = u128::from(value.unsigned_abs());
    if decimals == 0 {
        return format!("{sign}{magnitude}");
    }
    let scale = 10u128.pow(decimals);
    let width = decimals as usize;
    format!("{sign}{}.{:0width$}", magnitude / scale, magnitude % scale)
}

/// The action's kind (the JSON and CSV `action` value) and the candidates it concerns.
fn action_parts(action: &StageAction) -> (&'static str, Vec<CandidateId>) {
    match action {
        StageAction::FirstCount => ("first_count", Vec::new()),
        StageAction::Elected { candidates } => ("elected", candidates.clone()),
        StageAction::Surplus { from } => ("surplus", vec![*from]),
        StageAction::Excluded { candidates } => ("excluded", candidates.clone()),
        StageAction::Runoff { candidates } => ("runoff", candidates.clone()),
        StageAction::FilledRemaining { candidates } => ("filled_remaining", candidates.clone()),
        StageAction::Iteration => ("iteration", Vec::new()),
    }
}

fn list_or(names: &[&str], none: &str) -> String {
    if names.is_empty() {
        none.to_string()
    } else {
        names.join(", ")
    }
}

fn right_align(table: &mut Table, columns: std::ops::Range<usize>) {
    for i in columns {
        if let Some(column) = table.column_mut(i) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
}

fn write_table<W: Write>(
    out: &mut W,
    report: &TallyReport<'_>,
    new_table: impl Fn() -> Table,
) -> anyhow::Result<()> {
    let r = report.result;
    let invalid = report.invalid_ballots();
    if let Some(title) = &r.title {
        writeln!(out, "Title:       {title}")?;
    }
    let seats = if r.seats == 1 {
        "1 seat".to_string()
    } else {
        format!("{} seats", r.seats)
    };
    writeln!(out, "Method:      {}, {seats}", r.method)?;
    writeln!(
        out,
        "Ballots:     {} ({} valid, {invalid} invalid)",
        report.ballots,
        report.ballots.saturating_sub(invalid)
    )?;
    writeln!(out, "Valid total: {}", report.fixed(r.valid_total))?;
    if let Some(quota) = r.quota {
        writeln!(out, "Quota:       {}", report.fixed(quota))?;
    }
    writeln!(out, "Seed:        {}", r.seed)?;
    writeln!(
        out,
        "Elected:     {}",
        list_or(&report.names(&r.elected), "nobody")
    )?;
    if !r.runoff.is_empty() {
        writeln!(out, "Runoff:      {}", report.names(&r.runoff).join(", "))?;
    }

    let fractional = r.decimals > 0;
    let thresholds = r.stages.iter().any(|s| s.threshold.is_some());
    let mut table = new_table();
    let mut header = vec!["Stage".to_string(), "Action".to_string()];
    header.extend(r.candidates.iter().map(|c| shorten(c, NAME_CELL)));
    header.push("Exhausted".into());
    if fractional {
        header.push("Residue".into());
    }
    if thresholds {
        header.push("Threshold".into());
    }
    header.push("Total".into());
    let columns = header.len();
    table.set_header(header);
    for stage in &r.stages {
        let mut row = vec![
            stage.number.to_string(),
            shorten(&stage.description, TEXT_CELL),
        ];
        row.extend(stage.votes.iter().map(|&v| report.fixed(v)));
        row.push(report.fixed(stage.exhausted));
        if fractional {
            row.push(report.fixed(stage.residue));
        }
        if thresholds {
            row.push(stage.threshold.map(|t| report.fixed(t)).unwrap_or_default());
        }
        row.push(report.fixed(stage.accounted()));
        table.add_row(row);
    }
    right_align(&mut table, 0..1);
    right_align(&mut table, 2..columns);
    writeln!(out, "\n{}", super::unsplit(&mut table))?;

    if !r.invalid.is_empty() {
        let mut table = new_table();
        table.set_header(["Line", "Ballots", "Reason"]);
        for InvalidVote {
            line,
            weight,
            reason,
        } in &r.invalid
        {
            table.add_row([line.to_string(), weight.to_string(), reason.clone()]);
        }
        right_align(&mut table, 0..2);
        writeln!(out, "\nInvalid votes\n{}", super::unsplit(&mut table))?;
    }
    if !r.lots.is_empty() {
        let mut table = new_table();
        table.set_header(["Lot", "For", "Among", "Chosen"]);
        for (i, lot) in r.lots.iter().enumerate() {
            table.add_row([
                (i + 1).to_string(),
                lot.purpose.clone(),
                report.names(&lot.among).join(", "),
                shorten(&r.candidates[lot.chosen], NAME_CELL),
            ]);
        }
        right_align(&mut table, 0..1);
        writeln!(
            out,
            "\nLots drawn (seed {})\n{}",
            r.seed,
            super::unsplit(&mut table)
        )?;
    }
    if let Some(d) = &r.pairwise {
        let mut table = new_table();
        let mut header = vec![String::new()];
        header.extend(r.candidates.iter().map(|c| shorten(c, NAME_CELL)));
        table.set_header(header);
        for (i, row) in d.iter().enumerate() {
            let mut cells = vec![shorten(&r.candidates[i], NAME_CELL)];
            cells.extend(row.iter().enumerate().map(|(j, v)| {
                if i == j {
                    "-".to_string()
                } else {
                    v.to_string()
                }
            }));
            table.add_row(cells);
        }
        right_align(&mut table, 1..r.candidates.len() + 1);
        writeln!(
            out,
            "\nPairwise preferences: voters preferring the row to the column\n{}",
            super::unsplit(&mut table)
        )?;
    }
    if !r.notes.is_empty() {
        writeln!(out, "\nNotes")?;
        for note in &r.notes {
            writeln!(out, "- {note}")?;
        }
    }
    Ok(())
}

/// Longest name, and longest sentence, a table cell shows. Laying out a table takes time
/// quadratic in a cell's length (an 80,000-character name took seconds), and no terminal shows
/// more; CSV and JSON keep every name whole.
const NAME_CELL: usize = 60;
const TEXT_CELL: usize = 240;

fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// One CSV row: a candidate's votes at a stage, with the stage's own figures repeated.
#[derive(Serialize)]
struct CsvRow<'a> {
    stage: usize,
    action: &'static str,
    description: &'a str,
    candidate: &'a str,
    votes: String,
    exhausted: String,
    residue: String,
    threshold: String,
}

fn write_csv<W: Write>(out: &mut W, report: &TallyReport<'_>) -> anyhow::Result<()> {
    let r = report.result;
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    // The header is written even for a count without stages, so scripts always see the columns.
    w.write_record([
        "stage",
        "action",
        "description",
        "candidate",
        "votes",
        "exhausted",
        "residue",
        "threshold",
    ])?;
    for stage in &r.stages {
        let (action, _) = action_parts(&stage.action);
        for (c, &votes) in stage.votes.iter().enumerate() {
            w.serialize(CsvRow {
                stage: stage.number,
                action,
                description: &stage.description,
                candidate: &r.candidates[c],
                votes: report.fixed(votes),
                exhausted: report.fixed(stage.exhausted),
                residue: report.fixed(stage.residue),
                threshold: stage.threshold.map(|t| report.fixed(t)).unwrap_or_default(),
            })?;
        }
    }
    w.flush()?;
    Ok(())
}

#[derive(Serialize)]
struct JsonReport<'a> {
    file: &'a str,
    input_format: &'static str,
    method: &'a str,
    title: Option<&'a str>,
    seats: usize,
    decimals: u32,
    seed: u64,
    candidates: &'a [String],
    elected: Vec<&'a str>,
    runoff: Vec<&'a str>,
    ballots: u64,
    invalid_ballots: u64,
    valid_total: serde_json::Number,
    quota: Option<serde_json::Number>,
    stages: Vec<JsonStage<'a>>,
    invalid: &'a [InvalidVote],
    lots: Vec<JsonLot<'a>>,
    pairwise: Option<&'a [Vec<u64>]>,
    notes: &'a [String],
}

#[derive(Serialize)]
struct JsonStage<'a> {
    number: usize,
    action: &'static str,
    candidates: Vec<&'a str>,
    description: &'a str,
    votes: Vec<StageVotes<'a>>,
    exhausted: serde_json::Number,
    residue: serde_json::Number,
    threshold: Option<serde_json::Number>,
    total: serde_json::Number,
}

/// A candidate's votes at a stage, named rather than by position in `candidates`.
#[derive(Serialize)]
struct StageVotes<'a> {
    candidate: &'a str,
    votes: serde_json::Number,
}

#[derive(Serialize)]
struct JsonLot<'a> {
    purpose: &'a str,
    among: Vec<&'a str>,
    chosen: &'a str,
}

fn write_json<W: Write>(out: &mut W, report: &TallyReport<'_>) -> anyhow::Result<()> {
    let json = json_report(report);
    // Serialised first and written as bytes: serde_json's own writer error hides the io::Error
    // that `exit` looks for to treat a closed pipe as success.
    let mut text = serde_json::to_vec_pretty(&json)?;
    text.push(b'\n');
    out.write_all(&text)?;
    Ok(())
}

fn json_report<'a>(report: &'a TallyReport<'a>) -> JsonReport<'a> {
    let r = report.result;
    let number = |v: i64| fixed_number(v, r.decimals);
    let stages = r
        .stages
        .iter()
        .map(|s| {
            let (action, ids) = action_parts(&s.action);
            JsonStage {
                number: s.number,
                action,
                candidates: report.names(&ids),
                description: &s.description,
                votes: s
                    .votes
                    .iter()
                    .zip(&r.candidates)
                    .map(|(&v, name)| StageVotes {
                        candidate: name,
                        votes: number(v),
                    })
                    .collect(),
                exhausted: number(s.exhausted),
                residue: number(s.residue),
                threshold: s.threshold.map(number),
                total: number(s.accounted()),
            }
        })
        .collect();
    let lots = r
        .lots
        .iter()
        .map(|l| JsonLot {
            purpose: &l.purpose,
            among: report.names(&l.among),
            chosen: &r.candidates[l.chosen],
        })
        .collect();
    JsonReport {
        file: report.file,
        input_format: report.input_format.name(),
        method: &r.method,
        title: r.title.as_deref(),
        seats: r.seats,
        decimals: r.decimals,
        seed: r.seed,
        candidates: &r.candidates,
        elected: report.names(&r.elected),
        runoff: report.names(&r.runoff),
        ballots: report.ballots,
        invalid_ballots: report.invalid_ballots(),
        valid_total: number(r.valid_total),
        quota: r.quota.map(number),
        stages,
        invalid: &r.invalid,
        lots,
        pairwise: r.pairwise.as_deref(),
        notes: &r.notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tally::{Lot, Stage};

    #[test]
    fn fixed_point_is_exact() {
        assert_eq!(fixed(123456, 5), "1.23456");
        assert_eq!(fixed(191400000, 5), "1914.00000");
        assert_eq!(fixed(498, 5), "0.00498");
        assert_eq!(fixed(0, 6), "0.000000");
        assert_eq!(fixed(-5, 5), "-0.00005");
        assert_eq!(fixed(42, 0), "42");
        assert_eq!(fixed(-42, 0), "-42");
        assert_eq!(fixed(i64::MIN, 0), "-9223372036854775808");
        assert_eq!(fixed(i64::MIN, 18), "-9.223372036854775808");
        assert_eq!(fixed(i64::MAX, 19), "0.9223372036854775807");
    }

    /// A two-stage STV-like result with every optional part, to show each one is rendered.
    fn result() -> TallyResult {
        TallyResult {
            method: "stv-scottish".into(),
            title: Some("Ward 1".into()),
            candidates: vec!["Ann".into(), "Ben".into(), "Cas".into()],
            seats: 1,
            decimals: 5,
            elected: vec![0],
            runoff: vec![],
            valid_total: 500_000,
            invalid: vec![InvalidVote {
                line: 7,
                weight: 2,
                reason: "blank ballot".into(),
            }],
            quota: Some(250_001),
            stages: vec![
                Stage {
                    number: 1,
                    action: StageAction::FirstCount,
                    description: "First preferences".into(),
                    votes: vec![200_000, 200_000, 100_000],
                    exhausted: 0,
                    residue: 0,
                    threshold: None,
                },
                Stage {
                    number: 2,
                    action: StageAction::Excluded {
                        candidates: vec![2],
                    },
                    description: "Cas excluded".into(),
                    votes: vec![266_666, 200_000, 0],
                    exhausted: 33_333,
                    residue: 1,
                    threshold: Some(250_001),
                },
            ],
            pairwise: Some(vec![vec![0, 3, 4], vec![2, 0, 4], vec![1, 1, 0]]),
            seed: 9,
            lots: vec![Lot {
                purpose: "exclusion at stage 2".into(),
                among: vec![1, 2],
                chosen: 2,
            }],
            notes: vec!["A note.".into()],
        }
    }

    fn report(r: &TallyResult) -> TallyReport<'_> {
        TallyReport {
            result: r,
            file: "ward.blt",
            input_format: InputFormat::Blt,
            ballots: 7,
        }
    }

    fn plain_table() -> Table {
        let mut t = Table::new();
        t.load_preset(comfy_table::presets::ASCII_MARKDOWN);
        t.force_no_tty();
        t
    }

    #[test]
    fn table_shows_every_part() {
        let r = result();
        let mut buf = Vec::new();
        write_table(&mut buf, &report(&r), plain_table).unwrap();
        let text = String::from_utf8(buf).unwrap();
        for needle in [
            "Title:       Ward 1\n",
            "Method:      stv-scottish, 1 seat\n",
            "Ballots:     7 (5 valid, 2 invalid)\n",
            "Valid total: 5.00000\n",
            "Quota:       2.50001\n",
            "Seed:        9\n",
            "Elected:     Ann\n",
            "| Stage | Action            |     Ann |     Ben |     Cas | Exhausted | Residue | Threshold |   Total |",
            "|     2 | Cas excluded      | 2.66666 | 2.00000 | 0.00000 |   0.33333 | 0.00001 |   2.50001 | 5.00000 |",
            "|    7 |       2 | blank ballot |",
            "|   1 | exclusion at stage 2 | Ben, Cas | Cas    |",
            "| Ann |   - |   3 |   4 |",
            "\nNotes\n- A note.\n",
        ] {
            assert!(text.contains(needle), "missing {needle:?} in\n{text}");
        }
    }

    #[test]
    fn csv_has_one_row_per_stage_and_candidate() {
        let r = result();
        let mut buf = Vec::new();
        write_csv(&mut buf, &report(&r)).unwrap();
        let text = String::from_utf8(buf).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "stage,action,description,candidate,votes,exhausted,residue,threshold"
        );
        assert_eq!(lines.len(), 1 + 2 * 3);
        assert_eq!(
            lines[1],
            "1,first_count,First preferences,Ann,2.00000,0.00000,0.00000,"
        );
        assert_eq!(
            lines[6],
            "2,excluded,Cas excluded,Cas,0.00000,0.33333,0.00001,2.50001"
        );
    }

    #[test]
    fn json_carries_names_and_exact_decimal_numbers() {
        let r = result();
        let mut buf = Vec::new();
        write_json(&mut buf, &report(&r)).unwrap();
        let text = String::from_utf8(buf.clone()).unwrap();
        // The figures are JSON numbers with every digit the count has, trailing zeros too: no
        // float stood between the count and the text.
        assert!(
            text.contains("\"valid_total\": 5.00000,") && text.contains("\"quota\": 2.50001,"),
            "{text}"
        );
        assert!(
            text.contains("\"candidate\": \"Ann\",\n          \"votes\": 2.66666\n"),
            "{text}"
        );
        let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        let num = |t: &str| serde_json::Value::Number(t.parse().unwrap());
        assert_eq!(v["file"], "ward.blt");
        assert_eq!(v["input_format"], "blt");
        assert_eq!(v["elected"], serde_json::json!(["Ann"]));
        assert_eq!(v["ballots"], 7);
        assert_eq!(v["invalid_ballots"], 2);
        assert_eq!(v["valid_total"], num("5.00000"));
        assert_eq!(v["quota"], num("2.50001"));
        assert_eq!(v["seed"], 9);
        let s = &v["stages"][1];
        assert_eq!(s["action"], "excluded");
        assert_eq!(s["candidates"], serde_json::json!(["Cas"]));
        let votes: Vec<(String, String)> = s["votes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["candidate"].as_str().unwrap().into(),
                    c["votes"].to_string(),
                )
            })
            .collect();
        assert_eq!(
            votes,
            [
                ("Ann".into(), "2.66666".into()),
                ("Ben".into(), "2.00000".into()),
                ("Cas".into(), "0.00000".into())
            ]
        );
        assert_eq!(s["residue"], num("0.00001"));
        assert_eq!(s["total"], num("5.00000"));
        assert_eq!(v["stages"][0]["threshold"], serde_json::Value::Null);
        assert_eq!(
            v["invalid"][0],
            serde_json::json!({"line": 7, "weight": 2, "reason": "blank ballot"})
        );
        assert_eq!(
            v["lots"][0],
            serde_json::json!({"purpose": "exclusion at stage 2", "among": ["Ben", "Cas"], "chosen": "Cas"})
        );
        assert_eq!(v["pairwise"][0], serde_json::json!([0, 3, 4]));
    }

    #[test]
    fn a_fixed_number_keeps_its_digits() {
        for (v, d, text) in [
            (250001, 5, "2.50001"),
            (200000, 5, "2.00000"),
            (-5, 2, "-0.05"),
            (2, 0, "2"),
        ] {
            assert_eq!(fixed_number(v, d).to_string(), text);
            assert_eq!(serde_json::to_string(&fixed_number(v, d)).unwrap(), text);
        }
    }
}
