//! Rule violations, worded for the secretary: what is wrong and with which field.

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
}

impl DomainError {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        DomainError::Field {
            field: field.to_string(),
            message: message.into(),
        }
    }

    /// The field at fault, if the error is about one.
    pub fn field(&self) -> Option<&str> {
        match self {
            DomainError::Field { field, .. } => Some(field),
            _ => None,
        }
    }
}
