//! Words and numbers of the minutes, in Dutch or English: times ("19.30 uur" / "19:30"),
//! counts ("één lid" / "one member"), the kind of meeting, ordinals.

use chrono::NaiveDateTime;

use crate::domain::lang::Lang;
use crate::domain::meeting::Kind;
use crate::domain::vote::words::{join, num};

pub(super) use crate::domain::lang::t;

pub(super) fn time(at: NaiveDateTime, lang: Lang) -> String {
    match lang {
        Lang::Nl => at.format("%H.%M uur").to_string(),
        Lang::En => at.format("%H:%M").to_string(),
    }
}

/// "één lid" / "3 leden", "one member" / "3 members".
pub(super) fn members(n: u64, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "één lid".into(),
        (Lang::Nl, n) => format!("{} leden", num(n, lang)),
        (Lang::En, 1) => "one member".into(),
        (Lang::En, n) => format!("{} members", num(n, lang)),
    }
}

pub(super) fn votes(n: u64, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "één stem".into(),
        (Lang::Nl, n) => format!("{} stemmen", num(n, lang)),
        (Lang::En, 1) => "one vote".into(),
        (Lang::En, n) => format!("{} votes", num(n, lang)),
    }
}

pub(super) fn meeting_words(kind: Kind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (Kind::Annual, Lang::Nl) => "de algemene ledenvergadering (jaarvergadering)",
        (Kind::Extraordinary, Lang::Nl) => "de buitengewone algemene ledenvergadering",
        (Kind::Regular, Lang::Nl) => "de algemene ledenvergadering",
        (Kind::Annual, Lang::En) => "the annual general meeting",
        (Kind::Extraordinary, Lang::En) => "the extraordinary general meeting",
        (Kind::Regular, Lang::En) => "the general meeting",
    }
}

pub(super) fn names(people: &[crate::output::minutes::Person], lang: Lang) -> String {
    let v: Vec<String> = people.iter().map(|p| p.name.clone()).collect();
    join(&v, lang)
}

/// "19.35" without "uur" where "uur" follows later in the sentence.
pub(super) fn bare(at: NaiveDateTime, lang: Lang) -> String {
    match lang {
        Lang::Nl => at.format("%H.%M").to_string(),
        Lang::En => at.format("%H:%M").to_string(),
    }
}

/// "The chair …" from "the chair …": the first letter as a capital.
pub(in crate::output::minutes) fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |first| {
        first.to_uppercase().collect::<String>() + c.as_str()
    })
}

pub(super) use crate::domain::lang::ordinal;
