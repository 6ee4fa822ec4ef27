//! The member field table: the one place that says which personal fields a member has, how each
//! is stored and searched, and whether erasure blanks it. Every member insert, update, erasure,
//! import and export statement, and the field lists of the journal and of `member edit`'s dry
//! run, are made from it. A new field is a line here (and its `MemberData` member beside it) plus
//! its migration.

use chrono::NaiveDate;

use super::MemberData;

/// Where a field's value lives in `MemberData`, and so how it is stored: text as typed, or a date
/// stored as ISO 8601 text.
#[derive(Clone, Copy)]
pub enum Slot {
    Text(
        fn(&MemberData) -> &Option<String>,
        fn(&mut MemberData) -> &mut Option<String>,
    ),
    Date(
        fn(&MemberData) -> &Option<NaiveDate>,
        fn(&mut MemberData) -> &mut Option<NaiveDate>,
    ),
}

/// One member field.
#[derive(Clone, Copy)]
pub struct Field {
    /// Its name in `member edit --NAME` (with `-` for `_`), import and export headers, JSON and
    /// the journal.
    pub name: &'static str,
    /// Its column in the `member` table.
    pub column: &'static str,
    pub value: Slot,
    /// Its place in the search text after the number (`member list --search`), which keeps the
    /// order it had when search text was first stored; None: not searched.
    pub search: Option<u8>,
    /// Personal data: blanked by `member erase`.
    pub personal: bool,
}

macro_rules! text {
    ($f:ident) => {
        Slot::Text(|d| &d.$f, |d| &mut d.$f)
    };
}

macro_rules! date {
    ($f:ident) => {
        Slot::Date(|d| &d.$f, |d| &mut d.$f)
    };
}

/// The fields, in the order of `member edit`, exports and journal payloads.
#[rustfmt::skip]
pub const TABLE: [Field; 15] = [
    Field { name: "given_name", column: "given_name", value: text!(given_name), search: Some(0), personal: true },
    Field { name: "name_prefix", column: "name_prefix", value: text!(name_prefix), search: Some(1), personal: true },
    Field { name: "family_name", column: "family_name", value: text!(family_name), search: Some(2), personal: true },
    Field { name: "organisation", column: "organisation", value: text!(organisation), search: Some(6), personal: true },
    Field { name: "email", column: "email", value: text!(email), search: Some(3), personal: true },
    Field { name: "phone", column: "phone", value: text!(phone), search: None, personal: true },
    Field { name: "phone2", column: "phone2", value: text!(phone2), search: None, personal: true },
    Field { name: "external_code", column: "external_code", value: text!(external_code), search: Some(5), personal: true },
    Field { name: "street", column: "street", value: text!(street), search: None, personal: true },
    Field { name: "postcode", column: "postcode", value: text!(postcode), search: None, personal: true },
    Field { name: "city", column: "city", value: text!(city), search: Some(4), personal: true },
    Field { name: "country", column: "country", value: text!(country), search: None, personal: true },
    Field { name: "birth_date", column: "birth_date", value: date!(birth_date), search: None, personal: true },
    Field { name: "email_consent", column: "email_consent", value: date!(email_consent), search: None, personal: true },
    Field { name: "notes", column: "notes", value: text!(notes), search: None, personal: true },
];

/// How many fields there are.
pub const COUNT: usize = TABLE.len();

/// The fields' names, in table order.
pub const NAMES: [&str; COUNT] = {
    let mut names = [""; COUNT];
    let mut i = 0;
    while i < COUNT {
        names[i] = TABLE[i].name;
        i += 1;
    }
    names
};

/// How many fields are dates.
pub const DATES: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < COUNT {
        if let Slot::Date(..) = TABLE[i].value {
            n += 1;
        }
        i += 1;
    }
    n
};

const SEARCHED_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < COUNT {
        if TABLE[i].search.is_some() {
            n += 1;
        }
        i += 1;
    }
    n
};

/// The places in `TABLE` of the fields the search text holds, in its order. The places are
/// 0, 1, 2, … and the fields text (the build fails otherwise).
const SEARCHED: [usize; SEARCHED_COUNT] = {
    let mut order = [0; SEARCHED_COUNT];
    let mut place = 0;
    while place < SEARCHED_COUNT {
        let mut found = false;
        let mut i = 0;
        while i < COUNT {
            if let Some(p) = TABLE[i].search
                && p as usize == place
            {
                assert!(!found, "two fields share a search place");
                assert!(
                    matches!(TABLE[i].value, Slot::Text(..)),
                    "only text is searched"
                );
                order[place] = i;
                found = true;
            }
            i += 1;
        }
        assert!(found, "the search places must be 0, 1, 2, …");
        place += 1;
    }
    order
};

/// The values the search text holds after the number, in its order.
pub fn searched(d: &MemberData) -> impl Iterator<Item = Option<&str>> {
    SEARCHED.iter().map(move |&i| match TABLE[i].value {
        Slot::Text(text, _) => text(d).as_deref(),
        Slot::Date(..) => None,
    })
}

/// The field named `name`.
pub fn named(name: &str) -> Option<&'static Field> {
    TABLE.iter().find(|f| f.name == name)
}

/// `a, b, c` of the columns, each prefixed with `alias` (`"m."` or `""`).
pub fn columns(alias: &str) -> String {
    TABLE
        .iter()
        .map(|f| format!("{alias}{}", f.column))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `a = ?N, b = ?N+1, …` of the columns, numbered from `first`.
pub fn assignments(first: usize) -> String {
    TABLE
        .iter()
        .enumerate()
        .map(|(i, f)| format!("{} = ?{}", f.column, first + i))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `a = NULL, …` of the personal columns: what erasure writes.
pub fn erasures() -> String {
    TABLE
        .iter()
        .filter(|f| f.personal)
        .map(|f| format!("{} = NULL", f.column))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `?first, ?first+1, …`: one placeholder per field.
pub fn placeholders(first: usize) -> String {
    (first..first + COUNT)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Field {
    /// The value as stored text: text as it is, a date in ISO 8601.
    pub fn text(&self, d: &MemberData) -> Option<String> {
        match self.value {
            Slot::Text(get, _) => get(d).clone(),
            Slot::Date(get, _) => get(d).map(|x| x.format("%Y-%m-%d").to_string()),
        }
    }

    /// Copies this field's value from `from` into `to`.
    pub fn copy(&self, to: &mut MemberData, from: &MemberData) {
        match self.value {
            Slot::Text(get, set) => set(to).clone_from(get(from)),
            Slot::Date(get, set) => *set(to) = *get(from),
        }
    }

    pub fn is_date(&self) -> bool {
        matches!(self.value, Slot::Date(..))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_columns_are_unique_and_search_places_distinct() {
        for (i, a) in TABLE.iter().enumerate() {
            for b in &TABLE[i + 1..] {
                assert_ne!(a.name, b.name);
                assert_ne!(a.column, b.column);
                if a.search.is_some() {
                    assert_ne!(a.search, b.search, "{} and {}", a.name, b.name);
                }
            }
        }
    }

    #[test]
    fn each_line_reads_and_writes_its_own_member() {
        // A line that names another field's member (a copied line left half-edited) is found:
        // writing a value through one field shows in that field only.
        for (i, f) in TABLE.iter().enumerate() {
            let mut d = MemberData::default();
            let mut from = MemberData::default();
            match f.value {
                Slot::Text(_, set) => *set(&mut from) = Some("x".into()),
                Slot::Date(_, set) => *set(&mut from) = NaiveDate::from_ymd_opt(2001, 2, 3),
            }
            f.copy(&mut d, &from);
            let texts: Vec<Option<String>> = TABLE.iter().map(|g| g.text(&d)).collect();
            for (j, t) in texts.iter().enumerate() {
                assert_eq!(t.is_some(), i == j, "{} wrote {}", f.name, TABLE[j].name);
            }
        }
    }

    #[test]
    fn statement_parts() {
        assert_eq!(NAMES[7], "external_code");
        assert_eq!(DATES, 2);
        assert!(assignments(2).starts_with("given_name = ?2, name_prefix = ?3"));
        assert!(erasures().contains("external_code = NULL"));
        assert_eq!(placeholders(3).split(", ").count(), COUNT);
        let order: Vec<&str> = SEARCHED.iter().map(|&i| TABLE[i].name).collect();
        assert_eq!(
            order,
            [
                "given_name",
                "name_prefix",
                "family_name",
                "email",
                "city",
                "external_code",
                "organisation"
            ]
        );
    }
}
