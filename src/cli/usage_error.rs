//! clap's usage errors in Dutch: the same frame as clap's English ("error: invalid value …",
//! "[possible values: …]", "Usage:", "For more information, try '--help'.") worded from the
//! catalogue, from clap's `ErrorKind` and context. English keeps clap's own text, byte for byte.
//! The exit code stays clap's (2).

use std::fmt::Write as _;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

use crate::domain::lang::Lang;
use crate::domain::msg::{Msg, msg};

/// The Dutch formatter: `err.apply::<Dutch>().exit()`.
pub struct Dutch;

const ERROR: anstyle::Style = anstyle::AnsiColor::Red.on_default().bold();
const VALID: anstyle::Style = anstyle::AnsiColor::Green.on_default();
const LITERAL: anstyle::Style = anstyle::Style::new().bold();
const HEADING: anstyle::Style = anstyle::Style::new().bold().underline();

fn say(m: &Msg) -> String {
    crate::i18n::say(Lang::Nl, m)
}

fn text(v: Option<&ContextValue>) -> Option<String> {
    match v? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(s) => Some(s.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn strings(v: Option<&ContextValue>) -> Vec<String> {
    match v {
        Some(ContextValue::Strings(s)) => s.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn number(v: Option<&ContextValue>) -> i64 {
    match v {
        Some(ContextValue::Number(n)) => *n as i64,
        _ => 0,
    }
}

/// The first line's words: what clap found wrong, in Dutch.
fn what(e: &clap::error::Error<Dutch>) -> String {
    let arg = || text(e.get(ContextKind::InvalidArg)).unwrap_or_default();
    let value = || text(e.get(ContextKind::InvalidValue)).unwrap_or_default();
    let mut out = match e.kind() {
        ErrorKind::InvalidValue if value().is_empty() => {
            say(&msg!("clap-value-required", arg = arg()))
        }
        ErrorKind::InvalidValue => say(&msg!("clap-invalid-value", value = value(), arg = arg())),
        ErrorKind::ValueValidation => {
            let mut s = say(&msg!("clap-invalid-value", value = value(), arg = arg()));
            if let Some(source) = std::error::Error::source(e) {
                let _ = write!(s, ": {source}");
            }
            s
        }
        ErrorKind::UnknownArgument => say(&msg!("clap-unknown-argument", arg = arg())),
        ErrorKind::InvalidSubcommand => say(&msg!(
            "clap-invalid-subcommand",
            name = text(e.get(ContextKind::InvalidSubcommand)).unwrap_or_default()
        )),
        ErrorKind::MissingRequiredArgument => {
            let mut s = say(&msg!("clap-missing-required"));
            for a in strings(e.get(ContextKind::InvalidArg)) {
                let _ = write!(s, "\n  {VALID}{a}{VALID:#}");
            }
            s
        }
        ErrorKind::MissingSubcommand => say(&msg!(
            "clap-missing-subcommand",
            name = text(e.get(ContextKind::InvalidSubcommand)).unwrap_or_default()
        )),
        ErrorKind::TooManyValues => {
            say(&msg!("clap-too-many-values", value = value(), arg = arg()))
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let needed = e
                .get(ContextKind::MinValues)
                .or_else(|| e.get(ContextKind::ExpectedNumValues));
            say(&msg!(
                "clap-number-of-values",
                needed = number(needed),
                arg = arg(),
                given = number(e.get(ContextKind::ActualNumValues))
            ))
        }
        ErrorKind::ArgumentConflict => {
            let prior = strings(e.get(ContextKind::PriorArg));
            if prior.is_empty() || prior == [arg()] {
                say(&msg!("clap-used-twice", arg = arg()))
            } else {
                say(&msg!(
                    "clap-conflict",
                    arg = arg(),
                    other = prior.join("', '")
                ))
            }
        }
        ErrorKind::NoEquals => say(&msg!("clap-no-equals", arg = arg())),
        ErrorKind::InvalidUtf8 => say(&msg!("clap-invalid-utf8")),
        _ => say(&msg!("clap-other")),
    };
    let (list, values) = match e.kind() {
        ErrorKind::MissingSubcommand => (
            "clap-subcommands",
            strings(e.get(ContextKind::ValidSubcommand)),
        ),
        _ => (
            "clap-possible-values",
            strings(e.get(ContextKind::ValidValue)),
        ),
    };
    if !values.is_empty() {
        let shown: Vec<String> = values
            .iter()
            .map(|v| format!("{VALID}{v}{VALID:#}"))
            .collect();
        let _ = write!(out, "\n  [{}: {}]", say(&Msg::new(list)), shown.join(", "));
    }
    out
}

impl ErrorFormatter for Dutch {
    fn format_error(e: &clap::error::Error<Self>) -> StyledStr {
        let mut s = String::new();
        let _ = write!(
            s,
            "{ERROR}{}:{ERROR:#} {}",
            crate::i18n::t(Lang::Nl, "report-error", &[]),
            what(e)
        );
        let mut tips: Vec<String> = Vec::new();
        for (kind, id) in [
            (ContextKind::SuggestedSubcommand, "clap-similar-subcommand"),
            (ContextKind::SuggestedArg, "clap-similar-argument"),
            (ContextKind::SuggestedValue, "clap-similar-value"),
        ] {
            if let Some(v) = text(e.get(kind)) {
                tips.push(say(&Msg::new(id).with("value", v)));
            }
        }
        if let Some(ContextValue::StyledStrs(more)) = e.get(ContextKind::Suggested) {
            tips.extend(more.iter().map(|t| escape_tip(&t.to_string())));
        }
        if !tips.is_empty() {
            s.push('\n');
            for tip in tips {
                let _ = write!(s, "\n  {VALID}tip:{VALID:#} {tip}");
            }
        }
        let usage = text(e.get(ContextKind::Usage));
        if let Some(usage) = &usage {
            let line = usage.strip_prefix("Usage: ").unwrap_or(usage);
            let _ = write!(
                s,
                "\n\n{HEADING}{}{HEADING:#} {line}",
                crate::i18n::t(Lang::Nl, "help-heading-usage", &[])
            );
        }
        let help = usage
            .as_deref()
            .map(|u| command_path(u.strip_prefix("Usage: ").unwrap_or(u)))
            .filter(|p| !p.is_empty())
            .map_or_else(|| "--help".to_string(), |p| format!("{p} --help"));
        let _ = write!(
            s,
            "\n\n{}\n",
            say(&msg!(
                "clap-more-information",
                help = format!("{LITERAL}{help}{LITERAL:#}")
            ))
        );
        StyledStr::from(s)
    }
}

/// clap's one tip of its own words, "to pass '--x' as a value, use '-- --x'", in Dutch; another
/// tip as clap wrote it.
fn escape_tip(tip: &str) -> String {
    let parsed = tip
        .strip_prefix("to pass '")
        .and_then(|rest| rest.split_once("' as a value, use '"))
        .and_then(|(arg, rest)| Some((arg, rest.strip_suffix('\'')?)));
    match parsed {
        Some((arg, escaped)) => say(&msg!("clap-tip-escape", arg = arg, escaped = escaped)),
        None => tip.to_string(),
    }
}

/// The command a usage line is of: its words up to the first option or argument
/// (`quorum vote cast` of `quorum vote cast [OPTIONS] <VOTE>`).
fn command_path(usage: &str) -> String {
    usage
        .lines()
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take_while(|w| !w.starts_with(['-', '<', '[']))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_of_a_usage_line() {
        assert_eq!(
            command_path("quorum vote cast [OPTIONS] <VOTE> [MEMBER]"),
            "quorum vote cast"
        );
        assert_eq!(
            command_path("quorum meeting new --date <DATE>"),
            "quorum meeting new"
        );
        assert_eq!(command_path(""), "");
    }

    #[test]
    fn clap_s_escape_tip_is_dutch() {
        assert_eq!(
            escape_tip("to pass '--proposal' as a value, use '-- --proposal'"),
            "om '--proposal' als waarde te geven, schrijf '-- --proposal'"
        );
        assert_eq!(escape_tip("something else"), "something else");
    }
}
