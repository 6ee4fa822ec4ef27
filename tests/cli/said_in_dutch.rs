//! The lines of `member`, `election`, `tally`, the `--format` check and the code sheets, moved to
//! the catalogues (issue 28): Dutch with `--lang nl`, with Dutch plural forms, and English as it
//! was, word for word; exit codes the same in both.

use crate::common::TestEnv;

/// `member add` of Anna de Vries, in `lang`.
fn add_anna(lang: &str) -> Vec<&str> {
    vec![
        "--lang",
        lang,
        "member",
        "add",
        "--given-name",
        "Anna",
        "--family-name",
        "de Vries",
        "--joined",
        "2020-01-01",
        "--email",
        "anna@example.nl",
        "--format",
        "table",
    ]
}

#[test]
fn member_add_and_edit_say_it_in_dutch_and_english_stays() {
    let env = TestEnv::new();
    let en = env.ok(&add_anna("en"));
    assert!(
        en.starts_with("       Added member 1 Anna de Vries\n"),
        "{en}"
    );
    // The same person again: refused in Dutch, with the next step, nothing added.
    let err = env.fails(&add_anna("nl"), 1);
    assert!(
        err.starts_with(
            "fout: Anna de Vries lijkt al als lid ingeschreven (lid 1 (Anna de Vries) heeft hetzelfde e-mailadres); er is niemand toegevoegd\nhulp: kijk het na met `quorum member show 1`"
        ),
        "{err}"
    );
    let err = env.fails(&add_anna("en"), 1);
    assert!(
        err.starts_with(
            "error: Anna de Vries looks like a member already registered (member 1 (Anna de Vries) has the same e-mail address); nothing was added"
        ),
        "{err}"
    );
    let err = env.fails(&["--lang", "nl", "member", "edit", "1"], 2);
    assert!(
        err.starts_with("fout: niets te wijzigen: er is geen gegeven opgegeven\nhulp: geef de gegevens die veranderen, bijvoorbeeld `quorum member edit 1 --city Utrecht`"),
        "{err}"
    );
    let nl = env.ok(&["--lang", "nl", "member", "edit", "1", "--city", "Utrecht"]);
    assert!(nl.starts_with("   Gewijzigd lid 1: city\n"), "{nl}");
    let list = env.ok(&["member", "list", "--format", "csv"]);
    assert_eq!(list.lines().count(), 2, "one member: {list}");
}

#[test]
fn a_format_a_command_lacks_is_refused_in_the_users_language() {
    let env = TestEnv::new();
    env.ok(&["member", "list"]);
    let err = env.fails(&["--lang", "nl", "db", "check", "--format", "html"], 2);
    assert!(
        err.starts_with(
            "fout: `quorum db check` heeft geen vorm html\nhulp: gebruik --format table, csv, json"
        ),
        "{err}"
    );
    let err = env.fails(&["db", "check", "--format", "html"], 2);
    assert!(
        err.starts_with(
            "error: `quorum db check` has no html form\nhelp: use --format table, csv, json"
        ),
        "{err}"
    );
}

#[test]
fn both_code_sheets_refuse_codes_on_stdout_beside_json_before_anything_is_drawn() {
    let env = TestEnv::new();
    let head = env.ok(&["journal", "list", "--format", "csv"]);
    for (noun, lang, said) in [
        (
            "vote",
            "en",
            "error: --output - would mix the codes with the csv or json result on stdout\nhelp: write the codes to a file: --output codes.csv",
        ),
        (
            "election",
            "en",
            "error: --output - would mix the codes with the csv or json result on stdout\nhelp: write the codes to a file: --output codes.csv",
        ),
        (
            "election",
            "nl",
            "fout: --output - zou de codes mengen met het csv- of json-resultaat op stdout\nhulp: schrijf de codes naar een bestand",
        ),
    ] {
        let err = env.fails(
            &[
                "--lang", lang, noun, "codes", "1", "--output", "-", "--format", "json",
            ],
            2,
        );
        assert!(err.starts_with(said), "{noun} codes ({lang}): {err}");
    }
    assert_eq!(env.ok(&["journal", "list", "--format", "csv"]), head);
}

#[test]
fn tally_reads_and_refuses_in_dutch_with_dutch_plurals() {
    let env = TestEnv::new();
    // Two seats for a method that fills one: read, seeded, then refused (exit 1).
    let tally = |lang: &str| {
        let out = env
            .quorum()
            .args([
                "--lang",
                lang,
                "tally",
                concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/tests/fixtures/tally/board.csv"
                ),
                "--method",
                "irv",
                "--seed",
                "7",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let err = tally("nl");
    assert!(
        err.contains(
            "(csv, herkend): 4 kandidaten, 11 stembiljetten\n        Seed 7 (opgegeven)\n"
        ),
        "{err}"
    );
    assert!(
        err.contains("board.csv: tellen volgens irv kan niet: "),
        "{err}"
    );
    let err = tally("en");
    assert!(
        err.contains("(csv, detected): 4 candidates, 11 ballots\n        Seed 7 (given)\n"),
        "{err}"
    );
    assert!(err.contains("board.csv: cannot count by irv: "), "{err}");
}
