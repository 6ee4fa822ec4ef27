//! The duplicate check of `member add` (the same e-mail address, or the same name and birth
//! date), across an import file and against the registry, in flat memory: each new row leaves
//! two 64-bit keys ([`likeness_keys`]); sorted, the keys that occur twice in the file or also in
//! the registry are the only candidates, and only their members are compared exactly.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::domain::member::{Likeness, MemberData, likely_duplicate};

pub use crate::domain::member::likeness_keys;

/// The other side of a duplicate: an earlier line of the file, or a registered member.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Other {
    Line(u64),
    Member { number: i64, name: String },
}

/// A row of the file that is likely the same person as `other`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub line: u64,
    pub other: Other,
    pub why: Likeness,
}

impl Duplicate {
    pub fn message(&self) -> String {
        let other = match &self.other {
            Other::Line(l) => format!("line {l}"),
            Other::Member { number, name } => format!("member {number} ({name})"),
        };
        format!(
            "likely the same person as {other}: {}; if they are two people, import with --allow-duplicate",
            self.why.describe()
        )
    }
}

/// The keys to look at closely: those in `file` twice, and those in both `file` and `registry`.
/// Sorts both in place (no copy: a million rows are 16 MB of keys).
pub fn candidates(file: &mut [u64], registry: &mut [u64]) -> HashSet<u64> {
    file.sort_unstable();
    registry.sort_unstable();
    let mut found = HashSet::new();
    for pair in file.windows(2) {
        if pair[0] == pair[1] {
            found.insert(pair[0]);
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < file.len() && j < registry.len() {
        match file[i].cmp(&registry[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                found.insert(file[i]);
                i += 1;
            }
        }
    }
    found
}

/// One member under a candidate key: its number, the line of the file that added it (None for
/// a member registered before), its data.
pub type Entry = (i64, Option<u64>, MemberData);

/// The duplicates among the members gathered under each candidate key: every pair with at least
/// one side from the file, confirmed by [`likely_duplicate`]; one per pair, by line.
pub fn confirm(groups: &HashMap<u64, Vec<Entry>>) -> Vec<Duplicate> {
    let mut found: BTreeMap<(u64, Other), Likeness> = BTreeMap::new();
    for group in groups.values() {
        for (i, a) in group.iter().enumerate() {
            for b in &group[i + 1..] {
                let (later, other) = match (a.1, b.1) {
                    (None, None) => continue,
                    (Some(la), Some(lb)) => (la.max(lb), Other::Line(la.min(lb))),
                    (Some(l), None) => (l, member(b)),
                    (None, Some(l)) => (l, member(a)),
                };
                if let Some(why) = likely_duplicate(&a.2, &b.2) {
                    // The e-mail address is the plainer reason; keep it when both keys agree.
                    let slot = found.entry((later, other)).or_insert(why);
                    if why == Likeness::SameEmail {
                        *slot = why;
                    }
                }
            }
        }
    }
    found
        .into_iter()
        .map(|((line, other), why)| Duplicate { line, other, why })
        .collect()
}

fn member(e: &Entry) -> Other {
    Other::Member {
        number: e.0,
        name: e.2.full_name(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn person(given: &str, family: &str, email: Option<&str>, born: Option<&str>) -> MemberData {
        MemberData {
            given_name: Some(given.into()),
            family_name: Some(family.into()),
            email: email.map(str::to_string),
            birth_date: born.map(|b| b.parse::<NaiveDate>().unwrap()),
            ..Default::default()
        }
    }

    #[test]
    fn keys_agree_where_member_add_finds_a_duplicate() {
        let a = person(
            "Émile",
            "Bakker",
            Some(" Emile@Example.org"),
            Some("1980-02-03"),
        );
        let b = person(
            "emile",
            "BAKKER",
            Some("emile@example.org "),
            Some("1980-02-03"),
        );
        let (ka, kb) = (likeness_keys(&a), likeness_keys(&b));
        assert_eq!(ka, kb);
        assert!(likely_duplicate(&a, &b).is_some());
        let c = person("Emile", "Bakker", None, Some("1980-02-04"));
        assert_eq!(likeness_keys(&c), [None, likeness_keys(&c)[1]]);
        assert_ne!(likeness_keys(&c)[1], ka[1]);
        assert_eq!(likeness_keys(&person("X", "Y", None, None)), [None, None]);
    }

    #[test]
    fn candidates_are_keys_twice_in_the_file_or_also_in_the_registry() {
        let (mut file, mut registry) = (vec![5, 1, 9, 5, 7], vec![2, 9, 9, 3]);
        let mut found: Vec<u64> = candidates(&mut file, &mut registry).into_iter().collect();
        found.sort();
        assert_eq!(found, [5, 9]);
        // Two registered members alike are the registry's own business, not this import's.
        assert!(candidates(&mut [1], &mut [4, 4]).is_empty());
    }

    #[test]
    fn pairs_are_confirmed_and_named_by_line_and_member() {
        let jan = || person("Jan", "Jansen", Some("jan@example.org"), Some("1970-01-01"));
        let mut groups = HashMap::new();
        groups.insert(
            1,
            vec![
                (12, None, jan()),
                (40, Some(7), jan()),
                (41, Some(3), jan()),
                // Same key, another person: a collision is not a duplicate.
                (42, Some(9), person("Piet", "Pietersen", None, None)),
            ],
        );
        groups.insert(2, vec![(40, Some(7), jan()), (41, Some(3), jan())]);
        let found = confirm(&groups);
        let shown: Vec<String> = found
            .iter()
            .map(|d| format!("{}: {}", d.line, d.message()))
            .collect();
        assert_eq!(
            shown,
            [
                "3: likely the same person as member 12 (Jan Jansen): the same e-mail address; if they are two people, import with --allow-duplicate",
                "7: likely the same person as line 3: the same e-mail address; if they are two people, import with --allow-duplicate",
                "7: likely the same person as member 12 (Jan Jansen): the same e-mail address; if they are two people, import with --allow-duplicate",
            ]
        );
    }
}
