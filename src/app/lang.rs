//! Which language quorum speaks at the terminal (help, table headers, later status lines):
//! `--lang`, then `QUORUM_LANG`, then the association's own language, then the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. Documents for members keep following the
//! association's language alone; this is the volunteer's choice for the screen.

use crate::domain::lang::Lang;

/// Where the terminal language came from, for tests and `--help` of `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangSource {
    /// `--lang` or `QUORUM_LANG` (clap reads both into the flag).
    Given,
    /// The language stored for the association's documents.
    Association,
    /// `LC_ALL`, `LC_MESSAGES` or `LANG`.
    Locale,
    /// Nothing said anything: English.
    Default,
}

/// The language in order of precedence; `association` is asked only when nothing before it
/// spoke, because it reads the database file.
pub fn resolve(
    given: Option<Lang>,
    association: impl FnOnce() -> Option<Lang>,
    locale: impl Fn(&str) -> Option<String>,
) -> (Lang, LangSource) {
    if let Some(lang) = given {
        return (lang, LangSource::Given);
    }
    if let Some(lang) = association() {
        return (lang, LangSource::Association);
    }
    if let Some(lang) = from_locale(locale) {
        return (lang, LangSource::Locale);
    }
    (Lang::En, LangSource::Default)
}

/// The locale's language as POSIX ranks the variables: the first of `LC_ALL`, `LC_MESSAGES`,
/// `LANG` that is set and not empty decides; `nl_NL.UTF-8`, `nl_BE`, `nl` are Dutch, any other
/// (`C`, `en_GB.UTF-8`) English.
pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| var(k).filter(|v| !v.trim().is_empty()))?;
    let code = value.split(['_', '.', '@', '-']).next().unwrap_or("");
    Some(if code.eq_ignore_ascii_case("nl") {
        Lang::Nl
    } else {
        Lang::En
    })
}

/// `QUORUM_LANG`, when set and not empty; another value than `nl` or `en` is a usage error
/// (exit 2), as the same value of `--lang` is.
pub fn from_env() -> Result<Option<Lang>, crate::exit::UsageError> {
    match env_var("QUORUM_LANG").filter(|v| !v.trim().is_empty()) {
        None => Ok(None),
        Some(v) => v.parse().map(Some).map_err(|_| {
            crate::exit::UsageError::new(format!("QUORUM_LANG={v} is not a language quorum speaks"))
                .hint("set QUORUM_LANG to nl or en, or unset it")
        }),
    }
}

/// The process environment, as `resolve` and `from_locale` read it.
pub fn env_var(k: &str) -> Option<String> {
    std::env::var(k).ok()
}

/// `--lang X` or `--lang=X` as given on a command line, for the help and clap's own errors,
/// which are printed before the flags are parsed; a value clap would refuse is left to clap.
pub fn flag_in(args: &[std::ffi::OsString], name: &str) -> Option<String> {
    let long = format!("--{name}");
    let prefixed = format!("--{name}=");
    let mut found = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        if arg == long {
            found = it.next().and_then(|v| v.to_str()).map(str::to_string);
        } else if let Some(v) = arg.strip_prefix(&prefixed) {
            found = Some(v.to_string());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(name, _)| *name == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_flag_wins_over_the_association_and_the_locale() {
        let asked = std::cell::Cell::new(false);
        let got = resolve(
            Some(Lang::En),
            || {
                asked.set(true);
                Some(Lang::Nl)
            },
            vars(&[("LANG", "nl_NL.UTF-8")]),
        );
        assert_eq!(got, (Lang::En, LangSource::Given));
        assert!(
            !asked.get(),
            "the database is not read when the flag decides"
        );
    }

    #[test]
    fn the_association_wins_over_the_locale() {
        let got = resolve(None, || Some(Lang::Nl), vars(&[("LANG", "en_GB.UTF-8")]));
        assert_eq!(got, (Lang::Nl, LangSource::Association));
    }

    #[test]
    fn without_a_database_the_locale_decides_then_english() {
        let got = resolve(None, || None, vars(&[("LANG", "nl_BE.UTF-8")]));
        assert_eq!(got, (Lang::Nl, LangSource::Locale));
        assert_eq!(
            resolve(None, || None, vars(&[("LANG", "C")])),
            (Lang::En, LangSource::Locale)
        );
        assert_eq!(
            resolve(None, || None, vars(&[])),
            (Lang::En, LangSource::Default)
        );
    }

    #[test]
    fn lc_all_outranks_lang_and_an_empty_variable_does_not_count() {
        assert_eq!(
            from_locale(vars(&[("LC_ALL", "C.UTF-8"), ("LANG", "nl_NL.UTF-8")])),
            Some(Lang::En)
        );
        assert_eq!(
            from_locale(vars(&[("LC_ALL", ""), ("LC_MESSAGES", "nl_NL")])),
            Some(Lang::Nl)
        );
        assert_eq!(from_locale(vars(&[("LANG", "nl")])), Some(Lang::Nl));
    }

    #[test]
    fn the_flag_is_found_before_clap_parses() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            flag_in(&args(&["--lang", "nl", "vote", "cast", "--help"]), "lang").as_deref(),
            Some("nl")
        );
        assert_eq!(
            flag_in(&args(&["vote", "--lang=en", "--help"]), "lang").as_deref(),
            Some("en")
        );
        assert_eq!(flag_in(&args(&["--", "--lang", "nl"]), "lang"), None);
    }
}
