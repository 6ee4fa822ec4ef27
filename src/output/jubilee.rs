//! The rows of `member jubilees` and `member birthdays`.

use chrono::NaiveDate;
use serde::Serialize;

/// One member reaching a jubilee in the year.
#[derive(Debug, Clone, Default, Serialize)]
pub struct JubileeRow {
    /// The day the member has been a member for `years`, every period counted.
    pub date: Option<NaiveDate>,
    /// 25, 12.5, …: as the board reads it out (text, so 12.5 stays exact).
    pub years: String,
    pub number: i64,
    pub name: String,
    pub category: String,
    /// The first day of the first membership period.
    pub member_since: Option<NaiveDate>,
}

/// One member's birthday in the month.
#[derive(Debug, Clone, Default, Serialize)]
pub struct BirthdayRow {
    pub date: Option<NaiveDate>,
    /// The age turned on that day.
    pub age: i64,
    pub number: i64,
    pub name: String,
    pub birth_date: Option<NaiveDate>,
}
