//! The appeal term after the board expels a member (BW 2:35, rules.md A12): the member may appeal
//! to the general meeting within `expulsion_appeal_months` (at least one month) and is suspended
//! during the term. Pure: the caller passes the day the member was told.

use chrono::{Months, NaiveDate};

use super::rules::Rules;

/// The last day of the appeal term of a member told of the expulsion on `told`.
pub fn appeal_term_end(rules: &Rules, told: NaiveDate) -> NaiveDate {
    told.checked_add_months(Months::new(rules.expulsion_appeal_months))
        .unwrap_or(told)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a12_one_month_to_appeal_unless_the_statutes_give_more() {
        let mut r = Rules::default();
        assert_eq!(appeal_term_end(&r, ymd(2026, 3, 10)), ymd(2026, 4, 10));
        // A month from 31 January ends on the last day of February.
        assert_eq!(appeal_term_end(&r, ymd(2026, 1, 31)), ymd(2026, 2, 28));
        r.set("expulsion_appeal_months", "2").unwrap();
        assert_eq!(appeal_term_end(&r, ymd(2026, 3, 10)), ymd(2026, 5, 10));
    }
}
