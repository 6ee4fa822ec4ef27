//! The terminal's language (issue 28): `--lang`, `QUORUM_LANG`, the association's language, the
//! locale, in that order; Dutch table headers and help; CSV and JSON keys never change.

use crate::common::TestEnv;

fn stdout(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().expect("quorum runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The sandbox's quorum with nothing said about the language: no QUORUM_LANG, no locale.
fn unset(env: &TestEnv) -> assert_cmd::Command {
    let mut cmd = env.quorum();
    cmd.env_remove("QUORUM_LANG");
    cmd
}

fn with_member() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--given-name",
        "Anna",
        "--family-name",
        "de Vries",
        "--joined",
        "2020-01-01",
        "--quiet",
    ]);
    env
}

#[test]
fn lang_nl_gives_dutch_headers_and_the_same_csv_and_json_keys() {
    let env = with_member();
    let table = env.ok(&["--lang", "nl", "member", "list"]);
    for header in ["nummer", "naam", "categorie", "lid sinds"] {
        assert!(table.contains(header), "no '{header}' in:\n{table}");
    }
    assert!(!table.contains("joined"), "{table}");
    let csv = env.ok(&["--lang", "nl", "member", "list", "--format", "csv"]);
    assert!(csv.starts_with("number,name,"), "{csv}");
    let json = env.ok(&["member", "list", "--lang", "nl", "--format", "json"]);
    assert!(json.contains("\"joined\""), "{json}");
    let record = env.ok(&["--lang", "nl", "member", "show", "1"]);
    assert!(
        record.contains("veld") && record.contains("achternaam"),
        "{record}"
    );
}

#[test]
fn cell_values_are_dutch_in_tables_and_english_in_csv_and_json() {
    let env = with_member();
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "15-04-2027 20:00",
        "-q",
    ]);
    let table = env.ok(&["--lang", "nl", "member", "list"]);
    assert!(table.contains(" actief "), "{table}");
    assert!(!table.contains("active"), "{table}");
    let record = env.ok(&["--lang", "nl", "meeting", "show", "1"]);
    for dutch in ["gewone vergadering", "gepland", " nee"] {
        assert!(record.contains(dutch), "no '{dutch}' in:\n{record}");
    }
    let english = env.ok(&["member", "list"]);
    assert!(english.contains(" active "), "{english}");
    // Scripts read the stored English values whatever the terminal's language.
    for args in [
        &["member", "list", "--format", "csv"][..],
        &["member", "list", "--format", "json"],
        &["member", "show", "1", "--format", "json"],
        &["meeting", "show", "1", "--format", "csv"],
        &["meeting", "list", "--format", "json"],
    ] {
        let en = env.ok(&[&["--lang", "en"][..], args].concat());
        let nl = env.ok(&[&["--lang", "nl"][..], args].concat());
        assert_eq!(en, nl, "{args:?}");
        assert!(en.contains("active") || en.contains("planned"), "{en}");
    }
}

#[test]
fn empty_listings_and_the_erase_question_are_in_both_languages() {
    let env = with_member();
    let note = |lang: &str, args: &[&str]| {
        let out = env
            .quorum()
            .args([&["--lang", lang][..], args].concat())
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    assert_eq!(
        note("nl", &["meeting", "list"]),
        "Nog geen vergaderingen; plan er een met `quorum meeting new`.\n"
    );
    assert_eq!(
        note("en", &["meeting", "list"]),
        "No meetings yet; plan one with `quorum meeting new`.\n"
    );
    assert_eq!(
        note("nl", &["member", "list", "--search", "Zoë"]),
        "Geen leden gevonden.\n"
    );
    env.ok(&["member", "leave", "1", "--date", "2026-02-28", "-q"]);
    let err = env.fails(&["--lang", "nl", "member", "erase", "1"], 2);
    assert!(
        err.starts_with("fout: De persoonsgegevens van lid 1 (Anna de Vries) voorgoed wissen vraagt om bevestiging"),
        "{err}"
    );
    let err = env.fails(&["member", "erase", "1"], 2);
    assert!(
        err.starts_with("error: Erasing the personal data of member 1 (Anna de Vries) for good"),
        "{err}"
    );
}

#[test]
fn the_proposal_list_and_record_say_their_kind_and_status_in_dutch() {
    let env = with_member();
    env.ok(&[
        "proposal",
        "new",
        "--title",
        "Begroting 2027",
        "--kind",
        "budget",
        "--by-board",
        "--text",
        "De begroting.",
        "-q",
    ]);
    let list = env.ok(&["--lang", "nl", "proposal", "list"]);
    for dutch in ["soort", "titel", "begroting", "concept"] {
        assert!(list.contains(dutch), "no '{dutch}' in:\n{list}");
    }
    let record = env.ok(&["--lang", "nl", "proposal", "show", "1"]);
    assert!(
        record.contains("veld") && record.contains("begroting"),
        "{record}"
    );
    let english = env.ok(&["proposal", "list"]);
    assert!(
        english.contains("kind") && english.contains("budget"),
        "{english}"
    );
}

#[test]
fn quorum_lang_chooses_when_the_flag_does_not() {
    let env = with_member();
    let table = stdout(
        env.quorum()
            .env("QUORUM_LANG", "nl")
            .args(["member", "list"]),
    );
    assert!(table.contains("lid sinds"), "{table}");
    let table = stdout(
        env.quorum()
            .env("QUORUM_LANG", "nl")
            .args(["--lang", "en", "member", "list"]),
    );
    assert!(table.contains("joined"), "the flag wins: {table}");
    let err = env
        .quorum()
        .env("QUORUM_LANG", "fr")
        .args(["member", "list"])
        .output()
        .unwrap();
    assert_eq!(err.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&err.stderr).contains("QUORUM_LANG=fr"));
}

#[test]
fn the_association_language_comes_before_the_locale() {
    let env = with_member();
    // A Dutch association (the default) in an English locale: Dutch.
    let table = stdout(
        unset(&env)
            .env("LANG", "en_GB.UTF-8")
            .args(["member", "list"]),
    );
    assert!(table.contains("lid sinds"), "{table}");
    env.ok(&["association", "edit", "--lang", "en", "--quiet"]);
    let table = stdout(
        unset(&env)
            .env("LANG", "nl_NL.UTF-8")
            .args(["member", "list"]),
    );
    assert!(table.contains("joined"), "{table}");
}

#[test]
fn the_global_lang_does_not_change_the_documents_language() {
    let env = with_member();
    // QUORUM_LANG is the terminal's; the association stays Dutch.
    let shown = stdout(env.quorum().env("QUORUM_LANG", "en").args([
        "association",
        "show",
        "--format",
        "json",
    ]));
    assert!(shown.contains("\"lang\": \"nl\""), "{shown}");
}

#[test]
fn without_a_database_the_locale_decides() {
    let env = TestEnv::empty();
    let help = stdout(
        unset(&env)
            .env("LC_ALL", "nl_NL.UTF-8")
            .args(["member", "--help"]),
    );
    assert!(help.contains("Gebruik:"), "{help}");
    let help = stdout(unset(&env).env("LANG", "C").args(["member", "--help"]));
    assert!(help.contains("Usage:"), "{help}");
}

#[test]
fn vote_cast_help_is_dutch_with_lang_nl_and_english_without() {
    let env = TestEnv::new();
    let help = env.ok(&["--lang", "nl", "vote", "cast", "--help"]);
    for dutch in [
        "Breng een stem uit bij hoofdelijke stemming",
        "Gebruik: quorum vote cast",
        "Opties:",
        "Algemene opties:",
        "Breng een geheime stem uit met deze code",
        "Databasebestand",
    ] {
        assert!(help.contains(dutch), "no '{dutch}' in:\n{help}");
    }
    // The positionals in their own order, as the usage line gives them.
    let vote = help.find("  [VOTE]\n").unwrap();
    let choice = help.find("  [CHOICE]\n").unwrap();
    assert!(vote < choice, "{help}");
    let english = env.ok(&["vote", "cast", "--help"]);
    assert!(english.contains("Cast a roll-call vote"), "{english}");
    assert!(english.contains("Usage: quorum vote cast"), "{english}");
}

#[test]
fn a_usage_error_is_dutch_in_clap_s_frame_and_keeps_exit_2() {
    let env = TestEnv::new();
    let err = env.fails(&["--lang", "nl", "vote", "cast", "--no-such-flag"], 2);
    assert!(
        err.starts_with("fout: onverwacht argument '--no-such-flag'"),
        "{err}"
    );
    assert!(
        err.contains("\nGebruik: quorum vote cast [OPTIONS]"),
        "{err}"
    );
    assert!(
        err.ends_with("\nMeer informatie: 'quorum vote cast --help'.\n"),
        "{err}"
    );
    let err = env.fails(&["--lang", "nl", "member", "list", "--format", "x"], 2);
    assert!(
        err.starts_with("fout: ongeldige waarde 'x' voor '--format <FORMAT>'\n  [mogelijke waarden: table, csv, json, html, md]"),
        "{err}"
    );
    let err = env.fails(
        &["--lang", "nl", "meeting", "new", "--locatoin", "Buurthuis"],
        2,
    );
    assert!(err.contains("tip: bedoelt u '--location'?"), "{err}");
    let err = env.fails(&["--lang", "nl", "meeting", "nieuw"], 2);
    assert!(err.starts_with("fout: onbekende opdracht 'nieuw'"), "{err}");
    for english in [
        "error:",
        "Usage:",
        "For more information",
        "possible values",
        "unexpected",
    ] {
        assert!(!err.contains(english), "'{english}' in:\n{err}");
    }
    // English is clap's own frame, byte for byte.
    let err = env.fails(&["member", "list", "--format", "x"], 2);
    assert_eq!(
        err,
        "error: invalid value 'x' for '--format <FORMAT>'\n  [possible values: table, csv, json, html, md]\n\nFor more information, try '--help'.\n"
    );
    let err = env.fails(&["vote", "cast", "--no-such-flag"], 2);
    assert!(
        err.starts_with("error: unexpected argument '--no-such-flag' found"),
        "{err}"
    );
    assert!(
        err.ends_with("\nFor more information, try '--help'.\n"),
        "{err}"
    );
}

#[test]
fn dutch_status_lines_are_sentences_with_dates_in_words() {
    let env = TestEnv::new();
    let plan = |lang: &str| {
        env.ok(&[
            "--lang",
            lang,
            "meeting",
            "new",
            "--title",
            "ALV",
            "--date",
            "15-04-2027 20:00",
        ])
    };
    let planned = plan("nl");
    assert!(
        planned.starts_with("Vergadering 1 gepland op 15 april 2027 om 20.00 uur\n"),
        "{planned}"
    );
    let planned = plan("en");
    assert!(
        planned.starts_with("     Planned meeting 2 on 2027-04-15T20:00\n"),
        "{planned}"
    );
    let changed = env.ok(&[
        "--lang",
        "nl",
        "meeting",
        "edit",
        "1",
        "--location",
        "De Kring",
    ]);
    assert!(
        changed.starts_with("Vergadering 1 gewijzigd\n"),
        "{changed}"
    );
    // A refusal names the moment in words too.
    env.ok(&["meeting", "cancel", "2", "-q"]);
    env.ok(&[
        "meeting",
        "open",
        "1",
        "--force",
        "--at",
        "2027-04-15T20:05",
        "-q",
    ]);
    let err = env.fails(&["--lang", "nl", "meeting", "cancel", "1"], 1);
    assert!(
        err.contains("vergadering 1 is geopend op 15 april 2027 om 20.05 uur"),
        "{err}"
    );
    let err = env.fails(&["meeting", "cancel", "1"], 1);
    assert!(err.contains("2027-04-15T20:05"), "{err}");
}

#[test]
fn status_lines_are_dutch_with_dutch_dates_and_english_stays_as_it_was() {
    let env = with_member();
    let nl = env.ok(&[
        "--lang",
        "nl",
        "member",
        "leave",
        "1",
        "--date",
        "31-12-2026",
        "--reason",
        "verhuisd",
    ]);
    assert!(
        nl.contains("Lid 1 uitgeschreven; laatste dag als lid 31 december 2026"),
        "{nl}"
    );
    let en = env.ok(&["member", "leave", "1", "--undo"]);
    assert!(
        en.contains("Withdrawn the leave of member 1 on 2026-12-31; still a member"),
        "{en}"
    );
    // Plurals through the catalogue's selectors: "regels", never "regel(s)".
    let verified = env.ok(&["--lang", "nl", "journal", "verify"]);
    assert!(
        verified.contains("Het journaal is ongeschonden: 9 regels,"),
        "{verified}"
    );
    assert!(verified.contains("1 lid, 4 categorieën"), "{verified}");
}

#[test]
fn errors_and_their_help_are_dutch_and_keep_their_exit_codes() {
    let env = TestEnv::new();
    let nowhere = env.path("nergens.db");
    let nowhere = nowhere.to_str().unwrap();
    let err = env.fails(&["--lang", "nl", "--db", nowhere, "member", "list"], 1);
    assert!(err.starts_with("fout: geen database op "), "{err}");
    assert!(
        err.contains("\nhulp: maak er een met `quorum init"),
        "{err}"
    );
    let err = env.fails(&["--db", nowhere, "member", "list"], 1);
    assert!(err.starts_with("error: no database at "), "{err}");
    assert!(
        err.contains("\nhelp: create one with `quorum init"),
        "{err}"
    );
    // A usage error worded by the catalogue keeps exit 2.
    let err = env.fails(&["--lang", "nl", "init", "--name", " "], 2);
    assert!(err.contains("fout: --name mag niet leeg zijn"), "{err}");
}

#[test]
fn a_wrong_voting_method_is_answered_with_the_choices_in_the_users_language() {
    let env = TestEnv::new();
    let err = env.fails(
        &["--lang", "nl", "vote", "open", "1", "--method", "stemmen"],
        2,
    );
    assert!(
        err.contains("'stemmen' is geen stemwijze; kies hand, hoofdelijk of schriftelijk"),
        "{err}"
    );
    let err = env.fails(&["vote", "open", "1", "--method", "stemmen"], 2);
    assert!(
        err.contains("'stemmen' is not a voting method; choose hands, roll-call or ballot"),
        "{err}"
    );
}

/// The Dutch help catalogue against the command tree (here, not beside `i18n`, which as a leaf
/// may not reach `cli`).
mod catalogue {
    use quorum::i18n::help::{dutch, wanted};
    use quorum::i18n::{dutch_help_text, ids, sources};

    fn wanted_keys() -> Vec<String> {
        wanted(&quorum::cli::command())
            .into_iter()
            .map(|(k, _)| k)
            .collect()
    }

    /// Every command and every option shown everywhere has its Dutch (options of one command
    /// fall back on the English until theirs is written).
    #[test]
    fn every_command_has_its_dutch_help() {
        let missing: Vec<String> = wanted_keys()
            .into_iter()
            .filter(|k| !k.contains("--") || k.starts_with("help--"))
            .filter(|k| dutch_help_text(k).is_none())
            .collect();
        assert!(missing.is_empty(), "not in i18n/nl/help.ftl: {missing:?}");
    }

    /// Families whose arguments still show English help under `--lang nl` (issue 28); a family
    /// leaves this list when its last argument has its Dutch, and the test says so.
    const NOT_YET: &[&str] = &[
        "board",
        "category",
        "decisions",
        "election",
        "meeting",
        "member",
        "minutes",
        "proposal",
        "resolution",
        "vote",
    ];

    /// Every argument of every command has its Dutch, family by family: a new option without
    /// its Dutch fails here, in a family already done.
    #[test]
    fn every_argument_has_its_dutch_help() {
        let missing: Vec<String> = wanted_keys()
            .into_iter()
            .filter(|k| k.contains("--") && !k.starts_with("help--"))
            .filter(|k| dutch_help_text(k).is_none())
            .collect();
        let family = |k: &str| {
            k.trim_start_matches("help-")
                .split(['-'])
                .next()
                .unwrap_or_default()
                .to_string()
        };
        let unlisted: Vec<&String> = missing
            .iter()
            .filter(|k| !NOT_YET.contains(&family(k).as_str()))
            .collect();
        assert!(unlisted.is_empty(), "not in i18n/nl/help.ftl: {unlisted:?}");
        let done: Vec<&&str> = NOT_YET
            .iter()
            .filter(|f| !missing.iter().any(|k| family(k) == **f))
            .collect();
        assert!(
            done.is_empty(),
            "take these off NOT_YET, all Dutch now: {done:?}"
        );
    }

    /// A Dutch text for a command or option that no longer exists is a stale translation.
    #[test]
    fn every_dutch_help_belongs_to_a_command_or_option() {
        let wanted = wanted_keys();
        let (_, help) = sources()
            .into_iter()
            .find(|(name, _)| name.ends_with("nl/help.ftl"))
            .unwrap();
        let stale: Vec<String> = ids(help)
            .into_iter()
            .filter(|k| !wanted.contains(k))
            .collect();
        assert!(
            stale.is_empty(),
            "help of nothing in i18n/nl/help.ftl: {stale:?}"
        );
    }

    #[test]
    fn the_dutch_tree_says_what_the_catalogue_says() {
        let cmd = dutch(quorum::cli::command());
        let cast = cmd
            .find_subcommand("vote")
            .and_then(|v| v.find_subcommand("cast"))
            .unwrap();
        assert_eq!(
            cast.get_about().map(ToString::to_string).as_deref(),
            Some(dutch_help_text("help-vote-cast").unwrap().as_str())
        );
        let db = cast.get_arguments().find(|a| a.get_id() == "db").unwrap();
        assert_eq!(
            db.get_help().map(ToString::to_string),
            dutch_help_text("help--db")
        );
        assert_eq!(db.get_help_heading(), Some("Algemene opties"));
    }
}
