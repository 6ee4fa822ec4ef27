//! Secret-code elections through the binary: codes per round, one per vote present or
//! represented; a ballot cast with a code in each form the method reads; every refusal (exit 1,
//! database unchanged, the code still unused); and tables that hold no path from a member to a
//! ballot.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::TestEnv;

const A: &str = "Anna Aalbers";
const B: &str = "Bram Bakker";
const C: &str = "Cor Claassen";

/// An open meeting with members 1 and 2 present, 2 holding the proxy of 3: 3 votes present or
/// represented. Returns the env and the meeting's number.
fn meeting() -> (TestEnv, String) {
    let env = TestEnv::new();
    let mut csv = String::from("member_no,given_name,family_name,joined_on\n");
    for (i, name) in ["Anna,Aalbers", "Bram,Bakker", "Cor,Claassen"]
        .iter()
        .enumerate()
    {
        csv.push_str(&format!("{},{name},2020-01-01\n", i + 1));
    }
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    let m = env.json(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-01T20:00",
        "--kind",
        "extraordinary",
    ])["changed"]
        .clone()["id"]
        .to_string();
    env.ok(&["meeting", "proxy", &m, "--from", "3", "--to", "2"]);
    env.ready_to_convene(&m);
    env.ok(&["meeting", "convene", &m, "--sent", "2026-01-01", "--quiet"]);
    env.ok(&["meeting", "open", &m, "--at", "2026-03-01T20:00"]);
    env.ok(&["meeting", "checkin", &m, "1", "2"]);
    (env, m)
}

fn election(env: &TestEnv, m: &str, extra: &[&str], names: &[&str]) -> String {
    let mut args = vec![
        "election",
        "new",
        "--meeting",
        m,
        "--title",
        "Bestuur",
        "--seed",
        "7",
    ];
    args.extend(extra);
    let e = env.json(&args)["changed"]["id"].to_string();
    for n in names {
        env.ok(&["election", "candidate", &e, "add", "--name", n]);
    }
    e
}

/// Issues the codes of the open round into `file` and returns them.
fn codes(env: &TestEnv, e: &str, file: &str) -> Vec<String> {
    let out = env.json(&["election", "codes", e, "--output", file]);
    assert_eq!(out["command"], "election codes");
    let text = std::fs::read_to_string(env.path(file)).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("election,round,code"));
    lines
        .map(|l| l.rsplit(',').next().unwrap().to_string())
        .collect()
}

/// A well-formed code (its check character right) that nobody was given: the first 11
/// characters of `like` with the last one changed, and the check character recomputed.
fn foreign_code(like: &str) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let mut chars: Vec<u8> = like.bytes().filter(|&c| c != b'-').take(11).collect();
    let last = ALPHABET.iter().position(|&a| a == chars[10]).unwrap();
    chars[10] = ALPHABET[(last + 1) % 31];
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).unwrap() as u32;
    let s: u32 = chars
        .iter()
        .zip(1u32..)
        .map(|(&c, p)| p * value(c))
        .sum::<u32>()
        % 31;
    // s + 12 v ≡ 0 (mod 31); 12⁻¹ = 13.
    let check = (31 - s) % 31 * 13 % 31;
    chars.push(ALPHABET[check as usize]);
    String::from_utf8(chars).unwrap()
}

fn columns(conn: &rusqlite::Connection, table: &str) -> BTreeSet<String> {
    conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn journal_len(env: &TestEnv) -> usize {
    let j: Value = serde_json::from_str(&env.ok(&["journal", "list", "--format", "json"])).unwrap();
    j.as_array().unwrap().len()
}

#[test]
fn a_majority_runoff_election_by_codes_round_by_round() {
    let (env, m) = meeting();
    let e = election(&env, &m, &[], &[A, B, C]);
    let r1 = codes(&env, &e, "ronde1.csv");
    assert_eq!(r1.len(), 3, "one code per vote present or represented");
    assert_eq!(r1.iter().collect::<BTreeSet<_>>().len(), 3);
    // Issued once per round.
    let before = env.snapshot();
    let err = env.fails(&["election", "codes", &e, "--output", "again.csv"], 1);
    assert!(
        err.contains("issued already (3 codes to 2 voters)"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    // A round voted with codes takes no papers.
    let err = env.fails(&["election", "ballot", &e, A], 1);
    assert!(err.contains("voted with codes"), "{err}");
    assert_eq!(env.snapshot(), before);
    // Casting is never journaled.
    let entries = journal_len(&env);
    env.ok(&["election", "cast", &e, "--code", &r1[0], "--choice", A]);
    env.ok(&[
        "election",
        "cast",
        &e,
        "--code",
        &r1[1].to_lowercase().replace('-', " "),
        "--choice",
        B,
    ]);
    env.ok(&["election", "cast", &e, "--code", &r1[2], "--blank"]);
    assert_eq!(journal_len(&env), entries);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["papers"], 3);
    assert_eq!(c["blank"], 1);
    assert_eq!(c["cast"], 2);
    assert_eq!(c["outcome"], "runoff");
    // The counted round takes no more ballots; a round-1 code is no code of the runoff.
    let before = env.snapshot();
    let err = env.fails(
        &["election", "cast", &e, "--code", &r1[0], "--choice", A],
        1,
    );
    assert!(err.contains("counted and closed"), "{err}");
    assert_eq!(env.snapshot(), before);
    env.ok(&["election", "round", &e]);
    let r2 = codes(&env, &e, "ronde2.csv");
    assert_eq!(r2.len(), 3);
    let before = env.snapshot();
    let err = env.fails(
        &["election", "cast", &e, "--code", &r1[2], "--choice", A],
        1,
    );
    assert!(
        err.contains("not one of the codes of round 2 of election"),
        "{err}"
    );
    // C is not on the runoff ballot; a ranking is not a majority-runoff ballot.
    let err = env.fails(
        &["election", "cast", &e, "--code", &r2[0], "--choice", C],
        1,
    );
    assert!(err.contains("not on this round's ballot"), "{err}");
    assert!(err.contains("code stays unused"), "{err}");
    let err = env.fails(
        &[
            "election",
            "cast",
            &e,
            "--code",
            &r2[0],
            "--rank",
            &format!("{A},{B}"),
        ],
        1,
    );
    assert!(err.contains("a ballot is --choice NAME"), "{err}");
    assert_eq!(env.snapshot(), before);
    for code in &r2 {
        env.ok(&["election", "cast", &e, "--code", code, "--choice", A]);
    }
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["kind"], "runoff");
    assert_eq!(c["elected"][0], A);
    let re = env.json(&["election", "count", &e, "--recount"]);
    assert_eq!(re[1]["elected"][0], A);
}

#[test]
fn refusals_leave_the_database_and_the_code_as_they_were() {
    let (env, m) = meeting();
    let e = election(
        &env,
        &m,
        &["--seats", "2", "--method", "stv-scottish"],
        &["Ada", "Ben", "Cas"],
    );
    let before = env.snapshot();
    let well_formed = foreign_code("K7QM-3XRT-9PWC");
    let err = env.fails(
        &[
            "election",
            "cast",
            &e,
            "--code",
            &well_formed,
            "--rank",
            "Ada",
        ],
        1,
    );
    assert!(err.contains("no round with codes"), "{err}");
    assert_eq!(env.snapshot(), before);
    let codes = codes(&env, &e, "codes.csv");
    let before = env.snapshot();
    // A ranking with an unknown name, a name twice, a mistyped code, an unknown code.
    let err = env.fails(
        &[
            "election", "cast", &e, "--code", &codes[0], "--rank", "Ada,Dirk",
        ],
        1,
    );
    assert!(err.contains("'Dirk', who is not a candidate"), "{err}");
    let err = env.fails(
        &[
            "election",
            "cast",
            &e,
            "--code",
            &codes[0],
            "--rank",
            "Ada,Ben,Ada",
        ],
        1,
    );
    assert!(err.contains("'Ada' twice"), "{err}");
    let mut typo = codes[0].clone().into_bytes();
    typo.swap(0, 1);
    if typo[0] != typo[1] {
        let err = env.fails(
            &[
                "election",
                "cast",
                &e,
                "--code",
                std::str::from_utf8(&typo).unwrap(),
                "--rank",
                "Ada",
            ],
            1,
        );
        assert!(err.contains("mistyped"), "{err}");
    }
    let foreign = foreign_code(&codes[0]);
    assert!(!codes.contains(&foreign));
    let err = env.fails(
        &["election", "cast", &e, "--code", &foreign, "--rank", "Ada"],
        1,
    );
    assert!(err.contains("not one of the codes of round 1"), "{err}");
    // An approval list is no ranking.
    let err = env.fails(
        &[
            "election",
            "cast",
            &e,
            "--code",
            &codes[0],
            "--approve",
            "Ada,Ben",
        ],
        1,
    );
    assert!(err.contains("--rank"), "{err}");
    // Usage: no ballot given.
    env.fails(&["election", "cast", &e, "--code", &codes[0]], 2);
    assert_eq!(env.snapshot(), before);
    // The code refused above still casts once, and only once.
    env.ok(&[
        "election", "cast", &e, "--code", &codes[0], "--rank", "Ada,Ben",
    ]);
    let before = env.snapshot();
    let err = env.fails(
        &["election", "cast", &e, "--code", &codes[0], "--rank", "Ben"],
        1,
    );
    assert!(err.contains("used already"), "{err}");
    assert_eq!(env.snapshot(), before);
    env.ok(&[
        "election", "cast", &e, "--code", &codes[1], "--rank", "Ben,Ada",
    ]);
    env.ok(&[
        "election", "cast", &e, "--code", &codes[2], "--choice", "Cas",
    ]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["papers"], 3);
    assert_eq!(c["elected"].as_array().unwrap().len(), 2);
    // A paper round takes no codes.
    let p = election(&env, &m, &[], &[A, B]);
    env.ok(&["election", "ballot", &p, A]);
    let before = env.snapshot();
    let err = env.fails(&["election", "codes", &p, "--output", "p.csv"], 1);
    assert!(err.contains("voted on paper takes no codes"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn approval_ballots_by_code() {
    let (env, m) = meeting();
    let e = election(
        &env,
        &m,
        &["--seats", "2", "--method", "approval"],
        &["Ada", "Ben", "Cas"],
    );
    let codes = codes(&env, &e, "codes.csv");
    env.ok(&[
        "election",
        "cast",
        &e,
        "--code",
        &codes[0],
        "--approve",
        "Ada,Ben",
    ]);
    env.ok(&[
        "election",
        "cast",
        &e,
        "--code",
        &codes[1],
        "--approve",
        "Ada, Cas",
    ]);
    let err = env.fails(
        &[
            "election", "cast", &e, "--code", &codes[2], "--rank", "Cas,Ada",
        ],
        1,
    );
    assert!(err.contains("--approve"), "{err}");
    env.ok(&[
        "election", "cast", &e, "--code", &codes[2], "--choice", "Ada",
    ]);
    let c = env.json(&["election", "count", &e])["changed"].clone();
    assert_eq!(c["elected"][0], "Ada");
}

#[test]
fn the_tables_hold_no_path_from_a_member_to_a_ballot() {
    let (env, m) = meeting();
    let e = election(&env, &m, &[], &[A, B, C]);
    let codes = codes(&env, &e, "codes.csv");
    for (code, who) in codes.iter().zip([C, A, B]) {
        env.ok(&["election", "cast", &e, "--code", code, "--choice", who]);
    }
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let ballot = columns(&conn, "election_ballot");
    assert_eq!(
        ballot,
        ["key", "election_id", "round", "choice", "status", "reason"]
            .map(String::from)
            .into()
    );
    // The ballots' keys occur nowhere but in the ballots: no table refers to a ballot.
    let keys: Vec<String> = conn
        .prepare("SELECT key FROM election_ballot")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(keys.len(), 3);
    let stored = env.dump();
    for k in &keys {
        assert_eq!(stored.matches(k.as_str()).count(), 1, "{k} is referred to");
    }
    let code_cols = columns(&conn, "election_code");
    assert_eq!(
        code_cols,
        ["election_id", "round", "code_hash", "used"]
            .map(String::from)
            .into()
    );
    let issued = columns(&conn, "election_code_issued");
    assert_eq!(
        issued,
        ["election_id", "round", "member_id", "codes"]
            .map(String::from)
            .into()
    );
    // No rowid: no hidden order of insertion in the ballots or the codes.
    for t in ["election_ballot", "election_code"] {
        assert!(
            conn.prepare(&format!("SELECT rowid FROM {t}")).is_err(),
            "{t}"
        );
    }
    // Only hashes are stored, never a code.
    for code in &codes {
        assert!(!stored.contains(code.as_str()), "a code is stored");
        assert!(!stored.contains(&code.replace('-', "")), "a code is stored");
    }
    let used: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM election_code WHERE used = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(used, 3);
    // The journal says how many codes were issued, and to how many voters; no cast.
    let journal = env.ok(&["journal", "list", "--values", "--format", "json"]);
    assert!(
        journal.contains("issued 3 voting codes for round 1"),
        "{journal}"
    );
    let entries: Value = serde_json::from_str(&journal).unwrap();
    for entry in entries.as_array().unwrap() {
        let text = entry.to_string();
        let action = entry["action"].as_str().unwrap();
        if action.starts_with("election.") && action != "election.candidate_add" {
            assert!(
                !text.contains(A) && !text.contains(B) && !text.contains(C),
                "{text}"
            );
        }
    }
}

#[test]
fn the_codes_and_the_printable_papers_are_owner_only_and_name_the_candidates() {
    let (env, m) = meeting();
    let e = election(&env, &m, &[], &[A, B]);
    env.ok(&[
        "election",
        "codes",
        &e,
        "--output",
        "codes.csv",
        "--html",
        "papers.html",
    ]);
    let codes: Vec<String> = std::fs::read_to_string(env.path("codes.csv"))
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| l.rsplit(',').next().unwrap().to_string())
        .collect();
    let html = std::fs::read_to_string(env.path("papers.html")).unwrap();
    assert_eq!(html.matches("class=\"slip\"").count(), 3);
    for c in &codes {
        assert!(html.contains(c.as_str()), "{c}");
    }
    assert!(html.contains(A) && html.contains(B) && html.contains("--choice NAME"));
    #[cfg(unix)]
    for f in ["codes.csv", "papers.html"] {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(env.path(f)).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{f} is readable by others");
    }
}
