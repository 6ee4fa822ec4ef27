//! Reading dates as people write them: ISO 8601 (2024-03-01) and Dutch day-first forms
//! (01-03-2024, 1-3-2024, 01/03/2024, 1.3.2024, and with the month's name: 4 juli 2008, 4 jul.
//! 2008, 4 July 2008). Ambiguous or impossible dates are errors, never
//! guesses: a two-digit year or 2024-02-30 is refused with what was expected.

use chrono::{Datelike as _, NaiveDate};

use crate::domain::lang::Lang;

/// Why a date was refused; the message names what is accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct DateError(pub String);

const EXPECTED: &str = "write it as YYYY-MM-DD or DD-MM-YYYY";

/// Parses one date. Leading and trailing spaces are ignored.
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(DateError(format!("empty date; {EXPECTED}")));
    }
    if let Some(named) = with_month_name(s) {
        return named;
    }
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    let seps: Vec<char> = s.chars().filter(|c| matches!(c, '-' | '/' | '.')).collect();
    if parts.len() != 3 || seps.windows(2).any(|w| w[0] != w[1]) {
        return Err(DateError(format!("'{s}' is not a date; {EXPECTED}")));
    }
    if parts
        .iter()
        .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(DateError(format!("'{s}' is not a date; {EXPECTED}")));
    }
    let (y, m, d) = if parts[0].len() == 4 {
        if seps[0] != '-' || parts[1].len() != 2 || parts[2].len() != 2 {
            return Err(DateError(format!("'{s}' is not an ISO date; {EXPECTED}")));
        }
        (parts[0], parts[1], parts[2])
    } else if parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        (parts[2], parts[1], parts[0])
    } else {
        return Err(DateError(format!(
            "'{s}' is ambiguous (the year must have four digits); {EXPECTED}"
        )));
    };
    let (y, m, d): (i32, u32, u32) = (
        y.parse()
            .map_err(|_| DateError(format!("'{s}': bad year")))?,
        m.parse()
            .map_err(|_| DateError(format!("'{s}': bad month")))?,
        d.parse()
            .map_err(|_| DateError(format!("'{s}': bad day")))?,
    );
    if !(1..=12).contains(&m) {
        return Err(DateError(format!("'{s}' has no month {m}; {EXPECTED}")));
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        DateError(format!(
            "'{s}' does not exist (month {m} of {y} has no day {d})"
        ))
    })
}

/// Month names as a Google Form or a Dutch letter writes them, full or shortened (mrt, okt).
const MONTH_NAMES: [&[&str]; 12] = [
    &["januari", "jan", "january"],
    &["februari", "feb", "february"],
    &["maart", "mrt", "mar", "march"],
    &["april", "apr"],
    &["mei", "may"],
    &["juni", "jun", "june"],
    &["juli", "jul", "july"],
    &["augustus", "aug", "august"],
    &["september", "sep", "sept"],
    &["oktober", "okt", "oct", "october"],
    &["november", "nov"],
    &["december", "dec"],
];

/// "15 april 2027": a date as a Dutch volunteer writes it, the form `parse_date` reads back.
pub fn written_nl(d: NaiveDate) -> String {
    use chrono::Datelike as _;
    format!(
        "{} {} {}",
        d.day(),
        MONTH_NAMES[d.month0() as usize][0],
        d.year()
    )
}

/// "4 juli 2008": day, month name, four-digit year. None when the text is not of that shape.
fn with_month_name(s: &str) -> Option<Result<NaiveDate, DateError>> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let [day, month, year] = words[..] else {
        return None;
    };
    let name = month.trim_end_matches('.').to_lowercase();
    let m = MONTH_NAMES
        .iter()
        .position(|names| names.contains(&name.as_str()))? as u32
        + 1;
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    if !digits(day) || day.len() > 2 {
        return None;
    }
    if !digits(year) || year.len() != 4 {
        return Some(Err(DateError(format!(
            "'{s}' is ambiguous (the year must have four digits); {EXPECTED}"
        ))));
    }
    let (y, d): (i32, u32) = (year.parse().ok()?, day.parse().ok()?);
    Some(NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        DateError(format!(
            "'{s}' does not exist (month {m} of {y} has no day {d})"
        ))
    }))
}

/// The ISO form every output uses.
pub fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

// Dates in running text, as a Dutch letter writes them (documents-nl.md): "donderdag 14 maart
// 2027", weekday and month in lower case; the English counterpart "Thursday 14 March 2027".

const DAGEN: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weekday(d: NaiveDate) -> usize {
    d.weekday().num_days_from_monday() as usize
}

/// "14 maart 2027" / "14 March 2027".
pub fn date_text(d: NaiveDate, lang: Lang) -> String {
    let months = if lang == Lang::Nl { MAANDEN } else { MONTHS };
    format!("{} {} {}", d.day(), months[d.month0() as usize], d.year())
}

/// "donderdag 14 maart 2027" / "Thursday 14 March 2027".
pub fn day_text(d: NaiveDate, lang: Lang) -> String {
    let days = if lang == Lang::Nl { DAGEN } else { DAYS };
    format!("{} {}", days[weekday(d)], date_text(d, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn iso_and_dutch_forms() {
        assert_eq!(parse_date("2024-03-01"), Ok(ymd(2024, 3, 1)));
        assert_eq!(parse_date("01-03-2024"), Ok(ymd(2024, 3, 1)));
        assert_eq!(parse_date("1-3-2024"), Ok(ymd(2024, 3, 1)));
        assert_eq!(parse_date("01/03/2024"), Ok(ymd(2024, 3, 1)));
        assert_eq!(parse_date("1.3.2024"), Ok(ymd(2024, 3, 1)));
        assert_eq!(parse_date(" 2024-12-31 "), Ok(ymd(2024, 12, 31)));
    }

    #[test]
    fn a_month_written_as_a_name() {
        assert_eq!(parse_date("4 juli 2008"), Ok(ymd(2008, 7, 4)));
        assert_eq!(parse_date("4 Juli 2008"), Ok(ymd(2008, 7, 4)));
        assert_eq!(parse_date("15 mrt. 2020"), Ok(ymd(2020, 3, 15)));
        assert_eq!(parse_date("1 October 2019"), Ok(ymd(2019, 10, 1)));
        assert!(
            parse_date("31 april 2020")
                .unwrap_err()
                .0
                .contains("does not exist")
        );
        assert!(parse_date("4 juli 08").unwrap_err().0.contains("ambiguous"));
        assert!(parse_date("4 juni-juli 2008").is_err());
    }

    #[test]
    fn impossible_and_ambiguous_dates_are_refused() {
        assert!(
            parse_date("31-02-2024")
                .unwrap_err()
                .0
                .contains("does not exist")
        );
        assert!(parse_date("2023-02-29").is_err());
        assert!(parse_date("01-03-24").unwrap_err().0.contains("ambiguous"));
        assert!(parse_date("2024-13-01").is_err());
        assert!(parse_date("2024-3-1").is_err());
        assert!(parse_date("01-03/2024").is_err());
        assert!(parse_date("").is_err());
        assert!(parse_date("gisteren").is_err());
        assert_eq!(parse_date("29-02-2024"), Ok(ymd(2024, 2, 29)));
    }
}
