//! Member lists in the layouts of the systems associations already use (issue 29): each numbered
//! failure of the issue, through the binary.

use crate::common::TestEnv;

fn import(env: &TestEnv, name: &str, text: &str, args: &[&str]) -> (String, i32) {
    std::fs::write(env.path(name), text).unwrap();
    let mut all = vec!["member", "import", name];
    all.extend_from_slice(args);
    let out = env.quorum().args(&all).output().unwrap();
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// Failure 1: "Naam" beside "Voornaam" is the family name, and a prefix written in a family
/// name is taken out of it, counted, never dropped.
#[test]
fn names_are_read_for_what_they_are_and_nothing_of_them_is_dropped() {
    let env = TestEnv::new();
    // Conscribo's "Naam" beside "Voornaam"; no prefix column.
    let (said, code) = import(
        &env,
        "conscribo.csv",
        "Relatienummer;Voornaam;Naam;Lid sinds\n\
         1;Samira;el Amrani;01-01-2020\n\
         2;Tjitske;Hoekstra-de Boer;01-01-2020\n\
         3;Jeroen;op de Weegh;01-01-2020\n\
         4;Kees;Vries, de;01-01-2020\n\
         5;Joop;Hof van 't;01-01-2020\n\
         6;Piet;van der Berg;01-01-2020\n",
        &[],
    );
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("column \"Naam\" is read as the family name, beside \"Voornaam\""),
        "{said}"
    );
    assert!(
        said.contains("took the prefix (tussenvoegsel) out of 4 family names written with it, as the file has no prefix column: line 4 \"op de Weegh\", line 5 \"Vries, de\", line 6 \"Hof van 't\", line 7 \"van der Berg\""),
        "{said}"
    );
    let all = env.json(&["member", "export", "--status", "all"]);
    let names: Vec<(String, String, String)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let s = |k: &str| m[k].as_str().unwrap_or("").to_string();
            (s("given_name"), s("name_prefix"), s("family_name"))
        })
        .collect();
    let want = [
        ("Samira", "", "el Amrani"),
        ("Tjitske", "", "Hoekstra-de Boer"),
        ("Jeroen", "op de", "Weegh"),
        ("Kees", "de", "Vries"),
        ("Joop", "van 't", "Hof"),
        ("Piet", "van der", "Berg"),
    ]
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()));
    assert_eq!(names, want);

    // "Naam" and "Achternaam" both: refused at the header, nothing written, the way out named.
    let before = env.dump();
    let (said, code) = import(
        &env,
        "beide.csv",
        "Naam;Achternaam;Lid sinds\nPiet Jansen;Jansen;01-01-2020\n",
        &[],
    );
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("both \"Naam\" and \"Achternaam\" hold a name; import one and ignore the other with --map \"Naam=-\""),
        "{said}"
    );
    assert_eq!(env.dump(), before);
}

/// Failure 2: status columns are read, 31.12.9999 is no end, and Sportlink's Afmelddatum is the
/// first day without membership.
#[test]
fn former_members_stay_former_and_end_dates_mean_what_the_system_meant() {
    let env = TestEnv::new();
    // CiviCRM's statuses, with an end date where the member left.
    let (said, code) = import(
        &env,
        "civicrm.csv",
        "Contact ID,First Name,Last Name,Member Since,End Date,Status\n\
         1,Anna,Jansen,2019-01-01,,Current\n\
         2,Bram,Smit,2018-01-01,2024-12-31,Expired\n\
         3,Cor,Bakker,2018-01-01,9999-12-31,Grace\n",
        &["--map", "Contact ID=number", "--map", "End Date=left"],
    );
    assert_eq!(code, 0, "{said}");
    let status = |n: &str| env.json(&["member", "show", n])["status"].clone();
    assert_eq!(status("1"), "active");
    assert_eq!(status("2"), "former");
    assert_eq!(status("3"), "active", "9999-12-31 is no end");
    assert_eq!(
        env.json(&["member", "show", "3"])["left"],
        serde_json::Value::Null
    );

    // A former status without an end date, and a word quorum does not know: refused, each
    // with its line and the way out.
    let before = env.dump();
    let (said, code) = import(
        &env,
        "galette.csv",
        "Member id,Name,First name,Creation date,Status\n\
         10,Visser,Dirk,2020-01-01,Non-member\n\
         11,Mulder,Eva,2020-01-01,Proeflid\n",
        &["--map", "Member id=number", "--map", "Creation date=joined"],
    );
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("galette.csv:2: column \"Status\": 'Non-member' says the member has left, but the row has no end date"),
        "{said}"
    );
    assert!(
        said.contains("galette.csv:3: column \"Status\": 'Proeflid' is not a status quorum knows; say what it means with --status-map \"Proeflid=former\""),
        "{said}"
    );
    assert_eq!(env.dump(), before);

    // Sportlink: Afmelddatum is the first day out; the last day as a member is the day before.
    let (said, code) = import(
        &env,
        "sportlink.csv",
        "Relatiecode;Roepnaam;Achternaam;Lid sinds;Afmelddatum;Status\n\
         ABC123;Fenna;de Jong;01-08-2015;01-07-2025;Afgemeld\n",
        &[
            "--map",
            "Afmelddatum=left",
            "--left-is-first-day-out",
            "--status-map",
            "Afgemeld=former",
        ],
    );
    assert_eq!(code, 0, "{said}");
    let fenna = env.json(&["member", "list", "--status", "all", "--search", "jong"]);
    assert_eq!(fenna[0]["left"], "2025-06-30", "{fenna}");
    assert_eq!(fenna[0]["status"], "former");
}

/// Failure 7: spreadsheet damage is named with its rows; --fix-mobile puts the 0 back.
#[test]
fn spreadsheet_damage_is_flagged_and_a_lost_zero_put_back_on_request() {
    let env = TestEnv::new();
    let file = "Voornaam;Achternaam;Mobiel;Lid sinds\n\
                Ay?e;Y?lmaz;612345678;01-01-2020\n\
                Piet;Jansen;0612345678;01-01-2020\n";
    let (said, code) = import(&env, "ansi.csv", file, &["--dry-run"]);
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("ansi.csv:2: column \"Voornaam\": 'Ay?e' has a ? where a name has none"),
        "{said}"
    );
    assert!(
        said.contains("ansi.csv:2: column \"Achternaam\": 'Y?lmaz' has a ?"),
        "{said}"
    );
    assert!(
        said.contains(
            "ansi.csv:2: column \"Mobiel\": '612345678' has nine digits and starts with 6"
        ) && said.contains("--fix-mobile makes it 0612345678"),
        "{said}"
    );
    let (said, code) = import(&env, "ansi.csv", file, &["--fix-mobile"]);
    assert_eq!(code, 0, "{said}");
    assert!(!said.contains("nine digits"), "{said}");
    assert_eq!(env.json(&["member", "show", "1"])["phone"], "0612345678");
    assert_eq!(env.json(&["member", "show", "2"])["phone"], "0612345678");
}

/// Failure 8: a Google Form's download, with its timestamps in the Dutch and the English locale
/// and a birth date written with the month's name.
#[test]
fn a_google_forms_download_reads_its_timestamps_and_month_names() {
    let env = TestEnv::new();
    let (said, code) = import(
        &env,
        "forms.csv",
        "\"Tijdstempel\",\"Voornaam\",\"Achternaam\",\"Geboortedatum\"\n\
         \"2024/12/03 8:48:17 p.m. CET\",\"Sanne\",\"Hart\",\"4 juli 2008\"\n\
         \"2024/12/04 9:01:02 AM GMT+1\",\"Kees\",\"Hof\",\"15 mrt. 1970\"\n",
        &[],
    );
    assert_eq!(code, 0, "{said}");
    let sanne = env.json(&["member", "show", "1"]);
    assert_eq!(sanne["joined"], "2024-12-03");
    assert_eq!(sanne["birth_date"], "2008-07-04");
    let kees = env.json(&["member", "show", "2"]);
    assert_eq!(kees["joined"], "2024-12-04");
    assert_eq!(kees["birth_date"], "1970-03-15");
}

/// Failure 8: a form's own answers to the consent question, and CiviCRM's inverted column.
#[test]
fn consent_answers_are_mapped_and_an_inverted_column_expressed() {
    let env = TestEnv::new();
    let (said, code) = import(
        &env,
        "form.csv",
        "Achternaam,E-mail,Lid sinds,Toestemming e-mail\n\
         Hart,sanne@example.nl,2024-12-03,Ja\n\
         Hof,kees@example.nl,2024-12-03,\"Nee, stuur mij een brief\"\n",
        &["--consent-map", "Ja=yes,Nee, stuur mij een brief=no"],
    );
    assert_eq!(code, 0, "{said}");
    assert_eq!(
        env.json(&["member", "show", "1"])["email_consent"],
        "2026-03-01"
    );
    assert_eq!(
        env.json(&["member", "show", "2"])["email_consent"],
        serde_json::Value::Null
    );
    let (said, code) = import(
        &env,
        "civicrm.csv",
        "Last Name,Email,Member Since,Do Not Email\n\
         Smit,bram@example.nl,2018-01-01,1\n\
         Bakker,cor@example.nl,2018-01-01,0\n",
        &[
            "--map",
            "Do Not Email=email_consent",
            "--consent-map",
            "1=no,0=yes",
        ],
    );
    assert_eq!(code, 0, "{said}");
    assert_eq!(
        env.json(&["member", "show", "3"])["email_consent"],
        serde_json::Value::Null
    );
    assert_eq!(
        env.json(&["member", "show", "4"])["email_consent"],
        "2026-03-01"
    );
}

/// Failure 3: the same form imported twice, and the same person twice in one file, are refused
/// with the pairs named (line ↔ line, line ↔ member), as `member add` refuses them; nothing is
/// written. `--allow-duplicate` imports them; an `--update` import matches by number instead.
#[test]
fn duplicates_are_refused_with_their_pairs_unless_allowed() {
    let env = TestEnv::new();
    let form = "Voornaam,Achternaam,E-mail,Geboortedatum,Lid sinds\n\
                Sanne,Hart,sanne@example.nl,04-07-2008,03-12-2024\n\
                Kees,Hof,kees@example.nl,15-03-1970,03-12-2024\n";
    let (said, code) = import(&env, "form.csv", form, &[]);
    assert_eq!(code, 0, "{said}");
    let before = env.dump();
    // The same download again: every row is a member already.
    let (said, code) = import(&env, "form.csv", form, &[]);
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("form.csv:2: likely the same person as member 1 (Sanne Hart): the same e-mail address; if they are two people, import with --allow-duplicate"),
        "{said}"
    );
    assert!(
        said.contains("form.csv:3: likely the same person as member 2 (Kees Hof)"),
        "{said}"
    );
    assert!(
        said.contains("2 errors in form.csv; nothing was imported"),
        "{said}"
    );
    assert_eq!(env.dump(), before);
    // One person twice in one file: another e-mail address, the same name and birth date
    // (written in other case and without the accent).
    let (said, code) = import(
        &env,
        "twice.csv",
        "Voornaam,Achternaam,E-mail,Geboortedatum,Lid sinds\n\
         Émile,Bakker,emile@example.nl,01-02-1980,01-01-2025\n\
         Anna,Vos,anna@example.nl,01-02-1980,01-01-2025\n\
         EMILE,bakker,e.bakker@example.nl,01-02-1980,01-01-2025\n",
        &["--dry-run"],
    );
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains(
            "twice.csv:4: likely the same person as line 2: the same name and birth date"
        ),
        "{said}"
    );
    assert!(!said.contains("twice.csv:3:"), "{said}");
    assert_eq!(env.dump(), before);
    // Two people after all: allowed, they are imported.
    let (said, code) = import(&env, "form.csv", form, &["--allow-duplicate"]);
    assert_eq!(code, 0, "{said}");
    assert_eq!(env.json(&["member", "show", "4"])["family_name"], "Hof");
    // An update import finds its members by number: no duplicates there.
    let (said, code) = import(
        &env,
        "update.csv",
        "Lidnummer,Voornaam,Achternaam,E-mail,Lid sinds\n\
         1,Sanne,Hart,sanne@example.nl,03-12-2024\n",
        &["--update"],
    );
    assert_eq!(code, 0, "{said}");
}

/// Failure 9: a problem shared by many rows is one line with the count and the first rows, not
/// a line per row; the distinct ones are still listed each.
#[test]
fn a_problem_on_many_rows_is_one_line_with_its_count_and_first_rows() {
    let env = TestEnv::new();
    let mut csv = String::from("Achternaam;Soort lid;Lid sinds\n");
    for n in 1..=32 {
        let category = if n % 8 == 0 { "Senior" } else { "Aspirant" };
        csv.push_str(&format!("Lid{n};{category};01-01-2020\n"));
    }
    csv.push_str("Laatste;regular;31-02-2020\n");
    let (said, code) = import(&env, "jeugd.csv", &csv, &[]);
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("jeugd.csv:2: column \"Soort lid\": no category 'Aspirant'; known: regular, honorary, youth, supporter; add it first, or pass --create-categories (on 28 lines: 2, 3, 4, 5, 6, …)"),
        "{said}"
    );
    assert!(
        said.contains("jeugd.csv:9: column \"Soort lid\": no category 'Senior'; known: regular, honorary, youth, supporter; add it first, or pass --create-categories (on 4 lines: 9, 17, 25, 33)"),
        "{said}"
    );
    assert!(
        said.contains("jeugd.csv:34: column \"Lid sinds\""),
        "{said}"
    );
    assert_eq!(said.matches("no category").count(), 2, "{said}");
    assert!(
        said.contains("error: 33 errors in jeugd.csv; nothing was imported"),
        "{said}"
    );
}

/// Failure 9, warnings: values that are odd in the same way in one column are one line with
/// their count and first rows (a warning names its value, so equal messages cannot group them).
#[test]
fn warnings_of_one_kind_are_one_line_with_their_count_and_first_rows() {
    let env = TestEnv::new();
    let mut csv = String::from("Voornaam;Achternaam;Mobiel;Postcode;Lid sinds\n");
    for n in 1..=40 {
        let postcode = if n == 7 { "123 AB" } else { "1234 AB" };
        csv.push_str(&format!("Jan;Lid{n};6{n:08};{postcode};01-01-2020\n"));
    }
    let (said, code) = import(&env, "civicrm.csv", &csv, &["--dry-run"]);
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("civicrm.csv:2: column \"Mobiel\": 40 values have nine digits and start with 6: mobile numbers whose 0 the spreadsheet dropped? kept as written; --fix-mobile puts the 0 back (lines 2, 3, 4, 5, 6, …; the first: '600000001')"),
        "{said}"
    );
    assert!(
        said.contains("civicrm.csv:8: column \"Postcode\": '123 AB' is not a Dutch postcode"),
        "{said}"
    );
    assert_eq!(said.matches("warning:").count(), 2, "{said}");
    // The grouped warnings do not stop the import.
    let (said, code) = import(&env, "civicrm.csv", &csv, &["--fix-mobile"]);
    assert_eq!(code, 0, "{said}");
    assert_eq!(said.matches("warning:").count(), 1, "{said}");
    assert_eq!(env.json(&["member", "list"]).as_array().unwrap().len(), 40);
}

/// Failure 5, the rest: an unknown column holding dates, postcodes or e-mail addresses is named
/// with the --map that imports it, so a birth date is not lost behind "not imported".
#[test]
fn an_unknown_column_of_dates_or_postcodes_is_named_with_a_suggestion() {
    let env = TestEnv::new();
    let csv = "Voornaam;Achternaam;Geb. op;PC;Lid sinds;Hobby\n\
               Anna;Bos;03-04-1970;1234 AB;01-01-2020;schaken\n\
               Bram;Smit;;5678CD;01-01-2020;01-01-2021\n";
    let (said, code) = import(&env, "oud.csv", csv, &["--dry-run"]);
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("column \"Geb. op\" is not imported: quorum does not know it, but it holds dates: import it with --map \"Geb. op=birth_date\""),
        "{said}"
    );
    assert!(
        said.contains("column \"PC\" is not imported: quorum does not know it, but it holds postcodes: import it with --map \"PC=postcode\""),
        "{said}"
    );
    assert!(
        said.contains("column \"Hobby\" is not imported: quorum does not know it; import it with --map \"Hobby=FIELD\""),
        "{said}"
    );
    let (said, code) = import(
        &env,
        "oud.csv",
        csv,
        &[
            "--map",
            "Geb. op=birth_date",
            "--map",
            "PC=postcode",
            "--map",
            "Hobby=-",
        ],
    );
    assert_eq!(code, 0, "{said}");
    assert!(!said.contains("not imported"), "{said}");
    let anna = env.json(&["member", "show", "1"]);
    assert_eq!(anna["birth_date"], "1970-04-03", "{anna}");
    assert_eq!(anna["postcode"], "1234 AB", "{anna}");
}

/// Failure 3, the update: a file without member numbers (a form, a system's own numbering) finds
/// each row's member by the duplicate check of `member add` instead of refusing it, and says
/// which rows matched how; a row like two members is refused with both.
#[test]
fn an_update_without_numbers_matches_rows_to_members_by_likeness() {
    let env = TestEnv::new();
    let (said, code) = import(
        &env,
        "leden.csv",
        "Voornaam;Achternaam;E-mailadres;Geboortedatum;Lid sinds\n\
         Anna;Bos;anna@example.nl;03-04-1970;01-01-2020\n\
         Bram;Smit;bram@example.nl;01-01-1980;01-01-2020\n",
        &[],
    );
    assert_eq!(code, 0, "{said}");
    let file = "Voornaam;Achternaam;E-mailadres;Geboortedatum;Telefoon;Lid sinds\n\
                Anna;Bos;ANNA@example.nl;03-04-1970;0612345678;01-01-2020\n\
                Bram;Smit;bram@elders.nl;01-01-1980;;01-01-2020\n\
                Cor;Vis;cor@example.nl;;;01-06-2024\n";
    std::fs::write(env.path("form.csv"), file).unwrap();
    let out = env
        .quorum()
        .args([
            "member", "import", "form.csv", "--update", "--format", "json",
        ])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(
        said.contains("matched 2 rows to registered members: 1 by e-mail address, 1 by name and birth date; line 2 → member 1 (the same e-mail address), line 3 → member 2 (the same name and birth date)"),
        "{said}"
    );
    let counts: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (&counts["new"], &counts["changed"]),
        (&serde_json::json!(1), &serde_json::json!(2)),
        "{counts}"
    );
    assert_eq!(env.json(&["member", "show", "1"])["phone"], "0612345678");
    assert_eq!(
        env.json(&["member", "show", "2"])["email"],
        "bram@elders.nl"
    );
    assert_eq!(env.json(&["member", "show", "3"])["family_name"], "Vis");
    // The same file again changes nothing and adds no one.
    let (said, code) = import(&env, "form.csv", file, &["--update"]);
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("matched 3 rows to registered members by e-mail address; line 2 → member 1, line 3 → member 2, line 4 → member 3"),
        "{said}"
    );
    assert_eq!(env.json(&["member", "list"]).as_array().unwrap().len(), 3);

    // Two registered members a row is like: refused with both, the registry as it was.
    let (said, code) = import(
        &env,
        "bos.csv",
        "Voornaam;Achternaam;E-mailadres;Geboortedatum;Lid sinds\n\
         Anna;Bos;gezin@example.nl;03-04-1970;01-01-2021\n",
        &["--allow-duplicate"],
    );
    assert_eq!(code, 0, "{said}");
    let before = env.json(&["journal", "list"]);
    let (said, code) = import(
        &env,
        "bos.csv",
        "Voornaam;Achternaam;E-mailadres;Geboortedatum;Lid sinds\n\
         Anna;Bos;gezin@example.nl;03-04-1970;01-01-2021\n",
        &["--update"],
    );
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("bos.csv:2: without a member number this row is like member 1 (Anna Bos, the same name and birth date) and member 4 (Anna Bos, the same e-mail address); give it the number of the member it is about"),
        "{said}"
    );
    assert_eq!(env.json(&["journal", "list"]), before);
}

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");

/// Imports a `systems-*.csv` fixture with the command the import chapter gives for its system,
/// checks the members field by field against `want` (number, then field/value pairs), exports
/// them and imports the export into a fresh registry: the second export must be byte-identical.
/// Returns what the import said on stderr.
fn import_fixture(name: &str, args: &[&str], want: &[(i64, &[(&str, &str)])]) -> String {
    let env = TestEnv::new();
    std::fs::copy(std::path::Path::new(FIXTURES).join(name), env.path(name)).expect("fixture");
    let mut all = vec!["member", "import", name];
    all.extend_from_slice(args);
    let out = env.quorum().args(&all).output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "{said}");
    let members = env.json(&["member", "export", "--status", "all"]);
    let members = members.as_array().unwrap();
    assert_eq!(members.len(), want.len(), "{members:?}");
    for (number, fields) in want {
        let m = members
            .iter()
            .find(|m| m["number"] == *number)
            .unwrap_or_else(|| panic!("member {number} in {members:?}"));
        for (field, value) in *fields {
            let got = m[*field].as_str().unwrap_or("");
            assert_eq!(got, *value, "member {number}, {field}: {m}");
        }
    }
    let export = ["member", "export", "--status", "all"];
    let exported = env.ok(&export);
    let second = TestEnv::new();
    std::fs::write(second.path("export.csv"), &exported).unwrap();
    second.ok(&["member", "import", "export.csv"]);
    assert_eq!(
        exported,
        second.ok(&export),
        "the export round-trips byte for byte"
    );
    said
}

/// Admidio's list export, *CSV (UTF-8)*, of its default "Lidmaatschap" list in a Dutch
/// installation (source: tests/fixtures/import/systems-README.md): a running number, the
/// family name with any prefix in it, dates as 31.12.2024, and 31.12.9999 for "no end".
#[test]
fn an_admidio_membership_list_imports_field_by_field_and_round_trips() {
    let said = import_fixture(
        "systems-admidio.csv",
        &["--map", "Nr.=-"],
        &[
            (
                1,
                &[
                    ("given_name", "Anna"),
                    ("family_name", "Bakker"),
                    ("birth_date", "1950-07-14"),
                    ("joined", "1985-09-01"),
                    ("left", "2024-06-30"),
                    ("status", "former"),
                ],
            ),
            (
                2,
                &[
                    ("given_name", "Samira"),
                    ("name_prefix", ""),
                    ("family_name", "el Amrani"),
                    ("birth_date", "1985-03-02"),
                    ("joined", "2019-01-15"),
                    ("left", ""),
                    ("status", "active"),
                ],
            ),
            (
                3,
                &[
                    ("family_name", "Hoekstra-de Boer"),
                    ("birth_date", ""),
                    ("left", ""),
                ],
            ),
            (4, &[("name_prefix", "op de"), ("family_name", "Weegh")]),
            (5, &[("name_prefix", "van der"), ("family_name", "Berg")]),
            (
                6,
                &[
                    ("given_name", "Kees"),
                    ("name_prefix", "de"),
                    ("family_name", "Vries"),
                    ("joined", "2018-01-01"),
                    ("left", ""),
                ],
            ),
        ],
    );
    assert!(
        said.contains("took the prefix (tussenvoegsel) out of 3 family names written with it, as the file has no prefix column: line 5 \"op de Weegh\", line 6 \"van der Berg\", line 7 \"Vries, de\""),
        "{said}"
    );
    // Admidio's running number is not a member number: the command ignores it.
    assert!(!said.contains("\"Nr.\""), "{said}");
}

/// Sportlink Club's member export as a KNVB club's tool reads it (source:
/// tests/fixtures/import/systems-README.md): `Rel. code`, `Naam` as "Jong, F. de", `Geb.dat.`,
/// `Lidstatus` Definitief/Afgemeld, and `Afmelddatum` the first day without membership. The
/// export has no date of joining, so the command gives one (issue 29, failure 6).
#[test]
fn a_sportlink_member_export_imports_field_by_field_and_round_trips() {
    let said = import_fixture(
        "systems-sportlink.csv",
        &[
            "--map",
            "Afmelddatum=left",
            "--left-is-first-day-out",
            "--map",
            "Status lidmaatschap=-",
            "--category-map",
            "Verenigingslid=regular",
            "--joined",
            "2025-01-01",
        ],
        &[
            (
                1,
                &[
                    ("external_code", "MGCD101"),
                    ("given_name", "F."),
                    ("name_prefix", "de"),
                    ("family_name", "Jong"),
                    ("birth_date", "2008-03-12"),
                    ("status", "active"),
                ],
            ),
            (
                2,
                &[
                    ("external_code", "MGCD102"),
                    ("family_name", "el Amrani"),
                    ("name_prefix", ""),
                    ("left", "2025-06-30"),
                    ("status", "former"),
                ],
            ),
            (
                3,
                &[("given_name", "T."), ("family_name", "Hoekstra-de Boer")],
            ),
            (
                4,
                &[
                    ("given_name", "P."),
                    ("name_prefix", "van der"),
                    ("family_name", "Berg"),
                    ("category", "regular"),
                ],
            ),
            (5, &[("given_name", "N.J.E.F."), ("family_name", "Mes")]),
        ],
    );
    // "Definitief" is Sportlink's word for a current member: no --status-map needed.
    assert!(!said.contains("Definitief"), "{said}");
}

/// CiviCRM's membership export with the contact fields (source:
/// tests/fixtures/import/systems-README.md): "Member Since", "Membership End Date",
/// "Membership Status" with Current, Expired and Cancelled, an organisation by its
/// "Organization Name", and "Do Not Email" asking the opposite of consent.
#[test]
fn a_civicrm_membership_export_imports_field_by_field_and_round_trips() {
    let said = import_fixture(
        "systems-civicrm.csv",
        &[
            "--map",
            "Contact ID=number",
            "--map",
            "Membership End Date=left",
            "--map",
            "Membership Start Date=-",
            "--map",
            "Do Not Email=email_consent",
            "--consent-map",
            "1=no,0=yes",
            "--end-only-when-former",
        ],
        &[
            (
                101,
                &[
                    ("given_name", "Anna"),
                    ("family_name", "Jansen"),
                    ("joined", "2019-01-01"),
                    ("left", ""),
                    ("status", "active"),
                    ("email_consent", "2026-03-01"),
                ],
            ),
            (
                102,
                &[
                    ("left", "2024-12-31"),
                    ("status", "former"),
                    ("email_consent", ""),
                ],
            ),
            (
                103,
                &[
                    ("organisation", "Schaakclub De Toren"),
                    ("family_name", ""),
                    ("email", "info@toren.example.nl"),
                    ("status", "active"),
                ],
            ),
            (
                104,
                &[
                    ("name_prefix", "van der"),
                    ("family_name", "Berg"),
                    ("left", "2025-02-28"),
                    ("status", "former"),
                ],
            ),
            // A fixed-period membership paid until 2026-12-31: that is no leaving date.
            (
                105,
                &[
                    ("family_name", "Visser"),
                    ("joined", "2020-06-01"),
                    ("left", ""),
                    ("status", "active"),
                ],
            ),
        ],
    );
    assert!(
        said.contains("column \"Membership Status\" is checked against the dates"),
        "{said}"
    );
}

/// Admidio's *Microsoft Excel* export of the same list: `;`, ISO-8859-1 (`utf8_decode`), so a
/// letter outside it (ş, ı) arrives as `?`, which the import names with its rows.
#[test]
fn an_admidio_excel_export_reads_its_encoding_and_names_the_lost_letters() {
    let said = import_fixture(
        "systems-admidio-excel.csv",
        &["--map", "Nr.=-"],
        &[
            (
                1,
                &[
                    ("given_name", "Renée"),
                    ("family_name", "Müller"),
                    ("joined", "1990-06-01"),
                    ("left", ""),
                ],
            ),
            (2, &[("name_prefix", "van 't"), ("family_name", "Hof")]),
            (3, &[("given_name", "Ay?e"), ("family_name", "Y?lmaz")]),
        ],
    );
    assert!(
        said.contains(
            "systems-admidio-excel.csv:4: column \"Voornaam\": 'Ay?e' has a ? where a name has none"
        ),
        "{said}"
    );
    assert!(
        said.contains("systems-admidio-excel.csv:4: column \"Achternaam\": 'Y?lmaz' has a ?"),
        "{said}"
    );
}

/// Conscribo's relation export as an association's script reads it (source:
/// tests/fixtures/import/systems-README.md): `;`, Windows-1252, no quotes, `Naam` beside
/// `Voornaam`, `Plaatsnaam`, `Straatnaam`, `Huisnr toev.`, `Start Lidmaatschap`; the columns of
/// the association's own (IBAN, newsletter) are one warning; spreadsheet damage is named.
#[test]
fn a_conscribo_relation_export_imports_field_by_field_and_round_trips() {
    let said = import_fixture(
        "systems-conscribo.csv",
        &[],
        &[
            (
                1,
                &[
                    ("given_name", "Samira"),
                    ("family_name", "el Amrani"),
                    ("street", "Oudegracht 12 bis"),
                    ("postcode", "3511 AB"),
                    ("city", "Utrecht"),
                    ("phone", "0301234567"),
                    ("birth_date", "1985-03-02"),
                    ("joined", "2019-02-01"),
                ],
            ),
            (
                2,
                &[("family_name", "Hoekstra-de Boer"), ("phone", "612345678")],
            ),
            (
                3,
                &[
                    ("name_prefix", "op de"),
                    ("family_name", "Weegh"),
                    ("street", "Molenweg 8 a"),
                ],
            ),
            (4, &[("name_prefix", "de"), ("family_name", "Vries")]),
            (5, &[("given_name", "Ay?e"), ("family_name", "Y?lmaz")]),
            (6, &[("family_name", "Müller"), ("city", "'s-Gravenhage")]),
        ],
    );
    assert!(said.contains("warning: 7 columns are not imported, as quorum does not know them: \"Aanhef\", \"Bankrekeningnummer\""), "{said}");
    assert!(
        said.contains("column \"Naam\" is read as the family name, beside \"Voornaam\""),
        "{said}"
    );
    assert!(
        said.contains("systems-conscribo.csv:3: column \"Telefoonnummer\": '612345678' has nine digits and starts with 6"),
        "{said}"
    );
    assert!(
        said.contains("systems-conscribo.csv:6: column \"Naam\": 'Y?lmaz' has a ?"),
        "{said}"
    );
}

/// AllUnited's export as a club's script reads it (source:
/// tests/fixtures/import/systems-README.md): AllUnited's own field names, `prelastname` for
/// the prefix, `contactid` the relation number; no date of joining, so the command gives one.
#[test]
fn an_allunited_export_imports_field_by_field_and_round_trips() {
    let said = import_fixture(
        "systems-allunited.csv",
        &[
            "--map",
            "contactid=external_code",
            "--map",
            "name2=-",
            "--map",
            "initials=-",
            "--map",
            "value08=-",
            "--joined",
            "2025-01-01",
        ],
        &[
            (
                1,
                &[
                    ("external_code", "20101"),
                    ("given_name", "Piet"),
                    ("name_prefix", "van der"),
                    ("family_name", "Berg"),
                    ("phone2", "0612345678"),
                    ("email", "piet@example.nl"),
                ],
            ),
            (2, &[("name_prefix", ""), ("family_name", "el Amrani")]),
            (3, &[("name_prefix", "op de"), ("phone2", "612345679")]),
        ],
    );
    assert!(
        said.contains("systems-allunited.csv:4: column \"phone2\": '612345679' has nine digits"),
        "{said}"
    );
    assert!(!said.contains("not imported"), "{said}");
}

/// An AllUnited member list as a club app's help page describes it (source:
/// tests/fixtures/import/systems-README.md): every name header with its "(Lid)" suffix, the
/// federation's `Bondsnummer`, the initials beside the `Roepnaam`; no date of joining.
#[test]
fn an_allunited_member_list_with_lid_suffixes_imports_field_by_field_and_round_trips() {
    let said = import_fixture(
        "systems-allunited-twelve.csv",
        &["--map", "Voorletters (Lid)=-", "--joined", "2025-01-01"],
        &[
            (
                1,
                &[
                    ("external_code", "BN100201"),
                    ("given_name", "Piet"),
                    ("name_prefix", "van der"),
                    ("family_name", "Berg"),
                    ("birth_date", "1961-02-03"),
                    ("email", "piet@example.nl"),
                ],
            ),
            (2, &[("given_name", "Samira"), ("family_name", "el Amrani")]),
            (3, &[("family_name", "Hoekstra-de Boer"), ("email", "")]),
        ],
    );
    assert!(!said.contains("not imported"), "{said}");
}
