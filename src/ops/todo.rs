//! `quorum todo`: what the law and the statutes expect next, with dates (issue 30). Read only:
//! every duty is derived from what is recorded, on the day asked.

use chrono::{Days, NaiveDate};

use crate::domain::minutes::ActionFilter;
use crate::domain::office::{self, Duty, sort_duties};
use crate::domain::rules::types::{LegalCapacity, RuleValue as _};
use crate::store::ReadTx;

fn day(s: &str) -> Option<NaiveDate> {
    s.get(..10).and_then(|d| d.parse().ok())
}

/// Every duty on `on`, in the order to work through them (`quorum todo`).
pub fn list(store: &mut crate::store::Store, on: NaiveDate) -> anyhow::Result<Vec<Duty>> {
    store.read(|tx| duties(tx, on))
}

/// [`list`] inside the caller's transaction.
pub fn duties(tx: &ReadTx<'_>, on: NaiveDate) -> anyhow::Result<Vec<Duty>> {
    let rules = crate::ops::board::rules_for(tx, on)?;
    let meetings = tx.meeting_days()?;
    let mut out = Vec::new();

    // The annual meeting (BW 2:48 lid 1) of the last financial year that ended.
    let (fy_end, deadline) = crate::domain::meeting::annual_deadline(&rules, on);
    let year = office::year_before(&rules, on);
    let annual = meetings
        .iter()
        .find(|m| m.annual && day(&m.date).is_some_and(|d| d > fy_end));
    let before = annual.and_then(|m| day(&m.date)).unwrap_or(deadline);
    if annual.is_none() {
        out.push(Duty::new(
            "annual-meeting",
            Some(deadline),
            on,
            format!("hold the annual meeting on financial year {year} (ended {fy_end}): annual report and accounts"),
            format!("BW 2:48 lid 1; annual_meeting_deadline_months = {}", rules.annual_meeting_deadline_months),
        ));
    }
    // The accounts, approved at that meeting.
    let approved = tx
        .accounts_adopted()?
        .into_iter()
        .any(|d| day(&d.decided_on).is_some_and(|d| d > fy_end));
    if !approved {
        out.push(Duty::new(
            "accounts",
            Some(before),
            on,
            format!("accounts of {year} (balance sheet and statement of income and expenditure, signed by the board) for approval"),
            "BW 2:48 lid 1",
        ));
    }
    // The audit committee and its report, before the vote on the accounts (BW 2:48 lid 2).
    let k = tx.kascommissie(year)?;
    let accountant = k.as_ref().is_some_and(|k| k.accountant);
    if office::committee_exemption(&rules, accountant).is_none() {
        match &k {
            Some(k) if k.report_date.is_some() => {}
            Some(k) if !k.members.is_empty() => out.push(Duty::new(
                "kascommissie-report",
                Some(before),
                on,
                format!("the audit committee's report on {year}, before the vote on the accounts (`quorum kascommissie report {year}`)"),
                "BW 2:48 lid 2",
            )),
            _ => out.push(Duty::new(
                "kascommissie",
                Some(before),
                on,
                format!("no audit committee for {year} is recorded: appoint one (`quorum kascommissie set {year}`), or record an accountant's statement"),
                format!("BW 2:48 lid 2; kascommissie_min_members = {}", rules.kascommissie_min_members),
            )),
        }
    }

    // Minutes awaiting approval: by the next meeting (minutes_adopted_by).
    for m in meetings.iter().filter(|m| m.closed && !m.sealed) {
        let next = meetings
            .iter()
            .filter(|n| n.date > m.date)
            .find_map(|n| day(&n.date));
        out.push(Duty::new(
            "minutes",
            next,
            on,
            format!(
                "minutes of meeting {} ({}, {}) await approval",
                m.id, m.title, m.date
            ),
            format!("minutes_adopted_by = {}", rules.minutes_adopted_by.text()),
        ));
    }

    // Statute amendments waiting for the notary (BW 2:43 lid 5).
    if rules.legal_capacity == LegalCapacity::Full {
        for d in tx.awaiting_deed()? {
            out.push(Duty::new(
                "deed",
                None,
                on,
                format!("decision {} ({}) of {} awaits the notarial deed (`quorum decisions set {} --status in-force`)", d.code, d.title, d.decided_on, d.code),
                "BW 2:43 lid 5",
            ));
        }
    }

    // Board members suspended by the meeting: the suspension lapses unless a dismissal follows.
    let decisions = tx.board_member_decisions()?;
    for s in crate::domain::proposal::board::open_suspensions(
        &decisions,
        rules.board_suspension_max_days,
    ) {
        out.push(Duty::new(
            "board-suspension",
            Some(s.lapses_on),
            on,
            format!(
                "the suspension of board member {} (decision {}, {}) lapses on {} unless the general meeting dismisses them before then",
                s.member, s.code, s.since, s.lapses_on
            ),
            format!(
                "model statutes; board_suspension_max_days = {}",
                rules.board_suspension_max_days
            ),
        ));
    }

    // Board changes to report to the Handelsregister (and the UBO register).
    for r in tx.board_reports(true)? {
        let registers = if r.ubo {
            "the Handelsregister and the UBO register"
        } else {
            "the Handelsregister"
        };
        out.push(Duty::new(
            "board-report",
            day(&r.due),
            on,
            format!(
                "report to {registers}: member {} {} on {} (`quorum board reported {}`)",
                r.number,
                match r.change.as_str() {
                    "appointed" => format!("appointed {}", r.role),
                    "ended" => format!("left the board (was {})", r.role),
                    _ => format!("became {}", r.role),
                },
                r.changed_on,
                r.id
            ),
            "Handelsregisterbesluit 2008: within a week",
        ));
    }

    // Board terms ending within a year (the retirement schedule).
    let horizon = on.checked_add_days(Days::new(365)).unwrap_or(on);
    for s in crate::ops::board::schedule(tx, on)? {
        let Some(end) = s.term_end.as_deref().and_then(day) else {
            continue;
        };
        if end <= horizon {
            out.push(Duty::new(
                "board-term",
                Some(end),
                on,
                format!(
                    "the term of member {} ({}) ends at the annual meeting of {}; {}",
                    s.member,
                    s.role,
                    office::retiring_at(end),
                    if s.re_eligible {
                        "re-eligible"
                    } else {
                        "not re-eligible"
                    }
                ),
                format!(
                    "board_term_years = {}",
                    rules
                        .board_term_years
                        .map_or("none".to_string(), |y| y.to_string())
                ),
            ));
        }
    }

    // Voidable decisions whose annulment window may still be open (BW 2:15 lid 5).
    for d in tx.voidable_decisions()? {
        let Some(decided) = day(&d.decided_on) else {
            continue;
        };
        let end = office::annulment_window_end(decided);
        if end >= on {
            out.push(Duty::new(
                "voidable",
                Some(end),
                on,
                format!("decision {} ({}) is voidable (`quorum decisions show {}` gives the grounds); a claim can be made until at least {end}, unless a later decision confirms it", d.code, d.title, d.code),
                "BW 2:15 lid 5: one year after it was made known",
            ));
        }
    }

    // Open action items.
    for a in tx.actions(ActionFilter {
        meeting_id: None,
        open_only: true,
    })? {
        out.push(Duty::new(
            "action",
            a.due.as_deref().and_then(day),
            on,
            format!("action item {}: {} ({})", a.id, a.what, a.who),
            format!("meeting {} of {}", a.meeting_id, a.meeting_date),
        ));
    }

    // Members' requests to convene (BW 2:41) not yet met by a meeting.
    for r in tx.member_requests()? {
        let held = meetings
            .iter()
            .any(|m| m.date >= r.received_on && m.date <= r.meeting_by);
        if held {
            continue;
        }
        out.push(Duty::new(
            "request",
            day(&r.meeting_by),
            on,
            format!(
                "members' request {} of {}: convene by {} (after that the requesters may), hold the meeting by {}",
                r.id, r.received_on, r.board_acts_by, r.meeting_by
            ),
            "BW 2:41",
        ));
    }

    // Former members' data past its retention (rules.md D4), looking three months ahead.
    let ahead = on.checked_add_days(Days::new(90)).unwrap_or(on);
    for (number, left) in tx.former_unerased()? {
        let Some(left) = day(&left) else { continue };
        let until = office::retention_until(&rules, left);
        if until <= ahead {
            out.push(Duty::new(
                "retention",
                Some(until),
                on,
                format!("erase the data of former member {number} (left {left}): `quorum member erase {number}`"),
                format!("retention_member_core_years = {}", rules.retention_member_core_years),
            ));
        }
    }

    sort_duties(&mut out);
    Ok(out)
}
