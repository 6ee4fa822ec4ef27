//! Meetings and their agenda: rows, states, the pinned rules, and the voting roll in the door's
//! words (`meeting_roll`, from `roll_on`), with the snapshot `meeting_voter` taken from it when
//! a meeting opens. Attendance and proxies are in
//! `meeting_door.rs`, members' requests in `meeting_requests.rs`.

use crate::domain::msg::msg;
use anyhow::Context as _;
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::DomainError;
use crate::domain::category::Category;
use crate::domain::decision::standing::OpenProblem;
use crate::domain::journal::action;
use crate::domain::meeting::agenda::{Decides, Item};
use crate::domain::meeting::voter::{Voter, voter};
use crate::domain::meeting::{Kind, Meeting, when};
use crate::domain::roll::Standing;
use crate::domain::rules::{Rules, pin};
use crate::store::roll::RollMember;

pub use crate::domain::meeting::{MeetingEdit, NewMeeting};

fn bad_text(e: impl std::error::Error + Send + Sync + 'static) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
}

fn parse_dt(s: String) -> rusqlite::Result<NaiveDateTime> {
    when::parse_datetime(&s).map_err(|e| bad_text(std::io::Error::other(e)))
}

fn parse_day(s: Option<String>) -> rusqlite::Result<Option<NaiveDate>> {
    s.map(|s| s.parse::<NaiveDate>().map_err(bad_text))
        .transpose()
}

fn kind_of(s: &str) -> Kind {
    s.parse().unwrap_or_default()
}

fn meeting_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: r.get("id")?,
        title: r.get("title")?,
        starts_at: parse_dt(r.get("starts_at")?)?,
        ends_at: r
            .get::<_, Option<String>>("ends_at")?
            .and_then(|t| when::parse_time(&t).ok()),
        location: r.get("location")?,
        kind: kind_of(&r.get::<_, String>("kind")?),
        second_of: r.get("second_of")?,
        convened_on: parse_day(r.get("convened_on")?)?,
        channel: r.get("channel")?,
        notice_given: r.get("notice_given")?,
        notice_required: r.get("notice_required")?,
        notice_key: r.get("notice_key")?,
        notice_forced: r.get("notice_forced")?,
        rules_from: parse_day(r.get("rules_from")?)?,
        rules_digest: r.get("rules_digest")?,
        opened_at: r.get("opened_at")?,
        closed_at: r.get("closed_at")?,
        cancelled_at: r.get("cancelled_at")?,
        cancel_reason: r.get("cancel_reason")?,
        created_at: r.get("created_at")?,
        open_forced: r
            .get::<_, Option<String>>("open_forced")?
            .map(|j| serde_json::from_str::<Vec<String>>(&j).map_err(bad_text))
            .transpose()?
            .unwrap_or_default()
            .iter()
            .filter_map(|c| OpenProblem::parse(c))
            .collect(),
        close_note: r.get("close_note")?,
    })
}

fn meeting_json(m: &Meeting) -> serde_json::Value {
    json!({
        "title": m.title, "starts_at": when::iso_minutes(m.starts_at),
        "ends_at": m.ends_at.map(|t| t.format("%H:%M").to_string()),
        "location": m.location, "kind": m.kind.as_str(), "second_of": m.second_of,
    })
}

impl ReadTx<'_> {
    /// Who may attend and vote on `date`, with what weight, and why not: every registered
    /// member in number order, or only `member_id`. The voting roll decides (`roll_on`, under
    /// the rules in force that day, which a convened meeting keeps by its pin); this only puts
    /// each line in the door's words.
    pub fn meeting_roll(
        &self,
        date: NaiveDate,
        member_id: Option<i64>,
    ) -> anyhow::Result<Vec<Voter>> {
        let mut out = Vec::new();
        let mut push = |m: &RollMember, _: &Category, s: &Standing| {
            out.push(voter(m.id, m.number, s, date));
            Ok(())
        };
        match member_id {
            Some(id) => self.roll_line(date, id, &mut push)?,
            None => self.roll_on(date, &mut push)?,
        }
        out.sort_by_key(|v| v.number);
        Ok(out)
    }

    /// The meeting with this number; NotFound says how to list them.
    pub fn meeting(&self, id: i64) -> anyhow::Result<Meeting> {
        self.conn
            .query_row(
                "SELECT * FROM meeting WHERE id = ?1",
                [id],
                meeting_from_row,
            )
            .optional()?
            .ok_or_else(|| DomainError::Missing(msg!("lookup-meeting", id = id)).into())
    }

    /// Every meeting, by number.
    pub fn meetings(&self) -> anyhow::Result<Vec<Meeting>> {
        let mut stmt = self.conn.prepare("SELECT * FROM meeting ORDER BY id")?;
        let rows = stmt.query_map([], meeting_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The rules a meeting is held under: the pinned values once convened or opened, else the
    /// version in force on its date.
    pub fn meeting_rules(&self, m: &Meeting) -> anyhow::Result<(NaiveDate, Rules)> {
        let pinned: Option<String> = self.conn.query_row(
            "SELECT rules_values FROM meeting WHERE id = ?1",
            [m.id],
            |r| r.get(0),
        )?;
        match (pinned, m.rules_from) {
            (Some(values), Some(from)) => {
                let rules = pin::from_pinned(&values).context("the meeting's pinned rules")?;
                Ok((from, rules))
            }
            _ => {
                let (v, rules) = self.rules_in_force(m.date())?;
                Ok((v.valid_from, rules))
            }
        }
    }

    /// A member's place at the meeting: from the snapshot once it is open, else from the roll on
    /// its date. A member not on the snapshot gets the roll's reason, marked as such.
    pub fn meeting_voter(&self, m: &Meeting, member_id: i64) -> anyhow::Result<Voter> {
        if m.opened_at.is_some() {
            let row = self
                .conn
                .prepare_cached(
                    "SELECT v.votes, v.access, v.reason, m.number FROM meeting_voter v
                     JOIN member m ON m.id = v.member_id WHERE v.meeting_id = ?1 AND v.member_id = ?2",
                )?
                .query_row(params![m.id, member_id], |r| {
                    Ok((r.get::<_, u32>(0)?, r.get::<_, bool>(1)?, r.get::<_, Option<String>>(2)?, r.get(3)?))
                })
                .optional()?;
            if let Some((votes, access, reason, number)) = row {
                return Ok(Voter {
                    member_id,
                    number,
                    votes,
                    access,
                    suspended: !access
                        && votes == 0
                        && reason
                            .as_deref()
                            .is_some_and(|r| r.starts_with("suspended")),
                    reason,
                });
            }
            let mut live = self.live_voter(m.date(), member_id)?;
            live.access = false;
            live.votes = 0;
            live.suspended = false;
            live.reason = Some(format!(
                "not on the roll of meeting {} taken when it opened ({})",
                m.id,
                live.reason.unwrap_or_else(|| "registered since".into())
            ));
            return Ok(live);
        }
        self.live_voter(m.date(), member_id)
    }

    fn live_voter(&self, date: NaiveDate, member_id: i64) -> anyhow::Result<Voter> {
        self.meeting_roll(date, Some(member_id))?
            .pop()
            .ok_or_else(|| anyhow::anyhow!("member id {member_id} vanished"))
    }

    /// The members (ids) whose suspension or expulsion an item of the meeting deals with.
    pub fn agenda_members(&self, meeting_id: i64) -> anyhow::Result<Vec<i64>> {
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT about_member FROM agenda_item
             WHERE meeting_id = ?1 AND about_member IS NOT NULL",
        )?;
        let rows = stmt.query_map([meeting_id], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The agenda in order.
    pub fn agenda(&self, meeting_id: i64) -> anyhow::Result<Vec<Item>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, position, title, decides, sent_position FROM agenda_item
             WHERE meeting_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([meeting_id], |r| {
            Ok(Item {
                id: r.get(0)?,
                position: r.get(1)?,
                title: r.get(2)?,
                decides: r.get::<_, String>(3)?.parse().unwrap_or(Decides::None),
                sent_position: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl WriteTx<'_> {
    /// Adds a meeting (journaled). Checks that need the database are the caller's (ops).
    pub fn add_meeting(&self, m: &NewMeeting) -> anyhow::Result<Meeting> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "INSERT INTO meeting (title, starts_at, ends_at, location, kind, second_of, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                m.title,
                when::iso_minutes(m.starts_at),
                m.ends_at.map(|t| t.format("%H:%M").to_string()),
                m.location,
                m.kind.as_str(),
                m.second_of,
                at
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        let meeting = self.meeting(id)?;
        self.journal(Change {
            action: action::MEETING_NEW,
            entity: "meeting",
            entity_id: Some(id.to_string()),
            summary: format!(
                "planned meeting {id} ({}) on {}",
                m.kind.as_str(),
                when::iso_minutes(m.starts_at)
            ),
            new: Some(meeting_json(&meeting)),
            ..Default::default()
        })?;
        Ok(meeting)
    }

    /// Applies an edit (journaled with old and new values).
    pub fn edit_meeting(&self, id: i64, e: &MeetingEdit) -> anyhow::Result<Meeting> {
        let old = self.meeting(id)?;
        let mut new = old.clone();
        if let Some(t) = &e.title {
            new.title = t.clone();
        }
        if let Some(t) = e.starts_at {
            new.starts_at = t;
        }
        if let Some(t) = e.ends_at {
            new.ends_at = Some(t);
        }
        if let Some(l) = &e.location {
            new.location = Some(l.clone()).filter(|l| !l.trim().is_empty());
        }
        if let Some(k) = e.kind {
            new.kind = k;
        }
        if new == old {
            return Ok(old);
        }
        self.conn.execute(
            "UPDATE meeting SET title = ?2, starts_at = ?3, ends_at = ?4, location = ?5, kind = ?6 WHERE id = ?1",
            params![
                id,
                new.title,
                when::iso_minutes(new.starts_at),
                new.ends_at.map(|t| t.format("%H:%M").to_string()),
                new.location,
                new.kind.as_str()
            ],
        )?;
        self.journal(Change {
            action: action::MEETING_EDIT,
            entity: "meeting",
            entity_id: Some(id.to_string()),
            summary: format!("changed meeting {id}"),
            old: Some(meeting_json(&old)),
            new: Some(meeting_json(&new)),
            ..Default::default()
        })?;
        self.meeting(id)
    }

    /// Cancels a meeting (journaled).
    pub fn cancel_meeting(&self, id: i64, reason: &str) -> anyhow::Result<Meeting> {
        let at = self.actor().at_rfc3339();
        self.conn.execute(
            "UPDATE meeting SET cancelled_at = ?2, cancel_reason = ?3 WHERE id = ?1",
            params![id, at, reason],
        )?;
        self.journal(Change {
            action: action::MEETING_CANCEL,
            entity: "meeting",
            entity_id: Some(id.to_string()),
            summary: format!("cancelled meeting {id}"),
            new: Some(json!({ "reason": reason })),
            ..Default::default()
        })?;
        self.meeting(id)
    }

    /// Pins the rules in force on the meeting's date to it, once: version, values and digest.
    pub fn pin_meeting_rules(&self, m: &Meeting) -> anyhow::Result<()> {
        if m.rules_from.is_some() {
            return Ok(());
        }
        let (v, rules) = self.rules_in_force(m.date())?;
        let text = pin::pinned_text(&rules);
        self.conn.execute(
            "UPDATE meeting SET rules_from = ?2, rules_values = ?3, rules_digest = ?4 WHERE id = ?1",
            params![m.id, v.valid_from.to_string(), text, pin::digest(&text)],
        )?;
        Ok(())
    }

    /// Records the convocation and freezes the agenda as sent (journaled; `forced` records the
    /// notice override so that the minutes can state it).
    pub fn convene_meeting(
        &self,
        m: &Meeting,
        sent: NaiveDate,
        channel: &str,
        notice: &crate::domain::meeting::notice::Notice,
        forced: bool,
        // What the convocation lacked when convened with --force (`domain::meeting::convocation`).
        missing: &[&str],
    ) -> anyhow::Result<Meeting> {
        self.pin_meeting_rules(m)?;
        self.conn.execute(
            "UPDATE meeting SET convened_on = ?2, channel = ?3, notice_given = ?4, notice_required = ?5,
                 notice_key = ?6, notice_forced = ?7, convened_without = ?8 WHERE id = ?1",
            params![
                m.id,
                sent.to_string(),
                channel,
                notice.given,
                notice.required,
                notice.key,
                forced,
                (!missing.is_empty()).then(|| serde_json::json!(missing).to_string())
            ],
        )?;
        self.conn.execute(
            "UPDATE agenda_item SET sent_position = position WHERE meeting_id = ?1",
            [m.id],
        )?;
        let mut summary = if forced {
            format!(
                "convened meeting {} on {sent} by {channel} with {} days of notice where {} = {} (override: --force)",
                m.id, notice.given, notice.key, notice.required
            )
        } else {
            format!("convened meeting {} on {sent} by {channel}", m.id)
        };
        if !missing.is_empty() {
            summary.push_str(&format!(
                " without {} (override: --force)",
                missing.join(" and ")
            ));
        }
        self.journal(Change {
            action: if forced || !missing.is_empty() {
                action::MEETING_CONVENE_FORCED
            } else {
                action::MEETING_CONVENE
            },
            entity: "meeting",
            entity_id: Some(m.id.to_string()),
            summary,
            new: Some(json!({
                "sent": sent.to_string(), "channel": channel, "notice_given": notice.given,
                "notice_required": notice.required, "notice_key": notice.key, "forced": forced,
                "missing": missing,
                "last_day_to_send": notice.last_day_to_send.to_string(),
            })),
            ..Default::default()
        })?;
        self.meeting(m.id)
    }

    /// Opens the meeting: records the time, pins the rules and takes the snapshot of voters
    /// (every member on the meeting date, with votes and the reason when none).
    pub fn open_meeting(
        &self,
        m: &Meeting,
        at: NaiveDateTime,
        forced: &[OpenProblem],
    ) -> anyhow::Result<(Meeting, u64)> {
        self.pin_meeting_rules(m)?;
        let codes: Vec<&str> = forced.iter().map(|p| p.code()).collect();
        let forced_json = (!codes.is_empty()).then(|| json!(codes).to_string());
        self.conn.execute(
            "UPDATE meeting SET opened_at = ?2, open_forced = ?3 WHERE id = ?1",
            params![m.id, when::iso_minutes(at), forced_json],
        )?;
        let mut insert = self.conn.prepare_cached(
            "INSERT INTO meeting_voter (meeting_id, member_id, votes, access, reason) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut n = 0u64;
        for v in self.meeting_roll(m.date(), None)? {
            if v.access || v.suspended {
                insert.execute(params![m.id, v.member_id, v.votes, v.access, v.reason])?;
                n += 1;
            }
        }
        self.journal(Change {
            action: action::MEETING_OPEN,
            entity: "meeting",
            entity_id: Some(m.id.to_string()),
            summary: format!(
                "opened meeting {} at {}; {n} members on its roll{}",
                m.id,
                when::iso_minutes(at),
                if codes.is_empty() {
                    String::new()
                } else {
                    format!("; forced past: {}", codes.join(", "))
                }
            ),
            new: (!codes.is_empty()).then(|| json!({ "forced": codes })),
            ..Default::default()
        })?;
        Ok((self.meeting(m.id)?, n))
    }

    /// Takes an opening back: the roll snapshot goes, the meeting is planned or convened again
    /// (journaled). The caller checks that nothing was recorded in it.
    pub fn undo_open_meeting(&self, m: &Meeting) -> anyhow::Result<Meeting> {
        self.conn
            .execute("DELETE FROM meeting_voter WHERE meeting_id = ?1", [m.id])?;
        self.conn.execute(
            "UPDATE meeting SET opened_at = NULL, open_forced = NULL WHERE id = ?1",
            [m.id],
        )?;
        self.journal(Change {
            action: action::MEETING_OPEN_UNDO,
            entity: "meeting",
            entity_id: Some(m.id.to_string()),
            summary: format!(
                "took back the opening of meeting {} (opened at {})",
                m.id,
                m.opened_at.as_deref().unwrap_or("?")
            ),
            old: Some(json!({ "opened_at": m.opened_at })),
            ..Default::default()
        })?;
        self.meeting(m.id)
    }

    /// Closes the meeting, with the chair's note if any (journaled).
    pub fn close_meeting(
        &self,
        m: &Meeting,
        at: NaiveDateTime,
        note: Option<&str>,
    ) -> anyhow::Result<Meeting> {
        self.conn.execute(
            "UPDATE meeting SET closed_at = ?2, close_note = ?3 WHERE id = ?1",
            params![m.id, when::iso_minutes(at), note],
        )?;
        self.journal(Change {
            action: action::MEETING_CLOSE,
            entity: "meeting",
            entity_id: Some(m.id.to_string()),
            summary: format!("closed meeting {} at {}", m.id, when::iso_minutes(at)),
            new: note.map(|n| json!({ "note": n })),
            ..Default::default()
        })?;
        self.meeting(m.id)
    }

    /// The votes and election rounds of the meeting still open, in words: "vote 3 on proposal 2
    /// ‘Begroting’", "election 1 ‘Bestuur’ round 2".
    pub fn open_questions(&self, meeting_id: i64) -> anyhow::Result<Vec<String>> {
        let mut out = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT v.id, p.id, p.title FROM vote v JOIN proposal p ON p.id = v.proposal_id
             WHERE v.meeting_id = ?1 AND v.status = 'open' ORDER BY v.id",
        )?;
        for r in stmt.query_map([meeting_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })? {
            let (v, p, t) = r?;
            out.push(crate::domain::vote::words::vote_on(v, p, &t).to_string());
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.title, r.number FROM election_round r JOIN election e ON e.id = r.election_id
             WHERE e.meeting_id = ?1 AND r.status = 'open' ORDER BY e.id, r.number",
        )?;
        for r in stmt.query_map([meeting_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })? {
            let (e, t, n) = r?;
            out.push(format!("election {e} \u{2018}{t}\u{2019} round {n}"));
        }
        Ok(out)
    }

    /// What has been recorded in an opened meeting (votes, election rounds), in words; empty
    /// when its opening may still be taken back.
    pub fn recorded_in_meeting(&self, meeting_id: i64) -> anyhow::Result<Vec<String>> {
        let (votes, rounds): (i64, i64) = self.conn.query_row(
            "SELECT (SELECT count(*) FROM vote WHERE meeting_id = ?1),
                    (SELECT count(*) FROM election_round r JOIN election e ON e.id = r.election_id
                     WHERE e.meeting_id = ?1)",
            [meeting_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut out = Vec::new();
        if votes > 0 {
            out.push(format!("{votes} vote(s)"));
        }
        if rounds > 0 {
            out.push(format!("{rounds} election round(s)"));
        }
        Ok(out)
    }

    /// Moves items from `from` on by `delta` (±1), through a far offset so that the unique
    /// position never collides halfway.
    fn shift_items(&self, meeting_id: i64, from: u32, to: u32, delta: i64) -> anyhow::Result<()> {
        const FAR: i64 = 1_000_000;
        self.conn.execute(
            "UPDATE agenda_item SET position = position + ?4 WHERE meeting_id = ?1 AND position BETWEEN ?2 AND ?3",
            params![meeting_id, from, to, FAR],
        )?;
        self.conn.execute(
            "UPDATE agenda_item SET position = position - ?2 + ?3 WHERE meeting_id = ?1 AND position > ?2 AND position < 2 * ?2",
            params![meeting_id, FAR, delta],
        )?;
        Ok(())
    }

    /// Adds an item at `position` (journaled); `about` is the member (id) whose suspension or
    /// expulsion it deals with.
    pub fn add_agenda_item(
        &self,
        meeting_id: i64,
        position: u32,
        title: &str,
        decides: Decides,
        about: Option<i64>,
    ) -> anyhow::Result<Item> {
        self.shift_items(meeting_id, position, u32::MAX, 1)?;
        self.conn.execute(
            "INSERT INTO agenda_item (meeting_id, position, title, decides, about_member)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![meeting_id, position, title, decides.as_str(), about],
        )?;
        self.journal(Change {
            action: action::MEETING_AGENDA_ADD,
            entity: "meeting",
            entity_id: Some(meeting_id.to_string()),
            member_id: about,
            summary: format!("added agenda item {position} to meeting {meeting_id}"),
            new: Some(json!({ "position": position, "title": title, "decides": decides.as_str() })),
            ..Default::default()
        })?;
        let items = self.agenda(meeting_id)?;
        Ok(items
            .into_iter()
            .find(|i| i.position == position)
            .expect("just inserted"))
    }

    /// Moves item `from` to `to` (journaled).
    pub fn move_agenda_item(&self, meeting_id: i64, from: u32, to: u32) -> anyhow::Result<()> {
        if from == to {
            return Ok(());
        }
        self.conn.execute(
            "UPDATE agenda_item SET position = 3000000 WHERE meeting_id = ?1 AND position = ?2",
            params![meeting_id, from],
        )?;
        if from < to {
            self.shift_items(meeting_id, from + 1, to, -1)?;
        } else {
            self.shift_items(meeting_id, to, from - 1, 1)?;
        }
        self.conn.execute(
            "UPDATE agenda_item SET position = ?2 WHERE meeting_id = ?1 AND position = 3000000",
            params![meeting_id, to],
        )?;
        self.journal(Change {
            action: action::MEETING_AGENDA_MOVE,
            entity: "meeting",
            entity_id: Some(meeting_id.to_string()),
            summary: format!("moved agenda item {from} of meeting {meeting_id} to {to}"),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Removes item `position` (journaled).
    pub fn remove_agenda_item(&self, meeting_id: i64, item: &Item) -> anyhow::Result<()> {
        self.conn
            .execute("DELETE FROM agenda_item WHERE id = ?1", [item.id])?;
        self.shift_items(meeting_id, item.position + 1, u32::MAX, -1)?;
        self.journal(Change {
            action: action::MEETING_AGENDA_REMOVE,
            entity: "meeting",
            entity_id: Some(meeting_id.to_string()),
            summary: format!(
                "removed agenda item {} of meeting {meeting_id}",
                item.position
            ),
            old: Some(json!({ "position": item.position, "title": item.title })),
            ..Default::default()
        })?;
        Ok(())
    }
}
