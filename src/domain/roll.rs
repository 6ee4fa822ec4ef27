//! The voting roll (stemgerechtigdenlijst): who may vote on a date, with how many votes, and when
//! not, why. Written once here; `member list`, `member export`, `category list`, `roll`, the demo
//! and (later) a meeting's snapshot of voters all call it.
//!
//! Rules applied, in this order (the first that applies gives the reason):
//! membership on the date (periods), the category (is_member, has_vote, weight; BW 2:38 and
//! rules.md A15), suspension (BW 2:24d), the waiting period for new members and arrears (B13,
//! only where the statutes say so), and the age from which a member votes in person (A2).

use crate::domain::msg::msg;
use chrono::{Datelike as _, Days, NaiveDate};
use serde::Serialize;

use super::DomainError;
use super::category::Category;
use super::member::{Joined, Period, Suspension};
use super::rules::Rules;

/// Where a member stands on a date, from the periods and suspensions alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Active,
    Suspended,
    /// Not a member on the date, and no membership starts after it: left.
    Former,
    /// Not a member on the date, with a membership that starts later (not joined yet, or a
    /// rejoin already recorded).
    Future,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Suspended => "suspended",
            Status::Former => "former",
            Status::Future => "future",
        }
    }

    /// A member on the date, suspended or not.
    pub fn is_member(self) -> bool {
        matches!(self, Status::Active | Status::Suspended)
    }
}

/// Status on `d` from the periods and suspensions.
pub fn status_on(periods: &[Period], suspensions: &[Suspension], d: NaiveDate) -> Status {
    if !periods.iter().any(|p| p.contains(d)) {
        // The same test as `Reason::NotYet` in `standing`, so status and reason agree.
        if periods.iter().any(|p| p.joined > d) {
            Status::Future
        } else {
            Status::Former
        }
    } else if suspensions.iter().any(|s| s.in_force(d)) {
        Status::Suspended
    } else {
        Status::Active
    }
}

/// Which members a list or export holds, judged by their status on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Selection {
    /// Members on the date, suspended or not.
    #[default]
    Current,
    Active,
    Suspended,
    /// Not a member on the date and none later: left.
    Former,
    /// Not a member on the date, but from a later date.
    Future,
    All,
}

impl Selection {
    pub fn admits(self, s: Status) -> bool {
        match self {
            Selection::Current => s.is_member(),
            Selection::Active => s == Status::Active,
            Selection::Suspended => s == Status::Suspended,
            Selection::Former => s == Status::Former,
            Selection::Future => s == Status::Future,
            Selection::All => true,
        }
    }
}

/// A period in which a member is in arrears with the contribution: from `since` (first day)
/// until the day before `cleared_on`, or open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Arrears {
    pub since: NaiveDate,
    pub cleared_on: Option<NaiveDate>,
}

impl Arrears {
    pub fn in_force(&self, d: NaiveDate) -> bool {
        self.since <= d && self.cleared_on.is_none_or(|c| d < c)
    }
}

/// Checks that a member whose periods and arrears are these may be put in arrears from `since`:
/// a member on that day, with no arrears still open and none cleared after it.
pub fn check_arrears(
    periods: &[Period],
    arrears: &[Arrears],
    since: NaiveDate,
) -> Result<(), DomainError> {
    if let Some(open) = arrears.iter().find(|a| a.cleared_on.is_none()) {
        return Err(DomainError::said(msg!(
            "arrears-already",
            who = msg!("this-member"),
            since = open.since
        )));
    }
    if let Some(last) = arrears.iter().filter_map(|a| a.cleared_on).max()
        && since < last
    {
        return Err(DomainError::invalid_said(
            "since",
            msg!("arrears-before-cleared", since = since, last = last),
        ));
    }
    if !periods.iter().any(|p| p.contains(since)) {
        return Err(DomainError::invalid_said(
            "since",
            msg!("arrears-not-member-on", since = since),
        ));
    }
    Ok(())
}

/// Checks that the open arrears may be cleared on `date`; gives the day they began.
pub fn check_clear_arrears(arrears: &[Arrears], date: NaiveDate) -> Result<NaiveDate, DomainError> {
    let Some(open) = arrears.iter().find(|a| a.cleared_on.is_none()) else {
        return Err(DomainError::said(msg!(
            "arrears-none",
            who = msg!("this-member")
        )));
    };
    if date <= open.since {
        return Err(DomainError::invalid_said(
            "date",
            msg!("arrears-clear-not-after", date = date, since = open.since),
        ));
    }
    Ok(open.since)
}

/// The rule keys that change a vote (rules.md §2), as in force on the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VotingRules {
    pub min_age_own_vote: Option<u32>,
    pub arrears_suspends_vote: bool,
    pub voting_waiting_period_days: u32,
}

impl From<&Rules> for VotingRules {
    fn from(r: &Rules) -> Self {
        VotingRules {
            min_age_own_vote: r.min_age_own_vote,
            arrears_suspends_vote: r.arrears_suspends_vote,
            voting_waiting_period_days: r.voting_waiting_period_days,
        }
    }
}

/// What the roll needs of a member.
#[derive(Debug, Clone, Copy)]
pub struct Voter<'a> {
    pub periods: &'a [Period],
    pub suspensions: &'a [Suspension],
    pub arrears: &'a [Arrears],
    pub birth_date: Option<NaiveDate>,
}

/// Who casts a member's votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CastBy {
    Own,
    /// Below `min_age_own_vote`: the registered legal representative casts the votes, never
    /// both (BW 2:13 lid 2, rules.md A2).
    LegalRepresentative,
}

impl CastBy {
    pub fn as_str(self) -> &'static str {
        match self {
            CastBy::Own => "own",
            CastBy::LegalRepresentative => "legal_representative",
        }
    }
}

/// Why a member has no votes of their own on the date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Was a member, but not on the date.
    Former,
    /// Joins after the date.
    NotYet {
        joins: NaiveDate,
    },
    /// The category is not a member in law (supporters).
    NotAMember {
        category: String,
    },
    NoVote {
        category: String,
    },
    /// `until`: the last day; None until lifted.
    Suspended {
        until: Option<NaiveDate>,
    },
    Waiting {
        days: u32,
        votes_from: NaiveDate,
    },
    Arrears {
        since: NaiveDate,
    },
    /// Keeps the votes, cast by the legal representative.
    Minor {
        min_age: u32,
    },
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::Former => write!(f, "former member"),
            Reason::NotYet { joins } => write!(f, "not a member yet (joins {joins})"),
            Reason::NotAMember { category } => {
                write!(f, "category {category} has no vote")
            }
            Reason::NoVote { category } => write!(f, "category {category} has no vote"),
            Reason::Suspended { until: Some(u) } => write!(f, "suspended until {u}"),
            Reason::Suspended { until: None } => write!(f, "suspended until lifted"),
            Reason::Waiting { days, votes_from } => {
                write!(
                    f,
                    "member for fewer than {days} days (votes from {votes_from})"
                )
            }
            Reason::Arrears { since } => write!(f, "in arrears since {since}"),
            Reason::Minor { min_age } => {
                write!(f, "under {min_age}: votes through the legal representative")
            }
        }
    }
}

/// One line of the roll.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub status: Status,
    /// 0, or the category's weight.
    pub votes: u32,
    /// Who casts the votes; None when there are none.
    pub cast_by: Option<CastBy>,
    /// Why there are no votes, or (for a minor) why someone else casts them.
    pub reason: Option<Reason>,
}

/// Age in whole years on `d`.
pub fn age_on(birth: NaiveDate, d: NaiveDate) -> i32 {
    let mut age = d.year() - birth.year();
    if (d.month(), d.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// The member's standing on `d`: status, votes and the reason when there are none.
pub fn standing(v: &Voter<'_>, c: &Category, rules: &VotingRules, d: NaiveDate) -> Standing {
    let status = status_on(v.periods, v.suspensions, d);
    let none = |reason| Standing {
        status,
        votes: 0,
        cast_by: None,
        reason: Some(reason),
    };
    let Some(period) = v.periods.iter().find(|p| p.contains(d)) else {
        let next = v
            .periods
            .iter()
            .filter_map(|p| p.joined.date())
            .filter(|j| *j > d)
            .min();
        return none(match next {
            Some(joins) => Reason::NotYet { joins },
            None => Reason::Former,
        });
    };
    if !c.is_member {
        return none(Reason::NotAMember {
            category: c.name.clone(),
        });
    }
    if !c.has_vote || c.weight == 0 {
        return none(Reason::NoVote {
            category: c.name.clone(),
        });
    }
    if let Some(s) = v.suspensions.iter().find(|s| s.in_force(d)) {
        // A suspension lifted early ends the day before it was lifted.
        let lifted = s.lifted_on.and_then(|l| l.pred_opt());
        let until = match (s.until, lifted) {
            (Some(u), Some(l)) => Some(u.min(l)),
            (u, l) => u.or(l),
        };
        return none(Reason::Suspended { until });
    }
    let days = rules.voting_waiting_period_days;
    // A member with an unknown joining date was a member before anything the registry holds
    // (a list taken over without dates): the waiting period is served, as it is for every
    // member who was on the list the registry began with.
    if days > 0
        && let Joined::On(joined) = period.joined
    {
        let votes_from = joined
            .checked_add_days(Days::new(days.into()))
            .unwrap_or(NaiveDate::MAX);
        if d < votes_from {
            return none(Reason::Waiting { days, votes_from });
        }
    }
    if rules.arrears_suspends_vote
        && let Some(a) = v.arrears.iter().find(|a| a.in_force(d))
    {
        return none(Reason::Arrears { since: a.since });
    }
    let minor = match (rules.min_age_own_vote, v.birth_date) {
        (Some(min), Some(b)) if age_on(b, d) < min as i32 => Some(min),
        _ => None,
    };
    Standing {
        status,
        votes: c.weight,
        cast_by: Some(if minor.is_some() {
            CastBy::LegalRepresentative
        } else {
            CastBy::Own
        }),
        reason: minor.map(|min_age| Reason::Minor { min_age }),
    }
}

/// Totals of one category on the roll.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub category: String,
    /// Members in law on the date (former and not yet joined are not counted; supporters are not
    /// members in law).
    pub members: u64,
    pub with_vote: u64,
    pub votes: u64,
}

impl Totals {
    pub fn add(&mut self, c: &Category, s: &Standing) {
        if s.status.is_member() && c.is_member {
            self.members += 1;
        }
        if s.votes > 0 {
            self.with_vote += 1;
            self.votes += u64::from(s.votes);
        }
    }
}

/// One member as the roll sees it.
#[derive(Debug, Clone)]
pub struct RollMember {
    pub id: i64,
    pub number: i64,
    pub name: String,
    pub category: String,
    pub birth_date: Option<NaiveDate>,
    pub periods: Vec<Period>,
    pub suspensions: Vec<Suspension>,
    pub arrears: Vec<Arrears>,
}

impl RollMember {
    pub fn voter(&self) -> Voter<'_> {
        Voter {
            periods: &self.periods,
            suspensions: &self.suspensions,
            arrears: &self.arrears,
            birth_date: self.birth_date,
        }
    }
}

/// One member on the roll.
#[derive(Debug, Default, Serialize)]
pub struct RollLine {
    pub number: i64,
    pub name: String,
    pub category: String,
    pub status: String,
    pub votes: u32,
    /// `own`, `legal_representative`, or null without votes.
    pub cast_by: Option<String>,
    pub reason: Option<String>,
}

impl RollLine {
    pub fn new(m: &RollMember, s: &Standing) -> Self {
        RollLine {
            number: m.number,
            name: m.name.clone(),
            category: m.category.clone(),
            status: s.status.as_str().to_string(),
            votes: s.votes,
            cast_by: s.cast_by.map(|c| c.as_str().to_string()),
            reason: s.reason.as_ref().map(ToString::to_string),
        }
    }
}

/// The roll on a date, with its totals by category (in category order).
#[derive(Debug, Serialize)]
pub struct Roll {
    pub on: NaiveDate,
    pub members: Vec<RollLine>,
    pub totals: Vec<Totals>,
}

impl Roll {
    pub fn new(on: NaiveDate, categories: &[Category]) -> Self {
        Roll {
            on,
            members: Vec::new(),
            totals: categories
                .iter()
                .map(|c| Totals {
                    category: c.name.clone(),
                    ..Default::default()
                })
                .collect(),
        }
    }

    pub fn add(&mut self, m: &RollMember, c: &Category, s: &Standing) {
        if let Some(t) = self.totals.iter_mut().find(|t| t.category == c.name) {
            t.add(c, s);
        }
        self.members.push(RollLine::new(m, s));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn cat(name: &str, is_member: bool, has_vote: bool, weight: u32) -> Category {
        Category {
            name: name.into(),
            is_member,
            has_vote,
            weight,
            description: None,
        }
    }

    fn period(joined: &str, left: Option<&str>) -> Period {
        Period {
            joined: d(joined).into(),
            left: left.map(d),
            reason: None,
        }
    }

    fn only(periods: &[Period]) -> Voter<'_> {
        Voter {
            periods,
            suspensions: &[],
            arrears: &[],
            birth_date: None,
        }
    }

    fn reason(v: &Voter<'_>, c: &Category, r: &VotingRules, on: &str) -> (u32, String) {
        let s = standing(v, c, r, d(on));
        (s.votes, s.reason.map(|r| r.to_string()).unwrap_or_default())
    }

    /// The roll condition for an unknown start: a member on every date up to the period's end,
    /// never "not yet", and no waiting period left to serve.
    #[test]
    fn an_unknown_start_is_a_member_on_every_date_until_the_end() {
        let unknown = |left: Option<&str>| Period {
            joined: Joined::Unknown,
            left: left.map(d),
            reason: None,
        };
        let running = [unknown(None)];
        for on in ["1900-01-01", "2020-05-01", "2100-12-31"] {
            assert_eq!(status_on(&running, &[], d(on)), Status::Active, "{on}");
        }
        let ended = [unknown(Some("2019-12-31")), period("2022-01-01", None)];
        assert_eq!(status_on(&ended, &[], d("1950-01-01")), Status::Active);
        assert_eq!(status_on(&ended, &[], d("2019-12-31")), Status::Active);
        assert_eq!(status_on(&ended, &[], d("2020-01-01")), Status::Future);
        let c = cat("regular", true, true, 1);
        let waiting = VotingRules {
            voting_waiting_period_days: 90,
            ..VotingRules::default()
        };
        assert_eq!(
            reason(&only(&running), &c, &waiting, "2026-03-01"),
            (1, String::new())
        );
        let recent = [period("2026-02-01", None)];
        assert_eq!(reason(&only(&recent), &c, &waiting, "2026-03-01").0, 0);
    }

    #[test]
    fn status_follows_periods_and_suspensions() {
        let periods = vec![
            period("2020-01-01", Some("2021-12-31")),
            period("2023-01-01", None),
        ];
        let susp = vec![Suspension {
            starts: d("2024-01-01"),
            until: Some(d("2024-06-30")),
            reason: "arrears".into(),
            lifted_on: None,
        }];
        // Before the first period and between two: membership starts later.
        assert_eq!(status_on(&periods, &susp, d("2019-12-31")), Status::Future);
        assert_eq!(status_on(&periods, &susp, d("2021-12-31")), Status::Active);
        assert_eq!(status_on(&periods, &susp, d("2022-06-01")), Status::Future);
        let left = &periods[..1];
        assert_eq!(status_on(left, &[], d("2022-06-01")), Status::Former);
        assert!(!Status::Future.is_member() && !Status::Former.is_member());
        assert_eq!(
            status_on(&periods, &susp, d("2024-03-01")),
            Status::Suspended
        );
        assert_eq!(status_on(&periods, &susp, d("2024-07-01")), Status::Active);
    }

    #[test]
    fn every_reason() {
        let regular = cat("regular", true, true, 1);
        let periods = [period("2020-01-01", Some("2024-12-31"))];
        let later = [period("2027-01-01", None)];
        let open = [period("2026-01-01", None)];
        let none = VotingRules::default();
        assert_eq!(
            reason(&only(&periods), &regular, &none, "2025-06-01"),
            (0, "former member".into())
        );
        assert_eq!(
            reason(&only(&later), &regular, &none, "2026-06-01"),
            (0, "not a member yet (joins 2027-01-01)".into())
        );
        assert_eq!(
            reason(
                &only(&open),
                &cat("supporter", false, false, 1),
                &none,
                "2026-06-01"
            ),
            (0, "category supporter has no vote".into())
        );
        assert_eq!(
            reason(
                &only(&open),
                &cat("observer", true, false, 1),
                &none,
                "2026-06-01"
            ),
            (0, "category observer has no vote".into())
        );
        let susp = [Suspension {
            starts: d("2026-03-01"),
            until: Some(d("2026-09-30")),
            reason: "x".into(),
            lifted_on: None,
        }];
        let voter = Voter {
            suspensions: &susp,
            ..only(&open)
        };
        assert_eq!(
            reason(&voter, &regular, &none, "2026-06-01"),
            (0, "suspended until 2026-09-30".into())
        );
        let lifted = [Suspension {
            lifted_on: Some(d("2026-07-01")),
            until: None,
            ..susp[0].clone()
        }];
        let voter = Voter {
            suspensions: &lifted,
            ..only(&open)
        };
        assert_eq!(
            reason(&voter, &regular, &none, "2026-06-01"),
            (0, "suspended until 2026-06-30".into())
        );
        let wait = VotingRules {
            voting_waiting_period_days: 90,
            ..none
        };
        assert_eq!(
            reason(&only(&open), &regular, &wait, "2026-03-31"),
            (
                0,
                "member for fewer than 90 days (votes from 2026-04-01)".into()
            )
        );
        assert_eq!(
            reason(&only(&open), &regular, &wait, "2026-04-01"),
            (1, String::new())
        );
        let arrears = [Arrears {
            since: d("2026-01-01"),
            cleared_on: Some(d("2026-07-01")),
        }];
        let voter = Voter {
            arrears: &arrears,
            ..only(&open)
        };
        let counts = VotingRules {
            arrears_suspends_vote: true,
            ..none
        };
        assert_eq!(
            reason(&voter, &regular, &counts, "2026-06-30"),
            (0, "in arrears since 2026-01-01".into())
        );
        assert_eq!(
            reason(&voter, &regular, &counts, "2026-07-01"),
            (1, String::new())
        );
        // Without a clause in the statutes, arrears do not cost the vote (B13).
        assert_eq!(
            reason(&voter, &regular, &none, "2026-06-30"),
            (1, String::new())
        );
    }

    #[test]
    fn a_minor_keeps_the_votes_cast_by_the_legal_representative() {
        let open = [period("2026-01-01", None)];
        let youth = cat("youth", true, true, 1);
        let voter = Voter {
            periods: &open,
            suspensions: &[],
            arrears: &[],
            birth_date: Some(d("2010-06-02")),
        };
        let rules = VotingRules {
            min_age_own_vote: Some(16),
            ..Default::default()
        };
        let s = standing(&voter, &youth, &rules, d("2026-06-01"));
        assert_eq!(s.votes, 1);
        assert_eq!(s.cast_by, Some(CastBy::LegalRepresentative));
        assert_eq!(
            s.reason.unwrap().to_string(),
            "under 16: votes through the legal representative"
        );
        // The sixteenth birthday: own vote.
        let s = standing(&voter, &youth, &rules, d("2026-06-02"));
        assert_eq!((s.votes, s.cast_by, s.reason), (1, Some(CastBy::Own), None));
        // No age limit in the statutes: the minor votes in person (BW 2:13 lid 2).
        let s = standing(&voter, &youth, &VotingRules::default(), d("2026-06-01"));
        assert_eq!(s.cast_by, Some(CastBy::Own));
    }

    #[test]
    fn totals_count_members_in_law_and_votes() {
        let open = [period("2026-01-01", None)];
        let voter = Voter {
            periods: &open,
            suspensions: &[],
            arrears: &[],
            birth_date: None,
        };
        let coll = cat("collective", true, true, 3);
        let mut t = Totals::default();
        let r = VotingRules::default();
        t.add(&coll, &standing(&voter, &coll, &r, d("2026-06-01")));
        t.add(&coll, &standing(&voter, &coll, &r, d("2025-06-01")));
        assert_eq!((t.members, t.with_vote, t.votes), (1, 1, 3));
        let sup = cat("supporter", false, false, 1);
        let mut t = Totals::default();
        t.add(&sup, &standing(&voter, &sup, &r, d("2026-06-01")));
        assert_eq!((t.members, t.with_vote, t.votes), (0, 0, 0));
    }

    fn arb_date() -> impl Strategy<Value = NaiveDate> {
        (0u32..3000).prop_map(|n| d("2020-01-01") + Days::new(n.into()))
    }

    /// Periods, the earliest of them now and then with an unknown start (a member taken over
    /// from a list without dates).
    fn arb_periods() -> impl Strategy<Value = Vec<Period>> {
        (
            prop::collection::vec((arb_date(), prop::option::of(0u32..800)), 0..3),
            any::<bool>(),
        )
            .prop_map(|(v, unknown)| {
                let mut periods: Vec<Period> = v
                    .into_iter()
                    .map(|(j, len)| Period {
                        joined: j.into(),
                        left: len.map(|n| j + Days::new(n.into())),
                        reason: None,
                    })
                    .collect();
                if unknown && let Some(first) = periods.iter_mut().min_by_key(|p| p.joined) {
                    first.joined = Joined::Unknown;
                }
                periods
            })
    }

    fn arb_suspensions() -> impl Strategy<Value = Vec<Suspension>> {
        prop::collection::vec(
            (
                arb_date(),
                prop::option::of(0u32..400),
                prop::option::of(0u32..400),
            ),
            0..2,
        )
        .prop_map(|v| {
            v.into_iter()
                .map(|(s, u, l)| Suspension {
                    starts: s,
                    until: u.map(|n| s + Days::new(n.into())),
                    reason: "x".into(),
                    lifted_on: l.map(|n| s + Days::new(n.into())),
                })
                .collect()
        })
    }

    fn arb_arrears() -> impl Strategy<Value = Vec<Arrears>> {
        prop::collection::vec((arb_date(), prop::option::of(1u32..400)), 0..2).prop_map(|v| {
            v.into_iter()
                .map(|(s, c)| Arrears {
                    since: s,
                    cleared_on: c.map(|n| s + Days::new(n.into())),
                })
                .collect()
        })
    }

    fn arb_category() -> impl Strategy<Value = Category> {
        (any::<bool>(), any::<bool>(), 1u32..5).prop_map(|(m, v, w)| cat("c", m, m && v, w))
    }

    fn arb_rules() -> impl Strategy<Value = VotingRules> {
        (prop::option::of(1u32..19), any::<bool>(), 0u32..200).prop_map(|(a, b, w)| VotingRules {
            min_age_own_vote: a,
            arrears_suspends_vote: b,
            voting_waiting_period_days: w,
        })
    }

    proptest! {
        #[test]
        fn the_laws_of_the_roll(
            periods in arb_periods(),
            suspensions in arb_suspensions(),
            arrears in arb_arrears(),
            birth in prop::option::of(arb_date()),
            c in arb_category(),
            rules in arb_rules(),
            on in arb_date(),
        ) {
            let v = Voter { periods: &periods, suspensions: &suspensions, arrears: &arrears, birth_date: birth };
            let s = standing(&v, &c, &rules, on);
            // Votes are 0 or the category's weight; votes and a caster go together.
            prop_assert!(s.votes == 0 || s.votes == c.weight);
            prop_assert_eq!(s.votes > 0, s.cast_by.is_some());
            // No votes always says why.
            prop_assert!(s.votes > 0 || s.reason.is_some());
            // Suspended and former members, and categories without a vote, never vote.
            if s.status != Status::Active || !c.has_vote || !c.is_member {
                prop_assert_eq!(s.votes, 0);
            }
            // Arrears cost the vote only where the statutes say so.
            if !rules.arrears_suspends_vote {
                let without = Voter { arrears: &[], ..v };
                prop_assert_eq!(&s, &standing(&without, &c, &rules, on));
            }
            // The status is the one `member list` shows.
            prop_assert_eq!(s.status, status_on(&periods, &suspensions, on));
            // Only a minor under the age rule votes through a representative.
            if s.cast_by == Some(CastBy::LegalRepresentative) {
                let min = rules.min_age_own_vote.unwrap() as i32;
                prop_assert!(age_on(birth.unwrap(), on) < min);
            }
        }
    }
}
