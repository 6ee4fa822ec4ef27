//! What an import decides about rows the registry already has an answer for: a category it does
//! not know (made, or refused), a member number that is taken (a second row of the file, an
//! erased member, or with `--update` a member to bring in line), and the merge itself. Pure: the
//! store reads and writes, `ops::member_import` asks these functions what to do.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::history::{periods_text, suspensions_text};
use super::{ColumnMap, Field, category_alias};
use crate::domain::category::Category;
use crate::domain::member::{
    FIELDS, Joined, Likeness, MemberData, NewMember, Period, Suspension, likely_duplicate,
};

/// The registry's categories as an import looks them up: by name in any case, or by a Dutch
/// alias such as "gewoon lid".
#[derive(Debug, Clone, Default)]
pub struct Categories {
    /// Lower-case name → (id, name as written).
    by_key: HashMap<String, (i64, String)>,
}

impl Categories {
    pub fn new(rows: impl IntoIterator<Item = (i64, String)>) -> Self {
        let mut c = Categories::default();
        for (id, name) in rows {
            c.insert(id, name);
        }
        c
    }

    pub fn insert(&mut self, id: i64, name: String) {
        self.by_key.insert(name.trim().to_lowercase(), (id, name));
    }

    /// The id of the category `name` names, if the registry has it.
    pub fn find(&self, name: &str) -> Option<i64> {
        self.by_key
            .get(&name.trim().to_lowercase())
            .or_else(|| category_alias(name).and_then(|a| self.by_key.get(a)))
            .map(|(id, _)| *id)
    }

    pub fn name_of(&self, id: i64) -> Option<&str> {
        self.by_key
            .values()
            .find(|(i, _)| *i == id)
            .map(|(_, n)| n.as_str())
    }

    /// The names in the order they were made, for messages.
    pub fn known(&self) -> String {
        let mut known: Vec<&(i64, String)> = self.by_key.values().collect();
        known.sort();
        known.dedup();
        let names: Vec<&str> = known.into_iter().map(|(_, n)| n.as_str()).collect();
        names.join(", ")
    }
}

/// A category the registry does not know: with `--create-categories` the category to make
/// (members with one vote, saying which import made it); otherwise the problem to report.
pub fn unknown_category(
    name: &str,
    create: bool,
    import_id: i64,
    known: &Categories,
) -> Result<Category, String> {
    if create {
        return Ok(Category {
            name: name.trim().to_string(),
            is_member: true,
            has_vote: true,
            weight: 1,
            description: Some(format!("made by import {import_id}")),
        });
    }
    Err(format!(
        "no category '{}'; known: {}; add it first, or pass --create-categories",
        name.trim(),
        known.known()
    ))
}

/// The default category of rows without one, when it does not exist: one error for the file
/// rather than one per row.
pub fn unknown_default_category(name: &str, known: &Categories) -> String {
    format!("no category '{}'; known: {}", name.trim(), known.known())
}

/// A member as the registry holds it, for a row whose number is taken.
#[derive(Debug, Clone)]
pub struct Registered {
    pub id: i64,
    pub erased: bool,
    /// The line of this same import that added the member, when it did.
    pub added_by_line: Option<u64>,
    pub data: MemberData,
    pub category_id: i64,
    pub category: String,
    /// The latest period: its id, joining and leaving date.
    pub period: Option<(i64, Joined, Option<NaiveDate>)>,
}

/// What a row whose member number is taken amounts to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Taken {
    /// `--update`: bring the member in line with the row.
    Update,
    /// A problem with the number column.
    Refused(String),
}

/// A taken number: the second row of the file with it (`earlier`, the first row's line), an
/// erased member's (never used again), or a registered member's, changed only with `--update`.
pub fn taken_number(number: i64, earlier: Option<u64>, erased: bool, update: bool) -> Taken {
    if let Some(first) = earlier {
        return Taken::Refused(format!("member number {number} is also on line {first}"));
    }
    if erased {
        return Taken::Refused(format!(
            "member {number} was erased; an erased member's number is not used again"
        ));
    }
    if !update {
        return Taken::Refused(format!(
            "member number {number} is already in the registry; pass --update to change existing members from the file"
        ));
    }
    Taken::Update
}

/// How an update import found the registered member a row is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Matched {
    /// The row's member number.
    Number,
    /// No number: the duplicate check of `member add` found one registered member.
    Likeness(Likeness),
}

/// The registered member a row without a number is, by the duplicate check of `member add`,
/// among `candidates` (number, name as shown, data): none, one, or a refusal naming them all
/// when the row is like several.
pub fn match_by_likeness(
    row: &MemberData,
    candidates: &[(i64, String, MemberData)],
) -> Result<Option<(i64, Likeness)>, String> {
    let mut found: Vec<(i64, &str, Likeness)> = candidates
        .iter()
        .filter_map(|(n, name, d)| likely_duplicate(row, d).map(|why| (*n, name.as_str(), why)))
        .collect();
    found.sort_by_key(|f| f.0);
    found.dedup_by_key(|f| f.0);
    match found.as_slice() {
        [] => Ok(None),
        [(n, _, why)] => Ok(Some((*n, *why))),
        many => {
            let names: Vec<String> = many
                .iter()
                .map(|(n, name, why)| format!("member {n} ({name}, {})", why.describe()))
                .collect();
            Err(format!(
                "without a member number this row is like {}; give it the number of the member it is about",
                names.join(" and ")
            ))
        }
    }
}

/// One field an update changes: its name, the old and the new value as text.
pub type Change = (&'static str, Option<String>, Option<String>);

/// The member an update leaves, and what changed.
#[derive(Debug, Clone)]
pub struct Merge<'m> {
    pub changes: Vec<Change>,
    pub data: MemberData,
    pub joined: Joined,
    pub left: Option<NaiveDate>,
    /// Replace the member's periods with these (the file has them whole).
    pub periods: Option<&'m [Period]>,
    /// Replace the member's suspensions with these.
    pub suspensions: Option<&'m [Suspension]>,
}

#[derive(Debug, Clone)]
pub enum Merged<'m> {
    Unchanged,
    Changed(Box<Merge<'m>>),
    /// The merged member breaks a rule with the registry's other values.
    Invalid {
        field: Field,
        message: String,
    },
}

/// What the row `m` makes of `old`: only the fields the file has a column for (`present`,
/// `columns`), only what differs. `category` is the row's category (id and name) when the file
/// has the column; `history` the member's periods and suspensions when the file gives them.
pub fn merge<'m>(
    old: &Registered,
    m: &'m NewMember,
    category: Option<(i64, Option<&str>)>,
    columns: &ColumnMap,
    present: &[&'static str],
    history: Option<&(Vec<Period>, Vec<Suspension>)>,
    today: NaiveDate,
) -> Merged<'m> {
    let (old_texts, new_texts) = (old.data.as_texts(), m.data.as_texts());
    let mut data = old.data.clone();
    let mut changes: Vec<Change> = Vec::new();
    for (i, f) in FIELDS.iter().enumerate() {
        if present.contains(f) && old_texts[i] != new_texts[i] {
            copy_field(&mut data, &m.data, f);
            changes.push((f, old_texts[i].clone(), new_texts[i].clone()));
        }
    }
    if let Some((id, name)) = category
        && old.category_id != id
    {
        changes.push((
            "category",
            Some(old.category.clone()),
            name.map(str::to_string),
        ));
    }
    let (old_joined, old_left) = old.period.map_or((None, None), |(_, j, l)| (Some(j), l));
    // An unknown date (an empty cell under `--joined unknown`) never replaces a known one.
    let joined = if (columns.has(Field::Joined) && m.joined.is_known()) || !m.periods.is_empty() {
        m.joined
    } else {
        old_joined.unwrap_or(m.joined)
    };
    let left = if columns.has(Field::Left) || !m.periods.is_empty() {
        m.left
    } else {
        old_left
    };
    let (mut periods, mut suspensions) = (None, None);
    if let Some((was_periods, was_suspensions)) = history {
        if !m.periods.is_empty() {
            let (was, now) = (periods_text(was_periods), periods_text(&m.periods));
            if was != now {
                changes.push(("periods", Some(was), Some(now)));
                periods = Some(m.periods.as_slice());
            }
        }
        if columns.has(Field::Suspensions) {
            let (was, now) = (
                suspensions_text(was_suspensions),
                suspensions_text(&m.suspensions),
            );
            if was != now {
                let text = |t: String| Some(t).filter(|t| !t.is_empty());
                changes.push(("suspensions", text(was), text(now)));
                suspensions = Some(m.suspensions.as_slice());
            }
        }
    }
    if m.periods.is_empty() {
        if old_joined != Some(joined) {
            changes.push(("joined", old_joined.and_then(Joined::iso), joined.iso()));
        }
        if old_left != left {
            changes.push((
                "left",
                old_left.map(|d| d.to_string()),
                left.map(|d| d.to_string()),
            ));
        }
    }
    if changes.is_empty() {
        return Merged::Unchanged;
    }
    let check = NewMember {
        number: m.number,
        data: data.clone(),
        category: String::new(),
        joined,
        left,
        periods: m.periods.clone(),
        suspensions: Vec::new(),
    };
    if let Err(e) = check.validate(today) {
        let field = e
            .field()
            .and_then(Field::from_name)
            .unwrap_or(Field::Number);
        return Merged::Invalid {
            field,
            message: format!("with the registry's other values: {e}"),
        };
    }
    Merged::Changed(Box::new(Merge {
        changes,
        data,
        joined,
        left,
        periods,
        suspensions,
    }))
}

fn copy_field(to: &mut MemberData, from: &MemberData, field: &str) {
    match crate::domain::member::fields::named(field) {
        Some(f) => f.copy(to, from),
        None => unreachable!("{field} is not in FIELDS"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_taken_number_is_refused_for_the_first_reason_that_applies() {
        let refused = |t: Taken| match t {
            Taken::Refused(m) => m,
            Taken::Update => panic!("not refused"),
        };
        assert!(refused(taken_number(7, Some(3), true, true)).contains("also on line 3"));
        assert!(refused(taken_number(7, None, true, true)).contains("was erased"));
        assert!(refused(taken_number(7, None, false, false)).contains("pass --update"));
        assert_eq!(taken_number(7, None, false, true), Taken::Update);
    }

    #[test]
    fn categories_are_found_by_name_in_any_case_and_by_dutch_alias() {
        let c = Categories::new([(1, "regular".to_string()), (2, "Supporter".to_string())]);
        assert_eq!(c.find(" Regular "), Some(1));
        assert_eq!(c.find("gewoon lid"), Some(1));
        assert_eq!(c.find("supporter"), Some(2));
        assert_eq!(c.find("Jeugd"), None);
        assert_eq!(c.known(), "regular, Supporter");
        let made = unknown_category("Jeugd ", true, 4, &c).unwrap();
        assert_eq!(
            (made.name.as_str(), made.description.as_deref()),
            ("Jeugd", Some("made by import 4"))
        );
        let refused = unknown_category("Jeugd", false, 4, &c).unwrap_err();
        assert!(refused.contains("known: regular, Supporter"), "{refused}");
    }
}

#[cfg(test)]
mod matching_tests {
    use super::*;

    fn person(given: &str, family: &str, email: Option<&str>, born: Option<&str>) -> MemberData {
        MemberData {
            given_name: Some(given.into()),
            family_name: Some(family.into()),
            email: email.map(str::to_string),
            birth_date: born.map(|b| b.parse().unwrap()),
            ..MemberData::default()
        }
    }

    #[test]
    fn a_row_without_a_number_matches_the_one_member_it_is_like() {
        let anna = person("Anna", "Bos", Some("anna@example.nl"), Some("1970-04-03"));
        let bram = person("Bram", "Smit", Some("bram@example.nl"), Some("1980-01-01"));
        let registry = vec![
            (1, "Anna Bos".to_string(), anna.clone()),
            (2, "Bram Smit".to_string(), bram),
        ];
        // The e-mail address in another case, a new phone number: still Anna.
        let mut row = anna.clone();
        row.email = Some("ANNA@example.nl".into());
        row.phone = Some("0612345678".into());
        assert_eq!(
            match_by_likeness(&row, &registry),
            Ok(Some((1, Likeness::SameEmail)))
        );
        // A new address, but the same name and birth date.
        let moved = person("Anna", "Bos", Some("anna@elders.nl"), Some("1970-04-03"));
        assert_eq!(
            match_by_likeness(&moved, &registry),
            Ok(Some((1, Likeness::SameNameAndBirthDate)))
        );
        let stranger = person("Cor", "Vis", None, None);
        assert_eq!(match_by_likeness(&stranger, &registry), Ok(None));
    }

    #[test]
    fn a_row_like_two_members_is_refused_with_both() {
        let a = person("Jan", "Bos", Some("gezin@example.nl"), Some("1970-01-01"));
        let b = person("Jan", "Bos", Some("jan@example.nl"), Some("1970-01-01"));
        let registry = vec![(4, "Jan Bos".into(), a.clone()), (9, "Jan Bos".into(), b)];
        let err = match_by_likeness(&a, &registry).unwrap_err();
        assert_eq!(
            err,
            "without a member number this row is like member 4 (Jan Bos, the same e-mail address) and member 9 (Jan Bos, the same name and birth date); give it the number of the member it is about"
        );
    }
}
