//! Stored text turned into the domain's enums at the store's edge. A value the program does not
//! know (written by a later version, or by hand) is refused with its table, row and column,
//! never replaced by a default that would then be shown, counted or recorded as if true.

/// Parses `text`, read from `column` of row `id` in `table`, or refuses it. The row is named
/// as the table's key names it (a number, or "election 2, round 1").
pub(crate) fn known<T>(
    table: &str,
    id: impl std::fmt::Display,
    column: &str,
    text: &str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    parse(text).ok_or_else(|| unknown(table, id, column, text))
}

/// As [`known`], for a column that may be NULL.
pub(crate) fn known_opt<T>(
    table: &str,
    id: impl std::fmt::Display,
    column: &str,
    text: Option<String>,
    parse: impl FnOnce(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    text.map(|t| known(table, id, column, &t, parse))
        .transpose()
}

fn unknown(table: &str, id: impl std::fmt::Display, column: &str, text: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        Box::new(std::io::Error::other(format!(
            "table {table}, row {id}: the {column} '{text}' is not a value this version of quorum knows; the file was changed by another program or a later version"
        ))),
    )
}
