//! Members: their fields, validation, membership periods and suspensions. Status and votes on a
//! date are the voting roll's (`roll.rs`).
//!
//! A membership period runs from `joined` (first day) to `left` (last day as a member, inclusive),
//! so "who was a member on 31 December" includes someone whose membership ends that day.

use crate::domain::msg::msg;
use chrono::{Datelike as _, NaiveDate};
use serde::Serialize;

use super::DomainError;
use super::roll::Status;
use super::text::full_name;

pub mod fields;
mod filter;
mod joined;

pub use fields::MemberData;
pub use filter::{MemberFilter, SortBy};
pub use joined::{Joined, UNKNOWN_EN, UNKNOWN_NL};

/// The names of the fields, as used by `member edit --FIELD`, import headers and exports.
pub const FIELDS: &[&str] = &fields::NAMES;

impl MemberData {
    /// "Jan van der Berg", or the organisation's name as written.
    pub fn full_name(&self) -> String {
        if let Some(o) = &self.organisation {
            return o.trim().to_string();
        }
        full_name(
            self.given_name.as_deref(),
            self.name_prefix.as_deref(),
            self.family_name.as_deref(),
        )
    }

    /// Trims every text field and turns empty ones into None, so "" and absent mean the same.
    pub fn normalized(mut self) -> Self {
        for f in &fields::TABLE {
            if let fields::Slot::Text(_, text) = f.value {
                let t = text(&mut self);
                *t = t
                    .take()
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty());
            }
        }
        if let Some(pc) = &mut self.postcode {
            *pc = pc.to_uppercase();
        }
        self
    }

    /// Checks the fields; the error names the field and what is wrong.
    pub fn validate(&self, today: NaiveDate) -> Result<(), DomainError> {
        check_name(self)?;
        if let Some(e) = &self.email {
            check_email_said(e).map_err(|why| DomainError::invalid_said("email", why))?;
        }
        if let Some(b) = self.birth_date
            && b > today
        {
            return Err(DomainError::invalid_said(
                "birth_date",
                msg!("date-in-future", date = b),
            ));
        }
        if let Some(c) = self.email_consent
            && c > today
        {
            return Err(DomainError::invalid_said(
                "email_consent",
                msg!("date-in-future", date = c),
            ));
        }
        Ok(())
    }

    /// Pairs of (field, old, new) where `other` differs, as text for journals and dry runs.
    pub fn differences(
        &self,
        other: &MemberData,
    ) -> Vec<(&'static str, Option<String>, Option<String>)> {
        let a = self.as_texts();
        let b = other.as_texts();
        FIELDS
            .iter()
            .zip(a.into_iter().zip(b))
            .filter(|(_, (x, y))| x != y)
            .map(|(f, (x, y))| (*f, x, y))
            .collect()
    }

    /// Every field as text, in `FIELDS` order.
    pub fn as_texts(&self) -> Vec<Option<String>> {
        fields::TABLE.iter().map(|f| f.text(self)).collect()
    }
}

/// A member as the registry holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Member {
    /// Internal id; stable for ever, also after erasure.
    pub id: i64,
    /// The member number (lidnummer) people use.
    pub number: i64,
    pub data: MemberData,
    pub category: String,
    /// Where the record came from: `cli`, or `import:<import id>:<line>`.
    pub source: String,
    /// Set when the personal data was erased.
    pub erased_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub periods: Vec<Period>,
    pub suspensions: Vec<Suspension>,
}

impl Member {
    /// Status on `d`, as the voting roll judges it.
    pub fn status_on(&self, d: NaiveDate) -> Status {
        super::roll::status_on(&self.periods, &self.suspensions, d)
    }

    /// The start of the current (or last) membership period: "member since".
    pub fn joined(&self) -> Option<Joined> {
        self.periods.iter().map(|p| p.joined).max()
    }

    /// The period that tells where the member stood on `d`: the one containing it, else the last
    /// one begun before it, else (not yet joined on `d`) the first.
    pub fn period_on(&self, d: NaiveDate) -> Option<&Period> {
        self.periods
            .iter()
            .find(|p| p.contains(d))
            .or_else(|| {
                self.periods
                    .iter()
                    .filter(|p| p.joined <= d)
                    .max_by_key(|p| p.joined)
            })
            .or_else(|| self.periods.iter().min_by_key(|p| p.joined))
    }

    /// The end of the last period, when the member has left.
    pub fn left(&self) -> Option<NaiveDate> {
        match self.periods.iter().max_by_key(|p| p.joined) {
            Some(p) => p.left,
            None => None,
        }
    }
}

/// A member to add.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewMember {
    /// None: the next free number.
    pub number: Option<i64>,
    pub data: MemberData,
    pub category: String,
    pub joined: Joined,
    /// Set for members imported as already gone: the last day of their membership.
    pub left: Option<NaiveDate>,
    /// Every membership period, oldest first, when the import file gives them (its `periods`
    /// column); then `joined` and `left` are those of the last. Empty: the one `joined..left`.
    pub periods: Vec<Period>,
    /// Suspensions, when the import file gives them (its `suspensions` column).
    pub suspensions: Vec<Suspension>,
}

impl NewMember {
    /// The periods to register: `periods`, or the one `joined..left`.
    pub fn all_periods(&self) -> Vec<Period> {
        if self.periods.is_empty() {
            vec![Period {
                joined: self.joined,
                left: self.left,
                reason: None,
            }]
        } else {
            self.periods.clone()
        }
    }

    pub fn validate(&self, today: NaiveDate) -> Result<(), DomainError> {
        if let Some(n) = self.number
            && n <= 0
        {
            return Err(DomainError::invalid_said(
                "number",
                msg!("member-number-too-low", number = n),
            ));
        }
        self.data.validate(today)?;
        let first = self.periods.first().map_or(self.joined, |p| p.joined);
        // An unknown start is never checked against a date: it is not before the birth date.
        if let (Some(b), Joined::On(first)) = (self.data.birth_date, first)
            && first < b
        {
            return Err(DomainError::invalid_said(
                if self.periods.is_empty() {
                    "joined"
                } else {
                    "periods"
                },
                msg!("date-before-birth", date = first, birth = b),
            ));
        }
        if let (Some(l), Joined::On(joined)) = (self.left, self.joined)
            && l < joined
        {
            return Err(DomainError::invalid_said(
                "left",
                msg!("date-before-joined", date = l, joined = joined),
            ));
        }
        Ok(())
    }
}

/// Why a new member looks like one already registered (`member add`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Likeness {
    SameEmail,
    SameNameAndBirthDate,
}

impl Likeness {
    pub fn describe(self) -> &'static str {
        match self {
            Likeness::SameEmail => "the same e-mail address",
            Likeness::SameNameAndBirthDate => "the same name and birth date",
        }
    }
}

/// Whether `new` is likely the same person as `old`: the same e-mail address (in any case), or
/// the same full name (folded: case and accents aside) with the same birth date.
pub fn likely_duplicate(new: &MemberData, old: &MemberData) -> Option<Likeness> {
    let email = |d: &MemberData| d.email.as_deref().map(|e| e.trim().to_lowercase());
    if email(new).is_some() && email(new) == email(old) {
        return Some(Likeness::SameEmail);
    }
    let name = |d: &MemberData| super::text::fold(&d.full_name());
    if new.birth_date.is_some() && new.birth_date == old.birth_date && name(new) == name(old) {
        return Some(Likeness::SameNameAndBirthDate);
    }
    None
}

/// A registered member whom a new one likely duplicates (`member add`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub number: i64,
    pub name: String,
    pub why: Likeness,
}

/// What `member add` does about the members a new one likely duplicates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DuplicateStep {
    Add,
    /// Whoever adds decides (on a terminal).
    Ask,
    Refuse,
}

/// Add when nothing looks alike or adding anyway was asked for (`--allow-duplicate`); otherwise
/// ask when someone can answer, and refuse when nobody can (a script): a second record of one
/// person would give that person two votes.
pub fn on_duplicates(found: &[Duplicate], allowed: bool, can_ask: bool) -> DuplicateStep {
    if found.is_empty() || allowed {
        DuplicateStep::Add
    } else if can_ask {
        DuplicateStep::Ask
    } else {
        DuplicateStep::Refuse
    }
}

/// Why `member add` added nothing; the command line words it and names the next step.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddRefusal {
    #[error("{name} looks like a member already registered")]
    LikelyDuplicate { name: String, of: Vec<Duplicate> },
    /// Asked, whoever adds said no.
    #[error("cancelled; nothing was added")]
    Cancelled,
}

/// Two 64-bit keys under which [`likely_duplicate`] can find `d` alike another member: of the
/// e-mail address, and of the folded full name with the birth date. Equal data gives equal
/// keys; equal keys are only candidates (a bulk import sorts a million of them in 16 MB, then
/// confirms the few equal ones with `likely_duplicate`).
pub fn likeness_keys(d: &MemberData) -> [Option<u64>; 2] {
    use std::hash::{DefaultHasher, Hasher as _};
    // Lower-case plain ASCII is what both `to_lowercase` and `fold` make of it: the common case
    // skips their allocation.
    fn lower(h: &mut DefaultHasher, s: &str, fold: bool) {
        if s.is_ascii() {
            for b in s.bytes() {
                h.write_u8(b.to_ascii_lowercase());
            }
        } else if fold {
            h.write(super::text::fold(s).as_bytes());
        } else {
            h.write(s.to_lowercase().as_bytes());
        }
    }
    let email = d.email.as_deref().map(|e| {
        let mut h = DefaultHasher::new();
        h.write_u8(b'e');
        lower(&mut h, e.trim(), false);
        h.finish()
    });
    let name = d.birth_date.map(|birth| {
        let mut h = DefaultHasher::new();
        h.write_u8(b'n');
        lower(&mut h, &d.full_name(), true);
        h.write_i32(birth.num_days_from_ce());
        h.finish()
    });
    [email, name]
}

/// A member is a person or an organisation: a family name, or an organisation's name without
/// any part of a person's name (whose name would the letters carry otherwise?).
fn check_name(d: &MemberData) -> Result<(), DomainError> {
    if d.organisation.is_none() {
        if d.family_name.is_none() {
            return Err(DomainError::invalid_said(
                "family_name",
                msg!("family-name-required"),
            ));
        }
        return Ok(());
    }
    let person = [
        ("family_name", &d.family_name),
        ("given_name", &d.given_name),
        ("name_prefix", &d.name_prefix),
    ];
    if let Some((field, Some(v))) = person.into_iter().find(|(_, v)| v.is_some()) {
        return Err(DomainError::invalid_said(
            field,
            msg!(
                "person-name-of-organisation",
                name = v,
                organisation = d.organisation.as_deref().unwrap_or_default()
            ),
        ));
    }
    Ok(())
}

/// A plain syntax check: one @, a local part, a domain with a dot, no spaces or empty labels.
pub fn check_email(e: &str) -> Result<(), &'static str> {
    email_fault(e).map_or(Ok(()), |f| Err(f.english()))
}

/// [`check_email`] in the catalogue's words: "'x' is not an e-mail address (…)".
pub fn check_email_said(e: &str) -> Result<(), crate::domain::msg::Msg> {
    email_fault(e).map_or(Ok(()), |f| {
        Err(msg!("email-invalid", given = e, fault = f.name()))
    })
}

/// What is wrong with an e-mail address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EmailFault {
    NotOneAt,
    MissingAroundAt,
    Separator,
    NoDomain,
    MisplacedDot,
}

impl EmailFault {
    /// The name the catalogue chooses its words by.
    fn name(self) -> &'static str {
        match self {
            EmailFault::NotOneAt => "not-one-at",
            EmailFault::MissingAroundAt => "missing-around-at",
            EmailFault::Separator => "separator",
            EmailFault::NoDomain => "no-domain",
            EmailFault::MisplacedDot => "misplaced-dot",
        }
    }

    fn english(self) -> &'static str {
        match self {
            EmailFault::NotOneAt => "is not an e-mail address (it needs exactly one @)",
            EmailFault::MissingAroundAt => {
                "is not an e-mail address (something is missing around the @)"
            }
            EmailFault::Separator => "is not an e-mail address (it contains a space or separator)",
            EmailFault::NoDomain => {
                "is not an e-mail address (the part after @ needs a domain like example.org)"
            }
            EmailFault::MisplacedDot => "is not an e-mail address (misplaced dot before the @)",
        }
    }
}

fn email_fault(e: &str) -> Option<EmailFault> {
    let mut parts = e.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return Some(EmailFault::NotOneAt);
    };
    if local.is_empty() || domain.is_empty() {
        return Some(EmailFault::MissingAroundAt);
    }
    if e.chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, ',' | ';' | '<' | '>'))
    {
        return Some(EmailFault::Separator);
    }
    if !domain.contains('.') || domain.split('.').any(str::is_empty) {
        return Some(EmailFault::NoDomain);
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Some(EmailFault::MisplacedDot);
    }
    None
}

/// One period of membership.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Period {
    /// First day as a member; only the first period may have an unknown start.
    pub joined: Joined,
    /// Last day as a member; None while the membership runs.
    pub left: Option<NaiveDate>,
    pub reason: Option<String>,
}

impl Period {
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.joined <= d && self.left.is_none_or(|l| d <= l)
    }
}

/// One suspension (BW 2:24d).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suspension {
    pub starts: NaiveDate,
    /// Last day of the suspension, if it has an end.
    pub until: Option<NaiveDate>,
    pub reason: String,
    /// Set when lifted early by `member unsuspend`.
    pub lifted_on: Option<NaiveDate>,
}

impl Suspension {
    pub fn in_force(&self, d: NaiveDate) -> bool {
        self.starts <= d
            && self.until.is_none_or(|u| d <= u)
            && self.lifted_on.is_none_or(|l| d < l)
    }
}

/// Checks that a member whose periods are `periods` may leave on `date`.
pub fn check_leave(periods: &[Period], date: NaiveDate) -> Result<(), DomainError> {
    let Some(open) = periods.iter().find(|p| p.left.is_none()) else {
        return Err(DomainError::said(msg!(
            "leave-already-left",
            who = msg!("this-member")
        )));
    };
    if let Joined::On(joined) = open.joined
        && date < joined
    {
        return Err(DomainError::invalid_said(
            "date",
            msg!("date-before-joined", date = date, joined = joined),
        ));
    }
    Ok(())
}

/// Checks that a member whose periods are `periods` may rejoin on `date`.
pub fn check_rejoin(periods: &[Period], date: NaiveDate) -> Result<(), DomainError> {
    if periods.iter().any(|p| p.left.is_none()) {
        return Err(DomainError::said(msg!(
            "rejoin-still-member",
            who = msg!("this-member")
        )));
    }
    if let Some(last) = periods.iter().filter_map(|p| p.left).max()
        && date <= last
    {
        return Err(DomainError::invalid_said(
            "date",
            msg!("rejoin-not-after-last", date = date, last = last),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_duplicate_is_the_same_email_or_the_same_name_and_birth_date() {
        let jan = MemberData {
            given_name: Some("Jan".into()),
            name_prefix: Some("van der".into()),
            family_name: Some("Berg".into()),
            email: Some("Jan@Example.nl".into()),
            birth_date: Some(d("1960-01-01")),
            ..Default::default()
        };
        let same_mail = MemberData {
            family_name: Some("Anders".into()),
            email: Some("jan@example.nl".into()),
            ..Default::default()
        };
        assert_eq!(
            likely_duplicate(&same_mail, &jan),
            Some(Likeness::SameEmail)
        );
        let same_name = MemberData {
            given_name: Some("JAN".into()),
            name_prefix: Some("van der".into()),
            family_name: Some("Berg".into()),
            birth_date: Some(d("1960-01-01")),
            ..Default::default()
        };
        assert_eq!(
            likely_duplicate(&same_name, &jan),
            Some(Likeness::SameNameAndBirthDate)
        );
        let other_birth = MemberData {
            birth_date: Some(d("1961-01-01")),
            ..same_name.clone()
        };
        assert_eq!(likely_duplicate(&other_birth, &jan), None);
        let no_birth = MemberData {
            birth_date: None,
            ..same_name
        };
        assert_eq!(
            likely_duplicate(
                &no_birth,
                &MemberData {
                    birth_date: None,
                    ..jan.clone()
                }
            ),
            None
        );
        assert_eq!(
            likely_duplicate(&MemberData::default(), &MemberData::default()),
            None
        );
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn email_syntax() {
        assert!(check_email("jan@example.org").is_ok());
        assert!(check_email("jan.de.vries+alv@mail.example.nl").is_ok());
        for bad in [
            "jan@@x",
            "jan",
            "@x.nl",
            "jan@",
            "jan@x",
            "jan @x.nl",
            "jan@x..nl",
            ".jan@x.nl",
        ] {
            assert!(check_email(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn validation_names_the_field() {
        let today = d("2026-03-01");
        let m = MemberData {
            family_name: None,
            ..Default::default()
        };
        assert_eq!(m.validate(today).unwrap_err().field(), Some("family_name"));
        let m = MemberData {
            family_name: Some("Berg".into()),
            email: Some("jan@@x".into()),
            ..Default::default()
        };
        assert_eq!(m.validate(today).unwrap_err().field(), Some("email"));
        let m = MemberData {
            family_name: Some("Berg".into()),
            birth_date: Some(d("2030-01-01")),
            ..Default::default()
        };
        assert_eq!(m.validate(today).unwrap_err().field(), Some("birth_date"));
    }

    #[test]
    fn a_member_is_a_person_or_an_organisation() {
        let today = d("2026-03-01");
        let club = MemberData {
            organisation: Some("Bewonerscollectief De Wilgen".into()),
            ..Default::default()
        };
        assert!(club.validate(today).is_ok());
        assert_eq!(club.full_name(), "Bewonerscollectief De Wilgen");
        for (field, both) in [
            (
                "family_name",
                MemberData {
                    family_name: Some("Jansen".into()),
                    ..club.clone()
                },
            ),
            (
                "given_name",
                MemberData {
                    given_name: Some("Piet".into()),
                    ..club.clone()
                },
            ),
            (
                "name_prefix",
                MemberData {
                    name_prefix: Some("van".into()),
                    ..club.clone()
                },
            ),
        ] {
            assert_eq!(both.validate(today).unwrap_err().field(), Some(field));
        }
        let neither = MemberData::default();
        assert_eq!(
            neither.validate(today).unwrap_err().field(),
            Some("family_name")
        );
    }

    #[test]
    fn period_on_a_date() {
        let m = Member {
            id: 1,
            number: 1,
            data: MemberData::default(),
            category: "regular".into(),
            source: "cli".into(),
            erased_at: None,
            created_at: String::new(),
            updated_at: String::new(),
            periods: vec![
                Period {
                    joined: d("2020-01-01").into(),
                    left: Some(d("2021-12-31")),
                    reason: None,
                },
                Period {
                    joined: d("2023-01-01").into(),
                    left: None,
                    reason: None,
                },
            ],
            suspensions: vec![],
        };
        let joined = |x: &str| m.period_on(d(x)).and_then(|p| p.joined.iso());
        assert_eq!(joined("2021-06-01").as_deref(), Some("2020-01-01"));
        assert_eq!(joined("2022-06-01").as_deref(), Some("2020-01-01"));
        assert_eq!(joined("2025-01-01").as_deref(), Some("2023-01-01"));
        assert_eq!(joined("2019-01-01").as_deref(), Some("2020-01-01"));
    }

    #[test]
    fn leave_and_rejoin_rules() {
        let open = vec![Period {
            joined: d("2020-05-01").into(),
            left: None,
            reason: None,
        }];
        assert!(check_leave(&open, d("2020-04-30")).is_err());
        assert!(check_leave(&open, d("2020-05-01")).is_ok());
        assert!(check_rejoin(&open, d("2022-01-01")).is_err());
        let closed = vec![Period {
            joined: d("2020-05-01").into(),
            left: Some(d("2021-01-01")),
            reason: None,
        }];
        assert!(check_leave(&closed, d("2022-01-01")).is_err());
        assert!(check_rejoin(&closed, d("2021-01-01")).is_err());
        assert!(check_rejoin(&closed, d("2021-01-02")).is_ok());
    }

    #[test]
    fn differences_list_changed_fields_only() {
        let a = MemberData {
            family_name: Some("Berg".into()),
            city: Some("Utrecht".into()),
            ..Default::default()
        };
        let b = MemberData {
            family_name: Some("Berg".into()),
            city: Some("Breda".into()),
            ..Default::default()
        };
        let diff = a.differences(&b);
        assert_eq!(
            diff,
            vec![("city", Some("Utrecht".into()), Some("Breda".into()))]
        );
    }
}

#[cfg(test)]
mod duplicate_tests {
    use super::*;

    #[test]
    fn a_likely_duplicate_is_asked_about_on_a_terminal_and_refused_in_a_script() {
        let found = [Duplicate {
            number: 3,
            name: "Jan Jansen".into(),
            why: Likeness::SameEmail,
        }];
        assert_eq!(on_duplicates(&[], false, false), DuplicateStep::Add);
        assert_eq!(on_duplicates(&found, true, false), DuplicateStep::Add);
        assert_eq!(on_duplicates(&found, false, true), DuplicateStep::Ask);
        assert_eq!(on_duplicates(&found, false, false), DuplicateStep::Refuse);
    }
}
