//! The import/export round trip as a property: any registry that `member import` accepts, once
//! exported with `member export` and imported into a new database, exports byte for byte the
//! same. Names with accents, commas, quotes and line breaks, optional fields left empty, former
//! members and every column the CSV carries today are generated.

use proptest::prelude::*;

use crate::common::TestEnv;

/// One generated member, as the cells of an export-shaped CSV row.
#[derive(Debug, Clone)]
struct Row {
    given: String,
    prefix: String,
    family: String,
    email: String,
    phone: String,
    city: String,
    birth: String,
    category: &'static str,
    joined: String,
    left: String,
    consent: String,
    notes: String,
}

/// Text a secretary might type: letters with accents, spaces, a comma, a quote, an apostrophe.
fn text() -> impl Strategy<Value = String> {
    "[A-Za-zéëïöüÉ' ,\"-]{0,12}"
}

fn name() -> impl Strategy<Value = String> {
    "[A-ZÉ][a-zéëïöü'-]{1,10}( [A-Z][a-z]{1,6})?"
}

/// A date from `from_year` to 2025, before the fixed clock (days up to 28: always valid).
fn date(from_year: i32) -> impl Strategy<Value = (i32, u32, u32)> {
    (from_year..2026, 1u32..=12, 1u32..=28)
}

fn iso((y, m, d): (i32, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn row() -> impl Strategy<Value = Row> {
    (
        (
            prop::option::of(name()),
            prop::sample::select(vec!["", "van", "van der", "de", "ter"]),
            name(),
            prop::option::of("[a-z]{1,8}(\\.[a-z]{1,5})?@example\\.nl"),
            prop::option::of("0[1-9][0-9]-[0-9]{7}"),
            prop::option::of(text()),
        ),
        (
            prop::option::of(date(1930)),
            prop::sample::select(vec!["regular", "honorary", "supporter"]),
            date(1990),
            prop::option::of(0u32..400),
            any::<bool>(),
            prop::option::of(prop_oneof![
                text(),
                Just("regel een\nregel twee".to_string())
            ]),
        ),
    )
        .prop_map(
            |(
                (given, prefix, family, email, phone, city),
                (birth, category, joined, left, consent, notes),
            )| {
                // Born before joining; left after joining, and not after the fixed clock.
                let birth = birth.filter(|b| *b < joined).map(iso).unwrap_or_default();
                let joined_day =
                    chrono::NaiveDate::parse_from_str(&iso(joined), "%Y-%m-%d").unwrap();
                let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
                let left = left
                    .map(|days| joined_day + chrono::Duration::days(i64::from(days)))
                    .filter(|l| *l < today)
                    .map(|l| l.to_string())
                    .unwrap_or_default();
                let consent = if consent && email.is_some() {
                    iso(joined)
                } else {
                    String::new()
                };
                Row {
                    given: given.unwrap_or_default(),
                    prefix: prefix.to_string(),
                    family,
                    email: email.unwrap_or_default(),
                    phone: phone.unwrap_or_default(),
                    city: city.unwrap_or_default(),
                    birth,
                    category,
                    joined: iso(joined),
                    left,
                    consent,
                    notes: notes.unwrap_or_default(),
                }
            },
        )
}

fn csv_of(rows: &[Row]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "number",
        "given_name",
        "name_prefix",
        "family_name",
        "email",
        "phone",
        "city",
        "birth_date",
        "category",
        "joined",
        "left",
        "email_consent",
        "notes",
    ])
    .unwrap();
    for (i, r) in rows.iter().enumerate() {
        let number = (i + 1).to_string();
        w.write_record([
            number.as_str(),
            &r.given,
            &r.prefix,
            &r.family,
            &r.email,
            &r.phone,
            &r.city,
            &r.birth,
            r.category,
            &r.joined,
            &r.left,
            &r.consent,
            &r.notes,
        ])
        .unwrap();
    }
    w.into_inner().unwrap()
}

fn export(env: &TestEnv) -> Vec<u8> {
    let out = env
        .quorum()
        .args(["member", "export", "--status", "all"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

proptest! {
    // Each case runs the binary six times; a dozen varied registries is enough to find a field
    // that does not survive, without slowing the suite down.
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn export_import_export_is_identical(rows in prop::collection::vec(row(), 1..25)) {
        let first = TestEnv::new();
        std::fs::write(first.path("leden.csv"), csv_of(&rows)).unwrap();
        // Generated addresses can repeat (two one-letter names at example.nl): those are two
        // people here, as the duplicate check would otherwise refuse them.
        first.ok(&["member", "import", "leden.csv", "--allow-duplicate"]);
        let exported = export(&first);

        let second = TestEnv::new();
        std::fs::write(second.path("export.csv"), &exported).unwrap();
        second.ok(&["member", "import", "export.csv", "--allow-duplicate"]);
        let again = export(&second);
        prop_assert_eq!(String::from_utf8_lossy(&exported), String::from_utf8_lossy(&again));
        // Everyone came through: a header and one record per member (notes may span lines).
        let records = csv::Reader::from_reader(exported.as_slice()).records().count();
        prop_assert_eq!(records, rows.len());
    }
}
