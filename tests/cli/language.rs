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
