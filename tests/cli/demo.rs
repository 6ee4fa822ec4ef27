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
