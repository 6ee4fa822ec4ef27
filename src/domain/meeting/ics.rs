//! The meeting as an iCalendar event (RFC 5545), to attach to the convocation e-mail. The time is
//! the local wall-clock time where the meeting is held ("floating" time, RFC 5545 §3.3.5).

use chrono::{DateTime, Duration, NaiveDateTime, Utc};

/// What the event says.
pub struct Event<'a> {
    pub uid: String,
    pub stamp: DateTime<Utc>,
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
    pub summary: &'a str,
    pub location: Option<&'a str>,
    pub description: &'a str,
}

/// The default length of a meeting without an end time.
pub fn default_end(starts: NaiveDateTime) -> NaiveDateTime {
    starts + Duration::hours(2)
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in line.chars() {
        let w = c.len_utf8();
        if len + w > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += w;
    }
    out.push_str("\r\n");
    out
}

/// The calendar text, with CRLF line ends.
pub fn render(e: &Event<'_>) -> String {
    let t = |d: NaiveDateTime| d.format("%Y%m%dT%H%M%S").to_string();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//quorum//general meeting//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{}", e.uid),
        format!("DTSTAMP:{}", e.stamp.format("%Y%m%dT%H%M%SZ")),
        format!("DTSTART:{}", t(e.starts)),
        format!("DTEND:{}", t(e.ends)),
        format!("SUMMARY:{}", escape(e.summary)),
    ];
    if let Some(l) = e.location {
        lines.push(format!("LOCATION:{}", escape(l)));
    }
    lines.push(format!("DESCRIPTION:{}", escape(e.description)));
    lines.push("END:VEVENT".into());
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_folded_and_crlf() {
        let starts = crate::domain::meeting::when::parse_datetime("2027-03-14T19:30").unwrap();
        let long = "Agenda: ".to_string() + &"één, twee; drie ".repeat(8);
        let text = render(&Event {
            uid: "meeting-1@quorum".into(),
            stamp: DateTime::parse_from_rfc3339("2027-02-20T10:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
            starts,
            ends: default_end(starts),
            summary: "ALV, voorjaar",
            location: Some("Buurthuis De Kring; Utrecht"),
            description: &long,
        });
        assert!(text.contains("DTSTART:20270314T193000\r\n"));
        assert!(text.contains("DTEND:20270314T213000\r\n"));
        assert!(text.contains("SUMMARY:ALV\\, voorjaar\r\n"));
        assert!(text.contains("LOCATION:Buurthuis De Kring\\; Utrecht\r\n"));
        for l in text.split("\r\n") {
            assert!(l.len() <= 75, "{l}");
        }
        assert!(!text.replace("\r\n", "").contains('\n'));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
    }
}
