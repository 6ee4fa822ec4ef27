//! A member's history as two export cells that import again: every membership period and every
//! suspension, in a form a person can read and correct in a spreadsheet.
//!
//! - `periods`: `2012-03-01..2015-06-30: moved away; 2018-01-01..`: oldest first, each
//!   `JOINED..LEFT` with an optional `: reason for leaving`; `..` at the end: still running.
//! - `suspensions`: `2024-01-01..2024-03-31: contribution unpaid (lifted 2024-02-15)`: each
//!   `STARTS..UNTIL: reason`, the reason required, ` (lifted DATE)` when lifted early.
//!
//! Items are separated by `; `. Inside a reason `;` is written `\;` and `\` is written `\\`.

use chrono::NaiveDate;

use super::{fast_date, push_iso_date};
use crate::domain::lang::Lang;
use crate::domain::member::{Joined, Period, Suspension};

const LIFTED: &str = " (lifted ";

fn push_reason(out: &mut String, reason: &str) {
    out.push_str(": ");
    for c in reason.chars() {
        if matches!(c, ';' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
}

fn push_range(out: &mut String, from: Option<NaiveDate>, to: Option<NaiveDate>) {
    // An unknown start is left empty: `..2019-12-31`, or `..` for a period still running.
    if let Some(from) = from {
        push_iso_date(out, from);
    }
    out.push_str("..");
    if let Some(t) = to {
        push_iso_date(out, t);
    }
}

/// Appends the `periods` cell of `periods` (oldest first) to `out`.
pub fn push_periods(out: &mut String, periods: &[Period]) {
    let mut sorted: Vec<&Period> = periods.iter().collect();
    sorted.sort_by_key(|p| p.joined);
    for (i, p) in sorted.into_iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        push_range(out, p.joined.date(), p.left);
        if let Some(r) = p.reason.as_deref().filter(|r| !r.is_empty()) {
            push_reason(out, r);
        }
    }
}

/// Appends the `suspensions` cell of `suspensions` (by start) to `out`.
pub fn push_suspensions(out: &mut String, suspensions: &[Suspension]) {
    let mut sorted: Vec<&Suspension> = suspensions.iter().collect();
    sorted.sort_by_key(|s| (s.starts, s.until));
    for (i, s) in sorted.into_iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        push_range(out, Some(s.starts), s.until);
        push_reason(out, &s.reason);
        if let Some(l) = s.lifted_on {
            out.push_str(LIFTED);
            push_iso_date(out, l);
            out.push(')');
        }
    }
}

pub fn periods_text(periods: &[Period]) -> String {
    let mut s = String::new();
    push_periods(&mut s, periods);
    s
}

pub fn suspensions_text(suspensions: &[Suspension]) -> String {
    let mut s = String::new();
    push_suspensions(&mut s, suspensions);
    s
}

/// Splits at `;` that is not escaped, and unescapes; each item trimmed, empty ones dropped.
fn items(cell: &str) -> Vec<String> {
    let (mut all, mut cur, mut chars) = (Vec::new(), String::new(), cell.chars());
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(n) => cur.push(n),
                None => cur.push('\\'),
            },
            ';' => all.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    all.push(cur);
    all.into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn day(s: &str, what: &str, item: &str) -> Result<NaiveDate, String> {
    fast_date(s.trim()).map_err(|_| format!("'{item}': '{}' is not a date ({what})", s.trim()))
}

/// A range as read: first day (None: unknown), last day (None: open), reason.
type Range = (Option<NaiveDate>, Option<NaiveDate>, Option<String>);

/// `FROM..TO: reason` → (from, to, reason); an empty FROM is an unknown first day.
fn range(item: &str) -> Result<Range, String> {
    let (dates, reason) = match item.split_once(':') {
        Some((d, r)) => (d, Some(r.trim().to_string()).filter(|r| !r.is_empty())),
        None => (item, None),
    };
    let Some((from, to)) = dates.split_once("..") else {
        return Err(format!(
            "'{item}' is not a period; write FROM..TO, e.g. 2012-03-01..2015-06-30, or 2018-01-01.. while it runs"
        ));
    };
    let from = match from.trim() {
        "" => None,
        f => Some(day(f, "the first day", item)?),
    };
    let to = match to.trim() {
        "" => None,
        t => Some(day(t, "the last day", item)?),
    };
    if let (Some(t), Some(from)) = (to, from)
        && t < from
    {
        return Err(format!(
            "'{item}': the last day {t} is before the first {from}"
        ));
    }
    Ok((from, to, reason))
}

/// Reads a `periods` cell: oldest first or not, they may not overlap and only the last may run.
pub fn parse_periods(cell: &str) -> Result<Vec<Period>, String> {
    let mut periods = Vec::new();
    for item in items(cell) {
        let (joined, left, reason) = range(&item)?;
        if left.is_none() && reason.is_some() {
            return Err(format!(
                "'{item}': a running period has no reason for leaving"
            ));
        }
        periods.push(Period {
            joined: Joined::from(joined),
            left,
            reason,
        });
    }
    periods.sort_by_key(|p| p.joined);
    for w in periods.windows(2) {
        let shown = |j: Joined| j.shown(Lang::En);
        let Joined::On(next) = w[1].joined else {
            return Err(
                "two periods begin on an unknown day; only the first period may (..LEFT)".into(),
            );
        };
        match w[0].left {
            None => {
                return Err(format!(
                    "the period from {} runs on, yet another begins on {next}; only the last period may be running",
                    shown(w[0].joined)
                ));
            }
            Some(l) if next <= l => {
                return Err(format!(
                    "the periods {}..{l} and from {next} overlap",
                    w[0].joined.date().map_or(String::new(), |d| d.to_string())
                ));
            }
            Some(_) => {}
        }
    }
    Ok(periods)
}

/// Reads a `suspensions` cell; every suspension needs its reason.
pub fn parse_suspensions(cell: &str) -> Result<Vec<Suspension>, String> {
    let mut all = Vec::new();
    for item in items(cell) {
        let (body, lifted_on) = match item.strip_suffix(')').and_then(|b| b.rsplit_once(LIFTED)) {
            Some((body, date)) => (
                body.to_string(),
                Some(day(date, "the day it was lifted", &item)?),
            ),
            None => (item.clone(), None),
        };
        let (starts, until, reason) = range(&body)?;
        let Some(starts) = starts else {
            return Err(format!(
                "'{item}': a suspension needs its first day: FROM..TO: reason"
            ));
        };
        let Some(reason) = reason else {
            return Err(format!(
                "'{item}': a suspension needs its reason: FROM..TO: reason"
            ));
        };
        if let Some(l) = lifted_on
            && l < starts
        {
            return Err(format!("'{item}': lifted on {l}, before it began"));
        }
        all.push(Suspension {
            starts,
            until,
            reason,
            lifted_on,
        });
    }
    all.sort_by_key(|s| (s.starts, s.until));
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn periods_read_back_as_written() {
        let cell = "2012-03-01..2015-06-30: moved away; a\\;b; 2018-01-01..";
        assert!(parse_periods(cell).is_err(), "a\\;b is no period");
        let cell = "2012-03-01..2015-06-30: moved\\; away \\\\ far; 2018-01-01..";
        let p = parse_periods(cell).unwrap();
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].reason.as_deref(), Some("moved; away \\ far"));
        assert_eq!(p[1].left, None);
        assert_eq!(periods_text(&p), cell);
        // Dutch dates and any order are read; the text is then canonical.
        let p = parse_periods("1-1-2018..; 01-03-2012..30-06-2015").unwrap();
        assert_eq!(periods_text(&p), "2012-03-01..2015-06-30; 2018-01-01..");
    }

    #[test]
    fn a_first_period_with_an_unknown_start_reads_back_and_only_the_first() {
        let cell = "..2015-06-30: moved away; 2018-01-01..";
        let p = parse_periods(cell).unwrap();
        assert_eq!(p[0].joined, Joined::Unknown);
        assert_eq!(periods_text(&p), cell);
        assert_eq!(periods_text(&parse_periods("..").unwrap()), "..");
        let e = parse_periods("..2015-06-30; ..").unwrap_err();
        assert!(e.contains("only the first"), "{e}");
        assert!(
            parse_suspensions("..2024-01-01: x")
                .unwrap_err()
                .contains("first day")
        );
    }

    #[test]
    fn bad_periods_are_refused_with_the_reason() {
        for (cell, want) in [
            ("2012-03-01", "is not a period"),
            ("2012-03-01..2011-01-01", "before the first"),
            ("2012-03-01..; 2018-01-01..", "only the last"),
            ("2012-03-01..2015-06-30; 2015-06-30..", "overlap"),
            ("2012-13-01..", "is not a date"),
            ("2018-01-01..: moved", "running period"),
        ] {
            let e = parse_periods(cell).unwrap_err();
            assert!(e.contains(want), "{cell}: {e}");
        }
    }

    #[test]
    fn suspensions_read_back_as_written() {
        let cell = "2024-01-01..2024-03-31: contribution unpaid (lifted 2024-02-15); 2025-05-01..: conduct";
        let s = parse_suspensions(cell).unwrap();
        assert_eq!(s[0].lifted_on, Some(d("2024-02-15")));
        assert_eq!(s[1].until, None);
        assert_eq!(s[1].reason, "conduct");
        assert_eq!(suspensions_text(&s), cell);
        assert!(
            parse_suspensions("2024-01-01..2024-03-31")
                .unwrap_err()
                .contains("reason")
        );
        assert!(
            parse_suspensions("2024-01-01..: x (lifted 2023-01-01)")
                .unwrap_err()
                .contains("before it began")
        );
        assert_eq!(parse_suspensions(" ; ").unwrap(), vec![]);
    }

    fn reason() -> impl Strategy<Value = String> {
        "[a-z;:\\\\() ]{0,12}[a-z]".prop_map(|s| s.trim().to_string())
    }

    proptest! {
        #[test]
        fn any_history_reads_back_as_written(
            gaps in prop::collection::vec((1i64..4000, 0i64..4000, prop::option::of(reason())), 0..5),
            open in any::<bool>(),
            susp in prop::collection::vec((0i64..20000, prop::option::of(0i64..400), reason(), prop::option::of(0i64..400)), 0..4),
        ) {
            let mut at = d("1950-01-01");
            let mut periods = Vec::new();
            let n = gaps.len();
            for (i, (gap, len, why)) in gaps.into_iter().enumerate() {
                let joined = at + chrono::Duration::days(gap);
                let left = (!(open && i + 1 == n)).then(|| joined + chrono::Duration::days(len));
                at = left.unwrap_or(joined);
                periods.push(Period { joined: joined.into(), left, reason: left.and(why).filter(|r| !r.is_empty()) });
            }
            let text = periods_text(&periods);
            prop_assert_eq!(parse_periods(&text).unwrap(), periods);
            let mut suspensions: Vec<Suspension> = susp.into_iter().map(|(s, u, r, l)| {
                let starts = d("1990-01-01") + chrono::Duration::days(s);
                Suspension {
                    starts,
                    until: u.map(|u| starts + chrono::Duration::days(u)),
                    reason: r,
                    lifted_on: l.map(|l| starts + chrono::Duration::days(l)),
                }
            }).collect();
            suspensions.sort_by_key(|s| (s.starts, s.until));
            let text = suspensions_text(&suspensions);
            prop_assert_eq!(parse_suspensions(&text).unwrap(), suspensions);
        }
    }
}
