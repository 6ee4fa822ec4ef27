//! The member field table: the one place that says which personal fields a member has, how each
//! is stored, searched, asked for and recognised in an import, and whether erasure blanks it.
//! `MemberData`, `MemberPatch`, the flags of `member add` and `member edit`, every member insert,
//! update, erasure, import and export statement, the import's header names, the export's
//! columns, the record of `member show` and the field lists of the journal are made from it. A
//! new field is a line in `member_fields!` plus its migration.

use chrono::NaiveDate;
use serde::Serialize;

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
    /// The import headers besides `name` that name it without `--map`, folded (letters and
    /// digits only): "Geboortedatum", "geb. datum" are `geboortedatum`, `gebdatum`.
    pub headers: &'static [&'static str],
}

/// The member fields, once. Each line: the name (the struct member in `MemberData`, the column
/// in `member`, the key in JSON, exports, imports and the journal, and `--NAME` with `-` for `_`),
/// whether it is text or a date, its place in the search text, whether erasure blanks it, what
/// `member add` and `member edit` do with it (`flag [ARGS] "HELP"`: a flag in both, generated;
/// `own "HELP"`: written by each command, whose meaning differs; ARGS are clap's `#[arg]`s,
/// resolved in `cli::member::flags`), a flag's prompt in `member add` on a terminal, and the import headers besides its name that name it (folded: letters and digits
/// only). Invoked with the name of a macro that makes something from the lines: `MemberData`
/// and `TABLE` here, `MemberPatch` (`domain::member_change`), the flags (`cli::member::flags`).
macro_rules! member_fields {
    ($then:ident) => {
        $then! {
            given_name: Text, search Some(0), personal true, flag [] "Given name (voornaam)",
                prompt "Given name", headers ["givenname", "firstname", "forename", "voornaam", "voornamen", "roepnaam"];
            name_prefix: Text, search Some(1), personal true,
                flag [visible_alias = "prefix"] "Name prefix (tussenvoegsel), e.g. \"van der\"",
                prompt "Name prefix (e.g. van der)",
                headers ["nameprefix", "prefix", "tussenvoegsel", "tussenvoegsels", "prelastname", "voorvoegsel", "tv"];
            family_name: Text, search Some(2), personal true,
                flag [] "Family name without the prefix (required, unless the member is an organisation)",
                prompt "Family name",
                headers ["familyname", "lastname", "surname", "achternaam", "familienaam", "geslachtsnaam"];
            organisation: Text, search Some(6), personal true,
                flag [] "The name of a member that is an organisation (\"Bewonerscollectief De Wilgen\"), instead of a person's name",
                prompt "Organisation",
                headers ["organisation", "organization", "organisationname", "organizationname", "organisatie",
                    "organisatienaam", "company", "companyname", "bedrijf", "bedrijfsnaam", "instelling"];
            email: Text, search Some(3), personal true,
                flag [value_parser = email_arg] "E-mail address",
                prompt "E-mail", headers ["email", "emailaddress", "mail", "emailadres", "mailadres"];
            phone: Text, search None, personal true, flag [] "Phone number", prompt "Phone",
                headers ["phone", "phonenumber", "telephone", "mobile", "mobilephone", "telefoon", "telefoonnummer",
                    "tel", "telnr", "mobiel", "mobielnummer", "mobieltelefoonnummer", "mobielenummer", "gsm"];
            phone2: Text, search None, personal true, flag [] "A second phone number", prompt "Second phone",
                headers ["phone2", "secondphone", "telefoon2", "telefoonnummer2", "tel2", "telefoonextra", "mobiel2"];
            external_code: Text, search Some(5), personal true,
                flag [] "A code the member has elsewhere (a federation's relation code \"J-012\"), kept as typed",
                prompt "External code (e.g. a federation's)",
                headers ["externalcode", "externecode", "relatiecode", "relcode", "relatienummer", "bondsnummer", "code"];
            street: Text, search None, personal true, flag [visible_alias = "address"] "Street and house number",
                prompt "Street and number",
                headers ["street", "address", "adres", "straat", "straatnaam", "streetaddress"];
            postcode: Text, search None, personal true, flag [] "Postcode", prompt "Postcode",
                headers ["postcode", "postalcode", "zipcode", "zip"];
            city: Text, search Some(4), personal true, flag [] "City (woonplaats)", prompt "City",
                headers ["city", "town", "woonplaats", "plaats", "stad", "plaatsnaam"];
            country: Text, search None, personal true, flag [] "Country", prompt "Country",
                headers ["country", "land"];
            birth_date: Date, search None, personal true, own "Birth date",
                headers ["birthdate", "dateofbirth", "birthday", "geboortedatum", "gebdatum", "gebdat", "geboren"];
            email_consent: Date, search None, personal true,
                own "Date the member consented to convocation by e-mail (BW 2:41 lid 5); None: by post.",
                headers ["emailconsent", "toestemmingemail", "emailtoestemming", "toestemming", "toestemmingmail",
                    "mailtoestemming", "uitnodigingpermail", "uitnodigingperemail", "uitnodigingenperemail",
                    "convocatieperemail", "convocatiepermail", "akkoordmail", "akkoordemail"];
            notes: Text, search None, personal true, own "Free-text notes",
                headers ["notes", "note", "remarks", "comments", "opmerkingen", "opmerking", "notities", "bijzonderheden"];
        }
    };
}
pub(crate) use member_fields;

/// The Rust type of a field's value: `Text` or `Date`.
macro_rules! member_field_type {
    (Text) => {
        String
    };
    (Date) => {
        chrono::NaiveDate
    };
}
pub(crate) use member_field_type;

macro_rules! slot {
    (Text, $f:ident) => {
        Slot::Text(|d| &d.$f, |d| &mut d.$f)
    };
    (Date, $f:ident) => {
        Slot::Date(|d| &d.$f, |d| &mut d.$f)
    };
}

/// `MemberData` and `TABLE` from the lines of `member_fields!`.
macro_rules! data_and_table {
    ($($name:ident: $kind:ident, search $search:expr, personal $personal:literal,
        $flag:ident $([$($arg:tt)*])? $help:literal, $(prompt $prompt:literal,)?
        headers [$($header:literal),* $(,)?];)*) => {
        /// The personal fields of a member, as entered. A member has either a person's name (a
        /// family name, with an optional given name and prefix) or an organisation's name (a club
        /// that is a member of a federation, a residents' collective); everything else is
        /// optional.
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
        pub struct MemberData {
            $(#[doc = $help] pub $name: Option<member_field_type!($kind)>,)*
        }

        /// The fields, in the order of `member edit`, exports and journal payloads.
        pub const TABLE: [Field; [$(stringify!($name)),*].len()] = [$(Field {
            name: stringify!($name),
            column: stringify!($name),
            value: slot!($kind, $name),
            search: $search,
            personal: $personal,
            headers: &[$($header),*],
        }),*];
    };
}

member_fields!(data_and_table);

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

/// The place in `TABLE` of the field named `name`; the build fails on a name it does not hold.
pub const fn place(name: &str) -> usize {
    let mut i = 0;
    while i < COUNT {
        if same(TABLE[i].name, name) {
            return i;
        }
        i += 1;
    }
    panic!("not a member field")
}

/// `a == b`, for constants.
pub const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut j = 0;
    while j < a.len() {
        if a[j] != b[j] {
            return false;
        }
        j += 1;
    }
    true
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

    /// Sets a text field's value as given (`normalized` trims it later). A date field is set
    /// by its own flag, parsed as a date, and never through here.
    pub fn set_text(&self, d: &mut MemberData, value: Option<String>) {
        match self.value {
            Slot::Text(_, set) => *set(d) = value,
            Slot::Date(..) => debug_assert!(false, "{} is a date", self.name),
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
    fn an_import_header_of_its_own_name_names_each_field() {
        // An export imports again: its header `birth_date` is read as `birthdate`.
        for f in &TABLE {
            assert!(
                f.headers.contains(&f.name.replace('_', "").as_str()),
                "{}",
                f.name
            );
        }
        assert_eq!(place("external_code"), 7);
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
