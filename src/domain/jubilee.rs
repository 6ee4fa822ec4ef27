//! Jubilees and birthdays, for the annual meeting and the newsletter: the day a member reaches
//! N years of membership, counting every period (the gaps between them do not count), and the
//! age a member turns on a birthday.

use chrono::{Datelike as _, Months, NaiveDate};

use super::member::Period;

/// A length of membership in whole months: `25` or `12.5` years (fixed point, never a float).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Years {
    pub months: u32,
}

impl std::str::FromStr for Years {
    type Err = String;

    /// `25`, `12.5`, `0.25`: any number of years that is a whole number of months (no decimal
    /// comma: `--years` separates its values with commas).
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let bad = || format!("'{s}' is not a number of years (such as 25 or 12.5)");
        let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
        if whole.is_empty() || !whole.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        if !frac.chars().all(|c| c.is_ascii_digit()) || frac.len() > 6 {
            return Err(bad());
        }
        let whole: u32 = whole.parse().map_err(|_| bad())?;
        let scale = 10u64.pow(frac.len() as u32);
        let frac_n: u64 = if frac.is_empty() {
            0
        } else {
            frac.parse().map_err(|_| bad())?
        };
        if !(frac_n * 12).is_multiple_of(scale) {
            return Err(format!(
                "{s} years is not a whole number of months; use a number such as 12.5 or 12.25"
            ));
        }
        let months = u64::from(whole) * 12 + frac_n * 12 / scale;
        if months == 0 || months > 12 * 200 {
            return Err(format!(
                "{s}: use a number of years from 1 month to 200 years"
            ));
        }
        Ok(Years {
            months: months as u32,
        })
    }
}

impl std::fmt::Display for Years {
    /// `25`, `12.5`, `12.25`: as few decimals as needed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (y, m) = (self.months / 12, self.months % 12);
        if m == 0 {
            return write!(f, "{y}");
        }
        // m/12 as a decimal: 6 → .5, 3 → .25, 9 → .75; others with two decimals, truncated.
        let hundredths = m * 100 / 12;
        let text = format!("{hundredths:02}");
        write!(f, "{y}.{}", text.trim_end_matches('0'))
    }
}

/// The jubilees board's usual list: 12.5, 25, 40, 50, 60 and 75 years.
pub const USUAL: [u32; 6] = [150, 300, 480, 600, 720, 900];

/// The day the member with these periods has been a member for `years`, counting every period:
/// the anniversary of the first day, moved on by the days between periods. None when the
/// membership ended (or pauses) before that day; a day after today's periods is still given for
/// a membership that runs. None too when the first day is unknown: the length of such a
/// membership is not known, so no jubilee is claimed or denied (`member jubilees` counts them).
pub fn jubilee_date(periods: &[Period], years: Years) -> Option<NaiveDate> {
    let mut sorted: Vec<&Period> = periods.iter().collect();
    sorted.sort_by_key(|p| p.joined);
    let first = sorted.first()?.joined.date()?;
    let mut day = first.checked_add_months(Months::new(years.months))?;
    for (i, p) in sorted.iter().enumerate() {
        if p.contains(day) {
            return Some(day);
        }
        let (Some(left), Some(next)) = (p.left, sorted.get(i + 1)) else {
            return None;
        };
        if p.joined > day {
            return None;
        }
        // The gap between this period and the next does not count.
        let gap = (next.joined.date()? - left).num_days() - 1;
        day = day.checked_add_signed(chrono::Duration::days(gap))?;
    }
    None
}

/// The age reached on the birthday in `year`, if the birth date has one that year (29 February
/// counts on 28 February in other years, as Dutch law has it for reaching an age).
pub fn birthday_in(birth: NaiveDate, year: i32) -> Option<(NaiveDate, i32)> {
    let day = NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, birth.month(), birth.day() - 1))?;
    let age = year - birth.year();
    (age >= 0).then_some((day, age))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn p(joined: &str, left: Option<&str>) -> Period {
        Period {
            joined: d(joined).into(),
            left: left.map(d),
            reason: None,
        }
    }

    #[test]
    fn years_are_read_in_whole_months() {
        let y = |s: &str| s.parse::<Years>().map(|y| y.months);
        assert_eq!(y("25"), Ok(300));
        assert_eq!(y("12.5"), Ok(150));
        assert!(y("12,5").is_err());
        assert_eq!(y("0.25"), Ok(3));
        assert!(y("12.3").unwrap_err().contains("whole number of months"));
        assert!(y("x").is_err() && y("-5").is_err() && y("0").is_err() && y("").is_err());
        for s in ["25", "12.5", "12.25", "40", "0.75"] {
            assert_eq!(s.parse::<Years>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn one_period_is_the_anniversary_and_gaps_move_it_on() {
        let y25: Years = "25".parse().unwrap();
        assert_eq!(
            jubilee_date(&[p("2002-03-01", None)], y25),
            Some(d("2027-03-01"))
        );
        // Left before the day: no jubilee.
        assert_eq!(
            jubilee_date(&[p("2002-03-01", Some("2020-01-01"))], y25),
            None
        );
        // Ten years, a gap of 31 days (January 2013), and on: 31 days later.
        let two = [p("2002-03-01", Some("2012-12-31")), p("2013-02-01", None)];
        assert_eq!(jubilee_date(&two, y25), Some(d("2027-04-01")));
        // The day falls in a gap that ends with a new period: it moves into the new one.
        let y10: Years = "10".parse().unwrap();
        let gap = [p("2000-01-01", Some("2009-12-31")), p("2011-01-01", None)];
        assert_eq!(jubilee_date(&gap, y10), Some(d("2011-01-01")));
        assert_eq!(jubilee_date(&[], y10), None);
    }

    #[test]
    fn birthdays_and_leap_days() {
        assert_eq!(
            birthday_in(d("1980-05-12"), 2026),
            Some((d("2026-05-12"), 46))
        );
        assert_eq!(
            birthday_in(d("2000-02-29"), 2027),
            Some((d("2027-02-28"), 27))
        );
        assert_eq!(
            birthday_in(d("2000-02-29"), 2028),
            Some((d("2028-02-29"), 28))
        );
        assert_eq!(birthday_in(d("2030-01-01"), 2026), None);
    }

    proptest! {
        /// Membership days up to the jubilee are the days of N years from the first day.
        #[test]
        fn the_counted_days_equal_the_years(
            start in 0i64..20000, len in 1i64..5000, gap in 1i64..3000, months in 1u32..600,
        ) {
            let joined = d("1950-01-01") + chrono::Duration::days(start);
            let left = joined + chrono::Duration::days(len);
            let again = left + chrono::Duration::days(gap + 1);
            let periods = [
                Period { joined: joined.into(), left: Some(left), reason: None },
                Period { joined: again.into(), left: None, reason: None },
            ];
            let years = Years { months };
            let day = jubilee_date(&periods, years).unwrap();
            let counted = if day <= left {
                (day - joined).num_days()
            } else {
                (left - joined).num_days() + 1 + (day - again).num_days()
            };
            let want = (joined.checked_add_months(Months::new(months)).unwrap() - joined).num_days();
            prop_assert_eq!(counted, want);
        }
    }
}
