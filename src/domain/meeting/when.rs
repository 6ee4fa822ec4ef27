//! Meeting times as people write them: `2027-03-14T19:30`, `2027-03-14 19:30`, or Dutch
//! `14-03-2027 19.30`. The time is the local wall-clock time where the meeting is held.

use chrono::{NaiveDateTime, NaiveTime};

use crate::domain::date::parse_date;

const EXPECTED: &str = "write it as YYYY-MM-DDTHH:MM or DD-MM-YYYY HH:MM";

/// Parses a time of day: `19:30`, `19.30`, `1930` is refused (ambiguous with a year).
pub fn parse_time(s: &str) -> Result<NaiveTime, String> {
    let t = s.trim().trim_end_matches(" uur");
    let Some((h, m)) = t.split_once([':', '.']) else {
        return Err(format!("'{t}' is not a time; write it as HH:MM"));
    };
    let ok = |p: &str| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit());
    if !ok(h) || m.len() != 2 || !ok(m) {
        return Err(format!("'{t}' is not a time; write it as HH:MM"));
    }
    let (h, m): (u32, u32) = (h.parse().unwrap_or(99), m.parse().unwrap_or(99));
    NaiveTime::from_hms_opt(h, m, 0).ok_or_else(|| format!("'{t}' is not a time of day"))
}

/// Parses a date with a time; a date alone is refused (a meeting has a starting time).
pub fn parse_datetime(s: &str) -> Result<NaiveDateTime, String> {
    let s = s.trim();
    let (date, time) = match s.split_once(['T', ' ']) {
        Some((d, t)) => (d, t),
        None => return Err(format!("'{s}' has no time; {EXPECTED}")),
    };
    let date = parse_date(date).map_err(|e| format!("{e} ({EXPECTED})"))?;
    let time = parse_time(time).map_err(|e| format!("{e} ({EXPECTED})"))?;
    Ok(date.and_time(time))
}

/// `2027-03-14T19:30`: the form every output uses.
pub fn iso_minutes(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_and_dutch_forms() {
        let want = "2027-03-14T19:30";
        for s in [
            "2027-03-14T19:30",
            "2027-03-14 19:30",
            "14-03-2027 19.30",
            "14-3-2027 19:30",
        ] {
            assert_eq!(iso_minutes(parse_datetime(s).unwrap()), want, "{s}");
        }
        assert!(
            parse_datetime("2027-03-14")
                .unwrap_err()
                .contains("no time")
        );
        assert!(parse_datetime("2027-03-14T25:00").is_err());
        assert!(parse_datetime("2027-02-30T19:30").is_err());
        assert!(parse_datetime("2027-03-14T1930").is_err());
        assert_eq!(
            parse_time("9.05").unwrap(),
            NaiveTime::from_hms_opt(9, 5, 0).unwrap()
        );
    }
}
