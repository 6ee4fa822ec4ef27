//! `quorum demo`: runs on a fresh machine, shows the registry and a count, and leaves the user's
//! own database alone.

use crate::common::TestEnv;

#[test]
fn the_demo_runs_in_its_own_database() {
    let env = TestEnv::empty();
    let out = env.quorum().arg("demo").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    // The walk-through is the demo's outcome, on stdout; the notes after it on stderr.
    let stderr = stdout.clone() + &String::from_utf8(out.stderr).unwrap();
    assert!(stdout.contains("Anna van der Berg"), "{stdout}");
    assert!(
        stderr
            .contains("Round 1 (free): 11 papers, 1 blank, 1 invalid; Annelies 4, Bart 3, Chris 2")
            && stderr.contains("Runoff: Annelies, Bart")
            && stderr
                .contains("Round 2 (runoff): 11 papers, 1 blank, 0 invalid; Annelies 6, Bart 4")
            && stderr.contains("Elected: Annelies"),
        "the board election runs inside the meeting, in two rounds: {stderr}"
    );
    assert!(stderr.contains("hash chain is intact"), "{stderr}");
    assert!(
        stdout.contains("Anna van der Berg  voorzitter")
            && stdout.contains("Pieter Visser      penningmeester"),
        "the board: {stdout}"
    );
    assert!(
        stderr.contains(
            "The audit committee for 2025 (BW 2:48 lid 2): 2 Émile Müller, 4 Fatima El Amrani"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("member 8 (Bewonerscollectief De Wilgen) checked in through its delegate J. Jansen, with 3 votes"),
        "a delegate at the door: {stderr}"
    );
    assert!(
        stdout.contains("**Gasten:** Wethouder P. de Boer en Noor van Dijk."),
        "guests in the minutes: {stdout}"
    );
    assert!(
        stderr.contains("Total: 13 votes."),
        "collectives weigh 3, the suspended member none: {stderr}"
    );
    assert!(
        stderr.contains("member 12 refused: suspended"),
        "the door refuses the suspended member with the reason: {stderr}"
    );
    assert!(
        stderr
            .contains("present 5 members with 7 votes, 2 proxies with 4 votes: 11 votes available"),
        "the quorum statement of the demo meeting: {stderr}"
    );
    assert!(
        stdout.contains("11 of 13 votes present or represented"),
        "{stdout}"
    );
    assert!(
        stderr.contains("Vote 1 on \"Begroting 2027\" (hands)")
            && stderr.contains(
                "Aangenomen: 7 stemmen voor is meer dan de helft van de 9 uitgebrachte stemmen"
            )
            && stderr.contains("The chair declared: adopted."),
        "the show of hands, explained in the association's language: {stderr}"
    );
    assert!(
        stderr.contains(
            "Vote 2 on \"Aansluiten bij de energiecoöperatie van de gemeente\" (roll call)"
        ) && stderr.contains("6 stemmen voor is meer dan de helft van de 10 uitgebrachte stemmen"),
        "the roll call with a proxy and two split collective votes: {stderr}"
    );
    assert!(
        !env.db().exists(),
        "the demo must not create the user's database"
    );
    let db = stderr
        .lines()
        .find_map(|l| l.strip_prefix("The demo database is "))
        .and_then(|l| l.strip_suffix(". Look around, for example:"))
        .expect("the demo says where its database is");
    let mut cmd = env.quorum();
    cmd.env("QUORUM_DB", db)
        .args(["journal", "verify"])
        .assert()
        .success();
    std::fs::remove_dir_all(std::path::Path::new(db).parent().unwrap()).unwrap();
}

/// `demo --format json` is one document, the envelope: what the meeting decided, who was elected
/// and the paths of the documents written; the minutes go to a file, never to stdout.
#[test]
fn the_demo_in_json_is_one_document_and_its_minutes_a_file() {
    let env = TestEnv::empty();
    let tmp = env.dir.path().display().to_string();
    let out = env.ok_with(&[("TMPDIR", &tmp)], &["demo", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&out).expect("one JSON document");
    assert_eq!(doc["command"], "demo");
    let changed = &doc["changed"];
    assert_eq!(
        changed["meeting"]["elected"],
        serde_json::json!([{"name": "Annelies"}])
    );
    assert_eq!(changed["meeting"]["available_votes"], 11);
    assert_eq!(changed["votes"], 13);
    let codes: Vec<&str> = changed["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        ["ALV-2026-03-22/1", "ALV-2026-03-22/2", "ALV-2026-03-22/3"]
    );
    assert!(
        !out.contains("Notulen"),
        "the minutes are not on stdout: {out}"
    );
    let minutes = changed["documents"][0]["path"].as_str().unwrap();
    assert_eq!(changed["documents"][0]["kind"], "minutes");
    let text = std::fs::read_to_string(minutes).unwrap();
    assert!(
        text.contains("**Gasten:** Wethouder P. de Boer en Noor van Dijk."),
        "{text}"
    );
    // The head is the demo database's own: its journal verifies against it.
    let db = changed["database"].as_str().unwrap();
    assert!(db.starts_with(&tmp), "{db}");
    let head = doc["journal_head"].as_str().expect("a head");
    env.quorum()
        .env("QUORUM_DB", db)
        .args(["journal", "verify", "--head", head])
        .assert()
        .success();
    assert_eq!(changed["journal_intact"], true);
}

/// `demo --lang nl` tells the walk-through in Dutch; the documents were Dutch already.
#[test]
fn the_demo_runs_in_dutch_with_lang_nl() {
    let env = TestEnv::empty();
    let tmp = env.dir.path().display().to_string();
    let out = env
        .quorum()
        .env("TMPDIR", &tmp)
        .args(["demo", "--lang", "nl"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    for line in [
        "Bewonersfederatie De Eendracht (demo): een federatie van bewonerscollectieven.",
        "Leden op 1 maart 2026:",
        "Wie was lid op 31 december 2025? 11 leden:",
        "Totaal: 13 stemmen.",
        "De kascommissie over 2025 (BW 2:48 lid 2): 2 Émile Müller, 4 Fatima El Amrani;",
        "  lid 8 (Bewonerscollectief De Wilgen) aangemeld via de afgevaardigde J. Jansen, met 3 stemmen",
        "  lid 4 gaf een volmacht aan lid 1",
        "Stemming 1 over \"Begroting 2027\" (bij handopsteken), toegelicht in de taal van de vereniging:",
        "De voorzitter stelde vast: aangenomen.",
        "  Ronde 1 (vrije stemming): 11 stembiljetten, 1 blanco, 1 ongeldig; Annelies 4, Bart 3, Chris 2",
        "    Herstemming tussen: Annelies, Bart",
        "    Gekozen: Annelies",
        "**Gasten:** Wethouder P. de Boer en Noor van Dijk.",
    ] {
        assert!(stdout.contains(line), "missing {line:?} in:\n{stdout}");
    }
    for english in [
        "Members on",
        "Total:",
        "The chair declared",
        "Round 1",
        "Elected:",
    ] {
        assert!(
            !stdout.contains(english),
            "{english:?} in the Dutch demo:\n{stdout}"
        );
    }
    assert!(
        stderr.contains("Het journaal bevat") && stderr.contains("De demodatabase is "),
        "{stderr}"
    );
}
