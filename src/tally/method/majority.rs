//! PLACEHOLDER: to be written.

use crate::tally::TallyError;
use crate::tally::lot::LotDrawer;
use crate::tally::model::Election;
use crate::tally::result::TallyResult;

pub(super) fn count(
    _election: &Election,
    _seats: usize,
    _runoff: bool,
    _lots: &mut LotDrawer,
) -> Result<TallyResult, TallyError> {
    Err(TallyError::Unsuitable("not written yet".into()))
}
