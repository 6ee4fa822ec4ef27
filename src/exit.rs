//! Turning an error into `error: …` on stderr and an exit code.
//!
//! | code | meaning |
//! |------|---------|
//! | 0 | success (also a closed pipe on stdout, e.g. `quorum member list | head -1`) |
//! | 1 | the operation failed: refused by a rule, not found, bad data, I/O or database error |
//! | 2 | usage: bad flags, a missing value when quorum cannot ask, `--yes` required |

use std::io::Write as _;
use std::process::ExitCode;

use crate::domain::lang::Lang;
use crate::domain::msg::{Msg, Text};
use crate::i18n;

/// The styles of `error:` and `help:` (as `output::STATUS` and `WARNING`, cargo's colours).
pub const ERROR: anstyle::Style = anstyle::AnsiColor::Red.on_default().bold();
pub const HINT: anstyle::Style = anstyle::AnsiColor::Cyan.on_default().bold();

/// An error in how quorum was called (exit code 2). `hint` says what to do instead. Both are
/// worded in the terminal's language when they are catalogue messages; `Display` is English.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct UsageError {
    pub message: Text,
    pub hint: Option<Text>,
}

impl UsageError {
    pub fn new(message: impl Into<Text>) -> Self {
        UsageError {
            message: message.into(),
            hint: None,
        }
    }
    pub fn hint(mut self, hint: impl Into<Text>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// A failure with a suggested next step (exit code 1).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Hinted {
    pub message: Text,
    pub hint: Text,
}

/// Builds an error that prints `help: <hint>` below the message.
pub fn hinted(message: impl Into<Text>, hint: impl Into<Text>) -> anyhow::Error {
    Hinted {
        message: message.into(),
        hint: hint.into(),
    }
    .into()
}

/// A failure said by a catalogue message (exit code 1), for what is neither a rule's refusal
/// (`DomainError`) nor a usage error: a file that cannot be read, a pipe that closed.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Failed(pub Msg);

/// One error of the chain in `lang`: its catalogue message where it carries one, else its
/// English `Display` (errors of libraries, and of code not yet moved to the catalogues).
pub fn worded(e: &(dyn std::error::Error + 'static), lang: Lang) -> String {
    if let Some(u) = e.downcast_ref::<UsageError>() {
        return i18n::words(lang, &u.message);
    }
    if let Some(h) = e.downcast_ref::<Hinted>() {
        return i18n::words(lang, &h.message);
    }
    if let Some(f) = e.downcast_ref::<Failed>() {
        return i18n::say(lang, &f.0);
    }
    if let Some(d) = e.downcast_ref::<crate::domain::DomainError>() {
        return d.worded(|m| i18n::say(lang, m));
    }
    if let Some(r) = e.downcast_ref::<crate::domain::refusal::StoreRefusal>() {
        return i18n::words(lang, &r.message);
    }
    e.to_string()
}

/// True when the error is a broken pipe on stdout: the reader went away, which is not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
            || e.downcast_ref::<csv::Error>().is_some_and(|c| {
                matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
            })
    })
}

/// Prints the error, in the terminal's language (`i18n::terminal_lang`), and returns the exit
/// code for it. `hint` gives the `help:` line for an error that carries none itself (the command
/// line's wording of a typed refusal, `cli::hints::hint`).
pub fn report(
    err: &anyhow::Error,
    hint: impl Fn(&(dyn std::error::Error + 'static)) -> Option<Text>,
) -> ExitCode {
    if is_broken_pipe(err) {
        return ExitCode::SUCCESS;
    }
    let lang = i18n::terminal_lang();
    let error = i18n::t(lang, "report-error", &[]);
    let caused_by = i18n::t(lang, "report-caused-by", &[]);
    let help = i18n::t(lang, "report-help", &[]);
    // Coloured as `--color` and NO_COLOR chose (stored globally by `Output::new`); plain otherwise.
    let mut stderr = anstream::stderr().lock();
    if let Some(first) = err.chain().next() {
        let _ = writeln!(stderr, "{ERROR}{error}{ERROR:#}: {}", worded(first, lang));
    }
    for cause in err.chain().skip(1) {
        let _ = writeln!(stderr, "  {caused_by}: {}", worded(cause, lang));
    }
    let mut code = 1;
    for e in err.chain() {
        if let Some(u) = e.downcast_ref::<UsageError>() {
            code = 2;
            if let Some(h) = &u.hint {
                let _ = writeln!(stderr, "{HINT}{help}{HINT:#}: {}", i18n::words(lang, h));
            }
            break;
        }
        if let Some(h) = e.downcast_ref::<Hinted>() {
            let _ = writeln!(
                stderr,
                "{HINT}{help}{HINT:#}: {}",
                i18n::words(lang, &h.hint)
            );
            break;
        }
        if let Some(h) = hint(e) {
            let _ = writeln!(stderr, "{HINT}{help}{HINT:#}: {}", i18n::words(lang, &h));
            break;
        }
    }
    ExitCode::from(code)
}
