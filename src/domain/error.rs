//! Rule violations, worded for the secretary: what is wrong and with which field.

use super::msg::Msg;

/// A refusal by a rule of the registry or the statutes (exit code 1).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// A field's value is not acceptable.
    #[error("{field}: {message}")]
    Field { field: String, message: String },
    /// The action is not allowed in the current state.
    #[error("{0}")]
    Refused(String),
    /// The thing asked for does not exist.
    #[error("{0}")]
    NotFound(String),
    /// A refusal said by a catalogue message (`domain::msg`), worded in the reader's language.
    #[error("{0}")]
    Said(Msg),
    /// A field's value is not acceptable, said by a catalogue message.
    #[error("{field}: {msg}")]
    Invalid { field: String, msg: Msg },
    /// The thing asked for does not exist, said by a catalogue message.
    #[error("{0}")]
    Missing(Msg),
}

impl DomainError {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        DomainError::Field {
            field: field.to_string(),
            message: message.into(),
        }
    }

    /// A refusal in the catalogue's words.
    pub fn said(msg: Msg) -> Self {
        DomainError::Said(msg)
    }

    /// A field's value refused in the catalogue's words.
    pub fn invalid_said(field: &str, msg: Msg) -> Self {
        DomainError::Invalid {
            field: field.to_string(),
            msg,
        }
    }

    /// The field at fault, if the error is about one.
    pub fn field(&self) -> Option<&str> {
        match self {
            DomainError::Field { field, .. } | DomainError::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }

    /// The error with its catalogue messages worded by `say` (the reader's language); the
    /// English texts of the older variants as they are.
    pub fn worded(&self, say: impl Fn(&Msg) -> String) -> String {
        match self {
            DomainError::Said(m) | DomainError::Missing(m) => say(m),
            DomainError::Invalid { field, msg } => format!("{field}: {}", say(msg)),
            other => other.to_string(),
        }
    }
}
