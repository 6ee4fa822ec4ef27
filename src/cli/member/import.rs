//! `quorum member import FILE`: the members of a spreadsheet (saved as CSV) into the registry,
//! all or nothing. This file parses the flags and renders; `ops::member_import` reads the file
//! (twice, never holding it) and writes it inside one transaction.

use std::cell::RefCell;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, ValueEnum, ValueHint};

use crate::app::Ctx;
use crate::cli::args::{delimiter as parse_delimiter, field_to_flag, flag_for};
use crate::domain::import::source::TextEncoding;
use crate::domain::import::{
    CategoryMap, ConsentMap, Defaults, Holds, ImportNotes, ImportReport, Mapping, Notice, Problem,
    StatusMap, field_help,
};
use crate::domain::lang::Lang;
use crate::domain::member::{Joined, Likeness, NewMember};
use crate::domain::msg::{Msg, msg};
use crate::exit::hinted;
use crate::ops::member_import::{self, Refusal, Request, Watch};
use crate::output::Output;
use crate::output::import::ImportSummary;
use crate::output::progress::Progress;

/// Follows an import for the secretary: what the header's columns are read as, then a progress
/// bar over the second pass.
struct Watcher<'o> {
    out: &'o Output,
    progress: RefCell<Option<Progress>>,
}

impl Watch for Watcher<'_> {
    fn columns(&self, notices: &[Notice]) {
        tell_columns(self.out, notices);
    }
    fn start(&self, size: u64) {
        *self.progress.borrow_mut() = Some(self.out.progress(size, "Importing"));
    }
    fn read(&self, bytes: u64) {
        if let Some(p) = &*self.progress.borrow() {
            p.set(bytes);
        }
    }
    fn phase(&self, what: &str) {
        if let Some(p) = &*self.progress.borrow() {
            p.phase(what);
        }
    }
}

/// What the header's columns are read as, where that needs saying.
fn tell_columns(out: &Output, notices: &[Notice]) {
    // Several unknown columns are one line, not a line each: the warnings that matter (a column
    // of dates or postcodes, with its --map) stay visible.
    let unknown: Vec<&str> = notices
        .iter()
        .filter_map(|n| match n {
            Notice::Unknown(h) => Some(h.as_str()),
            _ => None,
        })
        .collect();
    match unknown.as_slice() {
        [] => {}
        [h] => out.warn_msg(&msg!("import-column-unknown", column = *h)),
        many => out.warn_msg(&msg!(
            "import-columns-unknown",
            count = many.len(),
            columns = many
                .iter()
                .map(|h| format!("\"{h}\""))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
    for n in notices {
        match n {
            Notice::Unknown(_) => {}
            Notice::Looks {
                column,
                holds,
                fields,
                sure,
            } => {
                let holds = match holds {
                    Holds::Dates => msg!("import-holds-dates"),
                    Holds::Postcodes => msg!("import-holds-postcodes"),
                    Holds::Emails => msg!("import-holds-emails"),
                };
                out.warn_msg(&match (fields.as_slice(), sure) {
                    ([], _) => msg!(
                        "import-column-holds-taken",
                        column = column.as_str(),
                        holds = holds
                    ),
                    ([f], true) => msg!(
                        "import-column-holds-one",
                        column = column.as_str(),
                        holds = holds,
                        field = f.name()
                    ),
                    (fs, _) => msg!(
                        "import-column-holds-dates",
                        column = column.as_str(),
                        holds = holds,
                        fields = fs.iter().map(|f| f.name()).collect::<Vec<_>>().join(", ")
                    ),
                })
            }
            Notice::Derived(h) => out.note_msg(&msg!("import-column-derived", column = h.as_str())),
            Notice::Ignored(_) => {}
            Notice::FamilyName { column, given } => out.note_msg(&msg!(
                "import-column-family-name",
                column = column.as_str(),
                given = given.as_str()
            )),
        }
    }
}

/// Text encodings `--encoding` accepts.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum EncodingArg {
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// What Dutch Excel writes; also reads Latin-1 (ISO-8859-1)
    #[value(name = "windows-1252", aliases = ["cp1252", "latin-1", "latin1", "iso-8859-1"])]
    Windows1252,
}

/// Import members from a spreadsheet saved as CSV
#[derive(Debug, Args)]
#[command(after_long_help = import_help())]
pub struct ImportArgs {
    /// The CSV file: UTF-8 or Windows-1252, separated by , ; or tab
    #[arg(value_hint = ValueHint::FilePath)]
    pub file: PathBuf,
    /// Change the registered members the rows are about (only what differs): by number, or in a
    /// row without one by the same e-mail address, or name and birth date
    #[arg(long)]
    pub update: bool,
    /// Check the file and report what would change, without writing anything
    #[arg(long)]
    pub dry_run: bool,
    /// Read column COLUMN as FIELD (repeatable); `COLUMN=-` ignores a column
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub maps: Vec<Mapping>,
    /// Read the sheet's category names as the registry's (repeatable):
    /// "Steunend lid=supporter,Gewoon lid=regular"
    #[arg(long = "category-map", value_name = "VALUE=CATEGORY,…")]
    pub category_maps: Vec<CategoryMap>,
    /// What the status column's words mean (repeatable): "Afgemeld=former,Proeflid=current";
    /// the statuses of CiviCRM, Galette, Admidio and Sportlink are known without it
    #[arg(long = "status-map", value_name = "VALUE=current|former,…")]
    pub status_maps: Vec<StatusMap>,
    /// The end date in the file is the first day without membership (Sportlink's
    /// Afmelddatum): the last day as a member is the day before
    #[arg(long)]
    pub left_is_first_day_out: bool,
    /// The end date counts only in rows whose status says the member left: for a current
    /// member it is the end of the paid period (CiviCRM's Membership End Date), not a leaving date
    #[arg(long)]
    pub end_only_when_former: bool,
    /// Put back the 0 of mobile numbers a spreadsheet dropped ("612345678" → "0612345678")
    #[arg(long)]
    pub fix_mobile: bool,
    /// What the answers in the consent column mean (repeatable): "Ja=yes,Nee, stuur mij een
    /// brief=no"; "1=no,0=yes" for a column that asks the opposite (CiviCRM's Do Not Email)
    #[arg(long = "consent-map", value_name = "ANSWER=yes|no,…")]
    pub consent_maps: Vec<ConsentMap>,
    /// Create categories the registry does not know yet (as member categories with a vote)
    #[arg(long)]
    pub create_categories: bool,
    /// Import rows that look like a registered member or another row of the file (the same
    /// e-mail address, or the same name and birth date); without it the file is refused
    #[arg(long)]
    pub allow_duplicate: bool,
    /// Category of members whose row names none
    #[arg(long, default_value = "regular")]
    pub category: String,
    /// Date of joining of members whose row gives none, or "unknown" (members from before the
    /// registry); a row whose own leaving or birth date contradicts the date gets unknown
    #[arg(long, value_name = "DATE|unknown", value_parser = crate::cli::args::joined)]
    pub joined: Option<crate::domain::member::Joined>,
    /// The file's encoding [default: detected]
    #[arg(long, value_enum)]
    pub encoding: Option<EncodingArg>,
    /// The separator: , ; or tab [default: detected from the header row]
    #[arg(long, value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// How many errors to list (all are counted)
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub max_errors: usize,
}

/// The long help: which headers are known, and every field name `--map` accepts.
fn import_help() -> String {
    format!(
        "\
Columns are recognised by their English or Dutch names (Lidnummer, Naam, Voornaam, \
Tussenvoegsel, Achternaam, E-mailadres, Telefoon, Mobiel, Telefoon 2, Relatiecode, Straat, Huisnummer, Toevoeging, \
Postcode, Woonplaats, Land, Geboortedatum, Lid sinds, Opzegdatum, Soort lid, Lidmaatschap, …). \
A family name (or one Naam column) and the date of joining are required; dates may be written \
2024-03-01, 1-3-2024 or as a Google Forms timestamp (15-3-2025 10:23:45), never with a \
two-digit year. Dutch postcodes are written 1234 AB. Nothing is imported unless every row is \
right; every problem is listed as FILE:LINE: column \"…\": ….\n\n{}",
        field_help()
    )
}

/// One row as it was read into fields, for `--dry-run`: `line 2: given_name=Piet, …`.
fn preview(line: u64, m: &NewMember) -> Msg {
    let mut parts: Vec<String> = m
        .number
        .map(|n| format!("number={n}"))
        .into_iter()
        .collect();
    let texts = m.data.as_texts();
    for (f, v) in crate::domain::member::FIELDS.iter().zip(texts) {
        if let Some(v) = v {
            parts.push(format!("{f}={v:?}"));
        }
    }
    parts.push(format!("category={:?}", m.category));
    parts.push(format!("joined={}", m.joined.shown(Lang::En)));
    if let Some(l) = m.left {
        parts.push(format!("left={l}"));
    }
    msg!("import-preview", line = line, fields = parts.join(", "))
}

/// What the rows' reading worked out or found odd, on stderr after the import.
fn tell_notes(out: &Output, file: &str, notes: &ImportNotes, dry_run: bool, today: NaiveDate) {
    if dry_run {
        for (line, m) in &notes.preview {
            out.note_msg(&preview(*line, m));
        }
    }
    for w in &notes.warnings {
        out.warn(w.render(file));
    }
    let listed: u64 = notes.warnings.iter().map(|g| g.count).sum();
    let more = notes.warnings_total - listed;
    if more > 0 {
        out.warn_msg(&msg!("import-more-warnings", count = more));
    }
    if notes.split > 0 || notes.not_split_total > 0 {
        out.note_msg(&msg!(
            "import-names-split",
            split = notes.split,
            total = notes.split + notes.not_split_total
        ));
    }
    if notes.not_split_total > 0 {
        let listed = first_lines(&notes.not_split, notes.not_split_total);
        out.warn_msg(&msg!(
            "import-names-not-split",
            count = notes.not_split_total,
            listed = listed
        ));
    }
    if notes.prefixes_total > 0 {
        let listed = first_lines(&notes.prefixes, notes.prefixes_total);
        out.note_msg(&msg!(
            "import-prefixes-taken",
            count = notes.prefixes_total,
            listed = listed
        ));
    }
    if notes.organisations_total > 0 {
        let listed = first_lines(&notes.organisations, notes.organisations_total);
        out.note_msg(&msg!(
            "import-organisations",
            count = notes.organisations_total,
            listed = listed
        ));
    }
    if notes.consent_dated > 0 {
        out.note_msg(&msg!(
            "import-consent-dated",
            count = notes.consent_dated,
            today = today
        ));
    }
}

/// How many members got an unknown joining date, asked for or because `--joined DATE`
/// contradicted the row's own dates (with the first of those lines).
fn tell_joined(out: &Output, notes: &ImportNotes, joined: Option<Joined>) {
    if notes.joined_unknown > 0 {
        out.note_msg(&msg!("import-joined-unknown", count = notes.joined_unknown));
    }
    if let (Some(Joined::On(date)), total @ 1..) = (joined, notes.joined_conflicts_total) {
        let mut lines: Vec<String> = notes.joined_conflicts.iter().map(u64::to_string).collect();
        if total > lines.len() as u64 {
            lines.push("…".into());
        }
        out.note_msg(&msg!(
            "import-joined-conflicts",
            count = total,
            date = date,
            given = date.to_string(),
            lines = lines.join(", ")
        ));
    }
}

/// How an update found the members its rows are about: by number, or (rows without one) by the
/// duplicate check of `member add`, with the first of those rows.
fn tell_matches(out: &Output, report: &ImportReport) {
    let kinds: Vec<(u64, &str)> = [
        (report.matched_by_number, "number"),
        (report.matched_by_email, "email"),
        (report.matched_by_name, "name"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .collect();
    let total: u64 = kinds.iter().map(|(n, _)| n).sum();
    let mut said = match kinds.as_slice() {
        [] => return,
        [(_, how)] => msg!("import-matched-one-way", count = total, how = *how),
        many => {
            let parts: Vec<String> = many
                .iter()
                .map(|(n, how)| out.say(&msg!("import-matched-by", count = *n, how = *how)))
                .collect();
            msg!(
                "import-matched-ways",
                count = total,
                ways = parts.join(", ")
            )
        }
    };
    let by_likeness = report.matched_by_email + report.matched_by_name;
    if by_likeness > 0 {
        let one_kind = kinds.len() == 1;
        let mut listed: Vec<String> = report
            .matched
            .iter()
            .map(|(line, number, why)| {
                let why = match why {
                    Likeness::SameEmail => msg!("member-likeness-email"),
                    Likeness::SameNameAndBirthDate => msg!("member-likeness-name-birth"),
                };
                out.say(&match one_kind {
                    true => msg!("import-matched-line", line = *line, number = *number),
                    false => msg!(
                        "import-matched-line-why",
                        line = *line,
                        number = *number,
                        why = why
                    ),
                })
            })
            .collect();
        let more = by_likeness - report.matched.len() as u64;
        if more > 0 {
            listed.push(out.say(&msg!("import-more", count = more)));
        }
        said = msg!("list-semicolon", first = said, then = listed.join(", "));
    }
    out.note_msg(&said);
}

/// `line 4 "Stichting Buurtkracht", line 9 "…" and 3 more`: the rows kept of `total`.
fn first_lines(kept: &[(u64, String)], total: u64) -> Msg {
    let listed: Vec<Msg> = kept
        .iter()
        .map(|(line, name)| msg!("import-line-named", line = *line, name = name.as_str()))
        .collect();
    let more = total - kept.len() as u64;
    let listed = listed
        .into_iter()
        .reduce(|a, b| msg!("list-comma", first = a, then = b))
        .unwrap_or_else(|| msg!("list-nobody"));
    if more > 0 {
        msg!("import-and-more", listed = listed, count = more)
    } else {
        listed
    }
}

/// Lists the problems and makes the error that ends the import.
fn refused(out: &Output, file: &str, shown: &[Problem], total: u64) -> anyhow::Error {
    out.problems(file, shown, total);
    refusal(file, total)
}

/// The error that ends an import with `total` problems.
fn refusal(file: &str, total: u64) -> anyhow::Error {
    hinted(
        msg!("import-refused", count = total, file = file),
        msg!("import-refused-hint"),
    )
}

impl ImportArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let shown = self.file.display().to_string();
        let today = ctx.clock.today();
        let request = Request {
            path: &self.file,
            encoding: self.encoding.map(|e| match e {
                EncodingArg::Utf8 => TextEncoding::Utf8,
                EncodingArg::Windows1252 => TextEncoding::Windows1252,
            }),
            delimiter: self.delimiter,
            maps: &self.maps,
            defaults: Defaults {
                category: self.category.clone(),
                joined: self.joined,
                category_map: CategoryMap::merged(&self.category_maps),
                status_map: StatusMap::merged(&self.status_maps),
                left_is_first_day_out: self.left_is_first_day_out,
                end_only_when_former: self.end_only_when_former,
                fix_mobile: self.fix_mobile,
                consent_map: ConsentMap::merged(&self.consent_maps),
            },
            update: self.update,
            create_categories: self.create_categories,
            allow_duplicate: self.allow_duplicate,
            dry_run: self.dry_run,
            max_problems: self.max_errors,
            max_changes: 10_000,
            today,
        };
        let watcher = Watcher {
            out: &ctx.out,
            progress: RefCell::new(None),
        };
        let open_store = || Ok((ctx.open_store()?, ctx.actor("member import")));
        // The default category is the one field of the request an error can be about.
        let written = member_import::run(&request, open_store, &watcher)
            .map_err(|e| field_to_flag(e, |f| (f == "category").then(|| flag_for(f))))?;
        drop(watcher);
        let written = match written {
            Ok(w) => w,
            Err(Refusal::File(p)) => return Err(refused(&ctx.out, &shown, &[p], 1)),
            Err(Refusal::Columns(ps)) => {
                return Err(refused(&ctx.out, &shown, &ps, ps.len() as u64));
            }
        };
        let report = written.report;
        tell_notes(&ctx.out, &shown, &written.notes, self.dry_run, today);
        tell_joined(&ctx.out, &written.notes, self.joined);
        if written.filled_unnamed {
            ctx.out.warn_msg(&msg!("import-unnamed-column"));
        }
        let summary = ImportSummary {
            file: shown.clone(),
            sha256: written.sniffed.sha256.clone(),
            encoding: written.encoding.name().to_string(),
            import: report.import,
            rows: report.rows,
            new: report.new,
            changed: report.changed,
            unchanged: report.unchanged,
            errors: report.errors,
        };
        if report.errors > 0 {
            if self.dry_run {
                ctx.out.import_report(&summary, &report)?;
            }
            ctx.out.report_problems(&shown, &report);
            return Err(refusal(&shown, report.errors));
        }
        for c in &report.created_categories {
            ctx.out.warn_msg(&msg!(
                "import-category-made",
                dry_run = if self.dry_run { "yes" } else { "no" },
                category = c.as_str()
            ));
        }
        if self.update {
            tell_matches(&ctx.out, &report);
        }
        ctx.out.import_report(&summary, &report)?;
        let counts = msg!(
            "import-counts",
            new = report.new,
            changed = report.changed,
            unchanged = report.unchanged,
            file = shown.as_str()
        );
        match report.import {
            Some(id) => ctx
                .out
                .outcome_msg(&msg!("import-imported", counts = counts, import = id)),
            None => ctx
                .out
                .outcome_msg(&msg!("import-checked", counts = counts)),
        }
        Ok(())
    }
}
