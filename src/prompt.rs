//! Asking for what the flags did not give: only on a terminal. Elsewhere a missing value is a usage
//! error that names the flag, so scripts fail loudly instead of hanging.

use crate::app::Ctx;
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
