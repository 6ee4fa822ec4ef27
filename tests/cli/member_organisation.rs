//! Members that are organisations (issue 29, failure 4): a club in a federation, a residents'
//! collective. Such a member has an organisation's name instead of a person's; it is added,
//! edited, listed, sorted, searched, exported and imported back, and convened by its name.

use crate::common::TestEnv;

fn add(env: &TestEnv, args: &[&str]) -> String {
    let mut all = vec!["member", "add", "--joined", "2020-01-01"];
    all.extend_from_slice(args);
    env.ok(&all)
}

fn registry() -> TestEnv {
    let env = TestEnv::new();
    add(&env, &["--given-name", "Piet", "--family-name", "Jansen"]);
    add(
        &env,
        &[
            "--organisation",
            "Bewonerscollectief De Wilgen",
            "--email",
            "bestuur@dewilgen.example.nl",
            "--email-consent",
            "2025-01-01",
        ],
    );
    add(
        &env,
        &[
            "--organisation",
            "Stichting Het Anker",
            "--street",
            "Kade 4",
            "--postcode",
            "3511 AB",
            "--city",
            "Utrecht",
        ],
    );
    add(&env, &["--given-name", "Anna", "--family-name", "Zijlstra"]);
    env
}

#[test]
fn an_organisation_is_added_shown_sorted_and_searched_by_its_name() {
    let env = registry();
    let m = env.json(&["member", "show", "2"]);
    assert_eq!(m["name"], "Bewonerscollectief De Wilgen");
    assert_eq!(m["organisation"], "Bewonerscollectief De Wilgen");
    assert_eq!(m["family_name"], serde_json::Value::Null);
    assert_eq!(m["given_name"], serde_json::Value::Null);
    let person = env.json(&["member", "show", "1"]);
    assert_eq!(person["organisation"], serde_json::Value::Null);

    // The register's order: an organisation by its name as written (B, J, S, Z).
    let list = env.json(&["member", "list"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Bewonerscollectief De Wilgen",
            "Piet Jansen",
            "Stichting Het Anker",
            "Anna Zijlstra"
        ]
    );
    let found = env.json(&["member", "list", "--search", "wilgen"]);
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_eq!(found[0]["number"], 2);
    env.ok(&["journal", "verify"]);
}

#[test]
fn a_member_is_a_person_or_an_organisation_never_both_nor_neither() {
    let env = registry();
    let before = env.dump();
    // Both on the command line: a usage error.
    let err = env.fails(
        &[
            "member",
            "add",
            "--organisation",
            "Club",
            "--family-name",
            "Jansen",
        ],
        2,
    );
    assert!(err.contains("--organisation"), "{err}");
    // Neither: the family name is missing.
    let err = env.fails(&["member", "add", "--email", "x@example.nl"], 2);
    assert!(err.contains("--family-name"), "{err}");
    // An organisation's name on a person: refused, naming the person's name to clear.
    let err = env.fails(&["member", "edit", "1", "--organisation", "Club"], 1);
    assert!(
        err.contains("--family-name") && err.contains("either a person or an organisation"),
        "{err}"
    );
    assert_eq!(env.dump(), before, "nothing changed");
    // The secretary moves a name typed as a family name to where it belongs.
    env.ok(&[
        "member",
        "edit",
        "1",
        "--organisation",
        "Jansen Installatietechniek",
        "--family-name",
        "",
        "--given-name",
        "",
    ]);
    let m = env.json(&["member", "show", "1"]);
    assert_eq!(m["name"], "Jansen Installatietechniek");
    assert_eq!(m["family_name"], serde_json::Value::Null);
    // And back: clearing the organisation needs a family name.
    let err = env.fails(&["member", "edit", "1", "--organisation", ""], 1);
    assert!(err.contains("--family-name"), "{err}");
    env.ok(&["journal", "verify"]);
}

#[test]
fn an_organisation_column_imports_and_the_export_imports_back_byte_for_byte() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("leden.csv"),
        "Lidnummer;Voornaam;Achternaam;Organisatie;E-mail;Lid sinds\n\
         1;Piet;Jansen;;piet@example.nl;01-02-2019\n\
         2;;;Bewonerscollectief De Wilgen;bestuur@dewilgen.example.nl;15-03-2020\n\
         3;;;Voetbalclub SV Oranje;;01-01-2021\n",
    )
    .unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    let m = env.json(&["member", "show", "2"]);
    assert_eq!(m["organisation"], "Bewonerscollectief De Wilgen");
    assert_eq!(m["family_name"], serde_json::Value::Null);
    assert_eq!(m["joined"], "2020-03-15");
    let m = env.json(&["member", "show", "1"]);
    assert_eq!(m["family_name"], "Jansen");
    assert_eq!(m["organisation"], serde_json::Value::Null);
    env.ok(&["journal", "verify"]);

    let export = env.ok(&["member", "export", "--status", "all"]);
    assert!(
        export.starts_with("number,given_name,name_prefix,family_name,organisation,email,"),
        "{export}"
    );
    assert!(
        export.contains("\n2,,,,Bewonerscollectief De Wilgen,bestuur@dewilgen.example.nl,"),
        "{export}"
    );
    let again = TestEnv::new();
    std::fs::write(again.path("export.csv"), &export).unwrap();
    again.ok(&["member", "import", "export.csv"]);
    assert_eq!(again.ok(&["member", "export", "--status", "all"]), export);
    again.ok(&["journal", "verify"]);

    // An update import changes the organisation's name like any other field.
    std::fs::write(
        env.path("update.csv"),
        export.replace("Voetbalclub SV Oranje", "SV Oranje 1921"),
    )
    .unwrap();
    env.ok(&["member", "import", "update.csv", "--update"]);
    let m = env.json(&["member", "show", "3"]);
    assert_eq!(m["name"], "SV Oranje 1921");
    env.ok(&["journal", "verify"]);
}

#[test]
fn an_import_row_with_both_names_or_neither_is_refused_with_its_line() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("leden.csv"),
        "Lidnummer,Achternaam,Company,Lid sinds\n\
         1,Jansen,Jansen BV,2019-02-01\n\
         2,,,2020-03-15\n",
    )
    .unwrap();
    let before = env.dump();
    let err = env.fails(&["member", "import", "leden.csv"], 1);
    assert!(
        err.contains("leden.csv:2: column \"Achternaam\": 'Jansen' is a person's name, but this member is the organisation 'Jansen BV'"),
        "{err}"
    );
    assert!(
        err.contains("leden.csv:3: column \"Achternaam\": is empty, and so is \"Company\""),
        "{err}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn the_convocation_lists_address_an_organisation_by_its_name() {
    let env = registry();
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-20T19:30",
        "--kind",
        "annual",
    ]);
    env.ready_to_convene("1");
    env.ok(&[
        "meeting",
        "convene",
        "1",
        "--mail-list",
        "mail.csv",
        "--post-list",
        "post.csv",
    ]);
    let mail = std::fs::read_to_string(env.path("mail.csv")).unwrap();
    assert!(
        mail.contains("2,Bewonerscollectief De Wilgen,bestuur@dewilgen.example.nl"),
        "{mail}"
    );
    let post = std::fs::read_to_string(env.path("post.csv")).unwrap();
    assert!(
        post.contains("3,Stichting Het Anker,Kade 4,3511 AB,Utrecht,"),
        "{post}"
    );
}

#[test]
fn a_name_column_holding_an_organisations_name_fills_the_organisation() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("leden.csv"),
        "Naam,Lid sinds\n\
         Piet van der Berg,2019-02-01\n\
         Stichting Het Anker,2020-03-15\n",
    )
    .unwrap();
    let out = env
        .quorum()
        .args(["member", "import", "leden.csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("1 name is an organisation's (it starts with a word such as Stichting or Vereniging), kept whole as its name: line 3 \"Stichting Het Anker\""),
        "{said}"
    );
    let m = env.json(&["member", "show", "2"]);
    assert_eq!(m["organisation"], "Stichting Het Anker");
    assert_eq!(m["family_name"], serde_json::Value::Null);
    let m = env.json(&["member", "show", "1"]);
    assert_eq!(m["family_name"], "Berg");
    assert_eq!(m["name_prefix"], "van der");
}
