//! The meeting documents (stukken) of an agenda item: the accounts, the budget, the text of a
//! statute amendment. Members read them before the meeting, so they belong with the
//! convocation: after it went out, adding or removing one is refused unless `--force`, which
//! records that the document was late (members had less time to read it; a decision on the item
//! may be voidable, BW 2:15).

use serde::Serialize;

use super::{Meeting, State};
use crate::domain::DomainError;

/// Where members find a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lies {
    /// Open for inspection somewhere ("ter inzage bij de secretaris").
    At(String),
    /// Sent along with the convocation: the file's name and the SHA-256 of its bytes.
    Enclosed { file: String, sha256: String },
}

/// A meeting document as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    pub id: i64,
    /// The agenda item's position.
    pub item: u32,
    pub title: String,
    pub lies: Lies,
    /// Added after the convocation went out (`--force`).
    pub late: bool,
    /// The day the supplement (aanvulling) that sent this late document went out.
    pub supplement_sent: Option<chrono::NaiveDate>,
}

/// A title that reads: trimmed, not empty.
pub fn check_title(title: &str) -> Result<String, DomainError> {
    let t = title.trim();
    if t.is_empty() {
        return Err(DomainError::invalid("title", "a document needs a title"));
    }
    Ok(t.to_string())
}

/// May meeting `m` take a change to its documents (`doing`: "add", "remove")? Until the
/// convocation goes out, yes; after it, only with `force`, and the change is then late (the
/// returned `true`). A closed or cancelled meeting takes none.
pub fn check_change(m: &Meeting, doing: &str, force: bool) -> Result<bool, DomainError> {
    m.check_changeable()?;
    let Some(sent) = m.convened_on else {
        return Ok(false);
    };
    if force {
        return Ok(true);
    }
    let open = if m.state() == State::Open {
        " and the meeting is open"
    } else {
        ""
    };
    Err(DomainError::Refused(format!(
        "the convocation of meeting {} went out on {sent}{open}: members read the documents with it, so one to {doing} now is late (a decision on its item may be voidable, BW 2:15); do it with --force to record that it was late",
        m.id
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meeting(convened: bool) -> Meeting {
        let mut m = crate::domain::meeting::tests::meeting("2027-04-15T20:00");
        if convened {
            m.convened_on = chrono::NaiveDate::from_ymd_opt(2027, 3, 1);
        }
        m
    }

    #[test]
    fn documents_change_freely_until_the_convocation_then_only_late() {
        assert_eq!(check_change(&meeting(false), "add", false), Ok(false));
        assert_eq!(check_change(&meeting(true), "add", true), Ok(true));
        let refused = check_change(&meeting(true), "add", false).unwrap_err();
        assert!(refused.to_string().contains("--force"), "{refused}");
        let mut closed = meeting(true);
        closed.opened_at = Some("2027-04-15T20:00".into());
        closed.closed_at = Some("2027-04-15T22:00".into());
        assert!(check_change(&closed, "add", true).is_err());
        assert!(check_title("  ").is_err());
        assert_eq!(
            check_title(" Jaarrekening 2026 "),
            Ok("Jaarrekening 2026".into())
        );
    }
}
