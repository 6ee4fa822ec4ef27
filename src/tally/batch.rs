//! Counting many ballot files in one call (`quorum tally FILE…`): each file is read and counted
//! on its own, and a file that fails gives its reason without stopping the others.

use super::format::{self, InputFormat};
use super::limits;
use super::{Method, TallyError, TallyOptions, TallyResult};

/// One file read and counted. The ballots themselves are not kept, so that memory does not grow
/// with the number of files.
pub struct Counted {
    pub format: InputFormat,
    /// The reader's repairs, as in `format::Reading`.
    pub repairs: Vec<String>,
    /// Weight of every ballot read, valid or not.
    pub ballots: u64,
    pub result: TallyResult,
}

/// Reads `text` (in `forced`, or the detected format) and counts it. The error is the sentence
/// the user sees for this file: the line and reason, and how to name the format when it was
/// detected.
pub fn read_and_count(
    reader: impl std::io::BufRead,
    forced: Option<InputFormat>,
    method: Method,
    options: &TallyOptions,
    max_candidates: usize,
) -> Result<Counted, String> {
    let reading = format::read_from(reader, forced).map_err(|f| {
        if f.detected && !matches!(f.error, crate::tally::TallyError::Io(_)) {
            format!(
                "{} (read as {}, detected from the content; name the format with --input-format)",
                f.error, f.format
            )
        } else {
            f.error.to_string()
        }
    })?;
    let result = limits::check_candidates(&reading.election, max_candidates)
        .and_then(|()| limits::check_seats(&reading.election, options))
        .and_then(|()| super::count(&reading.election, method, options))
        .map_err(|e| match e {
            TallyError::Unsuitable(why) => format!("cannot count by {method}: {why}"),
            parse => parse.to_string(),
        })?;
    Ok(Counted {
        format: reading.format,
        repairs: reading.repairs,
        ballots: reading.election.total_weight(),
        result,
    })
}
