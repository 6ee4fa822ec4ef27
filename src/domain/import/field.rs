//! The fields a spreadsheet column can hold, and the English and Dutch header names that name
//! them without `--map`.

use crate::domain::member::fields;
use crate::domain::text::fold;

/// What a column can hold. `Status` is worked out from the dates and so is read but not imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Number,
    GivenName,
    NamePrefix,
    FamilyName,
    /// One name column ("Naam"), split into given name, prefix and family name.
    FullName,
    /// The name of a member that is an organisation ("Organisatie", "Company").
    Organisation,
    Email,
    Phone,
    /// A second phone number ("Telefoon 2").
    Phone2,
    /// A code the member has elsewhere ("Relatiecode"), kept as typed.
    ExternalCode,
    Street,
    HouseNumber,
    HouseNumberSuffix,
    Postcode,
    City,
    Country,
    BirthDate,
    EmailConsent,
    Notes,
    Category,
    Joined,
    Left,
    /// Every membership period (`member export`'s `periods`).
    Periods,
    /// Every suspension (`member export`'s `suspensions`).
    Suspensions,
    Status,
    /// The field at this place in the member field table, when it has no handling of its own
    /// above: text as typed, a date as a date.
    Plain(usize),
}

/// The fields with a variant of their own, in their order (the plain ones go after `Notes`).
const OWN: [Field; 25] = [
    Field::Number,
    Field::GivenName,
    Field::NamePrefix,
    Field::FamilyName,
    Field::FullName,
    Field::Organisation,
    Field::Email,
    Field::Phone,
    Field::Phone2,
    Field::ExternalCode,
    Field::Street,
    Field::HouseNumber,
    Field::HouseNumberSuffix,
    Field::Postcode,
    Field::City,
    Field::Country,
    Field::BirthDate,
    Field::EmailConsent,
    Field::Notes,
    Field::Category,
    Field::Joined,
    Field::Left,
    Field::Periods,
    Field::Suspensions,
    Field::Status,
];

/// Whether the field table's field at `place` has a variant of its own.
const fn has_own(place: usize) -> bool {
    let mut i = 0;
    while i < OWN.len() {
        if fields::same(OWN[i].name(), fields::TABLE[place].name) {
            return true;
        }
        i += 1;
    }
    false
}

/// How many of the field table's fields are plain.
const PLAIN: usize = {
    let mut n = 0;
    let mut t = 0;
    while t < fields::COUNT {
        if !has_own(t) {
            n += 1;
        }
        t += 1;
    }
    n
};

impl Field {
    /// Every field: those of their own, with the field table's plain ones after the notes.
    pub const ALL: [Field; 25 + PLAIN] = {
        let mut all = [Field::Number; 25 + PLAIN];
        let mut n = 0;
        let mut i = 0;
        while i < OWN.len() {
            all[n] = OWN[i];
            n += 1;
            if matches!(OWN[i], Field::Notes) {
                let mut t = 0;
                while t < fields::COUNT {
                    if !has_own(t) {
                        all[n] = Field::Plain(t);
                        n += 1;
                    }
                    t += 1;
                }
            }
            i += 1;
        }
        all
    };

    /// The name used by `--map` and by `member export` headers.
    pub const fn name(self) -> &'static str {
        match self {
            Field::Number => "number",
            Field::GivenName => "given_name",
            Field::NamePrefix => "name_prefix",
            Field::FamilyName => "family_name",
            Field::FullName => "full_name",
            Field::Organisation => "organisation",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::Phone2 => "phone2",
            Field::ExternalCode => "external_code",
            Field::Street => "street",
            Field::HouseNumber => "house_number",
            Field::HouseNumberSuffix => "house_number_suffix",
            Field::Postcode => "postcode",
            Field::City => "city",
            Field::Country => "country",
            Field::BirthDate => "birth_date",
            Field::EmailConsent => "email_consent",
            Field::Notes => "notes",
            Field::Category => "category",
            Field::Joined => "joined",
            Field::Left => "left",
            Field::Periods => "periods",
            Field::Suspensions => "suspensions",
            Field::Status => "status",
            Field::Plain(i) => fields::TABLE[i].name,
        }
    }

    pub fn from_name(s: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == s.trim())
    }

    /// Header names recognised without `--map`, in `header_key` form (folded, letters and digits
    /// only), so "E-mailadres", "e-mail adres" and "EMAILADRES" are one.
    fn aliases(self) -> &'static [&'static str] {
        // A member field's are the field table's.
        if let Some(f) = fields::named(self.name()) {
            return f.headers;
        }
        match self {
            Field::Number => &[
                "number",
                "memberno",
                "membernumber",
                "membernr",
                "lidnummer",
                "lidnr",
                "lidno",
                "nummer",
                "nr",
                "relatienummer",
                "relatienr",
                "memberid",
            ],
            Field::FullName => &[
                "fullname",
                "name",
                "naam",
                "volledigenaam",
                "naamvoluit",
                "naamlid",
                "naamenvoorletters",
            ],
            Field::HouseNumber => &["housenumber", "huisnummer", "huisnr"],
            Field::HouseNumberSuffix => &[
                "housenumbersuffix",
                "toevoeging",
                "huisnummertoevoeging",
                "huisnrtoevoeging",
                "huisnrtoev",
            ],
            Field::Category => &[
                "category",
                "membertype",
                "membershiptype",
                "categorie",
                "soortlid",
                "lidsoort",
                "soortlidmaatschap",
                "lidmaatschap",
                "typelidmaatschap",
                "soort",
            ],
            Field::Joined => &[
                "joined",
                "joinedon",
                "joindate",
                "membersince",
                "datejoined",
                "lidsinds",
                "datumlid",
                "lidvanaf",
                "inschrijfdatum",
                "ingangsdatum",
                "begindatum",
                "startlidmaatschap",
                "vanaf",
                "creationdate",
                // A sign-up form's timestamp is the day the member joined.
                "tijdstempel",
                "timestamp",
            ],
            Field::Left => &[
                "left",
                "lefton",
                "leftdate",
                "dateleft",
                "enddate",
                "lidtot",
                "lidtotenmet",
                "opzegdatum",
                "uitschrijfdatum",
                "einddatum",
                "datumopzegging",
                "einde",
            ],
            Field::Periods => &[
                "periods",
                "membershipperiods",
                "lidmaatschapsperiodes",
                "perioden",
            ],
            Field::Suspensions => &["suspensions", "schorsingen"],
            Field::Status => &["status", "lidstatus", "membershipstatus"],
            _ => &[],
        }
    }

    /// The `MemberData` field this column fills, for `--update` comparisons.
    pub fn data_field(self) -> Option<&'static str> {
        match self {
            Field::HouseNumber | Field::HouseNumberSuffix => Some("street"),
            Field::FullName => Some("family_name"),
            Field::Number
            | Field::Category
            | Field::Joined
            | Field::Left
            | Field::Periods
            | Field::Suspensions
            | Field::Status => None,
            f => Some(f.name()),
        }
    }
}

/// The `--map` field names and what each holds, for `member import --help`; a test keeps it
/// in step with `Field::ALL`.
pub const FIELD_HELP: &str = "\
Fields --map accepts: number, given_name, name_prefix, family_name, full_name (one \"Naam\" \
column, split at the Dutch prefix), organisation (the name of a member that is an organisation, which then has no person's name), email, phone, phone2 (a second number), external_code (a code kept as typed, e.g. a federation's relation code), street, house_number, house_number_suffix \
(joined to the street), postcode, city, country, birth_date, email_consent (a date, or \
Ja/Nee/x: a yes is dated by the import), notes, category, joined, left, periods (every membership period: \
2012-03-01..2015-06-30; 2018-01-01..), suspensions (2024-01-01..2024-03-31: reason), status (read, \
not imported), or - to ignore a column.";

/// `FIELD_HELP` with the field table's plain fields after the notes.
pub fn field_help() -> String {
    let plain: Vec<&str> = Field::ALL
        .iter()
        .filter(|f| matches!(f, Field::Plain(_)))
        .map(|f| f.name())
        .collect();
    if plain.is_empty() {
        return FIELD_HELP.to_string();
    }
    FIELD_HELP.replacen("notes, ", &format!("notes, {}, ", plain.join(", ")), 1)
}

/// The comparison form of a header: folded, letters and digits only.
pub fn header_key(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The field a header names without `--map`, if any. A trailing part in brackets that says
/// whose field it is ("Voornaam (Lid)", "E-mail (member)") is left out.
pub fn recognise(header: &str) -> Option<Field> {
    let trimmed = header.trim();
    let header = match trimmed.strip_suffix(')').and_then(|h| h.rsplit_once('(')) {
        Some((base, whose))
            if !base.trim().is_empty()
                && matches!(
                    header_key(whose).as_str(),
                    "lid" | "member" | "leden" | "members"
                ) =>
        {
            base
        }
        _ => trimmed,
    };
    let key = header_key(header);
    Field::ALL
        .into_iter()
        .find(|f| f.aliases().contains(&key.as_str()))
}
