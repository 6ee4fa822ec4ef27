//! The checks before a statute amendment is voted on (BW 2:42, rules.md A25 and Example 2 step
//! 1): the verbatim text was there before the convocation went out, the convocation announced
//! the amendment with the statute-amendment notice, and the text lay open for inspection
//! `inspection_days_statute_amendment` days before the meeting. Each failure is a problem with a
//! message; the vote refuses on them unless forced, and a forced decision is voidable (BW 2:15).

use serde::Serialize;

use super::{Kind, Proposal};
use crate::domain::meeting::Meeting;
use crate::domain::meeting::agenda::{Decides, Item};
use crate::domain::rules::Rules;

/// One unmet requirement of BW 2:42.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Stable name of the requirement: `text`, `convened`, `announced`, `notice`, `inspection`.
    pub key: &'static str,
    pub message: String,
}

fn problem(key: &'static str, message: String) -> Problem {
    Problem { key, message }
}

/// What BW 2:42 still lacks for a vote on `p` at meeting `m`, under the meeting's rules. `item` is
/// the agenda item that puts the proposal (or the proposal it amends) to the meeting. Empty for
/// a proposal that is not a statute amendment, or when everything is in order.
pub fn problems(rules: &Rules, p: &Proposal, m: &Meeting, item: Option<&Item>) -> Vec<Problem> {
    if p.kind != Kind::Statutes {
        return Vec::new();
    }
    let mut out = Vec::new();
    let day = m.date();
    // BW 2:42 asks for the verbatim text to lie open, not to go out with the convocation: the
    // text may be recorded after the convocation, as long as it lies open long enough.
    if p.text.is_none() {
        out.push(problem(
            "text",
            format!(
                "proposal {} has no verbatim text; the amendment must lie open word for word for inspection before the meeting (BW 2:42; `quorum proposal edit {} --text …`)",
                p.id, p.id
            ),
        ));
    }
    let Some(sent) = m.convened_on else {
        out.push(problem(
            "convened",
            format!(
                "meeting {} has not been convened; the convocation must announce the statute amendment (BW 2:42)",
                m.id
            ),
        ));
        return with_inspection(out, rules, p, m);
    };
    let announced =
        item.is_some_and(|i| i.decides == Decides::StatuteAmendment && i.sent_position.is_some());
    if !announced {
        out.push(problem(
            "announced",
            format!(
                "the convocation of meeting {} sent on {sent} did not announce proposal {} as a statute amendment on its agenda (BW 2:42)",
                m.id, p.id
            ),
        ));
    }
    if !rules.statute_amendment_notice_ok(sent, day) {
        out.push(problem(
            "notice",
            format!(
                "the convocation of meeting {} went out on {sent} with {} days of notice; a statute amendment needs {} (notice_days_statute_amendment, BW 2:42)",
                m.id,
                m.notice_given
                    .map_or_else(|| "?".to_string(), |g| g.to_string()),
                rules.notice_days_statute_amendment
            ),
        ));
    }
    with_inspection(out, rules, p, m)
}

fn with_inspection(
    mut out: Vec<Problem>,
    rules: &Rules,
    p: &Proposal,
    m: &Meeting,
) -> Vec<Problem> {
    let days = rules.inspection_days_statute_amendment;
    // A text changed after it was laid open lies open, as it now reads, from the day it changed.
    let open_from = match (p.text_open_from, p.text_on) {
        (Some(from), Some(on)) => Some(from.max(on)),
        (from, _) => from,
    };
    match open_from {
        None => out.push(problem(
            "inspection",
            format!(
                "no day is recorded from which the text of proposal {} lies open for inspection; it must be at least {days} days before the meeting on {} (inspection_days_statute_amendment, BW 2:42; `quorum proposal edit {} --text-open-from DATE`)",
                p.id,
                m.date(),
                p.id
            ),
        )),
        Some(from) if !rules.statute_amendment_inspection_ok(from, m.date()) => out.push(problem(
            "inspection",
            format!(
                "the text of proposal {} lies open from {from}, fewer than {days} days before the meeting on {} (inspection_days_statute_amendment, BW 2:42)",
                p.id,
                m.date()
            ),
        )),
        Some(_) => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::proposal::Status;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Example 2: a meeting on 2026-06-20 (notice 14 days, inspection 5 days: the Dutch defaults).
    fn meeting(sent: Option<NaiveDate>) -> Meeting {
        Meeting {
            id: 1,
            title: "ALV".into(),
            starts_at: ymd(2026, 6, 20).and_hms_opt(20, 0, 0).unwrap(),
            ends_at: None,
            location: None,
            kind: crate::domain::meeting::Kind::Extraordinary,
            second_of: None,
            convened_on: sent,
            channel: sent.map(|_| "email".into()),
            notice_given: sent.map(|s| (ymd(2026, 6, 20) - s).num_days() - 1),
            notice_required: sent.map(|_| 14),
            notice_key: sent.map(|_| "notice_days_statute_amendment".into()),
            notice_forced: false,
            rules_from: None,
            rules_digest: None,
            opened_at: None,
            closed_at: None,
            cancelled_at: None,
            cancel_reason: None,
            created_at: "2026-05-01T10:00:00Z".into(),
            open_forced: Vec::new(),
            close_note: None,
        }
    }

    fn amendment(text_on: NaiveDate, open_from: Option<NaiveDate>) -> Proposal {
        Proposal {
            id: 3,
            meeting_id: Some(1),
            title: "Statute amendment: quorum".into(),
            text: Some("Article 12 paragraph 2 reads: …".into()),
            text_on: Some(text_on),
            kind: Kind::Statutes,
            by_board: true,
            amends: None,
            status: Status::Draft,
            withdrawn_at: None,
            text_open_from: open_from,
            created_at: "2026-05-01T10:00:00Z".into(),
            member_id: None,
            member_number: None,
        }
    }

    fn item(sent: bool) -> Item {
        Item {
            id: 1,
            position: 2,
            title: "Statute amendment".into(),
            decides: Decides::StatuteAmendment,
            sent_position: sent.then_some(2),
        }
    }

    fn keys(v: &[Problem]) -> Vec<&'static str> {
        v.iter().map(|p| p.key).collect()
    }

    #[test]
    fn example_2_step_1_everything_in_order() {
        // Sent 2026-06-05: 14 days between (the sending day and the meeting day excluded);
        // open from 2026-06-15 = the meeting day minus 5 days.
        let r = Rules::default();
        let m = meeting(Some(ymd(2026, 6, 5)));
        let p = amendment(ymd(2026, 6, 1), Some(ymd(2026, 6, 15)));
        assert_eq!(problems(&r, &p, &m, Some(&item(true))), vec![]);
    }

    #[test]
    fn example_2_step_1_a_day_short_of_notice_or_inspection() {
        let r = Rules::default();
        let m = meeting(Some(ymd(2026, 6, 6)));
        let p = amendment(ymd(2026, 6, 1), Some(ymd(2026, 6, 16)));
        let found = problems(&r, &p, &m, Some(&item(true)));
        assert_eq!(keys(&found), vec!["notice", "inspection"]);
        assert!(
            found[0].message.contains("13 days of notice"),
            "{}",
            found[0].message
        );
        assert!(
            found[0].message.contains("needs 14"),
            "{}",
            found[0].message
        );
        assert!(
            found[1].message.contains("fewer than 5 days"),
            "{}",
            found[1].message
        );
    }

    #[test]
    fn the_law_alone_needs_seven_days_of_notice() {
        // rules.md §0: the law requires 7 days; the statutes of Example 2 say 14.
        let mut r = Rules::default();
        r.set("notice_days_statute_amendment", "7").unwrap();
        let m = meeting(Some(ymd(2026, 6, 12)));
        let p = amendment(ymd(2026, 6, 1), Some(ymd(2026, 6, 15)));
        assert_eq!(problems(&r, &p, &m, Some(&item(true))), vec![]);
    }

    #[test]
    fn not_announced_and_no_inspection_day() {
        let r = Rules::default();
        let m = meeting(Some(ymd(2026, 6, 5)));
        let p = amendment(ymd(2026, 6, 6), None);
        let found = problems(&r, &p, &m, Some(&item(false)));
        assert_eq!(keys(&found), vec!["announced", "inspection"]);
        assert!(found[1].message.contains("--text-open-from"));
        assert_eq!(
            keys(&problems(&r, &p, &m, None)),
            vec!["announced", "inspection"]
        );
    }

    #[test]
    fn the_text_need_not_go_out_with_the_convocation() {
        // Corrections of 2026-12-07 (2:42): sent 2026-06-05, the text recorded on 2026-06-08
        // and open from 2026-06-15, five days before the meeting on 2026-06-20: in order.
        let r = Rules::default();
        let m = meeting(Some(ymd(2026, 6, 5)));
        let p = amendment(ymd(2026, 6, 8), Some(ymd(2026, 6, 15)));
        assert_eq!(problems(&r, &p, &m, Some(&item(true))), vec![]);
        // Changed on 2026-06-16, the text as it reads lies open four days only.
        let late = amendment(ymd(2026, 6, 16), Some(ymd(2026, 6, 15)));
        let found = problems(&r, &late, &m, Some(&item(true)));
        assert_eq!(keys(&found), vec!["inspection"]);
        assert!(
            found[0].message.contains("2026-06-16"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn no_text_and_not_convened() {
        let r = Rules::default();
        let m = meeting(None);
        let mut p = amendment(ymd(2026, 6, 1), Some(ymd(2026, 6, 1)));
        p.text = None;
        assert_eq!(keys(&problems(&r, &p, &m, None)), vec!["text", "convened"]);
    }

    #[test]
    fn other_kinds_have_no_such_checks() {
        let r = Rules::default();
        let mut p = amendment(ymd(2026, 6, 1), None);
        p.kind = Kind::Dissolution;
        assert!(problems(&r, &p, &meeting(None), None).is_empty());
    }
}
