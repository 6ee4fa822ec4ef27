//! The association's language: what quorum writes for members to read (letters, agendas, the
//! explanation of a result, minutes) is in Dutch or English. Messages of the command line itself
//! stay English.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use super::DomainError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dutch, the default for a vereniging.
    #[default]
    Nl,
    En,
}

/// A phrase in the language of the document: the Dutch or the English wording.
pub fn t(lang: Lang, nl: &str, en: &str) -> String {
    match lang {
        Lang::Nl => nl.to_string(),
        Lang::En => en.to_string(),
    }
}

/// "eerste", "second": the ordinal word of `n` (digits from six on).
pub fn ordinal(n: i64, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "eerste".into(),
        (Lang::Nl, 2) => "tweede".into(),
        (Lang::Nl, 3) => "derde".into(),
        (Lang::Nl, 4) => "vierde".into(),
        (Lang::Nl, 5) => "vijfde".into(),
        (Lang::Nl, n) => format!("{n}e"),
        (Lang::En, 1) => "first".into(),
        (Lang::En, 2) => "second".into(),
        (Lang::En, 3) => "third".into(),
        (Lang::En, 4) => "fourth".into(),
        (Lang::En, 5) => "fifth".into(),
        (Lang::En, n) => format!("{n}th"),
    }
}

impl Lang {
    pub const NAMES: &'static [&'static str] = &["nl", "en"];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language's own name, for `association show`.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nl" => Ok(Lang::Nl),
            "en" => Ok(Lang::En),
            other => Err(DomainError::invalid_said(
                "lang",
                crate::domain::msg::msg!("lang-unknown", given = other),
            )),
        }
    }
}
