//! The fields a spreadsheet column can hold, and the English and Dutch header names that name
//! them without `--map`.

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
}

impl Field {
    pub const ALL: [Field; 25] = [
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

    /// The name used by `--map` and by `member export` headers.
    pub fn name(self) -> &'static str {
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
        }
    }

    pub fn from_name(s: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == s.trim())
    }

    /// Header names recognised without `--map`, in `header_key` form (folded, letters and digits
    /// only), so "E-mailadres", "e-mail adres" and "EMAILADRES" are one.
    fn aliases(self) -> &'static [&'static str] {
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
            Field::GivenName => &[
                "givenname",
                "firstname",
                "forename",
                "voornaam",
                "voornamen",
                "roepnaam",
            ],
            Field::NamePrefix => &[
                "nameprefix",
                "prefix",
                "tussenvoegsel",
                "tussenvoegsels",
                "prelastname",
                "voorvoegsel",
                "tv",
            ],
            Field::FamilyName => &[
                "familyname",
                "lastname",
                "surname",
                "achternaam",
                "familienaam",
                "geslachtsnaam",
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
            Field::Organisation => &[
                "organisation",
                "organization",
                "organisationname",
                "organizationname",
                "organisatie",
                "organisatienaam",
                "company",
                "companyname",
                "bedrijf",
                "bedrijfsnaam",
                "instelling",
            ],
            Field::Email => &["email", "emailaddress", "mail", "emailadres", "mailadres"],
            Field::Phone => &[
                "phone",
                "phonenumber",
                "telephone",
                "mobile",
                "mobilephone",
                "telefoon",
                "telefoonnummer",
                "tel",
                "telnr",
                "mobiel",
                "mobielnummer",
                "mobieltelefoonnummer",
                "mobielenummer",
                "gsm",
            ],
            Field::ExternalCode => &[
                "externalcode",
                "externecode",
                "relatiecode",
                "relcode",
                "relatienummer",
                "bondsnummer",
                "code",
            ],
            Field::Phone2 => &[
                "phone2",
                "secondphone",
                "telefoon2",
                "telefoonnummer2",
                "tel2",
                "telefoonextra",
                "mobiel2",
            ],
            Field::Street => &[
                "street",
                "address",
                "adres",
                "straat",
                "straatnaam",
                "streetaddress",
            ],
            Field::HouseNumber => &["housenumber", "huisnummer", "huisnr"],
            Field::HouseNumberSuffix => &[
                "housenumbersuffix",
                "toevoeging",
                "huisnummertoevoeging",
                "huisnrtoevoeging",
                "huisnrtoev",
            ],
            Field::Postcode => &["postcode", "postalcode", "zipcode", "zip"],
            Field::City => &["city", "town", "woonplaats", "plaats", "stad", "plaatsnaam"],
            Field::Country => &["country", "land"],
            Field::BirthDate => &[
                "birthdate",
                "dateofbirth",
                "birthday",
                "geboortedatum",
                "gebdatum",
                "gebdat",
                "geboren",
            ],
            Field::EmailConsent => &[
                "emailconsent",
                "toestemmingemail",
                "emailtoestemming",
                "toestemming",
                "toestemmingmail",
                "mailtoestemming",
                "uitnodigingpermail",
                "uitnodigingperemail",
                "uitnodigingenperemail",
                "convocatieperemail",
                "convocatiepermail",
                "akkoordmail",
                "akkoordemail",
            ],
            Field::Notes => &[
                "notes",
                "note",
                "remarks",
                "comments",
                "opmerkingen",
                "opmerking",
                "notities",
                "bijzonderheden",
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
            Field::Status => &["status", "lidstatus"],
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
