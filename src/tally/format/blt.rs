//! PLACEHOLDER: to be written.

use crate::tally::TallyError;
use crate::tally::model::Election;

pub(super) fn parse(_text: &str) -> Result<Election, TallyError> {
    Err(TallyError::Unsuitable("not written yet".into()))
}
