//! Turning an error into `error: …` on stderr and an exit code.
//!
//! | code | meaning |
//! |------|---------|
//! | 0 | success (also a closed pipe on stdout, e.g. `quorum member list | head -1`) |
//! | 1 | the operation failed: refused by a rule, not found, bad data, I/O or database error |
//! | 2 | usage: bad flags, a missing value when quorum cannot ask, `--yes` required |

use std::io::Write as _;
use std::process::ExitCode;

/// The styles of `error:` and `help:` (as `output::STATUS` and `WARNING`, cargo's colours).
pub const ERROR: anstyle::Style = anstyle::AnsiColor::Red.on_default().bold();
pub const HINT: anstyle::Style = anstyle::AnsiColor::Cyan.on_default().bold();

/// An error in how quorum was called (exit code 2). `hint` says what to do instead.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct UsageError {
    pub message: String,
    pub hint: Option<String>,
}

impl UsageError {
    pub fn new(message: impl Into<String>) -> Self {
        UsageError {
            message: message.into(),
            hint: None,
        }
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// A failure with a suggested next step (exit code 1).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Hinted {
    pub message: String,
    pub hint: String,
}

/// Builds an error that prints `help: <hint>` below the message.
pub fn hinted(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    Hinted {
        message: message.into(),
        hint: hint.into(),
    }
    .into()
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

/// Prints the error and returns the exit code for it.
pub fn report(err: &anyhow::Error) -> ExitCode {
    if is_broken_pipe(err) {
        return ExitCode::SUCCESS;
    }
    // Coloured as `--color` and NO_COLOR chose (stored globally by `Output::new`); plain otherwise.
    let mut stderr = anstream::stderr().lock();
    let _ = writeln!(stderr, "{ERROR}error{ERROR:#}: {err}");
    for cause in err.chain().skip(1) {
        let _ = writeln!(stderr, "  caused by: {cause}");
    }
    let mut code = 1;
    for e in err.chain() {
        if let Some(u) = e.downcast_ref::<UsageError>() {
            code = 2;
            if let Some(h) = &u.hint {
                let _ = writeln!(stderr, "{HINT}help{HINT:#}: {h}");
            }
            break;
        }
        if let Some(h) = e.downcast_ref::<Hinted>() {
            let _ = writeln!(stderr, "{HINT}help{HINT:#}: {}", h.hint);
            break;
        }
    }
    ExitCode::from(code)
}
