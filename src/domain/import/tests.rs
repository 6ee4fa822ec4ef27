//! Header recognition and row parsing.

use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn defaults() -> Defaults {
    Defaults {
        category: "regular".into(),
        joined: None,
        category_map: CategoryMap::default(),
        status_map: StatusMap::default(),
        left_is_first_day_out: false,
        end_only_when_former: false,
        fix_mobile: false,
        consent_map: ConsentMap::default(),
    }
}

const TODAY: &str = "2026-03-01";

fn dutch() -> ColumnMap {
    let h = [
        "Lidnummer",
        "Voornaam",
        "Tussenvoegsel",
        "Achternaam",
        "E-mailadres",
        "Straat",
        "Huisnummer",
        "Toevoeging",
        "Geboortedatum",
        "Lid sinds",
        "Opzegdatum",
        "Soort lid",
    ];
    ColumnMap::new(&h, &[], &defaults()).unwrap()
}

#[test]
fn dutch_and_english_headers_are_recognised() {
    for (h, f) in [
        ("Lidnummer", Field::Number),
        ("member_no", Field::Number),
        ("E-mail", Field::Email),
        ("E-mailadres", Field::Email),
        ("e-mail adres", Field::Email),
        ("Telefoon", Field::Phone),
        ("Adres", Field::Street),
        ("Lid sinds", Field::Joined),
        ("Datum lid", Field::Joined),
        ("joined_on", Field::Joined),
        ("Lid tot", Field::Left),
        ("Opzegdatum", Field::Left),
        ("left_on", Field::Left),
        ("Soort lid", Field::Category),
        ("Categorie", Field::Category),
        ("Geboortedatum", Field::BirthDate),
        ("Woonplaats", Field::City),
        ("Land", Field::Country),
        ("Tussenvoegsel", Field::NamePrefix),
    ] {
        assert_eq!(recognise(h), Some(f), "{h}");
    }
    assert_eq!(recognise("Naam"), Some(Field::FullName));
    assert_eq!(recognise("Lidmaatschap"), Some(Field::Category));
    assert_eq!(recognise("Mobiel"), Some(Field::Phone));
    assert_eq!(recognise("Bijnaam"), None);
    let gen_members = "member_no,given_name,name_prefix,family_name,email,phone,street,postcode,city,birth_date,joined_on,left_on,category";
    for h in gen_members.split(',') {
        assert!(recognise(h).is_some(), "{h}");
    }
}

#[test]
fn unknown_ignored_and_derived_columns_are_reported() {
    let maps = vec!["Bankrekening=-".parse::<Mapping>().unwrap()];
    let m = ColumnMap::new(
        &[
            "Achternaam",
            "Lid sinds",
            "Naam partner",
            "Bankrekening",
            "status",
            "",
        ],
        &maps,
        &defaults(),
    )
    .unwrap();
    assert_eq!(
        m.notices,
        vec![
            Notice::Unknown("Naam partner".into()),
            Notice::Ignored("Bankrekening".into()),
            Notice::Derived("status".into())
        ]
    );
    assert_eq!(m.unnamed, vec![5]);
}

#[test]
fn map_names_a_field_or_ignores_a_column() {
    let m: Mapping = "Roepnaam = given_name".parse().unwrap();
    assert_eq!(m.column, "Roepnaam");
    assert_eq!(m.field, Some(Field::GivenName));
    assert_eq!("Kolom=".parse::<Mapping>().unwrap().field, None);
    assert!(
        "Kolom=shoe_size"
            .parse::<Mapping>()
            .unwrap_err()
            .contains("family_name")
    );
    assert!("Kolom".parse::<Mapping>().is_err());
    let maps = vec!["Naam=family_name".parse().unwrap()];
    let m = ColumnMap::new(&["Naam", "Lid sinds"], &maps, &defaults()).unwrap();
    assert_eq!(m.label(Field::FamilyName), "Naam");
}

#[test]
fn header_problems_are_all_listed() {
    let maps = vec!["Nope=notes".parse().unwrap()];
    let err = ColumnMap::new(
        &["Bijnaam", "Telefoon", "Mobiel", "GSM"],
        &maps,
        &defaults(),
    )
    .unwrap_err();
    let text: Vec<String> = err.iter().map(|p| p.render("f.csv")).collect();
    assert_eq!(err.len(), 4, "{text:#?}");
    assert!(text[0].starts_with("f.csv:1: column \"Nope\": --map names this column"));
    // Two phone columns are phone and phone2; a third has nowhere to go.
    assert!(text[1].contains("both \"Telefoon\" and \"GSM\" would be phone;"));
    assert!(text[2].contains("no column for the family name"));
    assert!(text[3].contains("--joined DATE"));
    let with_joined = Defaults {
        joined: Some(d("2020-01-01").into()),
        ..defaults()
    };
    assert!(ColumnMap::new(&["Achternaam"], &[], &with_joined).is_ok());
}

/// `--joined DATE` never overrules a row's own dates: a row that left before the date, or whose
/// member was born after it, gets an unknown date (counted), the others the date; a row's own
/// date is kept; `--joined unknown` is counted apart.
#[test]
fn a_default_joining_date_gives_way_to_the_rows_own_dates() {
    let map = ColumnMap::new(
        &["Achternaam", "Geboortedatum", "Lid tot", "Lid sinds"],
        &[],
        &defaults(),
    )
    .unwrap();
    let on = |joined: Joined| Defaults {
        joined: Some(joined),
        ..defaults()
    };
    let default = on(d("2019-01-01").into());
    let row = |cells: [&str; 4], defaults: &Defaults| {
        let mut notes = RowNotes::default();
        let m = map
            .parse_row_noted(&cells, 2, defaults, d(TODAY), &mut notes)
            .unwrap();
        (m.joined, notes.joined)
    };
    let unknown = (Joined::Unknown, Some(UnknownJoined::Conflicts));
    assert_eq!(
        row(["A", "1960-01-01", "", ""], &default),
        (d("2019-01-01").into(), None)
    );
    assert_eq!(row(["B", "2019-01-02", "", ""], &default), unknown);
    assert_eq!(row(["C", "", "2018-12-31", ""], &default), unknown);
    assert_eq!(
        row(["D", "", "2019-01-01", ""], &default),
        (d("2019-01-01").into(), None)
    );
    assert_eq!(
        row(["E", "", "", "2010-05-01"], &default),
        (d("2010-05-01").into(), None)
    );
    assert_eq!(
        row(["F", "2021-01-01", "", ""], &on(Joined::Unknown)),
        (Joined::Unknown, Some(UnknownJoined::Asked))
    );
    let mut all = ImportNotes::default();
    for (line, conflicts) in [(2, true), (3, false), (4, true)] {
        let notes = RowNotes {
            joined: conflicts.then_some(UnknownJoined::Conflicts),
            ..Default::default()
        };
        all.add(line, notes, Some(&NewMember::default()));
    }
    assert_eq!(
        (all.joined_conflicts_total, all.joined_conflicts),
        (2, vec![2, 4])
    );
}

#[test]
fn a_dutch_row_becomes_a_member() {
    let m = dutch();
    let row = [
        "12",
        " Jan ",
        "van der",
        "Berg",
        "jan@example.org",
        "Kerkstraat",
        "5",
        "a",
        "3-2-1980",
        "01-09-2015",
        "",
        "Erelid",
    ];
    let nm = m.parse_row(&row, 2, &defaults(), d(TODAY)).unwrap();
    assert_eq!(nm.number, Some(12));
    assert_eq!(nm.data.given_name.as_deref(), Some("Jan"));
    assert_eq!(nm.data.street.as_deref(), Some("Kerkstraat 5 a"));
    assert_eq!(nm.data.birth_date, Some(d("1980-02-03")));
    assert_eq!(nm.joined, d("2015-09-01"));
    assert_eq!(nm.left, None);
    assert_eq!(nm.category, "Erelid");
    assert_eq!(category_alias(&nm.category), Some("honorary"));
}

#[test]
fn every_bad_cell_of_a_row_is_named_in_column_order() {
    let m = dutch();
    let row = [
        "x1",
        "Jan",
        "",
        "",
        "jan@@example",
        "",
        "",
        "",
        "31-02-1980",
        "",
        "",
        "",
    ];
    let err = m.parse_row(&row, 7, &defaults(), d(TODAY)).unwrap_err();
    let text: Vec<String> = err.iter().map(|p| p.render("l.csv")).collect();
    assert_eq!(
        text,
        vec![
            "l.csv:7: column \"Lidnummer\": 'x1' is not a member number (a whole number, 1 or more)",
            "l.csv:7: column \"Achternaam\": is empty; every member needs a family name (or an organisation's name)",
            "l.csv:7: column \"E-mailadres\": 'jan@@example' is not an e-mail address (it needs exactly one @)",
            "l.csv:7: column \"Geboortedatum\": '31-02-1980' does not exist (month 2 of 1980 has no day 31)",
            "l.csv:7: column \"Lid sinds\": is empty; every member needs the date they joined (or pass --joined DATE, or --joined unknown when it is not known)",
        ]
    );
}

#[test]
fn rule_violations_name_the_column_they_come_from() {
    let m = dutch();
    let row = [
        "3",
        "",
        "",
        "Smit",
        "",
        "",
        "",
        "",
        "",
        "2020-05-01",
        "2019-12-31",
        "",
    ];
    let err = m.parse_row(&row, 4, &defaults(), d(TODAY)).unwrap_err();
    assert_eq!(err[0].column.as_deref(), Some("Opzegdatum"));
    assert!(err[0].message.contains("before the member joined"));
}

#[test]
fn ragged_rows_and_control_characters_are_refused() {
    let m = dutch();
    let short = ["3", "Jan", "", "Smit"];
    let err = m.parse_row(&short, 5, &defaults(), d(TODAY)).unwrap_err();
    assert_eq!(err.len(), 1);
    assert_eq!(err[0].column.as_deref(), Some("E-mailadres"));
    assert!(
        err[0]
            .message
            .starts_with("missing: the row has 4 fields, the header 12")
    );
    let mut long = vec![""; 13];
    long[9] = "2020-01-01";
    let err = m.parse_row(&long, 6, &defaults(), d(TODAY)).unwrap_err();
    assert_eq!(err[0].column.as_deref(), Some("13"));
    let nul = [
        "3",
        "Jan",
        "",
        "Sm\0it",
        "",
        "",
        "",
        "",
        "",
        "2020-01-01",
        "",
        "",
    ];
    let err = m.parse_row(&nul, 8, &defaults(), d(TODAY)).unwrap_err();
    assert_eq!(err[0].column.as_deref(), Some("Achternaam"));
    assert!(err[0].message.contains("NUL byte"));
}

#[test]
fn excel_text_marks_are_dropped_but_other_apostrophes_kept() {
    assert_eq!(unmark("'+31 6 1234"), "+31 6 1234");
    assert_eq!(unmark("'=1+1"), "=1+1");
    assert_eq!(unmark("'t Hoen"), "'t Hoen");
}

#[test]
fn the_shown_period_is_the_one_on_the_date() {
    let p = |j: &str, l: Option<&str>| Period {
        joined: d(j).into(),
        left: l.map(d),
        reason: None,
    };
    let periods = vec![p("2010-01-01", Some("2015-12-31")), p("2020-01-01", None)];
    assert_eq!(
        period_on(&periods, d("2012-01-01")).unwrap().joined,
        d("2010-01-01")
    );
    assert_eq!(
        period_on(&periods, d("2017-01-01")).unwrap().joined,
        d("2010-01-01")
    );
    assert_eq!(
        period_on(&periods, d("2026-01-01")).unwrap().joined,
        d("2020-01-01")
    );
    assert_eq!(
        period_on(&periods, d("2000-01-01")).unwrap().joined,
        d("2010-01-01")
    );
    assert!(period_on(&[], d("2000-01-01")).is_none());
}

#[test]
fn fast_dates_agree_with_parse_date() {
    for s in [
        "2024-03-01",
        "0000-01-01",
        "9999-12-31",
        "2024-02-29",
        "2023-02-29",
        "2024-13-01",
        "2024-1-01",
        "01-03-2024",
        "+024-03-01",
        "2024-03-0x",
        "",
    ] {
        assert_eq!(fast_date(s), parse_date(s), "{s}");
    }
    for s in ["2024-03-01", "0000-01-01", "0999-10-09", "9999-12-31"] {
        let date = parse_date(s).unwrap();
        assert_eq!(iso_date(date), date.to_string());
    }
}

fn spreadsheet() -> ColumnMap {
    let h = [
        "Tijdstempel",
        "Naam",
        "Mobiel",
        "Postcode",
        "Land",
        "Toestemming e-mail",
        "Lidmaatschap",
    ];
    ColumnMap::new(&h, &["Tijdstempel=joined".parse().unwrap()], &defaults()).unwrap()
}

fn noted(
    m: &ColumnMap,
    row: &[&str],
    defaults: &Defaults,
) -> (Result<NewMember, Vec<Problem>>, RowNotes) {
    let mut notes = RowNotes::default();
    let r = m.parse_row_noted(row, 2, defaults, d(TODAY), &mut notes);
    (r, notes)
}

#[test]
fn a_google_forms_row_is_split_normalised_and_mapped() {
    let m = spreadsheet();
    let defaults = Defaults {
        category_map: "Steunend lid=supporter".parse().unwrap(),
        ..defaults()
    };
    let row = [
        "15-3-2025 10:23:45",
        "Piet van der Berg",
        "06-12345678",
        "1234ab",
        "",
        "Ja",
        "Steunend lid",
    ];
    let (r, notes) = noted(&m, &row, &defaults);
    let nm = r.unwrap();
    assert_eq!(nm.joined, d("2025-03-15"));
    assert_eq!(nm.data.given_name.as_deref(), Some("Piet"));
    assert_eq!(nm.data.name_prefix.as_deref(), Some("van der"));
    assert_eq!(nm.data.family_name.as_deref(), Some("Berg"));
    assert_eq!(nm.data.postcode.as_deref(), Some("1234 AB"));
    assert_eq!(nm.data.email_consent, Some(d(TODAY)));
    assert_eq!(nm.category, "supporter");
    assert_eq!(notes.split, Some(true));
    assert!(notes.consent_dated);
    assert!(notes.warnings.is_empty());
}

#[test]
fn an_unsplittable_name_is_kept_whole_and_odd_values_are_warnings() {
    let m = spreadsheet();
    let row = [
        "1-2-2024",
        "Anna Maria Smit",
        "geen",
        "B-2000",
        "België",
        "nee",
        "Gewoon lid",
    ];
    let (r, notes) = noted(&m, &row, &defaults());
    let nm = r.unwrap();
    assert_eq!(nm.data.family_name.as_deref(), Some("Anna Maria Smit"));
    assert_eq!(nm.data.given_name, None);
    assert_eq!(nm.data.postcode.as_deref(), Some("B-2000"));
    assert_eq!(nm.data.email_consent, None);
    assert_eq!(nm.category, "Gewoon lid");
    assert_eq!(notes.split, Some(false));
    assert_eq!(notes.warnings.len(), 1);
    assert_eq!(
        notes.warnings[0].render("f.csv"),
        "f.csv:2: column \"Mobiel\": 'geen' has 'g', which a phone number does not; kept as written"
    );
    let row = ["1-2-2024", "Jan Jansen", "", "123 AB", "", "", ""];
    let (_, notes) = noted(&m, &row, &defaults());
    assert!(
        notes.warnings[0]
            .problem
            .message
            .contains("not a Dutch postcode")
    );
}

#[test]
fn two_digit_years_and_bad_consent_are_errors() {
    let m = spreadsheet();
    let row = [
        "15-3-25 10:23:45",
        "Jan Jansen",
        "",
        "",
        "",
        "misschien",
        "",
    ];
    let problems = noted(&m, &row, &defaults()).0.unwrap_err();
    let text: Vec<String> = problems.iter().map(|p| p.render("f.csv")).collect();
    assert_eq!(problems.len(), 2, "{text:#?}");
    assert!(text[0].contains("column \"Tijdstempel\"") && text[0].contains("four digits"));
    assert!(text[1].contains("column \"Toestemming e-mail\"") && text[1].contains("Ja/Nee"));
}

#[test]
fn map_overrides_the_name_split() {
    let maps: Vec<Mapping> = vec!["Naam=family_name".parse().unwrap()];
    let m = ColumnMap::new(&["Naam", "Lid sinds"], &maps, &defaults()).unwrap();
    let nm = m
        .parse_row(&["van der Berg", "1-1-2020"], 2, &defaults(), d(TODAY))
        .unwrap();
    // Without a prefix column, the prefix is taken out of the family name, not dropped.
    assert_eq!(nm.data.family_name.as_deref(), Some("Berg"));
    assert_eq!(nm.data.name_prefix.as_deref(), Some("van der"));
    // With a family name column as well, neither is dropped unseen: the file is refused.
    let problems =
        ColumnMap::new(&["Naam", "Achternaam", "Lid sinds"], &[], &defaults()).unwrap_err();
    assert!(
        problems[0]
            .message
            .contains("both \"Naam\" and \"Achternaam\" hold a name"),
        "{problems:?}"
    );
    let ignored: Vec<Mapping> = vec!["Naam=-".parse().unwrap()];
    let m = ColumnMap::new(&["Naam", "Achternaam", "Lid sinds"], &ignored, &defaults()).unwrap();
    assert!(!m.has(Field::FullName));
}

#[test]
fn a_name_column_beside_a_given_name_column_is_the_family_name() {
    let m = ColumnMap::new(&["Voornaam", "Naam", "Lid sinds"], &[], &defaults()).unwrap();
    assert!(m.notices.contains(&Notice::FamilyName {
        column: "Naam".into(),
        given: "Voornaam".into()
    }));
    for (given, family, want_prefix, want_family) in [
        ("Samira", "el Amrani", None, "el Amrani"),
        ("Tjitske", "Hoekstra-de Boer", None, "Hoekstra-de Boer"),
        ("Jeroen", "op de Weegh", Some("op de"), "Weegh"),
        ("Kees", "Vries, de", Some("de"), "Vries"),
        ("Joop", "Hof van 't", Some("van 't"), "Hof"),
    ] {
        let (row, notes) = noted(&m, &[given, family, "1-1-2020"], &defaults());
        let nm = row.unwrap();
        assert_eq!(nm.data.given_name.as_deref(), Some(given));
        assert_eq!(nm.data.name_prefix.as_deref(), want_prefix, "{family}");
        assert_eq!(
            nm.data.family_name.as_deref(),
            Some(want_family),
            "{family}"
        );
        assert_eq!(notes.prefix_taken.is_some(), want_prefix.is_some());
    }
    // Asked for, the column is split as a full name still.
    let maps: Vec<Mapping> = vec!["Naam=full_name".parse().unwrap()];
    let m = ColumnMap::new(&["Voornaam", "Naam", "Lid sinds"], &maps, &defaults()).unwrap();
    assert!(m.has(Field::FullName));
}

#[test]
fn the_help_names_every_field() {
    let help = field::field_help();
    for f in Field::ALL {
        assert!(help.contains(f.name()), "{}", f.name());
    }
}

#[test]
fn notes_count_splits_and_keep_the_first_rows() {
    let m = spreadsheet();
    let mut all = ImportNotes::default();
    for (i, name) in ["Piet de Vries", "Jansen", "Kees ter Horst", "Els Bos"]
        .iter()
        .enumerate()
    {
        let row = ["1-2-2024", name, "", "", "", "x", ""];
        let (r, notes) = noted(&m, &row, &defaults());
        all.add(i as u64 + 2, notes, r.as_ref().ok());
    }
    assert_eq!(all.split, 3);
    assert_eq!(all.not_split, vec![(3, "Jansen".to_string())]);
    assert_eq!(all.consent_dated, 4);
    assert_eq!(all.preview.len(), ImportNotes::PREVIEW);
}

#[test]
fn the_headers_of_the_systems_are_recognised_as_they_are() {
    for (header, field) in [
        ("Geb.dat.", Field::BirthDate),
        ("Rel. code", Field::ExternalCode),
        ("Plaatsnaam", Field::City),
        ("Huisnr toev.", Field::HouseNumberSuffix),
        ("Start Lidmaatschap", Field::Joined),
        ("Street Address", Field::Street),
        ("Mobile phone", Field::Phone),
        ("Member id", Field::Number),
        ("Vanaf", Field::Joined),
        ("Einde", Field::Left),
        ("Creation date", Field::Joined),
        ("prelastname", Field::NamePrefix),
        ("Voornaam (Lid)", Field::GivenName),
        ("E-mail (member)", Field::Email),
        ("Membership Status", Field::Status),
        ("Lidstatus", Field::Status),
    ] {
        assert_eq!(recognise(header), Some(field), "{header}");
    }
    assert_eq!(recognise("Naam (partner)"), None);
}

#[test]
fn telefoon_and_mobiel_together_are_two_phone_numbers() {
    let m = ColumnMap::new(
        &["Achternaam", "Telefoon", "Mobiel", "Lid sinds"],
        &[],
        &defaults(),
    )
    .unwrap();
    let nm = m
        .parse_row(
            &["Jansen", "030-1234567", "0612345678", "1-1-2020"],
            2,
            &defaults(),
            d(TODAY),
        )
        .unwrap();
    assert_eq!(nm.data.phone.as_deref(), Some("030-1234567"));
    assert_eq!(nm.data.phone2.as_deref(), Some("0612345678"));
}

#[test]
fn warnings_of_one_kind_in_one_column_are_one_line_with_a_count_and_the_first_lines() {
    let m = spreadsheet();
    let mut all = ImportNotes::default();
    let mobiles = [
        "612345678",
        "687654321",
        "611111111",
        "622222222",
        "633333333",
    ];
    for (i, mobile) in mobiles
        .iter()
        .chain(&["644444444", "0612345678"])
        .enumerate()
    {
        let postcode = if i == 3 { "123 AB" } else { "1234 AB" };
        let row = ["1-2-2024", "Jan Jansen", mobile, postcode, "", "", ""];
        let mut notes = RowNotes::default();
        let line = i as u64 + 2;
        let r = m.parse_row_noted(&row, line, &defaults(), d(TODAY), &mut notes);
        all.add(line, notes, r.as_ref().ok());
    }
    assert_eq!(all.warnings_total, 7);
    assert_eq!(all.warnings.len(), 2, "{:#?}", all.warnings);
    let mobile = &all.warnings[0];
    assert_eq!(
        (mobile.count, mobile.lines.clone()),
        (6, vec![2, 3, 4, 5, 6])
    );
    assert_eq!(
        mobile.render("f.csv"),
        "f.csv:2: column \"Mobiel\": 6 values have nine digits and start with 6: mobile numbers whose 0 the spreadsheet dropped? kept as written; --fix-mobile puts the 0 back (lines 2, 3, 4, 5, 6, …; the first: '612345678')"
    );
    // A kind met once keeps its own sentence, with its value.
    assert_eq!(all.warnings[1].count, 1);
    assert!(
        all.warnings[1]
            .render("f.csv")
            .starts_with("f.csv:5: column \"Postcode\": '123 AB' is not a Dutch postcode")
    );
}

#[test]
fn an_unknown_column_of_dates_postcodes_or_addresses_is_named_with_the_map_that_imports_it() {
    let h = [
        "Voornaam",
        "Achternaam",
        "Geb. op",
        "Ingeschreven",
        "Datum",
        "PC",
        "Mail",
        "Tweede mail",
        "Hobby",
    ];
    let mut m = ColumnMap::new(
        &h,
        &[
            "Mail=email".parse().unwrap(),
            "Datum=joined".parse().unwrap(),
        ],
        &defaults(),
    )
    .unwrap();
    let row = |g: &str, i: &str, pc: &str, mail: &str, note: &str| {
        ["Jan", "Bos", g, i, "1-1-2020", pc, "a@b.nl", mail, note]
            .map(str::to_string)
            .to_vec()
    };
    m.look_at_unknown(&[
        row(
            "3-4-1970",
            "4 juli 2008",
            "1234 AB",
            "jan@example.nl",
            "12-1-2020",
        ),
        row("", "2010-01-01", "5678cd", "", "geen"),
    ]);
    let looks = |column: &str| {
        m.notices.iter().find_map(|n| match n {
            Notice::Looks {
                column: c,
                holds,
                fields,
                sure,
            } if c == column => Some((*holds, fields.clone(), *sure)),
            _ => None,
        })
    };
    // The header names a birth date; "Ingeschreven" names none of the three, and joined has
    // its column already, so birth_date and left remain.
    assert_eq!(
        looks("Geb. op"),
        Some((Holds::Dates, vec![Field::BirthDate], true))
    );
    assert_eq!(
        looks("Ingeschreven"),
        Some((Holds::Dates, vec![Field::BirthDate, Field::Left], false))
    );
    assert_eq!(
        looks("PC"),
        Some((Holds::Postcodes, vec![Field::Postcode], true))
    );
    assert_eq!(looks("Tweede mail"), Some((Holds::Emails, vec![], true)));
    // A column with one value of another kind stays merely unknown.
    assert!(m.notices.contains(&Notice::Unknown("Hobby".into())));
    assert_eq!(Holds::of(["", " "]), None);
}

#[test]
fn every_member_field_is_imported_by_the_name_it_is_exported_under() {
    // A field added to the member field table is a column the import knows, with or without
    // handling of its own.
    for f in &crate::domain::member::fields::TABLE {
        let field = Field::from_name(f.name).unwrap_or_else(|| panic!("{}", f.name));
        assert_eq!(field.name(), f.name);
        assert_eq!(recognise(f.name), Some(field), "{}", f.name);
        assert_eq!(field.data_field(), Some(f.name));
    }
}

/// CiviCRM's "Membership End Date" is the end of the paid period for a current member and the
/// leaving date for an expired one: with `--end-only-when-former` only the latter is kept.
#[test]
fn an_end_date_counts_only_for_former_members_when_asked() {
    let h = ["Last Name", "Member Since", "End Date", "Membership Status"];
    fn row(status: &str) -> [&str; 4] {
        ["Smit", "2019-01-01", "2026-12-31", status]
    }
    let plain = ColumnMap::new(&h, &[], &defaults()).unwrap();
    let nm = plain
        .parse_row(&row("Current"), 2, &defaults(), d(TODAY))
        .unwrap();
    assert_eq!(
        nm.left,
        Some(d("2026-12-31")),
        "without the flag: as written"
    );
    let asked = Defaults {
        end_only_when_former: true,
        ..defaults()
    };
    let map = ColumnMap::new(&h, &[], &asked).unwrap();
    let current = map.parse_row(&row("Current"), 2, &asked, d(TODAY)).unwrap();
    assert_eq!(current.left, None);
    let expired = map.parse_row(&row("Expired"), 3, &asked, d(TODAY)).unwrap();
    assert_eq!(expired.left, Some(d("2026-12-31")));
    // Without a status column the flag has nothing to read: refused at the header.
    let problems = ColumnMap::new(&["Last Name", "Member Since", "End Date"], &[], &asked)
        .err()
        .unwrap();
    assert!(
        problems[0]
            .render("f.csv")
            .contains("--end-only-when-former reads the status column, and the file has none"),
        "{problems:?}"
    );
}
