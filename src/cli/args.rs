//! The value parsers and error mapping every command shares, written once: dates (ISO or Dutch
//! day-first), e-mail addresses, CSV separators, "empty means clear", and turning the field names
//! that domain and store errors carry into the flags the user typed.

use chrono::NaiveDate;
use clap::ValueEnum;

use crate::domain::DomainError;
use crate::domain::date::parse_date;
use crate::domain::member::{Joined, UNKNOWN_EN, UNKNOWN_NL, check_email};
use crate::domain::roll::Selection;

/// clap value parser for dates: ISO or Dutch day-first; clap names the flag on a bad date.
pub fn date(s: &str) -> Result<NaiveDate, String> {
    parse_date(s).map_err(|e| e.to_string())
}

/// clap value parser for a joining date that may be unknown (`--joined unknown`, or `onbekend`):
/// a registry taken over from a list without joining dates.
pub fn joined(s: &str) -> Result<Joined, String> {
    let t = s.trim();
    if t.eq_ignore_ascii_case(UNKNOWN_EN) || t.eq_ignore_ascii_case(UNKNOWN_NL) {
        Ok(Joined::Unknown)
    } else {
        date(t)
            .map(Joined::On)
            .map_err(|e| format!("{e}; or \"unknown\" when the date is not known"))
    }
}

/// clap value parser for a member number; anything else says what was expected and, for a name,
/// how to find the number (`member show Jansen`).
pub fn member_number(s: &str) -> Result<i64, String> {
    let t = s.trim();
    match t.parse::<i64>() {
        Ok(n) if n > 0 => Ok(n),
        _ if t.chars().any(char::is_alphabetic) => Err(format!(
            "not a member number; to find a member by name, try `quorum member list --search {}`",
            shell_word(t)
        )),
        _ => Err("not a member number (a whole number from 1, as `member list` shows)".into()),
    }
}

/// `t` as one word for a shell command line: quoted when it has spaces or quotes.
fn shell_word(t: &str) -> String {
    if t.chars().all(|c| c.is_alphanumeric() || "-_.@".contains(c)) {
        t.to_string()
    } else {
        format!("'{}'", t.replace('\'', "'\\''"))
    }
}

/// A value that may be empty, meaning: clear the field (`member edit`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrClear<T>(pub Option<T>);

/// clap value parser for dates that may be cleared: a date, or empty to clear.
pub fn date_or_clear(s: &str) -> Result<OrClear<NaiveDate>, String> {
    if s.trim().is_empty() {
        Ok(OrClear(None))
    } else {
        date(s).map(|d| OrClear(Some(d)))
    }
}

/// clap value parser for e-mail addresses (empty passes: it means none, or clear).
pub fn email(s: &str) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(String::new());
    }
    check_email(s).map_err(|why| format!("'{s}' {why}"))?;
    Ok(s.to_string())
}

/// `,` `;` `tab` (or a tab character) or another single ASCII symbol.
pub fn delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if s.len() == 1 && s.as_bytes()[0].is_ascii_punctuation() && s != "\"" => {
            Ok(s.as_bytes()[0])
        }
        _ => Err(format!("'{s}' is not a separator; use , ; or tab")),
    }
}

/// The flag spelled like a domain field name: `family_name` → `--family-name`.
pub fn flag_for(field: &str) -> String {
    format!("--{}", field.replace('_', "-"))
}

/// Rewrites a domain error about a field so that it names the flag instead; `flag` gives the flag
/// of a field, or `None` to leave the field name as it is.
pub fn field_to_flag(err: anyhow::Error, flag: impl Fn(&str) -> Option<String>) -> anyhow::Error {
    match err.downcast_ref::<DomainError>() {
        Some(DomainError::Field { field, message }) => match flag(field) {
            Some(f) => DomainError::invalid(&f, message.clone()).into(),
            None => err,
        },
        Some(DomainError::Invalid { field, msg }) => match flag(field) {
            Some(f) => DomainError::invalid_said(&f, msg.clone()).into(),
            None => err,
        },
        _ => err,
    }
}

/// The common case: every field is the flag of the same name (`family_name` → `--family-name`).
pub fn with_flag_names(err: anyhow::Error) -> anyhow::Error {
    field_to_flag(err, |field| {
        (!field.starts_with("--")).then(|| flag_for(field))
    })
}

/// Which members `member list` and `member export` hold, judged on the `--on` date: the
/// command line's name for the roll's `Selection`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum StatusArg {
    /// Members on the date, suspended or not
    #[default]
    Current,
    /// Members on the date who are not suspended
    Active,
    /// Members suspended on the date
    Suspended,
    /// Registered people who left and are not members on the date
    Former,
    /// Registered people whose membership starts after the date
    Future,
    /// Everyone in the registry
    All,
}

impl From<StatusArg> for Selection {
    fn from(s: StatusArg) -> Selection {
        match s {
            StatusArg::Current => Selection::Current,
            StatusArg::Active => Selection::Active,
            StatusArg::Suspended => Selection::Suspended,
            StatusArg::Former => Selection::Former,
            StatusArg::Future => Selection::Future,
            StatusArg::All => Selection::All,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_errors_name_the_flag() {
        let err = with_flag_names(DomainError::invalid("family_name", "is required").into());
        assert_eq!(err.to_string(), "--family-name: is required");
        let other = with_flag_names(DomainError::Refused("no".into()).into());
        assert_eq!(other.to_string(), "no");
        let kept = field_to_flag(DomainError::invalid("name", "x").into(), |_| None);
        assert_eq!(kept.to_string(), "name: x");
    }

    #[test]
    fn values_may_clear() {
        assert_eq!(date_or_clear(""), Ok(OrClear(None)));
        assert_eq!(
            date_or_clear("29-02-2024"),
            Ok(OrClear(Some("2024-02-29".parse().unwrap())))
        );
        assert!(date_or_clear("31-02-2024").is_err());
        assert_eq!(email(" "), Ok(String::new()));
        assert!(email("jan@@x").unwrap_err().contains("jan@@x"));
    }

    #[test]
    fn member_numbers() {
        assert_eq!(member_number("12"), Ok(12));
        let name = member_number("Jansen").unwrap_err();
        assert!(name.contains("member list --search Jansen"), "{name}");
        let spaced = member_number("van Dijk").unwrap_err();
        assert!(spaced.contains("--search 'van Dijk'"), "{spaced}");
        assert!(member_number("0").unwrap_err().contains("whole number"));
        assert!(member_number("-3").is_err());
    }

    #[test]
    fn separators() {
        assert_eq!(delimiter("tab"), Ok(b'\t'));
        assert_eq!(delimiter(";"), Ok(b';'));
        assert!(delimiter("ab").is_err());
        assert!(delimiter("\"").is_err());
    }
}
