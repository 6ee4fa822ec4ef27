//! Asking for what the flags did not give: only on a terminal. Elsewhere a missing value is a usage
//! error that names the flag, so scripts fail loudly instead of hanging.

use chrono::NaiveDate;

use crate::app::Ctx;
use crate::domain::date::parse_date;
use crate::exit::UsageError;

fn missing(flag: &str) -> anyhow::Error {
    UsageError::new(format!(
        "missing {flag} (stdin is not a terminal, so quorum cannot ask)"
    ))
    .hint(format!("pass {flag} VALUE"))
    .into()
}

impl Ctx {
    /// A required text value: the flag's, else asked on a terminal, else an error naming the flag.
    pub fn required(
        &self,
        value: Option<String>,
        flag: &str,
        question: &str,
    ) -> anyhow::Result<String> {
        match value {
            Some(v) => Ok(v),
            None if self.interactive => Ok(dialoguer::Input::<String>::new()
                .with_prompt(question)
                .interact_text()?),
            None => Err(missing(flag)),
        }
    }

    /// An optional text value: the flag's, else asked on a terminal (empty answer = none).
    /// `ask` is false when the flags already said enough that prompting would be a nuisance.
    pub fn optional(
        &self,
        value: Option<String>,
        question: &str,
        ask: bool,
    ) -> anyhow::Result<Option<String>> {
        match value {
            Some(v) => Ok(Some(v)),
            None if ask && self.interactive => {
                let answer: String = dialoguer::Input::new()
                    .with_prompt(question)
                    .allow_empty(true)
                    .interact_text()?;
                Ok(Some(answer).filter(|a| !a.trim().is_empty()))
            }
            None => Ok(None),
        }
    }
}

impl Ctx {
    /// An optional text value that must pass `check`: the flag's (already checked by clap), else
    /// asked on a terminal when `ask`, again until it passes; an empty answer is none.
    pub fn optional_checked(
        &self,
        value: Option<String>,
        question: &str,
        ask: bool,
        check: impl Fn(&str) -> Result<(), String> + 'static,
    ) -> anyhow::Result<Option<String>> {
        match value {
            Some(v) => Ok(Some(v)),
            None if ask && self.interactive => {
                let answer: String = dialoguer::Input::new()
                    .with_prompt(question)
                    .allow_empty(true)
                    .validate_with(move |s: &String| {
                        if s.trim().is_empty() {
                            Ok(())
                        } else {
                            check(s.trim())
                        }
                    })
                    .interact_text()?;
                Ok(Some(answer.trim().to_string()).filter(|a| !a.is_empty()))
            }
            None => Ok(None),
        }
    }

    /// A date: the flag's, else asked on a terminal when `ask` (Enter takes `default`), else
    /// `default`. Typed dates are read like flags: ISO or Dutch day-first.
    pub fn optional_date(
        &self,
        value: Option<NaiveDate>,
        question: &str,
        ask: bool,
        default: Option<NaiveDate>,
    ) -> anyhow::Result<Option<NaiveDate>> {
        if value.is_some() || !(ask && self.interactive) {
            return Ok(value.or(default));
        }
        let mut input = dialoguer::Input::<String>::new()
            .with_prompt(question)
            .allow_empty(true)
            .validate_with(|s: &String| {
                if s.trim().is_empty() {
                    Ok(())
                } else {
                    parse_date(s).map(|_| ()).map_err(|e| e.to_string())
                }
            });
        if let Some(d) = default {
            input = input.default(d.to_string());
        }
        let answer = input.interact_text()?;
        if answer.trim().is_empty() {
            return Ok(default);
        }
        Ok(Some(parse_date(&answer)?))
    }

    /// One of `choices`: the flag's, else a menu on a terminal when `ask`, else `default`.
    pub fn choose(
        &self,
        value: Option<String>,
        question: &str,
        choices: &[String],
        default: &str,
        ask: bool,
    ) -> anyhow::Result<String> {
        match value {
            Some(v) => Ok(v),
            None if ask && self.interactive && !choices.is_empty() => {
                let start = choices.iter().position(|c| c == default).unwrap_or(0);
                let i = dialoguer::Select::new()
                    .with_prompt(question)
                    .items(choices)
                    .default(start)
                    .interact()?;
                Ok(choices[i].clone())
            }
            None => Ok(default.to_string()),
        }
    }

    /// Yes or no on a terminal when `ask`; elsewhere `default`.
    pub fn yes_no(&self, question: &str, default: bool, ask: bool) -> anyhow::Result<bool> {
        if ask && self.interactive {
            Ok(dialoguer::Confirm::new()
                .with_prompt(question)
                .default(default)
                .interact()?)
        } else {
            Ok(default)
        }
    }
}
