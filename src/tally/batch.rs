//! Counting many ballot files in one call (`quorum tally FILE…`): each file is read and counted
//! on its own, and a file that fails gives its reason without stopping the others.

use super::format::{self, InputFormat, Reading};
use super::{Method, TallyError, TallyOptions, TallyResult};

/// One file read and counted.
pub struct Counted {
    pub reading: Reading,
    pub result: TallyResult,
}

/// Reads `text` (in `forced`, or the detected format) and counts it. The error is the sentence
/// the user sees for this file: the line and reason, and how to name the format when it was
/// detected.
pub fn read_and_count(
    text: &str,
    forced: Option<InputFormat>,
    method: Method,
    options: &TallyOptions,
) -> Result<Counted, String> {
    let reading = format::read(text, forced).map_err(|f| {
        if f.detected {
            format!(
                "{} (read as {}, detected from the content; name the format with --input-format)",
                f.error, f.format
            )
        } else {
            f.error.to_string()
        }
    })?;
    let result = super::count(&reading.election, method, options).map_err(|e| match e {
        TallyError::Unsuitable(why) => format!("cannot count by {method}: {why}"),
        parse => parse.to_string(),
    })?;
    Ok(Counted { reading, result })
}
