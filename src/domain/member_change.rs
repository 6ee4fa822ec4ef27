//! Rules for changing a member who is already in the registry: editing fields, correcting the
//! joining date, suspending and lifting a suspension, and erasing personal data.
//!
//! Leaving and rejoining are `member::check_leave` / `member::check_rejoin`. Like the rest of the
//! domain this is pure: the caller passes `today` and the member as read from the store.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use super::DomainError;
use super::member::fields::{member_field_type, member_fields};
use super::member::{Joined, Member, MemberData, Period, Suspension};
use super::roll::Status;

/// `MemberPatch` from the lines of `member_fields!`: one `Option<Option<_>>` per field.
macro_rules! patch {
    ($($name:ident: $kind:ident, search $search:expr, personal $personal:literal,
        $flag:ident $([$($arg:tt)*])? $help:literal, $(prompt $prompt:literal,)?
        headers [$($header:literal),* $(,)?];)*) => {
        /// A change to one member, field by field: `None` leaves a field alone, `Some(None)`
        /// clears it.
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        pub struct MemberPatch {
            $(pub $name: Option<Option<member_field_type!($kind)>>,)*
            /// A new category, by name.
            pub category: Option<String>,
            /// A new member number.
            pub number: Option<i64>,
            /// A corrected first day of the current (or last) membership period; unknown only
            /// for a member's first period.
            pub joined: Option<Joined>,
            /// A corrected last day of the last membership period; `Some(None)` withdraws the
            /// leave.
            pub left: Option<Option<NaiveDate>>,
        }

        impl MemberPatch {
            /// The member's fields after the patch, normalized (trimmed; empty text is none).
            pub fn apply(&self, old: &MemberData) -> MemberData {
                let mut d = old.clone();
                $(if let Some(v) = &self.$name {
                    d.$name.clone_from(v);
                })*
                d.normalized()
            }
        }
    };
}

member_fields!(patch);

impl MemberPatch {
    /// True when the patch asks for nothing at all.
    pub fn is_empty(&self) -> bool {
        *self == MemberPatch::default()
    }
}

/// Refuses any change to a member whose personal data was erased: the anonymous record that is
/// left must keep telling the same story.
pub fn check_not_erased(m: &Member) -> Result<(), DomainError> {
    match &m.erased_at {
        Some(at) => Err(DomainError::said(msg!(
            "member-erased-no-changes",
            number = m.number,
            on = at.get(..10).unwrap_or(at)
        ))),
        None => Ok(()),
    }
}

/// Checks a corrected joining date for the last period: after the previous period's end, not
/// after this period's end, and not before the birth date. Unknown is for the first period
/// only: a rejoin is a date the association knows.
pub fn check_joined(
    periods: &[Period],
    joined: Joined,
    birth_date: Option<NaiveDate>,
) -> Result<(), DomainError> {
    let mut sorted: Vec<&Period> = periods.iter().collect();
    sorted.sort_by_key(|p| p.joined);
    let Some(last) = sorted.pop() else {
        return Err(DomainError::said(msg!(
            "member-no-period",
            who = msg!("this-member")
        )));
    };
    let Joined::On(joined) = joined else {
        return match sorted.last().and_then(|p| p.left) {
            Some(previous) => Err(DomainError::invalid_said(
                "joined",
                msg!("joined-unknown-not-first", previous = previous),
            )),
            None => Ok(()),
        };
    };
    if let Some(left) = last.left
        && joined > left
    {
        return Err(DomainError::invalid_said(
            "joined",
            msg!("joined-after-end", joined = joined, left = left),
        ));
    }
    if let Some(prev_end) = sorted.iter().filter_map(|p| p.left).max()
        && joined <= prev_end
    {
        return Err(DomainError::invalid_said(
            "joined",
            msg!(
                "joined-not-after-previous",
                joined = joined,
                previous = prev_end
            ),
        ));
    }
    if let Some(b) = birth_date
        && joined < b
    {
        return Err(DomainError::invalid_said(
            "joined",
            msg!("date-before-birth", date = joined, birth = b),
        ));
    }
    Ok(())
}

/// The last membership period (the one `--joined`, `--left` and `--undo` correct), by index.
fn last_period(periods: &[Period]) -> Result<usize, DomainError> {
    periods
        .iter()
        .enumerate()
        .max_by_key(|(_, p)| p.joined)
        .map(|(i, _)| i)
        .ok_or_else(|| DomainError::said(msg!("member-no-period", who = msg!("this-member"))))
}

/// The period whose end `member leave --undo` withdraws: the last one, once it has ended.
/// Gives its index in `periods`.
pub fn check_undo_leave(periods: &[Period]) -> Result<usize, DomainError> {
    if periods.iter().any(|p| p.left.is_none()) {
        return Err(DomainError::said(msg!(
            "member-not-left",
            who = msg!("this-member")
        )));
    }
    last_period(periods)
}

/// Checks a corrected last day (`member edit --left DATE`) of the last period, whose first day
/// is `joined` (perhaps corrected in the same edit). Gives the period's index.
pub fn check_left(
    periods: &[Period],
    joined: Joined,
    left: NaiveDate,
) -> Result<usize, DomainError> {
    let i = last_period(periods)?;
    // An unknown start lies before any leaving date.
    if let Joined::On(joined) = joined
        && left < joined
    {
        return Err(DomainError::invalid_said(
            "left",
            msg!("left-before-joined", left = left, joined = joined),
        ));
    }
    Ok(i)
}

/// A rejoin on the day after the last period ended continues that period rather than starting
/// a new one: gives the index of the period to reopen, if so.
pub fn continues_period(periods: &[Period], date: NaiveDate) -> Option<usize> {
    let i = last_period(periods).ok()?;
    let left = periods[i].left?;
    (left.succ_opt() == Some(date)).then_some(i)
}

/// A member number must be 1 or more.
pub fn check_number(n: i64) -> Result<(), DomainError> {
    if n <= 0 {
        return Err(DomainError::invalid_said(
            "number",
            msg!("member-number-too-low", number = n),
        ));
    }
    Ok(())
}

/// A member number can be given to one member only; `taken` says whether someone has it.
pub fn check_number_free(n: i64, taken: bool) -> Result<(), DomainError> {
    if taken {
        return Err(DomainError::invalid_said(
            "number",
            msg!("member-number-taken", number = n),
        ));
    }
    Ok(())
}

/// A member cannot have joined before being born: the birth date against the first day of the
/// first membership period.
pub fn check_born_before_joining(
    birth_date: Option<NaiveDate>,
    first_joined: Option<NaiveDate>,
) -> Result<(), DomainError> {
    if let (Some(b), Some(first)) = (birth_date, first_joined)
        && b > first
    {
        return Err(DomainError::invalid_said(
            "birth_date",
            msg!("birth-after-joined", birth = b, joined = first),
        ));
    }
    Ok(())
}

/// A former member cannot rejoin on a date before the birth date.
pub fn check_rejoin_after_birth(
    birth_date: Option<NaiveDate>,
    date: NaiveDate,
) -> Result<(), DomainError> {
    if let Some(b) = birth_date
        && date < b
    {
        return Err(DomainError::invalid_said(
            "date",
            msg!("date-before-birth", date = date, birth = b),
        ));
    }
    Ok(())
}

/// Checks that a suspension from `from` (to `until`, inclusive) may start: the member must be a
/// member on `from` and not already suspended on any day of the new suspension.
pub fn check_suspend(
    periods: &[Period],
    suspensions: &[Suspension],
    from: NaiveDate,
    until: Option<NaiveDate>,
) -> Result<(), DomainError> {
    if let Some(u) = until
        && u < from
    {
        return Err(DomainError::invalid_said(
            "until",
            msg!("until-before-suspension", until = u, from = from),
        ));
    }
    if !super::roll::status_on(periods, &[], from).is_member() {
        return Err(DomainError::said(msg!(
            "suspend-not-member",
            who = msg!("this-member"),
            on = from
        )));
    }
    // Two suspensions overlap when each starts before the other ends (lifting ends one early).
    let end_of = |s: &Suspension| match (s.until, s.lifted_on) {
        (Some(u), Some(l)) => Some(u.min(l.pred_opt().unwrap_or(l))),
        (Some(u), None) => Some(u),
        (None, Some(l)) => Some(l.pred_opt().unwrap_or(l)),
        (None, None) => None,
    };
    for s in suspensions {
        // A suspension lifted on its first day never took effect.
        if s.lifted_on.is_some_and(|l| l <= s.starts) {
            continue;
        }
        let starts_before_new_ends = until.is_none_or(|u| s.starts <= u);
        let new_starts_before_it_ends = end_of(s).is_none_or(|e| from <= e);
        if starts_before_new_ends && new_starts_before_it_ends {
            return Err(DomainError::said(match end_of(s) {
                Some(e) => msg!(
                    "suspended-already-until",
                    who = msg!("this-member"),
                    from = s.starts,
                    until = e
                ),
                None => msg!(
                    "suspended-already",
                    who = msg!("this-member"),
                    from = s.starts
                ),
            }));
        }
    }
    Ok(())
}

/// The suspension that `member unsuspend --on d` lifts: the one in force on `d`.
/// Returns its index in `suspensions`.
pub fn check_unsuspend(suspensions: &[Suspension], d: NaiveDate) -> Result<usize, DomainError> {
    suspensions
        .iter()
        .position(|s| s.in_force(d))
        .ok_or_else(|| {
            let later = suspensions
                .iter()
                .filter(|s| s.starts > d && s.lifted_on.is_none())
                .map(|s| s.starts)
                .min();
            DomainError::said(match later {
                Some(starts) => msg!(
                    "not-suspended-later",
                    who = msg!("this-member"),
                    on = d,
                    starts = starts
                ),
                None => msg!("not-suspended", who = msg!("this-member"), on = d),
            })
        })
}

/// Why a member may not be erased yet, if so: only former members are, once every membership
/// period has ended before `today` (the last day of a membership is still a day as a member).
pub fn check_erase(m: &Member, today: NaiveDate) -> Result<(), EraseRefusal> {
    if m.erased_at.is_some() {
        return Err(EraseRefusal::AlreadyErased);
    }
    if let Some(open) = m.periods.iter().find(|p| p.left.is_none()) {
        return Err(EraseRefusal::StillMember {
            status: m.status_on(today),
            ends: None,
            joined: open.joined,
        });
    }
    if let Some(p) = m
        .periods
        .iter()
        .find(|p| p.left.is_some_and(|l| l >= today))
    {
        return Err(EraseRefusal::StillMember {
            status: m.status_on(today),
            ends: p.left,
            joined: p.joined,
        });
    }
    Ok(())
}

/// One changed field of `member edit`, as text (dates ISO), for the journal and the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// Journal actions that are a member's own creation and correction: the only entries that may
/// name a member `member delete` removes.
pub const OWN_ACTIONS: [&str; 2] = [
    super::journal::action::MEMBER_ADD,
    super::journal::action::MEMBER_EDIT,
];

/// Something that refers to a member besides its own creation: rows of a table (`attendance`,
/// `suspension`, …) or journal entries of an action (`member.leave`, `vote.cast`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberUse {
    pub what: String,
    pub count: i64,
}

/// Why `member delete` refuses: what refers to the member.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("this member is referred to ({})", describe_uses(.0))]
pub struct DeleteRefusal(pub Vec<MemberUse>);

fn describe_uses(uses: &[MemberUse]) -> String {
    uses.iter()
        .map(|u| format!("{} {}", u.count, u.what))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A member record may be deleted only while nothing but its own creation refers to it.
pub fn check_delete(uses: Vec<MemberUse>) -> Result<(), DeleteRefusal> {
    let uses: Vec<MemberUse> = uses.into_iter().filter(|u| u.count > 0).collect();
    if uses.is_empty() {
        Ok(())
    } else {
        Err(DeleteRefusal(uses))
    }
}

/// The reasons `check_erase` gives; the command line adds the next step to take.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EraseRefusal {
    #[error("the personal data of this member was erased already")]
    AlreadyErased,
    /// A period has no end, or ends today or later.
    #[error("only former members can be erased; this member is {} until {}", status.as_str(), ends.map_or("further notice".to_string(), |e| e.to_string()))]
    StillMember {
        status: Status,
        ends: Option<NaiveDate>,
        joined: Joined,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delete_is_refused_by_any_use_and_names_them() {
        assert_eq!(check_delete(vec![]), Ok(()));
        let none = MemberUse {
            what: "attendance rows".into(),
            count: 0,
        };
        assert_eq!(check_delete(vec![none.clone()]), Ok(()));
        let leave = MemberUse {
            what: "member.leave journal entries".into(),
            count: 2,
        };
        let e = check_delete(vec![none, leave.clone()]).unwrap_err();
        assert_eq!(e, DeleteRefusal(vec![leave]));
        assert_eq!(
            e.to_string(),
            "this member is referred to (2 member.leave journal entries)"
        );
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn period(joined: &str, left: Option<&str>) -> Period {
        Period {
            joined: d(joined).into(),
            left: left.map(d),
            reason: None,
        }
    }

    fn susp(starts: &str, until: Option<&str>, lifted: Option<&str>) -> Suspension {
        Suspension {
            starts: d(starts),
            until: until.map(d),
            reason: "r".into(),
            lifted_on: lifted.map(d),
        }
    }

    #[test]
    fn patch_sets_clears_and_keeps() {
        let old = MemberData {
            given_name: Some("Jan".into()),
            family_name: Some("Berg".into()),
            city: Some("Utrecht".into()),
            postcode: Some("1234 AB".into()),
            ..Default::default()
        };
        let patch = MemberPatch {
            city: Some(Some(" Breda ".into())),
            postcode: Some(None),
            email: Some(Some("".into())),
            ..Default::default()
        };
        let new = patch.apply(&old);
        assert_eq!(new.city.as_deref(), Some("Breda"));
        assert_eq!(new.postcode, None);
        assert_eq!(new.email, None);
        assert_eq!(new.given_name.as_deref(), Some("Jan"));
        assert!(!patch.is_empty());
        assert!(MemberPatch::default().is_empty());
    }

    #[test]
    fn joined_correction_stays_between_the_neighbouring_periods() {
        let periods = vec![
            period("2020-01-01", Some("2021-12-31")),
            period("2023-01-01", None),
        ];
        assert!(check_joined(&periods, d("2022-01-01").into(), None).is_ok());
        let err = check_joined(&periods, d("2021-12-31").into(), None).unwrap_err();
        assert_eq!(err.field(), Some("joined"));
        let err =
            check_joined(&periods, d("2022-06-01").into(), Some(d("2022-07-01"))).unwrap_err();
        assert!(err.to_string().contains("birth date"), "{err}");
        let closed = vec![period("2020-01-01", Some("2020-12-31"))];
        assert!(check_joined(&closed, d("2021-01-01").into(), None).is_err());
        assert!(check_joined(&closed, d("2020-12-31").into(), None).is_ok());
    }

    #[test]
    fn suspension_needs_a_member_and_no_overlap() {
        let periods = vec![period("2020-01-01", Some("2025-12-31"))];
        assert!(check_suspend(&periods, &[], d("2026-01-01"), None).is_err());
        assert!(check_suspend(&periods, &[], d("2024-01-01"), Some(d("2023-01-01"))).is_err());
        let existing = vec![susp("2024-01-01", Some("2024-03-31"), None)];
        assert!(check_suspend(&periods, &existing, d("2024-03-31"), None).is_err());
        assert!(check_suspend(&periods, &existing, d("2023-06-01"), None).is_err());
        assert!(check_suspend(&periods, &existing, d("2023-06-01"), Some(d("2023-12-31"))).is_ok());
        assert!(check_suspend(&periods, &existing, d("2024-04-01"), None).is_ok());
        // Lifted on 2024-02-01: the last day in force was 2024-01-31.
        let lifted = vec![susp("2024-01-01", None, Some("2024-02-01"))];
        assert!(check_suspend(&periods, &lifted, d("2024-01-31"), None).is_err());
        assert!(check_suspend(&periods, &lifted, d("2024-02-01"), None).is_ok());
        // Cancelled before it started: it never counts.
        let cancelled = vec![susp("2024-01-01", None, Some("2024-01-01"))];
        assert!(check_suspend(&periods, &cancelled, d("2024-01-01"), None).is_ok());
    }

    #[test]
    fn unsuspend_finds_the_suspension_in_force() {
        let s = vec![
            susp("2023-01-01", Some("2023-02-01"), None),
            susp("2024-01-01", None, None),
        ];
        assert_eq!(check_unsuspend(&s, d("2024-05-01")), Ok(1));
        assert_eq!(check_unsuspend(&s, d("2023-01-15")), Ok(0));
        let err = check_unsuspend(&s, d("2023-06-01")).unwrap_err();
        assert!(err.to_string().contains("2024-01-01"), "{err}");
        let err = check_unsuspend(&s[..1], d("2023-06-01")).unwrap_err();
        assert!(err.to_string().contains("nothing to lift"), "{err}");
    }

    fn member(periods: Vec<Period>) -> Member {
        Member {
            id: 1,
            number: 7,
            data: MemberData::default(),
            category: "regular".into(),
            source: "cli".into(),
            erased_at: None,
            created_at: String::new(),
            updated_at: String::new(),
            periods,
            suspensions: vec![],
        }
    }

    #[test]
    fn only_members_whose_last_day_has_passed_can_be_erased() {
        let today = d("2026-03-01");
        let open = member(vec![period("2020-01-01", None)]);
        assert!(matches!(
            check_erase(&open, today),
            Err(EraseRefusal::StillMember {
                status: Status::Active,
                ends: None,
                ..
            })
        ));
        let ends_today = member(vec![period("2020-01-01", Some("2026-03-01"))]);
        assert!(matches!(
            check_erase(&ends_today, today),
            Err(EraseRefusal::StillMember { ends: Some(_), .. })
        ));
        let gone = member(vec![period("2020-01-01", Some("2026-02-28"))]);
        assert_eq!(check_erase(&gone, today), Ok(()));
        let mut erased = gone.clone();
        erased.erased_at = Some("2026-03-01T18:00:00Z".into());
        assert_eq!(
            check_erase(&erased, today),
            Err(EraseRefusal::AlreadyErased)
        );
        assert!(check_not_erased(&erased).is_err());
        assert!(check_not_erased(&gone).is_ok());
    }

    #[test]
    fn numbers_and_birth_dates() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert!(
            check_number(0)
                .unwrap_err()
                .to_string()
                .contains("use 1 or more")
        );
        assert!(check_number(1).is_ok());
        assert_eq!(
            check_number_free(7, true).unwrap_err().to_string(),
            "number: member number 7 is taken"
        );
        assert!(check_number_free(7, false).is_ok());
        let born = Some(d("2000-05-01"));
        assert!(check_born_before_joining(born, Some(d("2000-04-30"))).is_err());
        assert!(check_born_before_joining(born, Some(d("2000-05-01"))).is_ok());
        assert!(check_born_before_joining(None, Some(d("1900-01-01"))).is_ok());
        assert_eq!(
            check_rejoin_after_birth(born, d("1999-01-01"))
                .unwrap_err()
                .field(),
            Some("date")
        );
        assert!(check_rejoin_after_birth(born, d("2000-05-01")).is_ok());
    }

    #[test]
    fn corrections_of_the_last_period() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let p = |j: &str, l: Option<&str>| Period {
            joined: d(j).into(),
            left: l.map(d),
            reason: None,
        };
        let closed = vec![
            p("2010-01-01", Some("2015-12-31")),
            p("2020-01-01", Some("2024-12-31")),
        ];
        assert_eq!(check_undo_leave(&closed), Ok(1));
        let open = vec![p("2010-01-01", Some("2015-12-31")), p("2020-01-01", None)];
        assert!(matches!(check_undo_leave(&open), Err(DomainError::Said(_))));
        assert!(check_undo_leave(&[]).is_err());
        assert_eq!(
            check_left(&open, d("2020-01-01").into(), d("2020-01-01")),
            Ok(1)
        );
        assert!(check_left(&open, d("2020-01-01").into(), d("2019-12-31")).is_err());
        assert_eq!(continues_period(&closed, d("2025-01-01")), Some(1));
        assert_eq!(continues_period(&closed, d("2025-01-02")), None);
        assert_eq!(continues_period(&open, d("2025-01-01")), None);
    }
}
