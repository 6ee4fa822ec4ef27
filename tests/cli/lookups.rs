//! Issue 28: a number that names nothing, and the refusals of the votes, in the reader's language.
//! The English stays as it was (exit codes too); the Dutch names the same fact and the same
//! command to find the right number.

use crate::common::TestEnv;

/// Runs a refused command in Dutch and in English: same exit code, each in its own words, and
/// the database as it was.
fn refused_in_both(env: &TestEnv, args: &[&str], code: i32, nl: &str, en: &str) {
    let before = env.dump();
    let mut dutch = vec!["--lang", "nl"];
    dutch.extend_from_slice(args);
    let err = env.fails(&dutch, code);
    assert!(err.contains(nl), "{args:?}: expected '{nl}' in:\n{err}");
    let err = env.fails(args, code);
    assert!(err.contains(en), "{args:?}: expected '{en}' in:\n{err}");
    assert_eq!(env.dump(), before, "{args:?} changed the database");
}

#[test]
fn a_number_that_names_nothing_is_said_in_dutch_with_where_to_look() {
    let env = TestEnv::new();
    refused_in_both(
        &env,
        &["member", "show", "9"],
        1,
        "fout: er is geen lid met nummer 9; `quorum member list --status all --search …` vindt leden",
        "error: no member with number 9; `quorum member list --status all --search …` finds members",
    );
    refused_in_both(
        &env,
        &["vote", "show", "3"],
        1,
        "er is geen stemming 3; `quorum vote list` toont de stemmingen",
        "no vote 3; `quorum vote list` lists the votes",
    );
    refused_in_both(
        &env,
        &["meeting", "show", "4"],
        1,
        "er is geen vergadering 4; `quorum meeting list` toont de vergaderingen",
        "no meeting 4; `quorum meeting list` shows the meetings",
    );
    refused_in_both(
        &env,
        &["proposal", "show", "5"],
        1,
        "er is geen voorstel 5; `quorum proposal list` toont de voorstellen",
        "no proposal 5; `quorum proposal list` shows the proposals",
    );
    refused_in_both(
        &env,
        &["election", "show", "6"],
        1,
        "er is geen verkiezing 6; `quorum election list` toont de verkiezingen",
        "no election 6; `quorum election list` lists the elections",
    );
    refused_in_both(
        &env,
        &["journal", "list", "--member", "7"],
        1,
        "er is geen lid met nummer 7",
        "no member with number 7",
    );
}

/// A meeting with members 1..=3, convened, opened, 1 and 2 checked in, and one ordinary proposal.
fn open_meeting() -> (TestEnv, String, String) {
    let env = TestEnv::new();
    let mut csv = String::from("member_no,given_name,family_name,joined_on\n");
    for i in 1..=3 {
        csv.push_str(&format!("{i},Lid,Nummer{i},2020-01-01\n"));
    }
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv", "--quiet"]);
    let m = env.json(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-20T19:30",
    ])["changed"]["id"]
        .to_string();
    let p = env.json(&[
        "proposal",
        "new",
        "--title",
        "Contributie",
        "--kind",
        "ordinary",
        "--by-board",
        "--meeting",
        &m,
        "--text",
        "De contributie wordt € 25.",
    ])["changed"]["id"]
        .to_string();
    env.ready_to_convene(&m);
    env.ok(&["meeting", "convene", &m, "--sent", "2026-01-01", "--quiet"]);
    env.ok(&["meeting", "open", &m, "--at", "2026-03-20T19:30", "--quiet"]);
    env.ok(&["meeting", "checkin", &m, "1", "2", "--quiet"]);
    (env, m, p)
}

#[test]
fn the_door_says_an_unknown_number_and_its_notes_in_dutch() {
    let (env, m, _) = open_meeting();
    let out = env.ok(&[
        "--lang", "nl", "meeting", "checkin", &m, "1", "--format", "csv",
    ]);
    assert!(out.contains("was al aanwezig"), "{out}");
    let err = env.fails(
        &[
            "--lang", "nl", "meeting", "checkin", &m, "99", "--format", "csv",
        ],
        1,
    );
    assert!(!err.contains("no member"), "{err}");
    let out = env
        .quorum()
        .args([
            "--lang", "nl", "meeting", "checkin", &m, "99", "--format", "csv",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("er is geen lid met nummer 99"), "{stdout}");
    let out = env.ok(&["meeting", "checkout", &m, "3", "--format", "csv"]);
    assert!(out.contains("was not in the room"), "{out}");
}

#[test]
fn the_refusals_of_a_vote_are_dutch_and_english_as_before() {
    let (env, m, p) = open_meeting();
    let v = env.json(&["vote", "open", &p, "--method", "roll-call"])["changed"]["id"].to_string();
    refused_in_both(
        &env,
        &["vote", "cast", &v, "3", "for"],
        1,
        &format!("lid 3 is niet aanwezig op vergadering {m} (`quorum meeting checkin {m} 3`)"),
        &format!("member 3 is not present at meeting {m} (`quorum meeting checkin {m} 3`)"),
    );
    refused_in_both(
        &env,
        &["vote", "count", &v, "--for", "2", "--against", "0"],
        1,
        &format!("stemming {v} is hoofdelijk; de stemmen worden per naam uitgebracht"),
        &format!("vote {v} is a roll call; its votes are cast by name"),
    );
    refused_in_both(
        &env,
        &["vote", "open", &p, "--method", "hands"],
        1,
        &format!("over voorstel {p} wordt al gestemd (stemming {v}); sluit die eerst"),
        &format!("proposal {p} is being voted on already (vote {v}); close it first"),
    );
    env.ok(&["vote", "cast", &v, "1", "for", "--quiet"]);
    env.ok(&["vote", "cast", &v, "2", "for", "--quiet"]);
    env.ok(&["vote", "close", &v, "--quiet"]);
    refused_in_both(
        &env,
        &["vote", "close", &v],
        1,
        "is al gesloten (aangenomen); een stemming wordt één keer gesloten",
        "was closed already (adopted); a vote is closed once",
    );
    refused_in_both(
        &env,
        &["vote", "cast", &v, "1", "for"],
        1,
        "is al gesloten; er kan niet meer worden gestemd",
        "is closed already; it takes no more votes",
    );
}

#[test]
fn refusals_of_the_registry_are_dutch_with_the_member_named() {
    let (env, _, p) = open_meeting();
    env.ok(&["member", "leave", "3", "--date", "2026-02-01", "--quiet"]);
    refused_in_both(
        &env,
        &["member", "leave", "3", "--date", "2026-02-02"],
        1,
        "lid 3 is al uitgeschreven; er is niets te beëindigen",
        "member 3 has already left; nothing to end",
    );
    refused_in_both(
        &env,
        &["category", "add", "steun", "--weight", "0"],
        1,
        "0 stemmen per lid; een categorie zonder stem maak je met --no-vote",
        "0 votes per member; a category without a vote is made with --no-vote",
    );
    refused_in_both(
        &env,
        &["proposal", "edit", &p, "--title", " "],
        1,
        "de titel is leeg",
        "the title is empty",
    );
}
