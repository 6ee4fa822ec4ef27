//! `member import` of the spreadsheets people have: one `Naam` column, Dutch Excel in
//! Windows-1252 with semicolons, a LibreOffice export, a Google Forms export, categories mapped,
//! values as typed.

use std::path::Path;

use crate::common::TestEnv;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");

fn env_with(name: &str) -> TestEnv {
    let env = TestEnv::new();
    std::fs::copy(Path::new(FIXTURES).join(name), env.path(name)).expect("fixture");
    env
}

/// Runs quorum, asserts success, returns stderr (where the notes and warnings go).
fn ok_stderr(env: &TestEnv, args: &[&str]) -> String {
    let out = env.quorum().args(args).output().expect("quorum runs");
    assert!(
        out.status.success(),
        "quorum {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stderr).unwrap()
}

fn members(env: &TestEnv) -> Vec<serde_json::Value> {
    let v = env.json(&["member", "export", "--status", "all"]);
    v.as_array().unwrap().clone()
}

fn by_number(all: &[serde_json::Value], n: i64) -> &serde_json::Value {
    all.iter().find(|m| m["number"] == n).expect("member")
}

const MAP: &str = "Gewoon lid=regular,Steunend lid=supporter";

#[test]
fn an_excel_sheet_with_one_name_column_is_split_and_normalised() {
    let env = env_with("ledenlijst-naam-excel.csv");
    let err = ok_stderr(
        &env,
        &[
            "member",
            "import",
            "ledenlijst-naam-excel.csv",
            "--category-map",
            MAP,
        ],
    );
    assert!(err.contains("split 3 of 4 names"), "{err}");
    assert!(
        err.contains("1 name could not be split") && err.contains("line 5 \"Marie-José\""),
        "{err}"
    );
    assert!(
        err.contains("1 name is an organisation's")
            && err.contains("line 6 \"Stichting Zonnebloem Noord\""),
        "{err}"
    );
    assert!(
        err.contains("ledenlijst-naam-excel.csv:4: column \"Mobiel\": 'geen'"),
        "{err}"
    );
    assert!(
        err.contains(
            "ledenlijst-naam-excel.csv:6: column \"Postcode\": '123 AB' is not a Dutch postcode"
        ),
        "{err}"
    );
    assert!(err.contains("2 members consented to e-mail with a yes and no date: their consent is dated 2026-03-01"), "{err}");
    let all = members(&env);
    let piet = by_number(&all, 1);
    assert_eq!(piet["given_name"], "Piet");
    assert_eq!(piet["name_prefix"], "van der");
    assert_eq!(piet["family_name"], "Berg");
    assert_eq!(piet["street"], "Kerkstraat 4 a");
    assert_eq!(piet["postcode"], "1234 AB");
    assert_eq!(piet["category"], "regular");
    assert_eq!(piet["email_consent"], "2026-03-01");
    assert_eq!(piet["birth_date"], "1961-02-03");
    let anneke = by_number(&all, 2);
    assert_eq!(anneke["family_name"], "Wit-Müller");
    assert_eq!(anneke["name_prefix"], "de");
    assert_eq!(anneke["city"], "'s-Gravenhage");
    assert_eq!(anneke["category"], "supporter");
    assert_eq!(anneke["email_consent"], serde_json::Value::Null);
    let joop = by_number(&all, 3);
    assert_eq!(joop["name_prefix"], "in 't");
    assert_eq!(joop["street"], "Dijk 1-3");
    assert_eq!(joop["postcode"], "9999 ZZ");
    assert_eq!(by_number(&all, 4)["family_name"], "Marie-José");
    let stichting = by_number(&all, 5);
    assert_eq!(stichting["organisation"], "Stichting Zonnebloem Noord");
    assert_eq!(stichting["family_name"], serde_json::Value::Null);
}

#[test]
fn without_the_category_map_unknown_categories_are_refused_and_nothing_is_written() {
    let env = env_with("ledenlijst-naam-excel.csv");
    let before = env.dump();
    let err = env.fails(&["member", "import", "ledenlijst-naam-excel.csv"], 1);
    assert!(
        err.contains("Gewoon lid") || err.contains("Steunend lid"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn a_google_forms_export_imports_with_its_timestamps_as_dates() {
    let env = env_with("google-forms.csv");
    let err = ok_stderr(
        &env,
        &[
            "member",
            "import",
            "google-forms.csv",
            "--map",
            "Ik ga akkoord met uitnodigingen per e-mail=email_consent",
            "--category-map",
            MAP,
        ],
    );
    assert!(err.contains("split 2 of 3 names"), "{err}");
    assert!(err.contains("line 4 \"Jansen\""), "{err}");
    let all = members(&env);
    let sanne = all.iter().find(|m| m["family_name"] == "Hart").unwrap();
    assert_eq!(sanne["name_prefix"], "'t");
    assert_eq!(sanne["joined"], "2025-03-15");
    assert_eq!(sanne["postcode"], "3511 AB");
    assert_eq!(sanne["email_consent"], "2026-03-01");
    let kees = all.iter().find(|m| m["family_name"] == "Hof").unwrap();
    assert_eq!(
        kees["postcode"], "B-2000",
        "a Belgian postcode is left alone"
    );
    assert_eq!(kees["category"], "supporter");
    assert_eq!(kees["joined"], "2025-03-16");
}

#[test]
fn a_dry_run_shows_the_first_rows_as_fields_and_writes_nothing() {
    let env = env_with("ledenlijst-naam-excel.csv");
    let before = env.dump();
    let err = ok_stderr(
        &env,
        &[
            "member",
            "import",
            "ledenlijst-naam-excel.csv",
            "--dry-run",
            "--category-map",
            MAP,
        ],
    );
    assert!(
        err.contains(
            "line 2: number=1, given_name=\"Piet\", name_prefix=\"van der\", family_name=\"Berg\""
        ),
        "{err}"
    );
    assert!(err.contains("line 4: number=3"), "{err}");
    assert!(!err.contains("line 5: number=4"), "{err}");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_two_digit_year_is_refused_with_how_to_fix_it() {
    let env = env_with("bad-two-digit-year.csv");
    let err = env.fails(&["member", "import", "bad-two-digit-year.csv"], 1);
    assert!(
        err.contains("bad-two-digit-year.csv:2: column \"Geboortedatum\": '15-3-85': the year needs four digits"),
        "{err}"
    );
    assert!(err.contains("Format Cells"), "{err}");
}

#[test]
fn map_still_overrides_the_name_split_and_help_lists_the_fields() {
    let env = env_with("google-forms.csv");
    ok_stderr(
        &env,
        &[
            "member",
            "import",
            "google-forms.csv",
            "--map",
            "Naam=family_name",
            "--map",
            "Ik ga akkoord met uitnodigingen per e-mail=-",
            "--create-categories",
        ],
    );
    let all = members(&env);
    assert!(all.iter().any(|m| m["family_name"] == "Kees van 't Hof"));
    let help = env.ok(&["member", "import", "--help"]);
    for f in [
        "full_name",
        "house_number_suffix",
        "email_consent",
        "--category-map",
    ] {
        assert!(help.contains(f), "{f} in {help}");
    }
}

#[test]
fn a_bad_category_map_is_a_usage_error() {
    let env = env_with("google-forms.csv");
    let err = env.fails(
        &[
            "member",
            "import",
            "google-forms.csv",
            "--category-map",
            "Steunend lid",
        ],
        2,
    );
    assert!(err.contains("VALUE=CATEGORY"), "{err}");
}

/// A LibreOffice Calc export ("Tekst CSV" with its defaults in a Dutch locale): UTF-8 without a
/// byte-order mark, commas, text cells quoted and numbers and dates not, dates as shown
/// (day-month-year), an empty last cell, a quote doubled inside a note, house number and
/// addition in their own columns, a second phone column.
#[test]
fn a_libreoffice_export_imports_as_typed() {
    let env = env_with("ledenlijst-libreoffice.csv");
    ok_stderr(
        &env,
        &[
            "member",
            "import",
            "ledenlijst-libreoffice.csv",
            "--category-map",
            MAP,
        ],
    );
    let all = members(&env);
    assert_eq!(all.len(), 3);
    let marieke = by_number(&all, 21);
    assert_eq!(marieke["name_prefix"], "van");
    assert_eq!(marieke["street"], "Lindelaan 7 A");
    assert_eq!(marieke["postcode"], "1012 AB");
    assert_eq!(marieke["phone2"], "06-12345678");
    assert_eq!(marieke["birth_date"], "1980-05-12");
    assert_eq!(marieke["joined"], "2015-01-01");
    let joost = by_number(&all, 22);
    assert_eq!(joost["category"], "supporter");
    assert_eq!(joost["notes"], "Betaalt per kwartaal");
    let fenna = by_number(&all, 23);
    assert_eq!(fenna["birth_date"], "2004-02-29");
    assert_eq!(
        fenna["notes"],
        "Jeugdlid tot 2022; \"actief\" in de kascommissie"
    );
    assert_eq!(fenna["email"], serde_json::Value::Null);
}

/// An external code (a federation's relation code) is kept as typed, read from a `Relatiecode`
/// column, searchable, editable, exported, and gone with an erasure.
#[test]
fn an_external_code_is_kept_as_typed_and_searchable() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("leden.csv"),
        "Lidnummer;Achternaam;Lid sinds;Relatiecode\n5;Visser;01-01-2021;J-012\n6;Bakker;01-01-2021;\n",
    )
    .unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    let found = env.json(&["member", "list", "--search", "j-012"]);
    assert_eq!(found.as_array().unwrap().len(), 1, "{found}");
    assert_eq!(found[0]["number"], 5);
    assert_eq!(env.json(&["member", "show", "5"])["external_code"], "J-012");
    env.ok(&["member", "edit", "6", "--external-code", "B 77"]);
    let export = env.ok(&["member", "export"]);
    assert!(
        export.lines().next().unwrap().contains(",external_code,"),
        "{export}"
    );
    assert!(
        export.contains(",J-012,") && export.contains(",B 77,"),
        "{export}"
    );
    env.ok(&["member", "leave", "5", "--date", "2025-12-31"]);
    env.ok(&["member", "erase", "5", "--yes"]);
    assert_eq!(
        env.json(&["member", "show", "5"])["external_code"],
        serde_json::Value::Null
    );
}

/// Galette's member export in its published layout (tests/fixtures/import/systems-README.md names
/// the source): `;`, every value quoted, CRLF, labels with a colon, ISO dates, the status as text.
/// Imported with the command the import chapter gives, compared field by field, then exported and
/// imported again byte for byte.
#[test]
fn a_galette_export_imports_field_by_field_and_round_trips() {
    let env = env_with("systems-galette.csv");
    let err = ok_stderr(&env, &["member", "import", "systems-galette.csv"]);
    assert!(
        err.contains("column \"Name:\" is read as the family name, beside \"First name:\""),
        "{err}"
    );
    // Galette's seventeen other columns are one line, not seventeen.
    assert!(
        err.contains("warning: 17 columns are not imported, as quorum does not know them: \"Nickname:\", \"Title:\", \"Gender:\""),
        "{err}"
    );
    assert_eq!(err.matches("warning:").count(), 3, "{err}");
    // The dates quorum cannot place are named, never imported as a leaving date unasked.
    assert!(
        err.contains("column \"Due date:\" is not imported: quorum does not know it, and it holds dates; if they are a member's birth, joining or leaving dates"),
        "{err}"
    );
    let all = members(&env);
    assert_eq!(all.len(), 3);
    let samira = by_number(&all, 1);
    for (field, want) in [
        ("given_name", "Samira"),
        ("family_name", "el Amrani"),
        ("street", "Dorpsstraat 1"),
        ("postcode", "1234 AB"),
        ("city", "Utrecht"),
        ("country", "Nederland"),
        ("phone2", "0612345678"),
        ("email", "samira@example.nl"),
        ("birth_date", "1985-03-02"),
        ("joined", "2019-01-15"),
        ("status", "active"),
    ] {
        assert_eq!(samira[field], want, "{field}: {samira}");
    }
    assert!(samira["left"].is_null(), "{samira}");
    let piet = by_number(&all, 2);
    assert_eq!(
        (&piet["name_prefix"], &piet["family_name"], &piet["phone"]),
        (
            &serde_json::json!("van der"),
            &serde_json::json!("Berg"),
            &serde_json::json!("030-1234567")
        ),
        "{piet}"
    );
    assert_eq!(by_number(&all, 3)["family_name"], "Hoekstra-de Boer");

    let export = ["member", "export", "--status", "all"];
    let exported = env.ok(&export);
    let second = TestEnv::new();
    std::fs::write(second.path("export.csv"), &exported).unwrap();
    ok_stderr(&second, &["member", "import", "export.csv"]);
    assert_eq!(exported, second.ok(&export));
}
