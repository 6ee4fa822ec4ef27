//! Reading a member spreadsheet, the pure part: which column is which field (English and Dutch
//! headers without configuration, `--map` for the rest) and one row into a `NewMember`, with
//! every wrong cell named by its line and column. The bytes → text side (encoding, delimiter,
//! hashing) is in `source`; the caller does the file I/O and passes `today`.

use std::collections::BTreeMap;

use chrono::{Datelike as _, NaiveDate};
use serde::Serialize;

use super::date::parse_date;
use super::member::fields::{self, Slot};
use super::member::{Joined, Likeness, MemberData, NewMember, Period, check_email};

pub mod duplicates;
mod field;
pub mod history;
pub mod policy;
pub mod source;
pub mod value;

use super::text::{is_organisation_name, split_family_prefix, split_name};
pub use field::{FIELD_HELP, Field, field_help, header_key, recognise};
pub use value::{CategoryMap, ConsentMap, Standing, StatusMap};
use value::{
    Consent, consent_cell, date_cell, is_dutch, lost_mobile_zero, phone_warning, postcode,
};

/// One `--map "Kolom=field"`: `None` as the field ignores the column (`"Kolom="` or `"Kolom=-"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    pub column: String,
    pub field: Option<Field>,
}

impl std::str::FromStr for Mapping {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let Some((column, field)) = s.rsplit_once('=') else {
            return Err(format!("'{s}' is not COLUMN=FIELD"));
        };
        let field = match field.trim() {
            "" | "-" => None,
            f => Some(Field::from_name(f).ok_or_else(|| {
                let names: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
                format!(
                    "'{f}' is not a field; use one of {}, or - to ignore the column",
                    names.join(", ")
                )
            })?),
        };
        Ok(Mapping {
            column: column.trim().to_string(),
            field,
        })
    }
}

/// Something wrong with the file, at a line and (when it is about one) a column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub line: u64,
    pub column: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn at(line: u64, column: Option<&str>, message: impl Into<String>) -> Self {
        Problem {
            line,
            column: column.map(str::to_string),
            message: message.into(),
        }
    }

    /// `FILE:LINE: column "Achternaam": is required`: the form editors and people both read.
    pub fn render(&self, file: &str) -> String {
        match &self.column {
            Some(c) => format!("{file}:{}: column \"{c}\": {}", self.line, self.message),
            None => format!("{file}:{}: {}", self.line, self.message),
        }
    }
}

/// What an odd value is: warnings of one kind in one column are told as one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WarningKind {
    /// Not a Dutch postcode where the country is the Netherlands.
    Postcode,
    /// Letters, or too few or too many digits, for a phone number.
    Phone,
    /// Nine digits starting with 6: a mobile number whose 0 a spreadsheet dropped.
    LostMobileZero,
    /// A `?` inside a name: a letter lost to a Windows code page.
    LostLetter,
}

impl WarningKind {
    /// What every warning of the kind says, for a line that stands for several values.
    pub fn summary(self) -> &'static str {
        match self {
            WarningKind::Postcode => {
                "are not Dutch postcodes (four digits, not starting with 0, and two letters: 1234 AB); kept as written, correct them with member edit --postcode, or fill in the country"
            }
            WarningKind::Phone => {
                "cannot be phone numbers (a letter, or too few or too many digits); kept as written"
            }
            WarningKind::LostMobileZero => {
                "have nine digits and start with 6: mobile numbers whose 0 the spreadsheet dropped? kept as written; --fix-mobile puts the 0 back"
            }
            WarningKind::LostLetter => {
                "have a ? where a name has none: letters lost when the sheet was saved in another encoding? kept as written; save the sheet as CSV UTF-8 and import again, or correct them with member edit"
            }
        }
    }
}

/// An odd value that is kept: its kind, and the problem naming line, column and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub kind: WarningKind,
    pub problem: Problem,
}

impl Warning {
    pub fn render(&self, file: &str) -> String {
        self.problem.render(file)
    }
}

/// The warnings of one kind in one column: the first in full, how many, their first lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarningGroup {
    pub first: Warning,
    pub count: u64,
    pub lines: Vec<u64>,
}

impl WarningGroup {
    /// Lines kept per group; the count is complete.
    pub const LINES: usize = 5;

    /// One warning as it was; several as one line with their count and first lines (`f.csv:2:
    /// column "Mobiel": 12 values have nine digits … (lines 2, 5, 9, 11, 14, …; the first:
    /// '612345678')`).
    pub fn render(&self, file: &str) -> String {
        if self.count <= 1 {
            return self.first.render(file);
        }
        let p = &self.first.problem;
        let mut lines: Vec<String> = self.lines.iter().map(u64::to_string).collect();
        if self.count > self.lines.len() as u64 {
            lines.push("…".to_string());
        }
        let first = p.message.split('\'').nth(1).unwrap_or_default();
        let at = match &p.column {
            Some(c) => format!("{file}:{}: column \"{c}\"", p.line),
            None => format!("{file}:{}", p.line),
        };
        format!(
            "{at}: {} values {} (lines {}; the first: '{first}')",
            self.count,
            self.first.kind.summary(),
            lines.join(", ")
        )
    }
}

/// A column that is read but not imported; the caller tells the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A header quorum does not know and no `--map` named.
    Unknown(String),
    /// An unknown header whose first values all look like one kind of field: named with the
    /// `--map` that imports it (`fields` empty where every such field has its column already).
    Looks {
        column: String,
        holds: Holds,
        fields: Vec<Field>,
        /// The header names the field (or the values can be only one); otherwise `fields` are
        /// what the dates would be if they are a member's (a "Modification date" is not).
        sure: bool,
    },
    /// A column quorum works out itself (status).
    Derived(String),
    /// Ignored on purpose with `--map "Kolom=-"`.
    Ignored(String),
    /// A name column read as the family name, because a given-name column stands beside it.
    FamilyName { column: String, given: String },
}

/// What the values of an unknown column look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    Dates,
    Postcodes,
    Emails,
}

impl Holds {
    /// The plural a warning names them by.
    pub fn name(self) -> &'static str {
        match self {
            Holds::Dates => "dates",
            Holds::Postcodes => "postcodes",
            Holds::Emails => "e-mail addresses",
        }
    }

    /// What the first values of a column hold, if every filled one is of one kind (and at
    /// least one is filled).
    pub fn of<'a>(values: impl IntoIterator<Item = &'a str>) -> Option<Holds> {
        let mut kinds = [true; 3];
        let mut any = false;
        for v in values.into_iter().map(str::trim).filter(|v| !v.is_empty()) {
            any = true;
            kinds[0] &= parse_date(v).is_ok();
            kinds[1] &= value::is_dutch_postcode(v);
            kinds[2] &= check_email(v).is_ok();
        }
        let holds = [Holds::Dates, Holds::Postcodes, Holds::Emails];
        any.then(|| kinds.iter().position(|k| *k).map(|i| holds[i]))
            .flatten()
    }

    /// The fields such a column may be, and whether the header says which: for dates the
    /// header decides between birth, joining and leaving when it names one.
    fn fields(self, header: &str) -> (Vec<Field>, bool) {
        match self {
            Holds::Postcodes => (vec![Field::Postcode], true),
            Holds::Emails => (vec![Field::Email], true),
            Holds::Dates => {
                let h = header_key(header);
                let says = |words: &[&str]| words.iter().any(|w| h.contains(w));
                let field = if says(&["geb", "birth", "born"]) {
                    Field::BirthDate
                } else if says(&[
                    "sinds", "since", "start", "begin", "vanaf", "aanmeld", "join",
                ]) {
                    Field::Joined
                } else if says(&["eind", "end", "afmeld", "opzeg", "uitschr", "left"]) {
                    Field::Left
                } else {
                    return (vec![Field::BirthDate, Field::Joined, Field::Left], false);
                };
                (vec![field], true)
            }
        }
    }
}

/// Which column holds which field, from the header row.
#[derive(Debug, Clone)]
pub struct ColumnMap {
    pub headers: Vec<String>,
    fields: BTreeMap<Field, usize>,
    /// Columns without a header: their values are ignored, and reported if any is filled.
    pub unnamed: Vec<usize>,
    pub notices: Vec<Notice>,
}

/// Values for cells the file leaves empty.
#[derive(Debug, Clone)]
pub struct Defaults {
    pub category: String,
    /// `--joined`: the joining date of rows without one, or unknown. A date that conflicts
    /// with a row's own dates (it left before it, or was born after it) gives that row an
    /// unknown date instead (`RowNotes::joined`).
    pub joined: Option<Joined>,
    /// The sheet's category names and the registry's (`--category-map`).
    pub category_map: CategoryMap,
    /// What the status column's words mean (`--status-map`, over the known ones).
    pub status_map: StatusMap,
    /// The file's end date is the first day without membership (Sportlink's Afmelddatum), one
    /// day after the last day as a member that quorum keeps (`--left-is-first-day-out`).
    pub left_is_first_day_out: bool,
    /// The end date counts only in rows whose status says the member left: for a current
    /// member it is the end of the paid period, not a leaving date (CiviCRM's "Membership End
    /// Date" of a fixed-period membership) (`--end-only-when-former`).
    pub end_only_when_former: bool,
    /// Put back the 0 of mobile numbers a spreadsheet dropped (`--fix-mobile`).
    pub fix_mobile: bool,
    /// A form's answers to the consent question (`--consent-map`), before the known ones.
    pub consent_map: ConsentMap,
}

/// What reading one row noticed besides its problems: warnings that do not stop the import,
/// and what was worked out on the secretary's behalf.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowNotes {
    pub warnings: Vec<Warning>,
    /// With one name column: whether the name was split into its parts.
    pub split: Option<bool>,
    /// With one name column: the name was taken as an organisation's ("Stichting …").
    pub organisation: bool,
    /// Without a prefix column: the family name as written, when a prefix was taken out of it.
    pub prefix_taken: Option<String>,
    /// A yes for consent without a date, dated by the import.
    pub consent_dated: bool,
    /// The row got an unknown joining date, and why.
    pub joined: Option<UnknownJoined>,
}

/// Why a row's member has an unknown joining date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownJoined {
    /// `--joined unknown`, for a row without a date.
    Asked,
    /// `--joined DATE` would put the joining after the row's own leaving date or before its
    /// birth date: a default never overrules what the row itself says.
    Conflicts,
}

/// The notes of every row, for the summary after the import.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportNotes {
    /// The warnings grouped by kind and column (the first `KEEP` groups); `warnings_total`
    /// counts them all.
    pub warnings: Vec<WarningGroup>,
    pub warnings_total: u64,
    pub split: u64,
    /// Names kept whole as the family name, with their lines (the first of them).
    pub not_split: Vec<(u64, String)>,
    pub not_split_total: u64,
    /// Family names a prefix was taken out of, as written, with their lines (the first of them).
    pub prefixes: Vec<(u64, String)>,
    pub prefixes_total: u64,
    /// Names from a full-name column taken as organisations' names, with their lines.
    pub organisations: Vec<(u64, String)>,
    pub organisations_total: u64,
    pub consent_dated: u64,
    /// Members given an unknown joining date, by `--joined unknown`.
    pub joined_unknown: u64,
    /// Rows whose own dates conflict with `--joined DATE`, given an unknown date instead, with
    /// their lines (the first of them).
    pub joined_conflicts: Vec<u64>,
    pub joined_conflicts_total: u64,
    /// The first rows as they were read into fields, for `--dry-run`.
    pub preview: Vec<(u64, NewMember)>,
}

impl ImportNotes {
    pub const KEEP: usize = 20;
    pub const PREVIEW: usize = 3;

    pub fn add(&mut self, line: u64, notes: RowNotes, member: Option<&NewMember>) {
        self.warnings_total += notes.warnings.len() as u64;
        for w in notes.warnings {
            let same = self
                .warnings
                .iter()
                .position(|g| g.first.kind == w.kind && g.first.problem.column == w.problem.column);
            if let Some(i) = same {
                let g = &mut self.warnings[i];
                g.count += 1;
                if g.lines.len() < WarningGroup::LINES {
                    g.lines.push(w.problem.line);
                }
            } else if self.warnings.len() < Self::KEEP {
                self.warnings.push(WarningGroup {
                    lines: vec![w.problem.line],
                    first: w,
                    count: 1,
                });
            }
        }
        let Some(m) = member else { return };
        match notes.split {
            Some(true) => self.split += 1,
            Some(false) => {
                self.not_split_total += 1;
                if self.not_split.len() < Self::KEEP {
                    let name = m.data.family_name.clone().unwrap_or_default();
                    self.not_split.push((line, name));
                }
            }
            None => {}
        }
        if let Some(written) = notes.prefix_taken {
            self.prefixes_total += 1;
            if self.prefixes.len() < Self::KEEP {
                self.prefixes.push((line, written));
            }
        }
        if notes.organisation {
            self.organisations_total += 1;
            if self.organisations.len() < Self::KEEP {
                let name = m.data.organisation.clone().unwrap_or_default();
                self.organisations.push((line, name));
            }
        }
        self.consent_dated += u64::from(notes.consent_dated);
        match notes.joined {
            Some(UnknownJoined::Asked) => self.joined_unknown += 1,
            Some(UnknownJoined::Conflicts) => {
                self.joined_conflicts_total += 1;
                if self.joined_conflicts.len() < WarningGroup::LINES {
                    self.joined_conflicts.push(line);
                }
            }
            None => {}
        }
        if self.preview.len() < Self::PREVIEW {
            self.preview.push((line, m.clone()));
        }
    }
}

impl ColumnMap {
    /// Names what each unknown column holds, from its first values (`rows`), with the fields
    /// still free that `--map` could import it as.
    pub fn look_at_unknown(&mut self, rows: &[Vec<String>]) {
        let taken: Vec<Field> = self.fields.keys().copied().collect();
        for n in &mut self.notices {
            let Notice::Unknown(h) = n else { continue };
            let Some(i) = self.headers.iter().position(|x| x == h) else {
                continue;
            };
            let values = rows.iter().filter_map(|r| r.get(i)).map(String::as_str);
            if let Some(holds) = Holds::of(values) {
                let (fields, sure) = holds.fields(h);
                let fields = fields.into_iter().filter(|f| !taken.contains(f)).collect();
                *n = Notice::Looks {
                    column: h.clone(),
                    holds,
                    fields,
                    sure,
                };
            }
        }
    }

    /// Reads the header row. Problems (all at line 1): a column named twice, a `--map` for a
    /// column the file lacks, a required field without a column.
    pub fn new(
        headers: &[&str],
        maps: &[Mapping],
        defaults: &Defaults,
    ) -> Result<ColumnMap, Vec<Problem>> {
        let headers: Vec<String> = headers
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
            .collect();
        let mut problems = Vec::new();
        for m in maps {
            if !headers.iter().any(|h| h.eq_ignore_ascii_case(&m.column)) {
                problems.push(Problem::at(
                    1,
                    Some(&m.column),
                    format!(
                        "--map names this column, but the file has none; its columns are {}",
                        quoted_list(&headers)
                    ),
                ));
            }
        }
        let mut map = ColumnMap {
            fields: BTreeMap::new(),
            unnamed: Vec::new(),
            notices: Vec::new(),
            headers: Vec::new(),
        };
        let mut explicit = std::collections::BTreeSet::new();
        for (i, h) in headers.iter().enumerate() {
            if h.is_empty() {
                map.unnamed.push(i);
                continue;
            }
            let field = match maps.iter().find(|m| m.column.eq_ignore_ascii_case(h)) {
                Some(Mapping { field: None, .. }) => {
                    map.notices.push(Notice::Ignored(h.clone()));
                    continue;
                }
                Some(Mapping { field: Some(f), .. }) => {
                    explicit.insert(*f);
                    *f
                }
                None => match recognise(h) {
                    Some(f) => f,
                    None => {
                        map.notices.push(Notice::Unknown(h.clone()));
                        continue;
                    }
                },
            };
            if field == Field::Status {
                // Read against the dates, never stored: quorum works status out from them.
                map.notices.push(Notice::Derived(h.clone()));
            }
            // "Telefoon" and "Mobiel" both: two phone numbers, the second as phone2.
            let field = if field == Field::Phone
                && map.fields.contains_key(&Field::Phone)
                && !map.fields.contains_key(&Field::Phone2)
                && !maps.iter().any(|m| m.field == Some(Field::Phone2))
            {
                Field::Phone2
            } else {
                field
            };
            if let Some(&first) = map.fields.get(&field) {
                problems.push(Problem::at(
                    1,
                    Some(h),
                    format!(
                        "both \"{}\" and \"{h}\" would be {}; ignore one with --map \"{h}=-\" or map it elsewhere",
                        headers[first],
                        field.name()
                    ),
                ));
                continue;
            }
            map.fields.insert(field, i);
        }
        // "Naam"/"Name" beside "Voornaam"/"First name" (Conscribo, Galette) is the family name:
        // split as a full name it would lose its first word ("el Amrani" → "Amrani").
        if !map.fields.contains_key(&Field::FamilyName)
            && !explicit.contains(&Field::FullName)
            && let Some(&given) = map.fields.get(&Field::GivenName)
            && let Some(i) = map.fields.remove(&Field::FullName)
        {
            map.fields.insert(Field::FamilyName, i);
            map.notices.push(Notice::FamilyName {
                column: headers[i].clone(),
                given: headers[given].clone(),
            });
        }
        // Both a name column and a family-name column: which one holds the name is not ours to
        // guess, and dropping one would lose what only it holds.
        if let (Some(&full), Some(&family)) = (
            map.fields.get(&Field::FullName),
            map.fields.get(&Field::FamilyName),
        ) {
            let (full, family) = (&headers[full], &headers[family]);
            problems.push(Problem::at(
                1,
                Some(full),
                format!(
                    "both \"{full}\" and \"{family}\" hold a name; import one and ignore the other with --map \"{full}=-\" (or --map \"{family}=-\"), or keep it as notes with --map \"{full}=notes\""
                ),
            ));
        }
        if !map.fields.contains_key(&Field::FamilyName)
            && !map.fields.contains_key(&Field::FullName)
            && !map.fields.contains_key(&Field::Organisation)
        {
            problems.push(Problem::at(
                1,
                None,
                format!(
                    "no column for the family name (such as \"Achternaam\", \"family_name\" or one \"Naam\" to split) nor for an organisation's name (\"Organisatie\", \"Company\"); the columns are {}; name yours with --map \"COLUMN=family_name\"",
                    quoted_list(&headers)
                ),
            ));
        }
        if defaults.end_only_when_former && !map.fields.contains_key(&Field::Status) {
            problems.push(Problem::at(
                1,
                None,
                format!(
                    "--end-only-when-former reads the status column, and the file has none; its columns are {}; name it with --map \"COLUMN=status\"",
                    quoted_list(&headers)
                ),
            ));
        }
        if !map.fields.contains_key(&Field::Joined)
            && !map.fields.contains_key(&Field::Periods)
            && defaults.joined.is_none()
        {
            problems.push(Problem::at(
                1,
                None,
                "no column for the date of joining (such as \"Lid sinds\" or \"joined\"); add one, give every member the same date with --joined DATE, or --joined unknown when the dates are not known",
            ));
        }
        map.headers = headers;
        if problems.is_empty() {
            Ok(map)
        } else {
            Err(problems)
        }
    }

    pub fn has(&self, f: Field) -> bool {
        self.fields.contains_key(&f)
    }

    /// The column's header as the file writes it, for messages; the field name if it has none.
    pub fn label(&self, f: Field) -> &str {
        match self.fields.get(&f) {
            Some(&i) => &self.headers[i],
            None => f.name(),
        }
    }

    /// `MemberData` field names the file has a column for: what `--update` may change.
    pub fn present_data_fields(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self
            .fields
            .keys()
            .flat_map(|f| match f {
                Field::FullName => vec!["given_name", "name_prefix", "family_name"],
                f => f.data_field().into_iter().collect(),
            })
            .collect();
        v.sort_by_key(|f| crate::domain::member::FIELDS.iter().position(|x| x == f));
        v.dedup();
        v
    }

    /// The trimmed cell of field `f`; None when the file has no such column or the cell is empty.
    fn cell<'a>(&self, cells: &[&'a str], f: Field) -> Option<&'a str> {
        let i = *self.fields.get(&f)?;
        let v = unmark(cells.get(i)?.trim()).trim();
        (!v.is_empty()).then_some(v)
    }

    /// Turns one data row into a member; every problem in the row is listed, not just the first.
    pub fn parse_row(
        &self,
        cells: &[&str],
        line: u64,
        defaults: &Defaults,
        today: NaiveDate,
    ) -> Result<NewMember, Vec<Problem>> {
        self.parse_row_noted(cells, line, defaults, today, &mut RowNotes::default())
    }

    /// `parse_row`, with the row's warnings and what was worked out in `notes`.
    pub fn parse_row_noted(
        &self,
        cells: &[&str],
        line: u64,
        defaults: &Defaults,
        today: NaiveDate,
        notes: &mut RowNotes,
    ) -> Result<NewMember, Vec<Problem>> {
        if cells.len() != self.headers.len() {
            return Err(vec![self.ragged(cells, line)]);
        }
        let mut problems = Vec::new();
        for (i, c) in cells.iter().enumerate() {
            if let Err(why) = check_text(c) {
                problems.push(Problem::at(line, Some(&self.column_name(i)), why));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut bad =
            |f: Field, msg: String| problems.push(Problem::at(line, Some(self.label(f)), msg));
        let number = if self.has(Field::Number) {
            match self.cell(cells, Field::Number).map(parse_number) {
                Some(Ok(n)) => Some(n),
                Some(Err(e)) => {
                    bad(Field::Number, e);
                    None
                }
                None => {
                    bad(
                        Field::Number,
                        "is empty; with a number column every row needs its member number (leave the column out to number members automatically)".into(),
                    );
                    None
                }
            }
        } else {
            None
        };
        let mut date = |f: Field| match self.cell(cells, f).map(date_cell) {
            Some(Ok(d)) => Some(d),
            Some(Err(e)) => {
                bad(f, e);
                None
            }
            None => None,
        };
        let birth_date = date(Field::BirthDate);
        let email_consent = match self.cell(cells, Field::EmailConsent).map(|c| {
            defaults
                .consent_map
                .get(c)
                .map_or_else(|| consent_cell(c), Ok)
        }) {
            Some(Ok(Consent::On(d))) => Some(d),
            Some(Ok(Consent::Yes)) => {
                notes.consent_dated = true;
                Some(today)
            }
            Some(Ok(Consent::No)) | None => None,
            Some(Err(e)) => {
                problems.push(Problem::at(line, Some(self.label(Field::EmailConsent)), e));
                None
            }
        };
        let mut date = |f: Field| match self.cell(cells, f).map(date_cell) {
            Some(Ok(d)) => Some(d),
            Some(Err(e)) => {
                problems.push(Problem::at(line, Some(self.label(f)), e));
                None
            }
            None => None,
        };
        let standing = self
            .cell(cells, Field::Status)
            .map(|word| (word, defaults.status_map.get(word)));
        // A current member's end date is then the end of the paid period: no leaving date.
        let current_with_period =
            defaults.end_only_when_former && matches!(standing, Some((_, Some(Standing::Current))));
        // 31-12-9999 (Admidio, many registers) is "no end", not a date.
        let left = date(Field::Left)
            .filter(|d| d.year() < 9999 && !current_with_period)
            .map(|d| {
                if defaults.left_is_first_day_out {
                    d.pred_opt().unwrap_or(d)
                } else {
                    d
                }
            });
        let joined = date(Field::Joined);
        if let Some((word, standing)) = standing {
            match standing {
                Some(Standing::Current) => {}
                Some(Standing::Former) if left.is_some() || self.cell(cells, Field::Periods).is_some() => {}
                Some(Standing::Former) => problems.push(Problem::at(
                    line,
                    Some(self.label(Field::Status)),
                    format!(
                        "'{word}' says the member has left, but the row has no end date{}; fill it in, or leave such rows out of the file",
                        if self.has(Field::Left) {
                            format!(" in \"{}\"", self.label(Field::Left))
                        } else {
                            " (the file has no column for it, such as \"Lid tot\")".to_string()
                        }
                    ),
                )),
                None => problems.push(Problem::at(
                    line,
                    Some(self.label(Field::Status)),
                    format!(
                        "'{word}' is not a status quorum knows; say what it means with --status-map \"{word}=former\" (or =current)"
                    ),
                )),
            }
        }
        let periods = match self.cell(cells, Field::Periods).map(history::parse_periods) {
            Some(Ok(p)) => p,
            Some(Err(e)) => {
                problems.push(Problem::at(line, Some(self.label(Field::Periods)), e));
                Vec::new()
            }
            None => Vec::new(),
        };
        let suspensions = match self
            .cell(cells, Field::Suspensions)
            .map(history::parse_suspensions)
        {
            Some(Ok(s)) => s,
            Some(Err(e)) => {
                problems.push(Problem::at(line, Some(self.label(Field::Suspensions)), e));
                Vec::new()
            }
            None => Vec::new(),
        };
        // With the periods given, `joined` and `left` (an export's period on its date) must be
        // one of them: a date corrected in one column only is a mistake to point out.
        let left_given = self.has(Field::Left);
        if !periods.is_empty()
            && (joined.is_some() || left.is_some())
            && !periods
                .iter()
                .any(|p| joined.is_none_or(|j| p.joined == j) && (!left_given || p.left == left))
        {
            let shown = |d: Option<NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
            problems.push(Problem::at(
                line,
                Some(self.label(if joined.is_some() { Field::Joined } else { Field::Left })),
                format!(
                    "joined {} and left {} are not one of the periods ({}); correct both columns, or empty joined and left",
                    shown(joined),
                    shown(left),
                    history::periods_text(&periods),
                ),
            ));
        }
        let (joined, left) = match periods.last() {
            Some(last) => (Some(last.joined), last.left),
            None => (joined.map(Joined::On), left),
        };
        // Line breaks inside a cell are kept, as LF (Excel writes LF there; other tools CRLF).
        let text = |f: Field| {
            self.cell(cells, f).map(|v| {
                if v.contains('\r') {
                    v.replace("\r\n", "\n")
                } else {
                    v.to_string()
                }
            })
        };
        let street = match (
            self.cell(cells, Field::Street),
            self.cell(cells, Field::HouseNumber),
        ) {
            (s, None) => s.map(str::to_string),
            (s, Some(n)) => {
                let mut house = n.to_string();
                if let Some(x) = self.cell(cells, Field::HouseNumberSuffix) {
                    if !x.starts_with(['-', '/']) {
                        house.push(' ');
                    }
                    house.push_str(x);
                }
                Some(s.map_or(house.clone(), |s| format!("{s} {house}")))
            }
        };
        let (mut given_name, mut name_prefix, mut family_name) = (
            text(Field::GivenName),
            text(Field::NamePrefix),
            text(Field::FamilyName),
        );
        let mut organisation = text(Field::Organisation);
        if !self.has(Field::NamePrefix)
            && name_prefix.is_none()
            && let Some(written) = family_name.as_deref()
            && let Some((prefix, family)) = split_family_prefix(written)
        {
            notes.prefix_taken = Some(written.to_string());
            name_prefix = Some(prefix);
            family_name = Some(family);
        }
        if !self.has(Field::FamilyName)
            && let Some(full) = self.cell(cells, Field::FullName)
        {
            // `--map` of a given name or prefix column still wins over the split.
            match split_name(full) {
                Some(n) => {
                    given_name = given_name.or(n.given);
                    name_prefix = name_prefix.or(n.prefix);
                    family_name = Some(n.family);
                    notes.split = Some(true);
                }
                None if organisation.is_none() && is_organisation_name(full) => {
                    organisation = Some(full.split_whitespace().collect::<Vec<_>>().join(" "));
                    notes.organisation = true;
                }
                None => {
                    family_name = Some(full.split_whitespace().collect::<Vec<_>>().join(" "));
                    notes.split = Some(false);
                }
            }
        }
        let country = text(Field::Country);
        let postcode = self.cell(cells, Field::Postcode).map(|p| {
            let (kept, warning) = postcode(p, is_dutch(country.as_deref()));
            if let Some(w) = warning {
                notes.warnings.push(Warning {
                    kind: WarningKind::Postcode,
                    problem: Problem::at(line, Some(self.label(Field::Postcode)), w),
                });
            }
            kept
        });
        let mut phone = text(Field::Phone);
        let mut phone2 = text(Field::Phone2);
        for (f, p) in [(Field::Phone, &mut phone), (Field::Phone2, &mut phone2)] {
            if let Some(fixed) = p.as_deref().and_then(lost_mobile_zero) {
                if defaults.fix_mobile {
                    *p = Some(fixed);
                } else {
                    notes.warnings.push(Warning {
                        kind: WarningKind::LostMobileZero,
                        problem: Problem::at(
                            line,
                            Some(self.label(f)),
                            format!(
                                "'{}' has nine digits and starts with 6: a mobile number whose 0 the spreadsheet dropped? kept as written; --fix-mobile makes it {fixed}",
                                p.as_deref().unwrap_or_default()
                            ),
                        ),
                    });
                }
                continue;
            }
            if let Some(w) = p.as_deref().and_then(phone_warning) {
                notes.warnings.push(Warning {
                    kind: WarningKind::Phone,
                    problem: Problem::at(line, Some(self.label(f)), w),
                });
            }
        }
        // Cells are trimmed and empty ones are None already: what `normalized` would do, without
        // copying every field a second time.
        #[allow(clippy::needless_update)] // a field added to the table is filled below
        let mut data = MemberData {
            given_name,
            name_prefix,
            family_name,
            organisation,
            email: text(Field::Email),
            phone,
            phone2,
            external_code: text(Field::ExternalCode),
            street,
            postcode,
            city: text(Field::City),
            country,
            birth_date,
            email_consent,
            notes: text(Field::Notes),
            ..MemberData::default()
        };
        // The field table's fields without handling of their own: as typed, or as a date.
        for &f in self.fields.keys() {
            let Field::Plain(i) = f else { continue };
            match fields::TABLE[i].value {
                Slot::Text(_, set) => *set(&mut data) = text(f),
                Slot::Date(_, set) => match self.cell(cells, f).map(date_cell) {
                    Some(Ok(d)) => *set(&mut data) = Some(d),
                    Some(Err(e)) => problems.push(Problem::at(line, Some(self.label(f)), e)),
                    None => {}
                },
            }
        }
        debug_assert_eq!(data, data.clone().normalized());
        // A letter a file saved in a Windows code page could not hold (ı, ğ, ş) comes back as ?.
        for (f, v) in [
            (Field::GivenName, &data.given_name),
            (Field::NamePrefix, &data.name_prefix),
            (Field::FamilyName, &data.family_name),
            (Field::Organisation, &data.organisation),
        ] {
            if let Some(v) = v.as_deref().filter(|v| v.contains('?')) {
                let column = if self.has(f) { f } else { Field::FullName };
                notes.warnings.push(Warning {
                    kind: WarningKind::LostLetter,
                    problem: Problem::at(
                        line,
                        Some(self.label(column)),
                        format!(
                            "'{v}' has a ? where a name has none: a letter lost when the sheet was saved in another encoding? kept as written; save the sheet as CSV UTF-8 and import again, or correct it with member edit"
                        ),
                    ),
                });
            }
        }
        if data.family_name.is_none() && data.organisation.is_none() {
            let name_column = [Field::FamilyName, Field::FullName, Field::Organisation]
                .into_iter()
                .find(|f| self.has(*f))
                .unwrap_or(Field::FamilyName);
            problems.push(Problem::at(
                line,
                Some(self.label(name_column)),
                if self.has(Field::Organisation) && name_column != Field::Organisation {
                    format!(
                        "is empty, and so is \"{}\"; every member needs a family name or an organisation's name",
                        self.label(Field::Organisation)
                    )
                } else {
                    "is empty; every member needs a family name (or an organisation's name)"
                        .to_string()
                },
            ));
        }
        if let Some(e) = &data.email
            && let Err(why) = check_email(e)
        {
            problems.push(Problem::at(
                line,
                Some(self.label(Field::Email)),
                format!("'{e}' {why}"),
            ));
        }
        let joined = match joined.or_else(|| self.default_joined(defaults, left, &data, notes)) {
            Some(j) => j,
            None => {
                if self.cell(cells, Field::Joined).is_none()
                    && self.cell(cells, Field::Periods).is_none()
                {
                    problems.push(Problem::at(
                        line,
                        Some(self.label(Field::Joined)),
                        "is empty; every member needs the date they joined (or pass --joined DATE, or --joined unknown when it is not known)",
                    ));
                }
                Joined::Unknown
            }
        };
        if !problems.is_empty() {
            // In the order of the columns, as the secretary reads the row.
            problems.sort_by_key(|p| {
                self.headers
                    .iter()
                    .position(|h| Some(h) == p.column.as_ref())
            });
            return Err(problems);
        }
        let member = NewMember {
            number,
            data,
            category: match self.cell(cells, Field::Category) {
                Some(c) => defaults
                    .category_map
                    .get(c)
                    .map_or_else(|| c.to_string(), str::to_string),
                None => defaults.category.clone(),
            },
            joined,
            left,
            periods,
            suspensions,
        };
        member.validate(today).map_err(|e| {
            let column = match e.field() {
                Some("number") => Some(Field::Number),
                Some("joined") => Some(Field::Joined),
                Some("left") => Some(Field::Left),
                Some("periods") => Some(Field::Periods),
                Some(f) => Field::from_name(f),
                None => None,
            };
            let message = match &e {
                super::DomainError::Field { message, .. } => message.clone(),
                super::DomainError::Invalid { msg, .. } => msg.to_string(),
                other => other.to_string(),
            };
            vec![Problem {
                line,
                column: column.map(|c| self.label(c).to_string()),
                message,
            }]
        })?;
        Ok(member)
    }

    /// The joining date `--joined` gives a row without one. A date the row's own dates
    /// contradict (it left before it, or was born after it) is not forced on the row, nor is
    /// the row refused for it: the member gets an unknown date, which the summary counts.
    fn default_joined(
        &self,
        defaults: &Defaults,
        left: Option<NaiveDate>,
        data: &MemberData,
        notes: &mut RowNotes,
    ) -> Option<Joined> {
        let joined = defaults.joined?;
        let conflicts = joined
            .date()
            .is_some_and(|d| left.is_some_and(|l| l < d) || data.birth_date.is_some_and(|b| b > d));
        if conflicts {
            notes.joined = Some(UnknownJoined::Conflicts);
            return Some(Joined::Unknown);
        }
        if joined == Joined::Unknown {
            notes.joined = Some(UnknownJoined::Asked);
        }
        Some(joined)
    }

    fn column_name(&self, i: usize) -> String {
        match self.headers.get(i) {
            Some(h) if !h.is_empty() => h.clone(),
            _ => format!("{}", i + 1),
        }
    }

    fn ragged(&self, cells: &[&str], line: u64) -> Problem {
        let (n, want) = (cells.len(), self.headers.len());
        let mut msg = if n < want {
            format!("missing: the row has {n} fields, the header {want}")
        } else {
            format!("unexpected: the row has {n} fields, the header {want}")
        };
        msg.push_str(" (a separator too many or too few?");
        if cells.iter().any(|c| c.contains('\n')) {
            msg.push_str(" or a quote \" that is not closed?");
        }
        msg.push(')');
        Problem::at(line, Some(&self.column_name(n.min(want))), msg)
    }
}

fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|h| format!("\"{h}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `parse_date`, with a shortcut for well-formed ISO dates (most cells of most files).
pub fn fast_date(s: &str) -> Result<NaiveDate, super::date::DateError> {
    match quick_iso_date(s) {
        Some(date) => Ok(date),
        None => parse_date(s),
    }
}

/// A well-formed `YYYY-MM-DD` date read without a general parser; None for anything else.
pub fn quick_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter()
            .try_fold(0u32, |n, c| Some(n * 10 + (*c as char).to_digit(10)?))
    };
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10))
    {
        return NaiveDate::from_ymd_opt(y as i32, m, d);
    }
    None
}

/// `YYYY-MM-DD`, as `NaiveDate`'s `to_string` writes years 0 to 9999, without the formatter.
pub fn iso_date(d: NaiveDate) -> String {
    let mut s = String::with_capacity(10);
    push_iso_date(&mut s, d);
    s
}

/// Appends `iso_date(d)` to `out`, for writers that reuse one buffer.
pub fn push_iso_date(out: &mut String, d: NaiveDate) {
    use chrono::Datelike as _;
    let (y, m, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&y) {
        out.push_str(&d.to_string());
        return;
    }
    for (i, (n, width)) in [(y as u32, 4), (m, 2), (day, 2)].into_iter().enumerate() {
        if i > 0 {
            out.push('-');
        }
        for p in (0..width).rev() {
            out.push(char::from(b'0' + (n / 10u32.pow(p) % 10) as u8));
        }
    }
}

/// Drops the `'` that spreadsheets (and `member export --excel`) put before a cell starting with
/// `=`, `+`, `-` or `@` to keep it text, so that an Excel export imports as the data it was.
pub fn unmark(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Refuses text no spreadsheet cell holds: NUL and other control characters (tab and line breaks
/// are allowed; they occur in quoted cells).
pub fn check_text(cell: &str) -> Result<(), String> {
    // Control characters are U+0000–U+001F, U+007F and U+0080–U+009F (in UTF-8: C2 80–C2 9F).
    // A cell without such bytes has none; the check runs on every cell of every row.
    if !cell
        .bytes()
        .any(|b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f || b == 0xc2)
    {
        return Ok(());
    }
    match cell
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        None => Ok(()),
        Some('\0') => Err("contains a NUL byte: the file is damaged or not plain text".into()),
        Some(c) => Err(format!(
            "contains the control character U+{:04X}: the file is damaged or not plain text",
            c as u32
        )),
    }
}

fn parse_number(s: &str) -> Result<i64, String> {
    match s.parse::<i64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!(
            "'{s}' is not a member number (a whole number, 1 or more)"
        )),
    }
}

/// The registry category a Dutch spreadsheet means by a common Dutch name, if it is one of the
/// default categories: "Erelid" is `honorary`.
pub fn category_alias(value: &str) -> Option<&'static str> {
    match header_key(value).as_str() {
        "lid" | "gewoonlid" | "gewoon" | "member" => Some("regular"),
        "erelid" | "lidvanverdienste" => Some("honorary"),
        "jeugdlid" | "juniorlid" | "jeugd" | "junior" => Some("youth"),
        "donateur" | "begunstiger" | "steunlid" => Some("supporter"),
        _ => None,
    }
}

/// The membership period an export row shows for `on`: the one running then, else the last one
/// begun by then, else the first.
pub fn period_on(periods: &[Period], on: NaiveDate) -> Option<&Period> {
    periods
        .iter()
        .find(|p| p.contains(on))
        .or_else(|| {
            periods
                .iter()
                .filter(|p| p.joined <= on)
                .max_by_key(|p| p.joined)
        })
        .or_else(|| periods.iter().min_by_key(|p| p.joined))
}

/// One field a `--update` import changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub line: u64,
    pub number: i64,
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// The rows that had one problem of an import's report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Repeats {
    pub count: u64,
    /// The first of their lines.
    pub lines: Vec<u64>,
}

impl Repeats {
    /// How many lines a repeated problem names.
    pub const LINES: usize = 5;
}

impl ImportReport {
    /// Counts a problem: with an identical one already kept, as one more row of it; otherwise
    /// kept, while fewer than `keep` are.
    pub fn add_problem(&mut self, p: Problem, keep: usize) {
        self.errors += 1;
        let same = self
            .problems
            .iter()
            .position(|q| q.column == p.column && q.message == p.message);
        if let Some(i) = same {
            let r = &mut self.repeats[i];
            r.count += 1;
            if r.lines.len() < Repeats::LINES {
                r.lines.push(p.line);
            }
        } else if self.problems.len() < keep {
            self.repeats.push(Repeats {
                count: 1,
                lines: vec![p.line],
            });
            self.problems.push(p);
        }
    }

    /// Counts a row that an update matched to member `number`, and how.
    pub fn add_match(&mut self, line: u64, number: i64, how: policy::Matched) {
        let why = match how {
            policy::Matched::Number => {
                self.matched_by_number += 1;
                return;
            }
            policy::Matched::Likeness(why) => why,
        };
        match why {
            Likeness::SameEmail => self.matched_by_email += 1,
            Likeness::SameNameAndBirthDate => self.matched_by_name += 1,
        }
        if self.matched.len() < ImportNotes::KEEP {
            self.matched.push((line, number, why));
        }
    }

    /// The problems the report names, each with the rows it was found on.
    pub fn listed(&self) -> u64 {
        self.repeats.iter().map(|r| r.count).sum()
    }
}

/// What an import did, or would do with `--dry-run`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// The import's id; None when nothing was written.
    pub import: Option<i64>,
    pub rows: u64,
    pub new: u64,
    pub changed: u64,
    pub unchanged: u64,
    /// Every problem found; `problems` holds the first distinct ones, `repeats` beside each
    /// how many rows had exactly that problem (the same column and message) and their first
    /// lines, so that one unknown category on 32 rows is one line, not 32.
    pub errors: u64,
    pub problems: Vec<Problem>,
    pub repeats: Vec<Repeats>,
    /// Every field change; `changes` holds the first of them.
    pub changes_total: u64,
    pub changes: Vec<FieldChange>,
    pub created_categories: Vec<String>,
    /// With `--update`: how many rows found their member by number, by e-mail address, and by
    /// name and birth date; `matched` holds the first rows matched without a number.
    pub matched_by_number: u64,
    pub matched_by_email: u64,
    pub matched_by_name: u64,
    pub matched: Vec<(u64, i64, Likeness)>,
}

#[cfg(test)]
mod tests;
