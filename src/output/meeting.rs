//! Rows of the meeting commands: their field names are CSV columns and JSON keys (a contract).

use serde::Serialize;

use super::html;
use crate::domain::lang::Lang;
use crate::domain::meeting::agenda::Item;
use crate::domain::meeting::door::{Attendee, GuestRow, ProxyRow, SheetRow};
use crate::domain::meeting::{Meeting, when};

#[derive(Debug, Default, Serialize)]
pub struct MeetingRow {
    pub id: i64,
    pub title: String,
    pub starts_at: String,
    pub kind: String,
    pub state: String,
    pub location: Option<String>,
    pub second_of: Option<i64>,
    pub convened_on: Option<String>,
    pub notice_forced: bool,
    pub rules_from: Option<String>,
    pub opened_at: Option<String>,
    /// What an opening with --force overrode (not-convened, other-day; ';' between), else empty:
    /// the meeting's decisions are then voidable (BW 2:15).
    pub open_forced: String,
    pub closed_at: Option<String>,
    /// Why an opened meeting did not take place, or what the chair noted at closing.
    pub close_note: Option<String>,
}

impl MeetingRow {
    pub fn new(m: &Meeting) -> Self {
        MeetingRow {
            id: m.id,
            title: m.title.clone(),
            starts_at: when::iso_minutes(m.starts_at),
            kind: m.kind.as_str().into(),
            state: m.state().as_str().into(),
            location: m.location.clone(),
            second_of: m.second_of,
            convened_on: m.convened_on.map(|d| d.to_string()),
            notice_forced: m.notice_forced,
            rules_from: m.rules_from.map(|d| d.to_string()),
            opened_at: m.opened_at.clone(),
            open_forced: m
                .open_forced
                .iter()
                .map(|p| p.code())
                .collect::<Vec<_>>()
                .join(";"),
            closed_at: m.closed_at.clone(),
            close_note: m.close_note.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct ItemRow {
    pub position: u32,
    pub title: String,
    pub decides: String,
    pub in_convocation: bool,
}

impl ItemRow {
    pub fn new(i: &Item) -> Self {
        ItemRow {
            position: i.position,
            title: i.title.clone(),
            decides: i.decides.as_str().into(),
            in_convocation: i.sent_position.is_some(),
        }
    }
}

/// A meeting document as `meeting document list` and the JSON of its changes show it.
#[derive(Debug, Default, Serialize)]
pub struct DocumentRow {
    pub document: i64,
    pub meeting: i64,
    pub item: u32,
    pub title: String,
    /// Where it lies for inspection; empty when it is enclosed.
    pub lies: Option<String>,
    /// The file sent along with the convocation, and its SHA-256.
    pub file: Option<String>,
    pub sha256: Option<String>,
    /// Added or removed after the convocation went out (--force).
    pub late: bool,
    /// The day the supplement (aanvulling) that sent it went out, for a late document.
    pub supplement_sent: Option<String>,
}

impl DocumentRow {
    pub fn new(meeting: i64, d: &crate::domain::meeting::document::Document) -> Self {
        use crate::domain::meeting::document::Lies;
        let (lies, file, sha256) = match &d.lies {
            Lies::At(at) => (Some(at.clone()), None, None),
            Lies::Enclosed { file, sha256 } => (None, Some(file.clone()), Some(sha256.clone())),
        };
        DocumentRow {
            document: d.id,
            meeting,
            item: d.item,
            title: d.title.clone(),
            lies,
            file,
            sha256,
            late: d.late,
            supplement_sent: d.supplement_sent.map(|d| d.to_string()),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct DoorRow {
    pub number: i64,
    pub result: String,
    pub votes: u32,
    pub note: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct ProxyOut {
    pub giver: i64,
    pub giver_name: String,
    pub holder: i64,
    pub holder_name: String,
    pub holder_present: bool,
    pub form: String,
    pub received_on: String,
    pub instruction: Option<String>,
}

impl ProxyOut {
    pub fn new(p: &ProxyRow) -> Self {
        ProxyOut {
            giver: p.giver,
            giver_name: p.giver_name.clone(),
            holder: p.holder,
            holder_name: p.holder_name.clone(),
            holder_present: p.holder_present,
            form: p.form.clone(),
            received_on: p.received_on.clone(),
            instruction: p.instruction.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct AttendanceRow {
    /// None for a guest who is not in the registry.
    pub number: Option<i64>,
    pub name: String,
    pub status: String,
    pub votes: u32,
    pub holder: Option<i64>,
    pub holder_name: Option<String>,
    pub checked_in_at: Option<String>,
    pub checked_out_at: Option<String>,
    pub note: Option<String>,
}

impl AttendanceRow {
    pub fn new(a: &Attendee, votes: u32) -> Self {
        let note = match (&a.holder, &a.admitted_for) {
            (Some((_, _, false)), _) => Some("holder not present: not counted".to_string()),
            (_, Some(item)) => Some(format!("admitted for: {item}; no vote")),
            _ => None,
        };
        AttendanceRow {
            number: Some(a.number),
            name: a.name.clone(),
            status: a.status.into(),
            votes,
            holder: a.holder.as_ref().map(|h| h.0),
            holder_name: a.holder.as_ref().map(|h| h.1.clone()),
            checked_in_at: a.checked_in_at.clone(),
            checked_out_at: a.checked_out_at.clone(),
            note,
        }
    }
}

impl AttendanceRow {
    /// A guest: on the list, never counted (no votes, never on a roll).
    pub fn guest(g: &GuestRow) -> Self {
        AttendanceRow {
            number: g.number,
            name: g.name.clone(),
            status: "guest".into(),
            votes: 0,
            note: Some("guest: not counted".into()),
            ..Default::default()
        }
    }
}

/// The attendance list (presentielijst) as a printable HTML page with a signature column, in
/// the association's language: every member with access (so it can be signed at the door before
/// the meeting), the date in words, and a totals row.
pub fn attendance_html(association: &str, m: &Meeting, rows: &[SheetRow], lang: Lang) -> String {
    let (heading, header, sign) = match lang {
        Lang::Nl => (
            "Presentielijst",
            ["Nr.", "Naam", "Stemmen", "Aanwezig", "Handtekening"],
            "Handtekening",
        ),
        Lang::En => (
            "Attendance list",
            ["No.", "Name", "Votes", "Present", "Signature"],
            "Signature",
        ),
    };
    let status = |r: &SheetRow| match (lang, r.status.as_deref(), &r.holder) {
        (_, None, _) => String::new(),
        (Lang::Nl, Some("present"), _) => "aanwezig".to_string(),
        (Lang::Nl, Some("left"), _) => "aanwezig, eerder vertrokken".to_string(),
        (Lang::Nl, Some("apologies"), _) => "afwezig met kennisgeving".to_string(),
        (Lang::Nl, Some("proxy"), Some(h)) => format!("bij volmacht, door {h}"),
        (Lang::En, Some("present"), _) => "present".to_string(),
        (Lang::En, Some("left"), _) => "present, left early".to_string(),
        (Lang::En, Some("apologies"), _) => "apologies".to_string(),
        (Lang::En, Some("proxy"), Some(h)) => format!("by proxy, held by {h}"),
        (Lang::Nl, Some("guest"), _) => "gast (telt niet mee)".to_string(),
        (Lang::En, Some("guest"), _) => "guest (not counted)".to_string(),
        (_, Some(other), _) => other.to_string(),
    };
    let mut cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.number.map(|n| n.to_string()).unwrap_or_default(),
                r.name.clone(),
                r.votes.to_string(),
                status(r),
                String::new(),
            ]
        })
        .collect();
    let votes: u64 = rows.iter().map(|r| u64::from(r.votes)).sum();
    let counted = |want: &[&str]| -> (usize, u64) {
        let these: Vec<&SheetRow> = rows
            .iter()
            .filter(|r| r.status.as_deref().is_some_and(|s| want.contains(&s)))
            .collect();
        (these.len(), these.iter().map(|r| u64::from(r.votes)).sum())
    };
    let (present, present_votes) = counted(&["present", "left"]);
    let (proxies, proxy_votes) = counted(&["proxy"]);
    let opened = rows.iter().any(|r| r.status.is_some());
    let total = match (lang, opened) {
        (Lang::Nl, false) => format!("{} leden met toegang", rows.len()),
        (Lang::En, false) => format!("{} members with access", rows.len()),
        (Lang::Nl, true) => format!(
            "{} leden met toegang; aanwezig {present} ({present_votes} stemmen), bij volmacht {proxies} ({proxy_votes} stemmen)",
            rows.len()
        ),
        (Lang::En, true) => format!(
            "{} members with access; present {present} ({present_votes} votes), by proxy {proxies} ({proxy_votes} votes)",
            rows.len()
        ),
    };
    cells.push(vec![
        String::new(),
        match lang {
            Lang::Nl => format!("Totaal: {total}"),
            Lang::En => format!("Total: {total}"),
        },
        votes.to_string(),
        String::new(),
        String::new(),
    ]);
    let place = m
        .location
        .as_deref()
        .map(|l| match lang {
            Lang::Nl => format!(", in {}", html::escape(l)),
            Lang::En => format!(", at {}", html::escape(l)),
        })
        .unwrap_or_default();
    let at = match lang {
        Lang::Nl => format!(
            "{} om {}",
            super::meeting_letter::day_text(m.date(), lang),
            m.starts_at.format("%H.%M uur")
        ),
        Lang::En => format!(
            "{} at {}",
            super::meeting_letter::day_text(m.date(), lang),
            m.starts_at.format("%H:%M")
        ),
    };
    let body = format!(
        "<h1>{} — {}</h1>\n<p>{} — {at}{place}</p>\n{}",
        html::escape(heading),
        html::escape(association),
        html::escape(&m.title),
        html::table(&header.map(String::from), &cells, &[sign]),
    );
    html::page(
        lang.code(),
        &format!("{heading} — {association} — {}", m.title),
        &body,
    )
}
