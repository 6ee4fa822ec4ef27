//! Offices (issue 30): board roles, the end of a board term and the retirement schedule, the
//! report of a board change to the Handelsregister, and the audit committee's composition
//! (BW 2:48 lid 2). Pure: the dates and the rules are passed in.

use crate::domain::msg::{Msg, msg};
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike as _, Days, Months, NaiveDate};
use serde::Serialize;

use super::DomainError;
use super::meeting::annual_deadline;
use super::rules::Rules;
use super::rules::types::Count;

/// A seat's role on the board. Stored and shown by its Dutch name, as statutes name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Voorzitter,
    Secretaris,
    Penningmeester,
    Lid,
}

impl Role {
    pub const NAMES: &'static [&'static str] =
        &["voorzitter", "secretaris", "penningmeester", "lid"];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Voorzitter => "voorzitter",
            Role::Secretaris => "secretaris",
            Role::Penningmeester => "penningmeester",
            Role::Lid => "lid",
        }
    }

    /// The English word, for documents of an English-speaking association.
    pub fn english(self) -> &'static str {
        match self {
            Role::Voorzitter => "chair",
            Role::Secretaris => "secretary",
            Role::Penningmeester => "treasurer",
            Role::Lid => "member",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = DomainError;

    /// The Dutch name, or its English word (chair, secretary, treasurer, member).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "voorzitter" | "chair" => Ok(Role::Voorzitter),
            "secretaris" | "secretary" => Ok(Role::Secretaris),
            "penningmeester" | "treasurer" => Ok(Role::Penningmeester),
            "lid" | "bestuurslid" | "member" => Ok(Role::Lid),
            other => Err(DomainError::invalid_said(
                "role",
                msg!("board-role-unknown", given = format!("{other:?}")),
            )),
        }
    }
}

/// The end of a board term that began on `start`: the annual meeting of the year the term's
/// `board_term_years` run out, held by that meeting's deadline (BW 2:48). Model statutes say a
/// member "treedt af op de eerste jaarvergadering na verloop van N jaar"; a term begun after
/// that year's meeting runs to the next one. None where the statutes set no term.
pub fn term_end(rules: &Rules, start: NaiveDate) -> Option<NaiveDate> {
    let years = rules.board_term_years?;
    let after = start.checked_add_months(Months::new(12 * years))?;
    let (_, deadline) = annual_deadline(rules, after);
    if deadline >= after {
        Some(deadline)
    } else {
        let (_, next) = annual_deadline(rules, after.checked_add_months(Months::new(12))?);
        Some(next)
    }
}

/// The calendar year of the annual meeting a term ending on `end` retires at.
pub fn retiring_at(end: NaiveDate) -> i32 {
    end.year()
}

/// Whether a member who has served `served` consecutive terms (the current one included) may be
/// appointed again (`board_max_terms`).
pub fn re_eligible(rules: &Rules, served: u32) -> bool {
    match rules.board_max_terms {
        Count::Unlimited => true,
        Count::AtMost(max) => served < max,
    }
}

/// The last day members may nominate counter-candidates for the board seats that open at the
/// annual meeting of `meeting`: `counter_candidates_days_before` days before it; None where the
/// statutes set no deadline.
pub fn counter_candidates_until(rules: &Rules, meeting: NaiveDate) -> Option<NaiveDate> {
    let days = rules.counter_candidates_days_before?;
    meeting.checked_sub_days(Days::new(days.into()))
}

/// Days after a change of the board within which it is reported to the Handelsregister. The
/// Handelsregisterbesluit 2008 asks a change to be reported within a week of it
/// [UNSURE: the article was not read here; rules.md does not cover the Handelsregister].
pub const REPORT_DAYS: u64 = 7;

/// The day a board change of `changed_on` must be reported by.
pub fn report_due(changed_on: NaiveDate) -> NaiveDate {
    changed_on
        .checked_add_days(Days::new(REPORT_DAYS))
        .unwrap_or(changed_on)
}

/// A proposed audit committee member as the check sees them.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub number: i64,
    pub name: String,
    /// A member (in law) on the day of the appointment.
    pub is_member: bool,
    /// The days the person sat on the board in the financial year audited, if any.
    pub on_board: Option<(NaiveDate, NaiveDate)>,
}

/// The financial year `year` as (first day, last day): the year that begins in `year` in the
/// month `financial_year_start_month`.
pub fn financial_year(rules: &Rules, year: i32) -> (NaiveDate, NaiveDate) {
    let m = rules.financial_year_start_month.clamp(1, 12);
    let start = NaiveDate::from_ymd_opt(year, m, 1).unwrap_or_default();
    let end = start
        .checked_add_months(Months::new(12))
        .and_then(|d| d.pred_opt())
        .unwrap_or(start);
    (start, end)
}

/// The financial year whose accounts an annual meeting on `meeting` deals with: the last one
/// that ended before it, named by the year it began in.
pub fn year_before(rules: &Rules, meeting: NaiveDate) -> i32 {
    let (end, _) = annual_deadline(rules, meeting);
    end.succ_opt()
        .and_then(|d| d.checked_sub_months(Months::new(12)))
        .map_or(end.year(), |start| start.year())
}

/// Checks an audit committee for financial year `year` (BW 2:48 lid 2, rules.md A29): at least
/// `kascommissie_min_members` members, every one a member and none on the board in that year.
/// The refusal names every person at fault.
pub fn check_committee(rules: &Rules, year: i32, people: &[Candidate]) -> Result<(), DomainError> {
    let min = rules.kascommissie_min_members as usize;
    if people.len() < min {
        return Err(DomainError::invalid_said(
            "members",
            msg!("committee-too-small", min = min, given = people.len()),
        ));
    }
    let outsiders: Vec<String> = people
        .iter()
        .filter(|p| !p.is_member)
        .map(|p| format!("{} ({})", p.number, p.name))
        .collect();
    if !outsiders.is_empty() {
        return Err(DomainError::invalid_said(
            "members",
            msg!("committee-outsiders", outsiders = outsiders.join(", ")),
        ));
    }
    let board: Vec<Msg> = people
        .iter()
        .filter_map(|p| {
            p.on_board.map(|(from, to)| {
                msg!(
                    "committee-on-board",
                    number = p.number,
                    name = p.name.as_str(),
                    from = from,
                    to = to
                )
            })
        })
        .collect();
    if !board.is_empty() {
        return Err(DomainError::invalid_said(
            "members",
            msg!("committee-board", year = year, board = comma_list(&board)),
        ));
    }
    Ok(())
}

/// Why no audit committee is needed for a year, if none is (rules.md A29).
pub fn committee_exemption(rules: &Rules, accountant_statement: bool) -> Option<&'static str> {
    if rules.supervisory_board {
        Some("the association has a supervisory board (supervisory_board = true; BW 2:48 lid 2)")
    } else if accountant_statement && rules.kascommissie_exempt_if_accountant {
        Some(
            "an accountant's statement is recorded (kascommissie_exempt_if_accountant = true; BW 2:48 lid 2)",
        )
    } else {
        None
    }
}

/// A collective's name as the attendance list and the minutes give it when its delegate checked
/// it in: "Bewonerscollectief De Wilgen (vertegenwoordigd door J. Jansen)".
pub fn represented(lang: super::lang::Lang, name: &str, delegate: Option<&str>) -> String {
    match (delegate, lang) {
        (None, _) => name.to_string(),
        (Some(d), super::lang::Lang::Nl) => format!("{name} (vertegenwoordigd door {d})"),
        (Some(d), super::lang::Lang::En) => format!("{name} (represented by {d})"),
    }
}

/// Whether a delegate's mandate from `from` until `until` (inclusive) covers `on`.
pub fn mandate_covers(from: NaiveDate, until: Option<NaiveDate>, on: NaiveDate) -> bool {
    from <= on && until.is_none_or(|u| on <= u)
}

/// How a duty stands on the day asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Urgency {
    /// Its date has passed.
    Overdue,
    /// Due within 30 days.
    Soon,
    Later,
    /// Waiting on something without a date (a deed at the notary).
    Open,
}

impl Urgency {
    pub fn as_str(self) -> &'static str {
        match self {
            Urgency::Overdue => "overdue",
            Urgency::Soon => "soon",
            Urgency::Later => "later",
            Urgency::Open => "open",
        }
    }

    /// How a duty due on `due` stands on `on`.
    pub fn of(due: Option<NaiveDate>, on: NaiveDate) -> Urgency {
        match due {
            None => Urgency::Open,
            Some(d) if d < on => Urgency::Overdue,
            Some(d) if (d - on).num_days() <= 30 => Urgency::Soon,
            Some(_) => Urgency::Later,
        }
    }
}

/// One thing the law or the statutes expect, with its date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Duty {
    /// annual-meeting, kascommissie, kascommissie-report, accounts, minutes, deed,
    /// board-report, board-term, voidable, action, request, retention.
    pub kind: &'static str,
    pub due: Option<NaiveDate>,
    pub status: Urgency,
    pub what: String,
    /// The rule it comes from (BW article, rule key).
    pub rule: String,
}

impl Duty {
    pub fn new(
        kind: &'static str,
        due: Option<NaiveDate>,
        on: NaiveDate,
        what: String,
        rule: impl Into<String>,
    ) -> Duty {
        Duty {
            kind,
            due,
            status: Urgency::of(due, on),
            what,
            rule: rule.into(),
        }
    }
}

/// Orders duties as a list to work through: dated ones by date (overdue first), then undated.
pub fn sort_duties(duties: &mut [Duty]) {
    duties.sort_by(|a, b| match (a.due, b.due) {
        (Some(x), Some(y)) => x.cmp(&y).then_with(|| a.kind.cmp(b.kind)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.kind.cmp(b.kind).then_with(|| a.what.cmp(&b.what)),
    });
}

/// The day a former member's core data is due for erasure: `retention_member_core_years` after
/// leaving (rules.md D4).
pub fn retention_until(rules: &Rules, left: NaiveDate) -> NaiveDate {
    left.checked_add_months(Months::new(12 * rules.retention_member_core_years))
        .unwrap_or(left)
}

/// The last day a decision of `decided_on` can be annulled (BW 2:15 lid 5: one year).
pub fn annulment_window_end(decided_on: NaiveDate) -> NaiveDate {
    decided_on
        .checked_add_months(Months::new(12))
        .unwrap_or(decided_on)
}

/// One board term of a member.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BoardTerm {
    pub since: String,
    pub election: i64,
    pub title: String,
}

/// "a, b, c", each worded in the reader's language.
fn comma_list(items: &[Msg]) -> crate::domain::msg::Arg {
    match items {
        [] => "".into(),
        [one] => one.clone().into(),
        [first, rest @ ..] => {
            msg!("comma-list", first = first.clone(), rest = comma_list(rest)).into()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_term_from_an_annual_meeting_ends_at_the_annual_meeting_three_years_on() {
        let r = Rules::default();
        // Elected at the annual meeting of 20 May 2024: retires at the 2027 annual meeting,
        // held by 30 June 2027 (BW 2:48: six months after the financial year).
        assert_eq!(term_end(&r, d("2024-05-20")), Some(d("2027-06-30")));
        // Appointed in September, after that year's annual meeting: the 2028 one.
        assert_eq!(term_end(&r, d("2024-09-10")), Some(d("2028-06-30")));
        // A financial year from July: its meeting is due by the end of December.
        let july = Rules {
            financial_year_start_month: 7,
            ..Rules::default()
        };
        assert_eq!(term_end(&july, d("2024-11-01")), Some(d("2027-12-31")));
        let none = Rules {
            board_term_years: None,
            ..Rules::default()
        };
        assert_eq!(term_end(&none, d("2024-05-20")), None);
    }

    #[test]
    fn re_eligibility_follows_the_maximum_of_terms() {
        let mut r = Rules::default();
        assert!(re_eligible(&r, 5));
        r.board_max_terms = Count::AtMost(2);
        assert!(re_eligible(&r, 1));
        assert!(!re_eligible(&r, 2));
    }

    #[test]
    fn counter_candidates_are_nominated_by_the_days_the_statutes_set() {
        let mut r = Rules::default();
        assert_eq!(counter_candidates_until(&r, d("2027-03-14")), None);
        // "Tegenkandidaten kunnen tot tien dagen voor de vergadering worden voorgedragen."
        r.counter_candidates_days_before = Some(10);
        assert_eq!(
            counter_candidates_until(&r, d("2027-03-14")),
            Some(d("2027-03-04"))
        );
    }

    #[test]
    fn a_board_change_is_reported_within_a_week() {
        assert_eq!(report_due(d("2027-03-14")), d("2027-03-21"));
    }

    fn cand(number: i64, on_board: Option<(&str, &str)>) -> Candidate {
        Candidate {
            number,
            name: format!("P{number}"),
            is_member: true,
            on_board: on_board.map(|(a, b)| (d(a), d(b))),
        }
    }

    #[test]
    fn the_audit_committee_has_two_members_off_the_board() {
        let r = Rules::default();
        assert!(check_committee(&r, 2026, &[cand(4, None), cand(5, None)]).is_ok());
        let one = check_committee(&r, 2026, &[cand(4, None)]).unwrap_err();
        assert!(one.to_string().contains("at least 2"), "{one}");
        let board = check_committee(
            &r,
            2026,
            &[cand(4, None), cand(1, Some(("2026-01-01", "2026-05-20")))],
        )
        .unwrap_err();
        assert!(
            board
                .to_string()
                .contains("1 (P1, on the board 2026-01-01 to 2026-05-20)"),
            "{board}"
        );
        let mut outsider = cand(9, None);
        outsider.is_member = false;
        let e = check_committee(&r, 2026, &[cand(4, None), outsider]).unwrap_err();
        assert!(e.to_string().contains("not a member: 9"), "{e}");
    }

    #[test]
    fn an_accountant_or_a_supervisory_board_makes_the_committee_unnecessary() {
        let mut r = Rules::default();
        assert_eq!(committee_exemption(&r, false), None);
        assert!(committee_exemption(&r, true).is_some());
        r.kascommissie_exempt_if_accountant = false;
        assert_eq!(committee_exemption(&r, true), None);
        r.supervisory_board = true;
        assert!(committee_exemption(&r, false).is_some());
    }

    #[test]
    fn a_delegate_speaks_for_the_collective_within_the_mandate() {
        use crate::domain::lang::Lang;
        assert_eq!(
            represented(Lang::Nl, "Bewonerscollectief De Wilgen", Some("J. Jansen")),
            "Bewonerscollectief De Wilgen (vertegenwoordigd door J. Jansen)"
        );
        assert_eq!(
            represented(Lang::En, "X", Some("Y")),
            "X (represented by Y)"
        );
        assert_eq!(represented(Lang::Nl, "X", None), "X");
        assert!(mandate_covers(d("2026-01-01"), None, d("2026-03-01")));
        assert!(mandate_covers(
            d("2026-01-01"),
            Some(d("2026-03-01")),
            d("2026-03-01")
        ));
        assert!(!mandate_covers(
            d("2026-01-01"),
            Some(d("2026-02-28")),
            d("2026-03-01")
        ));
        assert!(!mandate_covers(d("2026-03-02"), None, d("2026-03-01")));
    }

    #[test]
    fn duties_are_overdue_soon_or_later() {
        let on = d("2027-03-01");
        assert_eq!(Urgency::of(Some(d("2027-02-28")), on), Urgency::Overdue);
        assert_eq!(Urgency::of(Some(on), on), Urgency::Soon);
        assert_eq!(Urgency::of(Some(d("2027-03-31")), on), Urgency::Soon);
        assert_eq!(Urgency::of(Some(d("2027-04-01")), on), Urgency::Later);
        assert_eq!(Urgency::of(None, on), Urgency::Open);
    }

    #[test]
    fn financial_years_and_retention() {
        let r = Rules::default();
        assert_eq!(financial_year(&r, 2026), (d("2026-01-01"), d("2026-12-31")));
        assert_eq!(year_before(&r, d("2027-05-20")), 2026);
        let july = Rules {
            financial_year_start_month: 7,
            ..Rules::default()
        };
        assert_eq!(year_before(&july, d("2026-11-20")), 2025);
        assert_eq!(
            financial_year(&july, 2025),
            (d("2025-07-01"), d("2026-06-30"))
        );
        assert_eq!(retention_until(&r, d("2025-03-31")), d("2026-03-31"));
        assert_eq!(annulment_window_end(d("2026-05-20")), d("2027-05-20"));
    }
}
