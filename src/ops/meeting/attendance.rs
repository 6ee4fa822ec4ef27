//! `meeting attendance`: the attendance list as the door recorded it, and the printed sheet.

use crate::domain::lang::Lang;
use crate::domain::meeting::Meeting;
use crate::domain::meeting::door::{Attendee, GuestRow, SheetRow};
use crate::store::{ReadTx, Store};

/// One member on the attendance list, with the votes counted and the name as the list shows
/// it (an organisation through its delegate).
#[derive(Debug, Clone)]
pub struct Line {
    pub attendee: Attendee,
    pub votes: u32,
    pub name: String,
}

/// The attendance list of a meeting.
#[derive(Debug, Clone)]
pub struct Attendance {
    pub meeting: Meeting,
    pub association: String,
    pub lang: Lang,
    pub lines: Vec<Line>,
    /// Guests: on the list, never counted.
    pub guests: Vec<GuestRow>,
    /// The printed list (every member with access), when asked for.
    pub sheet: Option<Vec<SheetRow>>,
}

/// The attendance of meeting `id`; `sheet` adds the printed list.
pub fn attendance(store: &mut Store, id: i64, sheet: bool) -> anyhow::Result<Attendance> {
    store.read(|tx| {
        let m = tx.meeting(id)?;
        let lang = tx.association_lang()?;
        let mut lines = Vec::new();
        for a in tx.attendance(id)? {
            // Apologies carry no vote; the others the votes the roll gives them.
            let votes = if a.status == "apologies" {
                0
            } else {
                tx.meeting_voter(&m, a.member_id)?.votes
            };
            let name = crate::domain::office::represented(lang, &a.name, a.delegate.as_deref());
            lines.push(Line {
                attendee: a,
                votes,
                name,
            });
        }
        let sheet = if sheet { Some(sheet_of(tx, &m)?) } else { None };
        Ok(Attendance {
            association: tx.association_name()?.unwrap_or_default(),
            lang,
            lines,
            guests: tx.meeting_guests(id)?,
            sheet,
            meeting: m,
        })
    })
}

/// The printed list: every member with access on the meeting's roll, in the registry's order of
/// names, with what the door recorded; a proxy only where it counts (its holder present).
fn sheet_of(tx: &ReadTx<'_>, m: &Meeting) -> anyhow::Result<Vec<SheetRow>> {
    let door = tx.attendance(m.id)?;
    let mut rows = Vec::new();
    for v in tx.meeting_roll(m.date(), None)? {
        if !v.access {
            continue;
        }
        let d = tx.member(v.number)?.data;
        let mut status = None;
        let mut holder = None;
        if let Some(a) = door.iter().find(|a| a.number == v.number) {
            match (&a.holder, a.status) {
                (Some((_, name, true)), "proxy") => {
                    status = Some("proxy".to_string());
                    holder = Some(name.clone());
                }
                (Some(_), "proxy") => {}
                (_, s) => status = Some(s.to_string()),
            }
        }
        let sort = crate::domain::text::sort_name(
            d.name_prefix.as_deref(),
            d.family_name.as_deref().unwrap_or_default(),
            d.given_name.as_deref().unwrap_or_default(),
        );
        rows.push((
            sort,
            SheetRow {
                number: Some(v.number),
                name: d.full_name(),
                votes: v.votes,
                status,
                holder,
            },
        ));
    }
    rows.sort_by(|a, b| (&a.0, a.1.number).cmp(&(&b.0, b.1.number)));
    // Guests sign the list too, below the members: never counted, never on the roll.
    let guests = tx.meeting_guests(m.id)?.into_iter().map(|g| SheetRow {
        number: g.number,
        name: g.name,
        votes: 0,
        status: Some("guest".into()),
        holder: None,
    });
    Ok(rows.into_iter().map(|(_, r)| r).chain(guests).collect())
}
