//! The terminal's words in Dutch and English: one Fluent catalogue per language, embedded in the
//! binary, parsed only when a command first needs a word of that language.
//!
//! - `i18n/{en,nl}/quorum.ftl`: messages the code asks for by key (`t`); both languages have
//!   every key (tests below).
//! - `i18n/nl/help.ftl`: the Dutch of every command's and argument's help; the English is the
//!   doc comment on the clap struct, so there is one English text, not two to keep equal.
//! - `i18n/nl/columns.ftl`: the Dutch header of a table column; the English header is the
//!   column's key, the same name CSV and JSON use.
//!
//! Documents for members (minutes, letters) have their own words in `domain::lang` and the
//! document renderers; this catalogue is the terminal's.

use std::borrow::Cow;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::lang::Lang;
use crate::domain::msg::{Arg, Msg, Text};

pub mod help;
pub mod values;

const EN: &str = include_str!("../i18n/en/quorum.ftl");
const NL: &str = include_str!("../i18n/nl/quorum.ftl");
const NL_HELP: &str = include_str!("../i18n/nl/help.ftl");
const NL_COLUMNS: &str = include_str!("../i18n/nl/columns.ftl");
const NL_VALUES: &str = include_str!("../i18n/nl/values.ftl");

type Bundle = FluentBundle<FluentResource>;

/// A bundle of one catalogue file. A catalogue that does not parse is a defect of the build,
/// which the tests catch; at run time its good messages are still used.
fn bundle(lang: Lang, source: &'static str) -> Bundle {
    let id: unic_langid::LanguageIdentifier =
        lang.code().parse().expect("nl and en are language ids");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: a terminal prints them as stray characters.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

fn messages(lang: Lang) -> &'static Bundle {
    static EN_BUNDLE: OnceLock<Bundle> = OnceLock::new();
    static NL_BUNDLE: OnceLock<Bundle> = OnceLock::new();
    match lang {
        Lang::En => EN_BUNDLE.get_or_init(|| bundle(Lang::En, EN)),
        Lang::Nl => NL_BUNDLE.get_or_init(|| bundle(Lang::Nl, NL)),
    }
}

fn dutch_help() -> &'static Bundle {
    static HELP: OnceLock<Bundle> = OnceLock::new();
    HELP.get_or_init(|| bundle(Lang::Nl, NL_HELP))
}

fn dutch_columns() -> &'static Bundle {
    static COLUMNS: OnceLock<Bundle> = OnceLock::new();
    COLUMNS.get_or_init(|| bundle(Lang::Nl, NL_COLUMNS))
}

fn dutch_values() -> &'static Bundle {
    static VALUES: OnceLock<Bundle> = OnceLock::new();
    VALUES.get_or_init(|| bundle(Lang::Nl, NL_VALUES))
}

/// The Dutch word `key` (`val-status-active`) of the values catalogue, if it has it.
fn dutch_value(key: &str) -> Option<String> {
    format(dutch_values(), key, &[])
}

/// The message `key` of the catalogue, with its arguments (`("count", 3.into())`); plural forms
/// are chosen by Fluent's rules for the language. A key missing from the catalogue (the tests
/// prevent it) shows as the key itself rather than failing the command.
pub fn t(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    format(messages(lang), key, args).unwrap_or_else(|| key.to_string())
}

fn format(bundle: &Bundle, key: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// The message in `lang`: its catalogue text with its arguments worded in the same language.
pub fn say(lang: Lang, msg: &Msg) -> String {
    let args: Vec<(&str, FluentValue<'_>)> = msg
        .args
        .iter()
        .map(|(name, arg)| (*name, value(lang, arg)))
        .collect();
    t(lang, msg.id, &args)
}

/// The attribute `name` of the message (`.verb`, the word of a status line's verb column) in
/// `lang`; the message id where the catalogue has none (the tests require one where used).
pub fn attribute(lang: Lang, msg: &Msg, name: &str) -> String {
    let bundle = messages(lang);
    let Some(pattern) = bundle
        .get_message(msg.id)
        .and_then(|m| m.get_attribute(name))
        .map(|a| a.value())
    else {
        return format!("{}.{name}", msg.id);
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, None, &mut errors)
        .into_owned()
}

/// The verb column of a status line (`.verb`) in `lang`, or None where the language's message
/// is a whole sentence (the Dutch lines: "Lid 12 aangemeld", not "Aangemeld lid 12").
pub fn verb(lang: Lang, msg: &Msg) -> Option<String> {
    let bundle = messages(lang);
    bundle.get_message(msg.id)?.get_attribute("verb")?;
    Some(attribute(lang, msg, "verb"))
}

/// Words that are a catalogue message or English not yet moved to the catalogues.
pub fn words(lang: Lang, text: &Text) -> String {
    match text {
        Text::Msg(m) => say(lang, m),
        Text::English(s) => s.clone(),
    }
}

fn value(lang: Lang, arg: &Arg) -> FluentValue<'static> {
    match arg {
        Arg::Text(s) => FluentValue::from(s.clone()),
        Arg::Number(n) => FluentValue::from(*n),
        Arg::Date(d) => FluentValue::from(date(lang, *d)),
        Arg::DateTime(t) => FluentValue::from(date_time(lang, *t)),
        Arg::Value(column, v) => FluentValue::from(values::word(lang, column, v).into_owned()),
        Arg::Msg(m) => FluentValue::from(say(lang, m)),
    }
}

/// A date as the terminal writes it: ISO 8601 in English (what scripts and the documentation
/// read), "15 april 2027" in Dutch, as a volunteer writes a date.
pub fn date(lang: Lang, d: chrono::NaiveDate) -> String {
    match lang {
        Lang::En => d.format("%Y-%m-%d").to_string(),
        Lang::Nl => crate::domain::date::written_nl(d),
    }
}

/// A moment to the minute: ISO 8601 in English ("2027-04-15T20:00", as before), in Dutch as a
/// convocation writes it ("15 april 2027 om 20.00 uur", documents-nl.md).
pub fn date_time(lang: Lang, t: chrono::NaiveDateTime) -> String {
    match lang {
        Lang::En => t.format("%Y-%m-%dT%H:%M").to_string(),
        Lang::Nl => format!(
            "{} om {} uur",
            crate::domain::date::written_nl(t.date()),
            t.format("%H.%M")
        ),
    }
}

/// The English wording, so that `to_string()`, logs and the tests read as before the move.
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&say(Lang::En, self))
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&words(Lang::En, self))
    }
}

static TERMINAL: AtomicU8 = AtomicU8::new(0);

/// Records the terminal's language once it is resolved (`app::Ctx`), for what is printed after
/// the command has returned: the error report (`exit::report`).
pub fn set_terminal_lang(lang: Lang) {
    TERMINAL.store(
        match lang {
            Lang::En => 0,
            Lang::Nl => 1,
        },
        Ordering::Relaxed,
    );
}

/// The terminal's language as last recorded; English before any command resolved one.
pub fn terminal_lang() -> Lang {
    match TERMINAL.load(Ordering::Relaxed) {
        1 => Lang::Nl,
        _ => Lang::En,
    }
}

/// The Dutch help text `key` (`help-vote-cast`, `help-vote-cast--code`), if the catalogue has it.
pub fn dutch_help_text(key: &str) -> Option<String> {
    format(dutch_help(), key, &[])
}

/// The header of the table column `key` in `lang`: the key itself in English (as CSV and JSON
/// name it), the catalogue's word in Dutch, the key where the catalogue has none.
pub fn header(lang: Lang, key: &str) -> Cow<'_, str> {
    match lang {
        Lang::En => Cow::Borrowed(key),
        Lang::Nl => format(dutch_columns(), &format!("col-{key}"), &[])
            .map_or(Cow::Borrowed(key), Cow::Owned),
    }
}

/// The message ids of a catalogue source, in order (for the tests and the help walker's check).
pub fn ids(source: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) | Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The embedded sources, for the tests: (name, text).
pub fn sources() -> [(&'static str, &'static str); 5] {
    [
        ("i18n/en/quorum.ftl", EN),
        ("i18n/nl/quorum.ftl", NL),
        ("i18n/nl/help.ftl", NL_HELP),
        ("i18n/nl/columns.ftl", NL_COLUMNS),
        ("i18n/nl/values.ftl", NL_VALUES),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_parses() {
        for (name, text) in sources() {
            if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
                panic!("{name} does not parse: {errors:?}");
            }
        }
    }

    #[test]
    fn both_languages_have_the_same_keys() {
        let en = ids(EN);
        let nl = ids(NL);
        let only_en: Vec<&String> = en.iter().filter(|k| !nl.contains(k)).collect();
        let only_nl: Vec<&String> = nl.iter().filter(|k| !en.contains(k)).collect();
        assert!(
            only_en.is_empty() && only_nl.is_empty(),
            "missing from i18n/nl/quorum.ftl: {only_en:?}; missing from i18n/en/quorum.ftl: {only_nl:?}"
        );
    }

    /// Every message is asked for somewhere: a key written as a string literal `"key"` in a
    /// source file. A catalogue entry nobody uses is a translation nobody checks.
    #[test]
    fn every_message_is_used_in_the_sources() {
        let mut text = String::new();
        collect_sources(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("src")
                .as_path(),
            &mut text,
        );
        let unused: Vec<String> = ids(EN)
            .into_iter()
            .filter(|k| !text.contains(&format!("\"{k}\"")))
            .collect();
        assert!(
            unused.is_empty(),
            "catalogue keys no source uses: {unused:?}"
        );
    }

    fn collect_sources(dir: &std::path::Path, text: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                collect_sources(&path, text);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs") {
                text.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }

    #[test]
    fn dutch_headers_come_from_the_catalogue_and_english_ones_are_the_keys() {
        assert_eq!(header(Lang::Nl, "family_name"), "achternaam");
        assert_eq!(header(Lang::Nl, "checked_in_at"), "aangemeld om");
        assert_eq!(header(Lang::En, "family_name"), "family_name");
        assert_eq!(header(Lang::Nl, "no_such_column"), "no_such_column");
    }

    /// The keys of the JSON contract (`tests/fixtures/json-keys.txt`) are the columns tables
    /// show: each has its Dutch header, and the catalogue has no header for a column that is not
    /// there.
    fn contract_keys() -> std::collections::BTreeSet<String> {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/json-keys.txt");
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once(": ").map(|(_, keys)| keys))
            .flat_map(|keys| keys.split_whitespace())
            // Each entry is `key.path:type`.
            .map(|k| k.split_once(':').map_or(k, |(k, _)| k))
            .map(|k| k.rsplit(['.', ']']).next().unwrap_or(k).to_string())
            .filter(|k| !k.is_empty())
            .collect()
    }

    #[test]
    fn every_column_has_its_dutch_header() {
        let have: Vec<String> = ids(NL_COLUMNS);
        let missing: Vec<String> = contract_keys()
            .into_iter()
            .filter(|k| !have.contains(&format!("col-{k}")))
            .collect();
        assert!(
            missing.is_empty(),
            "no col-KEY in i18n/nl/columns.ftl for {missing:?}"
        );
    }

    #[test]
    fn every_dutch_header_belongs_to_a_column() {
        let keys = contract_keys();
        let unused: Vec<String> = ids(NL_COLUMNS)
            .into_iter()
            .filter(|id| !id.strip_prefix("col-").is_some_and(|k| keys.contains(k)))
            .collect();
        assert!(
            unused.is_empty(),
            "headers of no column in json-keys.txt: {unused:?}"
        );
    }

    #[test]
    fn a_refusal_is_worded_in_the_readers_language_and_displayed_in_english() {
        let err = "show".parse::<crate::domain::vote::Method>().unwrap_err();
        assert_eq!(
            err.worded(|m| say(Lang::Nl, m)),
            "method: 'show' is geen stemwijze; kies hand, hoofdelijk of schriftelijk"
        );
        assert_eq!(
            err.to_string(),
            "method: 'show' is not a voting method; choose hands, roll-call or ballot"
        );
    }

    #[test]
    fn dates_are_iso_in_english_and_written_out_in_dutch_as_the_parser_reads_them() {
        let d = chrono::NaiveDate::from_ymd_opt(2027, 4, 15).unwrap();
        assert_eq!(date(Lang::En, d), "2027-04-15");
        assert_eq!(date(Lang::Nl, d), "15 april 2027");
        assert_eq!(crate::domain::date::parse_date(&date(Lang::Nl, d)), Ok(d));
    }

    /// English status lines put their verb in a column ("   Planned meeting 1 on …"); Dutch
    /// ones are sentences in Dutch word order ("Vergadering 1 gepland op …"), so a Dutch message
    /// has no `.verb`, and each English verb's message is a sentence in Dutch.
    #[test]
    fn dutch_status_lines_are_sentences_and_english_ones_have_their_verb() {
        let nl = bundle(Lang::Nl, NL);
        let with_verb: Vec<String> = ids(NL)
            .into_iter()
            .filter(|id| {
                nl.get_message(id)
                    .is_some_and(|m| m.get_attribute("verb").is_some())
            })
            .collect();
        assert!(
            with_verb.is_empty(),
            "Dutch status lines with a verb column, write them as a sentence: {with_verb:?}"
        );
        let m = crate::domain::msg::Msg::new("meeting-changed").with("meeting", 1);
        assert_eq!(verb(Lang::En, &m).as_deref(), Some("Changed"));
        assert_eq!(verb(Lang::Nl, &m), None);
        assert_eq!(say(Lang::Nl, &m), "vergadering 1 gewijzigd");
    }

    #[test]
    fn a_moment_is_iso_in_english_and_written_out_in_dutch() {
        let t = chrono::NaiveDate::from_ymd_opt(2027, 4, 15)
            .unwrap()
            .and_hms_opt(20, 0, 0)
            .unwrap();
        assert_eq!(date_time(Lang::En, t), "2027-04-15T20:00");
        assert_eq!(date_time(Lang::Nl, t), "15 april 2027 om 20.00 uur");
        let m = crate::domain::msg::Msg::new("meeting-planned")
            .with("meeting", 1)
            .with("at", t);
        assert_eq!(
            say(Lang::Nl, &m),
            "vergadering 1 gepland op 15 april 2027 om 20.00 uur"
        );
        assert_eq!(say(Lang::En, &m), "meeting 1 on 2027-04-15T20:00");
    }

    #[test]
    fn plural_forms_follow_the_language() {
        let left_out = |lang, n: usize| {
            t(
                lang,
                "rows-left-out",
                &[("count", n.into()), ("columns", "email".into())],
            )
        };
        assert_eq!(
            left_out(Lang::Nl, 1),
            "1 kolom weggelaten: email (alle kolommen: --format csv of json)"
        );
        assert!(left_out(Lang::Nl, 3).starts_with("3 kolommen weggelaten: "));
        assert!(left_out(Lang::En, 1).starts_with("1 column left out: "));
        assert!(left_out(Lang::En, 2).starts_with("2 columns left out: "));
        let convened = |lang, given: i64| {
            say(
                lang,
                &crate::domain::msg::Msg::new("meeting-convened")
                    .with("meeting", 1)
                    .with("sent", chrono::NaiveDate::from_ymd_opt(2027, 4, 1).unwrap())
                    .with("given", given)
                    .with("key", "notice_days_ordinary")
                    .with("required", 1),
            )
        };
        assert!(convened(Lang::En, 1).contains(": 1 day of notice"));
        assert!(convened(Lang::En, 2).contains(": 2 days of notice"));
        assert!(convened(Lang::Nl, 1).contains("oproepingstermijn 1 dag "));
        assert!(convened(Lang::Nl, 2).contains("oproepingstermijn 2 dagen "));
        let added = |lang, votes: i64| {
            say(
                lang,
                &crate::domain::msg::Msg::new("category-added")
                    .with("name", "ereleden")
                    .with("votes", votes),
            )
        };
        assert_eq!(
            added(Lang::Nl, 1),
            "categorie ereleden toegevoegd (1 stem per lid)"
        );
        assert_eq!(
            added(Lang::Nl, 2),
            "categorie ereleden toegevoegd (2 stemmen per lid)"
        );
    }
}
