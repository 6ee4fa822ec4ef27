//! A message for a person, as data: the id of its text in the terminal's catalogues
//! (`i18n/{en,nl}/quorum.ftl`) and its arguments. Errors and status lines carry it; it is worded
//! in the reader's language only at the edge (`i18n::say`), and its `Display` is the English
//! wording (`i18n`), so logs and `to_string()` read as before.
//!
//! The domain builds messages without knowing either language: it names what happened and the
//! values, the catalogue says it.

use chrono::{NaiveDate, NaiveDateTime};

/// One argument of a message. A number stays a number, so that the catalogue can choose its
/// plural form ("1 stem", "3 stemmen"); a date stays a date, so that each language writes it its
/// own way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    Date(NaiveDate),
    /// A moment to the minute (a meeting's start): ISO in English, "15 april 2027 om 20.00 uur"
    /// in Dutch.
    DateTime(NaiveDateTime),
    /// A value of a closed set as stored (`kind`, `budget`): the stored word in English, the
    /// Dutch word of `i18n/nl/values.ftl` for its column in Dutch, as a table cell shows it.
    Value(&'static str, &'static str),
    /// A message inside a message (a choice word, a verb), worded in the same language.
    Msg(Box<Msg>),
}

/// A catalogue id with its arguments, e.g. `msg!("member-left", id = 12, on = date)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Self {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// `msg!("id")` (`use crate::domain::msg::msg;`), `msg!("id", name = value, …)`: a [`Msg`]; each value is anything with an
/// `Into<Arg>` (text, integers, dates, another `Msg`).
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::domain::msg::Msg::new($id)$(.with(stringify!($name), $value))*
    };
}
pub(crate) use msg;

impl Arg {
    /// A date stored as ISO text (`2027-04-15`) as a date, so that each language writes it its
    /// own way; other text as it is.
    pub fn iso_date(s: &str) -> Arg {
        s.parse::<NaiveDate>()
            .map_or_else(|_| Arg::from(s), Arg::Date)
    }

    /// A moment stored as ISO text (`2027-04-15T20:00`, seconds allowed) as a moment; other
    /// text as it is.
    pub fn iso_moment(s: &str) -> Arg {
        ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
            .map_or_else(|| Arg::from(s), Arg::DateTime)
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_string())
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}
impl From<NaiveDate> for Arg {
    fn from(v: NaiveDate) -> Self {
        Arg::Date(v)
    }
}
impl From<NaiveDateTime> for Arg {
    fn from(v: NaiveDateTime) -> Self {
        Arg::DateTime(v)
    }
}
impl From<Msg> for Arg {
    fn from(v: Msg) -> Self {
        Arg::Msg(Box::new(v))
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                Arg::Number(i64::try_from(v).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i64, i32, u32, u64, usize, u8, u16);

/// Words of an error or a line that are either a catalogue message or, in code not yet moved to
/// the catalogues, a text in English (the test `tests/messages.rs` keeps the list of such files
/// shrinking).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Msg(Msg),
    English(String),
}

impl From<Msg> for Text {
    fn from(m: Msg) -> Self {
        Text::Msg(m)
    }
}
impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::English(s)
    }
}
impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::English(s.to_string())
    }
}
impl From<&String> for Text {
    fn from(s: &String) -> Self {
        Text::English(s.clone())
    }
}
