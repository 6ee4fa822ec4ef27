//! When a resignation takes effect (BW 2:36, rules.md A13): unless the statutes say otherwise, at
//! the end of the financial year, with `resignation_notice_weeks` of notice; a resignation given
//! too late takes effect at the next allowed date. Pure: the caller passes the day notice was given.

use chrono::{Days, Months, NaiveDate};

use super::rules::Rules;
use super::rules::types::ResignationEffect;

/// The last day of membership of a member who gave notice of resignation on `notice`.
pub fn last_day(rules: &Rules, notice: NaiveDate) -> NaiveDate {
    let earliest = notice + Days::new(7 * u64::from(rules.resignation_notice_weeks));
    match rules.resignation_effective_at {
        ResignationEffect::EndOfNotice => earliest,
        ResignationEffect::EndOfFinancialYear => {
            let year_end = financial_year_end(rules, notice);
            if earliest <= year_end {
                year_end
            } else {
                financial_year_end(rules, year_end + Days::new(1))
            }
        }
    }
}

/// The last day of the financial year that contains `date`.
fn financial_year_end(rules: &Rules, date: NaiveDate) -> NaiveDate {
    super::meeting::financial_year_start(rules, date)
        .checked_add_months(Months::new(12))
        .and_then(|d| d.pred_opt())
        .unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a13_the_end_of_the_financial_year_with_four_weeks_notice() {
        let r = Rules::default();
        assert_eq!(last_day(&r, ymd(2026, 11, 15)), ymd(2026, 12, 31));
        // Exactly four weeks before the year's end is in time; a day later is not.
        assert_eq!(last_day(&r, ymd(2026, 12, 3)), ymd(2026, 12, 31));
        assert_eq!(last_day(&r, ymd(2026, 12, 4)), ymd(2027, 12, 31));
    }

    #[test]
    fn a_financial_year_from_july_and_the_end_of_the_notice() {
        let mut r = Rules::default();
        r.set("financial_year_start_month", "7").unwrap();
        assert_eq!(last_day(&r, ymd(2026, 3, 1)), ymd(2026, 6, 30));
        assert_eq!(last_day(&r, ymd(2026, 6, 20)), ymd(2027, 6, 30));
        r.set("resignation_effective_at", "end_of_notice").unwrap();
        assert_eq!(last_day(&r, ymd(2026, 3, 1)), ymd(2026, 3, 29));
        r.set("resignation_notice_weeks", "0").unwrap();
        assert_eq!(last_day(&r, ymd(2026, 3, 1)), ymd(2026, 3, 1));
    }
}
